"""A workbook holding its appendix twice (a11-03): Excel's Move or Copy gives a second sheet
"Phụ lục (2)", a clerk's working copy. Each group and target was read twice, the registry
written with them doubled, and the finding `validate` has no hint for ("mã nhóm 'I' bị trùng")
looked up a catalogue key no catalogue has: exit 3. Now the copy is refused, naming both
sheets (neither can be the plan on the program's guess), and every finding without a hint of
its own is said without one.

Hand-computed: the sheet holds the heading in rows 1-3, a blank row 4, the header in row 5,
group I in row 6 (so the copy's first group is at 'Phụ lục (2)'!A6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
ROWS: list[Any] = [
    ("header",),
    ("group", "I. Chính quyền số"),
    ("1.", "100% các phòng, đơn vị sử dụng chữ ký số.", "", "Phòng Nội vụ", "", "Tháng 9/2024", ""),
    ("group", "II. Kinh tế số"),
    ("1.", "Triển khai ví điện tử tại chợ.", "", "Phòng Y tế", "", "Tháng 12/2024", ""),
]  # fmt: skip


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path)  # the catalogue the tables are read with
    return tmp_path


def _copied(path: Path, rows: list[Any] = ROWS) -> None:
    write_xlsx(path, rows, HEADING_2024)
    book = load_workbook(path)
    copy = book.copy_worksheet(book.worksheets[0])
    copy.title = "Phụ lục (2)"
    book.save(path)


def test_a_copied_sheet_is_refused_naming_both(here: Path) -> None:
    _copied(here / "ke-hoach.xlsx")
    assert load_workbook(here / "ke-hoach.xlsx").sheetnames == ["Phụ lục", "Phụ lục (2)"]
    result = cds("import", "ke-hoach.xlsx", "--out", "moi/phu_luc_01.yaml")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        "cds: lỗi: ke-hoach.xlsx:Phụ lục (2)!A6: trang 'Phụ lục (2)' chép lại phụ lục ở trang "
        "'Phụ lục' (cùng các nhóm): không biết trang nào là kế hoạch, không nhập",
        "  gợi ý: giữ một trang: xóa (hoặc ẩn: chuột phải vào tên trang → Hide) trang không phải "
        "kế hoạch, 'Phụ lục (2)' hay 'Phụ lục', lưu, rồi nhập lại",
    ]
    assert not (here / "moi").exists()
    english = cds("import", "ke-hoach.xlsx", "--lang", "en")
    assert english.exit_code == 1
    assert english.stdout == ""
    assert english.stderr.splitlines() == [
        "cds: error: ke-hoach.xlsx:Phụ lục (2)!A6: the sheet 'Phụ lục (2)' copies the appendix on "
        "the sheet 'Phụ lục' (the same groups): which one is the plan is unknown, nothing imported",
        "  hint: keep one sheet: delete (or hide: right-click the sheet tab → Hide) the one that "
        "is not the plan, 'Phụ lục (2)' or 'Phụ lục', save, and import again",
    ]


def test_diff_of_such_a_workbook_says_the_same(here: Path) -> None:
    _copied(here / "ke-hoach.xlsx")
    write_xlsx(here / "mot.xlsx", ROWS, HEADING_2024)
    result = cds("diff", "mot.xlsx", "ke-hoach.xlsx")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[0].startswith(
        "cds: lỗi: ke-hoach.xlsx:Phụ lục (2)!A6: trang 'Phụ lục (2)' chép lại phụ lục"
    )


def test_a_hidden_copy_is_not_read_and_the_plan_imports(here: Path) -> None:
    """The hint's way out: the copy hidden, the first sheet alone is the plan (2 targets)."""
    _copied(here / "ke-hoach.xlsx")
    book = load_workbook(here / "ke-hoach.xlsx")
    book["Phụ lục (2)"].sheet_state = "hidden"
    book.save(here / "ke-hoach.xlsx")
    result = cds("import", "ke-hoach.xlsx", "--out", "moi/phu_luc_01.yaml")
    assert result.exit_code == 0, result.output
    assert "Đã ghi 2 chỉ tiêu (2 nhóm) vào moi/phu_luc_01.yaml." in result.stderr.splitlines()


def test_a_sheet_going_on_with_groups_of_its_own_is_read(here: Path) -> None:
    """Group I on one sheet, group II on the next (each with its header): one appendix."""
    write_xlsx(here / "hai.xlsx", ROWS[:3], HEADING_2024)
    write_xlsx(here / "b.xlsx", [ROWS[0], *ROWS[3:]], HEADING_2024)
    book, other = load_workbook(here / "hai.xlsx"), load_workbook(here / "b.xlsx")
    sheet = book.create_sheet("Tiếp")
    for row in other.worksheets[0].iter_rows(values_only=True):
        sheet.append(row)
    book.save(here / "hai.xlsx")
    result = cds("import", "hai.xlsx", "--out", "moi/phu_luc_01.yaml")
    assert result.exit_code == 0, result.output
    assert "Đã ghi 2 chỉ tiêu (2 nhóm) vào moi/phu_luc_01.yaml." in result.stderr.splitlines()


def test_a_finding_without_a_hint_is_said_without_one(here: Path) -> None:
    """Group I again after II in one Word table: the import's own problem at row 7 (with its
    hint), and validate's finding at the first group's row 3 — no hint of its own: none said
    (it looked up 'import_validate_refuses_hint': exit 3)."""
    rows = [
        *ROWS,
        ("group", "I. Xã hội số"),
        ("2.", "Mở lớp tập huấn.", "", "Phòng Y tế", "", "Tháng 12/2024", ""),
    ]
    write_docx(here / "twice.docx", rows, HEADING_2024)
    for lang, first, second in (
        (
            "vi",
            "twice.docx:1:3:1: 'cds validate' sẽ từ chối sổ đăng ký được ghi: mã nhóm 'I' bị trùng",
            "twice.docx:1:7:1: nhóm I xuất hiện hai lần",
        ),
        (
            "en",
            "twice.docx:1:3:1: 'cds validate' would refuse the registry written: duplicate group "
            "id 'I'",
            "twice.docx:1:7:1: group I occurs twice",
        ),
    ):
        result = cds("import", "twice.docx", "--out", f"{lang}/phu_luc_01.yaml", "--lang", lang)
        assert result.exit_code == 1, result.output
        said = result.stderr.splitlines()
        assert said[:2] == [first, second]
        assert said[2].startswith(("  gợi ý: ", "  hint: "))  # the import's own, under its own
