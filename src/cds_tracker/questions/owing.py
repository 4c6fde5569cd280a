"""Whom to urge: the parts of a target still owed on a day, and the late targets grouped under
each unit that owes them (`late --by-unit`); `remind` builds its letters from the same
`owed_parts`, so the two never disagree.

A part is one lead unit's share of a target, collectives expanded to their members and a unit
merged by the day replaced by its successor (questions/status.py, registry/succession.py). A unit
that finished its part is never among those that owe; a collective is never one itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cds_tracker.core.tuples import Record

if TYPE_CHECKING:
    from cds_tracker.questions.catalog import RoleLink
    from cds_tracker.questions.queries import Row, Tracker
    from cds_tracker.questions.status import Part
    from cds_tracker.registry.units import UnitIndex


class OwedPart(Record):
    """A part still owed, with the collective the target reaches its unit through (None when
    the target names the unit, or a unit merged into it)."""

    part: Part
    via: str | None = None


def owed_parts(
    tracker: Tracker, row: Row, as_of: dt.date, parts: Sequence[Part] | None = None
) -> list[OwedPart]:
    """The parts of the row's target still owed on `as_of`, as the units of that day owe them
    (a merged unit's part is its successor's): the one answer to "whom to urge" behind `late
    --by-unit` and `remind`. A unit that finished its part is never among them."""
    day = tracker.units_on(as_of)
    leads = tracker.lead_units_on(row.target, as_of)
    if parts is None:
        parts = tracker.parts(row.target, as_of, row.period)
    owed = []
    for part in parts:
        if not part.owed:
            continue
        via = None
        if part.unit not in leads:
            via = next((c for c in leads if part.unit in _members(day, c)), None)
        owed.append(OwedPart(part, via))
    return owed


def _members(index: UnitIndex, unit_id: str) -> tuple[str, ...]:
    unit = index.units.get(unit_id)
    return unit.members if unit is not None else ()


class UnitRow(Record):
    """A row under the unit that owes it (`late --by-unit`): the collective it is owed through
    (None if named), and the merged units whose part it took over and still owes."""

    row: Row
    via: str | None = None
    in_place_of: tuple[str, ...] = ()


def by_owing_unit(
    tracker: Tracker, rows: Sequence[Row], as_of: dt.date
) -> list[tuple[str, list[UnitRow]]]:
    """Rows grouped under each unit that still owes its part on `as_of` (`owed_parts`): a
    collective's members that have not finished, each under its own name, a merged unit's part
    under its successor; never a unit that finished its part. Most rows first."""
    base = tracker.index
    day = tracker.units_on(as_of)
    groups: dict[str, list[UnitRow]] = {}
    for row in rows:
        named = row.target.lead.units
        assigned = {m for u in named for m in (*_members(base, u), u)}
        for owed in owed_parts(tracker, row, as_of):
            unit_id = owed.part.unit
            merged = tuple(
                u for u in base.units if u in assigned and u != unit_id and day.heir(u) == unit_id
            )
            merged = still_owed(tracker, row, as_of, merged)
            groups.setdefault(unit_id, []).append(UnitRow(row, owed.via, merged))
    return sorted(groups.items(), key=lambda item: (-len(item[1]), base.name(item[0])))


def still_owed(
    tracker: Tracker, row: Row, as_of: dt.date, merged: tuple[str, ...]
) -> tuple[str, ...]:
    """The merged units whose own part is still owed: a ward that finished before its merger
    left its successor nothing of its own to do, so "in place of" names only the others (the
    one rule of `late --by-unit`, `remind` and `report --unit`'s role column: `lead_roles`).
    Finished is a dated target's `done` (late or not), an ongoing one's report in the window
    the row is about (questions/status.py `parts_of`: any report there is not owed)."""
    if not merged:
        return merged
    history = tracker.timeline_on(row.target.id, as_of, row.period)
    if row.period is not None:
        reported = history.latest_within(row.period, as_of)
        return tuple(u for u in merged if u not in reported)
    latest = history.latest(as_of)
    return tuple(u for u in merged if latest.get(u, ("",))[0] != "done")


def lead_roles(tracker: Tracker, row: Row, as_of: dt.date) -> tuple[RoleLink, ...]:
    """The row's roles (`report --unit`), a lead role in place of merged units naming only
    those whose part the unit still owes (`still_owed`, as `late --by-unit` says it); all of
    them when it owes none (the row says why the unit answers for a finished target)."""
    links = []
    for link in row.roles:
        if link.role == "lead" and link.in_place_of:
            owed = still_owed(tracker, row, as_of, link.in_place_of)
            link = link._replace(in_place_of=owed or link.in_place_of)
        links.append(link)
    return tuple(links)
