"""The questions clerks and department heads ask, answered as rows for `render` to show.

Nothing here prints or parses options: every function takes the tracker and typed arguments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.errors import UsageError
from cds_tracker.core.records import ROLES, Entry, Group, Registry, Role, Target
from cds_tracker.core.text import did_you_mean
from cds_tracker.questions.periods import Period, period_ending_in, periods_ending_between
from cds_tracker.questions.status import (
    Part,
    Reading,
    Status,
    Timeline,
    current_period,
    parts_of,
    status_of,
)
from cds_tracker.registry.units import UnitIndex


@dataclass(frozen=True)
class RoleLink:
    """A unit's role on a target; `via` is the collective it comes through, None if named."""

    role: Role
    via: str | None = None


@dataclass(frozen=True)
class Row:
    group: Group
    target: Target
    status: Status
    roles: tuple[RoleLink, ...] = ()
    readings: tuple[Reading, ...] = ()
    period: Period | None = None  # ongoing target: the reporting window the status is about
    part: Part | None = None  # `report --unit U`: U's own part, None where U is not a lead
    unit_reported: str | None = None  # `report --unit U`: date of U's latest entry for it

    @property
    def flagged(self) -> bool:
        """Reported done while a reported value misses its threshold."""
        return self.status.code in ("done", "done_late") and any(
            r.met is False for r in self.readings
        )


class Tracker:
    """A registry with its unit index and progress, ready to answer questions.

    Status comes from per-target timelines (cheap, and what the cache keeps); the full entries,
    needed only to show values and history, are loaded on first use.
    """

    def __init__(
        self,
        registry: Registry,
        timelines: Mapping[str, Timeline],
        load_entries: Callable[[], Iterable[Entry]] = tuple,
    ) -> None:
        self.registry = registry
        self.index = UnitIndex(registry.catalog.units, registry.catalog.official_titles)
        self.timelines = timelines
        self._load_entries = load_entries
        self._entries: dict[str, list[Entry]] | None = None

    @classmethod
    def of(cls, registry: Registry, entries: Iterable[Entry] = ()) -> Tracker:
        by_target = group_by_target(entries)
        timelines = {target: Timeline.of(items) for target, items in by_target.items()}
        tracker = cls(registry, timelines)
        tracker._entries = by_target
        return tracker

    @property
    def entries(self) -> Mapping[str, Sequence[Entry]]:
        if self._entries is None:
            self._entries = group_by_target(self._load_entries())
        return self._entries

    def entries_of(self, target_id: str) -> Sequence[Entry]:
        """One target's entries: the only way figures reach entries, so a cache may serve them
        per target instead of loading everything."""
        return self.entries.get(target_id, ())

    def timeline(self, target_id: str) -> Timeline:
        return self.timelines.get(target_id) or Timeline()

    def status(self, target: Target, as_of: dt.date, period: Period | None = None) -> Status:
        return status_of(target, self.index, self.timeline(target.id), as_of, period)

    def parts(
        self, target: Target, as_of: dt.date, period: Period | None = None
    ) -> tuple[Part, ...]:
        return parts_of(target, self.index, self.timeline(target.id), as_of, period)

    def readings(self, target: Target, as_of: dt.date) -> tuple[Reading, ...]:
        from cds_tracker.questions.figures import readings  # only commands showing figures

        return tuple(readings(target, self.index, self.entries_of(target.id), as_of))

    def row(
        self,
        group: Group,
        target: Target,
        as_of: dt.date,
        *,
        roles: tuple[RoleLink, ...] = (),
        figures: tuple[Reading, ...] = (),
        part: Part | None = None,
        unit_reported: str | None = None,
    ) -> Row:
        """The target's row on `as_of`; an ongoing one's status is about its current period."""
        period = current_period(target, as_of)
        status = self.status(target, as_of)
        return Row(group, target, status, roles, figures, period, part, unit_reported)

    def rows(self, as_of: dt.date) -> list[Row]:
        return [self.row(g, t, as_of) for g, t in self.registry.targets()]

    def owed_by(
        self, row: Row, unit_id: str, as_of: dt.date, parts: Sequence[Part] | None = None
    ) -> tuple[Part, ...]:
        """The parts a lead unit, as the appendix names it, still owes on the row's target: its
        own part, or for a collective its members' unfinished parts (bar members the target
        names as lead units themselves: they answer for their part under their own name)."""
        unit = self.index.units.get(unit_id)
        members = {unit_id}
        if unit is not None and unit.is_collective:
            members = set(unit.members) - set(row.target.lead.units)
        if parts is None:
            parts = self.parts(row.target, as_of, row.period)
        return tuple(p for p in parts if p.owed and p.unit in members)

    def target(self, target_id: str) -> tuple[Group, Target]:
        wanted = target_id.strip().upper()
        for group, target in self.registry.targets():
            if target.id.upper() == wanted:
                return group, target
        ids = [t.id for _, t in self.registry.targets()]
        raise UsageError(
            f"unknown target '{target_id}'",
            hint=did_you_mean(target_id, ids) or "run 'cds list' to see the ids",
        )


