"""Returned forms as attack 15 met them: each reading gives exit 1 and says the cell, never a crash
(exit 3) nor a report lost without a word.

Phòng Y tế's form for 11/2023 (tests/test_forms.py `make`) lists 13 targets on rows 8–20; its
hidden sheet holds 13 lines on the form (format … folder), the read-only cells' fingerprints
(row 14), "rows" (row 15), then a line per target from row 16 (I.1) to 28 (V.3).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from appendix_files import write_xlsx
from cds_tracker.cli import app
from test_forms import SHEET, cds, entries, fill, make

ASK = (
    "  gợi ý: phiếu đã bị sửa ngoài các ô màu vàng: xin đơn vị điền lại vào phiếu mới do cds "
    "lập, rồi nhập phiếu đó"
)
ASK_EN = (
    "  hint: the form was edited outside its yellow cells: ask the unit to fill in a new form "
    "made by cds, then import that one"
)
DONE = {"F8": "Hoàn thành", "G8": "25/10/2023", "J8": 4, "K8": 5}  # I.1, 4 of 5


def _hidden(path: Path, row: int, column: int, value: Any) -> None:
    book = openpyxl.load_workbook(path)
    book["_cds"].cell(row, column).value = value
    book.save(path)


# a15_01: the hidden sheet's JSON


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("text", ["[" * 5000 + "]" * 5000, "{not json", '["B8"]'])
def test_a_row_map_nested_deep_or_not_json_is_an_edited_row(
    own_registry: Path, tmp_path: Path, text: str, lang: str
) -> None:
    """5,000 nested lists made json.loads raise RecursionError: an internal error (exit 3)."""
    path = make(own_registry, tmp_path)
    fill(path, DONE)
    _hidden(path, 16, 3, text)  # I.1's cell map
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path), "--lang", lang)
    if lang == "vi":
        assert (code, stderr) == (1, f"{path}:_cds!C16: dòng trong trang ẩn bị sửa\n{ASK}\n")
        assert stdout == f"{path}: 1 lỗi, không ghi mục nào từ tệp này\n"
    else:
        said = f"{path}:_cds!C16: a row of the hidden sheet was edited\n{ASK_EN}\n"
        assert (code, stderr) == (1, said)
    assert entries(own_registry) == []


def test_the_fingerprints_line_edited_past_reading_is_refused(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, DONE)
    _hidden(path, 14, 2, "{" * 3000)
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (1, f"{path}:_cds!B14: dòng trong trang ẩn bị sửa\n{ASK}\n")


def test_target_lines_deleted_from_the_hidden_sheet_are_refused(
    own_registry: Path, tmp_path: Path
) -> None:
    """With none of its lines, no cell of the table would be read, and every row of it would
    look added under the table: the count on the "rows" line (13) says lines went missing."""
    path = make(own_registry, tmp_path)
    fill(path, DONE)
    book = openpyxl.load_workbook(path)
    book["_cds"].delete_rows(17, 12)  # I.3 … V.3: I.1 alone is left
    book.save(path)
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (1, f"{path}:_cds!B15: dòng trong trang ẩn bị sửa\n{ASK}\n")
    assert stdout == f"{path}: 1 lỗi, không ghi mục nào từ tệp này\n"


# a15_11: a date cell holding no day

DATE_HINT = (
    "  gợi ý: sửa ô G8 thành một ngày dd/mm/yyyy, ví dụ 28/05/2024 (hoặc định dạng ô là Ngày), "
    "rồi nhập lại"
)
DATE_HINT_EN = (
    "  hint: change cell G8 to a date dd/mm/yyyy, e.g. 28/05/2024 (or format the cell as a Date), "
    "then import again"
)


@pytest.mark.parametrize("value", [0, -5, 1e20, 0.5, "#VALUE!"])
def test_a_date_cell_holding_no_day_is_said_plainly(
    own_registry: Path, tmp_path: Path, value: Any
) -> None:
    """openpyxl reads 0 as the time '00:00:00', -5 as a day of 1899, 1E+20 as '#VALUE!': none of
    them what the clerk typed or Excel shows ('########')."""
    path = make(own_registry, tmp_path)
    fill(path, {**DONE, "G8": value})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (
        1,
        f"{path}:{SHEET}!G8: ô không chứa ngày (ghi dd/mm/yyyy)\n{DATE_HINT}\n",
    )
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    said = f"{path}:Phiếu báo cáo!G8: the cell holds no date (write dd/mm/yyyy)\n{DATE_HINT_EN}\n"
    assert (code, stderr) == (1, said)


def test_a_date_cell_past_the_last_year_is_said_as_excel_shows_it(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**DONE, "G8": dt.datetime(3000, 1, 2)})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    said = f"{path}:{SHEET}!G8: ngày '02/01/3000': năm phải từ 1900 đến 2999 (ghi dd/mm/yyyy)"
    assert (code, stderr) == (1, f"{said}\n{DATE_HINT}\n")
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    said = f"{path}:{SHEET}!G8: date '02/01/3000': the year must be within 1900–2999"
    assert (code, stderr) == (1, f"{said} (write dd/mm/yyyy)\n{DATE_HINT_EN}\n")


# a15_10: what the unit typed where the form has no place

ADDED = {
    "A21": 14,
    "B21": "I.2",
    "C21": "Số hóa hồ sơ",
    "F21": "Đang thực hiện",
    "G21": "28/10/2023",
    "L21": "đã số hóa 40% hồ sơ",
}


def test_a_row_added_under_the_table_refuses_the_file_with_the_command(
    own_registry: Path, tmp_path: Path
) -> None:
    R = f"--registry {own_registry} "  # the hint reaches the registry this run used
    path = make(own_registry, tmp_path)
    fill(path, {**DONE, **ADDED})
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!A21: dòng 21 không phải dòng của phiếu (thêm dưới bảng): cds không đọc "
        "dòng này; không nhập tệp này",
        f'  gợi ý: ghi báo cáo ở dòng 21 bằng lệnh cds {R}progress add I.2 --unit "Phòng Y tế" '
        '--status "đang thực hiện" --date 28/10/2023 --note "đã số hóa 40% hồ sơ" (phiếu của '
        "đơn vị cho kỳ này không có chỉ tiêu này); rồi xoá dòng 21 khỏi phiếu và nhập lại",
    ]
    assert stdout == f"{path}: 1 lỗi, không ghi mục nào từ tệp này\n"
    assert entries(own_registry) == []
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    assert code == 1
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!A21: row 21 is not a row of the form (added under the table): cds does "
        "not read it; the file is not imported",
        f'  hint: record the report of row 21 with cds {R}progress add I.2 --unit "Phòng Y tế" '
        '--status in_progress --date 28/10/2023 --note "đã số hóa 40% hồ sơ" (the unit\'s form '
        "for this period does not list this target); then clear row 21 of the form and import "
        "again",
    ]


def test_a_row_added_with_nothing_readable_names_what_to_fill(
    own_registry: Path, tmp_path: Path
) -> None:
    R = f"--registry {own_registry} "  # the hint reaches the registry this run used
    path = make(own_registry, tmp_path)
    fill(path, {**DONE, "L23": "còn 2 phòng"})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines()[1] == (
        f"  gợi ý: ghi báo cáo ở dòng 23 bằng lệnh cds {R}progress add MÃ_CHỈ_TIÊU --unit "
        '"Phòng Y tế" --status TRẠNG_THÁI --date dd/mm/yyyy --note "còn 2 phòng", hoặc xin '
        f'phiếu mới có chỉ tiêu đó: cds {R}form --unit "Phòng Y tế" --month 11/2023 --as-of '
        "01/11/2023 --out phieu-phong-y-te.xlsx; rồi xoá dòng 23 khỏi phiếu và nhập lại"
    )


def test_a_row_added_with_a_note_no_window_reads_alike_leaves_it_to_type(
    own_registry: Path, tmp_path: Path
) -> None:
    R = f"--registry {own_registry} "  # the hint reaches the registry this run used
    path = make(own_registry, tmp_path)
    fill(path, {**DONE, **ADDED, "L21": "chi $5 triệu"})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines()[1] == (
        "  gợi ý: giá trị của --note có ký tự mà cửa sổ dòng lệnh (PowerShell, cmd) đọc theo "
        "cách riêng nên không in ra; lệnh sau thiếu nó nên không ghi gì: hãy tự gõ nó vào sau "
        f"--note (thay cho dấu … nếu có); ghi báo cáo ở dòng 21 bằng lệnh cds {R}progress add I.2 "
        '--unit "Phòng Y tế" --status "đang thực hiện" --date 28/10/2023 --note (phiếu của đơn '
        "vị cho kỳ này không có chỉ tiêu này); rồi xoá dòng 21 khỏi phiếu và nhập lại"
    )


def test_a_cell_beside_the_table_is_refused_at_its_cell(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**DONE, "N8": "95%", "F9": None, "B22": None})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!N8: ô này không phải ô để điền (phiếu để trống, không đọc): cds không "
        "đọc những gì ghi ở đây; không nhập tệp này",
        "  gợi ý: chuyển nội dung ô N8 vào ô màu vàng của dòng đó (số liệu vào ô Giá trị, lời "
        "vào ô Ghi chú), hoặc ghi bằng cds progress add; rồi xoá ô N8 và nhập lại",
    ]
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!N8: this is not a cell to fill (left empty by the form, not read): cds "
        "does not read what is written here; the file is not imported",
        "  hint: move what cell N8 holds into the row's yellow cells (a figure into Value, words "
        "into Note), or record it with cds progress add; then clear cell N8 and import again",
    ]


def test_a_changed_protected_cell_is_said_and_the_form_imported(
    own_registry: Path, tmp_path: Path
) -> None:
    """The title (A2), a target's text (C8) and its deadline cleared (D9): never read; said at
    each, in the sheet's order, and the yellow cells recorded."""
    path = make(own_registry, tmp_path)
    fill(path, {**DONE, "A2": "Đơn vị báo cáo: Phòng khác", "C8": "Nội dung khác", "D9": None})
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path), "--dry-run")
    assert (code, stderr) == (0, "")
    kept = (
        "ô được bảo vệ đã bị sửa; cds không đọc ô này (chỉ đọc các ô màu vàng), phiếu vẫn được nhập"
    )
    assert stdout.splitlines()[3:] == [
        f"  lưu ý: {path}:{SHEET}!A2: {kept}",
        f"  lưu ý: {path}:{SHEET}!C8: {kept}",
        f"  lưu ý: {path}:{SHEET}!D9: {kept}",
        f"{path}: sẽ ghi 1 mục (chạy thử, chưa ghi gì)",
    ]
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    assert (code, stderr) == (0, "")
    kept = "this protected cell was changed; cds does not read it (only the yellow cells), the "
    assert f"  note: {path}:{SHEET}!C8: {kept}form is still imported" in stdout.splitlines()
    assert [e.target for e in entries(own_registry)] == ["I.1"]


