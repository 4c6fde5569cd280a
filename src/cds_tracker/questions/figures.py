"""Indicator figures for the whole city, from the units that report them.

An indicator's `scope` (registry) says who measures it. `city`: one city-wide figure, reported by
one unit (the indicator's `reporter`, by default the first lead unit named that is not a
collective); other units' numbers for it are ignored. `each`: every part of the target reports
its own figure; the city's is Σ numerators / Σ denominators when every member gave counts
(`--value key=4/5`), otherwise the mean of the members' latest values, marked as an estimate
because it weighs a ward of 3 systems like a department of 30. Rules in docs/progress.md.

An ongoing target's figure is about the reporting window its status is about (the current one;
after the plan's year, the plan's last: periods.within_plan): only reports dated in it count for
the value, coverage and verdict (a figure from an earlier period is no verdict on this one); the
trend still runs over every report. A window that is over is read as it stood at its end, as
status reads it: reports and corrections dated after it do not count.

Units that merged count as status counts them (registry/succession.py): on a day after a merger,
each part a successor took over is its own part, by the one rule of an heir's parts
(questions/heir_parts.py `figure_shares`): the successor's own figure made after the merger
speaks for all of them (counted once in the Σ: it measures the whole merged ward), else each
part keeps its old unit's figure. Two wards merged into Tam Điệp are two of the ten parts
`show` counts, one of which (Nam Sơn's 3/10 of 20/06) still counts on 01/07: 33,33%, 2/10,
as on 30/06. A merger before the plan's year splits nothing (the plan asked the successor
alone): its one part is its own figure after the merger, else the Σ of the merged units'
(or the mean of their values), given only when every one of them reported. A city figure's
reporter is read as its successor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from cds_tracker.core.entries import Entry
from cds_tracker.core.records import Indicator, Target
from cds_tracker.core.tuples import Record
from cds_tracker.questions.periods import Period
from cds_tracker.questions.status import Reading, current_period, responsible
from cds_tracker.questions.timeline import effective, in_order
from cds_tracker.registry.succession import TakenOver, carry_latest, index_on, taken_over
from cds_tracker.registry.units import UnitIndex


class Member(Record):
    """One unit's latest figure for an indicator; counts when it gave them (`--value k=4/5`)."""

    unit: str
    value: float
    numerator: int | None
    denominator: int | None
    date: str  # yyyy-mm-dd


def reporter_of(indicator: Indicator, target: Target, index: UnitIndex) -> str | None:
    """Who reports a city-wide figure: named in the registry, else the first named lead unit."""
    if indicator.reporter is not None:
        return indicator.reporter
    for unit_id in target.lead.units:
        unit = index.units.get(unit_id)
        if unit is not None and not unit.is_collective:
            return unit_id
    return None


def figure_giver(
    indicator: Indicator, target: Target, index: UnitIndex, day: dt.date
) -> str | None:
    """Who gives the indicator's figure on `day`, as `readings` counts it: None when any unit
    reporting on the target gives its own (`scope: each`, or a city figure whose target names
    no one who could); else the city figure's reporter by the lead of that day, read as its
    successor when it had merged by then (the units of that day: a ward merged away gives
    nothing, its heir gives what it gave). Every door a figure enters by asks this: `progress
    add`, a return form (its cells, its import), `validate` (docs/progress.md)."""
    if indicator.scope != "city":
        return None
    named = reporter_of(indicator, target.on(day.isoformat()), index)
    return index_on(index, day).heir(named) if named is not None else None


def not_given(
    target: Target, index: UnitIndex, unit_id: str, day: dt.date, keys: Iterable[str]
) -> list[tuple[Indicator, str]]:
    """The indicators among `keys` whose figure `unit_id` does not give on `day`, each with the
    unit that does (`figure_giver`): a figure of theirs would be recorded and never counted."""
    wanted = set(keys)
    found = []
    for indicator in target.indicators:
        if indicator.key not in wanted:
            continue
        giver = figure_giver(indicator, target, index, day)
        if giver is not None and giver != unit_id:
            found.append((indicator, giver))
    return found


def uncounted(
    targets: Iterable[Target], index: UnitIndex, entries: Iterable[Entry]
) -> dict[tuple[str, str], str]:
    """(entry id, indicator key) → the unit that gives the figure instead, for each figure an
    entry holds that its unit does not give on its day (`not_given`, by `figure_giver`): one
    written by an earlier cds or by hand, kept and never counted. Every place that shows such
    a figure says so and whose it is (a16_06: `show` and `progress list` printed it like a
    counted one)."""
    by_id = {target.id: target for target in targets}
    found: dict[tuple[str, str], str] = {}
    for entry in entries:
        target = by_id.get(entry.target)
        if target is None or not entry.values:
            continue
        for indicator, giver in not_given(target, index, entry.unit, entry.day, entry.values):
            found[(entry.id, indicator.key)] = giver
    return found


