"""Text normalisation and fuzzy name matching for Vietnamese.

People type unit names with or without diacritics, in any case, and some editors produce decomposed
(NFD) Unicode; all of these must compare equal, while what we store and print stays NFC.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from cds_tracker.core.errors import Msg, Text, msg

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# The lines of spaces only (an empty paragraph) at a text's start, each with its break.
_BLANK_LINES = re.compile(r"\A(?:[^\S\n]*\n)+")
_LEADING = re.compile(r"\A[^\S\n]+")  # spaces of any kind (a no-break space too) before it


def trimmed(text: str) -> str:
    """A cell's text without what no person wrote in it: the empty lines and the spaces and
    tabs before it (the empty paragraphs Word leaves in a cell merged down, a space typed
    before "Phòng Nội vụ") and the spaces and empty lines after it (an Enter pressed after
    "Tháng 9/2025"). Its inner line breaks and empty lines, and the spaces its inner lines
    start with, are kept. The importer reads each cell so; a revision and `cds diff` compare
    texts so, a registry written before keeping "Tháng 9/2025\\n" (attack 11: an Enter was a
    revision of the target, with a dated `before` entry; attack 13: so was a leading space;
    attack 14: a leading no-break space, as Word pastes it)."""
    return _LEADING.sub("", _BLANK_LINES.sub("", text)).rstrip()


def fold(text: str) -> str:
    """A key for comparing names: no case, no diacritics, đ ≡ d, single spaces."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare.casefold()).strip()


# A tone written on the second vowel of "oa", "oe", "uy" at a word's end ("hoá", "hoà",
# "khoẻ", "thuỷ", "uý": the old placement, still common in offices) or on the first ("hóa",
# "hòa", "khỏe", "thủy", "úy": the new one). Not after "q": in "quý" the "u" is a consonant's.
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([^\W\d_])(?![^\W\d_])")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_PAIRS = frozenset({"oa", "oe", "uy"})


def same_tones(text: str) -> str:
    """NFC `text` with every old tone placement moved to the new one ("hoá" → "hóa", "thuỷ" →
    "thủy"), so both spellings of a name compare equal; the length stays the same, so indices
    into the result are indices into the NFC text."""

    def move(found: re.Match[str]) -> str:
        first, second = found.group(1), unicodedata.normalize("NFD", found.group(2))
        tone = second[1:]
        if (first + second[:1]).lower() not in _PAIRS or len(tone) != 1 or tone not in _TONE_MARKS:
            return found.group()
        return unicodedata.normalize("NFC", first + tone) + second[0]

    return _OLD_TONE.sub(move, nfc(text))


def closest(word: str, options: list[str], *, cutoff: float = 0.6, limit: int = 3) -> list[str]:
    """The options nearest to `word`, compared folded, returned as spelled in `options`."""
    by_key: dict[str, str] = {}
    for option in options:
        by_key.setdefault(fold(option), option)
    wanted = fold(word)
    keys = difflib.get_close_matches(wanted, list(by_key), n=limit, cutoff=cutoff)
    if not keys:
        return []
    # Only the near-ties of the best match: a list of loosely similar names does not help.
    best = difflib.SequenceMatcher(None, wanted, keys[0]).ratio()
    return [
        by_key[k] for k in keys if difflib.SequenceMatcher(None, wanted, k).ratio() >= best - 0.05
    ]


def did_you_mean(word: str, options: list[str], *, cutoff: float = 0.6) -> Msg | None:
    matches = closest(word, options, cutoff=cutoff, limit=1)
    if not matches:
        return None
    return msg("hint.did_you_mean", options=", ".join(f"'{m}'" for m in matches))


# Characters with no width or no glyph, that only a hex editor shows: zero-width spaces and
# joiners, bidi controls, the BOM, control characters, and a few letters that print as nothing.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def hidden_character(text: str) -> Text | None:
    """'U+200B ZERO WIDTH SPACE' for the first character of `text` that cannot be seen; a
    control character, which Unicode gives no name, in the reader's words (`control_name`)."""
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Co", "Cn", "Zl", "Zp") or char in _BLANK_LETTERS:
            return character_name(char)
    return None