def test_an_older_form_without_fingerprints_still_refuses_a_row_under_the_table(
    own_registry: Path, tmp_path: Path
) -> None:
    """A form made before cds kept the fingerprints: a changed text cannot be told, a row under
    the table still can."""
    path = make(own_registry, tmp_path)
    book = openpyxl.load_workbook(path)
    book["_cds"].delete_rows(14)  # the fingerprints' line, as an older cds wrote none
    book.save(path)
    fill(path, {**DONE, "C8": "Nội dung khác"})
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path), "--dry-run")
    assert (code, stderr, stdout.count("lưu ý")) == (0, "", 0)
    fill(path, ADDED)
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines()[0].startswith(f"{path}:{SHEET}!A21: dòng 21 không phải dòng")


# a15_03: a form given where an appendix is read, and the reverse

runner = CliRunner()


def test_a_form_given_to_import_or_diff_is_sent_to_progress_import(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    said = [
        "cds: lỗi: 'phieu.xlsx' là phiếu báo cáo tiến độ (do cds form lập), không phải phụ lục "
        "kế hoạch",
        f"  gợi ý: nhập phiếu báo cáo bằng: cds progress import {path}",
    ]
    for args in (["import", str(path)], ["diff", str(own_registry / "phu_luc_01.yaml"), str(path)]):
        result = runner.invoke(app, args)
        assert (result.exit_code, result.stderr.splitlines()) == (1, said), args
    result = runner.invoke(app, ["import", str(path), "--lang", "en"])
    assert (result.exit_code, result.stderr.splitlines()) == (
        1,
        [
            "cds: error: 'phieu.xlsx' is a progress return form (made by cds form), not a plan's "
            "appendix",
            f"  hint: import the return form with: cds progress import {path}",
        ],
    )


def test_a_form_of_a_plan_kept_by_year_names_the_plan(own_registry: Path, tmp_path: Path) -> None:
    from cds_tracker.progress.form_guard import form_plan

    path = make(own_registry, tmp_path)
    assert form_plan(path) == ""  # made in a folder not named by year
    _hidden(path, 13, 2, "2024")  # the folder line
    assert form_plan(path) == "2024"
    assert form_plan(own_registry / "phu_luc_01.yaml") is None


def test_an_appendix_given_to_progress_import_is_sent_to_import(
    own_registry: Path, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "ke hoach.xlsx", [("header",), ("group", "I. Chính quyền số")])
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines() == [
        f"{path}: tệp này là phụ lục kế hoạch (bảng chỉ tiêu), không phải phiếu báo cáo do cds "
        "form lập; không nhập",
        f'  gợi ý: phụ lục kế hoạch đọc bằng cds import: cds import "{path}" (thêm --out và '
        "đường dẫn sổ đăng ký .yaml để ghi)",
    ]
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    assert stderr.splitlines() == [
        f"{path}: this file is a plan's appendix (a table of targets), not a return form made by "
        "cds form; not imported",
        f'  hint: a plan\'s appendix is read by cds import: cds import "{path}" (add --out and a '
        "registry .yaml path to write it)",
    ]
