"""`Tracker`: a plan's registry and its progress, asked as of a day — each target's status, its
parts, its figures and its `Row` (what every question answers with, questions/queries.py).

The progress comes from a `Source`: the entries read from the files, or the cache's aggregates
and figures (app/opening.py), which give the same answers without loading an entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.records import Group, Registry, Target
from cds_tracker.core.statuses import FINISHED
from cds_tracker.core.text import did_you_mean, without_unseen
from cds_tracker.core.tuples import Record
from cds_tracker.questions.aggregates import Aggregate, Memory, closing_days
from cds_tracker.questions.catalog import RoleLink
from cds_tracker.questions.periods import (
    Period,
    first_day,
    target_window,
)
from cds_tracker.questions.status import (
    Part,
    Reading,
    Status,
    current_period,
    parts_of,
    status_of,
)
from cds_tracker.questions.timeline import History, Timeline
from cds_tracker.registry.units import UnitIndex

if TYPE_CHECKING:
    from cds_tracker.questions.answers import Answer
    from cds_tracker.questions.came_from import Came


class Row(Record):
    group: Group
    target: Target
    status: Status
    roles: tuple[RoleLink, ...] = ()
    readings: tuple[Reading, ...] = ()
    period: Period | None = None  # ongoing target: the reporting window the status is about
    part: Part | None = None  # `report --unit U`: U's own part, None where U is not a lead
    unit_reported: str | None = None  # `report --unit U`: date of U's latest entry for it
    number: str | None = None  # the number the plan in force that day prints it under, if any
    # `report --unit U` where U took over merged units' parts: its own part and each taken over
    # (questions/answers.py); `part` is then all of them as one
    answers: tuple[Answer, ...] = ()
    # ongoing target asked about after its plan's year: the status its last window had
    # ("unreported" or not, as `status` says it): nothing is owed any more (no one is urged),
    # but a window not fully reported is never said "ongoing" (every lead reported)
    ended: str | None = None
    # a cancelled target: the day the cancellation in force on the day asked began (a target
    # cancelled, listed again, then cancelled again has two: `Target.cancelled_since`)
    cancelled_on: str | None = None

    @property
    def flagged(self) -> bool:
        """Reported done while a reported value misses its threshold."""
        return self.status.code in ("done", "done_late") and any(
            r.met is False for r in self.readings
        )


class Source(Protocol):
    """Where a tracker's progress comes from: memory (just read) or the cache (app/opening.py).

    Each method loads only what it names, so a question costs what its answer shows."""

    def aggregate(self, target_id: str) -> Aggregate | None: ...
    def figures(
        self,
        target: Target,
        index: UnitIndex,
        as_of: dt.date,
        period: Period | None,
        series: bool = True,
    ) -> tuple[Reading, ...] | None: ...
    def target_entries(self, target_id: str) -> Sequence[Entry]: ...
    def unit_entries(self, unit_id: str) -> Sequence[Entry]: ...
    def all_entries(self) -> Iterable[Entry]: ...


class _ByTarget(Mapping[str, Sequence[Entry]]):
    """`tracker.entries`: one target's entries loaded when asked for; all only when iterated."""

    def __init__(self, source: Source, registry: Registry) -> None:
        self._source = source
        self._ids = [t.id for _, t in registry.targets()]
        self._loaded: dict[str, Sequence[Entry]] = {}

    def __getitem__(self, target_id: str) -> Sequence[Entry]:
        if target_id not in self._loaded:
            self._loaded[target_id] = self._source.target_entries(target_id)
        return self._loaded[target_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def _no_plans(target_id: str) -> tuple[Any, ...]:
    return ()


class Tracker:
    """A registry with its unit index and progress, ready to answer questions.

    Status, parts and figures for today come from each target's `Aggregate` (and the figures
    cached with it); an earlier day or period, a target's history or a unit's entries load just
    that target's or that unit's entries.
    """

    def __init__(
        self,
        registry: Registry,
        source: Source | None = None,
        arrivals: Mapping[str, str] | None = None,
        earlier: Mapping[str, tuple[Any, ...]] | None = None,
        departures: Mapping[str, str] | None = None,
        later: Callable[[str], tuple[Any, ...]] | None = None,
        came: Mapping[str, tuple[Came, ...]] | None = None,
    ) -> None:
        self.registry = registry
        # A write's: carried target → the day it joined the plan (app/origins.py `arrivals`;
        # a query's registry has it as each one's `added`, `with_carry_days`).
        self.arrivals: Mapping[str, str] = arrivals or {}
        # and the plans a target carried twice or more was in before (app/origins.py
        # `earlier_plans`: progress/carried_away.py `Hop`s), where an earlier report belongs
        self.earlier: Mapping[str, tuple[Any, ...]] = earlier or {}
        # and the ongoing targets carried away whose new plan takes reports before their carry
        # day: from which day (app/origins.py `departures`; progress/carried_ahead.py)
        self.departures: Mapping[str, str] = departures or {}
        # and, for a target carried away, the plans it went to (app/opening.py `later_of`:
        # progress/carried_away.py `Onward`s), where a report after both carries belongs
        self.later: Callable[[str], tuple[Any, ...]] = later or _no_plans
        # a query's: carried target → the plans it was in before, with their deadlines
        # (app/origins.py `earlier_dues`): a part finished there keeps on time or late by them
        self.came: Mapping[str, tuple[Came, ...]] = came or {}
        self.index = UnitIndex(registry.catalog.units, registry.catalog.official_titles)
        self.index.plan_start = first_day(registry.document.year)
        self.source: Source = source if source is not None else Memory((), closing_days(registry))
        self.entries: Mapping[str, Sequence[Entry]] = _ByTarget(self.source, registry)
        self._timelines: dict[str, Timeline] = {}
        self._numbers: dict[dt.date, Mapping[str, str]] = {}
        self._leads: dict[str, Target] | None = None  # target id → target (its leads)

    def numbers(self, day: dt.date) -> Mapping[str, str]:
        """Target id → the number the plan in force on `day` prints it under
        (registry/numbering.py), worked out once a day asked."""
        found = self._numbers.get(day)
        if found is None:
            from cds_tracker.registry.numbering import numbers_on

            found = self._numbers[day] = numbers_on(self.registry, day)
        return found

    @classmethod
    def of(cls, registry: Registry, entries: Iterable[Entry] = ()) -> Tracker:
        return cls(registry, Memory(entries, closing_days(registry)))

    def entries_of(self, target_id: str) -> Sequence[Entry]:
        """One target's entries: the only way figures reach entries, so a cache may serve them
        per target instead of loading everything."""
        return self.entries.get(target_id, ())

    def entries_of_unit(self, unit_id: str) -> Sequence[Entry]:
        return self.source.unit_entries(unit_id)

    def all_entries(self) -> list[Entry]:
        return list(self.source.all_entries())

    def timeline(self, target_id: str) -> Timeline:
        """The target's full timeline (from its entries, loaded for it alone)."""
        found = self._timelines.get(target_id)
        if found is None:
            found = self._timelines[target_id] = Timeline.of(self.entries_of(target_id))
        return found

    def timeline_on(self, target_id: str, as_of: dt.date, period: Period | None = None) -> History:
        """What answers `latest(as_of)` and `latest_within(period, as_of)` exactly: the
        target's aggregates when they cover the day and the window, else its full timeline."""
        aggregate = self.source.aggregate(target_id)
        if aggregate is not None and self.index.changes and self._took_over(target_id, as_of):
            aggregate = None  # an heir's parts are asked as of its merger (questions/heir_parts.py)
        found = aggregate.answers(as_of, period) if aggregate is not None else None
        return found if found is not None else self.timeline(target_id)

    def _took_over(self, target_id: str, as_of: dt.date) -> bool:
        from cds_tracker.registry.succession import index_on, taken_over

        if self._leads is None:
            self._leads = {t.id: t for _, t in self.registry.targets()}
        target = self._leads.get(target_id)  # its lead of that day (`Target.on`)
        leads = target.lead_on(as_of.isoformat()).units if target is not None else ()
        return bool(taken_over(index_on(self.index, as_of), leads, as_of))

    def status(self, target: Target, as_of: dt.date, period: Period | None = None) -> Status:
        target = target.on(as_of.isoformat())  # as it stood that day (`before`)
        if (held := self.held(target, as_of)) is not None:
            return held[0]
        timeline = self.timeline_on(target.id, as_of, period)
        start, came = self.plan_start, self.came.get(target.id, ())
        return status_of(target, self.index, timeline, as_of, period, plan_start=start, came=came)

    def parts(
        self, target: Target, as_of: dt.date, period: Period | None = None
    ) -> tuple[Part, ...]:
        target = target.on(as_of.isoformat())
        if (held := self.held(target, as_of)) is not None:
            return held[1]
        timeline = self.timeline_on(target.id, as_of, period)
        start, came = self.plan_start, self.came.get(target.id, ())
        return parts_of(target, self.index, timeline, as_of, period, plan_start=start, came=came)

    @property
    def plan_start(self) -> str:
        """The plan's first day (yyyy-mm-dd): a merger before it splits no heir's part (the
        plan asked the heir alone, questions/heir_parts.py)."""
        return first_day(self.registry.document.year)

    def held(self, target: Target, as_of: dt.date) -> tuple[Status, tuple[Part, ...]] | None:
        """A dated target its former lead had finished before a revision handed it to another
        (`Target.handed_over`): finished it stays, as it stood the day before the hand-over,
        and the new lead owes nothing (docs/registry-format.md, "Cell changes"); None else.
        A target closed (cancelled, carried) by `as_of` is answered as closed."""
        handed = target.handed_over(as_of.isoformat())
        if handed is None or target.deadline.month is None or target.closed(as_of.isoformat()):
            return None
        eve = dt.date.fromisoformat(handed.until) - dt.timedelta(days=1)
        status = self.status(target, eve)
        if status.code not in FINISHED:
            return None
        return status, self.parts(target, eve)

    def readings(
        self, target: Target, as_of: dt.date, *, series: bool = True
    ) -> tuple[Reading, ...]:
        """The target's figures on `as_of`; an ongoing one's are those of the window its status
        is about (`window`). Without `series`, with no series (a command that does not print
        them need not read them: they grow with every day reported)."""
        from cds_tracker.questions.figures import readings  # only commands showing figures

        target = target.on(as_of.isoformat())  # who reports is the lead of that day
        period = self.window(target, as_of)
        aggregate = self.source.aggregate(target.id)
        if aggregate is not None and aggregate.covers(as_of):
            cached = self.source.figures(target, self.index, as_of, period, series)
            if cached is not None:
                return cached
        entries = self.entries_of(target.id)
        found = readings(target, self.index, entries, as_of, period, plan_start=self.plan_start)
        return tuple(r if series else r._replace(series=()) for r in found)

    def window(self, target: Target, as_of: dt.date) -> Period | None:
        """The reporting window an ongoing target is judged on: the current one, or after the
        plan's year the plan's last, before the plan (or the target) began its first
        (periods.within_plan); None for a dated target."""
        period = current_period(target, as_of)
        year = self.registry.document.year
        return target_window(period, year, target) if period else None

    def row(
        self,
        group: Group,
        target: Target,
        as_of: dt.date,
        *,
        roles: tuple[RoleLink, ...] = (),
        figures: tuple[Reading, ...] = (),
        part: Part | None = None,
        unit_reported: str | None = None,
    ) -> Row:
        """The target's row on `as_of`; an ongoing one's status is about its current period, or
        after the plan's year about the plan's last one (periods.within_plan); its target
        as it stood that day (`Target.on`)."""
        target = target.on(as_of.isoformat())
        period = self.window(target, as_of)
        current = period is not None and period.start <= as_of <= period.end
        status = self.status(target, as_of, None if current else period)
        number = self.numbers(as_of).get(target.id)
        # after the plan's year nothing is owed (due, remind ask nothing), but a last window
        # not fully reported stays `unreported`, said "Chưa báo cáo kỳ cuối" (clerk review 11, C)
        ended = status.code if self.ended(target, as_of) else None
        row = Row(group, target, status, roles, figures, period, part, unit_reported, number)
        if status.code == "cancelled":
            row = row._replace(cancelled_on=target.cancelled_since(as_of.isoformat()))
        return row._replace(ended=ended) if ended is not None else row

    def ended(self, target: Target, as_of: dt.date) -> bool:
        """An ongoing target asked about after its plan's year (from 1/1 of the next): its
        plan asks for no report any more (`periods.in_plan`: `due`, `remind` agree), so no part
        owes one; a carried one is followed in the later plan."""
        year = self.registry.document.year
        return bool(year) and as_of.year > year and self.window(target, as_of) is not None

    def rows(self, as_of: dt.date) -> list[Row]:
        """Every target among the plan's on `as_of` (`Registry.targets_on`: one a later revision
        adds is left out), cancelled and carried ones included, with their status."""
        return [self.row(g, t, as_of) for g, t in self.registry.targets_on(as_of.isoformat())]

    def owed_by(
        self, row: Row, unit_id: str, as_of: dt.date, parts: Sequence[Part] | None = None
    ) -> tuple[Part, ...]:
        """The parts a lead unit, as the appendix names it, still owes on the row's target: its
        own part, or for a collective its members' unfinished parts (bar members the target
        names as lead units themselves: they answer for their part under their own name)."""
        day = self.units_on(as_of)
        unit = day.units.get(unit_id)
        members = {day.heir(unit_id)}
        if unit is not None and unit.is_collective:
            members = set(unit.members) - {day.heir(u) for u in row.target.lead.units}
        if parts is None:
            parts = self.parts(row.target, as_of, row.period)
        return tuple(p for p in parts if p.owed and p.unit in members)

    def units_on(self, day: dt.date) -> UnitIndex:
        """The catalog as it stood on `day` (registry/succession.py): the same index when no
        unit ever changed."""
        from cds_tracker.registry.succession import index_on

        return index_on(self.index, day)

    def lead_units_on(self, target: Target, day: dt.date) -> tuple[str, ...]:
        """The target's lead units as they answer on `day`: a merged one by its successor."""
        view = self.units_on(day)
        return tuple(dict.fromkeys(view.heir(u) for u in target.lead_on(day.isoformat()).units))

    def target(self, target_id: str) -> tuple[Group, Target]:
        wanted = without_unseen(target_id).strip().upper()
        for group, target in self.registry.targets():
            if target.id.upper() == wanted:
                return group, target
        from cds_tracker.questions.origin_ids import carried_target

        carried = carried_target(target_id.strip(), self.registry.targets())  # "I.1 (2023)"
        if carried is not None:
            return carried
        ids = [t.id for _, t in self.registry.targets()]
        raise UsageError(
            msg("query.unknown_target", target=target_id),
            hint=did_you_mean(target_id, ids) or msg("query.hint.list"),
        )
