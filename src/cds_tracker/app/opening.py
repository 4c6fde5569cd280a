"""Opening the registry and its progress for a command, or stopping it with their problems.

From the cache when the files are what they were (or have only grown at the end:
`cached_progress`, `cache_append`); otherwise read, checked and cached again (here; what the
cache records of each file: `file_keys`). `cds validate` never uses the cache: it always reads
everything.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Callable
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any

from cds_tracker.app import cache, cache_entries
from cds_tracker.app.discovery import Found, display_path, find_registry
from cds_tracker.app.file_keys import CHANGES_KEY, changes_meta, file_meta, registry_key
from cds_tracker.core.dates import format_date, parse_date, parse_month
from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import DataError, Msg, Problem, UsageError, msg, os_reason
from cds_tracker.core.files import read_regular
from cds_tracker.core.records import Registry
from cds_tracker.core.tuples import Record
from cds_tracker.progress.files import progress_file, progress_files, read_progress
from cds_tracker.questions.aggregates import Memory, closing_days
from cds_tracker.questions.tracker import Tracker


class Opened(Record):  # a named tuple: costs a warm start a fraction of a dataclass
    found: Found
    registry: Registry
    tracker: Tracker

    @property
    def entries(self) -> list[Entry]:
        """Every progress entry (loaded on first use)."""
        return self.tracker.all_entries()


def open_registry(registry: Path | None) -> Opened:
    """The registry in use with all its progress; invalid data stops the command (exit 1)."""
    return open_found(find_registry(registry))


def open_found(found: Found) -> Opened:
    """The registry `found` with all its progress, as every query reads it: a form's import,
    which reads none, asks it to know which targets `cds form` would list (app/forms.py)."""
    if cache.enabled():
        from cds_tracker.app.cached_progress import from_cache

        # The snapshot and the registry decoded from the cache hold no cycles and live until
        # the answer is printed: the collector, paused while they are made and then told to
        # leave them (as after a full read), does not walk them again and again (at 300,000
        # entries, a warm `summary` spent a fifth of its time in the collector).
        paused = gc.isenabled()
        gc.disable()
        try:
            cached = from_cache(found)
        finally:
            gc.freeze()
            if paused:
                gc.enable()
        if cached is not None:
            checked, source = cached
            entered, came = _entered(found, checked)
            return Opened(found, checked, Tracker(entered, source, came=came))
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
    key = registry_key(cache.digest(raw), changes_meta(found.path))
    if cache.enabled():
        cached = cache.load_registry(found.path, key)
        if cached is not None:
            return found, cached
    result = load_registry_bytes(raw, path=found.path, display=shown)
    if result.registry is None:
        raise invalid(shown, result.problems)
    if cache.enabled():
        from cds_tracker.app.cache_writes import save_registry

        save_registry(found.path, key, result.registry)
    return found, result.registry


def unit_entries(found: Found, registry: Registry, unit_id: str) -> list[Entry]:
    """One unit's entries, read from its own progress file."""
    path = progress_file(found.path, unit_id)
    return parse_file(path, registry) if path.exists() else []


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
            if path == own or needle not in read_progress(path):
                continue
        except OSError:
            continue
        loaded = load_progress(registry, [path], display=display_path)
        match = next((e for e in loaded.entries if e.id == entry_id), None)
        if match is not None:
            return match
    return None


def _entered(found: Found, registry: Registry) -> tuple[Registry, dict[str, tuple[Any, ...]]]:
    """The registry the queries follow: carried targets only from their carry day; and the
    plans they were in before, with their deadlines (app/origins.py `earlier_dues`), which
    judge a part finished there (clerk21 F2). A carry-over into it left half done is noted for
    the CLI to say (app/carry_unfinished.py, a21-03)."""
    if not any(t.carried_from for g in registry.groups for t in g.targets):
        return registry, {}  # most plans: nothing read, nothing imported
    from cds_tracker.app import workspace
    from cds_tracker.app.carry_unfinished import unfinished
    from cds_tracker.app.origins import earlier_dues, origins_of, with_carry_days

    origins = origins_of(found.path, registry)  # read once for all (each cached by its bytes)
    for note in unfinished(found.path, registry, origins):  # a carry-over half done, said
        if note not in workspace.half_carried:
            workspace.half_carried.append(note)
    entered = with_carry_days(found.path, registry, origins)
    return entered, earlier_dues(found.path, registry, origins)


