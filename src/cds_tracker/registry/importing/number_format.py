"""A workbook cell's value as its number format shows it in Excel, for the formats people use.

Excel shows 0.8 formatted `0%` as "80%", 2024 formatted `"Năm "0` as "Năm 2024", a date
formatted `"Tháng "mm/yyyy` as "Tháng 06/2024", 0 formatted `mm/yyyy;"âm";"Thường xuyên"` as
"Thường xuyên" (the zero section) and anything formatted `;;;` as nothing. The value is what the
file stores; the plan is what a person reads. The grammar read here (ECMA-376 §18.8.31):
sections split by ";" (positive; negative; zero; text), "quoted" and \\escaped literals, _x
(a space) and *x (a fill: nothing), [colours] and [$-locale] (nothing), [$€-…] (its symbol),
the digit codes 0 # ? with "," grouping, "." and %, date and time codes d dd m mm yy yyyy h hh
m mm (minutes, after an hour or before seconds) s ss AM/PM A/P, @ and General.

What it does not read (a [condition], month and day names mmm/ddd, elapsed [h], fractions,
scientific E+, a scale by trailing commas, a letter outside quotes that
is no code ("Q/yyyy": not a quarter), a literal between digits, fractions of seconds) is
None: the caller keeps the stored value and asks a person to check the cell. Digits are grouped
and separated as a Vietnamese Excel shows them: 1.234.567,89.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

GROUP, POINT = ".", ","  # Vietnamese regional settings, as the office's Excel shows numbers

_COLOURS = frozenset(("black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"))
_DATE = frozenset("ymdhs")
_DIGITS = frozenset("0#?")
_NUMERIC = frozenset("0#?,.")
# A token: (kind, text). Kinds: "lit" a literal, "num" a digit code, "date" a run of one date
# letter ("mm"), "ampm", "text" (@), "general".
Token = tuple[str, str]


class Unread(Exception):
    """A part of the format this reader does not render."""


def shown(value: object, number_format: str, epoch: dt.datetime | None = None) -> str | None:
    """`value` (a number, a date, a time, a text) as `number_format` shows it; None when the
    format holds what this reader does not render. `epoch`: the workbook's day 0."""
    try:
        return _shown(value, number_format, epoch)
    except (Unread, ValueError, OverflowError, ArithmeticError):
        return None


def _shown(value: object, number_format: str, epoch: dt.datetime | None) -> str:
    sections = [_tokens(s) for s in _sections(number_format)]
    if isinstance(value, str):
        if len(sections) >= 4:
            return _render_text(sections[3], value)
        if len(sections) == 1 and any(kind == "text" for kind, _ in sections[0]):
            return _render_text(sections[0], value)
        return value
    number = _serial(value, epoch)
    if number > 0 or len(sections) == 1 or (number == 0 and len(sections) == 2):
        section, signed = sections[0], number
    elif number < 0:
        section, signed = sections[1], abs(number)
    else:
        section, signed = sections[2], number
    if any(kind == "date" for kind, _ in section):
        return _render_date(section, signed, epoch)
    said = _render_number(section, abs(signed))
    return "-" + said if signed < 0 and said else said


def _serial(value: object, epoch: dt.datetime | None) -> float:
    """The number Excel stores for a number, a date, a time or a duration."""
    from openpyxl.utils.datetime import WINDOWS_EPOCH, to_excel

    if isinstance(value, bool):
        raise Unread
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
        return float(to_excel(value, epoch or WINDOWS_EPOCH))  # type: ignore[no-untyped-call]
    raise Unread


def percent_signs(number_format: str, value: float) -> int:
    """How many times the section of `number_format` that shows `value` scales it by 100: its
    `%` signs outside quotes, brackets and escapes (`0%` shows 0.6 as "60%"; `0"%"`, `0\\%`
    and `0_%` show 60 as "60%", the sign a literal). The one reading of "a percentage cell",
    for a return form's figure cells (progress/typed_numbers.py) as for an appendix; 0 for a
    format Excel would not have stored (an unclosed quote or bracket). A format with
    [conditions] is read by the section they choose (`_conditioned`); `Unread` when that
    choice is not sure."""
    try:
        sections = _sections(number_format)
    except ValueError:
        return 0
    section = _conditioned(sections, value)
    if section is None:
        if value < 0 and len(sections) > 1:
            section = sections[1]
        elif value == 0 and len(sections) > 2:
            section = sections[2]
        else:
            section = sections[0]
    found, i = 0, 0
    while i < len(section):
        char = section[i]
        if char == '"':
            i = section.find('"', i + 1) + 1 or len(section)
            continue
        if char == "[":
            i = section.find("]", i) + 1 or len(section)
            continue
        found += char == "%"
        i += 2 if char in "\\_*" else 1
    return found


