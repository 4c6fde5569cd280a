"""A target's status on a given day, derived from its deadline and the progress entries.

Rules (docs/user-guide): each lead unit's latest entry on or before the day counts; a collective
lead stands for its members, and the target is done when every member it requires reports done
("7/12 hoàn thành"). Done by the deadline is `done`, after it `done_late`; not done past the
deadline is `late`; an ongoing target is never late.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cds_tracker.domain import Entry, Indicator, Target
from cds_tracker.units import UnitIndex

STATUSES = ("done", "done_late", "in_progress", "not_started", "late", "ongoing")


@dataclass(frozen=True)
class Status:
    code: str  # one of STATUSES
    days_late: int | None  # late: days past the deadline; done_late: days late when finished
    done_units: int
    required_units: int
    finished: dt.date | None = None

    @property
    def collective_summary(self) -> str | None:
        """'7/12' when several units must each finish, else None."""
        if self.required_units > 1:
            return f"{self.done_units}/{self.required_units}"
        return None


def effective(entries: Iterable[Entry]) -> list[Entry]:
    """Entries minus those a later entry corrects: the history stays, the correction counts."""
    items = list(entries)
    replaced = {e.corrects for e in items if e.corrects}
    return [e for e in items if e.id not in replaced]


def latest_by_unit(entries: Iterable[Entry], as_of: dt.date) -> dict[str, Entry]:
    latest: dict[str, Entry] = {}
    for entry in effective(entries):
        if entry.day > as_of:
            continue
        current = latest.get(entry.unit)
        if current is None or (entry.day, entry.written) >= (current.day, current.written):
            latest[entry.unit] = entry
    return latest


def required_units(target: Target, index: UnitIndex) -> tuple[str, ...]:
    """The units that must each report done: lead units, collectives expanded to their members.

    A collective of scope `concerned` ("… có liên quan") is open-ended: it names no one in
    particular, so only its members that do report are counted.
    """
    units: list[str] = []
    for unit_id in target.lead.units:
        unit = index.units.get(unit_id)
        if unit is None:
            continue
        if unit.is_collective:
            if unit.scope != "concerned":
                units.extend(unit.members)
        else:
            units.append(unit_id)
    return tuple(dict.fromkeys(units))


def status_of(
    target: Target,
    index: UnitIndex,
    entries: Sequence[Entry],
    as_of: dt.date,
) -> Status:
    latest = latest_by_unit(entries, as_of)
    required = list(required_units(target, index))
    concerned = _concerned_members(target, index)
    required += [u for u in latest if u in concerned and u not in required]
    if not required:  # nobody in particular leads: any unit's report speaks for the target
        required = list(latest)
    done = [latest[u] for u in required if u in latest and latest[u].status == "done"]
    month = target.deadline.month
    complete = bool(required) and len(done) == len(required)
    finished = max(e.day for e in done) if complete else None
    if target.deadline.ongoing or month is None:
        return Status("ongoing", None, len(done), len(required), finished)
    deadline = month.last_day
    if finished is not None:
        if finished <= deadline:
            return Status("done", None, len(done), len(required), finished)
        return Status("done_late", (finished - deadline).days, len(done), len(required), finished)
    if as_of > deadline:
        return Status("late", (as_of - deadline).days, len(done), len(required))
    started = any(e.status in ("in_progress", "done") for e in latest.values())
    code = "in_progress" if started else "not_started"
    return Status(code, None, len(done), len(required))


def _concerned_members(target: Target, index: UnitIndex) -> set[str]:
    members: set[str] = set()
    for unit_id in target.lead.units:
        unit = index.units.get(unit_id)
        if unit is not None and unit.is_collective and unit.scope == "concerned":
            members.update(unit.members)
    return members


@dataclass(frozen=True)
class Reading:
    """An indicator's latest reported value as of a day, against its threshold."""

    indicator: Indicator
    value: float | None = None
    day: dt.date | None = None
    unit: str | None = None

    @property
    def met(self) -> bool | None:
        return None if self.value is None else self.indicator.is_met(self.value)


def readings(target: Target, entries: Sequence[Entry], as_of: dt.date) -> list[Reading]:
    found: list[Reading] = []
    valid = [e for e in effective(entries) if e.day <= as_of]
    for indicator in target.indicators:
        reporting = [e for e in valid if indicator.key in e.values]
        if not reporting:
            found.append(Reading(indicator))
            continue
        latest = max(reporting, key=lambda e: (e.day, e.written))
        found.append(Reading(indicator, latest.values[indicator.key], latest.day, latest.unit))
    return found


def member_matrix(
    target: Target, index: UnitIndex, entries: Sequence[Entry], as_of: dt.date
) -> list[tuple[str, Entry | None]]:
    """Each unit that must report on the target, with its latest entry (None: no report yet)."""
    latest = latest_by_unit(entries, as_of)
    units = list(required_units(target, index))
    concerned = _concerned_members(target, index)
    units += [u for u in latest if u in concerned and u not in units]
    return [(unit_id, latest.get(unit_id)) for unit_id in units]
