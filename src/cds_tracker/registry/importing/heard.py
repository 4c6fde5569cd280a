"""What openpyxl warns of while reading a workbook, kept as notes a person reads at their place.

openpyxl warns in English, quoting the file's text raw, and mostly of things a reader of cell
texts never uses (styles, extensions, drawings, defined names): those stay unheard
(`cells.unheard`). Two change what is read, and are said in our words instead: a cell formatted
as a date whose number is no date (read as "#VALUE!", at its cell), and a sheet the file lists
but openpyxl skips (an invalid entry in the workbook, or its part missing: its table is not
read). The sheets are found by comparing the workbook's list with the sheets read, so a sheet
skipped without a warning is said too, by its name.
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

_OUT_OF_RANGE = re.compile(
    r"Cell ([A-Z]{1,3})([0-9]{1,7}) is marked as a date but the serial value (\S+) is outside"
)


@dataclass(frozen=True)
class ReadNote:
    """A note of the reading: `table` is the sheet's number among those read (as
    `cells.Table.number`), 0 with `row` 0 for the file as a whole."""

    key: str
    values: dict[str, str] = field(default_factory=dict)
    table: int = 0
    row: int = 0
    col: int = 0


def workbook_notes(
    caught: Sequence[warnings.WarningMessage], book: Any, declared: Sequence[str]
) -> list[ReadNote]:
    """The notes for what was caught while reading `book`, whose workbook lists `declared`."""
    from openpyxl.utils import column_index_from_string

    notes: list[ReadNote] = []
    read = {sheet.title for sheet in book.worksheets} | {s.title for s in book.chartsheets}
    for name in declared:
        if name not in read:
            notes.append(ReadNote("import_read_sheet_skipped", {"sheet": name}))
    # Where each error cell is: (row, column) → the sheets holding one there, in order. A
    # warning is of the first such sheet from the one the last warning was matched in (openpyxl
    # reads the sheets in order); one matched to no cell (a cell the file wrote twice, the last
    # time as text) costs one look-up, not a walk over every sheet after it.
    errors: dict[tuple[int, int], list[int]] = {}
    for number, sheet in enumerate(book.worksheets):
        for place, cell in sheet._cells.items():  # no cell made where the file has none
            if cell.data_type == "e":
                errors.setdefault(place, []).append(number)
    at = 0
    for caught_one in caught:
        found = _OUT_OF_RANGE.match(str(caught_one.message))
        if found is None:
            continue
        letters, row, value = found[1], int(found[2]), found[3]
        col = column_index_from_string(letters)
        holders = errors.get((row, col), [])
        i = bisect.bisect_left(holders, at)
        if i < len(holders):
            at = holders[i]
            notes.append(
                ReadNote("import_read_date_out_of_range", {"value": value}, at + 1, row, col)
            )
    return notes
