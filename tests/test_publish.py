"""Urging notes, the summary, and the exports, checked as their readers would read them."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

from appendix_source import read_source

runner = CliRunner()
SOURCE = read_source()
WARDS = [
    "phuong-bac-son",
    "phuong-nam-son",
    "phuong-trung-son",
    "phuong-tay-son",
    "phuong-tan-binh",
    "phuong-yen-binh",
    "xa-dong-son",
    "xa-quang-son",
    "xa-yen-son",
]


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def add(folder: Path, target: str, unit: str, status: str, date: str, *extra: str) -> None:
    code, output = cds(
        "progress",
        "add",
        target,
        "--unit",
        unit,
        "--status",
        status,
        "--date",
        date,
        "--registry",
        str(folder),
        *extra,
    )
    assert code == 0, output


# On 01/11/2023, the targets due in 11/2023 or late, not done, that each collective leads:
# "Các phòng, đơn vị" (also written "các cơ quan, đơn vị"; "… có liên quan" names no one) …
DEPARTMENTS = {"I.1", "I.3", "I.4", "I.5", "II.8", "II.9", "IV.6", "V.1", "V.2", "V.3"}
# … and "UBND các phường, xã" (I.5 through "Chủ tịch UBND các phường, xã"; IV.4 is due 12/2023)
WARD_TARGETS = DEPARTMENTS - {"I.1"} | {"II.1", "II.3", "II.4", "II.6", "III.2"}


def in_appendix_order(ids: set[str]) -> list[str]:
    groups = ["I", "II", "III", "IV", "V"]
    return sorted(ids, key=lambda i: (groups.index(i.split(".")[0]), int(i.split(".")[1])))


def test_remind_lists_the_units_to_urge() -> None:
    """One note per unit owing a part, members of a collective each their own; the targets
    named directly and through a collective together, then periodic reports (II.2, I.2)."""
    code, output = cds("remind", "--month", "11/2023", "--as-of", "01/11/2023", "--format", "json")
    assert code == 0
    notes = json.loads(output)
    department = in_appendix_order(DEPARTMENTS)
    ward = [*in_appendix_order(WARD_TARGETS), "II.2"]
    assert [(n["unit_id"], [t["id"] for t in n["targets"]]) for n in notes] == [
        ("van-phong", [*in_appendix_order(DEPARTMENTS | {"II.1", "II.3", "II.4", "II.6"}), "II.2"]),
        ("phong-noi-vu", department),
        ("phong-tu-phap", department),
        ("phong-tai-chinh-ke-hoach", in_appendix_order(DEPARTMENTS | {"III.2"})),
        ("phong-tai-nguyen-moi-truong", department),
        ("phong-lao-dong-tbxh", department),
        (
            "phong-van-hoa-thong-tin",
            [*in_appendix_order(DEPARTMENTS | {"II.5", "II.7", "IV.1", "IV.2", "V.4"}), "I.2"],
        ),
        ("phong-giao-duc-dao-tao", in_appendix_order(DEPARTMENTS | {"III.3"})),
        ("phong-y-te", in_appendix_order(DEPARTMENTS | {"III.4", "IV.7", "IV.8"})),
        ("phong-kinh-te", in_appendix_order(DEPARTMENTS | {"III.2", "III.5"})),
        ("phong-quan-ly-do-thi", department),
        ("thanh-tra", department),
        ("cong-an", ["II.5", "IV.3"]),
        *((w, ward) for w in WARDS),
        ("ngan-hang", ["IV.5"]),
    ]
    assert notes[0]["report_by"] == "2023-11-08"
    health = next(n for n in notes if n["unit_id"] == "phong-y-te")["targets"]
    assert [(t["id"], t["via"], t["unit_status"], t["unit_days_late"]) for t in health][:7] == [
        ("I.1", "Các phòng, đơn vị thuộc UBND thành phố", "late", 154),  # 31/05 + 154 = 01/11
        ("I.3", "Các phòng, đơn vị thuộc UBND thành phố", "late", 93),
        ("I.4", "Các phòng, đơn vị thuộc UBND thành phố", "not_started", None),
        ("I.5", "Các phòng, đơn vị thuộc UBND thành phố", "not_started", None),
        ("II.8", "Các phòng, đơn vị thuộc UBND thành phố", "late", 1),
        ("II.9", "Các phòng, đơn vị thuộc UBND thành phố", "not_started", None),
        ("III.4", None, "late", 1),
    ]


@pytest.mark.usefixtures("english")
def test_remind_markdown_and_members(own_registry: Path, tmp_path: Path) -> None:
    add(own_registry, "III.4", "Phòng Y tế", "done", "20/10/2023")
    add(own_registry, "I.4", "Phường Bắc Sơn", "in_progress", "25/10/2023")
    out = tmp_path / "notes"
    code, output = cds(
        "remind",
        "--month",
        "11/2023",
        "--as-of",
        "01/11/2023",
        "--registry",
        str(own_registry),
        "--out",
        str(out),
        "--report-by",
        "10/11/2023",
    )
    assert (code, output) == (0, f"Drafted 23 urging notes in {out}/\n")  # CDS_LANG=en
    health = (out / "phong-y-te.md").read_text(encoding="utf-8")
    assert "**Kính gửi:** Phòng Y tế" in health
    assert "| 7 | IV.6 |" in health and "III.4" not in health  # done: not urged
    assert "| Tháng 10/2023 | Quá hạn 1 ngày | Chưa báo cáo |" in health  # IV.7
    assert "trước ngày 10/11/2023" in health
    assert not (out / "ubnd-cac-phuong-xa.md").exists()  # no note to a collective
    bac_son = (out / "phuong-bac-son.md").read_text(encoding="utf-8")
    assert (
        "(giao chung cho: UBND các phường, xã) | Tháng 11/2023 | Đang thực hiện | "
        "Đang thực hiện (25/10/2023) |" in bac_son  # I.4
    )
    yen_son = (out / "xa-yen-son.md").read_text(encoding="utf-8")
    assert "| Tháng 11/2023 | Chưa thực hiện | Chưa báo cáo |" in yen_son
    code, output = cds(
        "remind",
        "--month",
        "11/2023",
        "--as-of",
        "01/11/2023",
        "--registry",
        str(own_registry),
        "--out",
        str(out),
    )
    assert code == 2
    assert "23 of the 23 files already exist in" in output and "nothing was written" in output


def test_remind_when_nothing_is_outstanding(own_registry: Path) -> None:
    """No dated target is due in 01/2023; the monthly reports of ongoing I.2 and II.2
    (15/12/2022–14/01/2023) are owed until every part has made them."""
    args = ("remind", "--month", "01/2023", "--as-of", "01/01/2023", "--format", "json")
    owed = json.loads(cds(*args, "--registry", str(own_registry))[1])
    assert [(n["unit_id"], [t["id"] for t in n["targets"]]) for n in owed] == [
        ("van-phong", ["II.2"]),
        ("phong-van-hoa-thong-tin", ["I.2"]),
        *((ward, ["II.2"]) for ward in WARDS),
    ]
    add(own_registry, "I.2", "Phòng Văn hóa và Thông tin", "in_progress", "15/12/2022")
    for unit in ["van-phong", *WARDS]:
        add(own_registry, "II.2", unit, "in_progress", "20/12/2022")
    assert cds("remind", *args[1:5], "--registry", str(own_registry)) == (
        0,
        "Không có đơn vị nào cần đôn đốc trong tháng 01/2023.\n",
    )


def test_summary_counts() -> None:
    code, output = cds("summary", "--as-of", "01/12/2023", "--format", "json")
    assert code == 0
    data = json.loads(output)
    assert [
        (
            g["group"],
            g["counts"]["late"],
            g["counts"]["not_started"],
            g["counts"]["unreported"],
            g["total"],
        )
        for g in data["groups"]
    ] == [
        ("I", 4, 0, 1, 5),  # I.2: ongoing, its report for 15/11–14/12/2023 not made yet
        ("II", 8, 0, 1, 9),
        ("III", 4, 1, 0, 5),
        ("IV", 7, 1, 0, 8),
        ("V", 4, 0, 0, 4),
    ]
    assert data["units"][0] == {"unit": "UBND các phường, xã", "leads": 17, "late": 14}
    assert len(data["indicators"]) == 30  # 27 targets state thresholds; II.4, II.6, III.5 two
    code, output = cds("summary", "--as-of", "01/12/2023", "--lang", "en", "--format", "markdown")
    # columns in the one display order: done, done late, in progress, not started, late,
    # ongoing, not reported this period
    assert "| I. Dữ liệu số | 0 | 0 | 0 | 0 | 4 | 0 | 1 |" in output
    # the bar with its legend under the table (issue 12: marks alone meant nothing): 4 late and
    # 1 unreported of 5 over 24 marks, 19.2 and 4.8, so 19 and 5
    lines = output.splitlines()
    row = lines.index(
        "| I. Dữ liệu số | 0 | 0 | 0 | 0 | 4 | 0 | 1 | `" + "!" * 19 + "?" * 5 + "` |"
    )
    assert lines[row + 5 : row + 8] == [
        "",
        "`█ Done  ▓ Done late  ▒ In progress  · Not started  ! Late  ~ Ongoing  ? Not reported "
        "this period`",
        "",
    ]


def test_export_xlsx_reads_back(own_registry: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    add(
        own_registry,
        "III.4",
        "Phòng Y tế",
        "in_progress",
        "20/10/2023",
        "--value",
        "80",
        "--note",
        "=SUM(A1:A9) chưa đủ",
    )
    out = tmp_path / "bao-cao.xlsx"
    code, output = cds(
        "export",
        "--format",
        "xlsx",
        "--out",
        str(out),
        "--registry",
        str(own_registry),
        "--as-of",
        "01/12/2023",
    )
    assert code == 0, output
    book = load_workbook(out)
    assert book.sheetnames == ["Phụ lục 01", "Lịch sử tiến độ"]
    sheet = book["Phụ lục 01"]
    assert [c.value for c in sheet[6]][:7] == [
        "Mã",
        "Stt",
        "Nội dung chỉ tiêu",
        "Trực tiếp chỉ đạo",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
    ]
    assert sheet.freeze_panes == "A7"  # under the five title lines and the column titles
    assert sheet.auto_filter.ref == "A6:L42"
    rows: list[list[Any]] = [[c.value for c in row] for row in sheet.iter_rows(min_row=7)]
    targets = [r for r in rows if r[0] and "." in r[0]]
    assert len(targets) == 31
    for row, source in zip(targets, SOURCE.targets, strict=True):
        assert row[:7] == [
            f"{source.group}.{source.number}",
            f"{source.number}.",
            source.content,
            source.directing,
            source.lead,
            source.cooperating,
            source.deadline,
        ]
    health = next(
        r for r, s in zip(targets, SOURCE.targets, strict=True) if (s.group, s.number) == ("III", 4)
    )
    assert (health[8], health[9]) == ("Quá hạn", 31)  # status and days late apart
    assert health[10] == (
        "Tỷ lệ cơ sở y tế triển khai thanh toán không dùng tiền mặt: 80% / ≥ 100% — chưa đạt"
    )
    log = book["Lịch sử tiến độ"]
    history = [[c.value for c in row] for row in log.iter_rows(min_row=7)]
    assert history[0][1:5] == ["III.4", "Phòng Y tế", "phong-y-te", "Đang thực hiện"]
    assert history[0][5].date() == dt.date(2023, 10, 20)
    note = [c.value for c in log[6]].index("Nội dung")
    assert history[0][note] == "=SUM(A1:A9) chưa đủ"  # formula-like text stays text, unguarded
    assert log.cell(row=7, column=note + 1).data_type == "s"


def test_export_ics_parses(tmp_path: Path) -> None:
    from icalendar import Calendar

    out = tmp_path / "han.ics"
    assert cds("export", "--format", "ics", "--out", str(out), "--as-of", "01/12/2023")[0] == 0
    calendar = Calendar.from_ical(out.read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == 29  # 31 targets less the 2 ongoing
    first = events[0]
    assert str(first["SUMMARY"]).startswith("I.1 100% các phòng, đơn vị thuộc UBND thành phố")
    assert first.decoded("DTSTART").isoformat() == "2023-05-31"
    assert "Quá hạn 184 ngày" in str(first["DESCRIPTION"])
    assert all(len(line) <= 75 for line in out.read_bytes().split(b"\r\n"))


def test_export_html_is_self_contained(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.html"
    assert cds("export", "--format", "html", "--out", str(out), "--as-of", "01/12/2023")[0] == 0
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "src=" not in page and "href=" not in page
    assert "@page { size: A4" in page
    for target in SOURCE.targets:
        assert target.content.replace("&", "&amp;") in page


@pytest.mark.usefixtures("english")
def test_export_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    out.write_text("giữ nguyên", encoding="utf-8")
    code, output = cds("export", "--format", "html", "--out", str(out))
    assert code == 2
    assert output.startswith(f"cds: error: '{out}' already exists; nothing was written")
    assert out.read_text(encoding="utf-8") == "giữ nguyên"
    assert cds("export", "--format", "html", "--out", str(out), "--force")[0] == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed here "
    "(.ci/run installs it); the HTML render test needs a real browser",
)
def test_html_renders_in_headless_chromium(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.html"
    assert cds("export", "--format", "html", "--out", str(out), "--as-of", "01/12/2023")[0] == 0
    profile = tmp_path / "profile"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    assert CHROMIUM is not None
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", out.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert "Bảng chỉ tiêu" in dom.stdout
    assert SOURCE.targets[0].content in dom.stdout
    pdf = tmp_path / "bao-cao.pdf"
    subprocess.run(
        [CHROMIUM, *flags, f"--print-to-pdf={pdf}", out.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def test_summary_table_on_screen() -> None:
    result = runner.invoke(
        app, ["summary", "--as-of", "01/12/2023", "--lang", "en"], env={"COLUMNS": "160"}
    )
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Summary, as of 01/12/2023"
    assert "| I. Dữ liệu số" in result.output
    assert any(
        "| III.4 " in line
        and "Tỷ lệ cơ sở y tế triển khai thanh toán không dùng tiền mặt: no value yet" in line
        for line in lines
    )


def test_rich_cells_are_text_not_markup(monkeypatch: pytest.MonkeyPatch) -> None:
    from cds_tracker.output.emit import render
    from cds_tracker.output.report import Column, Report, Table

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("FORCE_COLOR", "1")
    table = Table(
        (Column("note", "Ghi chú", "Note"),), ({"note": "[bold]không in đậm[/bold]"},), "vi"
    )
    text = render(Report((table,)), "table")
    assert "\x1b[" in text and "[bold]không in đậm[/bold]" in text
