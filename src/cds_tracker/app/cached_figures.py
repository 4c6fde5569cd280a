"""Indicator figures kept in the cache, one file per target, so that today's `summary` and
`report` do not recompute them from every entry.

A target's figures on any day on or after its last report are the same (questions/figures.py
counts entries dated on or before the day), except that an ongoing target's are those of the
window its status is about (the current one; after the plan's year, the plan's last); the cache
keeps them for that case only, under a key naming the entries they were made from (the
aggregate's `stamp`) and, for an ongoing target, the window. They are made the first time a
command asks and the target's aggregate covers the day, and made again after the target's
entries change or a new window begins.

A series (a point per day reported) grows with every day reported, while the rest does not: it
is kept apart, in `s-<hash>` beside the figures' `f-<hash>`, under the same key, and read only
by a command that prints it (`series=True`: `show`, JSON). `summary` as a table reads a figure
per indicator, and costs the same on 300,000 entries as on 1,000 (docs/performance.md). A
series is kept as its days and its values, read back in C loops.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cds_tracker.app import cache, cache_entries, cache_writes
from cds_tracker.core.entries import Entry
from cds_tracker.core.records import Target
from cds_tracker.questions.periods import Period
from cds_tracker.questions.status import Reading
from cds_tracker.registry.units import UnitIndex


def load(
    registry_path: Path, target: Target, stamp: str, series: bool = True
) -> tuple[Reading, ...] | None:
    """The cached figures under `stamp`, with their series when `series` (else with none);
    None when either file is missing, foreign, damaged or of other entries."""
    from cds_tracker.questions.figures import Member

    folder = cache.folder_of(registry_path)
    if folder is None:
        return None
    value = _value(folder, _name(target.id), target, stamp)
    if value is None:
        return None
    points: list[Any] = [[[], []]] * len(value)
    if series:  # both under the same key: a series of other entries is never taken
        points = _value(folder, _series_name(target.id), target, stamp) or []
        if len(points) != len(value):
            return None
    try:
        return tuple(
            _reading(target, row, Member, *pair) for row, pair in zip(value, points, strict=True)
        )
    except (TypeError, ValueError, KeyError, IndexError):
        return None


def _value(folder: Path, name: str, target: Target, stamp: str) -> list[Any] | None:
    value = cache.read(folder, name)
    if type(value) is not list or len(value) != 3 or value[:2] != [target.id, stamp]:
        return None
    return value[2] if type(value[2]) is list else None


def make(
    registry_path: Path,
    target: Target,
    index: UnitIndex,
    entries: list[Entry],
    stamp: str,
    day: dt.date,
    period: Period | None = None,
    *,
    plan_start: str = "",
) -> tuple[Reading, ...]:
    """The figures on `day` (on or after the last entry: every one counts) about `period` (an
    ongoing target's window), cached; `plan_start`: the plan's first day (figures.readings)."""
    from cds_tracker.questions.figures import readings

    found = tuple(readings(target, index, entries, day, period, plan_start=plan_start))
    folder = cache.folder_of(registry_path)
    if folder is not None:
        points = [[[d for d, _ in r.series], [v for _, v in r.series]] for r in found]
        cache_writes.write(folder, _series_name(target.id), [target.id, stamp, points])
        cache_writes.write(folder, _name(target.id), [target.id, stamp, [_row(r) for r in found]])
    return found


def _name(target_id: str) -> str:
    return "f" + cache_entries.target_name(target_id)[1:]


def _series_name(target_id: str) -> str:
    return "s" + cache_entries.target_name(target_id)[1:]


def _row(reading: Reading) -> list[Any]:
    return [
        reading.indicator.key,
        reading.value,
        reading.day.isoformat() if reading.day else None,
        reading.unit,
        reading.reported,
        reading.expected,
        reading.estimate,
        [list(m) for m in reading.members],
    ]


def _reading(target: Target, row: list[Any], member: Any, days: Any, values: Any) -> Reading:
    key, value, day, unit, reported, expected, estimate, members = row
    indicator = next(i for i in target.indicators if i.key == key)
    if not (
        (value is None or type(value) in (int, float))
        and (day is None or type(day) is str)
        and (unit is None or type(unit) is str)
        and type(reported) is int
        and type(expected) is int
        and type(estimate) is bool
        and type(days) is list
        and type(values) is list
        and len(days) == len(values)
        and set(map(type, days)) <= {str}
        and set(map(type, values)) <= {float}
    ):
        raise ValueError("not a figure")
    return Reading(
        indicator,
        value,
        dt.date.fromisoformat(day) if day else None,
        unit,
        reported,
        expected,
        estimate,
        tuple(member(*m) for m in members),
        tuple(zip(days, values, strict=True)),
    )
