"""Opening the registry and its progress for a command, or stopping it with their problems.

From the cache when the files are what they were (or have only grown at the end); otherwise read,
checked and cached again. `cds validate` never uses the cache: it always reads everything.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cds_tracker.app import cache, cache_entries
from cds_tracker.app.discovery import Found, display_path, find_registry
from cds_tracker.core.dates import parse_date
from cds_tracker.core.errors import DataError, Problem, UsageError, msg, os_reason
from cds_tracker.core.files import read_regular
from cds_tracker.core.records import Entry, Registry, Target
from cds_tracker.progress.files import progress_file, progress_files
from cds_tracker.questions.queries import Memory, Tracker, group_by_target
from cds_tracker.questions.status import Aggregate, Reading
from cds_tracker.registry.units import UnitIndex


@dataclass(frozen=True)
class Opened:
    found: Found
    registry: Registry
    tracker: Tracker

    @property
    def entries(self) -> list[Entry]:
        """Every progress entry (loaded on first use)."""
        return self.tracker.all_entries()


def open_registry(registry: Path | None) -> Opened:
    """The registry in use with all its progress; invalid data stops the command (exit 1)."""
    found = find_registry(registry)
    if cache.enabled():
        opened = _from_cache(found)
        if opened is not None:
            return opened
    return _read_everything(found)


def open_for_writing(registry: Path | None) -> tuple[Found, Registry]:
    """The registry a write goes to, checked; progress files are not read (a write appends to
    one file and proves its own text), so adding costs the same however much is recorded."""
    from cds_tracker.registry.loading import load_registry_bytes

    found = find_registry(registry)
    if found.bundled:
        raise UsageError(
            msg("open.bundled_read_only"),
            hint=msg("open.hint.init"),
        )
    shown = display_path(found.path)
    raw = _registry_bytes(found.path, shown)
    key = _registry_key(cache.digest(raw), _changes_meta(found.path))
    if cache.enabled():
        cached = cache.load_registry(found.path, key)
        if cached is not None:
            return found, cached
    result = load_registry_bytes(raw, path=found.path, display=shown)
    if result.registry is None:
        raise _invalid(shown, result.problems)
    if cache.enabled():
        cache.save_registry(found.path, key, result.registry)
    return found, result.registry


def unit_entries(found: Found, registry: Registry, unit_id: str) -> list[Entry]:
    """One unit's entries, read from its own progress file."""
    path = progress_file(found.path, unit_id)
    return _parse_file(path, registry) if path.exists() else []


def find_entry(found: Found, registry: Registry, unit_id: str, entry_id: str) -> Entry | None:
    """The entry with this id: first in the unit's own file, else in whichever file names it
    (so that `--corrects` with another unit's entry can say whose it is)."""
    from cds_tracker.progress.reading import load_progress

    own = progress_file(found.path, unit_id)
    for entry in unit_entries(found, registry, unit_id):
        if entry.id == entry_id:
            return entry
    needle = entry_id.encode()
    for path in progress_files(found.path):
        try:
            if path == own or needle not in read_regular(path):
                continue
        except OSError:
            continue
        loaded = load_progress(registry, [path], display=display_path)
        match = next((e for e in loaded.entries if e.id == entry_id), None)
        if match is not None:
            return match
    return None


def open_tracker(registry: Path | None) -> Tracker:
    return open_registry(registry).tracker


