"""Step 3 of `registry/matching.py`: the targets left paired by likeness, best pair first,
without a score kept for every old × new pair.

The rule is the one `matching.py` states: every pair scoring at least LIKE is a candidate, the
candidates are taken best first (ties: the earlier old target, then the earlier new one), a pair
is taken when neither side is taken yet, and it is uncertain below SURE or when a rival (the best
other partner of either side, still free) comes within MARGIN. Kept a score per pair, 2,500 ×
2,500 near-identical targets took 89 s and more than 2 GB, then died of MemoryError. Here each
old target keeps only its K best free partners, in order; the best pair overall is the best of
those heads (a heap), and an old target whose partners were all taken by others finds its next
ones again, twice as many each time (so at most log(n) times). The pairs are exactly those of
scoring everything, in memory linear in the targets; rivals are looked for only when the pair is
not uncertain already, and the looking stops at the first one close enough.

The work is still one score per old × new pair left after the exact steps, at least once: at
most LIMIT pairs are compared (about 1,000 × 1,000; a second or two). Beyond, `TooMany`: the
caller refuses with a message, rather than pairing some targets worse than it says it does.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass

from cds_tracker.core.errors import CdsError, msg

LIKE = 0.45  # below: different targets
SURE = 0.7  # below (or with a rival close behind): paired, but a person should look
MARGIN = 0.1
LIMIT = 1_000_000  # old × new targets left to compare by likeness, at most
WORK = 4 * LIMIT  # pairs scored in all (once each at first, then again for refills), at most
K = 4  # partners kept per old target at first
_WORD = re.compile(r"\w+")  # "phố." and "phố" are one word


class TooMany(CdsError):
    """More targets left to pair by likeness than LIMIT allows (old × new): invalid data, exit
    1. The commands name their two sides (`located`); a path that does not still exits 1."""

    def __init__(
        self, olds: int, news: int, old: str = "OLD", new: str = "NEW", *, same: bool = False
    ) -> None:
        limit = f"{LIMIT:_}".replace("_", " ")
        values = {"old": old, "new": new, "olds": olds, "news": news, "limit": limit}
        key = "pair.too_many_same" if same else "pair.too_many"  # one text on many rows
        super().__init__(msg(key, **values), hint=msg("pair.hint.too_many"))
        self.olds, self.news, self.same = olds, news, same

    def located(self, old: str, new: str) -> TooMany:
        return TooMany(self.olds, self.news, old, new, same=self.same)


def too_many(olds: int, news: int) -> None:
    """TooMany if `olds` × `news` targets are more than LIMIT pairs to compare."""
    if olds * news > LIMIT:
        raise TooMany(olds, news)


@dataclass(frozen=True)
class Side:
    """A target as likeness sees it: its id, its folded text's words and folded cells."""

    id: str
    words: frozenset[str]
    cells: tuple[str, ...]

    @classmethod
    def of(cls, target_id: str, folded_text: str, cells: tuple[str, ...]) -> Side:
        return cls(target_id, frozenset(_WORD.findall(folded_text)), cells)


class _Scores:
    """score(old i, new j) as the rule says. Words are bits of an int (a word's place in the
    vocabulary of both sides), so the words two texts share are `(a & b).bit_count()`: the
    same count as a set intersection, several times faster; each cell row is a class, and the
    cells' share is computed once per pair of classes (an appendix has few distinct rows)."""

    def __init__(self, olds: list[Side], news: list[Side]) -> None:
        places: dict[str, int] = {}
        rows: dict[tuple[str, ...], int] = {}

        def mask(words: frozenset[str]) -> int:
            bits = 0
            for word in sorted(words):
                bits |= 1 << places.setdefault(word, len(places))
            return bits

        self.old_words = [(mask(o.words), len(o.words)) for o in olds]
        self.new_words = [(mask(n.words), len(n.words)) for n in news]
        self.old_rows = [rows.setdefault(o.cells, len(rows)) for o in olds]
        self.new_rows = [rows.setdefault(n.cells, len(rows)) for n in news]
        self.rows = list(rows)
        self.old_ids = [o.id for o in olds]
        self.new_ids = [n.id for n in news]
        self._shares: dict[int, list[float]] = {}
        self.spent = 0  # pairs scored by `best`

    def shares(self, row: int) -> list[float]:
        """0.4 × the share of cells read the same, old cell row `row` against each row."""
        found = self._shares.get(row)
        if found is None:
            ca = self.rows[row]
            found = self._shares[row] = []
            for cb in self.rows:
                filled = sum(bool(x or y) for x, y in zip(ca, cb, strict=True))
                same = sum(bool(x) and x == y for x, y in zip(ca, cb, strict=True))
                found.append(0.4 * (same / filled if filled else 0.0))
        return found

    def score(self, i: int, j: int) -> float:
        (a, la), (b, lb) = self.old_words[i], self.new_words[j]
        dice = 2 * (a & b).bit_count() / (la + lb) if la or lb else 1.0
        share = self.shares(self.old_rows[i])[self.new_rows[j]]
        return 0.6 * dice + share + (0.02 * (self.old_ids[i] == self.new_ids[j]))

    def best(self, i: int, taken: list[bool], k: int) -> list[tuple[float, int]]:
        """The k best free partners of old i scoring at least LIKE, as (-score, new place),
        best first; fewer when it has fewer. `score` inlined: this loop is the pairing's cost."""
        self.spent += len(self.new_words)
        if self.spent > WORK:  # ties ordered against us: partners found again and again
            raise TooMany(len(self.old_ids), len(self.new_ids))
        a, la = self.old_words[i]
        shares, oid, new_rows = self.shares(self.old_rows[i]), self.old_ids[i], self.new_rows
        row = []
        for j, (b, lb) in enumerate(self.new_words):
            if taken[j]:
                continue
            dice = 2 * (a & b).bit_count() / (la + lb) if la or lb else 1.0
            s = 0.6 * dice + shares[new_rows[j]] + (0.02 * (oid == self.new_ids[j]))
            if s >= LIKE:
                row.append((-s, j))
        return heapq.nsmallest(k, row)


