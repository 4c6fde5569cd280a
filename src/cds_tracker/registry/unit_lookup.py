"""What a person types, to a unit: `cds report --unit`, `--unit` of `progress add`, a cell's
name that no spelling of the catalog spells out; the names suggested when it names none.

Apart from the catalog and its cells (units.py) because a lookup reads names in ways a cell's
scan never needs (ignoring case and diacritics, as offices abbreviate, "P." as "Phòng" or
"phường") and builds indexes of its own: `UnitIndex.lookup`, `find` and `suggest` import this
module when first asked, and a warm query, which looks up no name, never does.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.records import Unit
from cds_tracker.core.text import fold, nfc, without_unseen
from cds_tracker.registry.unit_wordings import lower

if TYPE_CHECKING:
    from cds_tracker.registry.unit_names import NameIndex, SpellingIndex
    from cds_tracker.registry.units import UnitIndex


def lookup(index: UnitIndex, query: str, *, ids: bool = True) -> Unit | tuple[str, ...]:
    """The one unit `query` names, the rule of `cds report --unit` and of a cell's names
    that no name spells out: its id (with `ids`), a name or alias as written, then ignoring
    case and diacritics, then as offices abbreviate (name_likeness.py `abbreviates`). Else
    the unit ids it could be: several when it is ambiguous, none when it names no unit."""
    wanted = without_unseen(nfc(query)).strip()
    if ids and wanted in index.units:
        return index.units[wanted]
    if lower(wanted) in index.variants:  # "P. Nam Sơn", "Công an TP"
        return index.units[index.variants[lower(wanted)]]
    names = names_index(index)
    tables = (
        (names.written, wanted),
        (names.lowered, lower(wanted)),
        (names.folded, fold(wanted)),
    )
    for table, key in tables:
        hits = table.get(key, set())
        if len(hits) == 1:
            return index.units[next(iter(hits))]
        if len(hits) > 1:
            return tuple(sorted(hits))
    from cds_tracker.registry.name_likeness import abbreviates, folded_words, may_abbreviate

    found = names.candidates(folded_words(wanted)) if may_abbreviate(wanted) else []
    hits = {unit_id for name, unit_id in found if abbreviates(wanted, name)}
    if len(hits) == 1:
        return index.units[hits.pop()]
    if len(hits) > 1:
        return tuple(sorted(hits))
    return _p_dot(index, wanted, ids=ids)


def _p_dot(index: UnitIndex, wanted: str, *, ids: bool) -> Unit | tuple[str, ...]:
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
        found = lookup(index, said, ids=ids)
        hits |= {found.id} if isinstance(found, Unit) else set(found)
    if len(hits) == 1:
        return index.units[hits.pop()]
    return tuple(sorted(hits))


def names_index(index: UnitIndex) -> NameIndex:
    """Built on the first lookup, not with the index: a warm query looks up no name."""
    if index._by_name is None:
        from cds_tracker.registry.name_likeness import name_tokens
        from cds_tracker.registry.unit_names import NameIndex

        named = ((n, u.id) for u in index.units.values() for n in index.names_of(u))
        index._by_name = NameIndex(named, _lower_name, _fold_name, name_tokens)
    return index._by_name


def suggest(index: UnitIndex, query: str) -> list[str]:
    """The names of the units most like `query`, best first (name_likeness.py
    `suggestions`); once per text (an import's cells repeat). A text far longer than every
    unit name is like none: none is scored (a 32,000-character cell cost 0.2 s a row)."""
    found = index._suggested.get(query)
    if found is None:
        found = index._suggested[query] = _suggest(index, query)
    return found


def _suggest(index: UnitIndex, query: str) -> list[str]:
    from cds_tracker.registry.name_likeness import SUGGEST_MARGIN

    longest = len(index._spellings[0][0]) if index._spellings else 0  # longest first
    if len(query) > SUGGEST_MARGIN + longest:
        return []
    wanted = without_unseen(nfc(query)).strip()
    spelled = spellings_index(index)
    # A query of one short word may be initials: "TP" → Phòng Tư pháp before fuzzy likenesses
    # (generic words alone, "TP" is also "thành phố", name no unit by themselves).
    short = fold(wanted)
    initialled = spelled.initialled(short) if 2 <= len(short) <= 6 and short.isalpha() else []
    scored = _scored(index, wanted)
    if re.search(_P_DOT, wanted) is not None:
        # "P." read as "Phòng" and as "phường" (`_p_dot`), as `lookup` reads it: "P. Kinh"
        # is like Phòng Kinh tế, "P. Tây Sơ" like UBND phường Tây Sơn, which the words
        # with "P." are not (a12_07); both readings' suggestions merged, best first
        for said in (re.sub(_P_DOT, "Phòng ", wanted), re.sub(_P_DOT, "phường ", wanted)):
            scored += _scored(index, said)
        best: dict[str, float] = {}
        for score, unit_id in scored:
            best[unit_id] = max(score, best.get(unit_id, score))
        scored = sorted(((s, u) for u, s in best.items()), key=lambda item: -item[0])
        scored = [(s, u) for s, u in scored[:3] if s >= scored[0][0] - 10]  # as `scored`
    ranked = [*initialled, *(u for _, u in scored if u not in initialled)]
    return [index.units[s].name for s in ranked]


def _scored(index: UnitIndex, wanted: str) -> list[tuple[float, str]]:
    """The units most like `wanted` (name_likeness.py `scored`), each with its score."""
    from cds_tracker.registry.name_likeness import scored, telling_words

    telling = telling_words(wanted)
    spelled = spellings_index(index)
    near = spelled.near(telling) if telling else list(index.units)  # generic words: all
    return scored(wanted, {unit_id: index.names_of(index.units[unit_id]) for unit_id in near})


def spellings_index(index: UnitIndex) -> SpellingIndex:
    if index._by_spelling is None:
        from cds_tracker.registry.name_likeness import accent_key, telling_words
        from cds_tracker.registry.unit_names import SpellingIndex

        names = {u.id: index.names_of(u) for u in index.units.values()}
        index._by_spelling = SpellingIndex(names, telling_words, accent_key)
    return index._by_spelling


def find(index: UnitIndex, query: str) -> Unit:
    """The unit a user means (see `lookup`); else suggestions, best first."""
    found = lookup(index, query)
    if isinstance(found, Unit):
        return found
    if ambiguous := found or _starting(index, query):
        raise _ambiguous(index, query, ambiguous)
    suggested = suggest(index, query)
    hint = (
        msg("unit.hint.did_you_mean", names="; ".join(suggested))
        if suggested
        else msg("unit.hint.list")
    )
    raise UsageError(msg("unit.unknown", query=query), hint=hint)


def _starting(index: UnitIndex, query: str) -> tuple[str, ...]:
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
    for name, unit_id in names_index(index).names:
        said = tuple(w for w in folded_words(name) if not bare or w not in OPTIONAL_WORDS)
        head = said[: len(words)]
        if len(head) == len(words) and list(head[:-1]) == whole and head[-1].startswith(last):
            hits.add(unit_id)
    return tuple(sorted(hits)) if len(hits) > 1 else ()


def _ambiguous(index: UnitIndex, query: str, ids: tuple[str, ...]) -> UsageError:
    """Which units `query` may mean, each with its id in brackets, either to be typed
    instead (at most AMBIGUOUS_SHOWN, then '…'; the message says how many)."""
    units = sorted((index.units[i] for i in ids), key=lambda u: fold(u.name))
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
