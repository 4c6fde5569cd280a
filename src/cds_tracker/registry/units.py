"""The unit catalog: resolving the appendix's free-text cells to units, and users' names to a unit.

Cells list several units separated by ";" or "," — but "," also occurs inside names ("Các phòng,
đơn vị"), so splitting first is wrong. Instead we scan the cell and at each point take the longest
known name or alias; whatever no name covers is reported, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cds_tracker.core.errors import UsageError
from cds_tracker.core.records import Unit
from cds_tracker.core.text import closest, fold, nfc

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
        self._titles = sorted((_lower(t) for t in self.official_titles), key=len, reverse=True)
        self._collectives_of: dict[str, list[str]] = {}
        for unit in self.units.values():
            for member in unit.members:
                self._collectives_of.setdefault(member, []).append(unit.id)

    def __getitem__(self, unit_id: str) -> Unit:
        return self.units[unit_id]

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
        """The unit a user means: id, exact name or alias, then ignoring case and diacritics."""
        wanted = nfc(query).strip()
        if wanted in self.units:
            return self.units[wanted]
        for exact in (lambda s: s, _lower, fold):
            key = exact(wanted)
            hits = {u.id for u in self.units.values() for n in _names(u) if exact(n) == key}
            if len(hits) == 1:
                return self.units[hits.pop()]
            if len(hits) > 1:
                names = ", ".join(sorted(self.units[h].name for h in hits))
                raise UsageError(
                    f"unit '{query}' is ambiguous: it could be {names}",
                    hint="give the full name or the unit id",
                )
        key = fold(wanted)
        contains = sorted(
            {
                u.name
                for u in self.units.values()
                for n in (*_names(u), u.id)
                if key and key in fold(n)
            }
        )
        candidates = contains[:5] or closest(
            wanted, [n for u in self.units.values() for n in _names(u)], cutoff=0.5
        )
        suggested = list(dict.fromkeys(self._canonical(c) for c in candidates))
        hint = (
            ("Did you mean: " + "; ".join(suggested) + "?")
            if suggested
            else "run 'cds units' to list the units"
        )
        raise UsageError(f"unknown unit '{query}'", hint=hint)

    def _canonical(self, spelling: str) -> str:
        for unit in self.units.values():
            if spelling in _names(unit):
                return unit.name
        return spelling


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