def _read_everything(found: Found) -> Opened:
    from cds_tracker.progress.reading import load_progress
    from cds_tracker.registry.loading import load_registry_bytes
    from cds_tracker.registry.yamlio import bulk_load

    started = time.time_ns()
    shown = display_path(found.path)
    registry_meta, raw = _registry_read(found.path, shown)
    changes = _changes_meta(found.path)  # before reading it: a later change shows in its stat
    with bulk_load():  # a registry of 1,000 targets is some 60,000 YAML nodes
        result = load_registry_bytes(raw, path=found.path, display=shown)
    if result.registry is None:
        raise _invalid(shown, result.problems)
    metas: dict[str, cache.FileMeta] = {} if changes is None else {CHANGES_KEY: changes}

    def read(path: Path) -> bytes:
        """Each file is read once: what is cached is keyed on exactly the bytes parsed."""
        info = path.lstat()  # before reading: a change after it shows in a later stat
        data = read_regular(path)
        metas[path.name] = _meta(data, info)
        return data

    with bulk_load():
        progress = load_progress(
            result.registry, progress_files(found.path), display=display_path, read=read
        )
    if progress.problems:
        raise _invalid(shown, progress.problems, "progress_files")
    memory = Memory(progress.entries)
    del progress  # its one long tuple of every entry: they are grouped by target now
    if cache.enabled():
        _save(found.path, registry_meta, result.registry, metas, memory, started)
    return Opened(found, result.registry, Tracker(result.registry, memory))


def _meta(data: bytes, info: os.stat_result) -> cache.FileMeta:
    stamp = cache.stamp_of(info) if info.st_size == len(data) else (0, 0, 0, 0, 0)
    return cache.FileMeta(len(data), cache.digest(data), stamp)


def _registry_read(path: Path, shown: str) -> tuple[cache.FileMeta, bytes]:
    try:
        info = path.lstat()
    except OSError:
        info = None
    raw = _registry_bytes(path, shown)
    return (_meta(raw, info) if info else cache.FileMeta(len(raw), cache.digest(raw))), raw


def _save(
    registry_path: Path,
    registry_meta: cache.FileMeta,
    registry: Registry,
    metas: dict[str, cache.FileMeta],
    memory: Memory,
    started: int,
) -> None:
    """Everything the next command may need, the snapshot last: it names what the rest holds."""
    cache.forget_figures(registry_path)
    units: dict[str, list[str]] = {}
    ids: list[str] = []
    aggregates: dict[str, object] = {}
    packed = cache_entries.save_pack(registry_path, memory.by_target)
    for target_id, items in memory.by_target.items():
        aggregates[target_id] = memory.aggregate(target_id).to_json()
        for entry in items:
            ids.append(entry.id)
            seen = units.setdefault(entry.unit, [])
            if not seen or seen[-1] != target_id:
                seen.append(target_id)
    key = _registry_key(registry_meta.digest, metas.get(CHANGES_KEY))
    cache.save_registry(registry_path, key, registry)
    cache.save_strings(registry_path, "units", {u: sorted(set(t)) for u, t in units.items()})
    joined = "\n".join(ids)
    del ids  # a million of them: the list goes before the text is encoded
    cache.save_strings(registry_path, "ids", joined)
    snapshot = cache.Snapshot(registry_meta, metas, aggregates, started, packed)
    cache.save_snapshot(registry_path, snapshot)


def _from_cache(found: Found) -> Opened | None:
    """The tracker from the cache, updated for appended entries; None when it must be rebuilt."""
    started = time.time_ns()
    snapshot = cache.load_snapshot(found.path)
    if snapshot is None:
        return None
    checked = _unchanged(found.path, snapshot.registry, snapshot.read_ns)
    if checked is None:
        return None
    refreshed = {} if checked is snapshot.registry else {"": checked}
    changes = snapshot.files.get(CHANGES_KEY)
    if not _changes_unchanged(found.path, changes, snapshot.read_ns):
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
            data = read_regular(path)
        except OSError:
            return None
        now = _meta(data, info)
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
    registry = cache.load_registry(found.path, _registry_key(snapshot.registry.digest, changes))
    if registry is None:
        return None
    if grown or refreshed:
        files_now = {**snapshot.files, **{k: v for k, v in refreshed.items() if k}}
        registry_now = refreshed.get("", snapshot.registry)
        snapshot = cache.Snapshot(
            registry_now, files_now, snapshot.aggregates, started, snapshot.packed
        )
        if grown:
            updated = _append(found.path, snapshot, registry, grown)
            if updated is None:
                return None
            snapshot = updated
        cache.save_snapshot(found.path, snapshot)
    source = _Cached(found.path, snapshot, registry)
    return Opened(found, registry, Tracker(registry, source))


