"""Months, dates and deadlines as the appendix and its users write them.

Everything here is day-first (dd/mm/yyyy) or ISO; we parse with fixed patterns rather than a
guessing parser, because a clerk's typo must be an error, not a silently different date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from cds_tracker.core.errors import Msg, MsgError, UsageError, msg
from cds_tracker.core.text import fold
from cds_tracker.core.tuples import Record

ONGOING = "ongoing"

# The month, day and moment patterns are texts, compiled by `re` when first used: every command
# imports this module, and a warm `cds due` reads no day and only months written `mm/yyyy` or
# `yyyy-mm` (issue 14: compiling these six cost ~5 M instructions, ~2 % of a warm `cds due`).
_MONTH_PATTERNS = (
    r"^(?:thang\s*|t\s*)?(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>[0-9]{4})$",
    r"^(?P<y>[0-9]{4})\s*-\s*(?P<m>[0-9]{1,2})$",
)
_DATE_DMY = r"^(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>[0-9]{4})$"
_DATE_ISO = r"^(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})$"
FIRST_YEAR, LAST_YEAR = 1900, 2999  # the years a plan, a deadline or a report can be in
# A plan's deadlines fall from two years before its year (a plan may restate a target of the
# years it follows up on, with the deadline it had) to five after it (a five-year plan's
# horizon): a month outside is a mistake (an Excel cell typed 6 in a date format is 06/01/1900),
# said by `validate` and `import` alike; `carry-over --deadline` asks the new plan's year on.
PLAN_YEARS_BEFORE, PLAN_YEARS_AHEAD = 2, 5


def outside_plan(month: tuple[int, int], year: int) -> bool:
    """Whether a deadline month (year, month) falls outside the plan of `year`'s window."""
    return not year - PLAN_YEARS_BEFORE <= month[0] <= year + PLAN_YEARS_AHEAD


_CANONICAL_DAY = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
# RFC 3339: a full date, 'T', a time with seconds (fraction optional) and an offset or Z.
_RFC3339 = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
    r"(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
# A pattern text compiled once: a cold read checks up to a moment per entry, and this lookup
# (C) costs a fraction of `re`'s own cache (Python) on each.
_compiled = functools.cache(re.compile)


class _Month(Record):
    year: int
    month: int


class YearMonth(_Month):
    """A month of a year, ordered as time runs. A named tuple checked when made: every query
    imports it, and an ordered dataclass compiles ten methods at every start (issue 14)."""

    __slots__ = ()

    def __new__(cls, year: int, month: int) -> YearMonth:
        if not 1 <= month <= 12:
            raise ValueError(f"month must be 1–12, not {month}")
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValueError(f"year {year} is out of range")
        return super().__new__(cls, year, month)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        """A month deadline ends on its last day: 'Tháng 11/2023' is due, not late, on 30/11."""
        after = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)  # the next month's
        return after - dt.timedelta(days=1)  # (`calendar`, for this alone, costs an import)

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def display(self) -> str:
        return f"{self.month:02d}/{self.year:04d}"

    @property
    def of_month(self) -> YearMonth:
        return self

    @classmethod
    def of(cls, day: dt.date) -> YearMonth:
        return cls(day.year, day.month)


class _Day(Record):
    year: int
    month: int
    day: int


class YearDay(_Day):
    """A deadline written as a day ('Trước ngày 15/10/2024'): due on that day, late from the next.
    It answers what a `YearMonth` answers (`year`, `month`, `last_day`, `iso`, `display`), so a
    query asking a deadline's last day needs no case for it; as a tuple (year, month, day) it sorts
    after the months before its own and before the months after (within its month, after the
    month itself). `of_month` is the month it falls in, for `due --month`."""

    __slots__ = ()

    def __new__(cls, year: int, month: int, day: int) -> YearDay:
        dt.date(year, month, day)  # ValueError for 30/02, a month 13 or a day 0
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValueError(f"year {year} is out of range")
        return super().__new__(cls, year, month, day)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        """Due, not late, on the day itself: 'Trước ngày 15/10/2024' is late from 16/10/2024."""
        return dt.date(self.year, self.month, self.day)

    @property
    def of_month(self) -> YearMonth:
        return YearMonth(self.year, self.month)

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"


