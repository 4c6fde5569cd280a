"""Who gets an urging letter, and for which of *their own* parts: the data behind a letter.

Built on `reminders.reminders(...)`, which lists for each lead unit as the appendix names it the
parts it still owes (`Outstanding.owed`: its own, or for a collective its members' unfinished
ones). A collective ("UBND các phường, xã") is not an address one can sign a letter to and expect
a report from: each member owes its own part, has its own mailbox and answers for itself. So each
unit owing a part gets its own letter listing only its own owed parts (docs/documents.md,
"Who gets a letter"); members that finished their part are not urged. A target a unit owes both
by name and through a collective is listed once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.questions.queries import Row, Tracker
from cds_tracker.questions.reminders import reminders


@dataclass(frozen=True)
class Owed:
    """One target (or periodic report) a unit owes: the row, and the unit's own part."""

    row: Row
    part: str  # the part's status: late, in_progress, not_started, unreported (this period)
    last: tuple[str, dt.date] | None  # the unit's latest report (status, day), None if none
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
    from cds_tracker.registry.succession import carry_latest

    day = tracker.units_on(as_of)  # a merged ward's reports are its successor's
    owed: dict[str, dict[str, Owed]] = {}
    for reminder in reminders(tracker, month, as_of):
        unit = tracker.index.units.get(reminder.unit_id)
        via = reminder.unit_id if unit is not None and unit.is_collective else None
        for item in reminder.items:
            latest = tracker.timeline_on(item.row.target.id, as_of).latest(as_of)
            latest = carry_latest(day, latest, as_of)
            for part in item.owed:
                found = latest.get(part.unit)
                last = (found[0], dt.date.fromisoformat(found[1])) if found else None
                owed.setdefault(part.unit, {}).setdefault(
                    item.row.target.id, Owed(item.row, part.status, last, via)
                )
    wanted: set[str] | None = None
    if unit_id is not None:  # a collective asks for its members' letters
        unit = day.units.get(unit_id)
        wanted = {unit_id, *(unit.members if unit is not None else ())}
    order = {u: i for i, u in enumerate(tracker.index.units)}
    targets = {t.id: i for i, (_, t) in enumerate(tracker.registry.targets())}
    return [
        Letter(u, tuple(sorted(items.values(), key=lambda o: _order(o, targets))))
        for u, items in sorted(owed.items(), key=lambda p: order.get(p[0], len(order)))
        if items and (wanted is None or u in wanted)
    ]


def _order(item: Owed, targets: dict[str, int]) -> tuple[bool, int]:
    """Targets due or late first, then periodic reports; each in the appendix's order."""
    return (item.row.period is not None, targets[item.row.target.id])
