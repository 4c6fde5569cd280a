"""Sane limits on a Word or Excel file, checked on its XML before python-docx or openpyxl expand it.

A 5 KB workbook with a cell at XFD1048576, one merge over a million cells, a `gridSpan` of fifty
million or five million empty paragraphs each make the readers build a grid or a list of that
size: minutes of work and gigabytes of memory from a file attached to an e-mail. A plan's appendix
is a few hundred rows of some ten columns, so each limit is far above any real one; past it the
file is refused with the place that breaks it, before anything is expanded.

Here: the limits, the parts streamed, the tables as read and how a refusal is said; each
format's own count is in limits_sheets.py (a workbook) and limits_word.py (a Word document).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cds_tracker.core.errors import CdsError, Figure, Msg, msg

if TYPE_CHECKING:
    from cds_tracker.registry.importing.cells import Table

MAX_UNPACKED = 64 * 1024 * 1024  # bytes, all parts of the file together
MAX_ROWS = 10_000  # rows of a sheet or a Word table
MAX_COLUMNS = 256  # columns of a sheet; grid columns a Word row spans
MAX_CELLS = 200_000  # cells of a sheet (merged ones counted), cells of all Word tables
MAX_PARAGRAPHS = 200_000  # paragraphs of a Word document
# Rows × columns of every sheet together, each sheet as far as its last cell: openpyxl and the
# reader build that grid whole, so a sheet of two cells, A1 and IV10000, is 2.56 million cells.
MAX_AREA = 1_000_000
# What the counts above leave out, all counted over the whole file: 26 KB zipped can hold two
# million `<xf/>` (two minutes and 1.1 GB in openpyxl), 3,000 empty sheets took 44 s.
MAX_PARTS = 500  # XML parts the readers parse (each sheet, its relationships, styles…)
# XML elements: openpyxl and python-docx parse a styles, numbering or workbook part whole, some
# hundred bytes each; a Word body of MAX_PARAGRAPHS one-run paragraphs is about a million.
MAX_ELEMENTS = 2_000_000
# Elements besides the sheets' cells (sheetData) and shared strings: openpyxl makes an object of
# each at load (a style, a font, a defined name, a validation or formatting rule), 30-300 µs
# apiece. Excel itself stops at 64,000 cell styles; an appendix has some dozens.
MAX_RECORDS = 50_000
MAX_STRINGS = MAX_CELLS  # shared strings (`<si>`): no sheet can use more than its cells
# Sheets a workbook lists: each one read, or noted as skipped, and each warning of its reading
# looked up (importing/heard.py); an appendix workbook has a handful.
MAX_SHEETS = 100
# Characters of one cell, and of one table's cells together (a merged cell counted in each column
# and row it covers, as it is read): the 31-target appendix's longest cell has 342, its table
# 9,190 in Word and 12,121 in Excel. A cell of "Tháng 9/2024 " written 600,000 times (a 53 KB
# file) took minutes to resolve and write; one cell of Excel holds at most 32,767.
MAX_CELL_TEXT = 32_767
MAX_TABLE_TEXT = 500_000
# One XML text, in any part: lxml, which python-docx and openpyxl parse with, refuses one over
# 10 MB ("huge text node") and elements nested over 256 deep (tables in tables in tables…);
# refused here first, and said as a limit, not as a damaged file.
MAX_TEXT_NODE = 8 * 1024 * 1024
MAX_DEPTH = 128


class _Counts:
    """What the file holds so far, against the limits that are the file's, not a part's."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.elements = self.records = self.strings = 0


class TooLarge(CdsError):
    """The file is past a limit: invalid data (exit 1), not a damaged file."""

    what: Msg  # the limit passed, e.g. "has row 1048576 (at most 10000)"


def check_size(path: Path, size: int) -> None:
    """Refuse a file larger than all an appendix's parts unpacked, before reading it at all."""
    if size > MAX_UNPACKED:
        _refuse(path, "", "import.limit.size", size, MAX_UNPACKED)


def check(path: Path, data: bytes | None = None) -> None:
    """Refuse the file (its bytes `data` when already read) past a limit; `path` names it.
    What zipfile or the XML parser raises on a damaged file goes to the caller, which says the
    file is damaged (cells.damaged): a part the readers will read must parse here too."""
    with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED:
            _refuse(path, "", "import.limit.unpacked", unpacked, MAX_UNPACKED)
        counts = _Counts(path)
        parts = _xml_parts(counts, archive)
        if path.suffix.lower() in (".docx", ".docm"):  # a .docm is read as a .docx
            from cds_tracker.registry.importing.limits_word import check_docx

            check_docx(counts, archive, parts)
        else:
            from cds_tracker.registry.importing.limits_sheets import check_xlsx

            check_xlsx(counts, archive, parts)