def aggregate(members: Iterable[Member]) -> tuple[float | None, bool]:
    """The city's figure from its members' latest figures, and whether it is an estimate. In
    exact arithmetic, then rounded once: Σ counts as 100·Σnum/Σden (integers: 29/50 is 58,
    where 29/50·100 is 57.99999999999999), the mean of values as the decimals they were typed
    as (58,1 and 57,9: 58, where binary sums give 58.00000000000001 or less), so a figure equal
    to its threshold meets it (clerk16 F2)."""
    from decimal import Decimal

    items = list(members)
    if not items:
        return None, False
    if all(m.numerator is not None and m.denominator is not None for m in items):
        numerators = sum(m.numerator or 0 for m in items)
        denominators = sum(m.denominator or 0 for m in items)
        return 100 * numerators / denominators, False
    total = sum((Decimal(repr(m.value)) for m in items), Decimal(0))
    return float(total / len(items)), len(items) > 1


def readings(
    target: Target,
    index: UnitIndex,
    entries: Sequence[Entry],
    as_of: dt.date,
    period: Period | None = None,
    *,
    plan_start: str = "",
) -> list[Reading]:
    """Each indicator's figure on `as_of` (entries dated later and corrected ones do not count;
    for an ongoing target, only the reports of `period`, by default the current one, make the
    figure). Who must report is who status counts: the parts of `as_of` (`plan_start`, the
    plan's first day, leaves a merger before it unsplit, as status does)."""
    period = period or current_period(target, as_of)
    day = min(as_of, period.end) if period is not None else as_of
    first = period.start.isoformat() if period is not None else ""
    now = _counted(entries, as_of)
    valid = now if day == as_of else _counted(entries, day)
    view = index_on(index, as_of)  # the units of that day: a merged one's part is its heir's
    merged = _merged(view, target, as_of, plan_start)
    latest = carry_latest(view, {e.unit: (e.status, e.date) for e in now}, as_of, merged.owes)
    parts = responsible(target, view, latest)
    found = []
    for indicator in target.indicators:
        named = reporter_of(indicator, target, index) if indicator.scope == "city" else None
        reporter = view.heir(named) if named is not None else None
        units = (reporter,) if reporter is not None else tuple(parts)
        mine = merged if reporter is None else merged._replace(apart={})  # one city figure
        then = _Then(target, index, now, named, units, mine, plan_start)
        given = [e for e in valid if _gives(indicator, target, index, e)]
        found.append(_reading(indicator, given, units, reporter, first, mine, then.on))
    return found


def _gives(indicator: Indicator, target: Target, index: UnitIndex, entry: Entry) -> bool:
    """Whether `entry`'s figure for the indicator is its unit's to give (`figure_giver`): a city
    figure from another unit is no point of the trend (a16_06: it added one, dated by it)."""
    if indicator.key not in entry.values:
        return True
    giver = figure_giver(indicator, target, index, entry.day)
    return giver is None or giver == entry.unit


def _merged(view: UnitIndex, target: Target, day: dt.date, plan_start: str) -> _Merged:
    owes = taken_over(view, target.lead.units, day)
    if not owes:
        return _Merged(view, owes, owes)
    from cds_tracker.questions.heir_parts import split  # only when a unit took over parts

    return _Merged(view, owes, split(owes, plan_start))


class _Then:
    """Who counts for a trend's point: the units as they were on that point's day (the parts
    of that day, a merged unit's report its successor's only from the merger), not as they are
    on the day asked: a past point reads the same whenever it is asked. The day asked's when
    the catalog never changed."""

    def __init__(
        self,
        target: Target,
        index: UnitIndex,
        entries: Sequence[Entry],
        reporter: str | None,
        units: tuple[str, ...],
        merged: _Merged,
        plan_start: str,
    ) -> None:
        self.target, self.index, self.entries, self.reporter = target, index, entries, reporter
        self.now = (units, merged)
        self.plan_start = plan_start
        self.days: dict[str, tuple[tuple[str, ...], _Merged]] = {}

    def on(self, day: str) -> tuple[tuple[str, ...], _Merged]:
        if not self.index.changes:
            return self.now
        if (known := self.days.get(day)) is not None:
            return known
        date = dt.date.fromisoformat(day)
        view = index_on(self.index, date)
        merged = _merged(view, self.target, date, self.plan_start)
        if self.reporter is not None:
            units: tuple[str, ...] = (view.heir(self.reporter),)
            merged = merged._replace(apart={})
        else:
            reports = {e.unit: (e.status, e.date) for e in self.entries if e.date <= day}
            latest = carry_latest(view, reports, date, merged.owes)
            units = tuple(responsible(self.target, view, latest))
        self.days[day] = (units, merged)
        return units, merged


