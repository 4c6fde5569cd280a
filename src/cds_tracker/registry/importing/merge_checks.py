"""Merged cells that gave a cell another's text (attack 10: findings 1, 2 and 3).

The readers repeat a merged cell's text in every row and column it covers (cells.py), as Word
and Excel show it: a group row merged across the table, a lead unit merged down over the targets
it leads. Where that repetition is a guess, the rows it reached are problems at their cells:

- a merge down the "Stt" or "Nội dung chỉ tiêu" column over several rows: each target it covers
  would get the first one's text or number (Excel keeps only the first cell's text of a merge;
  B8:B20 gave I.2's content to eleven other targets); a row whose "Stt" is a merge's from a row
  above has no number of its own (table_rows.py reads none): no target, the merge said there
  with the row's cells, never "duplicate number I.2";
- a merge down any column across a group row: the group's title or the targets of two groups
  read from one cell (A6:G30 left only the first row of 25, the targets after it regrouped);
- a merge across two of a target row's fields ("Đơn vị chủ trì" and "Đơn vị phối hợp" as one
  cell): which unit leads and which cooperates is not guessed, the units are left for a person.

A merge down an assignment, deadline or notes column over targets of one group (one lead for
three targets) is read as written: that is how appendices are typed.

A merge said here is the one thing said at the cells it covers (final review 11, a_04): what
the reader found there from the merge's text (an empty lead, a unit unknown, a deadline not
read) is not said besides, nor noted: "the cell is merged" and "the lead is empty" about one
cell contradicted each other, and the merge is what a person has to undo.
"""

from __future__ import annotations

from typing import Any

from cds_tracker.registry.importing.deadline_cells import read_deadline
from cds_tracker.registry.importing.header import ROLES
from cds_tracker.registry.importing.parsed import CellProblem, Parsed

# The fields a merge across a target row must not join; "number" apart (a group row's merge)
_FIELDS = ("number", "content", *ROLES, "deadline", "notes")
_DOWN = ("content", "number", *ROLES, "deadline", "notes")  # the column a merge down is said at


def merge_problems(
    parsed: Parsed, number: int, merges: tuple[tuple[int, int, int, int], ...], start: int,
    columns: dict[str, int], targets: dict[str, dict[str, Any]],
) -> None:  # fmt: skip
    """Add to `parsed.problems` each merge of table `number` (its rows after `start`, the
    header's last row) that gave a cell another's text; `targets`: the targets read, by id.
    What else was found at a cell a merge said here covers is dropped (the merge says it)."""
    said: list[tuple[int, int, int, int]] = []
    for top, left, bottom, right in merges:
        fields = [f for f in _DOWN if f in columns and left <= columns[f] + 1 <= right]
        rows = range(max(top, start + 1), bottom + 1)
        if not fields or not rows:
            continue  # a merge in the header, or in a column that is no field
        read = [(r, parsed.read_as.get((number, r))) for r in rows]
        known = _known(read)  # a header repeated on a new page is read as nothing
        groups = any(kind == "group" for _, (kind, _) in known)
        down = len(known) > 1 and (groups or bool({"content", "number"} & set(fields)))
        down = down or ("number" in fields and bottom > top)  # a number over other rows
        across = [f for f in _FIELDS if f in fields]
        if down:
            said.append((top, left, bottom, right))
            col = columns[fields[0]] + 1
            values = {"first": str(top), "last": str(bottom)}
            group_said = False
            for r, what in known:
                if what[0] == "target":
                    parsed.problems.append(CellProblem(
                        number, r, col, "import_merged_down", values, what[1], fields[0],
                    ))  # fmt: skip
                elif not group_said:  # a group row (or the same one repeated): once, first
                    group_said = True
                    at = CellProblem(number, r, left, "import_merged_down", values)
                    parsed.problems.append(at)
            for r, kind in read:  # a row left without its number (table_rows.py): said so
                if kind is None and (row := _unread(parsed, number, r, columns)) is not None:
                    at = CellProblem(number, r, col, "import_merged_down", values, cells=row)
                    parsed.problems.append(at)
        elif len(across) > 1 and _across(parsed, number, read, columns, across, targets):
            said.append((top, left, bottom, right))
        elif len(across) > 1 and across[0] == "number" and top == bottom:
            _number_across(parsed, number, top, columns, across)
    if said:
        parsed.problems[:] = [p for p in parsed.problems if not _covered(p, number, said)]
        parsed.notes[:] = [p for p in parsed.notes if not _covered(p, number, said)]


def _number_across(
    parsed: Parsed, number: int, r: int, columns: dict[str, int], fields: list[str]
) -> None:
    """A row whose "Stt" cell is merged with its content (Word keeps both texts: "1.\nNội
    dung…"), so its number was not read: said as the merge it is, at the same cell, the row's
    text kept as the reader kept it; not a number typed wrong."""
    col = columns["number"] + 1
    for i, found in enumerate(parsed.problems):
        if (found.table, found.row, found.col, found.key) == (number, r, col, "import_bad_number"):
            values = {"fields": ", ".join(fields), "text": found.values.get("text", "")}
            parsed.problems[i] = CellProblem(
                number, r, col, "import_merged_across_row", values, cells=found.cells
            )


def _unread(parsed: Parsed, number: int, r: int, columns: dict[str, int]) -> tuple[str, ...] | None:
    """The cells kept of row `r` the reader made no target of, by its problem at the number's
    cell (replaced by the merge's: `_covered`); None when it said nothing there."""
    col = columns.get("number", 0) + 1
    found = (p for p in parsed.problems if (p.table, p.row, p.col) == (number, r, col))
    return next((p.cells for p in found if not p.key.startswith("import_merged_")), None)


def _covered(problem: CellProblem, number: int, said: list[tuple[int, int, int, int]]) -> bool:
    """Whether `problem` is the reader's, at a cell of a merge said (table `number`)."""
    if problem.table != number or problem.key.startswith("import_merged_"):
        return False
    return any(t <= problem.row <= b and x <= problem.col <= y for t, x, b, y in said)


def _across(
    parsed: Parsed, number: int, read: list[tuple[int, tuple[str, str] | None]],
    columns: dict[str, int], fields: list[str], targets: dict[str, dict[str, Any]],
) -> bool:  # fmt: skip
    """One cell over two of a target row's fields: each target row it covers is a problem at
    the merge's first field, with the cell's text; the fields it covers are left empty (never
    the one text's units in both: every cooperating unit urged as a lead; nor the number's
    text as the content). Whether any target row was one."""
    found = False
    for r, what in read:
        if what is None or what[0] != "target":
            continue
        target = targets.get(what[1])
        if target is None:
            continue
        found = True
        first = next(f for f in fields if f != "number")  # the number is read, its text is not
        text = target[first]["text"] if first in (*ROLES, "deadline") else target[first]
        values = {"fields": ", ".join(fields), "text": text}  # by their titles: import_problems
        key = "import_merged_across" if text.strip() else "import_merged_across_empty"
        col = columns[fields[0]] + 1
        parsed.problems.append(CellProblem(number, r, col, key, values, what[1], fields[0]))
        for name in fields:  # the text is in the problem, said and written into needs_review
            if name in ROLES:
                target[name] = {"text": "", "units": []}
            elif name in ("content", "notes"):
                target[name] = ""
            elif name == "deadline":  # as an empty cell is read: the problem marks it
                target[name] = read_deadline("", None)[0]
    return found


def _known(read: list[tuple[int, tuple[str, str] | None]]) -> list[tuple[int, tuple[str, str]]]:
    return [(r, what) for r, what in read if what is not None]
