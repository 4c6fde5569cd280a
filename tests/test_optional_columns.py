"""A plan's table with only "Đơn vị chủ trì / Đơn vị phối hợp" under "Phân công thực hiện".

Many plans print no "Trực tiếp chỉ đạo" column. That column (like "Đơn vị phối hợp" and "Ghi chú")
is optional: `cds import` says once that its cells are empty, writes no `needs_review` line, and
the plan is usable at once (`validate` exit 0); a revision from such a table keeps the registry's
officials, and one that changes nothing leaves the file byte for byte. A table without the lead
units or the deadline cannot be followed: that is a problem, marked, with a hint saying why.
The Word export then prints the table as the plan did: no empty directing column.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
REGISTRY = "plans/2024/phu_luc_01.yaml"
HEADING = [
    "Phụ lục 01",
    "CHỈ TIÊU KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024",
    "(Kèm theo Kế hoạch số 15/KH-BCĐ ngày 20/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
REVISED_HEADING = [
    HEADING[0],
    HEADING[1],
    "(Kèm theo Kế hoạch số 85/KH-BCĐ ngày 15/05/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
TITLES = ["Stt", "Nội dung chỉ tiêu", "Phân công thực hiện", "", "Thời gian hoàn thành", "Ghi chú"]
SUB = ["", "", "Đơn vị chủ trì", "Đơn vị phối hợp", "", ""]
I1 = "100% các phòng, đơn vị cập nhật dữ liệu lên kho dữ liệu dùng chung của tỉnh."
I2 = "Số hóa sổ hộ tịch của phường Bắc Sơn."
ROWS = [
    "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ",
    ("1", I1, "Phòng VH&TT", "Các phòng, đơn vị thuộc UBND thành phố", "Tháng 6/2024", ""),
    ("2", I2, "UBND phường Bắc Sơn", "Phòng Tư pháp", "Tháng 10/2024", ""),
]


def write_table(path: Path, rows: list[Any], heading: list[str], sub: list[str] = SUB) -> Path:
    """A Word appendix of six columns: "Phân công thực hiện" merged over the two in `sub`."""
    from docx import Document

    doc = Document()
    for line in heading:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=6)
    top, second = table.add_row(), table.add_row()
    for col in (0, 1, 4, 5):
        top.cells[col].merge(second.cells[col]).text = TITLES[col]
    top.cells[2].merge(top.cells[3]).text = TITLES[2]
    second.cells[2].text, second.cells[3].text = sub[2], sub[3]
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[5]).text = row
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    return tmp_path


def _import(source: Path, *more: str) -> Any:
    return cds(*more, "import", str(source), "--out", REGISTRY, "--registry", "plans/2023")


def test_no_directing_column_is_a_note_not_a_mark(workspace: Path) -> None:
    source = write_table(workspace / "ke-hoach-2024.docx", ROWS, HEADING)
    result = _import(source)
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if "Trực tiếp chỉ đạo" in line]
    assert notes == [
        "ke-hoach-2024.docx:1:2:1: ghi chú: bảng không có cột 'Trực tiếp chỉ đạo' (cột không "
        "bắt buộc): ô này để trống ở mọi chỉ tiêu"
    ]
    text = (workspace / REGISTRY).read_text(encoding="utf-8")
    assert "needs_review" not in text.partition("\ndocument:")[2]  # the heading comment names it
    assert "directing:\n          text: ''\n          units: []\n" in text
    assert cds("validate", "plans/2024").exit_code == 0
    for command in (("plans",), ("--plan", "2024", "summary", "--as-of", "01/07/2024")):
        assert cds(*command).exit_code == 0, command
    late = cds("late", "--all-plans", "--as-of", "01/07/2024", "--format", "json")
    assert late.exit_code == 0, late.output
    by_plan = {
        part["plan"]: [row["id"] for row in part["rows"]] for part in json.loads(late.output)
    }
    assert by_plan["2024"] == ["I.1"]  # due 6/2024, nobody reported: late on 01/07/2024


def test_no_directing_column_in_english(workspace: Path) -> None:
    source = write_table(workspace / "ke-hoach-2024.docx", ROWS, HEADING)
    result = _import(source, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert (
        "ke-hoach-2024.docx:1:2:1: note: the table has no 'Trực tiếp chỉ đạo' column (an optional "
        "one): that cell is left empty in every target"
    ) in result.output.splitlines()


def test_revision_without_differences_leaves_the_file_byte_for_byte(workspace: Path) -> None:
    """The revised plan (another number and date, same rows) changes no target: applied, it
    records the revising plan only; applied again it changes nothing, writes nothing (the file
    byte for byte), exits 0, and says the note once, as a revision means it (cells kept)."""
    assert _import(write_table(workspace / "ke-hoach-2024.docx", ROWS, HEADING)).exit_code == 0
    path = workspace / REGISTRY
    revised = write_table(workspace / "dieu-chinh.docx", ROWS, REVISED_HEADING)
    note = (
        "dieu-chinh.docx:1:2:1: ghi chú: bảng không có cột 'Trực tiếp chỉ đạo' (cột không "
        "bắt buộc): giữ nguyên ô này của các chỉ tiêu trong sổ đăng ký"
    )
    first = cds("--plan", "2024", "import", str(revised), "--revise", "--yes")
    assert first.exit_code == 0, first.output
    lines = first.output.splitlines()
    assert [lines[0], lines[-2]] == [
        note,
        "Ghi nhận văn bản điều chỉnh: Kế hoạch số 85/KH-BCĐ ngày 15/05/2024.",
    ]
    assert "needs_review" not in path.read_text(encoding="utf-8").partition("\ndocument:")[2]
    before = path.read_bytes()
    again = cds("--plan", "2024", "import", str(revised), "--revise", "--yes")
    assert again.exit_code == 0, again.output
    assert again.output.splitlines() == [
        note,
        "plans/2024/phu_luc_01.yaml → dieu-chinh.docx: thêm 0, bỏ 0, sửa 0 chỉ tiêu.",
        "Không có khác biệt.",
        "Bảng điều chỉnh không thay đổi gì trong sổ đăng ký.",
    ]
    assert path.read_bytes() == before
    assert cds("validate", "plans/2024").exit_code == 0


def test_revision_without_the_column_keeps_the_registry_officials(workspace: Path) -> None:
    """The plan named an official for I.1; its revision prints no directing column and moves
    I.2's deadline: the deadline changes, the official stays."""
    from appendix_files import write_docx  # the usual table: all three assignment columns

    seven = [
        ("header",),
        ("group", ROWS[0]),
        ("1.", I1, "Trưởng phòng Văn hóa và Thông tin", "Phòng VH&TT", "", "Tháng 6/2024", ""),
        ("2.", I2, "", "UBND phường Bắc Sơn", "", "Tháng 10/2024", ""),
    ]
    assert _import(write_docx(workspace / "ke-hoach-2024.docx", seven, HEADING)).exit_code == 0
    moved = [
        ROWS[0],
        ROWS[1],
        ("2", I2, "UBND phường Bắc Sơn", "Phòng Tư pháp", "Tháng 11/2024", ""),
    ]
    revised = write_table(workspace / "dieu-chinh.docx", moved, REVISED_HEADING)
    result = cds("--plan", "2024", "import", str(revised), "--revise", "--yes")
    assert result.exit_code == 0, result.output
    shown = json.loads(cds("--plan", "2024", "show", "I.1", "--format", "json").output)
    assert shown["directing"] == "Trưởng phòng Văn hóa và Thông tin"
    later = json.loads(cds("--plan", "2024", "show", "I.2", "--format", "json").output)
    assert (later["deadline"], later["deadline_text"]) == ("2024-11", "Tháng 11/2024")
    assert later["cooperating"] == "Phòng Tư pháp"


