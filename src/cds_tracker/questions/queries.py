"""The questions clerks and department heads ask, answered as rows for `render` to show.

Nothing here prints or parses options: every function takes the tracker and typed arguments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.records import ROLES, Entry, Group, Registry, Role, Target
from cds_tracker.core.text import did_you_mean
from cds_tracker.questions.status import Reading, Status, Timeline, readings, status_of
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

    def timeline(self, target_id: str) -> Timeline:
        return self.timelines.get(target_id) or Timeline()

    def status(self, target: Target, as_of: dt.date) -> Status:
        return status_of(target, self.index, self.timeline(target.id), as_of)

    def readings(self, target: Target, as_of: dt.date) -> tuple[Reading, ...]:
        return tuple(readings(target, self.entries.get(target.id, ()), as_of))

    def rows(self, as_of: dt.date) -> list[Row]:
        return [Row(g, t, self.status(t, as_of)) for g, t in self.registry.targets()]

    def target(self, target_id: str) -> tuple[Group, Target]:
        wanted = target_id.strip().upper()
        for group, target in self.registry.targets():
            if target.id.upper() == wanted:
                return group, target
        ids = [t.id for _, t in self.registry.targets()]
        raise UsageError(
            msg("query.unknown_target", target=target_id),
            hint=did_you_mean(target_id, ids) or msg("query.hint.list"),
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


def late(tracker: Tracker, as_of: dt.date) -> list[Row]:
    """Past the deadline and not done, the longest overdue first."""
    rows = [r for r in tracker.rows(as_of) if r.status.code == "late"]
    return sorted(rows, key=lambda r: -(r.status.days_late or 0))


def by_lead_unit(tracker: Tracker, rows: Sequence[Row]) -> list[tuple[str, list[Row]]]:
    """Rows grouped under each lead unit as named in the appendix (a collective stays whole)."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        for unit_id in row.target.lead.units:
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
    rows = []
    for group, target in tracker.registry.targets():
        links = roles_of(tracker, target, unit_id)
        if links:
            rows.append(
                Row(
                    group,
                    target,
                    tracker.status(target, as_of),
                    links,
                    tracker.readings(target, as_of),
                )
            )
    return rows


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
                msg("query.unknown_group", group=filters.group),
                hint=msg("query.hint.groups", groups=", ".join(groups)),
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
            raise UsageError(msg("query.role_needs_unit"), hint=msg("query.hint.role"))
        if filters.status is not None and row.status.code != filters.status:
            continue
        month = target.deadline.month
        if filters.deadline_from is not None and (month is None or month < filters.deadline_from):
            continue
        if filters.deadline_to is not None and (month is None or month > filters.deadline_to):
            continue
        rows.append(Row(row.group, target, row.status, links))
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
