"""The unit catalog: resolving the appendix's free-text cells to units, and users' names to a unit.

Cells list several units separated by ";" or "," — but "," also occurs inside names ("Các phòng,
đơn vị"), so splitting first is wrong. Instead we scan the cell and at each point take the longest
known name or alias; whatever no name covers is reported, never dropped.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.records import Unit
from cds_tracker.core.text import fold, nfc, same_tones, without_unseen
from cds_tracker.core.tuples import Record

if TYPE_CHECKING:  # imported on the first lookup: a warm query looks up no name
    from cds_tracker.registry.unit_names import NameIndex, SpellingIndex
from cds_tracker.registry.officials import OfficialReading
from cds_tracker.registry.officials import UnitRef as UnitRef  # where every caller finds it
from cds_tracker.registry.unit_wordings import skip_separators, variants, without_courtesy

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
        self._titles = sorted((_lower(t) for t in self.official_titles), key=len, reverse=True)
        self._collectives_of: dict[str, list[str]] = {}
        for unit in self.units.values():
            for member in unit.members:
                self._collectives_of.setdefault(member, []).append(unit.id)

    @functools.cached_property
    def _named(self) -> list[tuple[str, str]]:
        """Each unit's name and aliases, lower case (`_lower`), with its id."""
        spellings = [(_lower(n), unit.id) for unit in self.units.values() for n in _names(unit)]
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
        low = _lower(text).translate(_ONE_LINE)  # a name or a title may break across lines
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
        case and diacritics, then as offices abbreviate (see `abbreviates`). Else the unit ids it
        could be: several when it is ambiguous, none when it names no unit."""
        wanted = without_unseen(nfc(query)).strip()
        if ids and wanted in self.units:
            return self.units[wanted]
        if _lower(wanted) in self.variants:  # "P. Nam Sơn", "Công an TP"
            return self.units[self.variants[_lower(wanted)]]
        names = self._names_index()
        tables = (
            (names.written, wanted),
            (names.lowered, _lower(wanted)),
            (names.folded, fold(wanted)),
        )
        for table, key in tables:
            hits = table.get(key, set())
            if len(hits) == 1:
                return self.units[next(iter(hits))]
            if len(hits) > 1:
                return tuple(sorted(hits))
        found = names.candidates(_words(wanted)) if may_abbreviate(wanted) else []
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
            from cds_tracker.registry.unit_names import NameIndex

            named = ((n, u.id) for u in self.units.values() for n in _names(u))
            self._by_name = NameIndex(named, _lower_name, _fold_name, _name_tokens)
        return self._by_name

    def suggest(self, query: str) -> list[str]:
        """The names of the units most like `query`, best first (see `suggestions`); once per
        text (an import's cells repeat). A text far longer than every unit name is like none:
        none is scored (a 32,000-character cell cost 0.2 s a row)."""
        found = self._suggested.get(query)
        if found is None:
            found = self._suggested[query] = self._suggest(query)
        return found

    def _suggest(self, query: str) -> list[str]:
        longest = len(self._spellings[0][0]) if self._spellings else 0  # longest first
        if len(query) > SUGGEST_MARGIN + longest:
            return []
        wanted = without_unseen(nfc(query)).strip()
        index = self._spellings_index()
        # A query of one short word may be initials: "TP" → Phòng Tư pháp before fuzzy likenesses
        # (generic words alone, "TP" is also "thành phố", name no unit by themselves).
        short = fold(wanted)
        initialled = index.initialled(short) if 2 <= len(short) <= 6 and short.isalpha() else []
        telling = telling_words(wanted)
        near = index.near(telling) if telling else list(self.units)  # generic words: all
        names = {unit_id: _names(self.units[unit_id]) for unit_id in near}
        ranked = [*initialled, *(s for s in suggestions(wanted, names) if s not in initialled)]
        return [self.units[s].name for s in ranked]

    def _spellings_index(self) -> SpellingIndex:
        if self._by_spelling is None:
            from cds_tracker.registry.unit_names import SpellingIndex

            names = {u.id: _names(u) for u in self.units.values()}
            self._by_spelling = SpellingIndex(names, telling_words, _accent_key)
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
        words = _words(query)
        if all(w in _OPTIONAL for w in words):
            return ()
        # "Tài" as "Phòng Tài", but "Phòng T" is a department's name begun, not a ward's
        bare = not any(w in _OPTIONAL for w in words)
        *whole, last = words
        hits = set()
        for name, unit_id in self._names_index().names:
            said = tuple(w for w in _words(name) if not bare or w not in _OPTIONAL)
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


# Words an office leaves out of a unit's name ("Y tế" for "Phòng Y tế", "Bắc Sơn" for "UBND
# phường Bắc Sơn"), and "và", which "&", "-" or nothing stand for in an abbreviation ("VH&TT").
# A query of these words alone ("TP", "Xã", "Các") names no unit: they are in too many names.
_OPTIONAL = frozenset({"phong", "ubnd", "phuong", "xa", "thanh", "pho", "tp", "cac"})
_AND = "va"
# "P." (any spaces after it, or none: "P.GD&ĐT") or "P" alone as a word: "Phòng" or "phường".
_P_DOT = r"(?<![^\W_])[Pp](?:\.\s*|\s+)(?=[^\W\d_])"  # compiled when first used (issue 14)


# Characters a text may have beyond the longest spelling of a unit and still be scored for a
# suggestion: a courtesy, a title and a person's name before it ("Đ/c Nguyễn Văn A, Trưởng …").
SUGGEST_MARGIN = 80


@functools.lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    # Cached, as `_name_words`, `_lower_name` and `_fold_name`: a cell's unknown name is tried
    # against every name of the catalogue, the same few names each time.
    return tuple(w for w in re.split(_NOT_WORD, fold(name.replace("&", " "))) if w and w != _AND)


@functools.lru_cache(maxsize=4096)
def _lower_name(name: str) -> str:
    return _lower(name)


@functools.lru_cache(maxsize=4096)
def _fold_name(name: str) -> str:
    return fold(name)


# Texts, compiled by `re` when first used: a warm query matches no name (issue 14).
_NOT_WORD = r"[^0-9a-z]+"
_TOKEN = r"[^\W_]+"


class _Word(Record):
    folded: str
    acronym: bool  # written in capitals ("VP", "HĐND"): matched whole, its letters no initials
    after_and: bool  # a compound name's next part starts here ("và", "&", "-" before it)


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[_Word, ...]:
    """The words of a unit's name as `abbreviates` reads them."""
    words: list[_Word] = []
    joined = False
    last = 0
    text = nfc(name)
    for match in re.finditer(_TOKEN, text):
        token, between = match.group(), text[last : match.start()]
        last = match.end()
        folded = fold(token)
        if folded == _AND:
            joined = True
            continue
        joined = joined or "&" in between or "-" in between
        acronym = len(token) > 1 and token.isupper()
        words.append(_Word(folded, acronym, joined and bool(words)))
        joined = False
    return tuple(words)


def may_abbreviate(query: str) -> bool:
    """False for a query that `abbreviates` no name whatever the name: no word, generic words
    alone ("TP", "Xã", "Các"), or a path (never a unit's name, however its words read)."""
    asked = _words(query)
    if not asked or any(c in query for c in "/\\") or query.startswith("."):
        return False
    return not all(word in _OPTIONAL for word in asked)


def _name_tokens(name: str) -> set[str]:
    """Every query word `abbreviates` can match in `name`: its words, and the initials of each
    run of two or more consecutive words written out (not in capitals)."""
    words = _name_words(name)
    tokens = {word.folded for word in words}
    for start in range(len(words)):
        initials = ""
        for word in words[start:]:
            if word.acronym:
                break
            initials += word.folded[0]
            if len(initials) > 1:
                tokens.add(initials)
    return tokens


def abbreviates(query: str, name: str) -> bool:
    """True when `query` is `name` as offices shorten it: each word of the query is a word of the
    name or the initials of consecutive written-out words ("VH" = "Văn hóa", "TCKH" = "Tài chính
    - Kế hoạch"; never letters of a name's own abbreviation, so "VH" is not "VP HĐND"), in
    order, covering the name but for words such as "Phòng" or "thành phố" at its ends, or its
    first part before "và", "&" or "-" ("Phòng GD" = "Phòng Giáo dục và Đào tạo"). So
    "Phòng VH&TT", "VHTT", "VP HĐND-UBND", "CA" and "Y tế" need no alias; a query of generic
    words alone ("TP", "Xã", "Các") abbreviates nothing. Polynomial: each (query word, name
    word) pair is tried once."""
    if not may_abbreviate(query):
        return False
    asked = _words(query)
    words = _name_words(name)
    seen: dict[tuple[int, int], bool] = {}

    def covers(q: int, w: int) -> bool:
        if (q, w) not in seen:
            seen[(q, w)] = _covers(q, w)
        return seen[(q, w)]

    def _covers(q: int, w: int) -> bool:
        if q == len(asked):
            rest = words[w:]
            return all(word.folded in _OPTIONAL for word in rest) or (q > 0 and rest[0].after_and)
        if w < len(words) and words[w].folded == asked[q] and covers(q + 1, w + 1):
            return True
        initials = ""
        for end in range(w, min(len(words), w + len(asked[q]))):
            if words[end].acronym:
                break
            initials += words[end].folded[0]
            if end > w and initials == asked[q] and covers(q + 1, end + 1):
                return True
        return False

    start = 0
    while True:
        if covers(0, start):
            return True
        if start >= len(words) or words[start].folded not in _OPTIONAL:
            return False
        start += 1


def suggestions(query: str, names: dict[str, tuple[str, ...]], limit: int = 3) -> list[str]:
    """Unit ids whose names or aliases are most like `query`, best first: rapidfuzz's token-set
    ratio over the words that tell units apart (folded, without "Phòng", "UBND", "xã"…), so word
    order and a missing word count for little and a typo for a little more; words run together
    count too ("Yte" is "Y tế"). Units sharing a word with the query come first, and of those,
    for a query written with accents, units sharing a word with the same accents (in either tone
    placement: "hoá" is "hóa"; "viện" is not "viễn", and costs points): so "Bệnh viện" is not
    "Viễn thông". Nothing under 60 of 100, nor under 75 for a unit sharing no word.

    Words of an office's kind, not its field ("Trung tâm", "Chi cục", "Ban", "Sở", "Ủy ban
    nhân dân", "quản lý": `_field_words`), are left out of both sides: shared, they say nothing
    ("Trung tâm Văn hóa, Thể thao và Du lịch" is not "UBND phường Trung Sơn", "Chi cục Thuế" not
    "Chi cục Thống kê"). And a unit shares words only when they are, added, the shares of the
    query's field words and of the unit's at least 3/4 (`_LIKE_WORDS`: "Phòng Kinh tế và Hạ
    tầng" is like "Phòng Kinh tế", 1/2 + 1; "Trung tâm Phục vụ hành chính công" is not like
    "Công an thành phố" for "công", 1/5 + 1/2), and one word alone is all the unit's or the
    query's others are typos of its others (`_typos`: "Phòng Khoa học và Công nghệ" is not like
    "Công an thành phố"), else it is scored as sharing none."""
    asked = _field_words(telling_words(query))
    if not asked:  # generic words alone ("Xã", "TP"): the few units they are all in, if few
        wanted = set(_words(query))
        found = [u for u, said in names.items() if any(wanted <= set(_words(s)) for s in said)]
        return found if len(found) <= limit else []
    scored = [(*_likeness(asked, spellings), unit_id) for unit_id, spellings in names.items()]
    best_share = max((share for _, share, _ in scored), default=0)  # no unit valid: none
    scored = [item for item in scored if item[1] == best_share]
    scored.sort(key=lambda item: -item[0])
    floor = 60 if best_share else 75
    if not scored or scored[0][0] < floor:
        return []
    top = scored[0][0]
    return [unit_id for score, _, unit_id in scored[:limit] if score >= top - 10]


# Words naming the kind of an office, not its field: two names sharing only these are not alike.
# Pairs first (folded: typed without accents too), so "Trung" of "Trung Sơn" stays.
_OFFICE_PAIRS = frozenset(
    {("trung", "tam"), ("chi", "cuc"), ("uy", "ban"), ("nhan", "dan"), ("hoi", "dong")}
    | {("van", "phong"), ("quan", "ly"), ("chi", "nhanh"), ("dich", "vu"), ("doanh", "nghiep")}
)
_OFFICE_WORDS = frozenset({"ban", "cuc", "hoi", "doan", "so", "vien", "hiep"})
# The shares of the field words asked and of a name's that the two have in common, added: at
# least this to count as sharing. "Phục vụ hành chính công" shares 1/5 and 1/2 of "Công an":
# no; a typo, "Giáo dụk", 1/2 and 1/4 of "Giáo dục và Đào tạo": yes.
_LIKE_WORDS = 0.75
# And one word in common (a syllable: "công" of "công nghệ" and of "công an" is chance) is a
# likeness only when it is all of the unit's words, or the query's other words are typos of the
# unit's others, its office words too (`_typos`, a ratio of at least this): "Khoa học và Công
# nghệ" shares 1/4 and 1/2 of "Công an" (3/4), "khoa", "học", "nghệ" nothing like "an",
# "thành", "phố": no (clerk11 B); "Giáo dụk" yes ("dụk" is "dục"), "van-phon" yes ("phòng" of
# "Văn phòng"), "Tân Hưng" not "Tân Bình" ("hưng" is no typo of "phường"); two words ("văn hóa" of
# "Trung tâm Văn hóa, Thể thao…") are a likeness.
_TYPO = 65


def _typos(plain: str, spelling: str, alike: set[str]) -> bool:
    """Whether each of the query's words not shared is like one of the unit's not shared: a
    letter other or missing ("phon" for "phong", "dụk" for "dục"), letters more ("tees" for
    "tế"), not a word inside one two letters longer ("hưng" is in "phường")."""
    from rapidfuzz import fuzz

    others = set(_words(spelling)) - alike
    return all(
        any(len(other) <= len(word) + 1 and fuzz.ratio(word, other) >= _TYPO for other in others)
        for word in set(plain.split()) - alike
    )


def _field_words(words: list[str]) -> list[str]:
    """`words` (telling words) without those naming an office's kind (`_OFFICE_PAIRS`,
    `_OFFICE_WORDS`): the field an office works in, which tells two offices apart."""
    folded = [fold(w) for w in words]
    kept: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and (folded[i], folded[i + 1]) in _OFFICE_PAIRS:
            i += 2
            continue
        if folded[i] not in _OFFICE_WORDS:
            kept.append(words[i])
        i += 1
    return kept


def telling_words(text: str) -> list[str]:
    """The words of a name that tell units apart, lower case, accents kept."""
    return [w for w in re.findall(_TOKEN, _lower(text)) if fold(w) not in _OPTIONAL | {_AND}]


def _likeness(asked: list[str], spellings: tuple[str, ...]) -> tuple[float, int]:
    """The best score of a unit's spellings, and how it shares words with the query: 2 with the
    same accents, 1 alike but for accents, 0 none (a query without accents: 2 for any share)."""
    from rapidfuzz import fuzz

    plain, keys = _spelling_keys(" ".join(asked))  # the query's, as a spelling's: cached
    accents = any(key[1] for key in keys)
    best, share = 0.0, 0
    for spelling in spellings:
        said, said_keys = _spelling_keys(spelling)
        if not said:  # a name of office words alone ("UBND thành phố"): like nothing asked
            continue
        score = fuzz.token_set_ratio(plain, said)
        if plain.count(" ") != said.count(" "):  # a word run together or split: "Yte"
            score = max(score, fuzz.ratio(plain.replace(" ", ""), said.replace(" ", "")))
        alike = set(plain.split()) & set(said.split())
        asked_share = len(alike) / len(set(plain.split()))
        said_share = len(alike) / len(set(said.split()))
        if alike and (
            asked_share + said_share < _LIKE_WORDS
            or (len(alike) == 1 and said_share < 1 and not _typos(plain, spelling, alike))
        ):
            # a word or two of many: not a likeness of names; the words left, alike or not
            rest = [" ".join(sorted(set(s.split()) - alike)) for s in (plain, said)]
            alike, score = set(), fuzz.ratio(*rest)
        exact = {key[0] for key in keys & said_keys} if accents and alike else alike
        score -= 10 * len(alike - exact) / len(asked)
        best = max(best, score)
        share = max(share, 2 if exact else 1 if alike else 0)
    return best, share


@functools.lru_cache(maxsize=4096)
def _spelling_keys(spelling: str) -> tuple[str, frozenset[tuple[str, str]]]:
    """A catalogue spelling's telling words folded and joined, and their accent keys: the same
    for every unknown name a cell holds (3000 unknown names redid them for each unit)."""
    words = _field_words(telling_words(spelling))
    return " ".join(fold(w) for w in words), frozenset(_accent_key(w) for w in words)


def _accent_key(word: str) -> tuple[str, str]:
    """A word without its accents, and its accents in any order: "hoá" and "hóa" are alike."""
    marks = [c for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c)]
    return fold(word), "".join(sorted(marks)) + ("đ" if "đ" in word else "")


def _names(unit: Unit) -> tuple[str, ...]:
    return (unit.name, *unit.aliases)


def _lower(text: str) -> str:
    # str.lower keeps the length of NFC Vietnamese text, so indices match the original; so does
    # same_tones, which makes "hoá" and "hóa" one spelling.
    lowered = same_tones(text).lower()
    return lowered if len(lowered) == len(text) else nfc(text)


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
