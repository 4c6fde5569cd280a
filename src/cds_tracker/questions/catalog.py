"""Who answers for what: a unit's roles on a target, and its counts over the catalog.

A unit answers for a target when the target names it, names a unit merged into it by the day
asked (registry/succession.py), or names a collective it belongs to that day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cds_tracker.core.field_types import ROLES, Role
from cds_tracker.core.records import Target
from cds_tracker.core.tuples import Record
from cds_tracker.registry.succession import renamed_as

if TYPE_CHECKING:
    from cds_tracker.questions.tracker import Tracker


class RoleLink(Record):
    """A unit's role on a target; `via` is the collective it comes through, None if named;
    `in_place_of` the merged units the target names, which this unit took over (all of them:
    which parts it still owes is questions/owing.py `still_owed`); `renamed`: each of them is
    this unit under a former name (registry/succession.renamed_as), not a unit merged into it."""

    role: Role
    via: str | None = None
    in_place_of: tuple[str, ...] = ()
    renamed: bool = False


def roles_of(
    tracker: Tracker, target: Target, unit_id: str, day: dt.date | None = None
) -> tuple[RoleLink, ...]:
    """How a unit answers for a target: named directly, in place of a unit merged into it by
    `day`, or through a collective it belongs to (that day)."""
    index = tracker.units_on(day) if day is not None else tracker.index
    collectives = index.collectives_of(unit_id)
    links: list[RoleLink] = []
    for role in ROLES:
        named = target.assignment(role).units
        merged = tuple(u for u in named if u != unit_id and index.heir(u) == unit_id)
        renamed = bool(merged) and all(renamed_as(index.units, u, unit_id) for u in merged)
        if unit_id in named or merged:  # named itself, or a unit merged into it, or both
            links.append(RoleLink(role, in_place_of=merged, renamed=renamed))
            continue
        via = next((c for c in named if c in collectives), None)
        if via is not None:
            links.append(RoleLink(role, via))
    return tuple(links)


class UnitCount(Record):
    unit_id: str
    direct: dict[Role, int]
    via: dict[Role, int]


def unit_counts(tracker: Tracker, day: dt.date | None = None) -> list[UnitCount]:
    """For each unit, how many targets it directs, leads, cooperates on (named, via collective);
    on `day`, a unit answers for the units merged into it, and one merged by then for none."""
    from cds_tracker.registry.succession import exists_on

    counts = []
    for unit_id, unit in tracker.index.units.items():
        direct = dict.fromkeys(ROLES, 0)
        via = dict.fromkeys(ROLES, 0)
        gone = day is not None and not exists_on(unit, day)
        targets = (
            tracker.registry.targets_on(day.isoformat()) if day else tracker.registry.targets()
        )
        for _, target in () if gone else targets:
            for link in roles_of(tracker, target, unit_id, day):
                (via if link.via else direct)[link.role] += 1
        counts.append(UnitCount(unit_id, direct, via))
    return counts
