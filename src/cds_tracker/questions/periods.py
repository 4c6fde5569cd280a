"""Reporting periods of ongoing targets, by the windows of Nghị định 09/2019/NĐ-CP (Article 12).

The decree fixes when each periodic report's figures are cut off: a monthly report covers the 15th
of the previous month to the 14th of the reporting month; a quarterly one the 15th of the month
before the quarter to the 14th of its last month; the half-year report 15/12 of the previous year to
14/6; the year report 15/12 of the previous year to 14/12. The decree has no report for the second
half-year (the year report covers it), so a target reporting half-yearly uses 15/6–14/12 for it:
the windows of one kind then cover the year without gaps or overlap.

So every window ends on the 14th of a month whose number is a multiple of the period's length in
months (1, 3, 6 or 12) and starts the day after the previous window ends.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.field_types import Reporting
from cds_tracker.core.tuples import Record

if TYPE_CHECKING:
    from cds_tracker.core.records import Target

MONTHS: dict[Reporting, int] = {"monthly": 1, "quarterly": 3, "half-yearly": 6, "yearly": 12}
CUTOFF = 14  # the last day of the month that a window includes


class Period(Record):
    """A tuple, not a dataclass: it is built on every warm query that sees an ongoing target."""

    start: dt.date  # the 15th of a month
    end: dt.date  # the 14th of the month the report is for
    reporting: Reporting

    @property
    def month(self) -> YearMonth:
        """The month the report is named for (and due in): the month of its last day."""
        return YearMonth.of(self.end)


def period_of(day: dt.date, reporting: Reporting) -> Period:
    """The window of `reporting` that contains `day`."""
    length = MONTHS[reporting]
    month = day.replace(day=CUTOFF)
    if day.day > CUTOFF:
        month = _months_later(month, 1)
    month = _months_later(month, (-month.month) % length)  # up to the next period-end month
    return _ending(month, reporting)


def _months_later(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` later (earlier if negative): a window's days, the
    14th and the 15th, are in every month."""
    index = day.year * 12 + day.month - 1 + months
    return day.replace(year=index // 12, month=index % 12 + 1)


def period_ending_in(month: YearMonth, reporting: Reporting) -> Period | None:
    """The window of `reporting` that ends in `month`, or None (a quarter ends in 3, 6, 9, 12)."""
    if month.month % MONTHS[reporting]:
        return None
    return _ending(dt.date(month.year, month.month, CUTOFF), reporting)


def periods_ending_between(first: dt.date, last: dt.date, reporting: Reporting) -> list[Period]:
    """Windows of `reporting` whose last day falls within [first, last], earliest first."""
    found = []
    period = period_of(first, reporting)
    while period.end <= last:
        if period.end >= first:
            found.append(period)
        period = period_of(period.end + dt.timedelta(days=1), reporting)
    return found


def in_plan(
    period: Period,
    year: int,
    added: str | None = None,
    *,
    arrived: bool = False,
    left: str | None = None,
) -> bool:
    """Whether a plan for `year` asks for the report of `period`: its windows end within its
    year — the first begins on its start (15/12 of the year before, `plan_start`), the last ends
    14/12 (the year report's cut-off). Before, the plan did not exist: the report of a window of
    the year before is the earlier plan's, and a carried target's was made there. After, the
    target is carried over or over. A target that joined the plan later (`added`, yyyy-mm-dd:
    the day after the carry day of a carried target, `app/origins.with_carry_days`, or the day
    of the revision that added it) owes the windows from the one that day falls in: a window
    that ended before it was the earlier plan's, or no plan's. `year` 0 (not stated): every
    window from `added`. The one rule `due`, `remind`, `form` and each row's window follow.

    A window belongs to one plan whole: the one whose days a carry day splits is the plan's
    the target went to (`first_taken`). So an ongoing target carried in (`arrived`: `added` is
    its arrival) owes the window its arrival falls in even when it ends before the plan's year
    (carried on 20/11/2023: 15/11–14/12/2023, attack23 a23-06), and one carried away (`left`:
    its carry day) owes the plan it left no window from that one on."""
    if year and period.end.year > year:
        return False
    if left is not None and period.end >= first_taken(_next_day(left), period.reporting):
        return False
    if year and period.end.year != year and not (arrived and added is not None):
        return False
    return added is None or added <= period.end.isoformat()


def first_taken(arrival: dt.date, reporting: Reporting) -> dt.date:
    """The first day of the window an ongoing target's `arrival` (the day after its carry day)
    falls in: from it the plan it went to takes the target's reports, and asks that window
    (`in_plan`), the plan it left neither (progress/carried_away.py `taken_from`)."""
    return period_of(arrival, reporting).start


def _next_day(day: str) -> dt.date:
    return dt.date.fromisoformat(day) + dt.timedelta(days=1)


def within_plan(
    period: Period,
    year: int,
    added: str | None = None,
    *,
    arrived: bool = False,
    left: str | None = None,
) -> Period:
    """`period`, or the plan's nearest window when the plan does not ask for `period`
    (`in_plan`): a day after the plan's year (or after the target left it, `left`) is asked
    about the last report the plan asked for, a day before the plan began (or before the
    target joined it) about the first, not begun yet on that day (owed by no one:
    questions/status.py)."""
    if in_plan(period, year, added, arrived=arrived, left=left):
        return period
    end = last_window_end(year)
    if left is not None:  # the window before the one the target's new plan took first
        stop = first_taken(_next_day(left), period.reporting) - dt.timedelta(days=1)
        end = min(end, stop) if end is not None else stop
    if end is not None and period.end > end:
        return period_of(end, period.reporting)
    first = dt.date(year - 1, 12, CUTOFF + 1) if year else period.start
    if added is not None:
        day = dt.date.fromisoformat(added)
        first = day if arrived else max(first, day)
    found = period_of(first, period.reporting)
    if end is not None and found.end > end:  # joined after the last window began: that one
        return period_of(end, period.reporting)
    return found


def asks(period: Period, year: int, target: Target) -> bool:
    """`in_plan` for `target` as a query's registry holds it (`added`: a carried target's
    arrival, app/origins.py `with_carry_days`): the one call `due`, `remind` and `form` make."""
    return in_plan(period, year, target.added, **_carry_days(target))


def target_window(period: Period, year: int, target: Target) -> Period:
    """`within_plan` for `target`, as `asks`: the window each row of it is about."""
    return within_plan(period, year, target.added, **_carry_days(target))


def _carry_days(target: Target) -> dict[str, Any]:
    """`in_plan`'s `arrived` and `left` of an ongoing target carried in or away."""
    if not target.deadline.ongoing:
        return {}
    away = target.carried_on if target.carried_to is not None and target.carried_on else None
    return {"arrived": target.carried_from is not None, "left": away}


def first_day(year: int) -> str:
    """A plan's first day (yyyy-mm-dd; "" when the year is not stated): a merger before it
    splits no heir's part, in status and figures alike (the plan asked the heir alone,
    questions/heir_parts.py `split`)."""
    return f"{year}-01-01" if year else ""


def last_window_end(year: int) -> dt.date | None:
    """The last day of a plan's last reporting window, whatever the period's length (14/12 of
    its year, the year report's cut-off); None when the year is not stated."""
    return dt.date(year, 12, CUTOFF) if year else None


def _ending(end: dt.date, reporting: Reporting) -> Period:
    start = _months_later(end, -MONTHS[reporting]) + dt.timedelta(days=1)
    return Period(start, end, reporting)


def plan_start(year: int, plan_date: str = "") -> dt.date:
    """The first day a progress report of a plan for `year` may be dated: the start of the year's
    reporting window (15/12 of the year before, Nghị định 09/2019), or the plan's own day when it
    is printed in full (dd/mm/yyyy) and earlier. A plan for 2023 "ngày /5/2023" starts 15/12/2022.
    """
    from cds_tracker.core.dates import try_parse_date

    start = dt.date(year - 1, 12, CUTOFF + 1)
    issued = try_parse_date(plan_date) if plan_date.count("/") == 2 else None
    return min(start, issued) if issued is not None else start