class _Merged(Record):
    """Who answers for whom on the day asked, the parts each successor took over (`owes`), and
    those said apart, one part each (`apart`: a merger in or after the plan's year,
    heir_parts.split; none for a city figure, which is one figure whoever reports it)."""

    view: UnitIndex
    owes: dict[str, TakenOver]
    apart: dict[str, TakenOver]

    def parts(
        self, members: dict[str, Member], units: Sequence[str]
    ) -> list[tuple[str, Member | None]]:
        """Each part of `units` (the parts of the day, an heir once) with the figure it rests
        on (`members`: each unit's latest figure): an heir one per part it answers for apart
        (heir_parts.figure_shares, the rule of every part), any other unit one."""
        if not self.view.heirs:
            return [(unit, members.get(unit)) for unit in units]
        folded = self.fold(members)
        found: list[tuple[str, Member | None]] = []
        for unit in units:
            owes = self.apart.get(unit)
            if owes is None:
                found.append((unit, folded.get(unit)))
                continue
            from cds_tracker.questions.heir_parts import figure_shares

            found.extend((unit, member) for member in figure_shares(unit, owes, members))
        return found

    def fold(self, members: dict[str, Member]) -> dict[str, Member]:
        """Each unit's latest figure → each part's said as one (a merged unit's under its
        successor): a merger before the plan's year, or a city figure's reporter."""
        by_heir: dict[str, list[Member]] = {}
        for unit, member in members.items():
            by_heir.setdefault(self.view.heir(unit), []).append(member)
        found = {}
        for owner, items in by_heir.items():
            if owner in self.apart:  # one part each: `parts`
                continue
            parts, own = self.owes.get(owner), members.get(owner)
            if parts is None:  # not a part the target asks: the latest report speaks
                found[owner] = max(items, key=lambda m: m.date)._replace(unit=owner)
            elif own is not None and own.date > parts.until:  # its own, after the merger
                found[owner] = own
            elif all(u in members for u in parts.units):  # every merged part reported
                found[owner] = _together(owner, [members[u] for u in parts.units])
        return found


def _figure(parts: Sequence[tuple[str, Member | None]]) -> list[Member]:
    """The figures the city's rests on, each once: an heir's own after the merger speaks for
    every part it answers for, but is one ward's figure (heir_parts.figure_shares)."""
    return list(dict.fromkeys(member for _, member in parts if member is not None))


def _point(trend: dict[str, Member], day: tuple[Sequence[str], _Merged | None]) -> float | None:
    """The city's figure after a trend's day from each unit's latest figure then: the parts of
    that day's (`units`), a merged unit's under its successor as that day's catalog says."""
    units, merged = day
    if merged is None or not merged.view.heirs:
        counted = set(units)
        value, _ = aggregate(m for unit, m in trend.items() if unit in counted)
        return value
    heir, counted = merged.view.heir, set(units)
    mine = {unit: member for unit, member in trend.items() if heir(unit) in counted}
    value, _ = aggregate(_figure(merged.parts(mine, units)))
    return value


def _together(owner: str, items: Sequence[Member]) -> Member:
    """The figure of several merged units as one part: Σ counts when all gave them."""
    value, _ = aggregate(items)
    assert value is not None
    counted = all(m.numerator is not None and m.denominator is not None for m in items)
    numerator = sum(m.numerator or 0 for m in items) if counted else None
    denominator = sum(m.denominator or 0 for m in items) if counted else None
    return Member(owner, value, numerator, denominator, max(m.date for m in items))


def _counted(entries: Sequence[Entry], day: dt.date) -> list[Entry]:
    """The entries that count on `day`, oldest first."""
    cutoff = day.isoformat()
    return in_order(e for e in effective(entries, day) if e.date <= cutoff)


def _reading(
    indicator: Indicator,
    valid: Sequence[Entry],
    units: Sequence[str],
    reporter: str | None,
    first: str = "",
    merged: _Merged | None = None,
    then: Callable[[str], tuple[tuple[str, ...], _Merged]] | None = None,
) -> Reading:
    """The figure from reports dated `first` (yyyy-mm-dd) or later; the trend from all, each
    point with the units of its day (`then`, by default those of the day asked)."""
    key = indicator.key
    heir = merged.view.heir if merged is not None else str
    counted = set(units)
    members: dict[str, Member] = {}
    trend: dict[str, Member] = {}
    series: list[tuple[str, float]] = []
    for entry in valid:
        if key not in entry.values:
            continue
        count = entry.counts.get(key)
        trend[entry.unit] = Member(
            entry.unit,
            entry.values[key],
            count[0] if count else None,
            count[1] if count else None,
            entry.date,
        )
        if entry.date >= first and heir(entry.unit) in counted:
            members[entry.unit] = trend[entry.unit]
        value = _point(trend, then(entry.date) if then else (units, merged))
        if value is None:  # a merged part not yet complete, and no one else reported
            continue
        if series and series[-1][0] == entry.date:
            series.pop()  # one point per day: the figure at the end of it
        series.append((entry.date, value))
    parts = [(unit, members.get(unit)) for unit in units]
    if merged is not None:
        parts = merged.parts(members, units)
    found = _figure(parts)
    if not found:
        return Reading(indicator, unit=reporter, expected=len(parts), series=tuple(series))
    value, estimate = aggregate(found)
    return Reading(
        indicator,
        value,
        dt.date.fromisoformat(max(m.date for m in found)),
        reporter,
        sum(member is not None for _, member in parts),
        len(parts),
        estimate,
        tuple(found),
        tuple(series),
    )
