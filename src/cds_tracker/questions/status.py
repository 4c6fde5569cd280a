"""A target's status on a given day, derived from its deadline and the progress entries.

Rules (docs/progress.md): each lead unit's latest entry on or before the day counts; a collective
lead stands for its members, and the target is done when every member it requires reports done
("7/12 hoàn thành"). Done by the deadline is `done`, after it `done_late`; not done past the
deadline is `late`; an ongoing target is never late.

Status needs only who reported what on which day, so each target's effective entries are kept as
a `Timeline`: parallel columns, which the cache stores as five strings per target instead of one
object per entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cds_tracker.core.dates import utc_order
from cds_tracker.core.records import Entry, Indicator, Target
from cds_tracker.registry.units import UnitIndex

_SEP = "\x1f"  # the ASCII unit separator: never in an id, a unit id, a date or a status

Latest = Mapping[str, tuple[str, str]]  # unit → (status, date "yyyy-mm-dd") of its latest entry
Packed = tuple[str, str, str, str, str]


def _order(entry: Entry) -> tuple[str, float, str]:
    """Oldest first; the id breaks ties, so the order never depends on which file came first."""
    return (entry.date, utc_order(entry.written), entry.id)


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


@dataclass(frozen=True)
class Timeline:
    """One target's effective entries, oldest first (by day, then when written, then order)."""

    ids: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    written: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Timeline:
        rows = sorted(effective(entries), key=_order)
        return cls(
            tuple(e.id for e in rows),
            tuple(e.unit for e in rows),
            tuple(e.date for e in rows),
            tuple(e.written for e in rows),
            tuple(e.status for e in rows),
        )

    def with_entry(self, entry: Entry) -> Timeline:
        """This timeline after `entry` is appended: what it corrects drops out, it slots in."""
        rows = list(zip(self.ids, self.units, self.dates, self.written, self.statuses, strict=True))
        if entry.corrects:
            rows = [row for row in rows if row[0] != entry.corrects]
        rows.append((entry.id, entry.unit, entry.date, entry.written, entry.status))
        rows.sort(key=lambda row: (row[2], utc_order(row[3]), row[0]))
        return Timeline(*(tuple(column) for column in zip(*rows, strict=True)))

    def pack(self) -> Packed:
        return (
            _SEP.join(self.ids),
            _SEP.join(self.units),
            _SEP.join(self.dates),
            _SEP.join(self.written),
            _SEP.join(self.statuses),
        )

    @classmethod
    def unpack(cls, packed: Packed) -> Timeline:
        if not packed[0]:
            return cls()
        ids, units, dates, written, statuses = (tuple(c.split(_SEP)) for c in packed)
        return cls(ids, units, dates, written, statuses)

    def latest(self, as_of: dt.date) -> dict[str, tuple[str, str]]:
        """Each unit's latest (status, date) on or before `as_of`."""
        cutoff = as_of.isoformat()
        found: dict[str, tuple[str, str]] = {}
        for unit, date, status in zip(self.units, self.dates, self.statuses, strict=True):
            if date > cutoff:
                break  # oldest first: nothing later counts
            found[unit] = (status, date)
        return found


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


def responsible(target: Target, index: UnitIndex, latest: Latest) -> list[str]:
    """Required units, plus members of an open-ended collective that did report."""
    units = list(required_units(target, index))
    concerned = _concerned_members(target, index)
    units += [u for u in latest if u in concerned and u not in units]
    return units


def status_of(target: Target, index: UnitIndex, timeline: Timeline, as_of: dt.date) -> Status:
    latest = timeline.latest(as_of)
    required = responsible(target, index, latest)
    if not required:  # nobody in particular leads: any unit's report speaks for the target
        required = list(latest)
    done = [latest[u][1] for u in required if u in latest and latest[u][0] == "done"]
    complete = bool(required) and len(done) == len(required)
    finished = dt.date.fromisoformat(max(done)) if complete else None
    month = target.deadline.month
    if target.deadline.ongoing or month is None:
        return Status("ongoing", None, len(done), len(required), finished)
    deadline = month.last_day
    if finished is not None:
        if finished <= deadline:
            return Status("done", None, len(done), len(required), finished)
        return Status("done_late", (finished - deadline).days, len(done), len(required), finished)
    if as_of > deadline:
        return Status("late", (as_of - deadline).days, len(done), len(required))
    started = any(status in ("in_progress", "done") for status, _ in latest.values())
    return Status("in_progress" if started else "not_started", None, len(done), len(required))


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
        latest = max(reporting, key=lambda e: (e.date, utc_order(e.written)))
        found.append(Reading(indicator, latest.values[indicator.key], latest.day, latest.unit))
    return found


def member_matrix(
    target: Target, index: UnitIndex, timeline: Timeline, as_of: dt.date
) -> list[tuple[str, tuple[str, str] | None]]:
    """Each unit that must report on the target, with its latest (status, date), or None."""
    latest = timeline.latest(as_of)
    return [(unit_id, latest.get(unit_id)) for unit_id in responsible(target, index, latest)]
