"""Deadline wordings as appendices print them: the one reader of a deadline cell.

A wording ends in a month (a quarter in its last month, a half-year in June or December, a year
in December) or on a day ("Trước ngày 15/10/2024": due that day, late from the next). Real
appendices often leave the year out ("Tháng 6", "Quý III", "6 tháng đầu năm"): the heading
states it ("… ngày 15/01/2024", the registry's `document.year`), so such a wording is read in
the year it is given (`year`) and nowhere else — a carried target's cell, whose words may be its
old plan's, is given none (registry/rules_deadlines.py, registry/importing/table_rows.py). Kept
apart from core/dates.py (months, days and moments of every command) because only import and
validate read these, and the module kept under its size (HELPERS.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from cds_tracker.core.dates import ONGOING, Due, YearDay, YearMonth
from cds_tracker.core.text import fold
from cds_tracker.core.tuples import Record

_ONGOING_WORDS = {"thuong xuyen", "ongoing"}


def parse_deadline_text(text: str, year: int | None = None) -> Due | str | None:
    """What a deadline cell means: the month or day it ends on, `ONGOING` for 'Thường xuyên',
    or None.

    The one reader of deadline wordings (import and validate both use it; the accepted forms
    are listed in docs/registry-format.md). A day that ends its month ("30/11/2024") means its
    month: the same day, the same lateness, and the form a registry kept before days were read.
    `year`: the plan's, for a wording that states none ("Tháng 6", "Quý III", "30/6"); without
    it such a wording is unread (None), never guessed."""
    folded = fold(text).strip(" .;:")
    if folded in _ONGOING_WORDS:
        return ONGOING
    for pattern, month_of in _forms(year):
        found = re.fullmatch(pattern, folded)
        if found is None:
            continue
        stated = int(found["y"]) if "y" in found.groupdict() else year
        try:
            assert stated is not None  # a yearless form is tried only with a year
            month = YearMonth(stated, month_of(found, stated))
        except ValueError:  # a month 13, a day 31/6, a year no plan has
            return None
        day = int(found["d"]) if "d" in found.groupdict() else month.last_day.day
        return month if day == month.last_day.day else YearDay(month.year, month.month, day)
    return None


def deadline_day(text: str, year: int | None = None) -> dt.date | None:
    """The day a deadline wording states ("30/11/2024", "trước ngày 15/10/2024"; "30/6" in the
    plan's `year`): the day forms, the last of each list; None for a month, a quarter, a year,
    ongoing, or a day that does not exist."""
    folded = fold(text).strip(" .;:")
    for pattern in (*_DAY_FORMS, *(_YEARLESS_DAY_FORMS if year is not None else ())):
        found = re.fullmatch(pattern, folded)
        if found is None:
            continue
        stated = int(found["y"]) if "y" in found.groupdict() else year
        try:
            return dt.date(stated or 0, int(found["m"]), int(found["d"]))
        except ValueError:
            return None
    return None


def with_year(text: str, due: Due) -> str:
    """The wording as a reader away from the plan reads it: "Tháng 6" of the 2024 plan is
    "Tháng 6/2024", "Quý III" "Quý III/2024", "6 tháng đầu năm" "6 tháng đầu năm 2024",
    "ngày 30 tháng 6" "ngày 30 tháng 6 năm 2024"; a
    wording that states its year, or reads as no deadline, as written. For a letter, a
    calendar, the unit's Word/Excel report and the Excel form, where the year the plan's heading
    gives is not beside it (not the exported appendix: it prints the plan as printed)."""
    if parse_deadline_text(text) is not None or parse_deadline_text(text, due.year) != due:
        return text
    bare = text.rstrip(" .;:")
    for joined in (f"{bare}/{due.year}", f"{bare} năm {due.year}", f"{bare} {due.year}"):
        if parse_deadline_text(joined) == due:  # the first the reader reads back the same
            return joined
    return f"{bare} ({due.display()})"


def _forms(year: int | None) -> tuple[tuple[str, _MonthOf], ...]:
    return _DEADLINE_FORMS if year is None else (*_DEADLINE_FORMS, *_YEARLESS)


def _day_month(found: re.Match[str], year: int) -> int:
    """A day's month, once the day is known to exist (31/6 is no deadline)."""
    day, month = int(found["d"]), int(found["m"])
    dt.date(year, month, day)  # ValueError for a month 13, a day 31/6 or a day 0
    return month


_MonthOf = Callable[[re.Match[str], int], int]  # the month a wording ends in, given its year
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?P<y>[0-9]{4})"
_SEP = r"\s*(?:[/.-]|\s+nam\s+)\s*"  # "9/2024", "9-2024", "9.2024", "9 năm 2024"