Due = YearMonth | YearDay  # a deadline: a month, or a day


def try_parse_due(text: str) -> Due | None:
    """A registry's `due`: `yyyy-mm` (a month) or `yyyy-mm-dd` (a day), exactly; else None."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
        if not (text[:4].isdigit() and text[5:7].isdigit() and text[8:].isdigit()):
            return None
        try:
            return YearDay(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:
            return None
    return try_parse_month(text) if len(text) == 7 else None


def try_parse_month(text: str) -> YearMonth | None:
    """`10/2023`, `2023-10`, `10-2023`, `Tháng 10/2023`, `thang 10/2023`, `T10/2023`; else None."""
    if (
        len(text) == 7
        and text[4] == "-"
        and text.isascii()
        and text[:4].isdigit()
        and text[5:].isdigit()
    ):
        # `yyyy-mm`, as the registry keeps a deadline: read without folding the text and
        # trying each shape (the same answer; a warm `cds due` asks ~100 deadlines)
        parts: tuple[int, int] | None = int(text[:4]), int(text[5:])
    elif (
        len(text) == 7
        and text[2] == "/"
        and text.isascii()
        and text[:2].isdigit()
        and text[3:].isdigit()
    ):
        parts = int(text[3:]), int(text[:2])  # `mm/yyyy`, as cds writes a month: likewise
    else:
        parts = _month_parts(text)
    if parts is None:
        return None
    try:
        return YearMonth(*parts)
    except ValueError:
        return None


def _month_parts(text: str) -> tuple[int, int] | None:
    """(year, month) as written in one of the month shapes, whatever their range."""
    folded = fold(text)
    for pattern in _MONTH_PATTERNS:
        found = re.match(pattern, folded)
        if found:
            return int(found["y"]), int(found["m"])
    return None


def parse_month(text: str, *, option: str = "--month") -> YearMonth:
    month = try_parse_month(text)
    if month is not None:
        return month
    parts = _month_parts(text)
    if parts is not None and 1 <= parts[1] <= 12:  # a month of another age
        raise UsageError(
            msg("date.year_range", option=option, text=text, first=FIRST_YEAR, last=LAST_YEAR),
            hint=msg("date.hint.month"),
        )
    flaw = date_flaw(text)  # "Tháng 13/2024": there is no month 13
    raise UsageError(
        msg("date.flawed", option=option, text=text, why=flaw)
        if flaw
        else msg("date.not_month", option=option, text=text),
        hint=msg("date.hint.month"),
    )


def try_parse_date(text: str) -> dt.date | None:
    stripped = text.strip()
    found = re.match(_DATE_DMY, stripped) or re.match(_DATE_ISO, stripped)
    if not found:
        return None
    try:
        return dt.date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return None


def parse_date(text: str, *, option: str = "--as-of") -> dt.date:
    day = try_parse_date(text)
    if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(
            msg("date.year_range", option=option, text=text, first=FIRST_YEAR, last=LAST_YEAR),
            hint=msg("date.hint.date"),
        )
    if day is None:
        flaw = date_flaw(text)  # "31/9/2024": September has 30 days
        raise UsageError(
            msg("date.flawed", option=option, text=text, why=flaw)
            if flaw
            else msg("date.not_date", option=option, text=text),
            hint=msg("date.hint.date"),
        )
    return day


# A day, a month and a year as a deadline or a date may write them, wherever they are in the text
# ("Trước 31/9/2024", "Tháng 13/2024", "2024-02-30", "ngày 31 tháng 6 năm 2024"), folded. Each
# number whole: the "23" of "2023-2025" is no month 23 (attack20 F11).
_WRITTEN = (
    r"(?:ngay\s+(?P<d>[0-9]{1,2})\s+)?thang\s+(?P<m>[0-9]{1,2})\s+nam\s+(?P<y>[0-9]{4})(?![0-9])",
    r"(?<![0-9])(?:(?P<d>[0-9]{1,2})\s*[/.-]\s*)?(?P<m>[0-9]{1,2})(?:\s*[/.-]\s*|\s+nam\s+)"
    r"(?P<y>[0-9]{4})(?![0-9])",
    r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})(?![0-9])(?:-(?P<d>[0-9]{1,2}))?",
)
# A span of years ("Giai đoạn 2023-2025", "2023 - 2025", "từ năm 2023 đến năm 2025"), folded:
# a period, not a month or a day, said as one.
_YEARS_SPAN = (
    r"(?<![0-9])(?P<first>[0-9]{4})\s*(?:-|–|—|den(?:\s+nam)?)\s*(?P<last>[0-9]{4})(?![0-9])"
)


def date_flaw(text: str) -> Msg | None:
    """Why `text`, written as a day or a month, is none: "không có tháng 13", "tháng 9 chỉ có
    30 ngày", "tháng 2/2023 chỉ có 28 ngày", "không có ngày 0", "một giai đoạn nhiều năm
    (2023-2025)". The one home of these words for every reader of a date (options, deadlines,
    forms, the registry's days); None when the text has no day or month in it, or they exist."""
    folded = fold(text)
    if span := re.search(_YEARS_SPAN, folded):
        return msg("date.years_span", first=span["first"], last=span["last"])
    for pattern in _WRITTEN:
        found = re.search(pattern, folded)
        if found is None:
            continue
        year, month = int(found["y"]), int(found["m"])
        if not 1 <= month <= 12:
            return msg("date.no_such_month", month=month)
        if found["d"] is None:
            return None
        day = int(found["d"])
        if day == 0:
            return msg("date.no_day_zero")
        last = YearMonth(max(FIRST_YEAR, min(year, LAST_YEAR)), month).last_day.day
        if day <= last:
            return None
        if month == 2:
            return msg("date.february_days", year=year, days=last)
        return msg("date.month_days", month=month, days=last)
    return None


