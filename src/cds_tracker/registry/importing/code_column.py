"""`cds export`'s id column told from a plan's own code column, which the same title "Mã" may
head. Export's holds each row's registry id ("I", "I.1", "II.4"): the id of a row the plan in
force no longer numbers is read from it (table_rows.py). A plan's own holds codes the plan gave
("CT-01"), which the registry has no field for: not read, and said at its title with the first
such code, never dropped without a word (attack 22 F3).
"""

from __future__ import annotations

import re

from cds_tracker.core.errors import msg
from cds_tracker.registry.importing.cells import Table, one_line
from cds_tracker.registry.importing.header import Header
from cds_tracker.registry.importing.parsed import CellProblem, Parsed
from cds_tracker.registry.importing.table_rows import group_number

_ID = re.compile(r"^[IVXLC]+(?:\.\d{1,3})?$")  # a group's id, a target's: as `cds export` writes
_COLUMN_NUMBER = re.compile(r"^\(\d{1,2}\)$")  # the numbering row under the header: "(1)"


def read_columns(parsed: Parsed, table: Table, header: Header) -> dict[str, int]:
    """The header's columns read: without a code column that is not `cds export`'s, which is
    noted at its title (once an import)."""
    columns = header.columns
    col = columns.get("code")
    if col is None or (code := _foreign(table, header.end, col, columns.get("number"))) is None:
        return columns
    at = header.titles.get(col, (header.top, None))[0]
    title = one_line(table.rows[at][col])
    if ("import_column_codes", title, col) not in parsed.said_columns:
        parsed.said_columns.add(("import_column_codes", title, col))
        values = {"text": title, "code": code}
        hint = msg("import_column_codes_hint")
        parsed.notes.append(
            CellProblem(table.number, at + 1, col + 1, "import_column_codes", values, hint=hint)
        )
    return {name: c for name, c in columns.items() if name != "code"}


def _foreign(table: Table, start: int, col: int, number: int | None) -> str | None:
    """The first code of the column that is no registry id (or, on a group's row, not that
    group's numeral: "II" beside "II."); None when every one is."""
    for row in table.rows[start:]:
        code = row[col].strip() if col < len(row) else ""
        if not code or _COLUMN_NUMBER.match(code):
            continue
        group = group_number(row[number]) if number is not None and number < len(row) else None
        if not _ID.match(code) or (group is not None and code != group):
            return code
    return None
