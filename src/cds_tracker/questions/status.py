"""A target's status on a given day, derived from its deadline and the progress entries.

Rules (docs/progress.md): each lead unit's latest entry on or before the day counts; a collective
lead stands for its members, and the target is done when every member it requires reports done
("7/12 hoàn thành"). Done by the deadline is `done`, after it `done_late`; not done past the
deadline is `late`; an ongoing target is never late, but owes a report every period: it is
`unreported` while one of its parts has not reported in the current period (a period that has
not begun is not owed yet).

Each unit that must finish is a **part** of the target, with a status of its own by the same rules
(`Part`): that is what says whom to urge.

Status needs only who reported what on which day: it reads a target's entries as a `History`
(timeline.py, where the order of entries and the rule of corrections over time live), and the
figure of an indicator as a `Reading` (made by figures.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from cds_tracker.core.dates import ONGOING, try_parse_due
from cds_tracker.core.records import Indicator, Target
from cds_tracker.core.statuses import FINISHED
from cds_tracker.core.tuples import Record
from cds_tracker.questions.finished import finished_days
from cds_tracker.questions.periods import Period, period_of
from cds_tracker.registry.succession import (
    TakenOver,
    asked_units,
    carry_latest,
    index_on,
    taken_over,
)
from cds_tracker.registry.units import UnitIndex

if TYPE_CHECKING:
    from cds_tracker.core.dates import Due
    from cds_tracker.questions.came_from import Came
    from cds_tracker.questions.figures import Member
    from cds_tracker.questions.timeline import History

OWED = frozenset({"late", "in_progress", "not_started", "unreported"})  # a part still to be done
Latest = Mapping[str, tuple[str, str]]  # unit → (status, date "yyyy-mm-dd") of its latest entry


class Status(Record):
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


class Part(Record):
    """One lead unit's own share of a target (collectives expanded), with its own status.

    `reported` is the date (yyyy-mm-dd) of the unit's latest entry on or before the day asked;
    `finished`, of a finished part of a dated (or closed) target, the day it finished (the first
    "done" of the run its latest report ends: `Timeline.finished`), which says on time or late.
    For an ongoing target the status is about the current period: `done` or `ongoing` when the
    unit has reported in it (done, or still at work), `unreported` when it has not; a period
    asked about that has not begun yet is owed by no one (`ongoing`).
    """

    unit: str
    status: str
    reported: str | None = None
    said: str | None = None  # a part closed with its target (cancelled …): its own latest status
    in_place_of: tuple[str, ...] = ()  # a part taken over: the merged unit it was (heir_parts)
    finished: str | None = None
    # finished before the target came into this plan: the plan whose deadline says on time or
    # late (`Came.plan`, "2023"), as that plan says it (clerk21 F2)
    against: str | None = None

    @property
    def day(self) -> str | None:
        """The day shown beside the part: when it finished, else its latest report's."""
        return self.finished or self.reported

    @property
    def owed(self) -> bool:
        return self.status in OWED


def required_units(target: Target, index: UnitIndex) -> tuple[str, ...]:
    """The units that must each report done: lead units, collectives expanded to their members.

    A collective of scope `concerned` ("… có liên quan") is open-ended: it names no one in
    particular, so only its members that do report are counted. On a view of one day
    (`succession.index_on`), a unit merged by then is replaced by the unit that took it over.
    """
    # A view's collectives already list heirs (`index_on`): mapping them again changes nothing.
    return tuple(dict.fromkeys(index.heir(u) for u in asked_units(index, target.lead.units)))


def responsible(target: Target, index: UnitIndex, latest: Latest) -> list[str]:
    """Required units, plus members of an open-ended collective that did report."""
    units = list(required_units(target, index))
    concerned = _concerned_members(target, index)
    units += [u for u in latest if u in concerned and u not in units]
    return units


def current_period(target: Target, as_of: dt.date) -> Period | None:
    """The reporting window an ongoing target's parts owe a report for; None for a dated one,
    and for one cancelled on or before `as_of`: it owes nothing after its cancel day."""
    if target.cancelled is not None and target.cancelled <= as_of.isoformat():
        return None
    if target.deadline.ongoing or target.deadline.month is None:
        return period_of(as_of, target.reporting)
    return None