_CONDITION = re.compile(r"\[(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)\]")
_TESTS = {
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "=": lambda a, b: a == b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
    "<>": lambda a, b: a != b,
}


def _conditioned(sections: list[str], value: float) -> str | None:
    """The section Excel shows `value` by when the format has [conditions] (`[>=1]0;0%`: 0.6 by
    "0%", 60 by "0"): the first section whose condition holds; a second without one takes
    what the first's refuses, a third what both refuse. None: no condition, the sign decides.
    `Unread` where the choice is not sure (a condition past the second section, one that is
    no comparison with a number, a value no section takes): the cell is asked about, never
    guessed (attack 19, a19_02)."""
    found = [_CONDITION.search(section) for section in sections]
    brackets = [re.findall(r"\[[<>=]", section) for section in sections]
    if not any(brackets):
        return None
    if (
        found[0] is None
        or any(brackets[2:])
        or any(len(b) > 1 or (b and f is None) for b, f in zip(brackets, found, strict=True))
    ):
        raise Unread
    for section, test in zip(sections[:2], found[:2], strict=True):
        if test is None:
            return section
        if _TESTS[test[1]](value, float(test[2])):
            return section
    if len(sections) > 2:
        return sections[2]
    raise Unread


def _sections(number_format: str) -> list[str]:
    """The format's sections, split at each ";" outside quotes, escapes and brackets."""
    sections, current, i = [], "", 0
    while i < len(number_format):
        char = number_format[i]
        if char == '"':
            end = number_format.index('"', i + 1)  # ValueError: an unclosed quote
            current += number_format[i : end + 1]
            i = end + 1
            continue
        if char in "\\_*":
            current += number_format[i : i + 2]
            i += 2
            continue
        if char == "[":
            end = number_format.index("]", i)
            current += number_format[i : end + 1]
            i = end + 1
            continue
        if char == ";":
            sections.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*sections, current]


def _tokens(section: str) -> list[Token]:  # one branch per code of the grammar: kept whole
    tokens: list[Token] = []
    i = 0
    while i < len(section):
        char, lower = section[i], section[i].lower()
        if char == '"':
            end = section.index('"', i + 1)
            tokens.append(("lit", section[i + 1 : end]))
            i = end + 1
        elif char == "\\":
            tokens.append(("lit", section[i + 1 : i + 2]))
            i += 2
        elif char == "_":
            tokens.append(("lit", " "))
            i += 2
        elif char == "*":
            i += 2
        elif char == "[":
            end = section.index("]", i)
            tokens += _bracket(section[i + 1 : end])
            i = end + 1
        elif section[i : i + 7].lower() == "general":
            tokens.append(("general", ""))
            i += 7
        elif section[i : i + 5].upper() == "AM/PM" or section[i : i + 3].upper() == "A/P":
            size = 5 if section[i : i + 5].upper() == "AM/PM" else 3
            tokens.append(("ampm", section[i : i + size]))
            i += size
        elif lower in _DATE:
            end = i
            while end < len(section) and section[end].lower() == lower:
                end += 1
            tokens.append(("date", section[i:end].lower()))
            i = end
        elif char in _NUMERIC or char == "%":
            tokens.append(("num", char))
            i += 1
        elif char == "@":
            tokens.append(("text", ""))
            i += 1
        elif lower in "e/" and tokens and tokens[-1][0] == "num":
            raise Unread  # scientific 0.00E+00, a fraction # ?/?
        elif char.isalpha():
            raise Unread  # a letter that is no code ("Q"): Excel shows no such format as is
        else:
            tokens.append(("lit", char))
            i += 1
    return tokens


def _bracket(inside: str) -> list[Token]:
    """A colour or a locale shows nothing; a currency its symbol; a condition or an elapsed
    time ([h]:mm) is not read here."""
    lower = inside.lower()
    if lower in _COLOURS or (lower.startswith("color") and lower[5:].isdigit()):
        return []
    if inside.startswith("$"):
        symbol = inside[1:].split("-", 1)[0]
        return [("lit", symbol)] if symbol else []
    raise Unread


def _render_text(section: list[Token], text: str) -> str:
    if any(kind in ("num", "date", "general", "ampm") for kind, _ in section):
        raise Unread
    return "".join(text if kind == "text" else said for kind, said in section)