def pair_by_likeness(
    olds: list[Side], news: list[Side], take: Callable[[str, str], None]
) -> list[tuple[str, str]]:
    """Pair `olds` with `news` (each in its side's order, cancelled ones left out), calling
    `take(new id, old id)` for each pair, best first; the uncertain pairs (old id, new id).
    Raises TooMany past LIMIT, before any pair is taken (or past WORK, midway: the caller
    keeps nothing of a pairing that raised)."""
    too_many(len(olds), len(news))
    state = _State(olds, news)
    heap = [(row[-1][0], i, row[-1][1]) for i, row in enumerate(state.kept) if row]
    heapq.heapify(heap)  # each old target's best free partner: (-score, old place, new place)
    uncertain: list[tuple[str, str]] = []
    while heap:
        minus, i, j = heapq.heappop(heap)
        if state.taken[j]:  # taken by a better pair since: this old target's next partner
            found = state.head(i)
            if found is not None:
                heapq.heappush(heap, (found[0], i, found[1]))
            continue
        score = -minus
        if score < SURE or state.rival(i, j, score - MARGIN):
            uncertain.append((olds[i].id, news[j].id))
        take(news[j].id, olds[i].id)
        state.taken[j] = state.done[i] = True
    return uncertain


class _State:
    """The pairing under way: which targets are taken, each old target's kept partners."""

    def __init__(self, olds: list[Side], news: list[Side]) -> None:
        self.olds, self.news, self.scores = olds, news, _Scores(olds, news)
        self.taken = [False] * len(news)  # new targets paired
        self.done = [False] * len(olds)  # old targets paired
        # Each old target's best free partners as (-score, new place), WORST first (taken from
        # the end); `whole`: no partner scoring LIKE was left out (fewer than asked for).
        self.kept = [self.scores.best(i, self.taken, K)[::-1] for i in range(len(olds))]
        self.asked = [K] * len(olds)
        self.whole = [len(row) < K for row in self.kept]

    def head(self, i: int) -> tuple[float, int] | None:
        """Old target i's best partner still free, finding more (twice as many as last time)
        when all it kept are taken."""
        while True:
            row = self.kept[i]
            while row and self.taken[row[-1][1]]:
                row.pop()
            if row:
                return row[-1]
            if self.whole[i]:
                return None
            self.asked[i] *= 2
            row = self.scores.best(i, self.taken, self.asked[i])
            self.kept[i] = row[::-1]
            self.whole[i] = len(row) < self.asked[i]

    def rival(self, i: int, j: int, close: float) -> bool:
        """Whether old i or new j has another free partner scoring at least `close` (≥ LIKE,
        as only a pair at SURE or above asks): old i's kept partners first (the best free one
        other than j answers), else every free target of the other side, stopping at the first
        close enough."""
        score = self.scores.score
        for minus, other in reversed(self.kept[i]):
            if other != j and not self.taken[other]:
                if -minus >= close:
                    return True
                break
        else:  # none kept left: those left out, if any, may still be close
            if not self.whole[i] and any(
                k != j and not self.taken[k] and score(i, k) >= close for k in range(len(self.news))
            ):
                return True
        return any(
            k != i and not self.done[k] and score(k, j) >= close for k in range(len(self.olds))
        )