def parts_of(
    target: Target,
    index: UnitIndex,
    timeline: History,
    as_of: dt.date,
    period: Period | None = None,
    *,
    plan_start: str = "",
    came: Sequence[Came] = (),
) -> tuple[Part, ...]:
    """Every part of the target with its own status; `period` overrides an ongoing target's
    current window (to ask about the report due at the end of another one). A unit that took
    over merged units' parts has one part per part it answers for (questions/heir_parts.py:
    the one rule; `plan_start`, the plan's first day, leaves a merger before it unsplit).
    `came`: the plans a carried target was in before (`Came`), whose deadlines judge a part
    finished there."""
    index = index_on(index, as_of)  # the units of that day; a merged one's work is its heir's
    owes = taken_over(index, target.lead.units, as_of)
    mine = timeline.latest(as_of)
    latest = carry_latest(index, mine, as_of, owes)
    units = responsible(target, index, latest)
    closed = target.closed(as_of.isoformat())
    month = target.deadline.month
    windowed = closed is None and (target.deadline.ongoing or month is None)
    # the day each finished part finished (not asked of a target reported by windows)
    finished = {} if windowed else finished_days(index, timeline, as_of, owes, mine, latest)
    if closed is not None:  # carried to a later plan, or cancelled: nobody owes it here
        pieces = _pieces(units, latest, owes, plan_start, timeline, as_of)
        return tuple(_closed_part(p, closed, month, finished, came) for p in pieces)
    if windowed or month is None:
        period = period or period_of(as_of, target.reporting)
        if period.start > as_of:  # a window not begun yet is owed by no one
            return tuple(
                Part(p.unit, "ongoing", p.said[1] if p.said else None, in_place_of=p.in_place_of)
                for p in _pieces(units, latest, owes, plan_start, timeline, as_of)
            )
        own = timeline.latest_within(period, as_of)
        window = carry_latest(index, own, as_of, owes, every=True)
        return tuple(
            Part(
                p.unit,
                "unreported"
                if p.in_window is None
                else ("done" if p.in_window[0] == "done" else "ongoing"),
                p.said[1] if p.said else None,
                in_place_of=p.in_place_of,
            )
            for p in _pieces(units, latest, owes, plan_start, timeline, as_of, (window, own))
        )
    deadline = month.last_day
    parts = []
    for p in _pieces(units, latest, owes, plan_start, timeline, as_of):
        status, date = p.said or ("not_started", None)
        day = _day(p, finished)  # the day it finished, when done
        against = None
        if day is not None:
            code, against = finished_code(day, month, came)
        elif as_of > deadline:
            code = "late"
        else:
            code = status
        parts.append(Part(p.unit, code, date, None, p.in_place_of, day, against))
    return tuple(parts)