# The controls a pasted or typed text holds, by what they do; any other: "control character".
_CONTROL_WORDS = {"\t": "tab", "\n": "line_feed", "\r": "carriage_return", "\x85": "next_line"}


def character_name(char: str) -> Text:
    """'U+200B ZERO WIDTH SPACE'; a control (no Unicode name: U+000A is no "UNNAMED")
    as a message: "U+000A (xuống dòng)" / "U+000A (line feed)"."""
    code = f"U+{ord(char):04X}"
    if (name := unicodedata.name(char, "")) and unicodedata.category(char) != "Cc":
        return f"{code} {name}"
    if unicodedata.category(char) != "Cc":  # unassigned or private use: no name, no words
        return code
    return msg("char.control", code=code, what=msg(f"char.{_CONTROL_WORDS.get(char, 'other')}"))


def unseen_mark(text: str) -> str | None:
    """'U+200B ZERO WIDTH SPACE' for the first zero-width or bidi character of `text`."""
    if text.isprintable():
        return None
    from cds_tracker.core.chars import BIDI, ZERO_WIDTH

    found = re.search(f"[{ZERO_WIDTH}{BIDI}]", text)
    if found is None:
        return None
    char = found.group()
    return f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED')}"


def unseen_char(char: str) -> bool:
    """A format character (zero-width space and joiners U+200B–U+200D, direction marks and
    controls U+200E/F, U+202A–E, U+2066–9, the word joiner U+2060, the BOM U+FEFF, the soft
    hyphen…), a line or paragraph separator, or a letter that prints as nothing."""
    return unicodedata.category(char) in ("Cf", "Zl", "Zp") or char in _BLANK_LETTERS


def without_unseen(text: str) -> str:
    """`text` without the characters nobody sees: what a person meant by a name they typed or
    pasted ("van-phong" from "van-phong\u200b"). Never written to a file as typed: a match
    writes the catalogue's id or name."""
    if text.isprintable():  # no format character is printable: the common case costs nothing
        return text
    return "".join(char for char in text if not unseen_char(char))


def show_unseen(text: str) -> str:
    """`text` with each character nobody sees shown as <U+200B>, so a message quoting what was
    typed says why it did not match."""
    if text.isprintable():
        return text
    return "".join(f"<U+{ord(char):04X}>" if unseen_char(char) else char for char in text)


def mixed_scripts(text: str) -> tuple[str, str] | None:
    """(the text's main script, the first letter from another one) when letters of two writing
    systems are mixed, e.g. a Cyrillic 'е' in 'Phòng Y tе': it looks the same and is not."""
    scripts: dict[str, str] = {}
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.category(char).startswith("L"):
            script = unicodedata.name(char, "UNKNOWN").split(" ")[0]
            scripts.setdefault(script, char)
    if len(scripts) < 2:
        return None
    main = "LATIN" if "LATIN" in scripts else next(iter(scripts))
    other = next(char for script, char in scripts.items() if script != main)
    return main.title(), other


def number(value: float, comma: bool = False) -> str:
    """A figure as people write it: no exponent, at most two decimals, no trailing zeros, a
    separator between thousands: in English a decimal point and commas ('35', '23.5', '31.11',
    '1,000,000', '333,333,333,333,333.33'); with `comma`, as Vietnamese writes it, a decimal
    comma and dots (32.333 → '32,33', 1234.5 → '1.234,5', '1.000.000'). The one place figures
    are formatted, for tables and for messages alike (`words.say` of a `Figure`)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    text = "0" if text == "-0" else text
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    grouped = f"{int(whole):,}"
    if not comma:
        return f"{sign}{grouped}.{fraction}" if fraction else f"{sign}{grouped}"
    grouped = grouped.replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def quantity(value: float, unit: str, comma: bool = False) -> str:
    """'35%', but '80 hệ thống': a word unit is set apart by a space, a sign is not."""
    if not unit or unit in ("%", "‰", "°"):
        return number(value, comma) + unit
    return f"{number(value, comma)} {unit}"
