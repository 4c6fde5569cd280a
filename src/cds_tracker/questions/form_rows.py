"""Which targets a unit's return form (phiếu báo cáo) lists: what the unit itself still owes.

Built on `reminders`: a unit's form lists the targets `remind` urges it about — named as a lead
unit, or through a collective lead it belongs to ("UBND các phường, xã") — where its own part is
not done yet, plus every ongoing ("Thường xuyên") target it leads, which owes a report each period.
A member of an open-ended collective ("… có liên quan") owes no part, so is not asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.errors import UsageError
from cds_tracker.core.records import Indicator, Target
from cds_tracker.questions.queries import Row, Tracker
from cds_tracker.questions.reminders import reminders
from cds_tracker.questions.status import required_units


@dataclass(frozen=True)
class FormRow:
    row: Row
    own: tuple[str, str] | None  # the unit's latest (status, yyyy-mm-dd) on the target, or None
    indicators: tuple[Indicator, ...] = ()  # those whose figure this unit reports


def reported_indicators(tracker: Tracker, target: Target, unit_id: str) -> tuple[Indicator, ...]:
    """The indicators a unit gives a figure for: all of them, unless the registry says an
    indicator is one city-wide figure (`scope: city`) reported by another unit — its `reporter`,
    by default the first lead unit named that is not a collective."""
    found = []
    for indicator in target.indicators:
        if getattr(indicator, "scope", "each") != "city":
            found.append(indicator)
            continue
        reporter = getattr(indicator, "reporter", None) or next(
            (
                u
                for u in target.lead.units
                if u in tracker.index.units and not tracker.index.units[u].is_collective
            ),
            None,
        )
        if reporter is None or reporter == unit_id:
            found.append(indicator)
    return tuple(found)


def form_units(tracker: Tracker, unit_id: str | None) -> list[str]:
    """The units a form is made for: the unit, a collective's members, or (None) every unit."""
    index = tracker.index
    if unit_id is None:
        return [u.id for u in index.units.values() if not u.is_collective]
    unit = index.units[unit_id]
    return list(unit.members) if unit.is_collective else [unit_id]


def form_rows(tracker: Tracker, unit_id: str, month: YearMonth, as_of: dt.date) -> list[FormRow]:
    """The unit's own unfinished parts due in `month` or late, then its ongoing targets."""
    index = tracker.index
    if index.units[unit_id].is_collective:
        raise UsageError(
            f"'{index.name(unit_id)}' is a collective: a form goes to each of its members",
            hint="give --out a folder to make one form per member",
        )
    addressed = {unit_id, *index.collectives_of(unit_id)}
    chosen: dict[str, Row] = {}
    for reminder in reminders(tracker, month, as_of):
        if reminder.unit_id in addressed:
            for item in reminder.items:
                chosen.setdefault(item.row.target.id, item.row)
    for ongoing in tracker.rows(as_of):
        if ongoing.target.deadline.ongoing:
            chosen.setdefault(ongoing.target.id, ongoing)
    found = []
    for _, target in tracker.registry.targets():  # the appendix's order
        row = chosen.get(target.id)
        if row is None or unit_id not in required_units(target, index):
            continue
        own = tracker.timeline(target.id).latest(as_of).get(unit_id)
        if own is not None and own[0] == "done" and not target.deadline.ongoing:
            continue
        found.append(FormRow(row, own, reported_indicators(tracker, target, unit_id)))
    return found
