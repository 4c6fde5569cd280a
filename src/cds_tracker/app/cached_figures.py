"""Indicator figures kept in the cache, one file per target, so that today's `summary` and
`report` do not recompute them from every entry.

A target's figures on any day on or after its last report are the same (questions/figures.py
counts entries dated on or before the day); the cache keeps them for that case only, tagged with
the `stamp` of the entries they were made from. They are made the first time a command asks and
the target's aggregate covers the day, and made again after the target's entries change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cds_tracker.app import cache, cache_entries
from cds_tracker.core.records import Entry, Target
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
    registry_path: Path, target: Target, index: UnitIndex, entries: list[Entry], stamp: str
) -> tuple[Reading, ...]:
    """The figures from the entries (every one counts: the day is after the last), cached."""
    from cds_tracker.questions.figures import readings

    found = tuple(readings(target, index, entries, dt.date.max))
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
        [list(point) for point in reading.series],
    ]


def _reading(target: Target, row: list[Any], member: Any) -> Reading:
    key, value, day, unit, reported, expected, estimate, members, series = row
    indicator = next(i for i in target.indicators if i.key == key)
    if not (
        (value is None or type(value) in (int, float))
        and (day is None or type(day) is str)
        and (unit is None or type(unit) is str)
        and type(reported) is int
        and type(expected) is int
        and type(estimate) is bool
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
        tuple((str(d), float(v)) for d, v in series),
    )
