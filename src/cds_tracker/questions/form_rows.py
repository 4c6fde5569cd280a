"""Which targets a unit's return form (phiếu báo cáo) lists: what the unit itself still owes.

The rows are the unit's own reminder (`reminders.reminders`: the one selection `cds remind` also
urges it about — named as a lead unit, or through a collective lead it belongs to), plus every
ongoing ("Thường xuyên") target it has a part in whose periodic report falls due in the month
even if the unit already reported this period (it may update its report). A member of an
open-ended collective ("… có liên quan") owes no part, so is not asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.records import Indicator, Target
from cds_tracker.questions.answers import answers_of
from cds_tracker.questions.queries import periodic_in_month
from cds_tracker.questions.reminders import reminders
from cds_tracker.questions.tracker import Row, Tracker
from cds_tracker.registry.succession import is_rename, reporters, taken_over


@dataclass(frozen=True)
class FormRow:
    row: Row
    # The unit's latest (status, yyyy-mm-dd) on the target, or None. A unit that took over merged
    # units' parts has them in `row.answers` (each part apart, questions/heir_parts.py).
    own: tuple[str, str] | None
    indicators: tuple[Indicator, ...] = ()  # those whose figure this unit reports
    # The merged (or renamed) unit that made `own` before this one took over, as (its name,
    # renamed: not merged); None when the unit reported itself: a form does not credit
    # UBND phường Tam Điệp with a report Nam Sơn made before Tam Điệp existed.
    by: tuple[str, bool] | None = None


def reported_indicators(
    tracker: Tracker, target: Target, unit_id: str, day: dt.date
) -> tuple[Indicator, ...]:
    """The indicators a unit gives a figure for on `day`: every part reports an indicator of
    `scope: each`; one of `scope: city` is reported by its reporter as the units stood that day
    (`figures.figure_giver`: the heir of a merged reporter gives it), or by anyone when the
    target names no one who could. The rule `progress add` and `validate` refuse figures by."""
    from cds_tracker.questions.figures import figure_giver

    found = []
    for indicator in target.indicators:
        giver = figure_giver(indicator, target, tracker.index, day)
        if giver is None or giver == unit_id:
            found.append(indicator)
    return tuple(found)


def form_units(tracker: Tracker, unit_id: str | None, as_of: dt.date) -> list[str]:
    """The units a form is made for: the unit, a collective's members, or (None) every unit —
    as the units stood on `as_of` (`Tracker.units_on`, the rule `remind --unit` follows): a
    ward that a merger made is among its collective's members from that day, one merged away
    is not (attack 11, a11-09: `form --unit "UBND các phường, xã"` left the new ward out)."""
    index = tracker.units_on(as_of)
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
    chosen: dict[str, Row] = {
        item.row.target.id: item.row
        for reminder in reminders(tracker, month, as_of, unit_id)
        if reminder.unit_id == unit_id
        for item in reminder.items
    }
    for periodic in periodic_in_month(tracker, month, as_of):  # reported this period or not
        parts = tracker.parts(periodic.target, as_of, periodic.period)
        if any(p.unit == unit_id for p in parts):
            chosen.setdefault(periodic.target.id, periodic)
    found = []
    for _, target in tracker.registry.targets():  # the appendix's order
        row = chosen.get(target.id)
        if row is None:
            continue
        owes = taken_over(index, row.target.lead.units, as_of)  # the lead of that day
        said = reporters(index, tracker.timeline(target.id).latest(as_of), as_of, owes)
        own = said.get(unit_id)  # a merged ward's reports are its successor's, said as its
        by = None
        if own is not None and own[2] != unit_id:
            by = (index.name(own[2]), is_rename(index.units, own[2]))
        shown = (own[0], own[1]) if own is not None else None
        # each part it took over, as `show`/`report --unit` name them (questions/answers.py)
        answers = answers_of(tracker, target, unit_id, as_of, tracker.window(target, as_of))
        row = row._replace(answers=answers)
        found.append(FormRow(row, shown, reported_indicators(tracker, target, unit_id, as_of), by))
    return found
