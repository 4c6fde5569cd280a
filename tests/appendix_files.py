"""Build appendix tables as Word and Excel files, shaped like real ones, for the import tests.

A row is ("header",) for the two-row header ("Phân công thực hiện" merged over the three
assignment columns, the other titles merged down), ("numbering",) for "(1) … (7)", ("group", text)
for a group row merged across the table, ("table",) to go on in a new table (Word splits a
table at a page that way), or a tuple of 7 cell texts. In a cell "\\n" is a manual
line break and "\\n\\n" a new paragraph.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cds_tracker.core import records

TITLES = ("Stt", "Nội dung chỉ tiêu", "Thời gian hoàn thành", "Ghi chú")
SPAN = "Phân công thực hiện"
SUBTITLES = ("Trực tiếp chỉ đạo", "Đơn vị chủ trì", "Đơn vị phối hợp")
WIDTH = 7
Row = tuple[str, ...]


HEADING_2024 = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
"""The heading above a 2024 plan's appendix table, as the tests' Word and Excel files print it."""


def registry_rows(registry: records.Registry) -> list[Row]:
    """The registry's appendix as its own export lays it out: header, then groups and targets."""
    rows: list[Row] = [("header",)]
    for group in registry.groups:
        rows.append(("group", f"{group.id}. {group.title}"))
        for t in group.targets:
            cells = (t.directing.text, t.lead.text, t.cooperating.text, t.deadline.text, t.notes)
            rows.append((f"{t.number}.", t.content, *cells))
    return rows


def preamble(document: records.Document) -> list[str]:
    return [document.appendix, document.title, f"(Kèm theo {document.plan.reference})"]


def write_docx(path: Path, rows: list[Row], heading: list[str] = ()) -> Path:  # type: ignore[assignment]
    from docx import Document

    doc = Document()
    for line in heading:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=WIDTH)
    for row in rows:
        if row[0] == "table":
            doc.add_paragraph("")
            table = doc.add_table(rows=0, cols=WIDTH)
        elif row[0] == "header":
            top, sub = table.add_row(), table.add_row()
            for col, text in zip((0, 1, 5, 6), TITLES, strict=True):
                top.cells[col].merge(sub.cells[col]).text = text
            top.cells[2].merge(top.cells[4]).text = SPAN
            for col, text in enumerate(SUBTITLES, 2):
                sub.cells[col].text = text
        elif row[0] == "numbering":
            for col, cell in enumerate(table.add_row().cells, 1):
                cell.text = f"({col})"
        elif row[0] == "group":
            cells = table.add_row().cells
            cells[0].merge(cells[WIDTH - 1]).text = row[1]
        else:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                _docx_cell(cell, text)
    doc.save(str(path))
    return path


def _docx_cell(cell: Any, text: str) -> None:
    """Paragraphs for "\\n\\n", manual line breaks (w:br) for "\\n" within a paragraph."""
    for i, paragraph_text in enumerate(text.split("\n\n")):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        for j, line in enumerate(paragraph_text.split("\n")):
            run = paragraph.add_run(line)
            if j < len(paragraph_text.split("\n")) - 1:
                run.add_break()


def write_xlsx(path: Path, rows: list[Row], heading: list[str] = ()) -> Path:  # type: ignore[assignment]
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Phụ lục"
    for line in heading:
        sheet.append([line])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=WIDTH
        )
    for row in rows:
        if row[0] == "header":
            sheet.append(["Stt", "Nội dung chỉ tiêu", SPAN, None, None, *TITLES[2:]])
            top = sheet.max_row
            sheet.append([None, None, *SUBTITLES, None, None])
            sheet.merge_cells(start_row=top, start_column=3, end_row=top, end_column=5)
            for col in (1, 2, 6, 7):
                sheet.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
        elif row[0] == "numbering":
            sheet.append([f"({col})" for col in range(1, WIDTH + 1)])
        elif row[0] == "group":
            sheet.append([row[1]])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=WIDTH
            )
        else:
            sheet.append([text.replace("\n\n", "\n") for text in row])
    book.save(path)
    return path
