"""Indicator figures kept in the cache, one file per target, so that today's `summary` and
`report` do not recompute them from every entry.

A target's figures on any day on or after its last report are the same (questions/figures.py
counts entries dated on or before the day), except that an ongoing target's are those of the
window its status is about (the current one; after the plan's year, the plan's last); the cache
keeps them for that case only, under a key naming the entries they were made from (the
aggregate's `stamp`) and, for an ongoing target, the window. They are made the first time a
command asks and the target's aggregate covers the day, and made again after the target's
entries change or a new window begins. A series is kept as its days and its values, read back
in C loops: it grows with every day reported.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cds_tracker.app import cache, cache_entries
from cds_tracker.core.records import Entry, Target
from cds_tracker.questions.periods import Period
from cds_tracker.questions.status import Reading
from cds_tracker.registry.units import UnitIndex


def load(registry_path: Path, target: Target, stamp: str) -> tuple[Reading, ...] | None:
    from cds_tracker.questions.figures import Member

    folder = cache.folder_of(registry_path)
    value = None if folder is None else cache.read(folder, _name(target.id))
    if type(value) is not list or len(value) != 3 or value[:2] != [target.id, stamp]:
        return None
    try:
        return tuple(_reading(target, row, Member) for row in value[2])
    except (TypeError, ValueError, KeyError, IndexError):
        return None


def make(
    registry_path: Path,
    target: Target,
    index: UnitIndex,
    entries: list[Entry],
    stamp: str,
    day: dt.date,
    period: Period | None = None,
) -> tuple[Reading, ...]:
    """The figures on `day` (on or after the last entry: every one counts) about `period` (an
    ongoing target's window), cached."""
    from cds_tracker.questions.figures import readings

    found = tuple(readings(target, index, entries, day, period))
    folder = cache.folder_of(registry_path)
    if folder is not None:
        cache.write(folder, _name(target.id), [target.id, stamp, [_row(r) for r in found]])
    return found


def _name(target_id: str) -> str:
    return "f" + cache_entries.target_name(target_id)[1:]


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
        [d for d, _ in reading.series],
        [v for _, v in reading.series],
    ]


def _reading(target: Target, row: list[Any], member: Any) -> Reading:
    key, value, day, unit, reported, expected, estimate, members, days, values = row
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