def _xml_parts(counts: _Counts, archive: zipfile.ZipFile) -> list[str]:
    """Every part python-docx or openpyxl may parse, wherever the package puts it: each part
    [Content_Types].xml declares as XML (by its name or its extension), each named *.xml or
    *.rels, and each main document or worksheet a relationship names (python-docx and openpyxl
    follow the relationships, whatever the part is called, so must the check). Images, legacy
    VML drawings and the like are not parsed here: the readers do not parse them as XML."""
    names = set(archive.namelist())
    found = {n for n in names if n.lower().endswith((".xml", ".rels"))}
    if "[Content_Types].xml" in names:
        xml_kinds = set()
        for _, tag, attributes, _ in _elements(counts, archive, "[Content_Types].xml"):
            kind = attributes.get("ContentType", "")
            if tag == "Override" and kind.endswith("xml"):
                found.add(attributes.get("PartName", "").lstrip("/"))
            elif tag == "Default" and kind.endswith("xml"):
                xml_kinds.add("." + attributes.get("Extension", "").lower())
        found |= {n for n in names if posixpath.splitext(n)[1].lower() in xml_kinds}
    if len(found) > MAX_PARTS:
        _refuse(counts.path, "", "import.limit.parts", len(found), MAX_PARTS)
    named: dict[str, None] = {}  # in the relationships' order: a workbook's sheets in order
    for rels in sorted(n for n in found if n.lower().endswith(".rels")):
        folder = posixpath.dirname(posixpath.dirname(rels))  # "xl/_rels/x.rels" → "xl"
        for _, tag, attributes, _ in _elements(counts, archive, rels):
            kind = attributes.get("Type", "")
            if tag == "Relationship" and kind.endswith(_READ):
                target = attributes.get("Target", "")
                joined = target if target.startswith("/") else posixpath.join(folder, target)
                named[posixpath.normpath("/" + joined).lstrip("/")] = None
    ordered = [*named, *sorted(found - set(named))]
    parts = [n for n in ordered if n in names]
    if len(parts) > MAX_PARTS:  # a sheet a relationship names, whatever it is called
        _refuse(counts.path, "", "import.limit.parts", len(parts), MAX_PARTS)
    return parts


_READ = ("/officeDocument", "/worksheet")  # relationships python-docx, openpyxl read as XML


def _elements(
    counts: _Counts, archive: zipfile.ZipFile, name: str, *, starts: bool = False
) -> Iterator[tuple[str, str, dict[str, str], int]]:
    """Each element's event ("start" or "end"), local name, attributes (by local name) and, at
    its end, its text's length, streamed. Attributes are given only where the checks read them
    (a million paragraphs). Elements past MAX_ELEMENTS, nested past MAX_DEPTH or holding a text
    past MAX_TEXT_NODE are refused here, at the part that passes it, whatever the part
    ([Content_Types].xml and the relationships are read here first)."""
    from xml.etree import ElementTree

    depth = 0
    with archive.open(name) as stream:
        for event, element in ElementTree.iterparse(stream, events=_STARTS):
            tag = element.tag.rpartition("}")[2]
            attributes = (
                {k.rpartition("}")[2]: v for k, v in element.attrib.items()}
                if tag in _READ_ATTRIBUTES
                else _NONE
            )
            if event == "start":
                depth += 1
                if depth > MAX_DEPTH:
                    _refuse(counts.path, name, "import.limit.depth", depth, MAX_DEPTH)
                if starts:
                    yield event, tag, attributes, 0
                continue
            depth -= 1
            counts.elements += 1
            if counts.elements > MAX_ELEMENTS:
                _refuse(counts.path, name, "import.limit.elements", counts.elements, MAX_ELEMENTS)
            size = len(element.text or "")
            yield event, tag, attributes, size  # a cell's text is refused there, at the cell
            found = max(size, len(element.tail or ""))
            if found > MAX_TEXT_NODE:
                _refuse(counts.path, name, "import.limit.text", found, MAX_TEXT_NODE)
            element.clear()  # whole at its end; a "start" element must not be cleared


