"""A return form's row is told all its problems in one run, who may report on its day first
(clerk12 F7): a former lead's form dated after the hand-over, with a figure typed in a cell the
form reads nothing from, was refused only at the figure's cell (hint: move it to the note and
import again) and, the hint followed, then at the date cell for the real cause.

The workspace of test_form_revised_lead.py: Phòng Y tế's form for 09/2024 made on 10/03/2024
(I.2, no indicator, on row 8: F8 status, G8 date, I8 the grey figure cell), then Kế hoạch số 12
of 20/03/2024 gives I.2 to Phòng Kinh tế.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from test_form_revised_lead import FORM_KT, SHEET, cds
from test_form_revised_lead import handed as handed  # the fixture

HANDED_OVER = [
    f"f.xlsx:{SHEET}!G8: Phòng Y tế không còn chủ trì chỉ tiêu I.2 từ 20/03/2024: bản điều chỉnh "
    "kế hoạch đã giao chỉ tiêu cho Phòng Kinh tế từ ngày đó; không nhập tệp này",
    "  gợi ý: việc Phòng Y tế làm trước 20/03/2024: ghi Ngày báo cáo trước ngày đó rồi nhập lại; "
    f"tiến độ từ 20/03/2024 do Phòng Kinh tế báo cáo, trên phiếu mới ({FORM_KT})",
]


def _fill(form: Path, day: str, figure: object) -> None:
    book = openpyxl.load_workbook(form)
    sheet = book[SHEET]
    sheet["F8"], sheet["G8"], sheet["I8"] = "Đang thực hiện", day, figure
    book.save(form)


def test_the_hand_over_is_said_first_with_the_figure_s_problem(handed: Path) -> None:
    _fill(handed, "25/03/2024", 80)
    result = cds("progress", "import", "f.xlsx", "--dry-run")
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == ["f.xlsx: 2 lỗi, không ghi mục nào từ tệp này"]
    said = result.stderr.splitlines()  # was: the figure's cell only, "1 lỗi"
    assert said[:2] == HANDED_OVER
    assert said[2] == (
        f"f.xlsx:{SHEET}!I8: chỉ tiêu I.2 không có chỉ số nên ô này không nhận số liệu (đang ghi "
        "'80'); không nhập tệp này"
    )
    assert said[3].startswith("  gợi ý: ghi số liệu vào cột Ghi chú")
    assert len(said) == 4
    english = cds("--lang", "en", "progress", "import", "f.xlsx", "--dry-run")
    assert english.exit_code == 1, english.output
    assert english.stdout.splitlines() == ["f.xlsx: 2 problems, nothing written from this file"]
    lines = english.stderr.splitlines()
    assert lines[0].startswith(f"f.xlsx:{SHEET}!G8: Phòng Y tế no longer leads I.2 from ")
    assert lines[2].startswith(f"f.xlsx:{SHEET}!I8: ") and len(lines) == 4


def test_dated_before_the_hand_over_only_the_figure_is_refused(handed: Path) -> None:
    _fill(handed, "15/03/2024", 80)  # the unit still led I.2 that day: its own report
    result = cds("progress", "import", "f.xlsx", "--dry-run")
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == ["f.xlsx: 1 lỗi, không ghi mục nào từ tệp này"]
    said = result.stderr.splitlines()
    assert len(said) == 2 and said[0].startswith(f"f.xlsx:{SHEET}!I8: ")
    _fill(handed, "15/03/2024", None)  # the hint followed: taken
    assert cds("progress", "import", "f.xlsx").exit_code == 0
