"""Attack 11 on `cds import`: a cell is read as Excel and Word show it, nothing more.

a11-07: a date formatted to hide its month (`yyyy`: Excel shows 01/01/2024 as "2024") was read
as the date stored, the deadline January 2024, silently; now it reads as shown ("2024": the
year's end, as the text "2024" typed in a cell) or, shown as no deadline ("24", "2024-Q1",
"1"), is marked for a person. a11-11: a cell's trailing Enter (an empty paragraph) or the empty
paragraphs Word leaves in a cell merged down were kept as "Tháng 9/2025\\n"; they are not text a
person wrote. Files are built with python-docx and openpyxl; expectations are worked by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.core.dates import YearMonth
from cds_tracker.core.deadline_words import parse_deadline_text
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")


def _row(number: str, deadline: str = "X", lead: str = "Phòng Y tế") -> tuple[str, ...]:
    return (number, f"Nội dung {number}", "", lead, "", deadline, "")


def _import(source: Path, *extra: str) -> Any:
    return runner.invoke(app, ["import", str(source), "--registry", str(REGISTRY), *extra])


def _targets(result: Any) -> dict[str, dict[str, Any]]:
    data = parse(result.stdout)
    return {t["id"]: t for g in data["groups"] for t in g["targets"]}


# a11-07 --------------------------------------------------------------------------------------

# The heading's three lines, a blank row, the two header rows, the group row: I.n is on row
# 6 + n; the deadline is column F. Each cell holds 01/01/2024 in the format given, or a text.
FORMATS: dict[str, tuple[object, str]] = {
    "F7": (dt.datetime(2024, 1, 1), "yyyy"),  # Excel: 2024
    "F8": (dt.datetime(2024, 1, 1), '"Năm "yyyy'),  # Năm 2024
    "F9": (dt.datetime(2024, 1, 1), "yy"),  # 24
    "F10": (dt.datetime(2024, 1, 1), 'yyyy"-Q1"'),  # 2024-Q1
    "F11": ("2024", "General"),  # the text typed
    "F12": (dt.datetime(2024, 1, 1), "[$-42A]yyyy"),  # 2024: the locale shows nothing
    "F13": (dt.datetime(2024, 6, 30), "d"),  # 30
    "F14": (dt.datetime(2024, 6, 30), "yyyy-mm-dd"),  # 2024-06-30: the month and the year shown
}


def _formatted(tmp_path: Path) -> Path:
    rows = [("header",), GROUP, *(_row(f"{n}.") for n in range(1, 9))]
    path = write_xlsx(tmp_path / "nam.xlsx", rows, HEADING_2024)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for spot, (value, number_format) in FORMATS.items():
        sheet[spot] = value
        sheet[spot].number_format = number_format
    book.save(path)
    return path


def test_a_bare_year_is_the_years_end_as_a_clerk_reads_it() -> None:
    assert parse_deadline_text("2024") == YearMonth(2024, 12)
    assert parse_deadline_text("Năm 2024") == YearMonth(2024, 12)
    assert parse_deadline_text("24") is None
    assert parse_deadline_text("2024-Q1") is None


def test_a_date_formatted_to_hide_its_month_reads_as_excel_shows_it(tmp_path: Path) -> None:
    source = _formatted(tmp_path)
    result = _import(source)
    assert result.exit_code == 1, result.output  # I.3, I.4 and I.7 need a person
    deadlines = {i: t["deadline"] for i, t in _targets(result).items()}
    assert deadlines == {
        "I.1": {"text": "2024", "due": "2024-12"},  # never 01/2024, January
        "I.2": {"text": "Năm 2024", "due": "2024-12"},
        "I.3": {"text": "24", "due": "ongoing"},
        "I.4": {"text": "2024-Q1", "due": "ongoing"},
        "I.5": {"text": "2024", "due": "2024-12"},  # typed: the same reading
        "I.6": {"text": "2024", "due": "2024-12"},
        "I.7": {"text": "30", "due": "ongoing"},
        "I.8": {"text": "30/06/2024", "due": "2024-06"},  # read as before
    }
    marks = {i: t.get("needs_review") for i, t in _targets(result).items()}
    assert marks == {
        "I.1": None,
        "I.2": None,
        "I.3": ["Thời gian hoàn thành: không đọc được thời hạn '24' (trang Phụ lục, ô F9)"],
        "I.4": ["Thời gian hoàn thành: không đọc được thời hạn '2024-Q1' (trang Phụ lục, ô F10)"],
        "I.5": None,
        "I.6": None,
        "I.7": ["Thời gian hoàn thành: không đọc được thời hạn '30' (trang Phụ lục, ô F13)"],
        "I.8": None,
    }
    hint = "  gợi ý: viết 'Tháng 9/2024', 'Quý III/2024', '30/11/2024' hoặc 'Thường xuyên'"
    assert result.stderr.splitlines() == [
        f"{source}:Phụ lục!F9: không đọc được thời hạn '24'",
        hint,
        f"{source}:Phụ lục!F10: không đọc được thời hạn '2024-Q1'",
        f"{source}:Phụ lục!F13: không đọc được thời hạn '30'",
        "3 chỗ cần quyết định (`needs_review`): cds validate báo lỗi đến khi sửa xong.",
    ]
    english = _import(source, "--lang", "en")
    assert english.exit_code == 1
    assert english.stderr.splitlines() == [
        f"{source}:Phụ lục!F9: cannot read the deadline '24'",
        "  hint: write 'Tháng 9/2024', 'Quý III/2024', '30/11/2024' or 'Thường xuyên'",
        f"{source}:Phụ lục!F10: cannot read the deadline '2024-Q1'",
        f"{source}:Phụ lục!F13: cannot read the deadline '30'",
        "3 places need a decision (needs_review): cds validate flags them until fixed.",
    ]


# a11-11 --------------------------------------------------------------------------------------


def _merged_with_empty_paragraphs(path: Path) -> None:
    """I.2's and I.3's deadline cells merged down into one, "Tháng 10/2024", as Word merges
    them: the emptied cell's paragraph left under the text, and one more Enter above it."""
    from docx import Document

    document = Document(str(path))
    table = document.tables[0]
    rows = {tr.cells[0].text: tr for tr in table.rows}
    top, under = rows["2."].cells[5], rows["3."].cells[5]
    merged = top.merge(under)  # python-docx moves no empty paragraph: added as Word leaves it
    merged.add_paragraph("")
    merged.paragraphs[0].insert_paragraph_before("")
    document.save(str(path))


