"""A workbook's cells counted on its XML, placed as openpyxl places them, against the limits of
limits.py: a sheet's rows, columns and cells, the grid all sheets make together, and what openpyxl
makes an object of besides cells (styles, shared strings, listed sheets). Apart from the Word
count (limits_word.py) because the two formats share nothing but the streaming and the refusal.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from cds_tracker.core.errors import Msg, msg
from cds_tracker.registry.importing.limits import (
    _FAR,
    MAX_AREA,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_RECORDS,
    MAX_ROWS,
    MAX_SHEETS,
    MAX_STRINGS,
    _Counts,
    _elements,
    _refuse,
)


def check_xlsx(counts: _Counts, archive: zipfile.ZipFile, parts: list[str]) -> None:
    """Each part's cells, placed as openpyxl places them (worksheet/_reader.py): a row's `r`
    or the row after the last; a cell's `r` (any case, `$` allowed) or the column after the
    last; a merged range parsed by openpyxl's own `range_boundaries`. And what openpyxl makes an
    object of besides cells: records of each part, shared strings of the whole file."""
    path, sheet, area, listed = counts.path, 0, 0, 0
    for name in parts:
        grid = _Grid(path, _Extent(path, area))
        depth = 0  # inside a sheet's cells (sheetData) or a shared strings part
        for event, tag, attributes, _ in _elements(counts, archive, name, starts=True):
            if event == "start":
                if tag == "worksheet":
                    sheet += 1
                    grid.place = msg("import.limit.sheet", number=sheet)
                elif tag == "sheet":  # one the workbook lists, read or not
                    listed += 1
                    if listed > MAX_SHEETS:
                        _refuse(path, "", "import.limit.listed", listed, MAX_SHEETS)
                elif tag in ("sheetData", "sst"):
                    depth += 1
                elif tag == "row":
                    grid.row(attributes)
                continue
            if tag in ("sheetData", "sst"):
                depth -= 1
            elif not depth:
                counts.records += 1
                if counts.records > MAX_RECORDS:
                    _refuse(path, name, "import.limit.records", counts.records, MAX_RECORDS)
            if tag == "si":
                counts.strings += 1
                if counts.strings > MAX_STRINGS:
                    _refuse(path, name, "import.limit.strings", counts.strings, MAX_STRINGS)
            elif tag in ("c", "mergeCell"):
                grid.cell(tag, attributes)
        area = grid.extent.total()


class _Grid:
    """One part's cells and merges as openpyxl places them, refused past a limit."""

    def __init__(self, path: Path, extent: _Extent) -> None:
        self.path, self.extent = path, extent
        self.place: Msg | str = ""
        self.cells = self.rows = self.column = 0

    def row(self, attributes: dict[str, str]) -> None:
        self.rows = _row_number(attributes.get("r"), self.rows)
        self.column = 0
        self.bound(self.rows, 1)

    def cell(self, tag: str, attributes: dict[str, str]) -> None:
        from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries

        if tag == "c":
            self.cells += 1
            if "r" in attributes:
                self.rows, self.column = coordinate_to_tuple(attributes["r"])
            else:
                self.column += 1
            self.bound(self.rows, self.column)
        else:
            min_col, min_row, max_col, max_row = range_boundaries(attributes.get("ref", ""))
            top, left = min_row or 1, min_col or 1
            bottom, right = max_row or 1_048_576, max_col or 16_384  # "A:A", "1:1"
            self.bound(max(top, bottom), max(left, right))
            self.cells += (abs(bottom - top) + 1) * (abs(right - left) + 1)
        if self.cells > MAX_CELLS:
            _refuse(self.path, self.place, "import.limit.cells", self.cells, MAX_CELLS)

    def bound(self, row: int, column: int) -> None:
        _bound(self.path, self.place, row, column)
        self.extent.grow(self.place, row, column)


class _Extent:
    """The grid one sheet makes (its last row × its last column) added to the sheets' before
    (`before`), refused past MAX_AREA as soon as a cell takes it there."""

    def __init__(self, path: Path, before: int) -> None:
        self.path, self.before, self.rows, self.columns = path, before, 0, 0

    def grow(self, place: Msg | str, row: int, column: int) -> None:
        self.rows, self.columns = max(self.rows, row), max(self.columns, column)
        if self.total() > MAX_AREA:
            _refuse(self.path, place, "import.limit.area", self.total(), MAX_AREA, _FAR)

    def total(self) -> int:
        return self.before + self.rows * self.columns


def _row_number(text: str | None, last: int) -> int:
    if text is None:
        return last + 1
    number = float(text)  # openpyxl reads "7" and "7.0" alike and refuses other text
    return int(number) if number.is_integer() and abs(number) < 2**31 else MAX_ROWS + 1


def _bound(path: Path, place: Msg | str, row: int, column: int) -> None:
    """A sheet's cell far beyond any appendix: said as a sheet that reaches too far (one cell
    typed at XFD1048576 makes a 5 KB file), not as a file too large."""
    if row > MAX_ROWS:
        _refuse(path, place, "import.limit.rows", row, MAX_ROWS, _FAR)
    if column > MAX_COLUMNS:
        _refuse(path, place, "import.limit.columns", column, MAX_COLUMNS, _FAR)
