"""The tracker's progress from the cache: aggregates in the snapshot, entries per target on
demand, updated for lines appended since (`cache_append`); None whenever anything changed
otherwise, and the command reads everything (`opening`)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from cds_tracker.app import cache, cache_entries
from cds_tracker.app.discovery import Found
from cds_tracker.app.file_keys import (
    CHANGES_KEY,
    changes_unchanged,
    file_meta,
    registry_key,
    unchanged,
)
from cds_tracker.core.entries import Entry
from cds_tracker.core.records import Registry, Target
from cds_tracker.progress.files import progress_files, read_progress
from cds_tracker.questions.aggregates import Aggregate, group_by_target
from cds_tracker.questions.periods import Period, first_day
from cds_tracker.questions.status import Reading
from cds_tracker.registry.units import UnitIndex


def from_cache(found: Found) -> tuple[Registry, Cached] | None:
    """The registry and its progress from the cache, updated for appended entries; None when
    it must be rebuilt."""
    started = time.time_ns()
    snapshot = cache.load_snapshot(found.path)
    if snapshot is None:
        return None
    checked = unchanged(found.path, snapshot.registry, snapshot.read_ns)
    if checked is None:
        return None
    refreshed = {} if checked is snapshot.registry else {"": checked}
    changes = snapshot.files.get(CHANGES_KEY)
    if not changes_unchanged(found.path, changes, snapshot.read_ns):
        return None
    files = progress_files(found.path)
    if {path.name for path in files} != set(snapshot.files) - {CHANGES_KEY}:
        return None
    grown: list[tuple[Path, bytes, cache.FileMeta, cache.FileMeta]] = []
    for path in files:
        meta = snapshot.files[path.name]
        try:
            info = path.lstat()
            if meta.unchanged(info, snapshot.read_ns):
                continue
            data = read_progress(path)
        except OSError:
            return None
        now = file_meta(data, info)
        if now.digest == meta.digest:
            refreshed[path.name] = now
        elif (
            len(data) > meta.size
            and data[meta.size - 1 : meta.size] in (b"\n", b"")
            and cache.digest(data[: meta.size]) == meta.digest
        ):
            grown.append((path, data, meta, now))
        else:
            return None  # edited, not appended: read everything again
    registry = cache.load_registry(found.path, registry_key(snapshot.registry.digest, changes))
    if registry is None:
        return None
    if grown or refreshed:
        files_now = {**snapshot.files, **{k: v for k, v in refreshed.items() if k}}
        registry_now = refreshed.get("", snapshot.registry)
        snapshot = cache.Snapshot(
            registry_now, files_now, snapshot.aggregates, started, snapshot.packed
        )
        if grown:
            from cds_tracker.app.cache_append import append

            updated = append(found.path, snapshot, registry, grown)
            if updated is None:
                return None
            snapshot = updated
        from cds_tracker.app.cache_writes import save_snapshot

        save_snapshot(found.path, snapshot)
    return registry, Cached(found.path, snapshot, registry)


class Cached:
    """Progress as the cache holds it: aggregates in the snapshot, entries per target on demand.

    A target file the cache lost or that fails its check sends the command to the progress
    files themselves (all of them, checked as without a cache), never to a wrong answer."""

    def __init__(self, registry_path: Path, snapshot: cache.Snapshot, registry: Registry) -> None:
        self._path = registry_path
        self._snapshot = snapshot
        self._registry = registry
        self._aggregates: dict[str, Aggregate | None] = {}
        self._everything: dict[str, list[Entry]] | None = None

    def aggregate(self, target_id: str) -> Aggregate | None:
        if target_id not in self._aggregates:
            raw = self._snapshot.aggregates.get(target_id)
            try:
                found = Aggregate() if raw is None else Aggregate.from_json(raw)
            except (TypeError, ValueError):
                found = None  # the target's entries will answer
            self._aggregates[target_id] = found
        return self._aggregates[target_id]

    def figures(
        self,
        target: Target,
        index: UnitIndex,
        as_of: dt.date,
        period: Period | None,
        series: bool = True,
    ) -> tuple[Reading, ...] | None:
        """Asked only for a day the aggregate covers: every entry counts, so the figures
        depend on the entries alone, and, for an ongoing target, on the window they are about
        (`period`: the current one, or the plan's last), which is then part of the key. Within
        the window, or after it, they are the same on any day the aggregate covers. Without
        `series`, their series are neither read nor given (cached_figures.py)."""
        from cds_tracker.app import cached_figures

        aggregate = self.aggregate(target.id)
        if aggregate is None:
            return None
        key, day = aggregate.stamp, dt.date.max
        if period is not None:
            key, day = f"{key} {period.start.isoformat()}", as_of
        start = first_day(self._registry.document.year)  # a merger before it splits nothing
        if index.changes:  # the units of the day shape them: a merged ward's part is its heir's
            key, day = f"{key} {_units_key(index, as_of)} {start}", as_of
        handed = target.handed_over(as_of.isoformat())  # the lead of the day reports them
        if any(e.lead is not None for e in target.earlier()):
            key, day = f"{key} lead {handed.until if handed else '-'}", as_of
        found = cached_figures.load(self._path, target, key, series)
        if found is None:
            entries = list(self.target_entries(target.id))
            found = cached_figures.make(
                self._path, target, index, entries, key, day, period, plan_start=start
            )
        return found

    def target_entries(self, target_id: str) -> Sequence[Entry]:
        if target_id not in self._snapshot.aggregates:
            return []
        if self._everything is None:
            packed = self._snapshot.packed.get(target_id)
            found = cache_entries.load_target_entries(self._path, target_id, packed)
            if found is not None:
                return found
            self._everything = group_by_target(self._read_all())
        return self._everything.get(target_id, [])

    def unit_entries(self, unit_id: str) -> Sequence[Entry]:
        units = cache.load_strings(self._path, "units")
        targets = units.get(unit_id) if type(units) is dict else None
        if type(targets) is not list:
            targets = list(self._snapshot.aggregates)
        return [e for t in targets for e in self.target_entries(str(t)) if e.unit == unit_id]

    def all_entries(self) -> Iterable[Entry]:
        return [e for t in self._snapshot.aggregates for e in self.target_entries(t)]

    def _read_all(self) -> list[Entry]:
        from cds_tracker.app.opening import parse_file

        entries: list[Entry] = []
        for path in progress_files(self._path):
            entries += parse_file(path, self._registry)
        return entries


def _units_key(index: UnitIndex, day: dt.date) -> str:
    """What of the catalog changes figures on `day`: who answers for a merged unit, and which
    units did not exist (registry/succession.py), as a short digest for the cache's key."""
    import hashlib

    from cds_tracker.registry.succession import exists_on, index_on

    gone = [unit_id for unit_id, unit in index.units.items() if not exists_on(unit, day)]
    said = repr((sorted(index_on(index, day).heirs.items()), gone))
    return hashlib.sha256(said.encode()).hexdigest()[:16]
