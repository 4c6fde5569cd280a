"""The unit catalog: resolving the appendix's free-text cells to units, and users' names to a unit.

Cells list several units separated by ";" or "," — but "," also occurs inside names ("Các phòng,
đơn vị"), so splitting first is wrong. Instead we scan the cell and at each point take the longest
known name or alias; whatever no name covers is reported, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.records import Unit
from cds_tracker.core.text import fold, nfc, without_unseen

_SEPARATORS = frozenset(" \t\n;,")
_CONJUNCTION = "và "


@dataclass(frozen=True)
class UnitRef:
    """One unit named in a cell, with the official's title when the cell names a person."""

    unit_id: str
    text: str
    official: str | None = None


@dataclass(frozen=True)
class Resolution:
    refs: tuple[UnitRef, ...]
    unresolved: tuple[str, ...]

    @property
    def unit_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ref.unit_id for ref in self.refs))


class UnitIndex:
    """Lookups over a catalog, built once per registry."""

    def __init__(self, units: Iterable[Unit], official_titles: Iterable[str] = ()) -> None:
        self.units: dict[str, Unit] = {}
        for unit in units:
            self.units.setdefault(unit.id, unit)
        # Longest first, so "Các phòng, đơn vị thuộc UBND thành phố" wins over "Các phòng, đơn vị".
        spellings = [(_lower(n), unit.id) for unit in self.units.values() for n in _names(unit)]
        self._spellings = sorted(set(spellings), key=lambda item: (-len(item[0]), item))
        self.official_titles = tuple(official_titles)
        # Any unit with a validity or a successor (registry/succession.py); most catalogs: none.
        self.changes = any(u.valid_from or u.valid_to or u.successor for u in self.units.values())
        # On a view of one day (succession.index_on): each merged unit → the unit that speaks
        # for it that day. Empty for the catalog itself.
        self.heirs: dict[str, str] = {}
        self._titles = sorted((_lower(t) for t in self.official_titles), key=len, reverse=True)
        self._collectives_of: dict[str, list[str]] = {}
        for unit in self.units.values():
            for member in unit.members:
                self._collectives_of.setdefault(member, []).append(unit.id)

    def __getitem__(self, unit_id: str) -> Unit:
        return self.units[unit_id]

    def heir(self, unit_id: str) -> str:
        """Who answers for `unit_id` on this view's day: itself, or the unit it merged into."""
        return self.heirs.get(unit_id, unit_id)

    def name(self, unit_id: str) -> str:
        unit = self.units.get(unit_id)
        return unit.name if unit else unit_id

    def collectives_of(self, unit_id: str) -> list[str]:
        """The collectives that stand for this unit ("Các phòng, đơn vị" for Phòng Y tế)."""
        return list(self._collectives_of.get(unit_id, ()))

    def resolve(self, cell: str) -> Resolution:
        text = nfc(cell)
        low = _lower(text)
        refs: list[UnitRef] = []
        unresolved: list[str] = []
        i = 0
        while i < len(text):
            i = _skip_separators(low, i)
            if i >= len(text):
                break
            official = None
            start = i
            for title in self._titles:
                if low.startswith(title + " ", i) and self._match(low, i + len(title) + 1):
                    official = text[i : i + len(title)]
                    i += len(title) + 1
                    break
            found = self._match(low, i)
            if found is None:
                end = _next_separator(text, i)
                unresolved.append(text[start:end].strip())
                i = end
                continue
            spelling, unit_id = found
            refs.append(UnitRef(unit_id, text[start : i + len(spelling)], official))
            i += len(spelling)
        return Resolution(tuple(refs), tuple(unresolved))

    def _match(self, low: str, at: int) -> tuple[str, str] | None:
        for spelling, unit_id in self._spellings:
            end = at + len(spelling)
            if low.startswith(spelling, at) and (end == len(low) or not low[end].isalnum()):
                return spelling, unit_id
        return None

    def find(self, query: str) -> Unit:
        """The unit a user means: its id, a name or alias as written, then ignoring case and
        diacritics, then as offices abbreviate (see `abbreviates`); else suggestions, best first."""
        wanted = without_unseen(nfc(query)).strip()
        if wanted in self.units:
            return self.units[wanted]
        tests: tuple[Callable[[str], bool], ...] = (
            lambda name: name == wanted,
            lambda name: _lower(name) == _lower(wanted),
            lambda name: fold(name) == fold(wanted),
            lambda name: abbreviates(wanted, name),
        )
        for test in tests:
            hits = {u.id for u in self.units.values() for n in _names(u) if test(n)}
            if len(hits) == 1:
                return self.units[hits.pop()]
            if len(hits) > 1:
                names = "; ".join(sorted(self.units[h].name for h in hits))
                raise UsageError(
                    msg("unit.ambiguous", query=query, names=names), hint=msg("unit.hint.full")
                )
        suggested = suggestions(wanted, {u.id: _names(u) for u in self.units.values()})
        hint = (
            msg("unit.hint.did_you_mean", names="; ".join(self.units[s].name for s in suggested))
            if suggested
            else msg("unit.hint.list")
        )
        raise UsageError(msg("unit.unknown", query=query), hint=hint)


