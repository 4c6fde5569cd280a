"""A collective lead's own share of a target ("UBND các phường, xã", "Các phòng, đơn vị có liên
quan"): what `report --unit` and `summary`'s table by lead unit count for it.

A collective's share is its members' parts (bar members the target names as lead units
themselves: they answer under their own name). Members still owe → the collective owes, with
the most pressing of their statuses; all done → done (late if any finished late). An open-ended
collective ("… có liên quan", scope `concerned`) none of whose members reported has no part
anybody owes by name: its share is the target's own status (a late target it leads is late in
its row), and nobody is urged for it (`open_ended`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cds_tracker.questions.status import Part

if TYPE_CHECKING:
    from cds_tracker.core.records import Target
    from cds_tracker.questions.tracker import Tracker

# the most pressing first: a collective's share shows the worst of its members'
_PRESSING = ("late", "unreported", "in_progress", "not_started", "ongoing", "done_late", "done")


def collective_part(
    tracker: Tracker, target: Target, unit_id: str, as_of: dt.date, parts: Sequence[Part]
) -> Part | None:
    """The collective's share of `target` (None unless `unit_id` is a collective it leads)."""
    day = tracker.units_on(as_of)
    unit = day.units.get(unit_id)
    if unit is None or not unit.is_collective:
        return None
    if unit_id not in tracker.lead_units_on(target, as_of):
        return None
    members = set(unit.members) - {day.heir(u) for u in target.lead.units}
    mine = [p for p in parts if p.unit in members]
    if not mine:  # open-ended, none of its members reported: the target's status stands
        return Part(unit_id, tracker.status(target, as_of, tracker.window(target, as_of)).code)
    known = [p for p in mine if p.status in _PRESSING]
    if not known:  # closed (carried, cancelled): every part says so
        return Part(unit_id, mine[0].status)
    worst = min(known, key=lambda p: _PRESSING.index(p.status))
    days = [p.reported for p in mine if p.reported]
    return Part(unit_id, worst.status, max(days) if days else None)


def open_ended(tracker: Tracker, target: Target, unit_id: str, as_of: dt.date) -> bool:
    """Whether `unit_id` is an open-ended collective the target names as a lead unit and none of
    whose members reported: nobody is urged by name for it (`late --by-unit` lists the target
    under no unit, `remind` writes to no one)."""
    day = tracker.units_on(as_of)
    unit = day.units.get(unit_id)
    if unit is None or not unit.is_collective or unit.scope != "concerned":
        return False
    if unit_id not in tracker.lead_units_on(target, as_of):
        return False
    members = set(unit.members) - {day.heir(u) for u in target.lead.units}
    return not any(p.unit in members for p in tracker.parts(target, as_of))