def with_flaw(said: Msg, flaw: Msg | None) -> Msg:
    """`said`, and why the day or month written is none, if `flaw` says it."""
    return msg("date.because", said=said, why=flaw) if flaw else said


def days_after(day: dt.date, days: int, *, option: str = "--within") -> dt.date:
    """`day` plus `days`, refused as a usage error when it leaves the years a plan can span."""
    try:
        end = day + dt.timedelta(days=days)
    except OverflowError:
        end = dt.date.max
    if end.year > LAST_YEAR:
        raise UsageError(
            msg(
                "date.days_too_far", option=option, days=days, day=format_date(day), last=LAST_YEAR
            ),
            hint=msg("date.hint.days", most=(dt.date(LAST_YEAR, 12, 31) - day).days),
        )
    return end


def format_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def check_day(value: str) -> dt.date:
    """The day of a progress entry: exactly `yyyy-mm-dd`, nothing `fromisoformat` would also take
    (`20231016`, `2023-W42-1`), because entries are ordered by this text."""
    day: dt.date = _canonical(value, _CANONICAL_DAY, dt.date.fromisoformat, "model.not_date")
    return day


def check_moment(value: str) -> dt.datetime:
    """When an entry was written: RFC 3339 with its offset, e.g. 2023-10-30T09:15:00+07:00."""
    moment: dt.datetime = _canonical(value, _RFC3339, dt.datetime.fromisoformat, "model.not_moment")
    return moment


def _canonical(value: str, form: str, read: Any, what: str) -> Any:
    """`read(value)` when `value` is written exactly in `form` and means something; else
    `MsgError` with the message `what` ("'…' is not a date")."""
    written = _compiled(form).fullmatch(value)
    if written:
        try:
            found = read(value)
        except ValueError:
            pass
        else:
            if not FIRST_YEAR <= found.year <= LAST_YEAR:  # like every date option
                raise MsgError(
                    msg("model.year_range", value=value, first=FIRST_YEAR, last=LAST_YEAR)
                )
            return found
    flaw = date_flaw(value) if written else None  # "2024-09-31": 30 days
    raise MsgError(
        msg("date.because", said=msg(what, value=value), why=flaw)
        if flaw
        else msg(what, value=value)
    )


def utc_order(written: str) -> float:
    """A `written` moment as seconds since 1970 UTC, so that two reports written in different
    time zones sort by when they really were written, not by their text."""
    return dt.datetime.fromisoformat(written).timestamp()