# Words an office leaves out of a unit's name ("Y tế" for "Phòng Y tế", "Bắc Sơn" for "UBND
# phường Bắc Sơn"), and "và", which "&", "-" or nothing stand for in an abbreviation ("VH&TT").
_OPTIONAL = frozenset({"phong", "ubnd", "phuong", "xa", "thanh", "pho", "tp", "cac"})
_AND = "va"


def _words(name: str) -> list[str]:
    return [w for w in _NOT_WORD.split(fold(name.replace("&", " "))) if w and w != _AND]


_NOT_WORD = re.compile(r"[^0-9a-z]+")


def abbreviates(query: str, name: str) -> bool:
    """True when `query` is `name` as offices shorten it: each word of the query is a word of the
    name or the initials of consecutive words ("VH" = "Văn hóa", "TCKH" = "Tài chính - Kế
    hoạch"), in order, covering the name but for words such as "Phòng" or "thành phố" at its ends.
    So "Phòng VH&TT", "VHTT", "VP HĐND-UBND", "CA" and "Y tế" need no alias."""
    asked, words = _words(query), _words(name)
    if not asked or any(c in query for c in "/\\") or query.startswith("."):
        return False  # a path is never a unit's name, however its words read

    def covers(q: int, w: int) -> bool:
        if q == len(asked):
            return all(word in _OPTIONAL for word in words[w:])
        for end in range(w + 1, len(words) + 1):
            part = words[w:end]
            said = part[0] if len(part) == 1 else "".join(p[0] for p in part)
            if said == asked[q] and covers(q + 1, end):
                return True
        return False

    start = 0
    while True:
        if covers(0, start):
            return True
        if start >= len(words) or words[start] not in _OPTIONAL:
            return False
        start += 1


def suggestions(query: str, names: dict[str, tuple[str, ...]], limit: int = 3) -> list[str]:
    """Unit ids whose names or aliases are most like `query`, best first: rapidfuzz's token-set
    ratio over the words that tell units apart (folded, without "Phòng", "UBND", "xã"…), so word
    order and a missing word count for little and a typo for a little more; a unit sharing no such
    word with the query is left out whenever one shares a word; nothing under 60 of 100."""
    from rapidfuzz import fuzz

    def telling(text: str) -> str:
        return " ".join(w for w in _words(text) if w not in _OPTIONAL)

    asked = telling(query)
    scored: list[tuple[float, bool, str]] = []
    for unit_id, spellings in names.items():
        best = max(fuzz.token_set_ratio(asked, telling(s)) for s in spellings)
        shares = any(set(asked.split()) & set(telling(s).split()) for s in spellings)
        scored.append((best, shares, unit_id))
    if any(shares for _, shares, _ in scored):
        scored = [item for item in scored if item[1]]
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] < 60:
        return []
    top = scored[0][0]
    return [unit_id for score, _, unit_id in scored[:limit] if score >= top - 10]


def _names(unit: Unit) -> tuple[str, ...]:
    return (unit.name, *unit.aliases)


def _lower(text: str) -> str:
    # str.lower keeps the length of NFC Vietnamese text, so indices match the original.
    lowered = nfc(text).lower()
    return lowered if len(lowered) == len(text) else nfc(text)


def _skip_separators(low: str, i: int) -> int:
    while i < len(low):
        if low[i] in _SEPARATORS:
            i += 1
        elif low.startswith(_CONJUNCTION, i):
            i += len(_CONJUNCTION)
        else:
            break
    return i


def _next_separator(text: str, i: int) -> int:
    ends = [pos for pos in (text.find(";", i), text.find(",", i)) if pos >= 0]
    return min(ends) if ends else len(text)