_READ_ATTRIBUTES = frozenset(
    {"Override", "Default", "Relationship", "row", "c", "mergeCell"}
    | {"gridSpan", "gridBefore", "gridAfter"}
)
_NONE: dict[str, str] = {}
_STARTS: tuple[Literal["start"], Literal["end"]] = ("start", "end")


def check_tables(path: Path, tables: Sequence[Table]) -> None:
    """The tables as read (a merged cell's text in each column and row it covers), each cell
    and each table's cells together against MAX_CELL_TEXT and MAX_TABLE_TEXT: a workbook's cells
    are first counted here, at `sheet!cell` as `cds import` says them. A Word table's heading
    (the paragraphs before it) is held to the same, each line as a cell."""
    from cds_tracker.registry.importing.cells import cell_place

    for table in tables:
        _check_before(path, table)
        total = 0
        for r, row in enumerate(table.rows, 1):
            for c, text in enumerate(row, 1):
                total += len(text)
                if len(text) > MAX_CELL_TEXT:
                    place = cell_place(table.number, r, c, table.sheet)
                    _refuse(path, place, "import.limit.cell_text", len(text), MAX_CELL_TEXT)
                if total > MAX_TABLE_TEXT:
                    refuse_table_text(path, table.number, table.sheet, r, total)


def _check_before(path: Path, table: Table) -> None:
    """A Word table's heading paragraphs (read as the plan's title and number), as cells."""
    total = 0
    for line in table.before:
        total += len(line)
        if len(line) > MAX_CELL_TEXT or total > MAX_TABLE_TEXT:
            place = msg("import.limit.before", table=table.number)
            if len(line) > MAX_CELL_TEXT:
                _refuse(path, place, "import.limit.line", len(line), MAX_CELL_TEXT)
            _refuse(path, place, "import.limit.lines", total, MAX_TABLE_TEXT)


def refuse_table_text(path: Path, table: int, sheet: str | None, row: int, total: int) -> None:
    """A table whose cells together pass MAX_TABLE_TEXT, each under a cell's limit: said at the
    table (Word: "bảng 1"; a workbook: its sheet), the row it got to, and the limit as the
    table's own, never one cell's: the cell the count passed it at is an ordinary one, and a
    hint to shorten it led nowhere (attack20 F10)."""
    from cds_tracker.output.sanitize import visible_line

    place = (
        msg("import.limit.table", table=table)
        if sheet is None
        else msg("import.limit.sheet_named", sheet=visible_line(sheet))
    )
    where = msg("import.limit.where", file=path.name, place=place)
    values = {"found": Figure(total), "limit": Figure(MAX_TABLE_TEXT), "row": row}
    what = msg("import.limit.table_text", **values)
    hint = msg("import.hint.table_text", limit=Figure(MAX_TABLE_TEXT))
    error = TooLarge(msg("import.limit.refused", where=where, what=what), hint=hint)
    error.what = what
    raise error


_TEXT = frozenset({"import.limit.cell_text"})


# Which problem a limit is: a file too large (the default), a sheet whose cells reach far past
# any table (a cell typed far away), or elements nested too deep (tables in tables): each said
# as what it is, with what to do about it.
_FAR = ("import.limit.refused_far", "import.hint.far")
_DEEP = ("import.limit.refused_deep", "import.hint.deep")
_LARGE = ("import.limit.refused", "import.hint.limit")


def _refuse(
    path: Path,
    place: Msg | str,
    key: str,
    found: int,
    limit: int,
    kind: tuple[str, str] | None = None,
) -> None:
    """Refuse the file at `place`: a part or a sheet said in words ("sheet 2"), or a cell
    said as `cds import` says it (`table:row:column`, `sheet!cell`), after the file's name."""
    where: Msg | str
    refused, hint_key = kind or (_DEEP if key == "import.limit.depth" else _LARGE)
    if key in _TEXT:  # at a cell: `file:1:5:6: …`, and what to do about a text that long
        where = f"{path.name}:{place}"
        hint = msg("import.hint.text", limit=Figure(MAX_CELL_TEXT))
    else:
        where = msg("import.limit.where", file=path.name, place=place) if place else path.name
        hint = msg(hint_key)
    what = msg(key, found=Figure(found), limit=Figure(limit))  # '1.048.576' / '1,048,576'
    error = TooLarge(msg(refused, where=where, what=what), hint=hint)
    error.what = what
    raise error
