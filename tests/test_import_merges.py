"""Attack 10, findings 1–3: a merged cell's text is read in every cell it covers (as Word and
Excel show it) only where that is how appendices are typed; where it would give a target another
row's text, or one text to two fields, each row it reached is a problem at its cell (exit 1,
marked needs_review). Files are built here with openpyxl and python-docx; every line is worked
out by hand from the rows below."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()


def _row(number: str, content: str, lead: str = "Phòng Y tế", cooperating: str = "") -> Any:
    return (number, content, "", lead, cooperating, "Tháng 6/2024", "")


# The sheet: three heading rows, the header rows 4–5, then one row each (Excel's row numbers).
ROWS = [
    ("header",),
    ("I.", "DỮ LIỆU SỐ", "", "", "", "", ""),  # 6: a group row typed in two cells
    _row("1.", "Nội dung một."),  # 7: I.1
    _row("2.", "Nội dung hai."),  # 8: I.2
    _row("3.", "Nội dung ba."),  # 9: I.3
    ("II.", "CHÍNH QUYỀN SỐ", "", "", "", "", ""),  # 10: group II
    _row("1.", "Nội dung bốn.", "Phòng Nội vụ", "Công an thành phố"),  # 11: II.1
    _row("2.", "Nội dung năm."),  # 12: II.2
]
DOWN = (
    "ô này nằm trong một ô gộp từ dòng 8 đến dòng 11: Word và Excel chỉ giữ chữ của ô đầu, nên"
    " không biết chữ riêng của dòng này (chữ đã đọc là của ô đầu)"
)
DOWN_HINT = (
    "  gợi ý: bỏ gộp ô (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split Cells), ghi"
    " lại chữ của từng dòng theo văn bản kế hoạch, rồi nhập lại"
)


ACROSS_HINT = (
    "  gợi ý: bỏ gộp ô (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split Cells), ghi"
    " riêng từng cột như văn bản kế hoạch rồi nhập lại; hoặc ghi từng phần vào trường của nó"
    " (lead, cooperating…) của chỉ tiêu trong tệp đã nhập rồi xóa dòng `needs_review`"
)


def _sheet(tmp_path: Path, *merges: str) -> Path:
    path = write_xlsx(tmp_path / "k.xlsx", ROWS, HEADING_2024)
    book = load_workbook(path)
    for merge in merges:
        book.active.merge_cells(merge)  # type: ignore[union-attr]
    book.save(path)
    return path


def _import(path: Path, *extra: str) -> Any:
    return runner.invoke(app, ["import", str(path), "--registry", str(REGISTRY), *extra])


def _problems(result: Any, path: Path) -> list[str]:
    """The problem lines and their hints, the file said by its name."""
    lines = result.stderr.replace(f"{path.parent}/", "").splitlines()
    return [line for line in lines if line.startswith((path.name, "  gợi ý", "  hint"))]


def _targets(result: Any) -> dict[str, dict[str, Any]]:
    data = parse(result.stdout)
    return {t["id"]: t for g in data["groups"] for t in g["targets"]}


def test_a_content_merged_down_across_a_group_row_is_a_problem_at_each_row(tmp_path: Path) -> None:
    # B8:B11: I.2's content over I.3, group II's title and II.1. D7:D9, the lead of group I's
    # three targets merged down, is how appendices are typed: read, no problem.
    path = _sheet(tmp_path, "B8:B11", "D7:D9")
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert _problems(result, path) == [
        f"k.xlsx:Phụ lục!B8: {DOWN}",
        DOWN_HINT,
        f"k.xlsx:Phụ lục!B9: {DOWN}",
        f"k.xlsx:Phụ lục!B10: {DOWN}",
        f"k.xlsx:Phụ lục!B11: {DOWN}",
    ]
    data = parse(result.stdout)
    targets = _targets(result)
    said = DOWN
    assert targets["I.2"]["needs_review"] == [f"Nội dung chỉ tiêu: {said} (trang Phụ lục, ô B8)"]
    assert targets["I.3"]["needs_review"] == [f"Nội dung chỉ tiêu: {said} (trang Phụ lục, ô B9)"]
    assert targets["II.1"]["needs_review"] == [f"Nội dung chỉ tiêu: {said} (trang Phụ lục, ô B11)"]
    assert data["needs_review"] == [f"{said} (trang Phụ lục, ô B10)"]  # the group row
    assert "needs_review" not in targets["I.1"] and "needs_review" not in targets["II.2"]
    assert [targets[i]["lead"]["units"] for i in ("I.1", "I.2", "I.3")] == [["phong-y-te"]] * 3
    english = _import(path, "--lang", "en")
    assert english.exit_code == 1
    assert _problems(english, path)[:2] == [
        "k.xlsx:Phụ lục!B8: this cell is part of a cell merged from row 8 to row 11: Word and Excel"
        " keep only the first cell's text, so this row's own text is not known (the text read is"
        " the first cell's)",
        "  hint: unmerge the cells (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split"
        " Cells), write each row's own text as the plan states it, and import again",
    ]


def test_a_block_merged_over_two_groups_is_a_problem_not_a_regrouping(tmp_path: Path) -> None:
    # A6:G10: Excel keeps "I." alone; rows 7–10 (I.1–I.3, group II) are gone, and II.1, II.2
    # below would be read as I.1, I.2. One problem, at the merge's first cell, marked on top.
    path = _sheet(tmp_path, "A6:G10")
    result = _import(path)
    assert result.exit_code == 1, result.output
    words = DOWN.replace("dòng 8 đến dòng 11", "dòng 6 đến dòng 10")
    assert _problems(result, path) == [f"k.xlsx:Phụ lục!A6: {words}", DOWN_HINT]
    assert parse(result.stdout)["needs_review"] == [f"{words} (trang Phụ lục, ô A6)"]


def test_a_lead_merged_with_cooperating_is_not_split_by_guess_word(tmp_path: Path) -> None:
    # Word rows: header 1–2, group I 3, I.1 4, I.2 5, I.3 6, group II 7, II.1 8: its "Đơn vị
    # chủ trì" (column 4) merged with "Đơn vị phối hợp" (5); python-docx keeps both paragraphs.
    path = write_docx(tmp_path / "k.docx", ROWS, HEADING_2024)
    document = Document(str(path))
    table = document.tables[0]
    table.cell(7, 3).merge(table.cell(7, 4))
    document.save(str(path))
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert _problems(result, path) == [
        "k.docx:1:8:4: một ô gộp qua các cột 'Đơn vị chủ trì', 'Đơn vị phối hợp' ghi 'Phòng Nội"
        " vụ␊Công an thành phố': không biết phần nào thuộc cột nào, nên chưa ghi gì vào các cột đó",
        ACROSS_HINT,
    ]
    target = _targets(result)["II.1"]
    assert target["lead"] == {"text": "", "units": []}
    assert target["cooperating"] == {"text": "", "units": []}
    assert target["needs_review"] == [
        "Đơn vị chủ trì: một ô gộp qua các cột 'Đơn vị chủ trì', 'Đơn vị phối hợp' ghi 'Phòng Nội"
        " vụ\nCông an thành phố': không biết phần nào thuộc cột nào, nên chưa ghi gì vào các cột"
        " đó (bảng 1, dòng 8, cột 4)"
    ]
    english = _import(path, "--lang", "en")
    assert _problems(english, path)[0] == (
        "k.docx:1:8:4: one cell merged across the columns 'Đơn vị chủ trì', 'Đơn vị phối hợp'"
        " reads 'Phòng Nội vụ␊Công an thành phố': which part belongs to which column cannot be"
        " told, so nothing is written into those columns"
    )


def test_a_lead_merged_with_cooperating_in_a_sheet(tmp_path: Path) -> None:
    # D11:E11: Excel keeps D11's "Phòng Nội vụ"; E11's "Công an thành phố" is gone.
    path = _sheet(tmp_path, "D11:E11")
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert _problems(result, path)[0] == (
        "k.xlsx:Phụ lục!D11: một ô gộp qua các cột 'Đơn vị chủ trì', 'Đơn vị phối hợp' ghi"
        " 'Phòng Nội vụ': không biết phần nào thuộc cột nào, nên chưa ghi gì vào các cột đó"
    )
    target = _targets(result)["II.1"]
    assert (target["lead"]["units"], target["cooperating"]["units"]) == ([], [])


def test_a_content_merged_down_across_a_group_row_in_word(tmp_path: Path) -> None:
    # Word rows: header 1–2, group I 3, I.1 4, I.2 5, I.3 6, group II 7 (typed in cells), II.1 8;
    # I.2's content merged down to II.1 (vMerge): the same four rows as in the sheet.
    path = write_docx(tmp_path / "k.docx", ROWS, HEADING_2024)
    document = Document(str(path))
    table = document.tables[0]
    table.cell(4, 1).merge(table.cell(7, 1))
    document.save(str(path))
    result = _import(path)
    assert result.exit_code == 1, result.output
    words = DOWN.replace("dòng 8 đến dòng 11", "dòng 5 đến dòng 8")
    assert _problems(result, path) == [
        f"k.docx:1:5:2: {words}",
        DOWN_HINT,
        f"k.docx:1:6:2: {words}",
        f"k.docx:1:7:2: {words}",
        f"k.docx:1:8:2: {words}",
    ]


# Final review 11, a_04: one odd merge, one message at its cell, nothing else said there (an
# empty lead, an unknown unit, a deadline not read, a regrouping were said beside it before).
ACROSS = "một ô gộp qua các cột {fields} ghi '{text}': không biết phần nào thuộc cột nào, nên chưa ghi gì vào các cột đó"  # noqa: E501
EMPTY = "một ô gộp qua các cột {fields} để trống: không biết cột nào trống, cột nào mất chữ khi gộp, nên chưa ghi gì vào các cột đó"  # noqa: E501


def test_a_content_merged_with_the_unit_columns_is_one_problem(tmp_path: Path) -> None:
    # B7:D7: I.1's content over "Trực tiếp chỉ đạo" and "Đơn vị chủ trì". Before: the merge at
    # B7, and "no unit named 'Nội dung một.'" at C7 and at D7.
    path = _sheet(tmp_path, "B7:D7")
    result = _import(path)
    assert result.exit_code == 1, result.output
    fields = "'Nội dung chỉ tiêu', 'Trực tiếp chỉ đạo', 'Đơn vị chủ trì'"
    assert _problems(result, path) == [
        "k.xlsx:Phụ lục!B7: " + ACROSS.format(fields=fields, text="Nội dung một."),
        ACROSS_HINT,
    ]
    target = _targets(result)["I.1"]
    assert (target["content"], target["lead"], target["directing"]) == (
        "",
        {"text": "", "units": []},
        {"text": "", "units": []},
    )
    assert len(target["needs_review"]) == 1
    english = _import(path, "--lang", "en")
    assert _problems(english, path) == [
        "k.xlsx:Phụ lục!B7: one cell merged across the columns 'Nội dung chỉ tiêu', 'Trực tiếp"
        " chỉ đạo', 'Đơn vị chủ trì' reads 'Nội dung một.': which part belongs to which column"
        " cannot be told, so nothing is written into those columns",
        "  hint: unmerge the cell (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split"
        " Cells), write each column apart as the plan states it, and import again; or write each"
        " part into its field (lead, cooperating…) of the target in the imported file, then"
        " delete its `needs_review` line",
    ]


def test_a_content_merged_with_the_unit_columns_in_word(tmp_path: Path) -> None:
    # Word row 4 (I.1): columns 2–4 merged; Word keeps the three cells' paragraphs in one.
    path = write_docx(tmp_path / "k.docx", ROWS, HEADING_2024)
    document = Document(str(path))
    document.tables[0].cell(3, 1).merge(document.tables[0].cell(3, 3))
    document.save(str(path))
    result = _import(path)
    assert result.exit_code == 1, result.output
    fields = "'Nội dung chỉ tiêu', 'Trực tiếp chỉ đạo', 'Đơn vị chủ trì'"
    assert _problems(result, path) == [
        "k.docx:1:4:2: " + ACROSS.format(fields=fields, text="Nội dung một.␊␊Phòng Y tế"),
        ACROSS_HINT,
    ]


def test_an_empty_merge_across_is_said_empty_once(tmp_path: Path) -> None:
    # C7:D7: Excel keeps C7's empty "Trực tiếp chỉ đạo"; D7's "Phòng Y tế" is gone. Before: the
    # merge "reads ''" at C7 and "the lead is empty" at D7 (validate's words at B7 besides).
    path = _sheet(tmp_path, "C7:D7")
    result = _import(path)
    assert result.exit_code == 1, result.output
    fields = "'Trực tiếp chỉ đạo', 'Đơn vị chủ trì'"
    assert _problems(result, path) == [
        "k.xlsx:Phụ lục!C7: " + EMPTY.format(fields=fields),
        ACROSS_HINT,
    ]
    english = _import(path, "--lang", "en")
    assert _problems(english, path)[0] == (
        "k.xlsx:Phụ lục!C7: one cell merged across the columns 'Trực tiếp chỉ đạo', 'Đơn vị chủ"
        " trì' is empty: which column is empty and which lost its text in the merge cannot be"
        " told, so nothing is written into those columns"
    )


def test_a_merge_over_cooperating_and_deadline_says_no_unread_deadline(tmp_path: Path) -> None:
    # E7:F7: I.1's empty "Đơn vị phối hợp" over its deadline. Before: the merge, and "the
    # deadline '' cannot be read" at F7 twice (the import's and validate's).
    path = _sheet(tmp_path, "E7:F7")
    result = _import(path)
    assert result.exit_code == 1, result.output
    fields = "'Đơn vị phối hợp', 'Thời gian hoàn thành'"
    assert _problems(result, path) == [
        "k.xlsx:Phụ lục!E7: " + EMPTY.format(fields=fields),
        ACROSS_HINT,
    ]
    target = _targets(result)["I.1"]
    assert target["deadline"] == {"text": "", "due": "ongoing"}
    assert len(target["needs_review"]) == 1


def test_a_number_merged_with_its_content_is_no_content(tmp_path: Path) -> None:
    # A7:B7: Excel keeps "1."; I.1's content read as "1." and nothing said, before.
    path = _sheet(tmp_path, "A7:B7")
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert _problems(result, path) == [
        "k.xlsx:Phụ lục!A7: " + ACROSS.format(fields="'Stt', 'Nội dung chỉ tiêu'", text="1."),
        ACROSS_HINT,
    ]
    assert _targets(result)["I.1"]["content"] == ""


def test_a_lead_merged_down_over_a_group_row_keeps_the_groups(tmp_path: Path) -> None:
    # D9:D11: I.3's lead merged down over group II's row and II.1. Before: row 10 "II." with a
    # lead was no group, and II.1, II.2 became I.1 and I.2 again (three problems, none at D9).
    path = _sheet(tmp_path, "D9:D11")
    result = _import(path)
    assert result.exit_code == 1, result.output
    words = DOWN.replace("dòng 8 đến dòng 11", "dòng 9 đến dòng 11")
    assert _problems(result, path) == [
        f"k.xlsx:Phụ lục!D9: {words}",
        DOWN_HINT,
        f"k.xlsx:Phụ lục!D10: {words}",
        f"k.xlsx:Phụ lục!D11: {words}",
    ]
    data = parse(result.stdout)
    assert [(g["id"], [t["id"] for t in g["targets"]]) for g in data["groups"]] == [
        ("I", ["I.1", "I.2", "I.3"]),
        ("II", ["II.1", "II.2"]),
    ]


def test_a_group_rows_lead_merged_down_in_word_keeps_the_group(tmp_path: Path) -> None:
    # Word rows 7 (group II) and 8 (II.1), column 4 merged: Word moves II.1's "Phòng Nội vụ"
    # into the group row's cell. Before: "II." with a lead, no group, II.1 read as I.1 again.
    path = write_docx(tmp_path / "k.docx", ROWS, HEADING_2024)
    document = Document(str(path))
    document.tables[0].cell(6, 3).merge(document.tables[0].cell(7, 3))
    document.save(str(path))
    result = _import(path)
    assert result.exit_code == 1, result.output
    words = DOWN.replace("dòng 8 đến dòng 11", "dòng 7 đến dòng 8")
    assert _problems(result, path) == [
        f"k.docx:1:7:4: {words}",
        DOWN_HINT,
        f"k.docx:1:8:4: {words}",
    ]
    assert [g["id"] for g in parse(result.stdout)["groups"]] == ["I", "II"]


def test_a_group_rows_empty_cell_merged_down_says_no_empty_lead(tmp_path: Path) -> None:
    # D10:D11: group II's empty cell over II.1's lead. Before: D11 "the lead is empty" between
    # the merge's two lines.
    path = _sheet(tmp_path, "D10:D11")
    result = _import(path)
    assert result.exit_code == 1, result.output
    words = DOWN.replace("dòng 8 đến dòng 11", "dòng 10 đến dòng 11")
    assert _problems(result, path) == [
        f"k.xlsx:Phụ lục!D10: {words}",
        DOWN_HINT,
        f"k.xlsx:Phụ lục!D11: {words}",
    ]
    english = _import(path, "--lang", "en")
    assert [line.split(": ")[0] for line in _problems(english, path)] == [
        "k.xlsx:Phụ lục!D10",
        "  hint",
        "k.xlsx:Phụ lục!D11",
    ]


def test_a_number_merged_with_its_content_in_word_is_said_as_a_merge(tmp_path: Path) -> None:
    # Word row 4 (I.1): "Stt" merged with its content; Word keeps both paragraphs, so the number
    # cell reads "1.\nNội dung một." Before: "the number '1.␊Nội dung một.' cannot be read".
    path = write_docx(tmp_path / "k.docx", ROWS, HEADING_2024)
    document = Document(str(path))
    document.tables[0].cell(3, 0).merge(document.tables[0].cell(3, 1))
    document.save(str(path))
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert _problems(result, path)[:2] == [
        "k.docx:1:4:1: một ô gộp qua các cột 'Stt', 'Nội dung chỉ tiêu' ghi '1.␊Nội dung một.':"
        " không tách được số thứ tự khỏi phần còn lại, nên dòng này chưa thành chỉ tiêu",
        "  gợi ý: bỏ gộp ô (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split Cells),"
        " ghi số thứ tự vào cột Stt và từng phần còn lại vào cột của nó như văn bản kế hoạch,"
        " rồi nhập lại",
    ]
    assert "I.1" not in _targets(result)  # no target: the row is kept in the file's needs_review
    english = _import(path, "--lang", "en")
    assert _problems(english, path)[:2] == [
        "k.docx:1:4:1: one cell merged across the columns 'Stt', 'Nội dung chỉ tiêu' reads"
        " '1.␊Nội dung một.': its number cannot be told apart from the rest, so this row is no"
        " target yet",
        "  hint: unmerge the cell (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split"
        " Cells), write the number into the Stt column and each other part into its own column"
        " as the plan states it, and import again",
    ]


def test_a_number_merged_down_over_two_targets_is_said_as_the_merge(tmp_path: Path) -> None:
    # A8:A9: "2." over I.3's row. Before: A9 "duplicate number I.2", nothing of the merge. Row 9
    # has no number of its own: no target, its cells kept in the file's needs_review.
    path = _sheet(tmp_path, "A8:A9")
    result = _import(path)
    assert result.exit_code == 1, result.output
    words = DOWN.replace("dòng 8 đến dòng 11", "dòng 8 đến dòng 9")
    assert _problems(result, path) == [
        f"k.xlsx:Phụ lục!A8: {words}",
        DOWN_HINT,
        f"k.xlsx:Phụ lục!A9: {words}",
    ]
    targets = _targets(result)
    assert sorted(targets) == ["I.1", "I.2", "II.1", "II.2"]
    assert targets["I.2"]["needs_review"] == [f"Stt: {words} (trang Phụ lục, ô A8)"]
    assert parse(result.stdout)["needs_review"] == [
        f"{words} (trang Phụ lục, ô A9); nội dung dòng: Nội dung ba. | Phòng Y tế | Tháng 6/2024"
    ]


def test_a_group_numeral_merged_down_into_a_targets_number(tmp_path: Path) -> None:
    # A10:A11: "II." over II.1's number. Before: A11 "'II.' has a unit: no group row", the
    # merge unsaid. Now the merge at A10 (group II's row, read as the group) and at A11; II.2
    # follows, its group's numbering said to start at 2 (a note, at its own cell).
    path = _sheet(tmp_path, "A10:A11")
    result = _import(path)
    assert result.exit_code == 1, result.output
    words = DOWN.replace("dòng 8 đến dòng 11", "dòng 10 đến dòng 11")
    assert [line for line in _problems(result, path) if not line.startswith("  ")] == [
        f"k.xlsx:Phụ lục!A10: {words}",
        f"k.xlsx:Phụ lục!A11: {words}",
        "k.xlsx:Phụ lục!A12: ghi chú: số thứ tự của nhóm bắt đầu từ 2: không có II.1",
    ]
    data = parse(result.stdout)
    assert [(g["id"], [t["id"] for t in g["targets"]]) for g in data["groups"]] == [
        ("I", ["I.1", "I.2", "I.3"]),
        ("II", ["II.2"]),
    ]
    english = _import(path, "--lang", "en")
    assert _problems(english, path)[0] == (
        "k.xlsx:Phụ lục!A10: this cell is part of a cell merged from row 10 to row 11: Word and"
        " Excel keep only the first cell's text, so this row's own text is not known (the text"
        " read is the first cell's)"
    )