def earlier_of(path: Path, registry: Registry) -> dict[str, tuple[Any, ...]]:
    """The plans targets carried twice or more were in before (app/origins.py
    `earlier_plans`), for a write: a report before both carries goes where it was then.
    Nothing read for a plan that carries none."""
    if not any(t.carried_from for g in registry.groups for t in g.targets):
        return {}
    from cds_tracker.app.origins import earlier_plans

    return dict(earlier_plans(path, registry))


def later_of(path: Path, registry: Registry) -> Callable[[str], tuple[Any, ...]]:
    """Target carried away's id → the plans it went to from here (app/origins.py
    `later_plans`), for a write and a full read: a report after both carries goes where the
    target is followed on its day. Read when first asked (a report refused), then kept; nothing
    for a plan that carries none away."""
    if not any(t.carried_to for g in registry.groups for t in g.targets):
        return _none
    from functools import cache

    from cds_tracker.app.origins import later_plans

    read = cache(lambda: later_plans(path, registry))
    return lambda target_id: read().get(target_id, ())


def _none(target_id: str) -> tuple[Any, ...]:
    return ()


def leaving_of(path: Path, registry: Registry) -> Callable[[str], str | None]:
    """`departures_of`, read when first asked (a report dated after an ongoing target left,
    whose hint names this plan's last day for it), then kept: for a full read of progress."""
    from functools import cache

    read = cache(lambda: departures_of(path, registry))
    return lambda target_id: read().get(target_id)


def arrivals_of(path: Path, registry: Registry) -> dict[str, str]:
    """The days the carried targets joined the plan at `path` (app/origins.py `arrivals`), for
    a write: from that day the plan takes their reports (progress/new_entry.py). Nothing read
    for a plan that carries none."""
    if not any(t.carried_from for g in registry.groups for t in g.targets):
        return {}
    from cds_tracker.app.origins import arrivals

    return arrivals(path, registry)


def departures_of(path: Path, registry: Registry) -> dict[str, str]:
    """The days the plans ongoing targets went to take their reports from, when before their
    carry day (app/origins.py `departures`), for a write. Nothing read for a plan that carried
    none away."""
    if not any(t.carried_to for g in registry.groups for t in g.targets):
        return {}
    from cds_tracker.app.origins import departures

    return departures(path, registry)


def open_tracker(registry: Path | None) -> Tracker:
    return open_registry(registry).tracker


def _read_everything(found: Found) -> Opened:
    from cds_tracker.progress.reading import load_progress
    from cds_tracker.registry.loading import load_registry_bytes
    from cds_tracker.registry.yamlio import bulk_load

    started = time.time_ns()
    shown = display_path(found.path)
    registry_meta, raw = _registry_read(found.path, shown)
    changes = changes_meta(found.path)  # before reading it: a later change shows in its stat
    key = registry_key(registry_meta.digest, changes)
    # Progress changed but the registry did not (a `git pull` of others' reports, a file
    # edited): the registry checked for exactly these bytes is in the cache, keyed as a warm
    # read keys it. Reading it back costs a tenth of parsing and checking it again.
    registry = cache.load_registry(found.path, key) if cache.enabled() else None
    parsed = registry is None
    if registry is None:
        with bulk_load():  # a registry of 1,000 targets is some 60,000 YAML nodes
            result = load_registry_bytes(raw, path=found.path, display=shown)
        if result.registry is None:
            raise invalid(shown, result.problems)
        registry = result.registry
    metas: dict[str, cache.FileMeta] = {} if changes is None else {CHANGES_KEY: changes}

    def read(path: Path) -> bytes:
        """Each file is read once: what is cached is keyed on exactly the bytes parsed."""
        info = path.lstat()  # before reading: a change after it shows in a later stat
        data = read_progress(path)
        metas[path.name] = file_meta(data, info)
        return data

    with bulk_load():  # the entries, and the aggregates and the cache made of them
        files, later = progress_files(found.path), later_of(found.path, registry)
        leaving = leaving_of(found.path, registry)
        progress = load_progress(
            registry, files, display=display_path, read=read, later=later, leaving=leaving
        )
        if progress.problems:
            raise invalid(shown, progress.problems, "progress_files")
        memory = Memory(progress.entries, closing_days(registry))
        del progress  # its one long tuple of every entry: they are grouped by target now
        if cache.enabled():
            _save(
                found.path,
                (registry_meta, key),
                registry if parsed else None,
                metas,
                memory,
                started,
            )
        entered, came = _entered(found, registry)
        opened = Opened(found, registry, Tracker(entered, memory, came=came))
        _hold(opened)
        # What was read lives until the answer is printed and holds no cycles: the collector,
        # on again for the answer, need not walk it (with 100,000 entries each full collection
        # walked a million objects: a tenth of a cold read).
        gc.freeze()
    return opened