def _quarter(found: re.Match[str], _: int) -> int:
    return 3 * (_ROMAN.get(found["q"]) or int(found["q"]))


def _month(found: re.Match[str], _: int) -> int:
    return int(found["m"])


def _half(found: re.Match[str], _: int) -> int:
    return 6 if found["h"] == "dau" else 12


def _december(_found: re.Match[str], _year: int) -> int:
    return 12


# Each wording once: its words without the year, then how the year joins them (a month
# "Tháng 9" + "/2024"). With its year it reads in any plan; without it, in the plan's `year`
# (`yearless`), unless its words alone are no deadline: a bare "6" is none, nor "2024-09"'s
# year-first form. So a new wording is added here, once, and read both ways. A day's wording
# (`day`) is what `deadline_day` reads. Pattern texts, compiled by `re` when a deadline is first
# read (import, validate, a cold read): a warm answer reads none, and compiling them cost it
# ~1 ms each.
class _Wording(Record):
    words: str  # the wording without its year
    year: str  # what follows, with the year (`_YEAR`)
    month_of: _MonthOf
    yearless: bool = True  # the words alone are a deadline in the plan's year
    day: bool = False


_DAY_HEAD = r"(?:(?:truoc|den|cham nhat|han)\s+)?(?:ngay\s*)?(?P<d>[0-9]{1,2})"
_MONTH_HEAD = r"(?:(?:trong|cuoi)\s+)?"
_WORDINGS: tuple[_Wording, ...] = (
    # "Tháng 9/2024", "T9/2024", "tháng 12 năm 2024", "Trong tháng 9/2024"; "Tháng 6", "T6"
    _Wording(rf"{_MONTH_HEAD}(?:thang\s*|t\s*)(?P<m>[0-9]{{1,2}})", rf"{_SEP}{_YEAR}", _month),
    # "9/2024", "Trong 9/2024": a month only with its year
    _Wording(rf"{_MONTH_HEAD}(?P<m>[0-9]{{1,2}})", rf"{_SEP}{_YEAR}", _month, yearless=False),
    # "2024-09"
    _Wording("", rf"{_YEAR}-(?P<m>[0-9]{{1,2}})", _month, yearless=False),
    # "Quý III/2024", "Quý I năm 2024", "quý 3/2024", "Q3/2024"; "Quý III": the quarter's last
    # month
    _Wording(
        r"(?:trong\s+)?(?:quy|q)\s*(?P<q>iv|iii|ii|i|[1-4])",
        rf"\s*(?:[/.-]|nam)?\s*{_YEAR}",
        _quarter,
    ),
    # "6 tháng đầu năm 2024" (June), "6 tháng cuối năm 2024" (December); without the year too
    _Wording(r"(?:trong\s+)?(?:6|sau) thang (?P<h>dau|cuoi) nam", rf"\s*{_YEAR}", _half),
    # "Trong năm 2024", "Cuối năm 2024", "Cả năm"; "Năm 2024", "2024" (a year alone, as a
    # clerk reads it: by the end of 2024, typed or an Excel date formatted "yyyy"): December
    _Wording(r"(?:trong|cuoi|ca)\s+nam", rf"\s*{_YEAR}", _december),
    _Wording("", rf"(?:nam\s*)?{_YEAR}", _december, yearless=False),
    # "30/11/2024", "Trước 30/6/2024", "trước ngày 15/10/2024"; "30/6", "Trước ngày 15/10"
    _Wording(
        rf"{_DAY_HEAD}\s*/\s*(?P<m>[0-9]{{1,2}})", rf"\s*[/.-]\s*{_YEAR}", _day_month, day=True
    ),
    # "30.11.2024", "30-11-2024": "30.6" alone is no deadline
    _Wording(
        rf"{_DAY_HEAD}\s*[.-]\s*(?P<m>[0-9]{{1,2}})",
        rf"\s*[/.-]\s*{_YEAR}",
        _day_month,
        yearless=False,
        day=True,
    ),
    # "ngày 30 tháng 11 năm 2024"; "ngày 30 tháng 6"
    _Wording(
        rf"{_DAY_HEAD}\s+thang\s+(?P<m>[0-9]{{1,2}})", rf"\s+nam\s+{_YEAR}", _day_month, day=True
    ),
)
# Tried in this order: every wording with its year, then (given the plan's year) without it.
# "Trước tháng 9" stays unread, as with its year.
_DEADLINE_FORMS = tuple((w.words + w.year, w.month_of) for w in _WORDINGS)
_YEARLESS = tuple((w.words, w.month_of) for w in _WORDINGS if w.yearless)
_DAY_FORMS = tuple(w.words + w.year for w in _WORDINGS if w.day)
_YEARLESS_DAY_FORMS = tuple(w.words for w in _WORDINGS if w.day and w.yearless)
