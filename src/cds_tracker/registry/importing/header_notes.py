"""What a table's header leaves unread, said at each such column's title: a column whose title
cds does not know (its cells go nowhere), a start or an implementation period beside the
completion (never the deadline), what `cds export` computes from progress, a column with cells
but no title; a figure column kept in the content; an implementation period read as the
deadline; a required column missing, with the titles it is known by. Nothing a table holds is
dropped without a word (attack 20: F1, F5, F6, F13)."""

from __future__ import annotations

from cds_tracker.core.errors import Text, msg
from cds_tracker.registry.importing.cells import Table, one_line
from cds_tracker.registry.importing.header import (
    FIELDS,
    READ,
    REQUIRED,
    TITLES,
    Header,
    accepted,
    heading_key,
)
from cds_tracker.registry.importing.parsed import CellProblem, Parsed

_PERIODS = frozenset(heading_key(title) for title in TITLES["period"])
# What a column not read is, in the words of each note.
_KEYS = {
    "start": "import_column_start",
    "period": "import_column_start",
    "computed": "import_column_computed",
    None: "import_column_unread",
}


def header_notes(parsed: Parsed, table: Table, header: Header) -> None:
    """Each column of the header not read, once an import (a header repeated on each sheet is
    said at its first); the figure column and a period read as the deadline, likewise."""
    read_at = set(header.columns.values())
    twins = {col for _, col in header.twins}
    width = max((len(row) for row in table.rows), default=0)
    for col in range(width):
        at, name = header.titles.get(col, (header.top, None))
        text = _title(table, header, col)
        if col in read_at:
            key = _read_key(name, text)
        elif col in twins or name in READ:
            continue  # a twin is a problem of its own; a title merged over it is read
        elif not text and not _filled(table, header, col):
            continue  # no title, no cell: nothing there
        else:
            key = _KEYS.get(name, "import_column_unread") if text else "import_column_untitled"
        if key is None or (key, text, col) in parsed.said_columns:
            continue
        parsed.said_columns.add((key, text, col))
        hint = None if (key, "", -1) in parsed.said_columns else _hint(key)  # once a kind
        parsed.said_columns.add((key, "", -1))
        parsed.notes.append(
            CellProblem(table.number, at + 1, col + 1, key, {"text": text}, hint=hint)
        )


def _read_key(name: str | None, text: str) -> str | None:
    if name == "figure":
        return "import_column_figure"
    if name == "deadline" and heading_key(text) in _PERIODS:
        return "import_column_period_deadline"
    return None


def _hint(key: str) -> Text:
    """The note's hint; a column not read names the titles each column of the registry is
    known by (in TITLES' words: the plan's own)."""
    if key in ("import_column_unread", "import_column_untitled"):
        known = "; ".join(accepted(name) for name in FIELDS)
        return msg(f"{key}_hint", accepted=known)
    return msg(f"{key}_hint")


def missing_columns(parsed: Parsed, table: Table, start: int, columns: dict[str, int]) -> None:
    """A required column the header lacks is a problem (marked, `validate` refuses the plan
    until a person decides), its hint the titles it is known by; an optional one a note. Each
    said once, not at every page's header."""
    for name in FIELDS:
        if name in columns or name in parsed.absent:
            continue
        parsed.absent.add(name)
        if name == "notes":
            continue  # "Ghi chú" is empty in most appendices: nothing to say
        if name in REQUIRED:
            hint = msg("import_missing_column_hint", accepted=accepted(name))
            found = CellProblem(
                table.number, max(start, 1), 1, "import_missing_column", {"field": name}, hint=hint
            )
            parsed.problems.append(found)
        else:
            values = {"field": name}
            parsed.notes.append(
                CellProblem(table.number, max(start, 1), 1, "import_optional_column", values)
            )


def figure_title(table: Table, header: Header) -> str:
    """The title of the figure column, as the content's added line starts: "Chỉ tiêu"."""
    col = header.columns.get("figure")
    return "" if col is None else _title(table, header, col)


def _title(table: Table, header: Header, col: int) -> str:
    """A column's title as written, on one line: the lowest one of the header's rows (its two
    rows' words where a title is typed over both, header.py `Header.texts`)."""
    return one_line(header.texts.get(col, ""))


def _filled(table: Table, header: Header, col: int) -> bool:
    """A cell under the header holds text in the column."""
    return any(col < len(row) and row[col].strip() for row in table.rows[header.end :])
