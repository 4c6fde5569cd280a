"""A target's status on a given day, derived from its deadline and the progress entries.

Rules (docs/progress.md): each lead unit's latest entry on or before the day counts; a collective
lead stands for its members, and the target is done when every member it requires reports done
("7/12 hoàn thành"). Done by the deadline is `done`, after it `done_late`; not done past the
deadline is `late`; an ongoing target is never late, but owes a report every period: it is
`unreported` while one of its parts has not reported in the current period (a period that has
not begun is not owed yet).

Each unit that must finish is a **part** of the target, with a status of its own by the same rules
(`Part`): that is what says whom to urge.

Status needs only who reported what on which day, so each target's entries are kept as a
`Timeline`: parallel columns, which the cache stores as six strings per target instead of one
object per entry. Corrections stay in it beside what they correct: as of a day, a correction
replaces its original only once the correction itself is dated on or before that day
(`replaced`), so a view of the past never shows a correction written later.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from cds_tracker.core.dates import utc_order
from cds_tracker.core.records import Entry, Indicator, Target
from cds_tracker.core.tuples import Record
from cds_tracker.questions.finished import finished_days, run_starts
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
    from cds_tracker.questions.figures import Member

OWED = frozenset({"late", "in_progress", "not_started", "unreported"})  # a part still to be done
_DATE, _CORRECTS = operator.itemgetter(4), operator.itemgetter(12)  # Entry's
_SEP = "\x1f"  # the ASCII unit separator: never in an id, a unit id, a date or a status

Latest = Mapping[str, tuple[str, str]]  # unit → (status, date "yyyy-mm-dd") of its latest entry
Packed = tuple[str, str, str, str, str, str]


def _order(entry: Entry) -> tuple[str, float, str]:
    """Oldest first; the id breaks ties, so the order never depends on which file came first."""
    return (entry.date, utc_order(entry.written), entry.id)


# (date, written, id) and the parts of `written` that must agree, taken in C (operator's getters
# run no Python per entry: a cold read sorts 100,000 entries, a target's at a time).
_TEXT_ORDER = operator.itemgetter(4, 5, 0)
_WRITTEN = operator.itemgetter(5)
_AT_T = operator.itemgetter(slice(10, 11))
_ZONE = operator.itemgetter(slice(19, None))
_FIRST, _STATUS_DATE = operator.itemgetter(0), operator.itemgetter(2, 1)  # of a visible row


def in_order(entries: Iterable[Entry], by_text: bool | None = None) -> list[Entry]:
    """The entries sorted by `_order`. When every `written` differs from the others only in its
    first 19 characters (yyyy-mm-ddThh:mm:ss, fixed width: one zone and one form, as `progress
    add` writes them; the same text after the 19th makes the same width), its text orders as
    its moment does, and the moments are not computed (a tenth of a cold read of 100,000
    entries). `by_text`: `text_orders` of entries these are among, when already asked (then
    true of these too); None to ask it here."""
    items = list(entries)
    if by_text is None:
        by_text = text_orders(items)
    return sorted(items, key=_TEXT_ORDER if by_text else _order)


def text_orders(entries: Sequence[Entry]) -> bool:
    """Whether the `written` texts of `entries` order as their moments (see `in_order`); then
    so do those of any of them."""
    written = list(map(_WRITTEN, entries))
    return set(map(_AT_T, written)) <= {"T"} and len(set(map(_ZONE, written))) <= 1


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


def replaced(corrections: Iterable[tuple[str | None, str]], as_of: dt.date | None) -> set[str]:
    """The ids replaced as of `as_of`: corrected by an entry dated on or before it (any day when
    `as_of` is None). `corrections` gives (id corrected or None, date yyyy-mm-dd) per entry.

    The one rule of corrections over time, used by status, figures, history and reminders."""
    cutoff = as_of.isoformat() if as_of is not None else "9999-12-31"
    return {corrects for corrects, date in corrections if corrects and date <= cutoff}


def corrected_by(entries: Iterable[Entry], as_of: dt.date | None) -> dict[str, str]:
    """Corrected id → the id of the correction that replaces it as of `as_of` (`replaced`):
    what a history marks as corrected."""
    cutoff = as_of.isoformat() if as_of is not None else "9999-12-31"
    return {e.corrects: e.id for e in entries if e.corrects and e.date <= cutoff}


def effective(entries: Iterable[Entry], as_of: dt.date | None = None) -> list[Entry]:
    """Entries minus those corrected as of `as_of` (`replaced`): the history stays, the
    correction counts from its own date on."""
    items = list(entries)
    if not any(map(_CORRECTS, items)):
        return items  # no correction at all (asked in C)
    gone = replaced(zip(map(_CORRECTS, items), map(_DATE, items), strict=True), as_of)
    return [e for e in items if e.id not in gone]


class Timeline(Record):
    """One target's entries, corrections and corrected alike, oldest first (by day, then when
    written, then id); `corrects` holds the id an entry corrects, or "" ."""

    ids: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    written: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    corrects: tuple[str, ...] = ()
    # An aggregate's (one row per unit, its latest): the day each unit's run of "done" began
    # (`finished`); () for a timeline of every entry, which finds it from the rows.
    since: tuple[str, ...] = ()

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Timeline:
        rows = in_order(entries)
        return cls(
            tuple(e.id for e in rows),
            tuple(e.unit for e in rows),
            tuple(e.date for e in rows),
            tuple(e.written for e in rows),
            tuple(e.status for e in rows),
            tuple(e.corrects or "" for e in rows),
        )

    def with_entry(self, entry: Entry) -> Timeline:
        """This timeline after `entry` is appended: it slots in by its day."""
        columns = (self.ids, self.units, self.dates, self.written, self.statuses, self.corrects)
        rows = list(zip(*columns, strict=True))
        rows.append(
            (entry.id, entry.unit, entry.date, entry.written, entry.status, entry.corrects or "")
        )
        rows.sort(key=lambda row: (row[2], utc_order(row[3]), row[0]))
        return Timeline(*(tuple(column) for column in zip(*rows, strict=True)))

    def pack(self) -> Packed:
        return (
            _SEP.join(self.ids),
            _SEP.join(self.units),
            _SEP.join(self.dates),
            _SEP.join(self.written),
            _SEP.join(self.statuses),
            _SEP.join(self.corrects),
        )

    @classmethod
    def unpack(cls, packed: Packed) -> Timeline:
        if not packed[0]:
            return cls()
        ids, units, dates, written, statuses, corrects = (tuple(c.split(_SEP)) for c in packed)
        return cls(ids, units, dates, written, statuses, corrects)

    def visible(self, as_of: dt.date) -> list[tuple[str, str, str]]:
        """(unit, date, status) of the entries that count on `as_of`, oldest first: dated on or
        before it, and not replaced by a correction dated on or before it."""
        cutoff = as_of.isoformat()
        end = bisect.bisect_right(self.dates, cutoff)  # oldest first: nothing later counts
        rows = zip(self.units[:end], self.dates[:end], self.statuses[:end], strict=True)
        if not any(self.corrects[:end]):  # no correction (asked in C), as in every aggregate's
            return list(rows)
        gone = replaced(zip(self.corrects[:end], self.dates[:end], strict=True), as_of)
        return [row for i, row in zip(self.ids[:end], rows, strict=True) if i not in gone]

    def latest(self, as_of: dt.date) -> dict[str, tuple[str, str]]:
        """Each unit's latest (status, date) on or before `as_of` (made in C: a warm summary
        asks it of every target's aggregate)."""
        rows = self.visible(as_of)
        return dict(zip(map(_FIRST, rows), map(_STATUS_DATE, rows), strict=True))

    def latest_within(self, period: Period, as_of: dt.date) -> dict[str, tuple[str, str]]:
        """Each unit's latest (status, date) dated in `period` and on or before `as_of`."""
        first = period.start.isoformat()
        return {
            unit: (status, date)
            for unit, date, status in self.visible(min(as_of, period.end))
            if date >= first
        }

    def finished(self, as_of: dt.date, after: str = "") -> dict[str, str]:
        """Each unit whose latest status on or before `as_of` is done → the day it finished:
        the first "done" of the unbroken run of them its latest report ends (docs/progress.md:
        a unit sending "done" again, with the evidence, did not finish later); with `after`
        (yyyy-mm-dd), the first of that run dated after it (an heir's report for the parts it
        took over counts from the merger on). `latest` keeps the latest report's day for every
        other rule."""
        cutoff = as_of.isoformat()
        if self.since:  # an aggregate's: one row per unit, each on or before any day it covers
            # (never asked `after`: a target with parts taken over reads its entries,
            # `Tracker.timeline_on`; a run begun before `after` would say its latest day)
            rows = zip(self.units, self.dates, self.statuses, self.since, strict=True)
            return {
                u: s if s > after else d
                for u, d, status, s in rows
                if status == "done" and d <= cutoff and d > after
            }
        seen = self.visible(as_of)
        return run_starts([r for r in seen if r[1] > after] if after else seen)