CHANGES_KEY = "@changes"  # the workspace's unit changes file, among a snapshot's files
_NO_FILE = "-"  # the digest recorded when a workspace has no changes file yet


def _changes_meta(registry_path: Path) -> cache.FileMeta | None:
    """What the registry's cache key includes of the workspace's unit changes: None outside a
    workspace; in one, the changes file's size and digest (a mark when there is none)."""
    from cds_tracker.registry.unit_changes import changes_path

    path = changes_path(registry_path)
    if path is None:
        return None
    try:
        info = path.lstat()
        data = read_regular(path)
    except FileNotFoundError:
        return cache.FileMeta(0, _NO_FILE)
    except OSError:
        return cache.FileMeta(0, "?")  # loading reports it; "?" is never a file's digest
    return _meta(data, info)


def _changes_unchanged(registry_path: Path, meta: cache.FileMeta | None, since_ns: int) -> bool:
    from cds_tracker.registry.unit_changes import changes_path

    path = changes_path(registry_path)
    if path is None or meta is None:
        return path is None and meta is None
    if meta.digest == _NO_FILE:
        return not path.exists() and not path.is_symlink()
    return _unchanged(path, meta, since_ns) is not None


def _registry_key(digest: str, changes: cache.FileMeta | None) -> str:
    """The cached registry is keyed on its own bytes and, in a workspace, the changes file's."""
    return digest if changes is None else cache.digest(f"{digest}:{changes.digest}".encode())


def _unchanged(path: Path, meta: cache.FileMeta, since_ns: int) -> cache.FileMeta | None:
    """`meta` when the registry file is what was cached (a fresher key when it had to be read
    to tell), None when it changed."""
    try:
        info = path.lstat()
        if meta.unchanged(info, since_ns):
            return meta
        data = read_regular(path)
    except OSError:
        return None
    now = _meta(data, info)
    return now if now.digest == meta.digest else None


class _Cached:
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
        self, target: Target, index: UnitIndex, as_of: dt.date
    ) -> tuple[Reading, ...] | None:
        """Asked only for a day the aggregate covers: every entry counts, so the figures
        depend on the entries alone, and, for an ongoing target, on the period of the day
        (its figure is the current period's), which is then part of the key."""
        from cds_tracker.app import cached_figures
        from cds_tracker.questions.status import current_period

        aggregate = self.aggregate(target.id)
        if aggregate is None:
            return None
        key, day = aggregate.stamp, dt.date.max
        if target.deadline.ongoing:
            period = current_period(target, as_of)
            key, day = f"{key} {period.start.isoformat() if period else '-'}", as_of
        found = cached_figures.load(self._path, target, key)
        if found is None:
            entries = list(self.target_entries(target.id))
            found = cached_figures.make(self._path, target, index, entries, key, day)
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
        entries: list[Entry] = []
        for path in progress_files(self._path):
            entries += _parse_file(path, self._registry)
        return entries


def _parse_file(path: Path, registry: Registry) -> list[Entry]:
    from cds_tracker.progress.reading import load_progress

    loaded = load_progress(registry, [path], display=display_path)
    if loaded.problems:
        raise _invalid(display_path(path), loaded.problems, "progress_file")
    return list(loaded.entries)


