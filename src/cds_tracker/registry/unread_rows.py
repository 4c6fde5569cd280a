"""Rows of a revised table whose number could not be read, and the targets they may be.

A row numbered "1\u200b.", "1.1", "1-" or "I.1" in a plan's own table becomes no target (the
importer reports it at its cell and keeps its text at the top of the registry). For a revision
that row is not "the target is gone": the target whose row it is would be annulled because
its number was mistyped. So, before a revision (or `cds diff` of one) annuls the targets the
table no longer lists:

- a row whose text is, folded as pairing folds it, the text of exactly one target the table
  no longer lists, and no other unread row's, is that target's row: paired by its text, the
  target kept as it is (its cells are not read from a row whose columns were not);
- any other unread row (no such target, or several) leaves the revision undecided: it annuls
  nothing, `import --revise` refuses to write (app/revising.py) until the number is corrected,
  and `cds diff` shows the targets it would have annulled as undecided.

One rule for both commands (`settle`), so `cds diff` says what `import --revise` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Unread:
    """A row that became no target: its place as the user reads it ("1:4:1", "Phụ lục!A5"),
    the number as written, and its filled cells."""

    place: str
    number: str
    cells: tuple[str, ...]


@dataclass
class Settled:
    by_text: dict[str, Unread] = field(default_factory=dict)  # target id → its row
    unsure: list[Unread] = field(default_factory=list)  # rows no target is surely


def unread_rows(problems: Iterable[Any], place: Any) -> list[Unread]:
    """The rows among an import's `problems` (importing/parsed.py `CellProblem`) that became
    no target, or were left out as a repeated number: each with `place(problem)`."""
    found = []
    for problem in problems:
        if not problem.cells or problem.key in (
            "import_carried_no_year",
            "import_carried_origin_twice",
        ):
            continue
        if problem.target is not None and problem.key != "import_duplicate_target":
            continue
        number = str(problem.values.get("text") or problem.values.get("id") or "")
        found.append(Unread(place(problem), number, tuple(problem.cells)))
    return found


def settle(
    targets: Mapping[str, Mapping[str, Any]], old_only: Sequence[str], rows: Sequence[Unread]
) -> Settled:
    """Which of the targets a revised table no longer lists (`old_only`, ids of `targets`)
    are surely an unread row's, by its text; and the rows that are no target surely."""
    from cds_tracker.core.text import fold

    settled = Settled()
    if not rows:
        return settled
    open_ids = [i for i in old_only if not targets[i].get("carried_from")]
    texts = {i: fold(str(targets[i].get("content") or "")) for i in open_ids}
    claims: dict[str, list[Unread]] = {}
    candidates: list[tuple[Unread, list[str]]] = []
    for row in rows:
        cells = {fold(cell) for cell in row.cells}
        found = [i for i in open_ids if texts[i] and texts[i] in cells]
        candidates.append((row, found))
        for i in found:
            claims.setdefault(i, []).append(row)
    for row, found in candidates:
        if len(found) == 1 and len(claims[found[0]]) == 1:
            settled.by_text[found[0]] = row
        else:
            settled.unsure.append(row)
    return settled


def blocked(
    targets: Mapping[str, Mapping[str, Any]], old_only: Sequence[str], s: Settled
) -> list[str]:
    """The targets a revision would annul while a row is unread and not surely any target's:
    none is annulled then (the row may be any of them)."""
    if not s.unsure:
        return []
    return [
        i
        for i in old_only
        if i not in s.by_text
        and not targets[i].get("carried_from")
        and not targets[i].get("cancelled")
    ]
