"""Which target of one side is which target of the other: the rule `cds diff` and
`cds import --revise` share, so a diff shows exactly what a revision would do.

A target's id is its identity (progress entries name it), but a revised Word table only has its
printed numbers, and a revision that drops I.1 prints the old I.2 as "1.". So, in this order:

1. targets carried from an earlier plan are paired by their origin (`carried_from`): carry-over
   numbered them after the plan's own, so their ids are not the table's numbers;
2. targets whose text is the same (compared as `text.fold` does: case, tones, spaces aside) are
   the same target, renumbered or not; among several, the one with the same id;
3. the rest are paired by id: the same number is the same target, its text reworded (the diff
   shows every word that changed). Never a carried target (its id is not a table number), nor a
   cancelled one unless both sides say so: a new row printed with the number of a target a
   revision cancelled is a new target.

What is left on each side is added or removed. Nothing here guesses from similar wording: a
target reworded *and* renumbered reads as one removed and one added, which the clerk sees in the
diff before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cds_tracker.core.text import fold


@dataclass
class Pairing:
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (old id, new id), new's order
    old_only: list[str] = field(default_factory=list)  # in old's order
    new_only: list[str] = field(default_factory=list)  # in new's order

    @property
    def renumbered(self) -> dict[str, str]:
        """New id → old id, for the pairs whose ids differ."""
        return {new: old for old, new in self.pairs if old != new}


def _origin(target: dict[str, Any]) -> str:
    return str(target.get("carried_from") or "")


def _text(target: dict[str, Any]) -> str:
    return fold(str(target.get("content") or ""))


def pair(old: Iterable[dict[str, Any]], new: Iterable[dict[str, Any]]) -> Pairing:
    """Pair the targets (registry data, each with an `id`) of two versions of a plan."""
    before = {str(t.get("id")): t for t in old}
    after = {str(t.get("id")): t for t in new}
    matched: dict[str, str] = {}  # new id → old id
    free = dict(before)  # old targets not paired yet

    def take(new_id: str, old_id: str) -> None:
        matched[new_id] = old_id
        del free[old_id]

    by_origin = {_origin(t): i for i, t in before.items() if _origin(t)}
    for new_id, target in after.items():
        old_id = by_origin.get(_origin(target), "") if _origin(target) else ""
        if old_id in free:
            take(new_id, old_id)
    texts = {i: _text(t) for i, t in before.items()}  # folded once: 300 × 300 folds took 114 s
    for new_id, target in after.items():
        if new_id in matched:
            continue
        text = _text(target)
        same = [i for i in free if texts[i] == text]
        if same:
            take(new_id, new_id if new_id in same else same[0])
    for new_id, target in after.items():
        old_target = free.get(new_id)
        if new_id in matched or old_target is None or _origin(target) or _origin(old_target):
            continue
        if not old_target.get("cancelled") or target.get("cancelled"):
            take(new_id, new_id)
    return Pairing(
        [(matched[i], i) for i in after if i in matched],
        list(free),
        [i for i in after if i not in matched],
    )
