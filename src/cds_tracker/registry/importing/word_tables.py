"""A Word document's tables read into cell texts with python-docx: the body's tables, those in
a content control too, each with the paragraphs before it, a cell merged down read in one pass,
Word's automatic numbers kept by cell. Apart from cells.py, which opens the file, refuses what
no reader opens and says a damaged one, as sheet_tables.py is for a workbook.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cds_tracker.core.errors import CdsError, msg
from cds_tracker.registry.importing.cells import Table, _cell, cell_place, tidy

if TYPE_CHECKING:
    from cds_tracker.registry.importing.heard import ReadNote


def docx_tables(path: Path, stream: BinaryIO, notes: list[ReadNote] | None) -> list[Table]:
    """The body's tables, those in a content control too, each with the paragraphs before it;
    texts as Word shows them (word_text.py), what was read differently said in `notes`."""
    from cds_tracker.registry.importing.word_numbers import labels
    from cds_tracker.registry.importing.word_text import Hidden, body_blocks, paragraph_text

    document = _word_document(stream)
    tables: list[Table] = []
    before: list[str] = []
    heard = notes if notes is not None else []
    hidden = Hidden(document.styles)
    numbers = labels(document)
    for block in body_blocks(document.element.body):
        if block.tag.endswith("}tbl"):
            numbered: dict[tuple[int, int], str] = {}
            reading = _Reading(hidden, numbers, numbered)
            rows = _docx_rows(path, len(tables) + 1, block, heard, reading)
            merges = tuple((a, b, c, d) for a, b, c, d in reading.spans if c > a or d > b)
            table = Table(len(tables) + 1, rows, tuple(before), numbered=numbered, merges=merges)
            tables.append(table)
            before = []
        elif text := tidy(paragraph_text(block)):
            before.append(text)
    return tables


def _word_document(stream: BinaryIO) -> Any:
    """python-docx's `Document(stream)`, which refuses a macro-enabled document (.docm) by its
    content type alone: its text is read the same way, its main part made a DocumentPart as
    python-docx's own __init__ registers the .docx one; its macros (word/vbaProject.bin) are a
    part nobody opens here, never run, as openpyxl leaves an .xlsm's."""
    from docx.opc.constants import CONTENT_TYPE
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    PartFactory.part_type_for.setdefault(_DOCM_MAIN, DocumentPart)
    part = Package.open(stream).main_document_part
    if part.content_type not in (CONTENT_TYPE.WML_DOCUMENT_MAIN, _DOCM_MAIN):
        raise ValueError(part.content_type)  # said as a damaged file, this its reason
    return part.document


_DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


@dataclass(frozen=True)
class _Reading:
    """What a Word table's reading uses and fills: whether a run is hidden (word_text.Hidden),
    Word's automatic numbers by paragraph and, filled, by cell."""

    hidden: Any
    numbers: dict[Any, str]
    numbered: dict[tuple[int, int], str]
    # each cell's [first row, first column, last row, last column], filled: Table.merges
    spans: list[list[int]] = field(default_factory=list)


def _docx_rows(
    path: Path, number: int, tbl: Any, notes: list[ReadNote], reading: _Reading | None = None
) -> tuple[tuple[str, ...], ...]:
    """The table's rows as python-docx's `row.cells` gives them (a cell spanning columns once
    per column, a cell merged down given in each row it covers, a row's omitted grid columns
    before and after left out), read in one pass: `row.cells` walks up the whole merge chain for
    each cell of each row, so a column merged down N rows cost N² (a 200-row table: 40 s). Here
    each row's cells by grid offset carry the cell above to the next row. A cell that goes on
    the one above (vMerge) where no cell above starts at its column is refused at its place.
    Rows and cells inside a content control are read too (word_text.py); a row deleted as a
    tracked change is read as empty, said in a note."""
    from cds_tracker.registry.importing.heard import ReadNote
    from cds_tracker.registry.importing.word_text import Seen, cell_lines, cells, deleted, rows

    # grid offset → (the merge's top tc, its text, where the merge stands: Table.merges)
    above: dict[int, tuple[Any, str, list[int]]] = {}
    read: list[tuple[str, ...]] = []
    for tr in rows(tbl):
        here: dict[int, tuple[Any, str, list[int]]] = {}
        row: list[str] = []
        offset = tr.grid_before
        if deleted(tr):
            notes.append(ReadNote("import_read_deleted_row", {}, number, len(read) + 1, 1))
            above = {}
            read.append(())
            continue
        for tc in cells(tr):
            if tc.vMerge == "continue":
                if offset not in above:  # no cell above starts at this column
                    place = cell_place(number, len(read) + 1, len(row) + 1)
                    raise CdsError(
                        msg("import.no_cell_above", where=f"{path.name}:{place}"),
                        hint=msg("import.hint.no_cell_above"),
                    )
                top, text, spot = above[offset]
                spot[2] = len(read) + 1
            else:
                seen = Seen(reading.hidden if reading else None)  # hidden: by format or style
                top, text = tc, _cell("\n".join(cell_lines(tc, seen)))
                notes += seen.notes(number, len(read) + 1, len(row) + 1)
                r, c = len(read) + 1, len(row) + 1
                spot = [r, c, r, c + top.grid_span - 1]
                if reading is not None:
                    reading.spans.append(spot)
            label = _first_number(top, reading.numbers) if reading else None
            if reading and label is not None:  # "": numbered, in a format not computed
                for col in range(len(row) + 1, len(row) + 1 + top.grid_span):
                    reading.numbered[(len(read) + 1, col)] = label
            here[offset] = (top, text, spot)
            row += [text] * top.grid_span
            offset += tc.grid_span
        above = here
        read.append(tuple(row))
    return tuple(read)


def _first_number(tc: Any, numbers: dict[Any, str]) -> str | None:
    """The automatic number of a cell's first paragraph, None when it has none."""
    from docx.oxml.ns import qn

    first = next(tc.iter(qn("w:p")), None)
    return None if first is None else numbers.get(first)
