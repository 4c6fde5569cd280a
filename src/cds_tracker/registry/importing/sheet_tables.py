"""A workbook's sheets read into cell texts with openpyxl: each visible sheet's grid filled from
the cells the file holds, merged cells repeated, formulas without a stored result and rows Excel
shows hidden found on the file's own parts. Apart from cells.py, which opens the file, refuses
what no reader opens and says a damaged one, as word_tables.py is for a Word document.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, BinaryIO

from cds_tracker.registry.importing.cells import Table, _cell, _verbatim, unheard

if TYPE_CHECKING:
    from cds_tracker.registry.importing.heard import ReadNote


def xlsx_tables(stream: BinaryIO, notes: list[ReadNote]) -> list[Table]:
    """`load_workbook`'s steps, keeping its reader: the workbook's list of sheets tells which
    were skipped; its warnings are caught to be said as notes (heard.py)."""
    from openpyxl.reader.excel import ExcelReader

    from cds_tracker.registry.importing.heard import ReadNote, workbook_notes
    from cds_tracker.registry.importing.sheet_cells import unseen

    reader = ExcelReader(stream, read_only=False, data_only=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reader.read()
    book = reader.wb
    notes += workbook_notes(caught, book, [sheet.name for sheet in reader.parser.sheets])
    formulas = _formulas(stream)
    collapsed = _collapsed(reader, stream)
    tables: list[Table] = []
    for number, sheet in enumerate(book.worksheets, 1):
        if sheet.sheet_state != "visible":  # a draft, an old version: not the plan people see
            notes.append(ReadNote("import_read_hidden_sheet", {"sheet": sheet.title}))
            continue
        kinds: dict[tuple[int, int], str] = {}
        odd: dict[tuple[int, int], tuple[str, str, str]] = {}
        grid = _xlsx_grid(sheet, kinds, odd)
        formats = {spot: fmt for spot, (why, fmt, _) in odd.items() if why == "format"}
        for (r, c), (why, fmt, text) in odd.items():
            if why == "hidden":
                values = {"text": text, "format": fmt}
                notes.append(ReadNote("import_read_format_hidden", values, number, r, c))
        for merged in sheet.merged_cells.ranges:
            top = grid[merged.min_row - 1][merged.min_col - 1]
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    grid[r - 1][c - 1] = top
        notes += unseen(sheet, grid, number, collapsed.get(sheet.title, set()))
        rows = tuple(tuple(row) for row in grid)
        unread = frozenset(
            spot
            for spot in formulas.get(sheet.title, ())
            if spot not in sheet._cells or sheet._cells[spot].value is None
        )
        sheet_name = sheet.title
        merges = tuple(
            (m.min_row, m.min_col, m.max_row, m.max_col) for m in sheet.merged_cells.ranges
        )
        table = Table(number, rows, (), False, sheet_name, unread, kinds, formats, merges=merges)
        tables.append(table)
    return tables


def _collapsed(reader: Any, stream: BinaryIO) -> dict[str, set[int]]:
    """Each sheet's rows of a custom height that state none (`customHeight="1"` without `ht`,
    as openpyxl writes a row given height 0): Excel shows them hidden. openpyxl's row objects
    keep no `customHeight` (it is worked out from `ht`), so the rows' attributes are read from
    the sheet's part, the one openpyxl read the sheet from (limits.py has bounded it)."""
    import zipfile

    from openpyxl.xml.functions import iterparse

    row_tag = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}row"
    found: dict[str, set[int]] = {}
    stream.seek(0)
    archive = zipfile.ZipFile(stream)  # the reader's own is closed once it has read
    for sheet, rel in reader.parser.find_sheets():
        if rel.target not in reader.valid_files or "worksheet" not in rel.Type:
            continue
        rows: set[int] = set()
        with archive.open(rel.target) as part:
            for _, element in iterparse(part):
                if element.tag != row_tag:
                    continue
                custom = element.get("customHeight", "").lower() in ("1", "true")
                number = element.get("r", "")
                if custom and element.get("ht") is None and number.isdigit():
                    rows.add(int(number))
                element.clear()
        found[sheet.name] = rows
    return found


def _formulas(stream: BinaryIO) -> dict[str, set[tuple[int, int]]]:
    """Each sheet's cells holding a formula, by the sheet's name: openpyxl reading the values
    (data_only) gives a formula's stored result, or None when it has none, as an empty cell."""
    from openpyxl import load_workbook

    stream.seek(0)
    with unheard():  # its warnings are the first reading's, said there (heard.py)
        book = load_workbook(stream, data_only=False)
    return {
        sheet.title: {spot for spot, cell in sheet._cells.items() if cell.data_type == "f"}
        for sheet in book.worksheets
    }


def _xlsx_grid(
    sheet: Any, kinds: dict[tuple[int, int], str], odd: dict[tuple[int, int], tuple[str, str, str]]
) -> list[list[str]]:
    """The sheet's text from A1 to its last row and column, as `iter_rows` gives it, filled from
    the cells the file holds: `iter_rows` makes a cell object for every place of the grid (a
    sheet of two cells, A1 and IV10000, was 940 MB). limits.py bounds the grid's size. A cell
    holding a time, a duration or true/false is shown as Excel shows it, its kind in `kinds`;
    one whose number format is not rendered, or hides its value, in `odd`: (why, its format,
    its stored text)."""
    from cds_tracker.registry.importing.sheet_cells import cell_text, excel_text

    if not sheet._cells:  # openpyxl's own map (row, column) → cell; no public way to walk it
        return []  # as iter_rows gives an empty sheet
    rows, columns = sheet.max_row, sheet.max_column  # each a walk over every cell: once
    grid = [[""] * columns for _ in range(rows)]
    epoch = sheet.parent.epoch
    for (row, column), cell in sheet._cells.items():
        text, kind, why = excel_text(cell.value, cell.number_format, epoch)
        if why is not None:
            stored = _verbatim(cell_text(cell.value, cell.number_format)[0])
            odd[(row, column)] = (why, cell.number_format, stored)
        grid[row - 1][column - 1] = _cell(text)
        if kind is not None:
            kinds[(row, column)] = kind
    return grid
