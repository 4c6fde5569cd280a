"""The unit catalog: resolving the appendix's free-text cells to units, and users' names to a unit.

Cells list several units separated by ";" or "," — but "," also occurs inside names ("Các phòng,
đơn vị"), so splitting first is wrong. Instead we scan the cell and at each point take the longest
known name or alias; whatever no name covers is reported, never dropped.

A name a person types (`lookup`, `find`, `suggest`) is read in unit_lookup.py, imported only
when a name is looked up.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from cds_tracker.core.records import Unit
from cds_tracker.core.text import nfc
from cds_tracker.core.tuples import Record

# Imported on the first lookup or suggestion: a warm query looks up no name (docs/performance.md).
if TYPE_CHECKING:
    from cds_tracker.registry.unit_names import NameIndex, SpellingIndex
from cds_tracker.registry.officials import OfficialReading
from cds_tracker.registry.officials import UnitRef as UnitRef  # where every caller finds it
from cds_tracker.registry.unit_wordings import lower, skip_separators, variants, without_courtesy

_ONE_LINE = str.maketrans("\n\r\t\v\f", "     ")


# A named tuple, not a dataclass: every warm start makes this class (docs/performance.md).
class Resolution(Record):
    refs: tuple[UnitRef, ...]
    unresolved: tuple[str, ...]

    @property
    def unit_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ref.unit_id for ref in self.refs))


# The cells' resolutions of the last catalog indexed (units and official titles). A resolution
# depends on those alone, and a cold read indexes one catalog twice, for the registry's rules and
# for the answer, each resolving the same 3,000 cells of a 1,000-target registry (~0.05 s).
# Only the last is kept: a process that indexes many catalogs (the tests) keeps one.
_last_resolved: list[tuple[object, dict[str, Resolution]]] = []


def _resolutions(units: tuple[Unit, ...], titles: tuple[str, ...]) -> dict[str, Resolution]:
    key = (units, titles)
    try:
        if _last_resolved and _last_resolved[0][0] == key:
            return _last_resolved[0][1]
        hash(key)  # a unit holding something unhashable is never shared (and never compared)
    except TypeError:
        return {}
    found: dict[str, Resolution] = {}
    _last_resolved[:] = [(key, found)]
    return found


class UnitIndex(OfficialReading):
    """Lookups over a catalog, built once per registry (its officials: officials.py)."""

    def __init__(self, units: Iterable[Unit], official_titles: Iterable[str] = ()) -> None:
        self.units: dict[str, Unit] = {}
        for unit in units:
            self.units.setdefault(unit.id, unit)
        # The spellings (`_spellings` and what is made of it) are made when first a cell is
        # resolved or a name looked up: a warm query does neither, and makes an index (or a
        # view of one day) at every start.
        self._suggested: dict[str, list[str]] = {}  # each name left over suggested once
        self._by_name: NameIndex | None = None  # see `lookup`
        self._by_spelling: SpellingIndex | None = None  # see `suggest`
        self.official_titles = tuple(official_titles)
        # Cells repeat: each text resolved once, and once for every index of an equal catalog.
        self._resolved = _resolutions(tuple(self.units.values()), self.official_titles)
        # Any unit with a validity or a successor (registry/succession.py); most catalogs: none.
        self.changes = any(u.valid_from or u.valid_to or u.successor for u in self.units.values())
        # On a view of one day (succession.index_on): each merged unit → the unit that speaks
        # for it that day. Empty for the catalog itself.
        self.heirs: dict[str, str] = {}
        self.base: UnitIndex | None = None  # on a view of one day: the catalog it was made from
        # The first day (yyyy-mm-dd) of the plan this catalog is read for ("" when not one plan's,
        # questions/tracker.py sets it): a unit ended before it has no part in the plan, whatever
        # its heirs do later (succession.taken_over; attack 21 a21-01).
        self.plan_start = ""
        self._titles = sorted((lower(t) for t in self.official_titles), key=len, reverse=True)
        self._collectives_of: dict[str, list[str]] = {}
        for unit in self.units.values():
            for member in unit.members:
                self._collectives_of.setdefault(member, []).append(unit.id)

    @functools.cached_property
    def _named(self) -> list[tuple[str, str]]:
        """Each unit's name and aliases, lower case (`lower`), with its id."""
        spellings = [
            (lower(n), unit.id) for unit in self.units.values() for n in self.names_of(unit)
        ]
        # An alias "Đ/c Trần Thị B": a cell's "Đ/c" is read first, then "Trần Thị B" is matched.
        spellings += [(bare, u) for s, u in spellings if (bare := without_courtesy(s)) is not None]
        return spellings

    @functools.cached_property
    def variants(self) -> dict[str, str]:
        """Spellings offices write that no name spells out ("P. Nam Sơn", "UBND TP", "Các xã,
        phường"), kept only where exactly one unit has them (unit_wordings.variants)."""
        return variants(self._named)

    @functools.cached_property
    def _spellings(self) -> list[tuple[str, str]]:
        """Every spelling with its unit, longest first, so "Các phòng, đơn vị thuộc UBND thành
        phố" wins over "Các phòng, đơn vị"."""
        spellings = self._named + list(self.variants.items())
        return sorted(set(spellings), key=lambda item: (-len(item[0]), item))

    @functools.cached_property
    def _lengths(self) -> list[int]:
        """`_match` looks each length up instead of trying every spelling at every position (a
        registry of 1,000 targets resolves some 3,000 cells): at one position at most one
        spelling of each length can start."""
        return sorted({len(spelling) for spelling, _ in self._spellings}, reverse=True)

    @functools.cached_property
    def _first_unit(self) -> dict[str, str]:
        """Each spelling's unit: of a spelling's units, the first sorted wins."""
        first: dict[str, str] = {}
        for spelling, unit_id in self._spellings:
            first.setdefault(spelling, unit_id)
        return first

    def __getitem__(self, unit_id: str) -> Unit:
        return self.units[unit_id]

    @staticmethod
    def names_of(unit: Unit) -> tuple[str, ...]:
        """Every name a unit is known by: its name, then its aliases."""
        return (unit.name, *unit.aliases)

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
        found = self._resolved.get(cell)
        if found is None:
            found = self._resolved[cell] = self._resolve(cell)
        return found

    def _resolve(self, cell: str) -> Resolution:
        text = nfc(cell)
        low = lower(text).translate(_ONE_LINE)  # a name or a title may break across lines
        refs: list[UnitRef] = []
        unresolved: list[str] = []
        seps = _Separators(text)
        i = 0
        while i < len(text):
            i = skip_separators(low, i)
            if i >= len(text):
                break
            start = i
            # "Đ/c Chủ tịch …" ("đồng chí"), "Ông Lê Văn C, Trưởng phòng …", "Phó Chủ tịch …"
            i, official = self._official_at(text, low, i)
            found = self._match(low, i)
            person = self._person_portfolio(text, low, start, i) if found is None else None
            if person is not None:  # "Đ/c Trần Thị B, phụ trách khối …": the committee's leader
                refs.append(person)
                i = start + len(person.text)
                continue
            if found is None:
                end = seps.next(i)
                loose = self._loose(text[i:end].strip()) or self._portfolio(text, low, i, end)
                if loose is None:
                    unresolved.append(text[start:end].strip())
                else:  # with the form of address and the person's name before, if any
                    refs.append(loose._replace(text=text[start:i] + loose.text))
                    end = max(end, start + len(loose.text))  # a portfolio may hold a ","
                i = end
                continue
            spelling, unit_id = found
            portfolio = (
                self._portfolio_end(low, i + len(spelling))
                if official
                else self._after_person(low, start, i, i + len(spelling))
            )
            if portfolio is not None:  # "Phó Chủ tịch UBND TP phụ trách khối …": all one title
                refs.append(UnitRef(unit_id, text[start:portfolio].rstrip(), official))
                i = portfolio
                continue
            whole = self._whole(text, low, seps, (start, i + len(spelling)), official)
            if whole is not None:  # "CA TP": one unit's abbreviated words, not "CA" and "TP"
                refs.append(whole)
                i = seps.next(i)
                continue
            refs.append(UnitRef(unit_id, text[start : i + len(spelling)], official))
            i += len(spelling)
        return Resolution(tuple(refs), tuple(unresolved))

    def _whole(
        self,
        text: str,
        low: str,
        seps: _Separators,
        span: tuple[int, int],
        official: str | None,
    ) -> UnitRef | None:
        """The one unit that the text from `span`'s start to the next separator names as a
        whole, when a known name covers only up to `span`'s end and no known name follows
        ("CA TP" is Công an thành phố, not "CA" and an unknown "TP"); None otherwise. `low` is
        `text` lowered once per cell and `seps` its separators: per name found, work stays
        proportional to the name, not to the cell (a cell of 4000 names was quadratic)."""
        start, end = span
        stop = seps.next(end)
        after = skip_separators(low, end)
        if stop <= after or self._match(low, after) is not None:
            return None
        said = text[start:stop].strip()
        found = self._loose(said)
        if found is None or (official and found.official is None):
            return None
        return found

    def _match(self, low: str, at: int) -> tuple[str, str] | None:
        """The first of `_spellings` (longest first) that starts at `at` and ends a word."""
        size = len(low)
        for length in self._lengths:
            end = at + length
            if end <= size:
                spelling = low[at:end]
                unit_id = self._first_unit.get(spelling)
                if unit_id is not None and (end == size or not low[end].isalnum()):
                    return spelling, unit_id
        return None

    def lookup(self, query: str, *, ids: bool = True) -> Unit | tuple[str, ...]:
        """The one unit `query` names, the rule of `cds report --unit` and of a cell's names
        that no name spells out; else the unit ids it could be (unit_lookup.py `lookup`)."""
        from cds_tracker.registry.unit_lookup import lookup

        return lookup(self, query, ids=ids)

    def suggest(self, query: str) -> list[str]:
        """The names of the units most like `query`, best first (unit_lookup.py `suggest`)."""
        from cds_tracker.registry.unit_lookup import suggest

        return suggest(self, query)

    def find(self, query: str) -> Unit:
        """The unit a user means; else UsageError with suggestions (unit_lookup.py `find`)."""
        from cds_tracker.registry.unit_lookup import find

        return find(self, query)


class _Separators:
    """The next ";" or "," of one cell at or after a position. Remembers the last one found of
    each, so a left-to-right scan finds every separator once: linear in the cell, where a fresh
    `find` per name went to the cell's end for "," each time (quadratic)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found = {";": (0, text.find(";")), ",": (0, text.find(","))}

    def next(self, i: int) -> int:
        ends = [self._find(char, i) for char in ";,"]
        return min((end for end in ends if end >= 0), default=len(self._text))

    def _find(self, char: str, i: int) -> int:
        since, pos = self._found[char]
        if since <= i and (pos < 0 or pos >= i):  # none after `since`, or the one found is ahead
            return pos
        pos = self._text.find(char, i)
        self._found[char] = (i, pos)
        return pos
