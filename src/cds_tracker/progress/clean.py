"""Telling that entries certainly break no rule of `reading._check_entry`, without building
findings: per entry (`cleaner`), or for a whole file at once (`all_clean`).

Both are tests of "certainly clean", never a second opinion: an entry (or a file) they are not
sure of is checked by `_check_entry`, which finds and words its problems. `all_clean` asks
exactly the questions `cleaner` asks of each entry, but column by column in C loops (sets,
maps, `itertools`), so that a file as cds writes it costs a few passes, not a Python call per
entry (a tenth of a cold read of 100,000 entries).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain, compress, repeat
from math import isnan
from operator import eq, gt, itemgetter
from typing import Any

from cds_tracker.core.entries import Entry
from cds_tracker.registry.units import UnitIndex

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _never(entry: Entry) -> bool:
    return False


def _plain_unit(file_unit: str | None, index: UnitIndex) -> bool:
    """Whether the file is named after a known unit not bounded in time: only then can an
    entry be told clean without `_check_entry` checking its day against the unit's life."""
    unit = index.units.get(file_unit) if file_unit is not None else None
    return unit is not None and not unit.valid_from and not unit.valid_to


def cleaner(
    file_unit: str | None, targets: dict[str, Any], index: UnitIndex
) -> Callable[[Entry], bool]:
    """A test that is True when `_check_entry` certainly finds nothing in an entry of this file:
    the common case, told without building a generator. `file_unit` is None when the file is
    not named after a known unit."""
    if not _plain_unit(file_unit, index):
        return _never  # no unit, or one bounded in time: `_check_entry` checks the day
    days: set[str] = set()  # days already seen in the canonical form
    units_of: dict[str, dict[str, str]] = {}  # target → its indicators' units by key

    def clean(entry: Entry) -> bool:
        target = targets.get(entry.target)
        date, written = entry.date, entry.written
        if (
            entry.counts  # numerator/denominator against the value: `_check_counts` decides
            or target is None
            or entry.unit != file_unit
            or written[10:11] != "T"
            or not _DAY.match(written)
            or date > written[:10]  # both yyyy-mm-dd (below): as strings as as days
            or (target.added is not None and date < target.added)  # not in the plan yet
            or (target.carried_to is not None and (target.carried_on or "") < date)
        ):
            return False
        if date not in days:
            if not _DAY.fullmatch(date):
                return False
            days.add(date)
        if entry.values:
            units = units_of.get(target.id)
            if units is None:
                units = units_of[target.id] = {i.key: i.unit for i in reversed(target.indicators)}
            for key, value in entry.values.items():
                found = units.get(key)
                if found is None or (found == "%" and not 0 <= value <= 100):
                    return False
        return True

    return clean


_AT = {name: itemgetter(i) for i, name in enumerate(Entry._fields)}
_TEN = itemgetter(slice(10))


class Columns:
    """`all_clean` for the files of one load: what it has looked up (each target's indicators'
    units, the days found well formed) is kept from file to file."""

    def __init__(self, targets: dict[str, Any], index: UnitIndex) -> None:
        self.targets, self.index = targets, index
        self.units: dict[tuple[str, str], str] = {}  # (target, key) → its indicator's unit
        self.known: set[str] = set()  # targets whose indicators are in `units`
        self.days: set[str] = set()  # dates found well formed

    def all_clean(self, entries: Sequence[Entry], file_unit: str | None) -> bool:
        """True when `cleaner` would find every one of `entries` clean (False may be wrong:
        the caller then asks `cleaner` entry by entry). The same questions, column by column."""
        if not entries or not _plain_unit(file_unit, self.index):
            return not entries
        target, unit, date, written, values, counts = (
            list(map(_AT[name], entries))
            for name in ("target", "unit", "date", "written", "values", "counts")
        )
        ids = set(target)
        if any(counts) or not ids <= self.targets.keys() or not set(unit) <= {file_unit}:
            return False
        added = {i: self.targets[i].added for i in ids if self.targets[i].added is not None}
        if added and any(d < added[t] for t, d in zip(target, date, strict=True) if t in added):
            return False  # dated before a revision added the target
        gone = {i: self.targets[i].carried_on or "" for i in ids if self.targets[i].carried_to}
        if gone and any(d > gone[t] for t, d in zip(target, date, strict=True) if t in gone):
            return False  # dated after the target was carried to another plan
        if any(map(gt, date, map(_TEN, written))):
            return False
        days = self.days
        for day in set(date) - days:
            if not _DAY.fullmatch(day):
                return False
            days.add(day)
        if any(w[10:11] != "T" or not _DAY.match(w) for w in set(written)):
            return False
        return self._values_clean(ids, target, values)

    def _values_clean(
        self, ids: set[str], target: list[str], values: list[dict[str, float]]
    ) -> bool:
        """Every key an indicator of the entry's target; every percentage within 0–100."""
        units = self.units
        for target_id in ids - self.known:
            # The first indicator of a key wins, as `cleaner` finds it (read in reverse, the
            # first one is written last).
            for i in reversed(self.targets[target_id].indicators):
                units[target_id, i.key] = i.unit
            self.known.add(target_id)
        sizes = map(len, values)
        keys = chain.from_iterable(values)
        pairs = zip(chain.from_iterable(map(repeat, target, sizes)), keys, strict=True)
        found = list(map(units.get, pairs))
        if None in found:
            return False
        percent = list(
            compress(chain.from_iterable(map(dict.values, values)), map(eq, found, repeat("%")))
        )
        return not percent or (
            min(percent) >= 0 and max(percent) <= 100 and not any(map(isnan, percent))
        )
