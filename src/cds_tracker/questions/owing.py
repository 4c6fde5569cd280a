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
from cds_tracker.questions.status import OWED

if TYPE_CHECKING:
    from cds_tracker.questions.status import Part
    from cds_tracker.questions.tracker import Row, Tracker
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
    seen: set[str] = set()
    for part in parts:
        if not part.owed or part.unit in seen:
            continue  # an heir owing several parts is urged once (its own first: `taken_owed`)
        seen.add(part.unit)
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
    # beside `in_place_of`: whether the unit still owes its own part too (True), finished it
    # (False: it owes only the parts it took over), or has none of its own (None)
    own_owed: bool | None = None


def by_owing_unit(
    tracker: Tracker, rows: Sequence[Row], as_of: dt.date
) -> list[tuple[str, list[UnitRow]]]:
    """Rows grouped under each unit that still owes its part on `as_of` (`owed_parts`): a
    collective's members that have not finished, each under its own name, a merged unit's part
    under its successor; never a unit that finished its part. Most rows first."""
    base = tracker.index
    groups: dict[str, list[UnitRow]] = {}
    for row in rows:
        for owed in owed_parts(tracker, row, as_of):
            merged, own = taken_owed(tracker, row, owed.part, as_of)
            groups.setdefault(owed.part.unit, []).append(UnitRow(row, owed.via, merged, own))
    return sorted(groups.items(), key=lambda item: (-len(item[1]), base.name(item[0])))


def taken_owed(
    tracker: Tracker, row: Row, part: Part, as_of: dt.date
) -> tuple[tuple[str, ...], bool | None]:
    """For an owed `part`: the merged units whose part its unit took over and still owes (in
    catalog order), and whether it owes its own part beside them (`_own_owed`; None when it
    took over none). The one answer of `late --by-unit`'s note and `remind`'s letters."""
    base = tracker.index
    if not base.changes:
        return (), None
    day = tracker.units_on(as_of)
    unit_id = part.unit
    assigned = {m for u in row.target.lead.units for m in (*_members(base, u), u)}
    merged = tuple(
        u for u in base.units if u in assigned and u != unit_id and day.heir(u) == unit_id
    )
    merged = still_owed(tracker, row, as_of, merged)
    return merged, (_own_owed(tracker, row, part, as_of) if merged else None)


def _own_owed(tracker: Tracker, row: Row, part: Part, as_of: dt.date) -> bool | None:
    """Whether the heir owing `part` (which it took over) still owes its own part of the row's
    target too, by the rules `report --unit` shows its parts with (questions/answers.py): a
    dated target's own part finished, or an ongoing one's reported in the row's window, is
    not owed; an heir the target did not ask before the merger has none of its own (None)."""
    from cds_tracker.questions.answers import answers_of

    answers = answers_of(tracker, row.target, part.unit, as_of, row.period)
    own = next((a for a in answers if a.since is None), None)
    return None if own is None else own.status in OWED


def still_owed(
    tracker: Tracker, row: Row, as_of: dt.date, merged: tuple[str, ...]
) -> tuple[str, ...]:
    """The merged units whose own part is still owed: a ward that finished before its merger
    left its successor nothing of its own to do, so "in place of" names only the others (the
    one rule of `late --by-unit` and `remind`; `report --unit`'s role column names them all).
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
