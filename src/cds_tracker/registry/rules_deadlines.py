"""Rules of a target's deadline: its `due` is what its words say (core/deadline_words.py), and
it falls within the plan's window of years (core/dates.py `outside_plan`). Part of
`rules.RULES`; each a small function over the parsed parts, returning findings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.dates import (
    ONGOING,
    PLAN_YEARS_AHEAD,
    PLAN_YEARS_BEFORE,
    YearDay,
    YearMonth,
    date_flaw,
    outside_plan,
    with_flaw,
)
from cds_tracker.core.deadline_words import deadline_day, parse_deadline_text
from cds_tracker.core.errors import Finding, msg

if TYPE_CHECKING:
    from cds_tracker.core.records import Deadline, Target
    from cds_tracker.registry.rules import Parts
    from cds_tracker.registry.yamlio import PathKey


# A deadline whose month or day does not exist, or a span of years (core/dates.py
# `date_flaw`): its hint.
_IMPOSSIBLE = {
    "date.no_such_month": "import_no_month_hint",
    "date.years_span": "import_deadline_years_hint",
}


def _deadlines(parts: Parts) -> Iterator[tuple[PathKey, Deadline, Target]]:
    """Each deadline the registry holds, where it is written, and its target's: the target's
    own, then each `before` entry's (the deadline a revision changed, as it stood before it):
    `show --as-of` prints those, so they are held to the same rules (a12_01)."""
    for path, _, target in parts.targets:
        yield (*path, "deadline"), target.deadline, target
        for i, earlier in enumerate(target.before):
            if earlier.deadline is not None:
                yield (*path, "before", i, "deadline"), earlier.deadline, target


def deadline_matches_text(parts: Parts) -> Iterator[Finding]:
    year = parts.document.year if parts.document is not None else dt.date.today().year
    for where, deadline, target in _deadlines(parts):
        # "Tháng 6" is the plan's June; a carried target's words may be its old plan's: no year
        known = year if parts.document and parts.document.year and not target.carried_from else None
        meant = parse_deadline_text(deadline.text, known)
        if meant is None:
            flaw = date_flaw(deadline.text)  # "Tháng 13/2024": there is no month 13
            yield Finding(
                (*where, "text"),
                with_flaw(msg("rule.bad_deadline", text=deadline.text), flaw),
                msg(
                    _IMPOSSIBLE.get(flaw.key, "import_no_day_hint")
                    if flaw
                    else "rule.hint.deadline",
                    year=year,  # the examples in the plan's year
                ),
                target=target.id,
            )
        elif deadline.due not in (accepted := _dues(deadline.text, meant, known)):
            wanted = accepted[0]
            means = (
                msg("rule.means_month", month=meant.display())
                if isinstance(meant, YearMonth)
                else msg("rule.means_day", day=meant.display())
                if isinstance(meant, YearDay)
                else msg("rule.ongoing")
            )
            yield Finding(
                (*where, "due"),
                msg(
                    "rule.due_ongoing_mismatch" if deadline.due == ONGOING else "rule.due_mismatch",
                    due=deadline.due,
                    text=deadline.text,
                    means=means,
                ),
                msg("hint.did_you_mean", options=f"'{wanted}'"),
                target=target.id,
            )


def _dues(text: str, meant: YearMonth | YearDay | str, year: int | None) -> tuple[str, ...]:
    """The `due`s a deadline text allows, the one import writes first: a day before its month's
    end is that day or, as a registry kept it before days were read, its month; a day ending
    its month is the month or the day (the same lateness)."""
    if isinstance(meant, YearDay):
        return meant.iso(), meant.of_month.iso()
    if isinstance(meant, YearMonth):
        day = deadline_day(text, year)
        return (meant.iso(),) if day is None else (meant.iso(), day.isoformat())
    return (ONGOING,)


def deadline_within_plan(parts: Parts) -> Iterator[Finding]:
    """A deadline in the plan's window of years (core/dates.py `outside_plan`): a 2024
    plan's 'Tháng 1/1900' (an Excel cell typed 6 in a date format) or 'Tháng 6/2204' is a typo.
    A carried target's deadline is its new plan's (carry-over gives it one), so the same."""
    if parts.document is None:
        return
    year = parts.document.year
    for where, deadline, target in _deadlines(parts):
        month = deadline.month
        if month is not None and outside_plan(month.of_month, year):
            first, last = year - PLAN_YEARS_BEFORE, year + PLAN_YEARS_AHEAD
            values = {"text": deadline.text, "year": year, "first": first, "last": last}
            yield Finding(
                (*where, "due"),
                msg("rule.deadline_outside_plan", **values),
                msg("rule.hint.deadline_outside_plan"),
                target=target.id,
            )
