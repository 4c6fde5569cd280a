"""Deadline wordings of real plans ("Quý III/2024", "30/11/2024", "6 tháng đầu năm 2024" …):
one reader (core/dates.py) gives the month each ends in; import keeps the text and writes that
month as `due`; validate accepts the pair and names the month a mismatched text means."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.core.dates import ONGOING, YearDay, YearMonth
from cds_tracker.core.deadline_words import parse_deadline_text
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()

# Each wording and the month it ends in, worked out by hand: a quarter ends in its last month
# (III → 9, IV → 12, I → 3), a half-year in June or December, a year in December; a day that
# ends its month is that month ("Trước 30/6/2024" is by 30/06, so June), any other day is itself
# ("trước ngày 15/10/2024": due that day, docs/registry-format.md).
WORDINGS: list[tuple[str, str]] = [
    ("Quý III/2024", "2024-09"),
    ("Quý IV/2024", "2024-12"),
    ("30/11/2024", "2024-11"),
    ("Tháng 12 năm 2024", "2024-12"),
    ("Năm 2024", "2024-12"),
    ("Trước 30/6/2024", "2024-06"),
    ("6 tháng đầu năm 2024", "2024-06"),
    ("6 tháng cuối năm 2024", "2024-12"),
    ("Trong năm 2024", "2024-12"),
    ("Quý I năm 2024", "2024-03"),
    ("trước ngày 15/10/2024", "2024-10-15"),
    ("Tháng 9-2024", "2024-09"),
    ("T9/2024", "2024-09"),
    ("Tháng 10/2023", "2023-10"),
    ("quý 2/2024", "2024-06"),
    ("ngày 28 tháng 2 năm 2024", "2024-02-28"),  # 2024 is a leap year: not the last day
    ("Cuối năm 2024", "2024-12"),
    ("Trong tháng 9/2024", "2024-09"),
    ("Q4/2024", "2024-12"),
    ("THÁNG 10/2023.", "2023-10"),
]


@pytest.mark.parametrize(("text", "due"), WORDINGS)
def test_each_wording_ends_in_its_month(text: str, due: str) -> None:
    meant = parse_deadline_text(text)
    assert isinstance(meant, YearMonth | YearDay) and meant.iso() == due


@pytest.mark.parametrize(
    "text", ["Khi có kinh phí", "31/6/2024", "Tháng 13/2024", "Quý V/2024", "Trước tháng 9/2024"]
)
def test_what_it_cannot_read_stays_unread(text: str) -> None:
    """No 31 June, no month 13, no fifth quarter; "before September" is August or September —
    a person must say which."""
    assert parse_deadline_text(text) is None


def test_ongoing() -> None:
    assert parse_deadline_text("Thường xuyên") == ONGOING


HEADING = [
    "Phụ lục 01:",
    "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
PLAN = WORDINGS[:13]  # the 2024 plan's wordings, targets I.1 … I.13


def _rows() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [("header",), ("group", "I. DỮ LIỆU SỐ")]
    for n, (text, _) in enumerate(PLAN, 1):
        rows.append((f"{n}.", f"Chỉ tiêu số {n}.", "", "Phòng Nội vụ", "", text, ""))
    return rows


def _excel_date_cell(path: Path) -> Path:
    """ "30/11/2024" as Excel holds a typed date: a date value shown dd/mm/yyyy."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row if c.value == "30/11/2024"]
    assert len(cells) == 1
    cells[0].value = dt.date(2024, 11, 30)
    cells[0].number_format = "dd/mm/yyyy"
    book.save(path)
    return path


def _imported(tmp_path: Path, kind: str) -> tuple[Any, Path]:
    if kind == "docx":
        source = write_docx(tmp_path / "ke-hoach-2024.docx", _rows(), HEADING)
    else:
        source = _excel_date_cell(write_xlsx(tmp_path / "ke-hoach-2024.xlsx", _rows(), HEADING))
    out = tmp_path / "out" / "phu_luc_01.yaml"
    result = runner.invoke(
        app, ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
    )
    return result, out


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_import_keeps_the_text_and_writes_the_month(tmp_path: Path, kind: str) -> None:
    result, out = _imported(tmp_path, kind)
    assert result.exit_code == 0, result.output
    assert "thời gian hoàn thành" not in result.output  # no deadline problem reported
    data = parse(out.read_text(encoding="utf-8"))
    deadlines = [t["deadline"] for t in data["groups"][0]["targets"]]
    assert deadlines == [{"text": text, "due": due} for text, due in PLAN]
    assert all("needs_review" not in t for t in data["groups"][0]["targets"])
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output


def test_validate_refuses_a_due_the_text_does_not_mean(tmp_path: Path) -> None:
    _, out = _imported(tmp_path, "docx")
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    at = lines.index("          text: Quý III/2024") + 2  # 1-based line of its `due:`
    assert lines[at - 1] == "          due: 2024-09"
    out.write_text(
        text.replace(
            "text: Quý III/2024\n          due: 2024-09",
            "text: Quý III/2024\n          due: 2024-10",
        ),
        encoding="utf-8",
    )
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    assert checked.output.splitlines()[0] == (
        f"{out}:{at}:16: Hạn (ngày/tháng) '2024-10' không khớp với thời hạn ghi 'Quý III/2024', "
        "nghĩa là tháng 09/2024"
    )
    assert "  gợi ý: có phải ý bạn là '2024-09'?" in checked.output.splitlines()
    english = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert english.output.splitlines()[0] == (
        f"{out}:{at}:16: Due (day/month) '2024-10' does not match the deadline text "
        "'Quý III/2024', which means month 09/2024"
    )