def status_of(
    target: Target,
    index: UnitIndex,
    timeline: History,
    as_of: dt.date,
    period: Period | None = None,
    *,
    plan_start: str = "",
    came: Sequence[Came] = (),
) -> Status:
    given = index  # the whole catalog: `_finished_when_carried` asks another day of it
    index = index_on(index, as_of)
    owes = taken_over(index, target.lead.units, as_of)
    mine = timeline.latest(as_of)
    latest = carry_latest(index, mine, as_of, owes)
    required = responsible(target, index, latest)
    if not required:  # nobody in particular leads: any unit's report speaks for the target
        required = list(latest)
    closed = target.closed(as_of.isoformat())
    month = target.deadline.month
    if closed is None and (target.deadline.ongoing or month is None):
        parts = parts_of(target, index, timeline, as_of, period, plan_start=plan_start, came=came)
        if period is not None and period.start > as_of:  # not begun: nothing owed, none reported
            return Status("ongoing", None, 0, len(parts))
        done_parts = sum(p.status != "unreported" for p in parts)  # reported this period
        code = "unreported" if any(p.status == "unreported" for p in parts) else "ongoing"
        return Status(code, None, done_parts, len(parts))
    # One part per part an heir took over (questions/heir_parts.py), each counted; each
    # finished on the first "done" of its last run of them (questions/finished.py).
    pieces = _pieces(required, latest, owes, plan_start, timeline, as_of)
    total = len(pieces)
    if closed is not None:
        done_parts = sum(_done(p) for p in pieces)
        if closed == "carried_over" and done_parts == total and month is not None:
            kept = _finished_when_carried(target, given, timeline, plan_start, came)
            if kept is not None:
                return kept
        return Status(closed, None, done_parts, total)
    assert month is not None  # a dated target (the ongoing returned above)
    finished_on = finished_days(index, timeline, as_of, owes, mine, latest)
    done = [day for p in pieces if (day := _day(p, finished_on)) is not None]
    complete = bool(required) and len(done) == total
    finished = dt.date.fromisoformat(max(done)) if complete else None
    deadline = month.last_day
    if finished is not None:
        if finished <= deadline:
            return Status("done", None, len(done), total, finished)
        return Status("done_late", (finished - deadline).days, len(done), total, finished)
    if as_of > deadline:
        return Status("late", (as_of - deadline).days, len(done), total)
    # Started by a part that must report (when nobody in particular leads, `required` is every
    # unit that reported): a cooperating unit's "done" speaks for its help, not the target.
    started = any(p.said is not None and p.said[0] in ("in_progress", "done") for p in pieces)
    return Status("in_progress" if started else "not_started", None, len(done), total)


def _finished_when_carried(
    target: Target,
    index: UnitIndex,
    timeline: History,
    plan_start: str,
    came: Sequence[Came] = (),
) -> Status | None:
    """The status of a carried target on its carry day (`carried_on`, its last day in this
    plan) when every part had finished by then, else None. Such a target left nothing unfinished
    here: a part reported late, after carry-over ran, but dated on or before the carry day (as
    the guide says: "việc xong đến hết ngày chuyển vẫn ghi vào 2023") finished it in this plan,
    so it stays "Hoàn thành" (or "Hoàn thành trễ hạn") on every later day, not "Đã chuyển sang
    kế hoạch sau" (clerk20 F2). Re-running carry-over then takes the copy out of the plan it
    went to (app/carry_withdrawn.py), where it is no achievement of that plan's."""
    if target.carried_on is None:
        return None
    eve = dt.date.fromisoformat(target.carried_on)  # open that day: `Target.closed`
    status = status_of(target, index, timeline, eve, plan_start=plan_start, came=came)
    return status if status.code in FINISHED else None


class _Piece(Record):
    """A part as `heir_parts.Piece` gives it, where no unit took over another's part."""

    unit: str
    said: tuple[str, str] | None = None
    in_window: tuple[str, str] | None = None
    in_place_of: tuple[str, ...] = ()
    finished: str | None = None  # a part taken over, done: the day it finished (heir_parts)


def _done(piece: _Piece) -> bool:
    return piece.said is not None and piece.said[0] == "done"


def _day(piece: _Piece, finished: Mapping[str, str]) -> str | None:
    """The day a done part finished (questions/finished.py): an heir's part taken over, as
    heir_parts judged it (`Share.finished`); any other, its unit's (`finished_days`)."""
    if not _done(piece):
        return None
    assert piece.said is not None
    return piece.finished or finished.get(piece.unit, piece.said[1])


def _closed_part(
    piece: _Piece,
    closed: str,
    month: Due | None,
    finished: Mapping[str, str],
    came: Sequence[Came] = (),
) -> Part:
    """A part of a target closed on the day asked (carried over, cancelled): finished, it keeps
    on time or late as on its last open day (clerk16 F1: carried over, "Hoàn thành trễ hạn"
    read "Hoàn thành" from the next day); else it is `closed`, with what it last said."""
    day = _day(piece, finished)
    if piece.said is None:
        return Part(piece.unit, closed, in_place_of=piece.in_place_of)
    if day is not None:
        code, against = finished_code(day, month, came)
        return Part(piece.unit, code, piece.said[1], None, piece.in_place_of, day, against)
    return Part(piece.unit, closed, piece.said[1], piece.said[0], piece.in_place_of)


