"""Who gets an urging letter, and for which of *their own* parts: the data behind a letter.

Built on `reminders.reminders(...)`. A collective lead ("UBND các phường, xã") is not an address
one can sign a letter to and expect a report from: each member owes its own part, has its own
mailbox and answers for itself. So each member that has not finished its part gets its own
letter, listing only its own unfinished parts (docs/documents.md, "Tập thể"); members that
already reported done are not urged. A unit named directly keeps its own letter, and a target it
owes both by name and through a collective is listed once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.questions.queries import Row, Tracker
from cds_tracker.questions.reminders import reminders


@dataclass(frozen=True)
class Owed:
    """One target a unit owes: the target's row, and the unit's own latest report on it."""

    row: Row
    reported: str | None  # the unit's latest status ("in_progress", "not_started"), or None
    reported_on: dt.date | None
    via: str | None = None  # the collective it is owed through, None when named directly


@dataclass(frozen=True)
class Letter:
    unit_id: str
    items: tuple[Owed, ...]


def letters(
    tracker: Tracker, month: YearMonth, as_of: dt.date, unit_id: str | None = None
) -> list[Letter]:
    """One letter per unit owing something in `month` (or already late), in catalog order;
    with `unit_id`, that unit's letter (a collective: its members' letters)."""
    owed: dict[str, dict[str, Owed]] = {}
    for reminder in reminders(tracker, month, as_of):
        unit = tracker.index.units.get(reminder.unit_id)
        for item in reminder.items:
            if unit is not None and unit.is_collective:
                for member in item.members:
                    if member.status == "done":
                        continue
                    day = dt.date.fromisoformat(member.date) if member.date else None
                    owed.setdefault(member.unit_id, {}).setdefault(
                        item.row.target.id, Owed(item.row, member.status, day, unit.id)
                    )
                continue
            latest = tracker.timeline(item.row.target.id).latest(as_of).get(reminder.unit_id)
            if latest is not None and latest[0] == "done":
                continue
            own = Owed(
                item.row,
                latest[0] if latest else None,
                dt.date.fromisoformat(latest[1]) if latest else None,
            )
            owed.setdefault(reminder.unit_id, {})[item.row.target.id] = own
    wanted: set[str] | None = None
    if unit_id is not None:  # a collective asks for its members' letters
        unit = tracker.index.units.get(unit_id)
        wanted = {unit_id, *(unit.members if unit is not None else ())}
    order = {u: i for i, u in enumerate(tracker.index.units)}
    targets = {t.id: i for i, (_, t) in enumerate(tracker.registry.targets())}
    return [
        Letter(u, tuple(sorted(items.values(), key=lambda o: targets[o.row.target.id])))
        for u, items in sorted(owed.items(), key=lambda p: order.get(p[0], len(order)))
        if items and (wanted is None or u in wanted)
    ]
