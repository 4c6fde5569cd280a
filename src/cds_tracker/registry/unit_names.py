"""The catalogue's names indexed once, so that a name no unit has costs as little as one it has.

`UnitIndex.lookup` reads a name four ways (as written, ignoring case, ignoring diacritics, as
offices abbreviate it). Scanning every name of the catalogue for each way made each unknown name
cost the whole catalogue, four times per reading of a cell: a table naming 1,000 units no catalogue
holds, read against a catalogue of 1,000 units, took minutes. Here the first three ways are
dictionaries, and the fourth tries only the names that hold every word of the query (a word of a
name, or the initials of consecutive words: what name_likeness.py's `abbreviates` can match),
found through the query's rarest word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


class NameIndex:
    """Unit ids by name as written, lowered and folded; names by the words `abbreviates` reads."""

    def __init__(
        self,
        named: Iterable[tuple[str, str]],
        lower: Callable[[str], str],
        fold: Callable[[str], str],
        tokens: Callable[[str], Iterable[str]],
    ) -> None:
        self.written: dict[str, set[str]] = {}
        self.lowered: dict[str, set[str]] = {}
        self.folded: dict[str, set[str]] = {}
        self.names: list[tuple[str, str]] = []  # (name, unit id), for `abbreviates`
        self._postings: dict[str, set[int]] = {}
        for name, unit_id in named:
            self.written.setdefault(name, set()).add(unit_id)
            self.lowered.setdefault(lower(name), set()).add(unit_id)
            self.folded.setdefault(fold(name), set()).add(unit_id)
            position = len(self.names)
            self.names.append((name, unit_id))
            for token in tokens(name):
                self._postings.setdefault(token, set()).add(position)

    def candidates(self, words: tuple[str, ...]) -> list[tuple[str, str]]:
        """The (name, unit id) pairs that hold every one of `words` among their tokens: cost of
        the rarest word's names, none when a word is in no name (most unknown names)."""
        postings = []
        for word in set(words):
            found = self._postings.get(word)
            if not found:
                return []
            postings.append(found)
        if not postings:
            return []
        rarest = min(postings, key=len)
        return [self.names[p] for p in sorted(rarest) if all(p in posting for posting in postings)]


class SpellingIndex:
    """Which units `suggestions` can offer for a query, found without scoring every unit in
    Python. `suggestions` ranks only the units that share words the best way any unit does
    (with the same accents, alike but for accents, or none at all) and offers only scores of
    at least 60 (75 sharing no word) within 10 of the best; a unit's score is at most the larger
    of rapidfuzz's two raw ratios and at least that less 10 (the accent penalty). So: the units
    sharing words best, from word indexes, then of those the ones whose raw ratio, computed by
    rapidfuzz's C loop, reaches 50 (65 sharing none) and comes within 20 of the best one."""

    def __init__(
        self,
        spellings: dict[str, tuple[str, ...]],
        telling: Callable[[str], list[str]],
        key: Callable[[str], tuple[str, str]],  # a word folded, and its accents
    ) -> None:
        self._order = {unit_id: i for i, unit_id in enumerate(spellings)}
        self._by_word: dict[str, set[str]] = {}
        self._by_key: dict[tuple[str, str], set[str]] = {}
        self._initials: dict[str, set[str]] = {}
        self._plain: list[str] = []
        self._joined: list[str] = []
        self._owner: list[str] = []
        self._spellings_of: dict[str, list[int]] = {}
        for unit_id, said in spellings.items():
            for spelling in said:
                keys = [key(word) for word in telling(spelling)]
                for folded_key in keys:
                    self._by_key.setdefault(folded_key, set()).add(unit_id)
                    self._by_word.setdefault(folded_key[0], set()).add(unit_id)
                words = [k[0] for k in keys]
                self._initials.setdefault("".join(w[0] for w in words), set()).add(unit_id)
                self._spellings_of.setdefault(unit_id, []).append(len(self._plain))
                self._plain.append(" ".join(words))
                self._joined.append("".join(words))
                self._owner.append(unit_id)
        self._key = key

    def initialled(self, initials: str) -> list[str]:
        """The units a spelling of which has these initials of its telling words, in order."""
        return self._ordered(self._initials.get(initials, set()))

    def near(self, telling: list[str]) -> list[str]:
        """The units `suggestions` may offer for a query of these telling words."""
        keys = [self._key(word) for word in telling]
        shared: set[str] = set()
        for folded, _ in keys:
            shared |= self._by_word.get(folded, set())
        if shared and any(marks for _, marks in keys):  # those with the same accents, if any
            exact: set[str] = set()
            for query_key in keys:
                exact |= self._by_key.get(query_key, set())
            shared = exact or shared
        reach = 50 if shared else 65
        positions = (
            [p for unit_id in shared for p in self._spellings_of[unit_id]]
            if shared
            else range(len(self._plain))
        )
        plain = " ".join(folded for folded, _ in keys)
        found = self._reaching(plain, positions, reach)
        return self._ordered(found)

    def _reaching(self, plain: str, positions: Iterable[int], reach: int) -> set[str]:
        """The units whose raw ratio (name_likeness.py `_likeness`'s score before its accent
        penalty) reaches `reach` and is within 20 of the best unit's."""
        from rapidfuzz import fuzz, process

        at = list(positions)
        spaces = plain.count(" ")
        joined = [p for p in at if self._plain[p].count(" ") != spaces]  # as `_likeness` does
        raw: dict[str, float] = {}
        for query, choices, scorer, chosen in (
            (plain, [self._plain[p] for p in at], fuzz.token_set_ratio, at),
            (plain.replace(" ", ""), [self._joined[p] for p in joined], fuzz.ratio, joined),
        ):
            hits = process.extract(query, choices, scorer=scorer, score_cutoff=reach, limit=None)
            for _, score, i in hits:
                unit_id = self._owner[chosen[i]]
                raw[unit_id] = max(score, raw.get(unit_id, 0.0))
        best = max(raw.values(), default=0.0)
        return {unit_id for unit_id, score in raw.items() if score >= best - 20}

    def _ordered(self, unit_ids: set[str]) -> list[str]:
        return sorted(unit_ids, key=self._order.__getitem__)
