"""Who owes what in a month, as of a day: the one selection behind `cds remind` in every form
(Markdown notes, JSON, Word letters, `--with-form`, `--send`, `--dry-run`) and behind `cds form`.

The rule (docs/documents.md, "Who gets a letter"): the targets due in the month or already late,
and the periodic reports of ongoing targets due in the month, are split into **parts**, one per
lead unit with collectives expanded to their members, all as they stood on the day (a merged
unit replaced by its successor, `registry/succession.py`). Each unit that still owes a part gets
one reminder listing only its own owed parts; a unit that finished its part is never urged for
it, however far behind the others are. A collective ("UBND các phường, xã") is not an address:
it has no office that answers for its members, so it gets no reminder of its own. A target a
unit owes both by name and through a collective is listed once, as named; one owed only through
a collective says which (`via`). A member of an open-ended collective ("… có liên quan") owes no
part unless it reported one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.statuses import CLOSED
from cds_tracker.questions.owing import owed_parts, taken_owed
from cds_tracker.questions.queries import periodic_in_month
from cds_tracker.questions.status import Part
from cds_tracker.questions.tracker import Row, Tracker
from cds_tracker.registry.succession import reporters, taken_over


@dataclass(frozen=True)
class Owed:
    """One target (or periodic report) a unit owes: the row, and the unit's own part."""

    row: Row  # the target as a whole (status over all its parts); `period` for a periodic report
    part: Part  # the unit's own part: late, in_progress, not_started, or unreported (this period)
    days_late: int | None  # the part is late: days past the deadline as of the day asked
    last: tuple[str, dt.date] | None  # the unit's latest report on the target (status, day)
    via: str | None = None  # the collective it is owed through; None when named directly
    last_by: str | None = None  # the merged unit that made `last`, when not this unit itself
    own_done: dt.date | None = None  # beside a part taken over: the day its own part was done
    taken: tuple[str, ...] = ()  # the merged units whose part it took over and still owes
    own_owed: bool | None = None  # beside `taken`: its own part owed too (None: it has none)


@dataclass(frozen=True)
class Reminder:
    """What one unit is urged about: its own owed parts, due or late first, then periodic."""

    unit_id: str
    items: tuple[Owed, ...]


def outstanding_rows(tracker: Tracker, month: YearMonth, as_of: dt.date) -> list[Row]:
    """Targets not done that are due in `month` or late (due before it: a target due after
    `month` is never listed as due in it, even when `as_of` is later and it is late by then),
    then periodic reports due in `month`."""
    rows = [
        row
        for row in tracker.rows(as_of)
        if (deadline := row.target.deadline.month) is not None
        and (deadline := deadline.of_month) is not None  # a day deadline: its month
        and row.status.code not in ("done", "done_late", *CLOSED)
        and (deadline == month or (row.status.code == "late" and deadline < month))
    ]
    return rows + [
        r for r in periodic_in_month(tracker, month, as_of) if r.status.code == "unreported"
    ]


def reminders(
    tracker: Tracker, month: YearMonth, as_of: dt.date, unit_id: str | None = None
) -> list[Reminder]:
    """One reminder per unit owing a part, in catalog order; with `unit_id`, that unit's (for a
    collective: its members')."""
    index = tracker.units_on(as_of)  # the units of that day
    owed: dict[str, dict[str, Owed]] = {}
    for row in outstanding_rows(tracker, month, as_of):
        target = row.target
        timeline = tracker.timeline_on(target.id, as_of, row.period)
        owes = taken_over(index, target.lead.units, as_of)
        latest = reporters(index, timeline.latest(as_of), as_of, owes)
        deadline = target.deadline.month
        parts = tracker.parts(target, as_of, row.period)
        for part, via in owed_parts(tracker, row, as_of, parts):  # a merged unit's by its heir
            found = latest.get(part.unit)
            item = Owed(
                row,
                part,
                (as_of - deadline.last_day).days
                if part.status == "late" and deadline is not None
                else None,
                (found[0], dt.date.fromisoformat(found[1])) if found else None,
                via,
                found[2] if found and found[2] != part.unit else None,
                _own_done(parts, part),
                *taken_owed(tracker, row, part, as_of),
            )
            owed.setdefault(part.unit, {})[target.id] = item
    for gone in [u for u in owed if _absent(tracker, u, as_of)]:  # no address that day
        del owed[gone]
    wanted: set[str] | None = None
    if unit_id is not None:
        unit = index.units.get(unit_id)
        wanted = {unit_id, *(unit.members if unit is not None else ())}
    order = {u: i for i, u in enumerate(tracker.index.units)}
    targets = {t.id: i for i, (_, t) in enumerate(tracker.registry.targets())}
    return [
        Reminder(u, tuple(sorted(items.values(), key=lambda o: _order(o, targets))))
        for u, items in sorted(owed.items(), key=lambda p: order.get(p[0], len(order)))
        if items and (wanted is None or u in wanted)
    ]


def _absent(tracker: Tracker, unit_id: str, as_of: dt.date) -> bool:
    """A unit that does not exist on the day (ended with no successor, or not begun yet): it is
    no address; `unowned` says which targets no existing unit owes instead."""
    from cds_tracker.registry.succession import exists_on

    unit = tracker.index.units.get(unit_id)
    return unit is not None and not unit.is_collective and not exists_on(unit, as_of)


def unowned(tracker: Tracker, month: YearMonth, as_of: dt.date) -> list[tuple[Row, str | None]]:
    """The targets owed on `as_of` that no letter urges, said beside the letters so that none is
    dropped silently (docs/documents.md): (target, unit) for a part owed by a unit that does not
    exist that day (no existing unit took its part), and (target, None) for one owed that no
    unit in particular can be urged for (its lead only "… có liên quan", none of whom reported
    a part)."""
    found: list[tuple[Row, str | None]] = []
    for row in outstanding_rows(tracker, month, as_of):
        owed = owed_parts(tracker, row, as_of)
        if not owed:
            found.append((row, None))
        found += [(row, part.unit) for part, _ in owed if _absent(tracker, part.unit, as_of)]
    return found


def _own_done(parts: tuple[Part, ...], part: Part) -> dt.date | None:
    """The day an heir's own part was done, when `part` is the one it took over beside it: the
    day it finished (`Part.day`, questions/finished.py), as the screen says it, not a later
    "done" re-sent with the evidence."""
    if not part.in_place_of:
        return None
    own = next((p for p in parts if p.unit == part.unit and not p.in_place_of), None)
    return dt.date.fromisoformat(own.day) if own and own.day else None


def _order(item: Owed, targets: dict[str, int]) -> tuple[bool, int]:
    """Targets due or late first, then periodic reports; each in the appendix's order."""
    return (item.row.period is not None, targets[item.row.target.id])
