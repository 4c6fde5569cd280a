"""The unit catalog: resolving the appendix's free-text cells to units, and users' names to a unit.

Cells list several units separated by ";" or "," — but "," also occurs inside names ("Các phòng,
đơn vị"), so splitting first is wrong. Instead we scan the cell and at each point take the longest
known name or alias; whatever no name covers is reported, never dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.records import Unit
from cds_tracker.core.text import fold, nfc, without_unseen
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
        self._titles = sorted((lower(t) for t in self.official_titles), key=len, reverse=True)
        self._collectives_of: dict[str, list[str]] = {}
        for unit in self.units.values():
            for member in unit.members:
                self._collectives_of.setdefault(member, []).append(unit.id)

    @functools.cached_property
    def _named(self) -> list[tuple[str, str]]:
        """Each unit's name and aliases, lower case (`lower`), with its id."""
        spellings = [(lower(n), unit.id) for unit in self.units.values() for n in _names(unit)]
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
        that no name spells out: its id (with `ids`), a name or alias as written, then ignoring
        case and diacritics, then as offices abbreviate (name_likeness.py `abbreviates`). Else
        the unit ids it could be: several when it is ambiguous, none when it names no unit."""
        wanted = without_unseen(nfc(query)).strip()
        if ids and wanted in self.units:
            return self.units[wanted]
        if lower(wanted) in self.variants:  # "P. Nam Sơn", "Công an TP"
            return self.units[self.variants[lower(wanted)]]
        names = self._names_index()
        tables = (
            (names.written, wanted),
            (names.lowered, lower(wanted)),
            (names.folded, fold(wanted)),
        )
        for table, key in tables:
            hits = table.get(key, set())
            if len(hits) == 1:
                return self.units[next(iter(hits))]
            if len(hits) > 1:
                return tuple(sorted(hits))
        from cds_tracker.registry.name_likeness import abbreviates, folded_words, may_abbreviate

        found = names.candidates(folded_words(wanted)) if may_abbreviate(wanted) else []
        hits = {unit_id for name, unit_id in found if abbreviates(wanted, name)}
        if len(hits) == 1:
            return self.units[hits.pop()]
        if len(hits) > 1:
            return tuple(sorted(hits))
        return self._p_dot(wanted, ids=ids)

    def _p_dot(self, wanted: str, *, ids: bool) -> Unit | tuple[str, ...]:
        """`wanted` with its "P." (or "P" alone) read as "Phòng" and as "phường", the two words
        offices shorten so (/work/shared/DOMAIN.md): "P. Kinh tế", "P.GD&ĐT", "P.Y tế" are
        departments, "P Bắc Sơn" a ward. The unit(s) either reading names; both naming one each
        is ambiguous, both listed, never one chosen in silence; so is a ward two units are named
        after ("Phường Nam Sơn" and "UBND phường Nam Sơn": offices leave "UBND" out). () when it
        has no "P."."""
        if re.search(_P_DOT, wanted) is None:
            return ()
        hits: set[str] = set()
        ward = re.sub(_P_DOT, "phường ", wanted)
        for said in (re.sub(_P_DOT, "Phòng ", wanted), ward, f"UBND {ward}"):
            found = self.lookup(said, ids=ids)
            hits |= {found.id} if isinstance(found, Unit) else set(found)
        if len(hits) == 1:
            return self.units[hits.pop()]
        return tuple(sorted(hits))

    def _names_index(self) -> NameIndex:
        """Built on the first lookup, not with the index: a warm query looks up no name."""
        if self._by_name is None:
            from cds_tracker.registry.name_likeness import name_tokens
            from cds_tracker.registry.unit_names import NameIndex

            named = ((n, u.id) for u in self.units.values() for n in _names(u))
            self._by_name = NameIndex(named, _lower_name, _fold_name, name_tokens)
        return self._by_name

    def suggest(self, query: str) -> list[str]:
        """The names of the units most like `query`, best first (name_likeness.py
        `suggestions`); once per text (an import's cells repeat). A text far longer than every
        unit name is like none: none is scored (a 32,000-character cell cost 0.2 s a row)."""
        found = self._suggested.get(query)
        if found is None:
            found = self._suggested[query] = self._suggest(query)
        return found

    def _suggest(self, query: str) -> list[str]:
        from cds_tracker.registry.name_likeness import SUGGEST_MARGIN

        longest = len(self._spellings[0][0]) if self._spellings else 0  # longest first
        if len(query) > SUGGEST_MARGIN + longest:
            return []
        wanted = without_unseen(nfc(query)).strip()
        index = self._spellings_index()
        # A query of one short word may be initials: "TP" → Phòng Tư pháp before fuzzy likenesses
        # (generic words alone, "TP" is also "thành phố", name no unit by themselves).
        short = fold(wanted)
        initialled = index.initialled(short) if 2 <= len(short) <= 6 and short.isalpha() else []
        scored = self._scored(wanted)
        if re.search(_P_DOT, wanted) is not None:
            # "P." read as "Phòng" and as "phường" (`_p_dot`), as `lookup` reads it: "P. Kinh"
            # is like Phòng Kinh tế, "P. Tây Sơ" like UBND phường Tây Sơn, which the words
            # with "P." are not (a12_07); both readings' suggestions merged, best first
            for said in (re.sub(_P_DOT, "Phòng ", wanted), re.sub(_P_DOT, "phường ", wanted)):
                scored += self._scored(said)
            best: dict[str, float] = {}
            for score, unit_id in scored:
                best[unit_id] = max(score, best.get(unit_id, score))
            scored = sorted(((s, u) for u, s in best.items()), key=lambda item: -item[0])
            scored = [(s, u) for s, u in scored[:3] if s >= scored[0][0] - 10]  # as `scored`
        ranked = [*initialled, *(u for _, u in scored if u not in initialled)]
        return [self.units[s].name for s in ranked]

    def _scored(self, wanted: str) -> list[tuple[float, str]]:
        """The units most like `wanted` (name_likeness.py `scored`), each with its score."""
        from cds_tracker.registry.name_likeness import scored, telling_words

        telling = telling_words(wanted)
        index = self._spellings_index()
        near = index.near(telling) if telling else list(self.units)  # generic words: all
        return scored(wanted, {unit_id: _names(self.units[unit_id]) for unit_id in near})

    def _spellings_index(self) -> SpellingIndex:
        if self._by_spelling is None:
            from cds_tracker.registry.name_likeness import accent_key, telling_words
            from cds_tracker.registry.unit_names import SpellingIndex

            names = {u.id: _names(u) for u in self.units.values()}
            self._by_spelling = SpellingIndex(names, telling_words, accent_key)
        return self._by_spelling

    def find(self, query: str) -> Unit:
        """The unit a user means (see `lookup`); else suggestions, best first."""
        found = self.lookup(query)
        if isinstance(found, Unit):
            return found
        if ambiguous := found or self._starting(query):
            raise self._ambiguous(query, ambiguous)
        suggested = self.suggest(query)
        hint = (
            msg("unit.hint.did_you_mean", names="; ".join(suggested))
            if suggested
            else msg("unit.hint.list")
        )
        raise UsageError(msg("unit.unknown", query=query), hint=hint)

    def _starting(self, query: str) -> tuple[str, ...]:
        """The units whose name (or alias) begins with what `query` says, words an office
        leaves out aside, its last word maybe cut short ("Phòng Tài": Phòng Tài chính - Kế
        hoạch and Phòng Tài nguyên và Môi trường), when they are several: a name typed
        half-way names none of them. On an unknown name only: the catalogue once, not a query."""
        from cds_tracker.registry.name_likeness import OPTIONAL_WORDS, folded_words

        words = folded_words(query)
        if all(w in OPTIONAL_WORDS for w in words):
            return ()
        # "Tài" as "Phòng Tài", but "Phòng T" is a department's name begun, not a ward's
        bare = not any(w in OPTIONAL_WORDS for w in words)
        *whole, last = words
        hits = set()
        for name, unit_id in self._names_index().names:
            said = tuple(w for w in folded_words(name) if not bare or w not in OPTIONAL_WORDS)
            head = said[: len(words)]
            if len(head) == len(words) and list(head[:-1]) == whole and head[-1].startswith(last):
                hits.add(unit_id)
        return tuple(sorted(hits)) if len(hits) > 1 else ()

    def _ambiguous(self, query: str, ids: tuple[str, ...]) -> UsageError:
        """Which units `query` may mean, each with its id in brackets, either to be typed
        instead (at most AMBIGUOUS_SHOWN, then '…'; the message says how many)."""
        units = sorted((self.units[i] for i in ids), key=lambda u: fold(u.name))
        listed = [f"{u.name} ({u.id})" for u in units[:AMBIGUOUS_SHOWN]]
        names = "; ".join(listed) + ("; …" if len(units) > len(listed) else "")
        return UsageError(
            msg("unit.ambiguous", query=query, count=len(units), names=names),
            hint=msg("unit.hint.full"),
        )


AMBIGUOUS_SHOWN = 8  # units an ambiguous name lists; the message counts them all


# "P." (any spaces after it, or none: "P.GD&ĐT") or "P" alone as a word: "Phòng" or "phường".
_P_DOT = r"(?<![^\W_])[Pp](?:\.\s*|\s+)(?=[^\W\d_])"  # compiled when first used (issue 14)


@functools.lru_cache(maxsize=4096)
def _lower_name(name: str) -> str:
    return lower(name)


@functools.lru_cache(maxsize=4096)
def _fold_name(name: str) -> str:
    return fold(name)


def _names(unit: Unit) -> tuple[str, ...]:
    return (unit.name, *unit.aliases)


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