def test_a_due_left_ongoing_is_said_with_what_it_means(tmp_path: Path) -> None:
    """An unreadable deadline is imported as `due: ongoing`; once a person writes a month in
    the text, validate names the file's English word with its Vietnamese meaning."""
    _, out = _imported(tmp_path, "docx")
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    at = lines.index("          text: Quý III/2024") + 2
    out.write_text(
        text.replace(
            "text: Quý III/2024\n          due: 2024-09",
            "text: Quý III/2024\n          due: ongoing",
        ),
        encoding="utf-8",
    )
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    assert checked.output.splitlines()[0] == (
        f"{out}:{at}:16: Hạn 'ongoing' (thường xuyên) không khớp với thời hạn ghi 'Quý III/2024', "
        "nghĩa là tháng 09/2024"
    )
    english = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert english.output.splitlines()[0] == (
        f"{out}:{at}:16: Due 'ongoing' (no fixed month) does not match the deadline text "
        "'Quý III/2024', which means month 09/2024"
    )


def test_an_unreadable_wording_lists_the_accepted_forms(tmp_path: Path) -> None:
    _, out = _imported(tmp_path, "docx")
    text = out.read_text(encoding="utf-8").replace("text: Năm 2024", "text: Khi có kinh phí")
    out.write_text(text, encoding="utf-8")
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    assert (
        "  gợi ý: viết 'Tháng 9/2024', 'Quý III/2024', '30/11/2024' hoặc 'Thường xuyên'"
    ) in checked.output.splitlines()


def _ids(out: Path, *args: str) -> list[tuple[str, str]]:
    result = runner.invoke(app, [*args, "--registry", str(out), "-f", "json"])
    assert result.exit_code == 0, result.output
    return [(r["id"], r["status"]) for r in json.loads(result.output)]


def test_a_quarter_is_due_in_its_last_month_and_late_after_it(tmp_path: Path) -> None:
    """I.1 "Quý III/2024" is due in 09/2024 with I.12 "Tháng 9-2024" and I.13 "T9/2024"; on
    30/09/2024 none is late, on 01/10/2024 all three are."""
    _, out = _imported(tmp_path, "docx")
    due = _ids(out, "due", "--month", "09/2024", "--as-of", "15/09/2024", "--no-ongoing")
    assert due == [("I.1", "not_started"), ("I.12", "not_started"), ("I.13", "not_started")]
    # Late on 30/09: the June targets I.6, I.7 and I.10 ("Quý I năm 2024", March).
    assert sorted(_ids(out, "late", "--as-of", "30/09/2024")) == [
        ("I.10", "late"),
        ("I.6", "late"),
        ("I.7", "late"),
    ]
    assert sorted(_ids(out, "late", "--as-of", "01/10/2024")) == [
        ("I.1", "late"),
        ("I.10", "late"),
        ("I.12", "late"),
        ("I.13", "late"),
        ("I.6", "late"),
        ("I.7", "late"),
    ]


def test_a_day_deadline_is_late_from_the_next_day(tmp_path: Path) -> None:
    """ "trước ngày 15/10/2024" (I.11, due 2024-10-15) is due, not late, on 15/10/2024 and late
    from 16/10/2024; the October months around it are not moved."""
    _, out = _imported(tmp_path, "docx")
    assert ("I.11", "late") not in _ids(out, "late", "--as-of", "15/10/2024")
    assert ("I.11", "late") in _ids(out, "late", "--as-of", "16/10/2024")


def test_exports_print_the_text_and_import_reads_it_back(tmp_path: Path) -> None:
    """Every document says what the plan said ("Quý III/2024", not "Tháng 9/2024"); the docx
    and xlsx exports import back to the same text and due (round trip)."""
    from docx import Document
    from icalendar import Calendar
    from openpyxl import load_workbook

    _, out = _imported(tmp_path, "docx")
    files: dict[str, Path] = {}
    for kind in ("docx", "xlsx", "html", "ics"):
        files[kind] = tmp_path / f"xuat.{kind}"
        args = ["export", "--format", kind, "--out", str(files[kind]), "--registry", str(out)]
        result = runner.invoke(app, [*args, "--as-of", "01/10/2024"])
        assert result.exit_code == 0, result.output
    cells = {c.text for t in Document(str(files["docx"])).tables for r in t.rows for c in r.cells}
    book = load_workbook(files["xlsx"])
    values = {c.value for s in book.worksheets for row in s.iter_rows() for c in row}
    html = files["html"].read_text(encoding="utf-8")
    calendar = Calendar.from_ical(files["ics"].read_bytes())
    first = next(c for c in calendar.walk() if c.name == "VEVENT")
    assert str(first["SUMMARY"]).startswith("I.1 ")
    assert "Thời gian hoàn thành: Quý III/2024" in str(first["DESCRIPTION"])
    for text, _ in PLAN:
        assert text in cells and text in values and f"<td>{text}</td>" in html
    for kind in ("docx", "xlsx"):
        again = tmp_path / f"lai-{kind}" / "phu_luc_01.yaml"
        args = ["import", str(files[kind]), "--out", str(again), "--registry", str(REGISTRY)]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        data = parse(again.read_text(encoding="utf-8"))
        deadlines = [t["deadline"] for t in data["groups"][0]["targets"]]
        assert deadlines == [{"text": text, "due": due} for text, due in PLAN]