def _render_number(section: list[Token], value: float) -> str:
    """A section of digit codes and literals: the number where its codes stand."""
    if any(kind == "text" for kind, _ in section):
        raise Unread
    places = [i for i, (kind, text) in enumerate(section) if kind == "num" and text != "%"]
    value *= 100 ** sum(1 for kind, text in section if kind == "num" and text == "%")
    if places and any(section[i][0] != "num" for i in range(places[0], places[-1] + 1)):
        raise Unread  # a literal between digits ("000-000"): where each digit goes is not read
    code = "".join(section[i][1] for i in places)
    number = _digits(code, value) if code else ""
    out: list[str] = []
    for i, (kind, text) in enumerate(section):
        if kind == "general":
            out.append(_general(value))
        elif kind == "lit":
            out.append(text)
        elif kind == "num" and text == "%":
            out.append("%")
        elif places and i == places[0]:
            out.append(number)
    return "".join(out)


def _digits(code: str, value: float) -> str:
    """`value` by digit codes such as "#,##0.00" or "0%"'s "0"."""
    whole, _, fraction = code.partition(".")
    if "." in fraction or "," in fraction or whole.endswith(","):
        raise Unread  # a second point, a scale by trailing commas
    grouped = "," in whole
    whole = whole.replace(",", "")
    decimals = len(fraction)
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    int_part, _, frac_part = f"{rounded:f}".partition(".")
    int_part = int_part.lstrip("0")
    least = sum(1 for c in whole if c in "0?")
    int_part = int_part.rjust(least, "0") if int_part or least else ""
    if "?" in whole:  # a "?" shows a space for a leading zero
        pad = len(int_part) - len(int_part.lstrip("0"))
        int_part = " " * min(pad, whole.count("?")) + int_part[min(pad, whole.count("?")) :]
    if grouped:
        int_part = _grouped(int_part)
    digits = list(frac_part.ljust(decimals, "0"))
    for i in range(decimals - 1, -1, -1):  # optional places right of the last needed digit
        if digits[i] != "0" or fraction[i] == "0":
            break
        digits[i] = " " if fraction[i] == "?" else ""
    frac = "".join(digits)
    return int_part + (POINT + frac if code.count(".") else "")


def _grouped(digits: str) -> str:
    head = digits.lstrip(" ")
    spaces = digits[: len(digits) - len(head)]
    parts: list[str] = []
    while len(head) > 3:
        parts.insert(0, head[-3:])
        head = head[:-3]
    return spaces + GROUP.join([head, *parts] if head else parts)


def _general(value: float) -> str:
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value).replace(".", POINT)


def _render_date(section: list[Token], serial: float, epoch: dt.datetime | None) -> str:
    """A section of date and time codes and literals, for the day `serial`."""
    from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel

    if serial < 0 or any(kind in ("num", "text", "general") for kind, _ in section):
        raise Unread  # Excel shows "#####" for a negative date; ".0" seconds are not read
    moment = from_excel(serial, epoch or WINDOWS_EPOCH)
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(dt.date(1899, 12, 30), moment)
    twelve = any(kind == "ampm" for kind, _ in section)
    dates = [i for i, (kind, _) in enumerate(section) if kind == "date"]
    out: list[str] = []
    for i, (kind, text) in enumerate(section):
        if kind == "lit":
            out.append(text)
        elif kind == "ampm":
            am = moment.hour < 12
            out.append(("AM" if am else "PM") if len(text) == 5 else ("A" if am else "P"))
        else:
            out.append(_date_code(text, moment, _minutes(section, dates, i), twelve))
    return "".join(out)


def _minutes(section: list[Token], dates: list[int], i: int) -> bool:
    """Whether the "m" or "mm" at `i` means minutes: after an hour, or before seconds."""
    at = dates.index(i)
    before = section[dates[at - 1]][1][0] if at else ""
    after = section[dates[at + 1]][1][0] if at + 1 < len(dates) else ""
    return before == "h" or after == "s"


def _date_code(code: str, moment: dt.datetime, minutes: bool, twelve: bool) -> str:
    letter, size = code[0], len(code)
    if letter == "y":
        return f"{moment.year:04d}" if size > 2 else f"{moment.year % 100:02d}"
    if letter == "m" and minutes and size <= 2:
        return f"{moment.minute:0{size}d}"
    if letter in "md" and size > 2:
        raise Unread  # month or day names: in the language of the office's Excel
    if letter == "m":
        return f"{moment.month:0{size}d}"
    if letter == "d":
        return f"{moment.day:0{size}d}"
    if letter == "h":
        hour = (moment.hour % 12 or 12) if twelve else moment.hour
        return f"{hour:0{min(size, 2)}d}"
    return f"{moment.second:0{min(size, 2)}d}"
