"""Which units to urge this month, and about what: the data behind `cds remind`.

A note goes to each lead unit as the appendix names it — "UBND các phường, xã" is a normal address
for an administrative letter — listing its targets due in the month or already late, not done. For
a collective, each member's latest report is listed, so the note says who has not reported yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.questions.queries import Row, Tracker
from cds_tracker.questions.status import member_matrix


@dataclass(frozen=True)
class MemberReport:
    unit_id: str
    status: str | None  # latest reported status, None when it has not reported
    date: str | None


@dataclass(frozen=True)
class Outstanding:
    row: Row
    members: tuple[MemberReport, ...]  # for a collective lead; empty otherwise


@dataclass(frozen=True)
class Reminder:
    unit_id: str
    items: tuple[Outstanding, ...]


def reminders(tracker: Tracker, month: YearMonth, as_of: dt.date) -> list[Reminder]:
    by_unit: dict[str, list[Outstanding]] = {}
    for row in tracker.rows(as_of):
        deadline = row.target.deadline.month
        if deadline is None or row.status.code in ("done", "done_late"):
            continue
        if not (deadline == month or row.status.code == "late"):
            continue
        matrix = member_matrix(row.target, tracker.index, tracker.timeline(row.target.id), as_of)
        for unit_id in row.target.lead.units:
            unit = tracker.index.units.get(unit_id)
            members: tuple[MemberReport, ...] = ()
            if unit is not None and unit.is_collective:
                members = tuple(
                    MemberReport(m, latest[0] if latest else None, latest[1] if latest else None)
                    for m, latest in matrix
                    if m in unit.members
                )
            by_unit.setdefault(unit_id, []).append(Outstanding(row, members))
    order = {unit_id: i for i, unit_id in enumerate(tracker.index.units)}
    return [
        Reminder(u, tuple(items))
        for u, items in sorted(by_unit.items(), key=lambda p: order.get(p[0], 0))
    ]