def test_no_lead_column_is_a_marked_problem_with_its_reason(workspace: Path) -> None:
    """Without "Đơn vị chủ trì" nobody can be urged: a problem (exit 1), marked at the top of
    the registry, and the hint says why the column is needed and how to clear the mark."""
    rows = [ROWS[0], ("1", I1, "", "Phòng VH&TT", "Tháng 6/2024", "")]
    sub = ["", "", "Trực tiếp chỉ đạo", "Đơn vị phối hợp", "", ""]
    result = _import(write_table(workspace / "thieu.docx", rows, HEADING, sub))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    at = lines.index("thieu.docx:1:2:1: tiêu đề bảng không có cột 'Đơn vị chủ trì'")
    assert lines[at + 1] == (
        "  gợi ý: cột này bắt buộc (đơn vị chủ trì là đơn vị được đôn đốc; thời hạn cho biết khi "
        "nào quá hạn); cds nhận các tiêu đề 'Đơn vị chủ trì', 'Chủ trì', 'Cơ quan chủ trì', "
        "'Cơ quan, đơn vị chủ trì', 'Đơn vị chủ trì thực hiện', 'Cơ quan chủ trì thực hiện', "
        "'Đơn vị thực hiện', 'Cơ quan thực hiện', 'Cơ quan, đơn vị thực hiện' (không phân biệt "
        "chữ hoa, dấu; bỏ qua phần trong ngoặc): đặt tiêu đề cột như vậy, hoặc thêm cột vào "
        "bảng, rồi nhập lại; hoặc ghi ô đó cho từng chỉ tiêu trong sổ đăng ký rồi xóa dòng "
        "`needs_review` (chỗ cần quyết định)"
    )
    assert not any("Trực tiếp chỉ đạo" in line for line in lines)  # it is there
    checked = cds("validate", "plans/2024")
    assert checked.exit_code == 1
    said = checked.output.splitlines()
    assert said[0].endswith(
        "giá trị nhập cần người quyết định: tiêu đề bảng không có cột 'Đơn vị chủ trì' "
        "(bảng 1, dòng 2, cột 1)"
    )
    assert said[3] == (
        "  gợi ý: ghi ô của cột này (đơn vị chủ trì, thời hạn) cho từng chỉ tiêu, hoặc thêm cột "
        "vào bảng rồi nhập lại; sau đó xóa dòng này"
    )
    text = (workspace / REGISTRY).read_text(encoding="utf-8")
    assert text.count("không có cột") == 1  # the optional "Ghi chú" and nothing else unsaid


def test_word_export_prints_no_empty_directing_column(workspace: Path) -> None:
    """No target names an official: the exported table has the plan's six columns, and
    imports back to the same targets."""
    from docx import Document

    assert _import(write_table(workspace / "ke-hoach-2024.docx", ROWS, HEADING)).exit_code == 0
    out = workspace / "xuat.docx"
    done = cds("--plan", "2024", "export", "--format", "docx", "--out", str(out))
    assert done.exit_code == 0, done.output
    (table,) = Document(str(out)).tables
    assert [c.text for c in table.rows[1].cells] == [
        "Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp",
        "Thời gian hoàn thành", "Ghi chú",
    ]  # fmt: skip
    assert [c.text for c in table.rows[3].cells] == [
        "1.",
        I1,
        "Phòng VH&TT",
        "Các phòng, đơn vị thuộc UBND thành phố",
        "Tháng 6/2024",
        "",
    ]
    back = cds("import", str(out), "--registry", "plans/2024")
    assert back.exit_code == 0, back.output
    assert "I1" not in back.output
    assert "text: Phòng VH&TT\n" in back.stdout
