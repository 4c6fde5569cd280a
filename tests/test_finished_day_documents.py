"""The documents that leave the office say the day a part finished as the screen does (clerk
review, issue 16, c_02; questions/finished.py): a "done" re-sent later with the evidence is the
unit's latest report, not the day it finished.

The unit's report: plan 2024 of tests/test_heir_finished_on.py, I.2 led by UBND phường Bắc Sơn
and UBND phường Nam Sơn, due Tháng 11/2024 (last day 30/11/2024). Bắc Sơn said "done" on
10/11/2024 and again on 20/12/2024. As of 01/01/2025 (before the wards merge on 01/07/2025)
Bắc Sơn's part is done on time, finished 10/11/2024 (`show`: "Hoàn thành (10/11/2024)"), Nam Sơn
reported nothing: the target is late (1/2) by 32 days (30/11 → 01/01). The Word and Excel report
said "Hoàn thành" beside "20/12/2024" alone; the part now says "Hoàn thành (10/11/2024)", and the
last-report column keeps the latest report, 20/12/2024, which no longer reads as the finish.

The urging letter: tests/test_heir_own_part.py's co-leads (II.7, Phòng Kinh tế and Phòng Quản lý
đô thị, due Tháng 10/2023; Quản lý đô thị merged into Kinh tế from 01/07/2023). Kinh tế said
"done" on 01/05/2023 and again on 10/06/2023 (before the merger: it speaks for its own part
only). Urged on 01/11/2023 for the part it took over, its letter said its own part was done on
10/06/2023; `show` says 01/05/2023, and so does the letter now (Markdown and Word alike).
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

import test_heir_finished_on as heir
import test_heir_own_part as own
from test_heir_finished_on import workspace as workspace  # the fixture (I.2, Bắc Sơn done twice)

AS_OF = ("--as-of", "01/01/2025")
HEADERS_VI = [
    "Mã chỉ tiêu",
    "Nội dung chỉ tiêu",
    "Vai trò của đơn vị",
    "Thời gian hoàn thành",
    "Tình trạng chỉ tiêu",
    "Phần của đơn vị",
    "Báo cáo gần nhất",
]
CONTENT = "Số hóa sổ hộ tịch của phường Bắc Sơn và phường Nam Sơn."


def _word_rows(path: Path) -> list[list[str]]:
    """The targets' table of the unit's Word report (its header row first)."""
    table = next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text in (
        "Mã chỉ tiêu", "Target"
    ))  # fmt: skip
    return [[cell.text for cell in row.cells] for row in table.rows]


def _sheet_row(path: Path, target: str) -> list[object]:
    sheet = openpyxl.load_workbook(str(path)).active
    assert sheet is not None
    return next([cell.value for cell in row] for row in sheet.iter_rows() if row[1].value == target)


def test_the_units_report_says_the_day_the_part_finished(workspace: Path) -> None:
    import datetime as dt

    # the screen, first: the day it finished
    parts = heir._show_parts("show", "I.2", *AS_OF)
    assert "UBND phường Bắc Sơn: Hoàn thành (10/11/2024)" in parts[1]
    (row,) = json.loads(heir.ok("report", "--unit", "Bắc Sơn", *AS_OF, "-f", "json"))
    assert (row["unit_status"], row["unit_reported"], row["unit_finished_on"]) == (
        "done",
        "2024-12-20",
        "2024-11-10",
    )
    csv = heir.ok("report", "--unit", "Bắc Sơn", *AS_OF, "--format", "csv").splitlines()
    assert csv[0].endswith(",unit_status,unit_reported,unit_finished_on,unit_last_status")
    assert csv[1].endswith(",done,2024-12-20,2024-11-10,")  # nothing closed it unfinished
    heir.ok("report", "--unit", "Bắc Sơn", *AS_OF, "--out", "bac-son.docx")
    assert _word_rows(workspace / "bac-son.docx") == [
        HEADERS_VI,
        ["I.2", CONTENT, "Chủ trì", "Tháng 11/2024", "Quá hạn (1/2)", "Hoàn thành (10/11/2024)",
         "20/12/2024"],
    ]  # fmt: skip
    heir.ok("--lang", "en", "report", "--unit", "Bắc Sơn", *AS_OF, "--out", "bac-son-en.docx")
    assert _word_rows(workspace / "bac-son-en.docx")[1] == [
        "I.2", CONTENT, "Lead", "Tháng 11/2024", "Late (1/2)", "Done (10/11/2024)", "20/12/2024"
    ]  # fmt: skip
    heir.ok("report", "--unit", "Bắc Sơn", *AS_OF, "--out", "bac-son.xlsx")
    heir.ok("--lang", "en", "report", "--unit", "Bắc Sơn", *AS_OF, "--out", "bac-son-en.xlsx")
    due, reported = dt.datetime(2024, 11, 30), dt.datetime(2024, 12, 20)
    common = [1, "I.2", CONTENT]
    assert _sheet_row(workspace / "bac-son.xlsx", "I.2") == [
        *common, "Chủ trì", "Tháng 11/2024", due, None, "Quá hạn (1/2)", 32,
        "Hoàn thành (10/11/2024)", reported, None,
    ]  # fmt: skip
    assert _sheet_row(workspace / "bac-son-en.xlsx", "I.2") == [
        *common, "Lead", "Tháng 11/2024", due, None, "Late (1/2)", 32, "Done (10/11/2024)",
        reported, None,
    ]  # fmt: skip


def test_a_part_not_finished_says_no_day_beside_its_status(workspace: Path) -> None:
    # Nam Sơn owes its part: its status alone, its report's day in the last column (none here)
    heir.ok("report", "--unit", "Nam Sơn", *AS_OF, "--out", "nam-son.docx")
    assert _word_rows(workspace / "nam-son.docx")[1][4:] == ["Quá hạn (1/2)", "Quá hạn", ""]
    (row,) = json.loads(heir.ok("report", "--unit", "Nam Sơn", *AS_OF, "-f", "json"))
    assert (row["unit_status"], row["unit_reported"], row["unit_finished_on"]) == (
        "late",
        None,
        None,
    )


@pytest.fixture
def co_leads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder: Path = own.workspace.__wrapped__(tmp_path, monkeypatch)  # type: ignore[attr-defined]
    own.ok(
        *("progress", "add", "II.7", "--unit", "Phòng Kinh tế", "--status", "done"),
        *("--date", "10/06/2023", "--evidence", "QĐ 12/QĐ-UBND"),
    )
    return folder


LETTER = ("remind", "--month", "10/2023", "--as-of", "01/11/2023", "--unit", "Phòng Kinh tế")


def test_the_letter_says_the_day_the_heirs_own_part_finished(co_leads: Path) -> None:
    text = own.ok("show", "II.7", "--as-of", "01/11/2023")
    assert "Phòng Kinh tế: Hoàn thành (01/05/2023)" in text
    note = own.ok(*LETTER)
    row = next(line for line in note.splitlines() if "| II.7 |" in line)
    assert row.endswith(
        "| Tháng 10/2023 | Quá hạn 1 ngày "
        "| Chưa báo cáo; phần việc của đơn vị đã hoàn thành ngày 01/05/2023 |"
    )
    own.ok(*LETTER, "--format", "docx", "--out", "thu")
    (letter,) = sorted((co_leads / "thu").glob("*.docx"))
    table = docx.Document(str(letter)).tables[1]
    assert [cell.text for cell in table.rows[0].cells] == [
        "STT", "Chỉ tiêu", "Nội dung chỉ tiêu", "Thời hạn", "Tình trạng", "Báo cáo gần nhất"
    ]  # fmt: skip
    cells = next(c for c in ([x.text for x in r.cells] for r in table.rows) if c[1] == "II.7")
    assert cells[1:2] + cells[3:] == [
        "II.7",
        "Tháng 10/2023",
        "Quá hạn 1 ngày",
        "Chưa báo cáo; phần việc của đơn vị đã hoàn thành ngày 01/05/2023",
    ]
