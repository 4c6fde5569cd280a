"""Which target of one side is which target of the other: the rule `cds diff` and
`cds import --revise` share, so a diff shows exactly what a revision would do.

A target's id is its identity (progress entries name it), but a revised Word table only has its
printed numbers, and a revision that drops I.1 prints the old I.2 as "1.". So, in this order:

0. pairs the user chose (`--pair OLD=NEW`, `OLD=-` for an old target the table dropped);
1. targets carried from an earlier plan are paired by their origin (`carried_from`): carry-over
   numbered them after the plan's own, so their ids are not the table's numbers;
2. targets whose text is the same (compared as `text.fold` does: case, tones, spaces aside) are
   the same target, renumbered or not. When a text is on several rows of either side (four
   rows "Rà soát dữ liệu dân cư." for four units), the text alone does not say which is which:
   among them the pairs whose other cells (directing, lead, cooperating, deadline) read the
   same most often are taken first, then those of the same number, then in order; a pair
   taken while another free partner of either side ties it on both counts is `uncertain`
   (`registry/same_text.py`: by classes of rows of the same cells, not a key per pair; its
   looks are counted against `LIMIT` too, `TooMany` beyond);
3. the rest by likeness, best first: how many words of the two texts are shared (Dice's
   coefficient of their folded words) weighs 0.6, how many of the other cells (directing, lead,
   cooperating, deadline; those filled on either side) read the same weighs 0.4, and the same
   number adds 0.02, only to break ties. Below `LIKE` (0.45) two targets are not the same: a
   row printed under the number of a dropped target, with other words and other units, is a
   new target, and the dropped one is removed. A pair below `SURE` (0.7), or with a rival
   within `MARGIN` (0.1), is `uncertain`: the diff says so and a revision marks the target
   `needs_review`.

4. what is left with the same number, its other cells all the same (and some filled), is the
   same target rewritten, uncertainly: ids of two versions of one registry name the same target.

Never paired by likeness: a carried target (its id is not a table number), nor a cancelled one
unless both sides say so (a cancelled target comes back only with its exact text, step 2).
What is left on each side is added or removed.

Step 3 is `registry/likeness.py`: a few best partners kept per target, not a score per pair, and
at most `LIMIT` old × new targets compared (beyond: `TooMany`, exit 1, nothing paired).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from cds_tracker.core.text import fold
from cds_tracker.registry.likeness import (
    LIKE,
    LIMIT,
    MARGIN,
    SURE,
    TooMany,
    pair_by_likeness,
    too_many,
)
from cds_tracker.registry.likeness import Side as Seen
from cds_tracker.registry.same_text import looks, pair_same_text

__all__ = [
    "DROPPED",
    "LIKE",
    "LIMIT",
    "MARGIN",
    "SURE",
    "Pairing",
    "TooMany",
    "check_chosen",
    "pair",
]

_CELLS = ("directing", "lead", "cooperating", "deadline")
DROPPED = "-"  # `--pair I.2=-`: the old I.2 has no row in the new table


@dataclass
class Pairing:
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (old id, new id), new's order
    old_only: list[str] = field(default_factory=list)  # in old's order
    new_only: list[str] = field(default_factory=list)  # in new's order
    uncertain: list[tuple[str, str]] = field(default_factory=list)  # pairs made by likeness
    # An uncertain pair of one text on several rows → the other rows of that text, each side
    # (old ids, new ids): not "perhaps another target" but "perhaps another row of it"
    tied: dict[tuple[str, str], tuple[list[str], list[str]]] = field(default_factory=dict)

    @property
    def renumbered(self) -> dict[str, str]:
        """New id → old id, for the pairs whose ids differ."""
        return {new: old for old, new in self.pairs if old != new}


def _origin(target: dict[str, Any]) -> str:
    return str(target.get("carried_from") or "")


def _text(target: dict[str, Any]) -> str:
    return fold(str(target.get("content") or ""))


def _cell(target: dict[str, Any], key: str) -> str:
    value = target.get(key)
    return _fold(str(value.get("text") or "") if isinstance(value, Mapping) else str(value or ""))


@lru_cache(maxsize=4096)
def _fold(cell: str) -> str:
    """A cell folded: the same few units and deadlines are on every row, folded once."""
    return fold(cell)


def pair(
    old: Iterable[dict[str, Any]],
    new: Iterable[dict[str, Any]],
    chosen: Mapping[str, str] | None = None,
) -> Pairing:
    """Pair the targets (registry data, each with an `id`) of two versions of a plan; `chosen`
    (old id → new id or DROPPED) first, checked by the caller (`check_chosen`)."""
    before = {str(t.get("id")): t for t in old}
    after = {str(t.get("id")): t for t in new}
    matched: dict[str, str] = {}  # new id → old id
    free = dict(before)  # old targets not paired yet
    dropped: list[str] = []

    def take(new_id: str, old_id: str) -> None:
        matched[new_id] = old_id
        del free[old_id]

    for old_id, new_id in (chosen or {}).items():
        if new_id == DROPPED:
            dropped.append(old_id)
            del free[old_id]
        else:
            take(new_id, old_id)
    by_origin = {_origin(t): i for i, t in before.items() if _origin(t)}
    for new_id, target in after.items():
        old_id = by_origin.get(_origin(target), "") if _origin(target) else ""
        if new_id not in matched and old_id in free:
            take(new_id, old_id)
    texts = {i: _text(t) for i, t in before.items()}  # folded once: 300 × 300 folds took 114 s
    new_texts = {i: _text(t) for i, t in after.items()}
    tied = _by_text((before, texts), (after, new_texts), matched, free, take)
    uncertain = list(tied)
    uncertain += _by_likeness((before, texts), (after, new_texts), matched, free, take)
    uncertain += _same_number(after, matched, free, take)
    return Pairing(
        [(matched[i], i) for i in after if i in matched],
        [i for i in before if i in free or i in dropped],
        [i for i in after if i not in matched],
        uncertain,
        tied,
    )


Side = tuple[dict[str, dict[str, Any]], dict[str, str]]  # targets by id, their folded texts


def _by_text(
    old: Side, new: Side, matched: dict[str, str], free: dict[str, Any], take: Any
) -> dict[tuple[str, str], tuple[list[str], list[str]]]:
    """Step 2: the targets of the same folded text paired, by their other cells first when the
    text is on several rows; the pairs still tied after cells and number, uncertain, each with
    the other rows of its text (old ids, new ids)."""
    (before, old_texts), (after, new_texts) = old, new
    olds: dict[str, list[str]] = {}  # folded text → free old ids, in old's order
    for i in before:
        if i in free:
            olds.setdefault(old_texts[i], []).append(i)
    news: dict[str, list[str]] = {}
    for i in after:
        if i not in matched:
            news.setdefault(new_texts[i], []).append(i)
    groups = [
        ([_row(before[i]) for i in olds[text]], [_row(after[i]) for i in new_ids])
        for text, new_ids in news.items()
        if text in olds
    ]
    spent = 0  # looks counted for every text before any is paired: past LIMIT, nothing is taken
    for old_rows, new_rows in groups:
        spent += looks(old_rows, new_rows)
        if spent > LIMIT:
            raise TooMany(len(old_rows), len(new_rows), same=True)
    tied: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for old_rows, new_rows in groups:
        for o, n in pair_same_text(old_rows, new_rows, take):
            tied[(o, n)] = ([i for i, _ in old_rows if i != o], [i for i, _ in new_rows if i != n])
    return tied


def _row(target: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    return str(target.get("id")), tuple(_cell(target, k) for k in _CELLS)


def _by_likeness(
    old: Side, new: Side, matched: dict[str, str], free: dict[str, Any], take: Any
) -> list[tuple[str, str]]:
    """Step 3 (`registry/likeness.py`): the remaining targets paired best first; the pairs a
    person should look at. Cancelled and carried targets are never paired by likeness. Past
    `LIMIT` pairs to compare, TooMany before anything else is done."""
    (_, old_texts), (after, new_texts) = old, new
    olds = [(i, t) for i, t in free.items() if not _origin(t) and not t.get("cancelled")]
    news = [
        (i, t)
        for i, t in after.items()
        if i not in matched and not _origin(t) and not t.get("cancelled")
    ]
    too_many(len(olds), len(news))

    def cells(target: dict[str, Any]) -> tuple[str, ...]:
        return tuple(_cell(target, k) for k in _CELLS)

    return pair_by_likeness(
        [Seen.of(i, old_texts[i], cells(t)) for i, t in olds],
        [Seen.of(i, new_texts[i], cells(t)) for i, t in news],
        take,
    )


def _same_number(
    after: dict[str, dict[str, Any]], matched: dict[str, str], free: dict[str, Any], take: Any
) -> list[tuple[str, str]]:
    """Step 4: a target and a row left with the same number, their other cells all the same
    (some filled): one target rewritten, uncertainly."""
    found = []
    for new_id, target in after.items():
        old_target = free.get(new_id)
        if new_id in matched or old_target is None or _origin(target) or _origin(old_target):
            continue
        cells = [(_cell(old_target, k), _cell(target, k)) for k in _CELLS]
        alike = any(a for a, _ in cells) and all(a == b for a, b in cells)
        if alike and bool(old_target.get("cancelled")) <= bool(target.get("cancelled")):
            take(new_id, new_id)
            found.append((new_id, new_id))
    return found


def check_chosen(
    chosen: Mapping[str, str], old: Iterable[str], new: Iterable[str]
) -> list[tuple[str, str]]:
    """The `--pair OLD=NEW` choices that cannot stand: ("old", id) or ("new", id) for a target
    that side does not have, ("twice", id) for a new target chosen for two old ones."""
    olds, news = set(old), set(new)
    wrong = [("old", o) for o in chosen if o not in olds]
    wrong += [("new", n) for n in chosen.values() if n != DROPPED and n not in news]
    taken = [n for n in chosen.values() if n != DROPPED]
    wrong += [("twice", n) for n in dict.fromkeys(taken) if taken.count(n) > 1]
    return wrong
