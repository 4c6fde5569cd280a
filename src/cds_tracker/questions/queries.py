"""The questions clerks and department heads ask, answered as rows for `render` to show.

Nothing here prints or parses options: every function takes the tracker and typed arguments.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.field_types import Role
from cds_tracker.core.records import Target
from cds_tracker.core.statuses import CLOSED
from cds_tracker.core.tuples import Record
from cds_tracker.questions.catalog import RoleLink, roles_of
from cds_tracker.questions.periods import (
    Period,
    asks,
    period_ending_in,
    periods_ending_between,
)
from cds_tracker.questions.status import (
    Part,
)
from cds_tracker.questions.tracker import Row, Tracker
from cds_tracker.registry.units import UnitIndex

if TYPE_CHECKING:
    from cds_tracker.questions.answers import Answer


def due_in_month(tracker: Tracker, month: YearMonth, as_of: dt.date) -> list[Row]:
    return [
        r
        for r in _followed(tracker, as_of)
        if (due := r.target.deadline.month) is not None and due.of_month == month  # or a day in it
    ]


def _followed(tracker: Tracker, as_of: dt.date) -> list[Row]:
    """Rows of the targets still followed in this plan on `as_of`: not carried to a later plan,
    not cancelled (those are due nowhere here, and urged for nothing)."""
    return [r for r in tracker.rows(as_of) if r.status.code not in CLOSED]


def due_within(tracker: Tracker, days: int, as_of: dt.date) -> list[Row]:
    """Targets whose deadline (a month's last day) falls in the next `days` days from `as_of`."""
    end = as_of + dt.timedelta(days=days)
    return [
        r
        for r in _followed(tracker, as_of)
        if (m := r.target.deadline.month) is not None and as_of <= m.last_day <= end
    ]


def ongoing(tracker: Tracker, as_of: dt.date) -> list[Row]:
    return [r for r in _followed(tracker, as_of) if r.target.deadline.ongoing]


def periodic_in_month(tracker: Tracker, month: YearMonth, as_of: dt.date) -> list[Row]:
    """Ongoing targets whose periodic report falls due in `month` (its window ends in it), with
    their status for that window: `unreported` while a part has not reported in it."""
    rows = []
    for group, target in tracker.registry.targets_on(as_of.isoformat()):
        period = period_ending_in(month, target.reporting) if target.deadline.ongoing else None
        if period is None or not asks(period, tracker.registry.document.year, target):
            continue  # none that month, or not the plan's (before it, or after its year)
        if _annulled_by(target, period):
            continue
        if target.closed(as_of.isoformat()) is None:
            status = tracker.status(target, as_of, period)
            number = tracker.numbers(as_of).get(target.id)
            rows.append(Row(group, target, status, period=period, number=number))
    return rows


def periodic_within(tracker: Tracker, days: int, as_of: dt.date) -> list[Row]:
    """Periodic reports of ongoing targets whose window ends in the next `days` days."""
    end = as_of + dt.timedelta(days=days)
    rows = []
    for group, target in tracker.registry.targets_on(as_of.isoformat()):
        if not target.deadline.ongoing or target.closed(as_of.isoformat()) is not None:
            continue
        for period in periods_ending_between(as_of, end, target.reporting):
            if not asks(period, tracker.registry.document.year, target):
                continue  # not the plan's: before it (or the target) began, after its year
            if _annulled_by(target, period):
                continue  # cancelled that day (after a lifted window: owed again)
            status = tracker.status(target, as_of, period)
            number = tracker.numbers(as_of).get(target.id)
            rows.append(Row(group, target, status, period=period, number=number))
    return rows


def _annulled_by(target: Target, period: Period) -> bool:
    """Whether the target is cancelled by the day `period`'s report falls due (its last day): a
    cancelled target owes no report after its cancel day, nor one falling due inside a
    cancellation a later revision lifted (`cancelled_before`)."""
    return target.cancelled_since(period.end.isoformat()) is not None


def late(tracker: Tracker, as_of: dt.date) -> list[Row]:
    """Past the deadline and not done, the longest overdue first."""
    rows = [r for r in tracker.rows(as_of) if r.status.code == "late"]
    return sorted(rows, key=lambda r: -(r.status.days_late or 0))


def report(tracker: Tracker, unit_id: str, as_of: dt.date, *, series: bool = True) -> list[Row]:
    """Each target the unit answers for, with the unit's own part beside the overall status;
    without `series`, its figures have none (a table or Markdown prints a figure per indicator,
    and a series grows with every day reported). A lead role in place of merged units names
    every one the unit answers for (the row lists each part, done or owed)."""
    _existed(tracker.index, unit_id, as_of)
    rows = []
    for group, target in tracker.registry.targets_on(as_of.isoformat()):
        links = roles_of(tracker, target, unit_id, as_of)
        if links:
            part, reported, answers = unit_part(tracker, target, unit_id, as_of)
            row = tracker.row(
                group,
                target,
                as_of,
                roles=links,
                figures=tracker.readings(target, as_of, series=series),
                part=part,
                unit_reported=reported,
            )
            row = row._replace(answers=answers)
            rows.append(row)
    return rows


def unit_on(tracker: Tracker, query: str, day: dt.date) -> str:
    """The id of the unit a user names, refused when it did not exist on `day` (the hint names
    the unit it merged into): a merged ward is never urged, nor reported on, after its merger."""
    unit_id = tracker.index.find(query).id
    _existed(tracker.index, unit_id, day)
    return unit_id


def _existed(index: UnitIndex, unit_id: str, day: dt.date) -> None:
    """A query as of a day speaks of the units of that day: a merged unit's work is its heir's.
    A unit gone before the plan began has no day in it, so no day asked of it: refused on any
    day, before the plan too, with its heir (attack 21 a21-07: "--as-of sớm hơn" led to a day
    before the plan, where `report` listed the plan's target as the gone unit's own part)."""
    from cds_tracker.registry.unit_absence import absence_hint, absent, gone_before

    before = gone_before(index.units, unit_id, index.plan_start, day) if index.changes else None
    if before is not None:
        raise UsageError(before[0], hint=msg("unit.hint.use_heir", heir=index.name(before[1])))
    gone = absent(index.units, unit_id, day) if index.changes else None
    if gone is not None:
        raise UsageError(gone, hint=absence_hint(index.units, unit_id, day))


def unit_part(
    tracker: Tracker, target: Target, unit_id: str, as_of: dt.date
) -> tuple[Part | None, str | None, tuple[Answer, ...]]:
    """`own_part`, and for a unit that took over merged units' parts each part it answers for
    (questions/answers.py): its part is then all of them as one, and its report its own."""
    from cds_tracker.questions.answers import answers_of, overall, reported_itself

    part, reported = own_part(tracker, target, unit_id, as_of)
    answers = answers_of(tracker, target, unit_id, as_of, tracker.window(target, as_of))
    if answers:
        return overall(answers, part), reported_itself(answers, unit_id), answers
    return part, reported, answers


def own_part(
    tracker: Tracker, target: Target, unit_id: str, as_of: dt.date
) -> tuple[Part | None, str | None]:
    """The unit's own part of the target (None unless it is one), about the window its row is
    (`Tracker.window`), and its latest report's date (or, for a unit that took over merged
    ones, theirs when later)."""
    from cds_tracker.questions.collective import collective_part
    from cds_tracker.registry.succession import carry_latest, taken_over

    parts = tracker.parts(target, as_of, tracker.window(target, as_of))  # the row's window
    part = next((p for p in parts if p.unit == unit_id), None)
    if part is None:  # a collective lead: its members' parts (questions/collective.py)
        part = collective_part(tracker, target, unit_id, as_of, parts)
    if part is None and unit_id in target.lead_on(as_of.isoformat()).units:
        held = tracker.held(target, as_of)  # finished by a former lead: nothing owed
        part = Part(unit_id, held[0].code) if held is not None else None
    latest = tracker.timeline_on(target.id, as_of).latest(as_of)
    day = tracker.units_on(as_of)
    owes = taken_over(day, target.lead.units, as_of)
    own = carry_latest(day, latest, as_of, owes).get(unit_id)
    return part, own[1] if own else None


class Filters(Record):
    group: str | None = None
    unit: str | None = None
    role: Role | None = None
    status: str | None = None
    deadline_from: YearMonth | None = None
    deadline_to: YearMonth | None = None


def list_targets(tracker: Tracker, filters: Filters, as_of: dt.date) -> list[Row]:
    """All targets matching every filter given (AND). A unit filter is refused, as `report`
    refuses it, for a unit gone by `as_of` (merged, renamed, ended: the hint names its heir):
    its list that day was a fragment — its named targets only, its collective parts already
    its heir's — shown as its own, "Quá hạn" owed by a ward that no longer exists (clerk20 F4)."""
    if filters.unit is not None:
        _existed(tracker.index, filters.unit, as_of)
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
            links = roles_of(tracker, target, filters.unit, as_of)
            if filters.role is not None:
                links = tuple(link for link in links if link.role == filters.role)
            if not links:
                continue
        elif filters.role is not None:
            raise UsageError(msg("query.role_needs_unit"), hint=msg("query.hint.role"))
        if filters.status is not None and row.status.code != filters.status:
            continue
        due = target.deadline.month
        month = None if due is None else due.of_month  # a day deadline is in its month's range
        if filters.deadline_from is not None and (month is None or month < filters.deadline_from):
            continue
        if filters.deadline_to is not None and (month is None or month > filters.deadline_to):
            continue
        part, reported, answers = (
            unit_part(tracker, target, filters.unit, as_of) if filters.unit else (None, None, ())
        )
        row = row._replace(roles=links, readings=(), part=part, unit_reported=reported)
        rows.append(row._replace(answers=answers))
    return rows
