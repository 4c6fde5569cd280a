"""Which targets a unit's return form (phiếu báo cáo) lists: what the unit itself still owes.

Built on `reminders`: a unit's form lists the targets `remind` urges it about — named as a lead
unit, or through a collective lead it belongs to ("UBND các phường, xã") — where its own part is
not done yet, plus every ongoing ("Thường xuyên") target it leads whose periodic report falls due
in the month, even if the unit already reported this period (it may update its report).
A member of an open-ended collective ("… có liên quan") owes no part, so is not asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.records import Indicator, Target
from cds_tracker.questions.queries import Row, Tracker, periodic_in_month
from cds_tracker.questions.reminders import reminders
from cds_tracker.questions.status import required_units


@dataclass(frozen=True)
class FormRow:
    row: Row
    own: tuple[str, str] | None  # the unit's latest (status, yyyy-mm-dd) on the target, or None
    indicators: tuple[Indicator, ...] = ()  # those whose figure this unit reports


def reported_indicators(tracker: Tracker, target: Target, unit_id: str) -> tuple[Indicator, ...]:
    """The indicators a unit gives a figure for: every part reports an indicator of `scope: each`;
    one of `scope: city` is reported by its reporter (`figures.reporter_of`), or by anyone when
    the target names no one who could."""
    from cds_tracker.questions.figures import reporter_of

    found = []
    for indicator in target.indicators:
        reporter = reporter_of(indicator, target, tracker.index)
        if indicator.scope == "each" or reporter is None or reporter == unit_id:
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
    """The unit's own unfinished parts due in `month` or late, then its ongoing targets (as
    the units stood on `as_of`: a ward's form lists what the wards merged into it owed)."""
    index = tracker.units_on(as_of)
    if index.units[unit_id].is_collective:
        raise UsageError(
            msg("form.collective", unit=index.name(unit_id)), hint=msg("form.hint.members")
        )
    addressed = {unit_id, *index.collectives_of(unit_id)}
    chosen: dict[str, Row] = {}
    for reminder in reminders(tracker, month, as_of):
        if reminder.unit_id in addressed:
            for item in reminder.items:
                chosen.setdefault(item.row.target.id, item.row)
    for periodic in periodic_in_month(tracker, month, as_of):  # reported this period or not
        chosen.setdefault(periodic.target.id, periodic)
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
