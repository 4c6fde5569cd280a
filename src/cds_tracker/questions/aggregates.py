"""What a target's entries come to, in a few values: the cache keeps one `Aggregate` per target,
so the usual questions are answered without reading the target's history.

An ongoing target of a plan whose year is over is judged on the plan's last reporting window
(periods.within_plan), while the day asked is later than every entry: two questions, each
answered exactly by a different aggregate. The target's aggregate then carries a second one, as
its entries stood at the end of that window (`closing`): it never changes once the window is
over, but it is made again with the first, from the same entries, whenever they change.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from typing import Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.records import Registry, Target
from cds_tracker.core.tuples import Record
from cds_tracker.questions.finished import run_starts
from cds_tracker.questions.periods import Period, last_window_end
from cds_tracker.questions.timeline import History, Timeline, effective, in_order, text_orders
from cds_tracker.registry.units import UnitIndex

_UNIT, _STATUS, _DATE = (operator.itemgetter(i) for i in (2, 3, 4))  # Entry's
# (unit, status, day, since) of each unit's latest entry; `since`: the day its run of "done"
# began (questions/finished.py), the day itself when it is not done
Rows = tuple[tuple[str, str, str, str], ...]


class Aggregate(Record):
    """Each unit's latest entry once all of `entries` count: on any day from `last` on (and, for
    a `closing` one, up to `until`).

    Its `timeline()` holds each unit's latest entry only, which gives the same `latest` and
    `latest_within` as the full timeline for any day it `covers`, and any period whose last day
    (or the day asked, when earlier) it covers; an earlier day or period reads the target's
    entries instead (`Tracker`). `stamp` names the entries it was made from, so a cached figure
    made from other entries is never taken for it.
    """

    last: str = ""  # the latest day of any entry (corrections included), "" when there is none
    latest: Rows = ()
    stamp: str = "0:"  # how many entries, and the last one's id
    until: str = ""  # "": made of every entry; else of those dated on or before this day
    closing: Aggregate | None = None  # as the entries stood at the end of the plan's last window

    @classmethod
    def of(
        cls, entries: Sequence[Entry], closing: dt.date | None = None, by_text: bool | None = None
    ) -> Aggregate:
        """The aggregate of `entries`; with `closing` (the end of the plan's last window, for an
        ongoing target), the one as of that day beside it when an entry is dated after it.
        `by_text`: as `in_order` takes it."""
        made = _made(entries, by_text)
        if closing is None or made.last <= closing.isoformat():
            return made  # every entry is on or before the window's end: the one answers both
        cutoff = closing.isoformat()
        before = [e for e in entries if e.date <= cutoff]
        return made._replace(closing=_made(before, by_text)._replace(stamp="", until=cutoff))

    def covers(self, day: dt.date) -> bool:
        """Whether `latest(day)` is exactly this aggregate's: no entry is dated between `last`
        and `day`, nor counted after `until`."""
        iso = day.isoformat()
        return self.last <= iso and (not self.until or iso <= self.until)

    def answers(self, as_of: dt.date, period: Period | None = None) -> History | None:
        """What answers `latest(as_of)` and `latest_within(period, as_of)` exactly, or None when
        only the target's entries can (a day or a window before its last entry)."""
        if not self.covers(as_of):
            return None
        if period is None or self.covers(min(as_of, period.end)):
            return self.timeline()
        if self.closing is not None and self.closing.covers(min(as_of, period.end)):
            return Spliced(self.timeline(), self.closing.timeline())
        return None

    def timeline(self) -> Timeline:
        if not self.latest:
            return Timeline()
        blank = ("",) * len(self.latest)
        units, statuses, dates, since = zip(*self.latest, strict=False)  # the columns, in C
        return Timeline(blank, units, dates, blank, statuses, blank, since)

    def to_json(self) -> list[Any]:
        found: list[Any] = [self.last, [list(row) for row in self.latest], self.stamp]
        if self.closing is not None:
            closing = self.closing
            found.append([closing.until, closing.last, [list(row) for row in closing.latest]])
        return found

    @classmethod
    def from_json(cls, value: Any) -> Aggregate:
        """From the cache's `[last, latest, stamp]` or `[last, latest, stamp, [until, last,
        latest]]`; ValueError (or TypeError) if not that shape."""
        last, latest, stamp, *more = value
        if type(stamp) is not str or len(more) > 1:
            raise ValueError("not an aggregate")
        found = cls(last, _rows(last, latest), stamp)
        if more:
            until, closing_last, closing_latest = more[0]
            if type(until) is not str or not until:
                raise ValueError("not an aggregate")
            closing = cls(closing_last, _rows(closing_last, closing_latest), "", until)
            found = found._replace(closing=closing)
        return found