def test_what_no_person_wrote_around_a_word_cell_is_left_out(tmp_path: Path) -> None:
    rows = [
        ("header",),
        GROUP,
        # ("\n\n" a new paragraph) the text then an empty paragraph (an Enter); an empty one
        # then the text; a line break inside kept, two spaces after it dropped; an empty
        # paragraph between two kept
        ("1.", "Nội dung một.\n\n", "", "\n\nPhòng Y tế", "", "Tháng 9/2024\n\n", ""),
        ("2.", "Nội dung hai.", "", "Phòng Y tế\nPhòng Nội vụ  ", "", "Tháng 10/2024", ""),
        ("3.", "  Nội dung ba.\n\n\n\nđoạn hai.", "", "Phòng Y tế", "", "", ""),  # merged
    ]
    source = write_docx(tmp_path / "enter.docx", rows, HEADING_2024)
    _merged_with_empty_paragraphs(source)
    result = _import(source)
    assert result.exit_code == 0, result.output
    targets = _targets(result)
    assert [targets[i]["content"] for i in ("I.1", "I.2", "I.3")] == [
        "Nội dung một.",
        "Nội dung hai.",
        "Nội dung ba.\n\nđoạn hai.",  # the spaces before it dropped too (a13_06), the empty
        # line between paragraphs kept
    ]
    assert [targets[i]["lead"]["text"] for i in ("I.1", "I.2")] == [
        "Phòng Y tế",
        "Phòng Y tế\nPhòng Nội vụ",
    ]
    assert [targets[i]["deadline"] for i in ("I.1", "I.2", "I.3")] == [
        {"text": "Tháng 9/2024", "due": "2024-09"},
        {"text": "Tháng 10/2024", "due": "2024-10"},  # the merged cell, in both rows
        {"text": "Tháng 10/2024", "due": "2024-10"},
    ]


def test_what_no_person_wrote_around_an_excel_cell_is_left_out(tmp_path: Path) -> None:
    """Alt+Enter after the text, or before it, in a workbook's cell: the same reading."""
    rows = [("header",), GROUP, _row("1."), _row("2.")]
    path = write_xlsx(tmp_path / "enter.xlsx", rows, HEADING_2024)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["B7"], sheet["F7"] = "Nội dung một.\n", "Tháng 9/2024\n \n"
    sheet["B8"], sheet["F8"] = "\nDòng một\nDòng hai\t", "\n\nTháng 10/2024"
    book.save(path)
    result = _import(path)
    assert result.exit_code == 0, result.output
    targets = _targets(result)
    assert (targets["I.1"]["content"], targets["I.2"]["content"]) == (
        "Nội dung một.",
        "Dòng một\nDòng hai",
    )
    assert (targets["I.1"]["deadline"], targets["I.2"]["deadline"]) == (
        {"text": "Tháng 9/2024", "due": "2024-09"},
        {"text": "Tháng 10/2024", "due": "2024-10"},
    )