_held: list[list[object]] = []  # see `_hold`


def _hold(opened: Opened) -> None:
    """Keep what a full read made until the process ends, and let the process end without
    freeing it object by object: a command exits right after its answer, and freeing 100,000
    entries one at a time took 0.09 s of CPU (5% of a cold read) where the system takes the
    whole memory back at once. It is held by a cycle that `gc.freeze()` then sets aside: the
    collector, the last one at exit included, never frees it. The read held before is let go
    (a process that reads many times, as the tests do, holds one read at most)."""
    for earlier in _held:
        earlier.clear()
    box: list[object] = [opened]
    box.append(box)
    _held[:] = [box]


def _registry_read(path: Path, shown: str) -> tuple[cache.FileMeta, bytes]:
    try:
        info = path.lstat()
    except OSError:
        info = None
    raw = _registry_bytes(path, shown)
    return (file_meta(raw, info) if info else cache.FileMeta(len(raw), cache.digest(raw))), raw


def _save(
    registry_path: Path,
    registry_at: tuple[cache.FileMeta, str],
    registry: Registry | None,
    metas: dict[str, cache.FileMeta],
    memory: Memory,
    started: int,
) -> None:
    """Everything the next command may need, the snapshot last: it names what the rest holds.
    `registry_at`: the registry file's meta and its cache key; `registry`: the one parsed, to
    cache (None when it came from the cache).

    Part of every cold read, so its loops over the entries run in C (map, set, join): which
    units reported on each target, and every id."""
    from cds_tracker.app import cache_writes  # a warm read writes nothing

    cache_writes.forget_figures(registry_path)
    packed = cache_entries.save_pack(registry_path, memory.by_target)
    aggregates: dict[str, object] = {}
    units: dict[str, list[str]] = {}
    for target_id, items in memory.by_target.items():
        aggregates[target_id] = memory.aggregate(target_id).to_json()
        for unit in set(map(_UNIT, items)):
            units.setdefault(unit, []).append(target_id)
    registry_meta, key = registry_at
    if registry is not None:
        cache_writes.save_registry(registry_path, key, registry)
    cache_writes.save_strings(registry_path, "units", {u: sorted(t) for u, t in units.items()})
    ids = "\n".join(chain.from_iterable(map(_ID, items) for items in memory.by_target.values()))
    cache_writes.save_strings(registry_path, "ids", ids)
    snapshot = cache.Snapshot(registry_meta, metas, aggregates, started, packed)
    cache_writes.save_snapshot(registry_path, snapshot)


_UNIT, _ID = attrgetter("unit"), attrgetter("id")


def parse_file(path: Path, registry: Registry) -> list[Entry]:
    from cds_tracker.progress.reading import load_progress

    loaded = load_progress(registry, [path], display=display_path)
    if loaded.problems:
        raise invalid(display_path(path), loaded.problems, "progress_file")
    return list(loaded.entries)


def _registry_bytes(path: Path, shown: str) -> bytes:
    try:
        return read_regular(path)
    except OSError as exc:
        problem = Problem(shown, 1, 1, msg("load.cannot_read", reason=os_reason(exc)))
        raise invalid(shown, (problem,)) from None


def invalid(shown: str, problems: tuple[Problem, ...], what: str = "registry") -> DataError:
    count = len(problems)
    return DataError(msg(f"open.invalid_{what}", path=shown, count=count), problems)


def as_of_date(text: str | None) -> dt.date:
    return dt.date.today() if text is None else parse_date(text, option="--as-of")


def past_month(month_text: str | None, as_of_text: str | None) -> Msg | None:
    """A note for `--month` naming a month already over with no `--as-of`: the statuses are
    today's, not the month's (a letter for 03/2024 written in 2026 is dated today and calls a
    target due 12/2024 late); the hint names the month's last day. None otherwise."""
    if month_text is None or as_of_text is not None:
        return None
    month, today = parse_month(month_text), as_of_date(None)
    if month.last_day >= today:
        return None
    end = format_date(month.last_day)
    return msg("month.past_today", month=month.display(), today=format_date(today), end=end)


__all__ = ["Opened", "as_of_date", "open_registry", "open_tracker", "past_month"]
