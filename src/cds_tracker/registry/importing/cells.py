"""Reading a Word or Excel file into plain tables of cell texts, with python-docx and openpyxl.

Both readers give every row one text per grid column. A merged cell's text is repeated in each
column (and, for a cell merged down, each row) it covers, as Word shows it; the appendix parser
relies on that to read a merged header ("Phân công thực hiện" over three columns) and a group row
merged across the table. Texts are NFC and otherwise as written; paragraphs and line breaks
inside a cell become "\\n", an empty paragraph an empty line; the empty lines before a cell's
text and the spaces and empty lines after it are no text a person wrote (`core.text.trimmed`).
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cds_tracker.core.errors import CdsError, DataError, Problem, UsageError, msg, os_reason
from cds_tracker.core.text import nfc, trimmed

if TYPE_CHECKING:
    from cds_tracker.registry.importing.heard import ReadNote


@dataclass(frozen=True)
class Table:
    number: int  # 1-based: the table's place in the document, or the sheet's in the workbook
    rows: tuple[tuple[str, ...], ...]  # row r (1-based) is rows[r - 1]
    before: tuple[str, ...] = ()  # the paragraphs before the table (a Word appendix's heading)
    # A Word table may go on in the next table (split at a page) without its header; a sheet
    # never continues another sheet.
    may_continue: bool = True
    sheet: str | None = None  # a sheet's name: its cells are said as "Phụ lục!E8"
    # (row, column), 1-based, of a sheet's cells holding a formula without a stored result
    # (written by a program, never recalculated by Excel): read as empty, said as a formula.
    formulas: frozenset[tuple[int, int]] = frozenset()
    # (row, column) → "time", "duration" or "boolean": a sheet's cell holding no text nor date
    kinds: dict[tuple[int, int], str] = field(default_factory=dict)
    # (row, column) → its number format, one not rendered (sheet_cells.excel_text): the value is
    # read as stored, the cell a problem for a person to check
    formats: dict[tuple[int, int], str] = field(default_factory=dict)
    # (row, column) → the number Word numbers the cell's first paragraph with ("1.", "II.";
    # "" for a format not computed: word_numbers.py): shown by Word, not in the cell's text
    numbered: dict[tuple[int, int], str] = field(default_factory=dict)
    # Each merged cell covering more than one cell: (first row, first column, last row, last
    # column), 1-based; the readers repeat its text in each, merge_checks.py says where that
    # gave a cell another's text (a content merged down over targets, across a group row).
    merges: tuple[tuple[int, int, int, int], ...] = ()


def read_tables(path: Path, notes: list[ReadNote] | None = None) -> list[Table]:
    """The file's tables; what its reading met that a person should know (a workbook's date
    cell out of range, a sheet skipped: heard.py) is added to `notes` when given."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".docm", ".xlsx", ".xlsm"):
        from cds_tracker.registry.importing import limits

        data = _read(path)
        if old_container(data):  # before any reader: none of them reads this container
            raise _old_container(path)
        try:
            limits.check(path, data)  # before the readers expand a hostile grid
            with unheard():
                if suffix in (".docx", ".docm"):
                    tables = _docx_tables(path, io.BytesIO(data), notes)
                else:
                    tables = _xlsx_tables(io.BytesIO(data), notes if notes is not None else [])
            limits.check_tables(path, tables)  # before a cell's text is resolved or written
            return tables
        except CdsError:
            raise  # a usage error, a limit passed: already in the user's words
        except Exception as error:
            raise (_really(path, data) or damaged(path, error)) from None
    key = {".doc": "import.hint.doc", ".xls": "import.hint.xls"}.get(suffix, "import.hint.kind")
    raise UsageError(msg("import.wrong_kind", file=path.name), hint=msg(key, file=path.name))


# The Office 97-2003 container (OLE compound file): an old .doc or .xls, and also every .docx
# or .xlsx saved with a password (Office encrypts the file into that same container).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def old_container(data: bytes) -> bool:
    """The file is in that container: no reader of .docx or .xlsx opens it. The one test, of
    `cds import` and of a return form's import (progress/form_import.py) alike."""
    return data.startswith(OLE_MAGIC)


def _old_container(path: Path) -> DataError:
    """A file in the Office 97-2003 container under a .docx/.xlsx name: what it may be (an old
    file renamed, or a password-protected one: the bytes do not tell which without the
    password) and the Save As that makes it readable, as a .doc's hint says it."""
    word = path.suffix.lower() in (".docx", ".docm")
    old = ".doc" if word else ".xls"
    said = msg("import.old_container", suffix=path.suffix, old=old)
    renamed = path.with_suffix(old).name  # soffice writes NAME.docx: never over the file itself
    hint = msg("import.hint.old_container", renamed=renamed, kind="docx" if word else "xlsx")
    return DataError(
        msg("import.unreadable", file=path.name), (Problem(str(path), 1, 1, said, hint),)
    )