def group_by_target(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    by_target: dict[str, list[Entry]] = {}
    for entry in entries:
        by_target.setdefault(entry.target, []).append(entry)
    return by_target


def due_in_month(tracker: Tracker, month: YearMonth, as_of: dt.date) -> list[Row]:
    return [r for r in tracker.rows(as_of) if r.target.deadline.month == month]


def due_within(tracker: Tracker, days: int, as_of: dt.date) -> list[Row]:
    """Targets whose deadline (a month's last day) falls in the next `days` days from `as_of`."""
    end = as_of + dt.timedelta(days=days)
    return [
        r
        for r in tracker.rows(as_of)
        if (m := r.target.deadline.month) is not None and as_of <= m.last_day <= end
    ]


def ongoing(tracker: Tracker, as_of: dt.date) -> list[Row]:
    return [r for r in tracker.rows(as_of) if r.target.deadline.ongoing]


def periodic_in_month(tracker: Tracker, month: YearMonth, as_of: dt.date) -> list[Row]:
    """Ongoing targets whose periodic report falls due in `month` (its window ends in it), with
    their status for that window: `unreported` while a part has not reported in it."""
    rows = []
    for group, target in tracker.registry.targets():
        period = period_ending_in(month, target.reporting) if target.deadline.ongoing else None
        if period is not None:
            rows.append(Row(group, target, tracker.status(target, as_of, period), period=period))
    return rows


def periodic_within(tracker: Tracker, days: int, as_of: dt.date) -> list[Row]:
    """Periodic reports of ongoing targets whose window ends in the next `days` days."""
    end = as_of + dt.timedelta(days=days)
    rows = []
    for group, target in tracker.registry.targets():
        if not target.deadline.ongoing:
            continue
        for period in periods_ending_between(as_of, end, target.reporting):
            rows.append(Row(group, target, tracker.status(target, as_of, period), period=period))
    return rows


def late(tracker: Tracker, as_of: dt.date) -> list[Row]:
    """Past the deadline and not done, the longest overdue first."""
    rows = [r for r in tracker.rows(as_of) if r.status.code == "late"]
    return sorted(rows, key=lambda r: -(r.status.days_late or 0))


def by_lead_unit(
    tracker: Tracker, rows: Sequence[Row], as_of: dt.date
) -> list[tuple[str, list[Row]]]:
    """Rows grouped under each lead unit as named in the appendix (a collective stays whole),
    each only while that unit (or a member of the collective) still owes its part."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        parts = tracker.parts(row.target, as_of, row.period)
        for unit_id in row.target.lead.units:
            if tracker.owed_by(row, unit_id, as_of, parts):
                groups.setdefault(unit_id, []).append(row)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), tracker.index.name(item[0])))


def roles_of(tracker: Tracker, target: Target, unit_id: str) -> tuple[RoleLink, ...]:
    """How a unit answers for a target: named directly, or through a collective it belongs to."""
    collectives = tracker.index.collectives_of(unit_id)
    links: list[RoleLink] = []
    for role in ROLES:
        named = target.assignment(role).units
        if unit_id in named:
            links.append(RoleLink(role))
            continue
        via = next((c for c in named if c in collectives), None)
        if via is not None:
            links.append(RoleLink(role, via))
    return tuple(links)


def report(tracker: Tracker, unit_id: str, as_of: dt.date) -> list[Row]:
    """Each target the unit answers for, with the unit's own part beside the overall status."""
    _existed(tracker.index, unit_id, as_of)
    rows = []
    for group, target in tracker.registry.targets():
        links = roles_of(tracker, target, unit_id)
        if links:
            part, reported = own_part(tracker, target, unit_id, as_of)
            rows.append(
                tracker.row(
                    group,
                    target,
                    as_of,
                    roles=links,
                    figures=tracker.readings(target, as_of),
                    part=part,
                    unit_reported=reported,
                )
            )
    return rows


def _existed(index: UnitIndex, unit_id: str, day: dt.date) -> None:
    """A query as of a day speaks of the units of that day: a merged unit's work is its heir's."""
    from cds_tracker.registry.succession import exists_on, heir

    unit = index[unit_id]
    if index.changes and not exists_on(unit, day):
        after = heir(index.units, unit_id, day)
        raise UsageError(
            f"{unit.name} did not exist on {day.strftime('%d/%m/%Y')}",
            hint=f'its work passed to "{index.name(after)}"; or ask with an earlier --as-of'
            if after != unit_id
            else "ask with another --as-of",
        )


def own_part(
    tracker: Tracker, target: Target, unit_id: str, as_of: dt.date
) -> tuple[Part | None, str | None]:
    """The unit's own part of the target (None unless it is one) and its latest report's date."""
    part = next((p for p in tracker.parts(target, as_of) if p.unit == unit_id), None)
    latest = tracker.timeline(target.id).latest(as_of).get(unit_id)
    return part, latest[1] if latest else None


@dataclass(frozen=True)
class Filters:
    group: str | None = None
    unit: str | None = None
    role: Role | None = None
    status: str | None = None
    deadline_from: YearMonth | None = None
    deadline_to: YearMonth | None = None


def list_targets(tracker: Tracker, filters: Filters, as_of: dt.date) -> list[Row]:
    """All targets matching every filter given (AND)."""
    if filters.group is not None:
        groups = [g.id for g in tracker.registry.groups]
        if filters.group.upper() not in groups:
            raise UsageError(
                f"unknown group '{filters.group}'", hint="groups are " + ", ".join(groups)
            )
    rows = []
    for row in tracker.rows(as_of):
        target = row.target
        if filters.group is not None and row.group.id != filters.group.upper():
            continue
        links: tuple[RoleLink, ...] = ()
        if filters.unit is not None:
            links = roles_of(tracker, target, filters.unit)
            if filters.role is not None:
                links = tuple(link for link in links if link.role == filters.role)
            if not links:
                continue
        elif filters.role is not None:
            raise UsageError("--role needs --unit", hint='e.g. --unit "Phòng Y tế" --role lead')
        if filters.status is not None and row.status.code != filters.status:
            continue
        month = target.deadline.month
        if filters.deadline_from is not None and (month is None or month < filters.deadline_from):
            continue
        if filters.deadline_to is not None and (month is None or month > filters.deadline_to):
            continue
        part, reported = (
            own_part(tracker, target, filters.unit, as_of) if filters.unit else (None, None)
        )
        rows.append(Row(row.group, target, row.status, links, (), row.period, part, reported))
    return rows


@dataclass(frozen=True)
class UnitCount:
    unit_id: str
    direct: dict[Role, int]
    via: dict[Role, int]


def unit_counts(tracker: Tracker) -> list[UnitCount]:
    """For each unit, how many targets it directs, leads, cooperates on (named, via collective)."""
    counts = []
    for unit_id in tracker.index.units:
        direct = dict.fromkeys(ROLES, 0)
        via = dict.fromkeys(ROLES, 0)
        for _, target in tracker.registry.targets():
            for link in roles_of(tracker, target, unit_id):
                (via if link.via else direct)[link.role] += 1
        counts.append(UnitCount(unit_id, direct, via))
    return counts
