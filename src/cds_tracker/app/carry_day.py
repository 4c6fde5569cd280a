"""The day targets leave the old plan (`carry-over --as-of`), checked before anything is written.

A carry day marks every carried target "carried over on D" (core/records.py `Target.closed`):
D is the old plan's last day for it, the new plan follows it from the day after. So D must lie
in the two plans' window — not before 1 January of the old plan's year (nothing had been planned
yet), not after 31 December of the new plan's year (the carried targets would never reach it) —
and on or after every report already recorded on a target it carries: a report dated after D no
longer belongs to the old plan (progress/carried_away.py), so `validate` would fail and every
command on the old plan refuse. Usage errors (exit 2), each with the day to give instead.
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