def finished_code(day: str, month: Due | None, came: Sequence[Came] = ()) -> tuple[str, str | None]:
    """A finished part's status: `done_late` when it finished after the last day of the
    deadline it was finished under; `done` by it, and always for a target with no dated
    deadline. That deadline is this plan's (`month`), or, for a part finished before the target
    came here (`came`), the deadline of the plan that followed it that day: done late in 2023
    is done late in 2024 too, carried over or not (clerk21 F2), as the plan it leaves keeps it
    (`_closed_part`, clerk16 F1); with that plan's name, else None. A
    deadline there that cannot be read leaves this plan's."""
    held = min((c for c in came if day < c.until), key=lambda c: c.until, default=None)
    if held is not None and held.due != ONGOING and try_parse_due(held.due) is None:
        held = None  # not read (`validate` of that plan says why)
    if held is not None:
        month = None if held.due == ONGOING else try_parse_due(held.due)
    late = month is not None and dt.date.fromisoformat(day) > month.last_day
    return ("done_late" if late else "done"), held.plan if held is not None else None


def _pieces(
    units: list[str],
    carried: Latest,
    owes: Mapping[str, TakenOver],
    plan_start: str,
    timeline: History,
    as_of: dt.date,
    window: tuple[Latest, Latest] | None = None,
) -> list[_Piece]:
    """Every part of a target (questions/heir_parts.py `pieces`, the one rule of an heir's
    parts); that module is imported only when a unit took over others' parts, so a query on a
    catalog that never changed imports nothing more (tests/test_start_up.py)."""
    if not owes:
        return [_Piece(u, carried.get(u), window[0].get(u) if window else None) for u in units]
    from cds_tracker.questions.heir_parts import pieces, split

    found = pieces(units, carried, split(owes, plan_start), timeline, as_of, window)
    return [_Piece(*p) for p in found]


def _concerned_members(target: Target, index: UnitIndex) -> set[str]:
    members: set[str] = set()
    for unit_id in target.lead.units:
        unit = index.units.get(unit_id)
        if unit is not None and unit.is_collective and unit.scope == "concerned":
            members.update(unit.members)
    return members


class Reading(Record):
    """An indicator's city figure as of a day, with who it rests on (questions/figures.py).

    `expected` units must report it (one for `scope: city`, every part for `scope: each`);
    `reported` did. A verdict is given only when the figure is complete.
    """

    indicator: Indicator
    value: float | None = None
    day: dt.date | None = None  # the latest report the figure rests on
    unit: str | None = None  # scope city: the unit that reports it
    reported: int = 0
    expected: int = 0
    estimate: bool = False  # an unweighted mean of percentages, not a ratio of counts
    members: tuple[Member, ...] = ()
    series: tuple[tuple[str, float], ...] = ()  # (yyyy-mm-dd, figure after that day), oldest first

    @property
    def complete(self) -> bool:
        return self.value is not None and self.reported >= self.expected > 0

    @property
    def verdict(self) -> str:
        """`met`, `not_met`, `incomplete` (some have not reported) or `no_data`."""
        if self.value is None:
            return "no_data"
        if not self.complete:
            return "incomplete"
        return "met" if self.indicator.is_met(self.value) else "not_met"

    @property
    def met(self) -> bool | None:
        return {"met": True, "not_met": False}.get(self.verdict)


def member_matrix(
    target: Target, index: UnitIndex, timeline: History, as_of: dt.date, *, plan_start: str = ""
) -> list[tuple[str, tuple[str, str] | None]]:
    """Each unit that must report on the target, with its latest (status, date), or None; an
    heir once per part it answers for, with the report that part rests on (`parts_of`)."""
    index = index_on(index, as_of)
    owes = taken_over(index, target.lead.units, as_of)
    latest = carry_latest(index, timeline.latest(as_of), as_of, owes)
    units = responsible(target, index, latest)
    return [(p.unit, p.said) for p in _pieces(units, latest, owes, plan_start, timeline, as_of)]