class History(Protocol):
    """What status reads of a target's entries: a `Timeline`, or the cache's aggregates
    (questions/aggregates.py) where they give the same answers."""

    def latest(self, as_of: dt.date) -> dict[str, tuple[str, str]]: ...
    def latest_within(self, period: Period, as_of: dt.date) -> dict[str, tuple[str, str]]: ...
    def finished(self, as_of: dt.date, after: str = "") -> dict[str, str]: ...


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
) -> tuple[Part, ...]:
    """Every part of the target with its own status; `period` overrides an ongoing target's
    current window (to ask about the report due at the end of another one). A unit that took
    over merged units' parts has one part per part it answers for (questions/heir_parts.py:
    the one rule; `plan_start`, the plan's first day, leaves a merger before it unsplit)."""
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
        return tuple(
            Part(p.unit, "done", p.said[1], in_place_of=p.in_place_of, finished=_day(p, finished))
            if p.said is not None and p.said[0] == "done"
            else Part(p.unit, closed, p.said[1], p.said[0], p.in_place_of)
            if p.said is not None
            else Part(p.unit, closed, in_place_of=p.in_place_of)
            for p in _pieces(units, latest, owes, plan_start, timeline, as_of)
        )
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
        if day is not None:
            code = "done" if dt.date.fromisoformat(day) <= deadline else "done_late"
        elif as_of > deadline:
            code = "late"
        else:
            code = status
        parts.append(Part(p.unit, code, date, in_place_of=p.in_place_of, finished=day))
    return tuple(parts)


def status_of(
    target: Target,
    index: UnitIndex,
    timeline: History,
    as_of: dt.date,
    period: Period | None = None,
    *,
    plan_start: str = "",
) -> Status:
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
        parts = parts_of(target, index, timeline, as_of, period, plan_start=plan_start)
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
        return Status(closed, None, sum(_done(p) for p in pieces), total)
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
