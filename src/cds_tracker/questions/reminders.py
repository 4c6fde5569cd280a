"""Which units to urge this month, and about what: the data behind `cds remind`.

A note goes to each lead unit as the appendix names it — "UBND các phường, xã" is a normal address
for an administrative letter; a unit merged by the day asked is replaced by its successor —
listing the targets due in the month or already late, and the periodic reports of ongoing targets
due in the month, on which it still **owes its part**: a unit that finished its own part is never
urged for it, however far behind the others are. For a collective, each member's part is listed,
so the note says who has not reported yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.statuses import CLOSED
from cds_tracker.questions.queries import Row, Tracker, periodic_in_month
from cds_tracker.questions.status import Part
from cds_tracker.registry.succession import carry_latest


@dataclass(frozen=True)
class MemberReport:
    unit_id: str
    status: str | None  # latest reported status, None when it has not reported
    date: str | None
    part: str = "not_started"  # the member's own part: a status code (OWED ones are urged)


@dataclass(frozen=True)
class Outstanding:
    row: Row
    members: tuple[MemberReport, ...]  # for a collective lead: every member; empty otherwise
    owed: tuple[Part, ...] = ()  # the parts the addressee still owes (its own, or its members')


@dataclass(frozen=True)
class Reminder:
    unit_id: str
    items: tuple[Outstanding, ...]


def outstanding_rows(tracker: Tracker, month: YearMonth, as_of: dt.date) -> list[Row]:
    """Targets not done that are due in `month` or late, then periodic reports due in `month`."""
    rows = [
        row
        for row in tracker.rows(as_of)
        if (deadline := row.target.deadline.month) is not None
        and row.status.code not in ("done", "done_late", *CLOSED)
        and (deadline == month or row.status.code == "late")
    ]
    return rows + [
        r for r in periodic_in_month(tracker, month, as_of) if r.status.code == "unreported"
    ]


def reminders(tracker: Tracker, month: YearMonth, as_of: dt.date) -> list[Reminder]:
    by_unit: dict[str, list[Outstanding]] = {}
    for row in outstanding_rows(tracker, month, as_of):
        all_parts = tracker.parts(row.target, as_of, row.period)
        parts = {p.unit: p for p in all_parts}
        day = tracker.units_on(as_of)
        latest = carry_latest(day, tracker.timeline_on(row.target.id, as_of).latest(as_of), as_of)
        for unit_id in tracker.lead_units_on(row.target, as_of):
            owed = tracker.owed_by(row, unit_id, as_of, all_parts)
            if not owed:
                continue  # its own part is done: never urged for it
            unit = day.units.get(unit_id)
            members: tuple[MemberReport, ...] = ()
            if unit is not None and unit.is_collective:
                members = tuple(
                    MemberReport(
                        m,
                        latest[m][0] if m in latest else None,
                        latest[m][1] if m in latest else None,
                        parts[m].status,
                    )
                    for m in parts
                    if m in unit.members
                )
            by_unit.setdefault(unit_id, []).append(Outstanding(row, members, owed))
    order = {unit_id: i for i, unit_id in enumerate(tracker.index.units)}
    return [
        Reminder(u, tuple(items))
        for u, items in sorted(by_unit.items(), key=lambda p: order.get(p[0], 0))
    ]
