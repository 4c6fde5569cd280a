"""How like a unit's name a text is: the abbreviations offices write ("Phòng VH&TT", "CA TP"),
and the names suggested for a name no unit has ("Phòng Y tê": "có phải 'Phòng Y tế'?").

Apart from units.py, which resolves cells and names: a warm query resolves no cell and looks up
no name, so UnitIndex imports this module only when a lookup gets past the exact spellings or a
suggestion is wanted (as unit_names.py, which indexes the names these functions compare).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from cds_tracker.core.text import fold, nfc
from cds_tracker.core.tuples import Record
from cds_tracker.registry.unit_wordings import lower

# Words an office leaves out of a unit's name ("Y tế" for "Phòng Y tế", "Bắc Sơn" for "UBND
# phường Bắc Sơn"), and "và", which "&", "-" or nothing stand for in an abbreviation ("VH&TT").
# A query of these words alone ("TP", "Xã", "Các") names no unit: they are in too many names.
OPTIONAL_WORDS = frozenset({"phong", "ubnd", "phuong", "xa", "thanh", "pho", "tp", "cac"})
_AND = "va"


# Characters a text may have beyond the longest spelling of a unit and still be scored for a
# suggestion: a courtesy, a title and a person's name before it ("Đ/c Nguyễn Văn A, Trưởng …").
SUGGEST_MARGIN = 80


@functools.lru_cache(maxsize=4096)
def folded_words(name: str) -> tuple[str, ...]:
    """The words of a name or a query, folded (no case, no accents), "và" and "&" left out: what
    `abbreviates` and UnitIndex's lookups compare."""
    # Cached, as `_name_words` (and unit_lookup.py's `_lower_name` and `_fold_name`): a cell's
    # unknown name is tried against every name of the catalogue, the same few names each time.
    return tuple(w for w in re.split(_NOT_WORD, fold(name.replace("&", " "))) if w and w != _AND)


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
    asked = folded_words(query)
    if not asked or any(c in query for c in "/\\") or query.startswith("."):
        return False
    return not all(word in OPTIONAL_WORDS for word in asked)


def name_tokens(name: str) -> set[str]:
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
    asked = folded_words(query)
    words = _name_words(name)
    seen: dict[tuple[int, int], bool] = {}

    def covers(q: int, w: int) -> bool:
        if (q, w) not in seen:
            seen[(q, w)] = _covers(q, w)
        return seen[(q, w)]

    def _covers(q: int, w: int) -> bool:
        if q == len(asked):
            rest = words[w:]
            return all(word.folded in OPTIONAL_WORDS for word in rest) or (
                q > 0 and rest[0].after_and
            )
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
        if start >= len(words) or words[start].folded not in OPTIONAL_WORDS:
            return False
        start += 1


def suggestions(query: str, names: dict[str, tuple[str, ...]], limit: int = 3) -> list[str]:
    """Unit ids whose names or aliases are most like `query`, best first (`scored`)."""
    return [unit_id for _, unit_id in scored(query, names, limit)]


def scored(
    query: str, names: dict[str, tuple[str, ...]], limit: int = 3
) -> list[tuple[float, str]]:
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
    "Công an thành phố"), else it is scored as sharing none. Each with its score, so the
    suggestions for two readings of one name ("P." as Phòng and as phường) merge best first."""
    asked = _field_words(telling_words(query))
    if not asked:  # generic words alone ("Xã", "TP"): the few units they are all in, if few
        wanted = set(folded_words(query))
        found = [
            u for u, said in names.items() if any(wanted <= set(folded_words(s)) for s in said)
        ]
        return [(100.0, u) for u in found] if len(found) <= limit else []  # all its words
    ranked = [(*_likeness(asked, spellings), unit_id) for unit_id, spellings in names.items()]
    best_share = max((share for _, share, _ in ranked), default=0)  # no unit valid: none
    ranked = [item for item in ranked if item[1] == best_share]
    ranked.sort(key=lambda item: -item[0])
    floor = 60 if best_share else 75
    if not ranked or ranked[0][0] < floor:
        return []
    top = ranked[0][0]
    return [(score, unit_id) for score, _, unit_id in ranked[:limit] if score >= top - 10]


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

    others = set(folded_words(spelling)) - alike
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
    return [w for w in re.findall(_TOKEN, lower(text)) if fold(w) not in OPTIONAL_WORDS | {_AND}]


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
    return " ".join(fold(w) for w in words), frozenset(accent_key(w) for w in words)


def accent_key(word: str) -> tuple[str, str]:
    """A word without its accents, and its accents in any order: "hoá" and "hóa" are alike."""
    marks = [c for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c)]
    return fold(word), "".join(sorted(marks)) + ("đ" if "đ" in word else "")
