"""The committee's overview: status by group, late targets by lead unit, indicators.

Its groups are the one decision of how every form of the summary (screen, Markdown, JSON, Word,
the HTML page) counts by group: the plan's own targets by its groups, then a line per plan
targets were carried from (`group_lines`), so no two forms give a group other totals (clerk15 F4).

Totals and shares count the targets in force only (`core.statuses.NOT_IN_FORCE`): a target a
revision cancelled is listed apart (`Summary.cancelled`), never in a total, a share or a unit's
count, so a committee reads 35 targets and their shares (rounded each: equal counts, equal shares).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from cds_tracker.core.statuses import NOT_IN_FORCE, STATUSES, in_force, percentages
from cds_tracker.questions.carried_parts import UNREAD, Origins, origin_year, parts
from cds_tracker.questions.collective import open_ended
from cds_tracker.questions.status import Reading
from cds_tracker.questions.tracker import Row, Tracker


@dataclass(frozen=True)
class GroupLine:
    group_id: str
    title: str
    counts: dict[str, int]  # status code → targets (cancelled ones too, counted apart)
    origin: str | None = None  # the carried targets' line: the plan (folder) they came from;
    # its `group_id` is then that plan's year and its `title` '' (the plan prints no such group)

    @property
    def carried(self) -> bool:
        """The line of the targets carried from an earlier plan (`origin`), not a group's."""
        return self.origin is not None

    @property
    def total(self) -> int:
        """The group's targets in force."""
        return sum(in_force(self.counts).values())


@dataclass(frozen=True)
class UnitLine:
    unit_id: str
    leads: int
    late: int


@dataclass(frozen=True)
class IndicatorLine:
    target_id: str
    reading: Reading


@dataclass(frozen=True)
class Summary:
    as_of: dt.date
    groups: tuple[GroupLine, ...]
    units: tuple[UnitLine, ...]
    indicators: tuple[IndicatorLine, ...]
    cancelled: tuple[tuple[str, str], ...] = ()  # (target id, day yyyy-mm-dd) cancelled by then
    series: bool = True  # the readings carry their series (only JSON prints them)
    unnamed: tuple[str, ...] = ()  # open-ended collectives leading a target: urged by no name
    ended: bool = False  # the plan's year is over: `unreported` is of its last window (Row.ended)

    @property
    def counts(self) -> dict[str, int]:
        """Targets in force by status, over every group."""
        return {s: sum(g.counts[s] for g in self.groups) for s in STATUSES if s not in NOT_IN_FORCE}

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def shares(self) -> dict[str, int]:
        """Each status's percentage of the targets in force, each rounded on its own (equal
        counts, equal percentages: `core.statuses.percentages`)."""
        return percentages(self.counts)


def summarise(
    tracker: Tracker, as_of: dt.date, *, series: bool = True, origins: Origins = UNREAD
) -> Summary:
    """The overview on `as_of`; without `series`, the readings have none (a table, Markdown or
    Word prints a figure per indicator, and a series grows with every day reported). `origins`
    (app/origins.py) names each carried targets' line by its origin plan's year."""
    every = tracker.rows(as_of)
    cancelled = tuple(
        (r.target.id, r.target.cancelled_since(as_of.isoformat()) or "")
        for r in every
        if r.status.code in NOT_IN_FORCE
    )
    rows = [r for r in every if r.status.code not in NOT_IN_FORCE]
    groups = group_lines(tracker, every, as_of, origins)
    leads: Counter[str] = Counter()
    late: Counter[str] = Counter()
    unnamed: dict[str, None] = {}
    for row in rows:
        parts = tracker.parts(row.target, as_of) if row.status.code == "late" else ()
        for unit_id in tracker.lead_units_on(row.target, as_of):
            leads[unit_id] += 1
            # late against a unit only while it (or a member of the collective) owes its part;
            # an open-ended collective none of whose members reported owes it as a whole
            nobody = open_ended(tracker, row.target, unit_id, as_of)
            if nobody:
                unnamed[unit_id] = None
            owes = bool(parts) and bool(tracker.owed_by(row, unit_id, as_of, parts))
            late[unit_id] += owes or (nobody and row.status.code == "late")
    units = [UnitLine(u, leads[u], late[u]) for u in tracker.index.units if leads[u]]
    units.sort(key=lambda line: (-line.late, -line.leads))
    indicators = [
        IndicatorLine(row.target.id, reading)
        for row in rows
        for reading in tracker.readings(row.target, as_of, series=series)
    ]
    ended = any(r.ended is not None for r in every)
    return Summary(
        as_of,
        tuple(groups),
        tuple(units),
        tuple(indicators),
        cancelled,
        series,
        tuple(unnamed),
        ended,
    )


def group_lines(
    tracker: Tracker, every: list[Row], as_of: dt.date, origins: Origins = UNREAD
) -> tuple[GroupLine, ...]:
    """Counts by group as every form of the summary gives them: the plan's own targets by its
    groups (a group of carried targets only is not the plan's: it prints none), then one line
    per plan targets were carried from, its year as its id, no title, and the plan as `origin`
    (output/carried.py `group_name`: 'Chuyển tiếp từ năm 2023'). A group none of whose
    targets is in the plan yet (a revision adds them later) is shown, at 0. A carried target
    a revision lists in its own table (`Tracker.numbers`) is among its group's, as that table
    prints it."""
    carried = any(r.target.carried_from for r in every)
    numbers = tracker.numbers(as_of) if carried else None
    own, by_plan = parts(every, lambda row: row.target, origins, numbers)
    moved = {r.group.id for items in by_plan.values() for r in items}
    lines = []
    for group in tracker.registry.groups:
        mine = [r for r in own if r.group.id == group.id]
        if mine or group.id not in moved:
            found = Counter(r.status.code for r in mine)
            lines.append(GroupLine(group.id, group.title, {c: found[c] for c in STATUSES}))
    for plan, items in by_plan.items():
        found = Counter(r.status.code for r in items)
        year = origin_year(items[0].target, origins)
        lines.append(GroupLine(year, "", {c: found[c] for c in STATUSES}, plan))
    return tuple(lines)
