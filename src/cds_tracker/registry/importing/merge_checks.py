"""Merged cells that gave a cell another's text (attack 10: findings 1, 2 and 3).

The readers repeat a merged cell's text in every row and column it covers (cells.py), as Word
and Excel show it: a group row merged across the table, a lead unit merged down over the targets
it leads. Where that repetition is a guess, the rows it reached are problems at their cells:

- a merge down the "Stt" or "Nội dung chỉ tiêu" column over several rows: each target it covers
  would get the first one's text or number (Excel keeps only the first cell's text of a merge;
  B8:B20 gave I.2's content to eleven other targets);
- a merge down any column across a group row: the group's title or the targets of two groups
  read from one cell (A6:G30 left only the first row of 25, the targets after it regrouped);
- a merge across two of a target row's fields ("Đơn vị chủ trì" and "Đơn vị phối hợp" as one
  cell): which unit leads and which cooperates is not guessed, the units are left for a person.

A merge down an assignment, deadline or notes column over targets of one group (one lead for
three targets) is read as written: that is how appendices are typed.
"""

from __future__ import annotations

from typing import Any

from cds_tracker.registry.importing.header import ROLES
from cds_tracker.registry.importing.parsed import CellProblem, Parsed

# The fields a merge across a target row must not join; "number" apart (a group row's merge)
_FIELDS = ("content", *ROLES, "deadline", "notes")
_DOWN = ("content", "number", *ROLES, "deadline", "notes")  # the column a merge down is said at


def merge_problems(
    parsed: Parsed, number: int, merges: tuple[tuple[int, int, int, int], ...], start: int,
    columns: dict[str, int], targets: dict[str, dict[str, Any]],
) -> None:  # fmt: skip
    """Add to `parsed.problems` each merge of table `number` (its rows after `start`, the
    header's last row) that gave a cell another's text; `targets`: the targets read, by id."""
    for top, left, bottom, right in merges:
        fields = [f for f in _DOWN if f in columns and left <= columns[f] + 1 <= right]
        rows = range(max(top, start + 1), bottom + 1)
        if not fields or not rows:
            continue  # a merge in the header, or in a column that is no field
        read = [(r, parsed.read_as.get((number, r))) for r in rows]
        known = _known(read)  # a header repeated on a new page is read as nothing
        groups = any(kind == "group" for _, (kind, _) in known)
        down = len(known) > 1 and (groups or bool({"content", "number"} & set(fields)))
        across = [f for f in _FIELDS if f in fields]
        if down:
            col = columns[fields[0]] + 1
            values = {"first": str(top), "last": str(bottom)}
            said = False
            for r, what in known:
                if what[0] == "target":
                    parsed.problems.append(CellProblem(
                        number, r, col, "import_merged_down", values, what[1], fields[0],
                    ))  # fmt: skip
                elif not said:  # a group row (or the same one repeated): once, at the first
                    said = True
                    at = CellProblem(number, r, left, "import_merged_down", values)
                    parsed.problems.append(at)
        elif len(across) > 1:
            _across(parsed, number, read, columns, across, targets)


def _across(
    parsed: Parsed, number: int, read: list[tuple[int, tuple[str, str] | None]],
    columns: dict[str, int], fields: list[str], targets: dict[str, dict[str, Any]],
) -> None:  # fmt: skip
    """One cell over two of a target row's fields: each target row it covers is a problem at
    the merge's first field, with the cell's text; its assignment fields are left empty (never
    the one text's units in both: every cooperating unit urged as a lead)."""
    for r, what in read:
        if what is None or what[0] != "target":
            continue
        target = targets.get(what[1])
        if target is None:
            continue
        text = target[fields[0]]["text"] if fields[0] in ROLES else target[fields[0]]
        values = {"fields": ", ".join(fields), "text": text}  # by their titles: import_problems
        col = columns[fields[0]] + 1
        parsed.problems.append(
            CellProblem(number, r, col, "import_merged_across", values, what[1], fields[0])
        )
        for role in ROLES:  # the text is in the problem, said and written into needs_review
            if role in fields:
                target[role] = {"text": "", "units": []}


def _known(read: list[tuple[int, tuple[str, str] | None]]) -> list[tuple[int, tuple[str, str]]]:
    return [(r, what) for r, what in read if what is not None]
