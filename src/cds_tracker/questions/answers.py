"""What a unit answers for on one target when it took over merged units' parts: its own part and
each part taken over (whose, since when), each with its own status (`report --unit`).

The rules are those of the parts (registry/succession.py `reporters`, questions/status.py
`parts_of`), said part by part instead of as one: a part finished before the merger stays
finished (a report is never erased by a merger); a report the heir makes after the merger
speaks for every part not finished by then; else each part is what its own unit last reported
(a merged unit's report made before its merger is its, not the heir's). The target is finished
for the unit only when every part it answers for is (`overall`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from cds_tracker.core.records import Target
from cds_tracker.core.tuples import Record
from cds_tracker.questions.periods import Period
from cds_tracker.questions.status import History, Part

if TYPE_CHECKING:
    from cds_tracker.questions.queries import Tracker
    from cds_tracker.registry.units import UnitIndex


class Answer(Record):
    """One part a unit answers for: whose it is (`unit`: the unit itself, or a merged unit whose
    part it took over), the first day it answers for it (`since`, yyyy-mm-dd; None for its own),
    its status, the day of the report it rests on and who made that report."""

    unit: str
    status: str
    since: str | None = None
    reported: str | None = None
    by: str | None = None
    said: str | None = None  # a part closed with its target: what it last said
    name: str = ""  # the names of `unit` and `by`, as the catalog writes them (for the words)
    by_name: str = ""


def answers_of(
    tracker: Tracker, target: Target, unit_id: str, as_of: dt.date, period: Period | None
) -> tuple[Answer, ...]:
    """The parts `unit_id` answers for on `target` on `as_of` when it took over any (empty when
    it took over none: its part is then its own alone, `Part`)."""
    from cds_tracker.registry.succession import index_on, taken_over

    view = index_on(tracker.index, as_of)
    owes = taken_over(view, target.lead.units, as_of).get(unit_id)
    if owes is None or owes.until < f"{tracker.registry.document.year}-01-01":
        return ()  # none, or merged before this plan began: the plan asked the heir alone
    history = tracker.timeline_on(target.id, as_of, period)
    until = dt.date.fromisoformat(owes.until)
    before = history.latest(until)  # each part's own latest report by the merger's last day
    latest = history.latest(as_of)
    heir_after = latest.get(unit_id)
    if heir_after is not None and heir_after[1] <= owes.until:
        heir_after = None  # no report of the heir's since the merger: none speaks for all
    closed = target.closed(as_of.isoformat())
    window = _window(target, history, as_of, period)
    found = []
    for part in owes.units:
        since = None if part == unit_id else _since(tracker.index, part, unit_id)
        said, by = _said(part, unit_id, before, latest, heir_after)
        if window is not None and closed is None:
            status = _periodic(part, unit_id, window, owes.until)
            found.append(Answer(part, status, since, said[1] if said else None, by))
            continue
        status, day = said if said is not None else ("not_started", None)
        if closed is not None and status != "done":
            found.append(Answer(part, closed, since, day, by, status if said else None))
            continue
        found.append(Answer(part, _dated(target, status, day, as_of), since, day, by))
    names = tracker.index.name
    return tuple(a._replace(name=names(a.unit), by_name=names(a.by) if a.by else "") for a in found)


def _said(
    part: str,
    unit_id: str,
    before: Mapping[str, tuple[str, str]],
    latest: Mapping[str, tuple[str, str]],
    heir_after: tuple[str, str] | None,
) -> tuple[tuple[str, str] | None, str | None]:
    """The report a part rests on, and who made it: its own, if done by the merger; else the
    heir's made since the merger; else its own latest."""
    own = before.get(part)
    if own is not None and own[0] == "done":
        return own, part
    if heir_after is not None:
        return heir_after, unit_id
    own = latest.get(part)
    return own, (part if own is not None else None)


def _window(
    target: Target, history: History, as_of: dt.date, period: Period | None
) -> Mapping[str, tuple[str, str]] | None:
    """An ongoing target's reports in the window asked about; None for a dated target."""
    if period is None:
        return None
    if period.start > as_of:
        return {}
    return history.latest_within(period, as_of)


def _periodic(part: str, unit_id: str, window: Mapping[str, tuple[str, str]], until: str) -> str:
    """An ongoing target's part in a window: reported (by its unit, or by the heir after the
    merger: the heir's one report speaks for every part it answers for) or `unreported`."""
    said = window.get(part)
    heir = window.get(unit_id)
    if said is None and heir is not None and (part == unit_id or heir[1] > until):
        said = heir
    if said is None:
        return "unreported"
    return "done" if said[0] == "done" else "ongoing"


def _dated(target: Target, status: str, day: str | None, as_of: dt.date) -> str:
    month = target.deadline.month
    if month is None:
        return status
    deadline = month.last_day
    if status == "done" and day is not None:
        return "done" if dt.date.fromisoformat(day) <= deadline else "done_late"
    return "late" if as_of > deadline else status


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
    the unfinished (late, then unreported, in progress, not started)."""
    if not answers or part is None:
        return part
    codes = [a.status for a in answers]
    days = [a.reported for a in answers if a.reported]
    reported = max(days) if days else None
    open_ = [c for c in _OPEN_ORDER if c in codes]
    if open_:
        return Part(part.unit, open_[0], reported)
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
