"""The day targets leave the old plan (`carry-over --as-of`), checked before anything is written.

A carry day marks every carried target "carried over on D" (core/records.py `Target.closed`):
D is the old plan's last day for it, the new plan follows it from the day after. So D must lie
in the two plans' window — not before 1 January of the old plan's year (nothing had been planned
yet), not after 31 December of the new plan's year (the carried targets would never reach it) —
and on or after every report already recorded on a target it carries: a report dated after D no
longer belongs to the old plan (progress/carried_away.py), so `validate` would fail and every
command on the old plan refuse. Usage errors (exit 2), each with the day to give instead. Not
given, the day is chosen here (`default_day`): today in the old plan's year, else the last day
before the new plan's year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from cds_tracker.core.dates import format_date
from cds_tracker.core.errors import UsageError, msg
from cds_tracker.output.sanitize import visible_line


def check_window(day: dt.date, old_year: int, new_year: int, source: str, to: str) -> None:
    first, last = dt.date(old_year, 1, 1), dt.date(new_year, 12, 31)
    if first <= day <= last:
        return
    raise UsageError(
        msg(
            "carry.day_outside",
            date=format_date(day),
            first=format_date(first),
            last=format_date(last),
            source=visible_line(source),
            to=visible_line(to),
        ),
        hint=msg("carry.hint.day_end", date=format_date(dt.date(old_year, 12, 31))),
    )


def check_reports(day: dt.date, tracker: Any, origins: Sequence[str], source: str) -> None:
    """`origins`: the targets proposed ("2023/III.4"). The latest report on any of them must be
    dated `day` or before."""
    latest = None
    for origin in origins:
        target_id = origin.split("/", 1)[1]
        for entry in tracker.entries.get(target_id, ()):
            if latest is None or entry.date > latest[0].date:
                latest = (entry, target_id)
    if latest is None or latest[0].day <= day:
        return
    entry, target_id = latest
    raise UsageError(
        msg(
            "carry.day_before_report",
            date=format_date(day),
            report=format_date(entry.day),
            unit=tracker.index.name(entry.unit),
            target=target_id,
            source=visible_line(source),
        ),
        hint=msg("carry.hint.day_after", date=format_date(entry.day)),
    )


def default_day(text: str | None, year: int, to_year: int) -> tuple[dt.date, str | None]:
    """The day the targets leave the origin plan: --as-of, else today while the origin plan's
    year runs, else its last day (31/12/2023): carried after its year, a target left it when
    that year ended, so `late --plan 2023` of a day in 2024 does not count it again. With what
    the preview says about the day (its words' key) when the user did not give it.

    Into a plan of a later year than the next (2023 into 2025, no plan of 2024: carry_next.py
    refuses when there is one), the last day before the new plan's year (31/12/2024): the
    targets stay in the plan that follows them until the new one begins. Carried on 31/12/2023
    they were in 2025's plan through 2024 with 2025's deadlines, overdue in no plan (a21-10)."""
    if text is not None:
        from cds_tracker.app.opening import as_of_date

        return as_of_date(text), None
    today = dt.date.today()
    last = max(year, to_year - 1)
    end = dt.date(last, 12, 31) if year > 0 else today
    if today <= end:
        return today, "carry_day_today"
    return end, "carry_day_end" if last == year else "carry_day_gap"