def _append(
    registry_path: Path,
    snapshot: cache.Snapshot,
    registry: Registry,
    grown: list[tuple[Path, bytes, cache.FileMeta, cache.FileMeta]],
) -> cache.Snapshot | None:
    """Check only the appended bytes; None if anything is off (the full read will say what)."""
    from cds_tracker.progress.reading import check_items, read_items
    from cds_tracker.registry.units import UnitIndex
    from cds_tracker.registry.yamlio import YamlFault
    from cds_tracker.registry.yamlio import decode as decode_text

    index = UnitIndex(registry.catalog.units, registry.catalog.official_titles)
    targets = {t.id: t for _, t in registry.targets()}
    ids = cache.load_strings(registry_path, "ids")
    if type(ids) is not str:
        return None
    known = f"\n{ids}\n"  # searched, not split: a million ids stay one string
    added: list[Entry] = []
    changed: dict[str, list[Entry]] = {}
    metas = dict(snapshot.files)
    for path, data, meta, now in grown:
        try:
            items = read_items(decode_text(data[meta.size :]), None, data[meta.size :])
        except YamlFault:
            return None
        items = [] if items is None else items
        if not isinstance(items, list):
            return None
        good, findings = check_items(path, items, index, targets)
        if findings or len(good) != len(items):
            return None
        for _, entry in good:
            if f"\n{entry.id}\n" in known or any(e.id == entry.id for e in added):
                return None
            history = changed.get(entry.target)
            if history is None:
                history = (
                    cache_entries.load_target_entries(
                        registry_path, entry.target, snapshot.packed.get(entry.target)
                    )
                    if entry.target in snapshot.aggregates
                    else []
                )
                if history is None:
                    return None
                changed[entry.target] = history
            if entry.corrects is not None and not _correction_ok(entry, history):
                return None
            history.append(entry)
            added.append(entry)
        metas[path.name] = now
    return _store_appended(registry_path, snapshot, metas, changed, added, ids)


def _correction_ok(entry: Entry, history: list[Entry]) -> bool:
    """The rules of progress/rules.py, asked of the target's entries: the corrected entry is
    among them, by this unit, not corrected yet, not dated after the correction."""
    from cds_tracker.progress.rules import Corrected, correction_fault

    if entry.corrects == entry.id:
        return False
    original = next((e for e in history if e.id == entry.corrects), None)
    if original is None:
        return False
    by = next((e.id for e in history if e.corrects == entry.corrects), None)
    corrected = Corrected(original.id, original.target, original.unit, original.date, by)
    return correction_fault(corrected, entry.target, entry.unit, entry.date) is None


def _store_appended(
    registry_path: Path,
    snapshot: cache.Snapshot,
    metas: dict[str, cache.FileMeta],
    changed: dict[str, list[Entry]],
    added: list[Entry],
    ids: str,
) -> cache.Snapshot | None:
    aggregates = dict(snapshot.aggregates)
    packed = dict(snapshot.packed)
    for target_id, items in changed.items():
        cache_entries.save_target_entries(registry_path, target_id, items)
        aggregates[target_id] = Aggregate.of(items).to_json()
        packed.pop(target_id, None)  # its own file now
    units = cache.load_strings(registry_path, "units")
    if type(units) is not dict:
        return None
    for entry in added:
        seen = units.setdefault(entry.unit, [])
        if entry.target not in seen:
            seen.append(entry.target)
    cache.save_strings(registry_path, "units", units)
    new_ids = "\n".join(e.id for e in added)
    cache.save_strings(registry_path, "ids", f"{ids}\n{new_ids}" if ids else new_ids)
    return cache.Snapshot(snapshot.registry, metas, aggregates, snapshot.read_ns, packed)


def _registry_bytes(path: Path, shown: str) -> bytes:
    try:
        return read_regular(path)
    except OSError as exc:
        problem = Problem(shown, 1, 1, msg("load.cannot_read", reason=os_reason(exc)))
        raise _invalid(shown, (problem,)) from None


def _invalid(shown: str, problems: tuple[Problem, ...], what: str = "registry") -> DataError:
    count = len(problems)
    key = f"open.invalid_{what}_{'one' if count == 1 else 'many'}"
    return DataError(msg(key, path=shown, count=count), problems)


def as_of_date(text: str | None) -> dt.date:
    return dt.date.today() if text is None else parse_date(text, option="--as-of")


__all__ = ["Opened", "as_of_date", "open_registry", "open_tracker"]
