"""Wordings of unit names that offices type and no catalogue name spells out: "Đ/c" (đồng chí)
before an official, "Phó" before a title, "TP" for "thành phố", "P." for "phường" or "Phòng",
"X." for "xã", "TT." for "thị trấn", a collective's pair in either order ("Các xã, phường"),
"UBND" left out.
UnitIndex (units.py) matches these as it matches names, where exactly one unit has them.

The patterns are texts, compiled by `re` (and kept in its cache) when first used: every query
imports this module (officials.py reads cells with it), and a warm one reads no cell (issue 14).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cds_tracker.core.text import fold, nfc, same_tones

DEPUTY = "phó "
_SEPARATORS = frozenset(" \t\n;,")
_CONJUNCTION = "và "
# After an official's unit, the leader's portfolio ("phụ trách khối …"): part of the title.
_PORTFOLIO = r"[ \t]+ph[uụ] tr[aá]ch(?= )"
_COURTESY = ("đ/c ", "đ/c. ", "đồng chí ")
_ADDRESS = ("ông ", "bà ")  # only before a person's name (or a title): see `skip_courtesy`
# A person's name after a form of address, up to the "," or dash before the title: one to six
# words of letters ("nguyễn văn a").
_PERSON = r"[^\W\d_]+(?: [^\W\d_]+){0,5}(?:, *| *[-–] *)"
# A person's name (as `_PERSON`) before a portfolio ("trần thị b, phụ trách khối …"): up to the
# spaces before "phụ trách".
_PERSON_THEN_PORTFOLIO = r"[^\W\d_]+(?: [^\W\d_]+){0,5}?,?(?= +ph[uụ] tr[aá]ch )"
_NAME = r"[^\W\d_]+(?: [^\W\d_]+){0,5}"
# How offices shorten the words of a name: "TP" for "thành phố", "P." for "phường" and for
# "Phòng" (a form both a ward and a department have is neither's: unit_lookup.py `_p_dot` says
# both), "X." for "xã", "TT." for "thị trấn" (lower case, as `lower` leaves them).
_SHORT = (
    ("thành phố", r"\bthành phố\b", ("tp",)),
    ("phường ", r"(?:^|(?<= ))phường ", ("p. ", "p.")),
    ("phòng ", r"(?:^|(?<= ))phòng ", ("p. ", "p.")),
    ("xã ", r"(?:^|(?<= ))xã ", ("x. ", "x.")),
    ("thị trấn ", r"(?:^|(?<= ))thị trấn ", ("tt. ", "tt.")),
)
# Words in too many names to name a unit alone (name_likeness.py's `OPTIONAL_WORDS` less "các").
_GENERIC = frozenset({"phong", "ubnd", "phuong", "xa", "thanh", "pho", "tp"})
_NOT_WORD = r"[^0-9a-z]+"
_PAIR = r"(\w+), (\w+)$"  # "các phường, xã" is also "các xã, phường"


def lower(text: str) -> str:
    """`text` in lower case as every spelling of a unit is compared (units.py's cells and
    names, name_likeness.py's words), "hoá" and "hóa" one spelling; its length kept, so indices
    into it are indices into the NFC text."""
    # str.lower keeps the length of NFC Vietnamese text, so indices match the original; so does
    # same_tones, which makes "hoá" and "hóa" one spelling.
    lowered = same_tones(text).lower()
    return lowered if len(lowered) == len(text) else nfc(text)


def variants(spellings: list[tuple[str, str]]) -> dict[str, str]:
    """Other spellings of the lower-case `spellings`: each short form of `_SHORT`, a name's
    closing pair swapped ("các xã, phường"), without a leading "ubnd " ("các phường, xã").
    Only those exactly one unit has, no unit is named, and not of generic words alone: an
    abbreviation that could be two units names neither (it stays a problem, with suggestions)."""
    known = {spelling for spelling, _ in spellings}
    found: dict[str, set[str]] = {}
    for spelling, unit_id in spellings:
        forms = {spelling}
        for word, pattern, shorts in _SHORT:
            if word in spelling:  # most names have none of these words: no regex run
                forms |= {re.sub(pattern, short, form) for form in forms for short in shorts}
        if ", " in spelling:
            forms |= {re.sub(_PAIR, r"\2, \1", form) for form in forms}
        bare = {form[5:] for form in forms if form.startswith("ubnd ")}
        # "UBND TP" less "UBND" is "TP", which names no unit: generic words alone are no name.
        forms |= {form for form in bare if not set(_words(form)) <= _GENERIC}
        for form in forms - known:
            found.setdefault(form, set()).add(unit_id)
    return {form: ids.pop() for form, ids in found.items() if len(ids) == 1}


def after_title(said: str, title: str) -> tuple[str, str] | None:
    """`said` as the official (with "Phó" if any) and the unit named after it, when it starts
    with `title` (lower case), after "Đ/c" or "đồng chí" if any: "Đ/c Trưởng phòng VH-TT" →
    ("Trưởng", "phòng VH-TT"). Typed without diacritics too ("Chu tich UBND thanh pho"), but
    only then: "Trường" (a school) is never "Trưởng". None when it does not start so."""
    words = said.split()
    folded = [fold(word) for word in words]
    start = 2 if folded[:2] == ["dong", "chi"] else int(folded[:1] in (["d/c"], ["d/c."]))
    end = start + int(folded[start : start + 1] == ["pho"]) + len(title.split())
    if end >= len(words):  # no unit after the title
        return None
    head = " ".join(words[start:end])
    if fold(head) == head.casefold():  # typed without diacritics: compared without them
        wanted, typed = fold(title).split(), fold(head).split()
    else:
        wanted, typed = title.split(), same_tones(head).lower().split()
    if typed[len(typed) - len(wanted) :] != wanted:
        return None
    return head, " ".join(words[end:])


def portfolio_end(low: str, i: int) -> int | None:
    """Where the portfolio that follows an official's unit at `i` ends ("Phó Chủ tịch UBND
    thành phố phụ trách khối văn hoá, xã hội"): "phụ trách …" is part of the leader's title,
    up to the next ";" (a portfolio may itself hold a comma) or the cell's end. None when
    `low` (lower case, as `_lower` leaves it) has no "phụ trách" at `i` after spaces."""
    found = re.compile(_PORTFOLIO).match(low, i)
    if found is None:
        return None
    end = low.find(";", found.end())
    return len(low) if end < 0 else end


def split_portfolio(text: str) -> tuple[str, str]:
    """`text` less its trailing portfolio, and the portfolio with its leading space
    ("Phó Chủ tịch UBND thành phố", " phụ trách khối"); the portfolio is "" when none."""
    found = re.search(_PORTFOLIO, same_tones(text).lower())
    return (text[: found.start()], text[found.start() :]) if found else (text, "")


def skip_courtesy(low: str, i: int, titles: Sequence[str] = ()) -> int:
    """Where the official's title starts in `low` (lower case) at `i`: past a form of address
    ("Đ/c", "đồng chí"), and past the person's name when a title follows it ("Đ/c Nguyễn Văn A,
    Phó Chủ tịch UBND thành phố", "Đồng chí Trần Thị B - Chủ tịch …", "Ông Lê Văn C, Trưởng
    phòng Y tế"). "Ông" and "Bà" count only before a title, or a name and a title or a
    portfolio: "Bà Rịa" is a place. `i` itself when neither."""
    word = next((w for w in (*_COURTESY, *_ADDRESS) if low.startswith(w, i)), None)
    if word is None:
        return i
    after = i + len(word)
    if _titled(low, after, titles):
        return after
    person = re.compile(_PERSON).match(low, after)
    if person is not None and _titled(low, person.end(), titles):
        return person.end()
    if word in _COURTESY or re.compile(_PERSON_THEN_PORTFOLIO).match(
        low, after
    ):  # "Bà …, phụ trách …"
        return after
    return i


def skip_separators(low: str, i: int) -> int:
    """Past the separators between names at `i`: spaces, line breaks, ";", "," and "và"."""
    while i < len(low):
        if low[i] in _SEPARATORS:
            i += 1
        elif low.startswith(_CONJUNCTION, i):
            i += len(_CONJUNCTION)
        else:
            break
    return i


def person_then_portfolio(low: str, i: int) -> int | None:
    """Where the portfolio starts (at its spaces, as `portfolio_end` reads it) when a person's
    name at `i` is followed by a portfolio alone: "trần thị b, phụ trách khối …". None else."""
    found = re.compile(_PERSON_THEN_PORTFOLIO).match(low, i)
    return found.end() if found else None


def person_named(said: str) -> str | None:
    """The person's name when `said` is a form of address and a name alone ("Đ/c Trần Thị B",
    "Đồng chí Trần Thị B", "Bà Trần Thị B" → "Trần Thị B"), on one line or several; else None."""
    text = " ".join(said.split())
    low = text.lower()
    word = next((w for w in (*_COURTESY, *_ADDRESS) if low.startswith(w)), None)
    if word is None:
        return None
    name = text[len(word) :].strip()
    return name if re.fullmatch(_NAME, name) else None


def without_courtesy(spelling: str) -> str | None:
    """A lower-case alias less its form of address ("đ/c trần thị b" → "trần thị b"): a cell's
    "Đ/c" is read before its names are, so an alias written with it is also matched without it."""
    word = next((w for w in _COURTESY if spelling.startswith(w)), None)
    return spelling[len(word) :].strip() or None if word else None


def _titled(low: str, at: int, titles: Sequence[str]) -> bool:
    """An official's title (with "Phó" if any) starts at `at`."""
    at += len(DEPUTY) if low.startswith(DEPUTY, at) else 0
    return any(low.startswith(title + " ", at) for title in titles)


def _words(text: str) -> list[str]:
    return [w for w in re.split(_NOT_WORD, fold(text)) if w and w != "va"]
