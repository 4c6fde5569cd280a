"""A Word document counted on its XML against the limits of limits.py: paragraphs, rows and
cells of every part, each cell's grid span, and the text of each cell of the body's tables, at
the cell as `cds import` numbers it. Apart from the workbook count (limits_sheets.py) because
the two formats share nothing but the streaming and the refusal.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from cds_tracker.core.errors import CdsError, msg
from cds_tracker.registry.importing.limits import (
    MAX_CELL_TEXT,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_PARAGRAPHS,
    MAX_ROWS,
    MAX_TABLE_TEXT,
    _Counts,
    _elements,
    _refuse,
    refuse_table_text,
)


def check_docx(counts: _Counts, archive: zipfile.ZipFile, parts: list[str]) -> None:
    """Paragraphs, cells and rows of every part together (the body may be in any part the
    package names), each cell's grid span, and the text of each cell of the body's tables.
    Styles and numbering (styles.xml, numbering.xml) are bounded by MAX_ELEMENTS alone:
    python-docx parses them whole but makes no object of a style or a list until asked, and the
    reader of cell texts never asks."""
    path = counts.path
    paragraphs = cells = rows = 0
    place = msg("import.limit.document")
    for name in parts:
        text = _CellText(path)
        for event, tag, attributes, size in _elements(counts, archive, name, starts=True):
            if event == "start":
                text.start(tag)
                continue
            text.end(tag, size)
            if tag == "p":
                paragraphs += 1
                if paragraphs > MAX_PARAGRAPHS:
                    _refuse(path, place, "import.limit.paragraphs", paragraphs, MAX_PARAGRAPHS)
            elif tag == "tc":
                cells += 1
                if cells > MAX_CELLS:
                    _refuse(path, place, "import.limit.cells", cells, MAX_CELLS)
            elif tag == "tr":
                rows += 1
                if rows > MAX_ROWS:
                    _refuse(path, place, "import.limit.rows", rows, MAX_ROWS)
            elif tag in ("gridSpan", "gridBefore", "gridAfter"):
                value = _span(path, text, tag, attributes.get("val", "1"))
                if value > MAX_COLUMNS:
                    _refuse(path, place, "import.limit.span", value, MAX_COLUMNS)
                if tag == "gridSpan" and text.depth == 1:
                    text.span = value  # its own cell's, not a cell's of a table inside it
                # A cell is read once per grid column it spans (and a row's skipped columns
                # are laid out): 40000 cells of span 256 are ten million. Its `tc` counts one.
                cells += value - 1 if tag == "gridSpan" else value
                if cells > MAX_CELLS:
                    _refuse(path, place, "import.limit.cells", cells, MAX_CELLS)


def _span(path: Path, text: _CellText, tag: str, span: str) -> int:
    """A `gridSpan` (columns a cell spans; at least 1) or `gridBefore`/`gridAfter` (grid
    columns a row skips; 0 or more) as a number. A value that is none ("abc", "-3", a span
    "0": a damaged file) is refused at its cell in a body's table, as the reader numbers it;
    elsewhere (a header's table, never read) it counts as 1."""
    low = 1 if tag == "gridSpan" else 0
    value = int(span) if span.isascii() and span.isdigit() else -1
    if value >= low:
        return value
    if not text.depth:
        return 1
    where = f"{path.name}:{text.table}:{text.row}:{text.column}"
    raise CdsError(
        msg("import.bad_span", where=where, tag=tag, value=span),
        hint=msg("import.hint.bad_span"),
    )


class _CellText:
    """The text (`w:t`) of each cell of a table of a Word body, and of each such table, as
    written (a merged cell once), refused past MAX_CELL_TEXT or MAX_TABLE_TEXT at the cell that
    passes it, said as `cds import` says a cell: `table:row:column`, numbered as the reader
    numbers them (the body's tables in order; a row's cells by the grid columns they span). A
    table inside a cell counts in that cell."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.body = False
        self.table = self.depth = self.row = self.column = self.span = 0
        self.cell = self.total = 0

    def start(self, tag: str) -> None:
        if tag == "body":
            self.body = True
        elif not self.body:
            return
        elif tag == "tbl":
            self.depth += 1
            if self.depth == 1:
                self.table, self.row, self.total = self.table + 1, 0, 0
        elif self.depth == 1 and tag == "tr":
            self.row, self.column, self.span = self.row + 1, 1, 1
        elif self.depth == 1 and tag == "tc":
            self.cell, self.span = 0, 1

    def end(self, tag: str, size: int) -> None:
        if not self.depth:
            return
        if tag == "t":
            self.cell += size
            self.total += size
            place = f"{self.table}:{self.row}:{self.column}"
            if self.cell > MAX_CELL_TEXT:
                _refuse(self.path, place, "import.limit.cell_text", self.cell, MAX_CELL_TEXT)
            if self.total > MAX_TABLE_TEXT:
                refuse_table_text(self.path, self.table, None, self.row, self.total)
        elif tag == "tbl":
            self.depth -= 1
        elif self.depth == 1 and tag == "tc":
            self.column += self.span
