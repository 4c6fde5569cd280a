"""Reading a Word or Excel file into plain tables of cell texts, with python-docx and openpyxl.

Both readers give every row one text per grid column. A merged cell's text is repeated in each
column (and, for a cell merged down, each row) it covers, as Word shows it; the appendix parser
relies on that to read a merged header ("Phân công thực hiện" over three columns) and a group row
merged across the table. Texts are NFC and otherwise as written; paragraphs and line breaks
inside a cell become "\\n", an empty paragraph an empty line; the empty lines before a cell's
text and the spaces and empty lines after it are no text a person wrote (`core.text.trimmed`).

Here: the file opened and refused or said damaged, a cell's text made, a cell's place said;
each reader's walk is in word_tables.py (python-docx) and sheet_tables.py (openpyxl).
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

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
                    from cds_tracker.registry.importing.word_tables import docx_tables

                    tables = docx_tables(path, io.BytesIO(data), notes)
                else:
                    from cds_tracker.registry.importing.sheet_tables import xlsx_tables

                    tables = xlsx_tables(io.BytesIO(data), notes if notes is not None else [])
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
