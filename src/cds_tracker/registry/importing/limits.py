"""Sane limits on a Word or Excel file, checked on its XML before python-docx or openpyxl expand it.

A 5 KB workbook with a cell at XFD1048576, one merge over a million cells, a `gridSpan` of fifty
million or five million empty paragraphs each make the readers build a grid or a list of that
size: minutes of work and gigabytes of memory from a file attached to an e-mail. A plan's appendix
is a few hundred rows of some ten columns, so each limit is far above any real one; past it the
file is refused with the place that breaks it, before anything is expanded.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from cds_tracker.core.errors import CdsError, Msg, msg

MAX_UNPACKED = 64 * 1024 * 1024  # bytes, all parts of the file together
MAX_ROWS = 10_000  # rows of a sheet or a Word table
MAX_COLUMNS = 256  # columns of a sheet; grid columns a Word row spans
MAX_CELLS = 200_000  # cells of a sheet (merged ones counted), cells of all Word tables
MAX_PARAGRAPHS = 200_000  # paragraphs of a Word document
_CELL = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")


class TooLarge(CdsError):
    """The file is past a limit: invalid data (exit 1), not a damaged file."""


def check_size(path: Path, size: int) -> None:
    """Refuse a file larger than all an appendix's parts unpacked, before reading it at all."""
    if size > MAX_UNPACKED:
        _refuse(path, "", "import.limit.size", size, MAX_UNPACKED)


def check(path: Path, data: bytes | None = None) -> None:
    """Refuse the file (its bytes `data` when already read) past a limit; `path` names it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_UNPACKED:
                _refuse(path, "", "import.limit.unpacked", unpacked, MAX_UNPACKED)
            if path.suffix.lower() == ".docx":
                _check_docx(path, archive)
            else:
                _check_xlsx(path, archive)
    except (zipfile.BadZipFile, OSError, KeyError):
        return  # not a readable archive: the reader says so with its own reason


def _elements(archive: zipfile.ZipFile, name: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Each element's local name and attributes (by local name), streamed."""
    from xml.etree import ElementTree

    with archive.open(name) as stream:
        # At "end" the element is whole (a "start" element must not be cleared: lxml crashes).
        for _, element in ElementTree.iterparse(stream, events=("end",)):
            tag = element.tag
            attributes = {k.rpartition("}")[2]: v for k, v in element.attrib.items()}
            yield tag.rpartition("}")[2], attributes
            element.clear()


def _column(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _check_xlsx(path: Path, archive: zipfile.ZipFile) -> None:
    sheets = [n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/[^/]+\.xml", n)]
    for number, name in enumerate(sorted(sheets), 1):
        place = msg("import.limit.sheet", number=number)
        cells = 0
        for tag, attributes in _elements(archive, name):
            if tag == "c":
                cells += 1
                found = _CELL.match(attributes.get("r", ""))
                if found and int(found[2]) > MAX_ROWS:
                    _refuse(path, place, "import.limit.rows", int(found[2]), MAX_ROWS)
                if found and _column(found[1]) > MAX_COLUMNS:
                    _refuse(path, place, "import.limit.columns", _column(found[1]), MAX_COLUMNS)
            elif tag == "mergeCell":
                cells += _merged_size(path, place, attributes.get("ref", ""))
            if cells > MAX_CELLS:
                _refuse(path, place, "import.limit.cells", cells, MAX_CELLS)


def _merged_size(path: Path, place: Msg | str, ref: str) -> int:
    first, _, last = ref.partition(":")
    start, end = _CELL.match(first), _CELL.match(last or first)
    if start is None or end is None:
        return 0
    rows = int(end[2]) - int(start[2]) + 1
    columns = _column(end[1]) - _column(start[1]) + 1
    if max(int(start[2]), int(end[2])) > MAX_ROWS:
        _refuse(path, place, "import.limit.rows", max(int(start[2]), int(end[2])), MAX_ROWS)
    if max(_column(start[1]), _column(end[1])) > MAX_COLUMNS:
        worst = max(_column(start[1]), _column(end[1]))
        _refuse(path, place, "import.limit.columns", worst, MAX_COLUMNS)
    return max(rows, 1) * max(columns, 1)


def _check_docx(path: Path, archive: zipfile.ZipFile) -> None:
    paragraphs = cells = rows = 0
    place = msg("import.limit.document")
    for tag, attributes in _elements(archive, "word/document.xml"):
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
        elif tag == "gridSpan":
            span = attributes.get("val", "1")
            value = int(span) if span.isdigit() else MAX_COLUMNS + 1
            if value > MAX_COLUMNS:
                _refuse(path, place, "import.limit.span", value, MAX_COLUMNS)


def _refuse(path: Path, place: Msg | str, key: str, found: int, limit: int) -> None:
    where = msg("import.limit.where", file=path.name, place=place) if place else path.name
    raise TooLarge(
        msg("import.limit.refused", where=where, what=msg(key, found=found, limit=limit)),
        hint=msg("import.hint.limit"),
    )
