"""A deadline written as a day ("Trước ngày 15/10/2024"): the registry keeps the day
(`due: 2024-10-15`), so the target is due, not late, on 15/10/2024 and late from 16/10/2024
(1 day on 16/10), listed by `due --month 10/2024`, on 15/10 in the calendar, shown "15/10/2024".
A month deadline still ends on its month's last day (I.2 "Tháng 10/2024": 31/10/2024)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.core.dates import YearDay, YearMonth, try_parse_due
from cds_tracker.core.deadline_words import parse_deadline_text
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
ROWS: list[tuple[str, ...]] = [
    ("header",),
    ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ"),
    ("1.", "Số hóa hồ sơ.", "", "Phòng Y tế", "", "Trước ngày 15/10/2024", ""),
    ("2.", "Hai.", "", "Phòng Y tế", "", "Tháng 10/2024", ""),
    ("3.", "Ba.", "", "Phòng Y tế", "", "Tháng 9/2024", ""),
    ("4.", "Bốn.", "", "Phòng Y tế", "", "Tháng 11/2024", ""),
]


def _plan(tmp_path: Path) -> Path:
    source = write_docx(tmp_path / "ke-hoach.docx", ROWS, HEADING_2024)
    out = tmp_path / "dk" / "phu_luc_01.yaml"
    result = runner.invoke(
        app, ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
    )
    assert result.exit_code == 0, result.output
    return out


def _run(out: Path, *args: str) -> Any:
    result = runner.invoke(app, [*args, "--registry", str(out)])
    assert result.exit_code == 0, result.output
    return result


def _rows(out: Path, *args: str) -> list[tuple[str, str, Any, Any]]:
    rows = json.loads(_run(out, *args, "-f", "json").output)
    return [(r["id"], r["status"], r["days_late"], r["deadline"]) for r in rows]


def test_the_day_type_answers_as_a_month_does() -> None:
    day = YearDay(2024, 10, 15)
    assert (day.year, day.month, day.last_day.isoformat()) == (2024, 10, "2024-10-15")
    assert (day.iso(), day.display(), day.of_month) == (
        "2024-10-15",
        "15/10/2024",
        YearMonth(2024, 10),
    )
    # within its month: after the months before, before the months after
    assert YearMonth(2024, 9) < day < YearMonth(2024, 11)
    assert try_parse_due("2024-10-15") == day and try_parse_due("2024-10") == YearMonth(2024, 10)
    assert try_parse_due("2024-02-30") is None and try_parse_due("2024-10-5") is None
    with pytest.raises(ValueError):
        YearDay(2024, 2, 30)


@pytest.mark.parametrize(
    "text", ["15/10/2024", "Trước ngày 15/10/2024", "trước 15/10/2024", "Chậm nhất ngày 15/10/2024"]
)
def test_the_wordings_of_a_day_read_as_the_day(text: str) -> None:
    assert parse_deadline_text(text) == YearDay(2024, 10, 15)


def test_a_day_that_ends_its_month_is_the_month() -> None:
    assert parse_deadline_text("30/11/2024") == YearMonth(2024, 11)
    assert parse_deadline_text("Trước ngày 29/02/2024") == YearMonth(2024, 2)  # a leap year


def test_due_on_the_day_late_from_the_next(tmp_path: Path) -> None:
    out = _plan(tmp_path)
    assert 'due: "2024-10-15"' in out.read_text(encoding="utf-8").replace("'", '"')
    assert _rows(out, "list", "--as-of", "15/10/2024")[:2] == [
        ("I.1", "not_started", None, "2024-10-15"),
        ("I.2", "not_started", None, "2024-10"),
    ]
    assert _rows(out, "list", "--as-of", "16/10/2024")[:2] == [
        ("I.1", "late", 1, "2024-10-15"),
        ("I.2", "not_started", None, "2024-10"),
    ]
    assert [r[:3] for r in _rows(out, "late", "--as-of", "16/10/2024")] == [
        ("I.3", "late", 16),  # 30/09 → 16/10
        ("I.1", "late", 1),
    ]
    shown = _run(out, "show", "I.1", "--as-of", "16/10/2024", "--lang", "en").output
    assert "Deadline                     Trước ngày 15/10/2024 (until 15/10/2024)" in shown
    assert "Trạng thái" in _run(out, "show", "I.1", "--as-of", "16/10/2024").output


def test_due_month_lists_the_day_in_its_month(tmp_path: Path) -> None:
    out = _plan(tmp_path)
    asked = ("due", "--as-of", "01/10/2024", "--no-ongoing")
    assert _rows(out, *asked, "--month", "10/2024") == [
        ("I.1", "not_started", None, "2024-10-15"),
        ("I.2", "not_started", None, "2024-10"),
    ]
    assert [r[0] for r in _rows(out, *asked, "--month", "09/2024")] == ["I.3"]
    assert [r[0] for r in _rows(out, *asked, "--month", "11/2024")] == ["I.4"]
    table = _run(out, *asked, "--month", "10/2024", "--lang", "en").output.splitlines()
    assert "| I.1 | Số hóa hồ sơ. | Phòng Y tế | Trước ngày 15/10/2024 | Not started |" in table
    # a range of months holds the day of its last month
    listed = _rows(
        out,
        "list",
        "--as-of",
        "01/10/2024",
        "--deadline-from",
        "10/2024",
        "--deadline-to",
        "10/2024",
    )
    assert [r[0] for r in listed] == ["I.1", "I.2"]


def test_validate_refuses_a_day_that_does_not_exist_at_its_place(tmp_path: Path) -> None:
    out = _plan(tmp_path)
    lines = out.read_text(encoding="utf-8").splitlines()
    at = lines.index("          text: Trước ngày 15/10/2024") + 2  # 1-based line of its due
    lines[at - 1] = "          due: 2024-02-30"  # unquoted, as a person types it
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = runner.invoke(app, ["validate", str(out)])
    assert said.exit_code == 1
    assert said.output.splitlines()[0] == (
        f"{out}:{at}:16: 'due': Hạn (ngày/tháng) '2024-02-30' không phải là một tháng (năm-tháng, "
        "ví dụ 2024-09) hay ngày (năm-tháng-ngày, ví dụ 2024-10-15) hay thường xuyên ('ongoing'): "
        "tháng 2 năm 2024 chỉ có 29 ngày"
    )
    english = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert english.output.splitlines()[0] == (
        f"{out}:{at}:16: 'due': Due (day/month) '2024-02-30' is not a month (year-month, e.g. "
        "2024-09) nor a day (year-month-day, e.g. 2024-10-15) nor ongoing ('ongoing'): February "
        "2024 has only 29 days"
    )
    # an unquoted day that exists is read as the day; one the text does not mean is refused
    lines[at - 1] = "          due: 2024-10-16"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert said.exit_code == 1
    assert said.output.splitlines()[0] == (
        f"{out}:{at}:16: Due (day/month) '2024-10-16' does not match the deadline text "
        "'Trước ngày 15/10/2024', which means the day 15/10/2024"
    )
    # the month a registry kept before days were read is still valid (late from 01/11/2024)
    lines[at - 1] = "          due: 2024-10"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


def test_documents_calendar_and_round_trip(tmp_path: Path) -> None:
    from icalendar import Calendar

    out = _plan(tmp_path)
    files = {kind: tmp_path / f"xuat.{kind}" for kind in ("docx", "xlsx", "ics")}
    for kind, path in files.items():
        _run(out, "export", "--format", kind, "--out", str(path), "--as-of", "01/10/2024")
    events = [c for c in Calendar.from_ical(files["ics"].read_bytes()).walk() if c.name == "VEVENT"]
    first = events[0]
    assert str(first["SUMMARY"]).startswith("I.1 ")
    assert (first["DTSTART"].dt.isoformat(), first["DTEND"].dt.isoformat()) == (
        "2024-10-15",
        "2024-10-16",
    )
    assert events[1]["DTSTART"].dt.isoformat() == "2024-10-31"  # I.2, a month: its last day
    for kind in ("docx", "xlsx"):
        again = tmp_path / f"lai-{kind}" / "phu_luc_01.yaml"
        args = ["import", str(files[kind]), "--out", str(again), "--registry", str(REGISTRY)]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        targets = parse(again.read_text(encoding="utf-8"))["groups"][0]["targets"]
        assert [t["deadline"] for t in targets] == [
            {"text": "Trước ngày 15/10/2024", "due": "2024-10-15"},
            {"text": "Tháng 10/2024", "due": "2024-10"},
            {"text": "Tháng 9/2024", "due": "2024-09"},
            {"text": "Tháng 11/2024", "due": "2024-11"},
        ]
    csv = _run(out, "list", "--as-of", "16/10/2024", "-f", "csv", "--excel").output.splitlines()
    assert csv[1].startswith(
        "I.1,I,CHỈ TIÊU VỀ DỮ LIỆU SỐ,Số hóa hồ sơ.,15/10/2024,Trước ngày 15/10/2024,"
    )
    assert csv[2].startswith("I.2,I,CHỈ TIÊU VỀ DỮ LIỆU SỐ,Hai.,10/2024,Tháng 10/2024,")


def test_diff_says_a_month_become_a_day(tmp_path: Path) -> None:
    out = _plan(tmp_path)
    old = tmp_path / "cu.yaml"
    text = out.read_text(encoding="utf-8")
    old.write_text(
        text.replace(
            "text: Trước ngày 15/10/2024\n          due: '2024-10-15'",
            "text: Tháng 10/2024\n          due: 2024-10",
        ),
        encoding="utf-8",
    )
    assert old.read_text(encoding="utf-8") != text
    said = runner.invoke(app, ["diff", str(old), str(out)]).output.splitlines()
    assert said[1:4] == [
        "~ I.1",
        "    Thời gian hoàn thành: [-Tháng -]{+Trước ngày 15/+}10/2024",
        "    Hạn (ngày/tháng): {+15/+}10/2024",
    ]
    english = runner.invoke(app, ["diff", str(old), str(out), "--lang", "en"]).output.splitlines()
    assert english[3] == "    Due (day/month): {+15/+}10/2024"


_FORMS_VI = (
    "  gợi ý: viết `due: 2024-10` cho một tháng, `due: 2024-10-15` cho một ngày hoặc "
    "`due: ongoing` cho 'Thường xuyên'"
)
_FORMS_EN = (
    "  hint: write `due: 2024-10` for a month, `due: 2024-10-15` for a day or `due: ongoing` "
    "for 'Thường xuyên' (ongoing)"
)


@pytest.mark.parametrize(
    ("written", "moment"),
    [
        ("2024-10-15 10:00:00", "2024-10-15 10:00:00"),
        ("2024-10-15T00:00:00", "2024-10-15 00:00:00"),
        ("2024-10-15T10:00:00+07:00", "2024-10-15 10:00:00+07:00"),
    ],
)
def test_a_due_with_a_time_says_the_forms_to_write(
    tmp_path: Path, written: str, moment: str
) -> None:
    """An unquoted YAML date with a time is a moment to YAML: refused at its place with what
    to write instead (review 10: it said only "phải là chuỗi văn bản"); every command that
    reads the registry says it, exit 1 (never 3)."""
    out = _plan(tmp_path)
    lines = out.read_text(encoding="utf-8").splitlines()
    at = lines.index("          text: Trước ngày 15/10/2024") + 2
    lines[at - 1] = f"          due: {written}"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = runner.invoke(app, ["validate", str(out)])
    assert said.exit_code == 1
    assert said.output.splitlines()[:4] == [
        f"{out}:{at}:16: Hạn (ngày/tháng) '{moment}' có cả giờ: hạn là một tháng hoặc một "
        "ngày, không có giờ",
        f"{at:>5} |           due: {written}",
        "      |                ^",
        _FORMS_VI,
    ]
    english = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert english.exit_code == 1
    assert english.output.splitlines()[0] == (
        f"{out}:{at}:16: Due (day/month) '{moment}' has a time of day: a deadline is a month "
        "or a day, without a time"
    )
    assert english.output.splitlines()[3] == _FORMS_EN
    late = runner.invoke(app, ["late", "--as-of", "01/01/2025", "--registry", str(out)])
    assert late.exit_code == 1
    assert f"{out}:{at}:16: Hạn (ngày/tháng) '{moment}' có cả giờ" in late.output


@pytest.mark.parametrize("written", ["2024-02-30", "'15/10/2024'", "2024-10-15Z", "2024-W42"])
def test_a_due_not_read_says_the_forms_to_write(tmp_path: Path, written: str) -> None:
    """Each `due` that is no month, day or 'ongoing' is said at its place with the forms to
    write as its hint, in both languages (review 10)."""
    out = _plan(tmp_path)
    lines = out.read_text(encoding="utf-8").splitlines()
    at = lines.index("          text: Trước ngày 15/10/2024") + 2
    lines[at - 1] = f"          due: {written}"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = runner.invoke(app, ["validate", str(out)])
    assert said.exit_code == 1
    assert said.output.splitlines()[0].startswith(f"{out}:{at}:16: ")
    assert said.output.splitlines()[3] == _FORMS_VI
    english = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert english.output.splitlines()[3] == _FORMS_EN


def test_unit_report_documents_carry_the_day(tmp_path: Path) -> None:
    """`report --unit --out` read a registry's `due` as a month only and split '2024-10-15' into
    too many parts: exit 3 on any plan with a day deadline (attack 10, finding 1)."""
    from docx import Document
    from openpyxl import load_workbook

    out = _plan(tmp_path)
    xlsx, docx = tmp_path / "bc.xlsx", tmp_path / "bc.docx"
    for path in (xlsx, docx):
        _run(out, "report", "--unit", "Phòng Y tế", "--as-of", "20/10/2024", "--out", str(path))
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    rows = {row[1]: row for row in sheet.iter_rows(min_row=7, values_only=True) if row[1]}
    # I.1 due 15/10/2024: 5 days late on 20/10; I.2 due October: not late yet
    assert (rows["I.1"][4], rows["I.1"][5], rows["I.1"][8]) == (
        "Trước ngày 15/10/2024", dt.datetime(2024, 10, 15), 5,
    )  # fmt: skip
    assert (rows["I.2"][5], rows["I.2"][8]) == (dt.datetime(2024, 10, 31), None)
    cells = [c.text for t in Document(str(docx)).tables for row in t.rows for c in row.cells]
    assert "Trước ngày 15/10/2024" in cells
