"""What a unit answers for on one target when it took over merged units' parts: its own part and
each part taken over (whose, since when), each with its own status (`report --unit`).

The parts are those every command counts (questions/heir_parts.py, the one rule; questions/status.py
`parts_of`), with who made the report each rests on. The target is finished for the unit only
when every part it answers for is (`overall`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cds_tracker.core.records import Target
from cds_tracker.core.tuples import Record
from cds_tracker.questions.heir_parts import shares, split
from cds_tracker.questions.periods import Period
from cds_tracker.questions.status import Part

if TYPE_CHECKING:
    from cds_tracker.questions.tracker import Tracker
    from cds_tracker.registry.units import UnitIndex


class Answer(Record):
    """One part a unit answers for: whose it is (`unit`: the unit itself, or a merged unit whose
    part it took over), the first day it answers for it (`since`, yyyy-mm-dd; None for its own),
    its status, the day of the report it rests on and who made that report, and of a finished
    part the day it finished (`finished`: the first "done" of that report's run, as `Part`)."""

    unit: str
    status: str
    since: str | None = None
    reported: str | None = None
    by: str | None = None
    said: str | None = None  # a part closed with its target: what it last said
    name: str = ""  # the names of `unit` and `by`, as the catalog writes them (for the words)
    by_name: str = ""
    finished: str | None = None
    renamed: bool = False  # `unit` is the unit asked about under a former name, not merged


def answers_of(
    tracker: Tracker, target: Target, unit_id: str, as_of: dt.date, period: Period | None
) -> tuple[Answer, ...]:
    """The parts `unit_id` answers for on `target` on `as_of` when it took over any (empty when
    it took over none: its part is then its own alone, `Part`): the unit's parts as every
    command counts them (`Tracker.parts`, questions/heir_parts.py), with who reported each."""
    from cds_tracker.registry.succession import index_on, renamed_as, taken_over

    view = index_on(tracker.index, as_of)
    owes = split(taken_over(view, target.lead.units, as_of), tracker.plan_start).get(unit_id)
    if owes is None:
        return ()  # none, or merged before this plan began: the plan asked the heir alone
    parts = [p for p in tracker.parts(target, as_of, period) if p.unit == unit_id]
    history = tracker.timeline_on(target.id, as_of, period)
    found = shares(unit_id, owes, None, history, as_of)
    if len(parts) != len(found):
        return ()  # not a part of the target that day (none of its units is asked)
    names = tracker.index.name
    return tuple(
        Answer(
            share.part,
            part.status,
            None if share.part == unit_id else _since(tracker.index, share.part, unit_id),
            part.reported,
            share.by,
            part.said,
            names(share.part),
            names(share.by) if share.by else "",
            part.finished,
            share.part != unit_id and renamed_as(tracker.index.units, share.part, unit_id),
        )
        for part, share in zip(parts, found, strict=True)
    )


def _since(index: UnitIndex, part: str, heir: str) -> str | None:
    """The first day `heir` answers for `part`: the day after the last of the units along the
    chain from `part` to `heir` ended (a → b → c: c answers for a once b ended too)."""
    last = ""
    current: str | None = part
    seen: set[str] = set()
    while current is not None and current != heir and current not in seen:
        seen.add(current)
        unit = index.units.get(current)
        if unit is None:
            break
        last = max(last, unit.valid_to or "")
        current = unit.successor
    if not last:
        return None
    return (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()


_OPEN_ORDER = ("late", "unreported", "in_progress", "not_started", "ongoing")


def overall(answers: Sequence[Answer], part: Part | None) -> Part | None:
    """The unit's part of the target as one (the report's status column and totals): finished
    only when every part it answers for is (done late when one was); else the most urgent of
    the unfinished (late, then unreported, in progress, not started), except that a part
    finished beside others not started makes the whole "in progress", as one started part does
    (the target's own rule, questions/status.py: work has begun on it — clerk13 F5)."""
    if not answers or part is None:
        return part
    codes = [a.status for a in answers]
    days = [a.reported for a in answers if a.reported]
    reported = max(days) if days else None
    open_ = [c for c in _OPEN_ORDER if c in codes]
    if open_:
        code = open_[0]
        if code == "not_started" and any(c in ("done", "done_late") for c in codes):
            code = "in_progress"  # some of its parts finished: begun, not untouched
        return Part(part.unit, code, reported)
    if all(c in ("done", "done_late") for c in codes):
        return Part(part.unit, "done_late" if "done_late" in codes else "done", reported)
    closed = next(c for c in codes if c not in ("done", "done_late"))
    said = next((a.said for a in answers if a.said), None)
    return Part(part.unit, closed, reported, said)


def reported_itself(answers: Sequence[Answer], unit_id: str) -> str | None:
    """The day of the unit's own latest report among the parts it answers for (a merged unit's
    report before its merger is not the heir's: `report --unit`'s `unit_reported`)."""
    days = [a.reported for a in answers if a.by == unit_id and a.reported]
    return max(days) if days else None