@contextlib.contextmanager
def unheard() -> Iterator[None]:
    """Silence what openpyxl and python-docx warn while reading: in English, with the library's
    own file paths, quoting the file's text raw (a custom property named with terminal escapes
    went to stderr as is). Each warns of something it cannot keep on writing the file back
    (defined names, extensions, custom property types, a missing style, drawings), which a
    reader of cell texts never does. The two that change what is read, a date cell out of range
    (read as "#VALUE!") and a sheet skipped, `cds import` says as notes at their place
    (heard.py); `cds forms import` still reads such a cell as "#VALUE!" without a note."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _read(path: Path) -> bytes:
    """The file's bytes, opened non-blocking: a named pipe put at the path is refused, never
    waited on (core/files.py); what the system refuses is said in the reader's words."""
    from cds_tracker.core.files import read_regular
    from cds_tracker.registry.importing import limits

    try:
        limits.check_size(path, path.stat().st_size)
        return read_regular(path)
    except OSError as error:
        # A Path value is said on one line, its controls as pictures (words.label).
        raise DataError(msg("os.failed", path=path, reason=os_reason(error))) from None


def damaged(path: Path, error: Exception) -> DataError:
    """The one answer to "the library could not read this file": whatever zipfile, ElementTree,
    lxml, zlib, openpyxl or python-docx raised on a damaged file (BadZipFile, ParseError,
    KeyError, ValueError, TypeError, IndexError, zlib.error, UnicodeDecodeError…) means the same
    to the user, so it is a located message (exit 1), never an internal error."""
    return DataError(
        msg("import.unreadable", file=path.name),
        (
            Problem(
                str(path),
                1,
                1,
                msg("import.damaged", reason=_reason(error)),
                msg("import.hint.damaged"),
            ),
        ),
    )


def _really(path: Path, data: bytes) -> DataError | None:
    """A Word document named .xlsx, or a workbook named .docx (renamed, or saved under the other
    kind's name): said as such, with the name to give it; None for any other file."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    suffix = path.suffix.lower()
    right = (
        ".xlsx" if "xl/workbook.xml" in names else ".docx" if "word/document.xml" in names else ""
    )
    same = {".xlsx": (".xlsx", ".xlsm"), ".docx": (".docx", ".docm")}.get(right, ())
    if not right or suffix in same:
        return None
    kind = msg("import.kind.xlsx" if right == ".xlsx" else "import.kind.docx")
    renamed = path.with_suffix(right).name
    hint = msg("import.hint.really", right=right, file=path.name, renamed=renamed)
    said = msg("import.really", suffix=path.suffix, kind=kind)
    return DataError(
        msg("import.unreadable", file=path.name), (Problem(str(path), 1, 1, said, hint),)
    )


def _reason(error: Exception) -> str:
    """The reader's own words, or at least the kind of failure when it gave none."""
    return str(error).strip() or type(error).__name__


def _verbatim(text: str) -> str:
    """A text as written, NFC: its spaces, tabs and empty lines kept. The one change: a line
    break written CR LF or CR is LF, the one break Word and Excel store in a cell
    (docs/registry-format.md, "Round trip")."""
    return nfc(text).replace("\r\n", "\n").replace("\r", "\n")


def _cell(text: str) -> str:
    """A Word or Excel cell's text, the one place either is read: as written (`_verbatim`: the
    appendix parser reads numbers, titles, units and deadlines whatever the spaces around
    them), less what no person wrote (`trimmed`): an Enter after "Tháng 9/2025", the empty
    paragraphs Word leaves in a cell merged down, were a text "Tháng 9/2025\\n" that the next
    revision, without them, recorded as a change (attack 11)."""
    return trimmed(_verbatim(text))


def tidy(text: str) -> str:
    """A heading line's text: each line stripped, empty lines left out."""
    lines = (line.strip() for line in _verbatim(text).split("\n"))
    return "\n".join(line for line in lines if line)


# A line break (a manual one, two paragraphs, Alt+Enter in Excel, U+2028) or a tab, with the
# spaces around it. A content cell keeps its lines ("\n", as written); a group's title is one
# line wherever it is printed (a table's group row, a letter's heading), and `validate` refuses
# a control character in it (rules_groups.py): "I. CHỈ TIÊU VỀ" over "DỮ LIỆU SỐ" is one title.
_BREAK = re.compile(r"\s*[\t\n\v\f\r\x85\u2028\u2029]\s*")


def one_line(text: str) -> str:
    """A group's title as one line: each break between its lines read as one space."""
    return _BREAK.sub(" ", text.strip())


def cell_place(table: int, row: int, col: int, sheet: str | None = None) -> str:
    """Where a cell is: `table:row:column` in a Word file, `sheet!cell` in a workbook, as Excel
    and `cds forms import` say it ("Phụ lục!E8"); its one home, for a problem and a limit."""
    if sheet is None:
        return f"{table}:{row}:{col}"
    from openpyxl.utils import get_column_letter

    from cds_tracker.output.sanitize import visible_line

    return f"{visible_line(sheet)}!{get_column_letter(col)}{row}"


def _docx_tables(path: Path, stream: BinaryIO, notes: list[ReadNote] | None) -> list[Table]:
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


def _xlsx_tables(stream: BinaryIO, notes: list[ReadNote]) -> list[Table]:
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
