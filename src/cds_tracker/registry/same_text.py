"""Step 2 of `registry/matching.py`: the targets of one folded text, paired by their other cells,
without a key kept for every old × new pair.

The rule is the one `matching.py` states: a pair's key is (how many of the old target's filled
cells the new one reads the same, whether their numbers are the same); pairs are taken best
first (then old's order, then new's) when neither side is taken yet, and a pair is uncertain
when a rival of either side (free, or taken by an uncertain pair) has the same key. Scoring
every pair, a text on 1,000 rows of each side took 12 s (2,000: about a minute), and was not
counted against the pairing's limit.

Here rows whose cells read the same are one class (a hostile table repeats one row; an appendix
has few distinct rows): a class's count against each class of the other side is computed once.
The pairs of one count are taken together, highest count first: among free targets no pair
has a higher count than the one being taken (those were taken first), so "the first free
partner of count c" is the first free member of a class of count c. A same-number pair is
never uncertain (a rival of the same key would need the same number too), and rows of the same
number and cells on both sides (a registry against itself) are paired first. The work is then at
most one look per old target × new class and per new target × old class: at most `LIMIT`
(beyond, `TooMany`, before anything is taken), a second or two.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cds_tracker.registry.likeness import LIMIT, TooMany

Row = tuple[str, tuple[str, ...]]  # a target's id and its folded other cells


def looks(olds: list[Row], news: list[Row]) -> int:
    """The looks `pair_same_text` may take for one text (see the module's docstring)."""
    _, olds, news = _twins(olds, news)
    return len(olds) * len(classes(news)[1]) + len(news) * len(classes(olds)[1])


def _twins(olds: list[Row], news: list[Row]) -> tuple[list[Row], list[Row], list[Row]]:
    """The rows of the same number and cells on both sides, and the rest of each side. A twin
    pair is taken whatever the rest: neither has a partner of a higher count (one reads the
    other's cells), and at its count the same number goes first, surely."""
    old_rows = set(olds)
    twins = [row for row in news if row in old_rows]
    both = set(twins)
    return twins, [r for r in olds if r not in both], [r for r in news if r not in both]


def classes(rows: list[Row]) -> tuple[list[int], list[tuple[str, ...]]]:
    """Each row's class (rows of the same cells share one) and the classes' cells."""
    seen: dict[tuple[str, ...], int] = {}
    return [seen.setdefault(cells, len(seen)) for _, cells in rows], list(seen)


@dataclass
class _Side:
    """One side's rows of the text: classes, members (in order), who is taken, who still counts
    as a rival (free, or taken by an uncertain pair)."""

    ids: list[str]
    cls: list[int]
    members: list[list[int]]
    taken: list[bool]
    rivals: list[int]  # per class: members free or taken uncertainly
    unsure: list[bool]

    @classmethod
    def of(cls, rows: list[Row], of_class: list[int], count: int) -> _Side:
        members: list[list[int]] = [[] for _ in range(count)]
        for place, c in enumerate(of_class):
            members[c].append(place)
        return cls(
            [i for i, _ in rows],
            of_class,
            members,
            [False] * len(rows),
            [len(m) for m in members],
            [False] * len(rows),
        )

    def counts_as_rival(self, place: int | None, of_class: int) -> int:
        """1 if the row at `place` (if any) is of class `of_class` and still a rival."""
        if place is None or self.cls[place] != of_class:
            return 0
        return int(not self.taken[place] or self.unsure[place])


def pair_same_text(
    olds: list[Row], news: list[Row], take: Callable[[str, str], None]
) -> list[tuple[str, str]]:
    """Pair the rows of one text, calling `take(new id, old id)` best first; the uncertain
    pairs (old id, new id). Raises TooMany past LIMIT looks, before taking any."""
    if looks(olds, news) > LIMIT:
        raise TooMany(len(olds), len(news), same=True)
    twins, olds, news = _twins(olds, news)
    for twin_id, _ in twins:
        take(twin_id, twin_id)
    old_cls, old_cells = classes(olds)
    new_cls, new_cells = classes(news)
    same = [
        [sum(bool(a) and a == b for a, b in zip(oc, nc, strict=True)) for nc in new_cells]
        for oc in old_cells
    ]
    # per class and count: the other side's classes of that count, in order
    old_at: list[dict[int, list[int]]] = [{} for _ in old_cells]
    new_at: list[dict[int, list[int]]] = [{} for _ in new_cells]
    for a, row in enumerate(same):
        for b, c in enumerate(row):
            old_at[a].setdefault(c, []).append(b)
            new_at[b].setdefault(c, []).append(a)
    old = _Side.of(olds, old_cls, len(old_cells))
    new = _Side.of(news, new_cls, len(new_cells))
    old_place = {i: p for p, i in enumerate(old.ids)}
    new_place = {i: p for p, i in enumerate(new.ids)}
    heads = [0] * len(new_cells)  # each new class's first member not known to be taken

    def head(b: int) -> int | None:
        members = new.members[b]
        while heads[b] < len(members) and new.taken[members[heads[b]]]:
            heads[b] += 1
        return members[heads[b]] if heads[b] < len(members) else None

    def rival(i: int, j: int, c: int) -> bool:
        """Another partner of old i or new j, still a rival, with the key (c, other number)."""
        a, b = old.cls[i], new.cls[j]
        twin_new, twin_old = new_place.get(old.ids[i]), old_place.get(new.ids[j])
        for k in old_at[a].get(c, ()):
            if new.rivals[k] - (k == b) - new.counts_as_rival(twin_new, k) > 0:
                return True
        for k in new_at[b].get(c, ()):
            if old.rivals[k] - (k == a) - old.counts_as_rival(twin_old, k) > 0:
                return True
        return False

    uncertain: list[tuple[str, str]] = []

    def taking(i: int, j: int, unsure: bool) -> None:
        take(new.ids[j], old.ids[i])
        old.taken[i] = new.taken[j] = True
        if unsure:
            uncertain.append((old.ids[i], new.ids[j]))
            old.unsure[i] = new.unsure[j] = True
        else:
            old.rivals[old.cls[i]] -= 1
            new.rivals[new.cls[j]] -= 1

    for c in sorted({c for row in same for c in row}, reverse=True):
        for i, old_id in enumerate(old.ids):  # the same number first: never uncertain
            j = new_place.get(old_id)
            free = not old.taken[i] and j is not None and not new.taken[j]
            if free and j is not None and same[old.cls[i]][new.cls[j]] == c:
                taking(i, j, False)
        for i in range(len(old.ids)):
            if old.taken[i]:
                continue
            found = [h for b in old_at[old.cls[i]].get(c, ()) if (h := head(b)) is not None]
            if found:
                j = min(found)
                taking(i, j, rival(i, j, c))
    return uncertain