def _made(entries: Sequence[Entry], by_text: bool | None = None) -> Aggregate:
    rows = in_order(effective(entries, None), by_text)
    # Units in the order they first appear, as in `Timeline.latest` (parts are listed so);
    # every row is on or before any day covered, so the rows need no other order. Made by C
    # loops (a cold read makes one per target, 100,000 entries in all).
    units = list(map(_UNIT, rows))
    statuses, dates = list(map(_STATUS, rows)), list(map(_DATE, rows))
    latest = dict(zip(units, zip(units, statuses, dates, dates, strict=True), strict=True))
    runs = run_starts(list(zip(units, dates, statuses, strict=True)))
    for unit, since in runs.items():  # mostly its latest day; else the run's first
        _, status, day, _ = latest[unit]
        if since != day:
            latest[unit] = (unit, status, day, since)
    stamp = f"{len(entries)}:{entries[-1].id if entries else ''}"
    # A correction counts from its own day, which may be after the entry it replaces: only a
    # day on or after every entry sees exactly these effective rows.
    last = max(map(_DATE, entries), default="")
    return Aggregate(last, tuple(latest.values()), stamp)


def _rows(last: Any, latest: Any) -> Rows:
    rows = tuple(map(tuple, latest))  # checked in C: a warm summary reads every target's
    if type(last) is not str or not set(map(len, rows)) <= {4}:
        raise ValueError("not an aggregate")
    if not set(map(type, chain.from_iterable(rows))) <= {str}:
        raise ValueError("not an aggregate")
    return rows


class Spliced(Record):
    """Two aggregates' timelines as one: `now` for the day asked, `window` for the window (the
    plan's last, read as it stood at its end)."""

    now: Timeline
    window: Timeline

    def latest(self, as_of: dt.date) -> dict[str, tuple[str, str]]:
        return self.now.latest(as_of)

    def latest_within(self, period: Period, as_of: dt.date) -> dict[str, tuple[str, str]]:
        return self.window.latest_within(period, as_of)

    def finished(self, as_of: dt.date, after: str = "") -> dict[str, str]:
        return self.now.finished(as_of, after)


def closing_days(registry: Registry) -> dict[str, dt.date]:
    """Target id → the end of its plan's last reporting window, for each target judged on
    reporting windows (ongoing), when the plan's year is known."""
    end = last_window_end(registry.document.year)
    if end is None:
        return {}
    return {t.id: end for _, t in registry.targets() if _windowed(t)}


def _windowed(target: Target) -> bool:
    """Ongoing, or ongoing on the days before a revision gave it a date (`Target.before`)."""
    deadlines = [target.deadline, *(e.deadline for e in target.before if e.deadline)]
    return any(d.ongoing or d.month is None for d in deadlines)


class Memory:
    """Entries already in memory, grouped by target; aggregates made when first asked for (with
    their closing one for the targets `closing` names: `closing_days`)."""

    def __init__(
        self, entries: Iterable[Entry] = (), closing: Mapping[str, dt.date] | None = None
    ) -> None:
        items = entries if isinstance(entries, tuple | list) else list(entries)
        self.by_target = group_by_target(items)
        self._closing = closing or {}
        self._aggregates: dict[str, Aggregate] = {}
        # Asked once of all the entries rather than once per target (a cold read makes 1,000
        # aggregates): true of all, true of each target's.
        self._by_text = text_orders(items)

    def aggregate(self, target_id: str) -> Aggregate:
        found = self._aggregates.get(target_id)
        if found is None:
            entries = self.by_target.get(target_id, [])
            found = Aggregate.of(entries, self._closing.get(target_id), self._by_text)
            self._aggregates[target_id] = found
        return found

    def figures(
        self,
        target: Target,
        index: UnitIndex,
        as_of: dt.date,
        period: Period | None,
        series: bool = True,
    ) -> None:
        return None  # made from the entries at hand

    def target_entries(self, target_id: str) -> Sequence[Entry]:
        return self.by_target.get(target_id, ())

    def unit_entries(self, unit_id: str) -> Sequence[Entry]:
        return [e for items in self.by_target.values() for e in items if e.unit == unit_id]

    def all_entries(self) -> Iterable[Entry]:
        return [e for items in self.by_target.values() for e in items]


def group_by_target(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    by_target: dict[str, list[Entry]] = {}
    for entry in entries:
        by_target.setdefault(entry.target, []).append(entry)
    return by_target
