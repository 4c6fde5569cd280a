"""Reading an appendix table: find its header by column titles, then read its group and target
rows (`table_rows.Rows`; what the reading gives: `parsed`).

Real appendices have a two-row header ("Phân công thực hiện" merged over the three assignment
columns), the header repeated on every page, a numbering row "(1) (2) …", group rows ("I." and
a title, or "I. DỮ LIỆU SỐ" merged across the row), and numbers written "1." or "1". Columns are
found by their titles, never by position, so a table with extra columns (status, a code) or in a
different order reads the same. Texts stay as written (NFC, "\\n" between a cell's lines, an empty
line for an empty paragraph, spaces kept), read without the spaces around them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cds_tracker.registry.importing.carried_titles import carried_title, title_year
from cds_tracker.registry.importing.cells import Table, tidy
from cds_tracker.registry.importing.code_column import read_columns
from cds_tracker.registry.importing.header import Header, find_header
from cds_tracker.registry.importing.header_notes import figure_title, header_notes, missing_columns
from cds_tracker.registry.importing.heading import other_appendix, parse_preamble
from cds_tracker.registry.importing.merge_checks import merge_problems
from cds_tracker.registry.importing.parsed import CellProblem, Parsed
from cds_tracker.registry.importing.table_rows import Rows, group_number
from cds_tracker.registry.units import UnitIndex

__all__ = ["CellProblem", "Parsed", "all_targets", "carried_title", "parse_tables"]


def parse_tables(
    tables: list[Table], index: UnitIndex, year: int | None = None, plan_year: int | None = None
) -> Parsed:
    """`year`: the plan folder's, to read a deadline without one ("Tháng 6") in when the
    heading states none; `plan_year`: a revision's plan's own (`import --revise`), read in
    whatever its heading's date."""
    parsed = Parsed()
    columns: dict[str, int] | None = None
    width = 0
    reader = Rows(parsed, index, (plan_year, year))
    sheet = ""  # the sheet the appendix was read from (a workbook's): a copy of it is refused
    for at, table in enumerate(tables):
        titles = [line for line in table.before if carried_title(line)]
        if titles:  # Word: the carried part is a table of its own under its title
            reader.origin = title_year(list(table.before)) or "?"
        found = find_header(table)
        if parsed.groups and (other := other_appendix(parsed.document, table, found)):
            values = {"appendix": other, "count": str(len(tables) - at)}
            parsed.notes.append(CellProblem(table.number, 1, 1, "import_other_appendix", values))
            break  # that appendix's tables, and all after it, are not this appendix's
        if (copy_row := _copied(table, found, parsed, sheet)) is not None:
            values = {"sheet": table.sheet or "", "first": sheet}
            parsed.problems.append(
                CellProblem(table.number, copy_row, 1, "import_sheet_copy", values)
            )
            continue  # not read twice: the import is refused (app/importing.py)
        if found is not None:
            sheet = sheet or (table.sheet or "")
            top, start = found.top, found.end
            columns = read_columns(parsed, table, found)  # a plan's own "Mã": not read, said
            _twins(parsed, table, found)
            width = max(len(r) for r in table.rows)
            if parsed.document is None:  # a sheet has its heading in the rows above the table
                lines = (tidy(text) for row in table.rows[:top] for text in row)
                above = tuple(dict.fromkeys(text for text in lines if text))
                parsed.document = parse_preamble(table.before or above)
                parsed.header_at = (table.number, top + 1, min(columns.values()) + 1)
            titled = [text for row in table.rows[:top] for text in row if carried_title(text)]
            if titled and parsed.groups:  # the part's title in a row above its header
                reader.origin = title_year(titled) or "?"
            _use(parsed, table, found, reader)
        elif (
            columns is None
            or not table.may_continue
            or max((len(r) for r in table.rows), default=0) != width
        ):
            continue  # not the appendix (nor a page of it without its header)
        else:
            start = 0
        after = start  # the rows of a header repeated in the table are its, not targets
        for r, row in enumerate(table.rows[start:], start + 1):
            if r <= after:
                continue
            if (again := find_header(table, r - 1, only=True)) is not None:
                # The header repeated (a page pasted in), its columns perhaps in another order:
                # the rows under it are read by its titles (F9).
                read = read_columns(parsed, table, again)
                if read != columns or again.joined != reader.joined:
                    _twins(parsed, table, again)
                    _use(parsed, table, again, reader)
                columns, after = read, again.end
                continue
            reader.formulas = {c for (at, c) in table.formulas if at == r}
            reader.kinds = {c: kind for (at, c), kind in table.kinds.items() if at == r}
            reader.formats = {c: fmt for (at, c), fmt in table.formats.items() if at == r}
            reader.numbered = {c: label for (at, c), label in table.numbered.items() if at == r}
            down = [(t, lo, b, hi) for t, lo, b, hi in table.merges if t <= r <= b > t]
            # a cell merged down: whose row its text is, merge_checks.py says
            reader.copied = {c for _, lo, _, hi in down for c in range(lo, hi + 1)}
            reader.above = {c for t, lo, _, hi in down if t < r for c in range(lo, hi + 1)}
            reader.read(table.number, r, row, columns)
        if table.merges:  # a merged cell's text repeated where it is a guess (merge_checks.py)
            targets = {t["id"]: t for t in all_targets(parsed.groups)}
            merge_problems(parsed, table.number, table.merges, start, columns, targets)
    return parsed


def _twins(parsed: Parsed, table: Table, found: Header) -> None:
    """Two columns of one title: which of the two is meant only a person can say."""
    for at, col in found.twins:
        title = table.rows[at][col]
        values = {"text": title}
        parsed.problems.append(
            CellProblem(table.number, at + 1, col + 1, "import_twin_column", values)
        )


def _use(parsed: Parsed, table: Table, found: Header, reader: Rows) -> None:
    """What a header says (a column missing, one not read) and what its rows are read with."""
    missing_columns(parsed, table, found.end, found.columns)
    header_notes(parsed, table, found)
    reader.figure = figure_title(table, found)
    reader.joined = found.joined


def _copied(table: Table, found: Header | None, parsed: Parsed, sheet: str) -> int | None:
    """The row of a sheet's first group, when that group was read already on an earlier sheet:
    the sheet is a copy of the appendix (Excel's Move or Copy gives "Phụ lục (2)"), whose
    groups and targets would each be read twice (a11-03). A sheet going on with groups of its
    own is read. `sheet`: the sheet read first ("" before one is)."""
    if found is None or table.sheet is None or not sheet or sheet == table.sheet:
        return None
    columns, start = found.columns, found.end
    col = columns.get("number", 0)
    read = {group["id"] for group in parsed.groups}
    for r, row in enumerate(table.rows[start:], start + 1):
        cell = row[col].strip() if col < len(row) else ""
        if cell:
            group = group_number(cell)
            return r if group is not None and group in read else None
    return None


def all_targets(groups: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for group in groups:
        yield from group["targets"]
