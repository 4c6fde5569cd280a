"""A figure as a person types it, read by one parser for `progress add --value` and a return
form's cells alike (review 12: a12_04, a12_09), so the two never disagree on what a text says.

Only ASCII digits make a number. Python's int() and float() also read "1_0" (10), Arabic-Indic
"١٢", full-width "１２", "+5", "1e3", "inf" and "nan": none is how an office writes a figure,
and a typo taken as a figure goes into the city's total in silence, so each is refused as no
number. Spaces, line breaks and zero-width characters around the figure are dropped (a cell
typed with a trailing space or Enter, a text pasted from a web page); inside it, they are not.

A **count** (Số đạt, Tổng số; `--value key=a/b`) is a whole number, written as Vietnamese
practice writes it: digits ("1000"), with a dot between groups of three for thousands
("1.000", "12.345.678") or a space ("1 000", also a no-break or a narrow no-break space). A
comma grouping ("1,000") is refused, said as ambiguous: a comma is the Vietnamese decimal mark
and the English thousands separator, so "1,000" may be one or a thousand; a decimal ("1.5",
"1,5", "1.0") is refused as not whole. A leading minus is read, so that "-1" is refused by the
range rule with its own words ("-1 is not a count out of 5"). An Excel number cell holds a
number, not a text, and is read as it is (1000 stays 1000): `form_cells.py`.

A **value** (`--value key=35`, Giá trị) is digits, optionally grouped by spaces in threes,
optionally a decimal comma or dot and more digits ("27,5", "27.5"), optionally a leading minus
and a trailing "%" ("35%", "35 %").

A **number cell** of a form holds a binary double, not what was typed: "58%" typed in Excel is
stored as 0.58 (format `0%`), which in binary is 0.57999999999999996; multiplied by 100 in
binary it became 57.99999999999999 and was judged "chưa đạt ≥ 58%" (clerk16 F2). Excel shows
at most 15 significant digits, so a cell is read as the decimal Excel shows (rounded to 15
significant digits: `EXCEL_DIGITS`), and a percentage cell's decimal point is moved two places
in decimal — exact — before it becomes a float (a cell whose format has a `%` Excel scales by,
never a literal `0"%"` or `0\\%` that shows 60 as "60%": number_format.percent_signs, a17_01):
0.58 → 58, 0.28 → 28, 0.815 → 81.5, a formula's 1/3 → 33.3333333333333, each the very float
`progress add --value` stores for the same digits.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Literal

from cds_tracker.core.chars import ZERO_WIDTH

CountFault = Literal["comma", "fraction", "huge", "other"]

MOST_DIGITS = 15
"""A count an office keeps (people, records, payments) has at most 15 digits — a float holds it
exactly, so a share computed from it is exact; a pasted run of thousands of digits is a slip,
and past 4,300 Python refuses to read it at all (an internal error: attack 13, a13_04)."""

EXCEL_DIGITS = 15
"""The significant digits Excel keeps and shows of a number; what a cell holds past them is
binary noise nobody typed."""

_EDGES = re.compile(rf"^[\s{ZERO_WIDTH}]+|[\s{ZERO_WIDTH}]+$")
_SPACE = "[ \u00a0\u202f]"  # a space, a no-break space, a narrow no-break space
_INTEGER = rf"(?:[0-9]+|[0-9]{{1,3}}(?:{_SPACE}[0-9]{{3}})+)"  # 1000, 1 000
_WHOLE = re.compile(rf"-?(?:{_INTEGER}|[0-9]{{1,3}}(?:\.[0-9]{{3}})+)")  # and 1.000
_COMMA = re.compile(r"-?[0-9]{1,3}(?:,[0-9]{3})+")
_VALUE = re.compile(rf"(-?{_INTEGER}(?:[.,][0-9]+)?)(?:{_SPACE}?%)?")


def trimmed(text: str) -> str:
    """`text` without the spaces and invisible characters around it."""
    return _EDGES.sub("", text)


def read_count(text: str) -> int | CountFault:
    """The whole number `text` writes, or why it is none: "comma" (1,000: ambiguous),
    "fraction" (a decimal: 1.5, 1,5), "huge" (over `MOST_DIGITS` digits), "other" (no number
    at all, or a form refused above)."""
    text = trimmed(text)
    if _WHOLE.fullmatch(text):
        digits = re.sub(_SPACE + r"|\.", "", text)
        return "huge" if len(digits.lstrip("-0")) > MOST_DIGITS else int(digits)
    if _COMMA.fullmatch(text):
        return "comma"
    if _VALUE.fullmatch(text) and "%" not in text:
        return "fraction"
    return "other"


def read_value(text: str) -> float | None:
    """The number `text` writes as a value (35; 27,5; 27.5; 35%), or None. May be infinite (a
    text of 400 digits): the caller says so."""
    found = _VALUE.fullmatch(trimmed(text))
    if found is None:
        return None
    return float(re.sub(_SPACE, "", found[1]).replace(",", "."))


def read_cell_number(stored: float, number_format: str) -> float:
    """The figure a number cell shows: `stored` rounded to the digits Excel shows, ×100 for
    each `%` its format scales by (0.58 formatted `0%` is 58; 60 formatted `0"%"`, a literal
    sign, is 60: a17_01), in decimal arithmetic. May be infinite or NaN (as stored): the caller
    says so."""
    from cds_tracker.registry.importing.number_format import percent_signs

    if not math.isfinite(stored):
        return stored
    shown = Decimal(format(stored, f".{EXCEL_DIGITS}g"))
    return float(shown.scaleb(2 * percent_signs(number_format, stored)))
