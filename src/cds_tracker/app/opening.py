"""Opening the registry and its progress for a command, or stopping it with their problems.

From the cache when the files are what they were (or have only grown at the end); otherwise read,
checked and cached again. `cds validate` never uses the cache: it always reads everything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cds_tracker.app import cache
from cds_tracker.app.discovery import Found, display_path, find_registry
from cds_tracker.core.dates import parse_date
from cds_tracker.core.errors import DataError, Problem, UsageError
from cds_tracker.core.files import read_regular
from cds_tracker.core.records import Entry, Registry
from cds_tracker.progress.files import progress_file, progress_files
from cds_tracker.questions.queries import Tracker
from cds_tracker.questions.status import Packed, Timeline


@dataclass(frozen=True)
class Opened:
    found: Found
    registry: Registry
    tracker: Tracker

    @property
    def entries(self) -> list[Entry]:
        """Every progress entry (loaded on first use)."""
        return [entry for items in self.tracker.entries.values() for entry in items]


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
            "the registry in use is the read-only copy bundled with cds; nothing was written",
            hint="make your own with 'cds init DIR', then use --registry DIR (or CDS_REGISTRY)",
        )
    shown = display_path(found.path)
    raw = _registry_bytes(found.path, shown)
    if cache.enabled():
        cached = cache.load_registry(found.path, cache.digest(raw))
        if cached is not None:
            return found, cached
    result = load_registry_bytes(raw, path=found.path, display=shown)
    if result.registry is None:
        raise _invalid(f"the registry {shown} has", result.problems)
    if cache.enabled():
        cache.save_registry(found.path, cache.digest(raw), result.registry)
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

    shown = display_path(found.path)
    raw = _registry_bytes(found.path, shown)
    result = load_registry_bytes(raw, path=found.path, display=shown)
    if result.registry is None:
        raise _invalid(f"the registry {shown} has", result.problems)
    metas: dict[str, cache.FileMeta] = {}

    def read(path: Path) -> bytes:
        """Each file is read once: what is cached is keyed on exactly the bytes parsed."""
        data = read_regular(path)
        metas[path.name] = _meta(data)
        return data

    with bulk_load():
        progress = load_progress(
            result.registry, progress_files(found.path), display=display_path, read=read
        )
    if progress.problems:
        raise _invalid(f"the progress files of {shown} have", progress.problems)
    tracker = Tracker.of(result.registry, progress.entries)
    if cache.enabled():
        _save(found.path, raw, result.registry, metas, progress.entries, tracker)
    return Opened(found, result.registry, tracker)


def _meta(data: bytes) -> cache.FileMeta:
    return cache.FileMeta(len(data), cache.digest(data))


def _save(
    registry_path: Path,
    raw: bytes,
    registry: Registry,
    metas: dict[str, cache.FileMeta],
    entries: Iterable[Entry],
    tracker: Tracker,
) -> None:
    by_file: dict[str, list[Entry]] = {name.removesuffix(".yaml"): [] for name in metas}
    for entry in entries:
        by_file.setdefault(entry.unit, []).append(entry)
    for name, meta in metas.items():
        cache.save_entries(registry_path, name, meta, by_file.get(name.removesuffix(".yaml"), []))
    cache.save_snapshot(
        registry_path,
        cache.Snapshot(
            cache.digest(raw),
            registry,
            metas,
            {target: timeline.pack() for target, timeline in tracker.timelines.items()},
            "\n".join(e.id for items in by_file.values() for e in items),
        ),
        registry_changed=True,
    )


def _from_cache(found: Found) -> Opened | None:
    """The tracker from the cache, updated for appended entries; None when it must be rebuilt."""
    snapshot = cache.load_snapshot(found.path)
    if snapshot is None:
        return None
    try:
        raw = read_regular(found.path)
    except OSError:
        return None
    if cache.digest(raw) != snapshot.registry_digest:
        return None
    files = progress_files(found.path)
    if {path.name for path in files} != set(snapshot.files):
        return None
    grown: list[tuple[Path, bytes, cache.FileMeta]] = []
    for path in files:
        meta = snapshot.files[path.name]
        try:
            data = read_regular(path)
        except OSError:
            return None  # the full read says what is wrong with it
        if len(data) == meta.size and cache.digest(data) == meta.digest:
            continue
        if (
            len(data) > meta.size
            and data[meta.size - 1 : meta.size] in (b"\n", b"")
            and cache.digest(data[: meta.size]) == meta.digest
        ):
            grown.append((path, data, meta))
            continue
        return None  # edited, not appended: read everything again
    registry = snapshot.registry
    if registry is None:
        return None
    if grown:
        updated = _append(found.path, snapshot, grown)
        if updated is None:
            return None
        snapshot = updated
    timelines = _LazyTimelines(snapshot.timelines)
    loader = _entry_loader(found.path, snapshot, registry)
    return Opened(found, registry, Tracker(registry, timelines, loader))


class _LazyTimelines(dict[str, Timeline]):
    """Unpacks a target's timeline the first time a command asks for it."""

    def __init__(self, packed: dict[str, Packed]) -> None:
        super().__init__()
        self._packed = packed

    def get(self, key: str, default: Timeline | None = None) -> Timeline | None:  # type: ignore[override]
        if key not in self and key in self._packed:
            self[key] = Timeline.unpack(self._packed[key])
        return super().get(key, default)

    def items(self) -> Iterable[tuple[str, Timeline]]:  # type: ignore[override]
        for key in self._packed:
            self.get(key)
        return super().items()


def _entry_loader(
    registry_path: Path, snapshot: cache.Snapshot, registry: Registry
) -> Callable[[], list[Entry]]:
    def load() -> list[Entry]:
        entries: list[Entry] = []
        for name, meta in snapshot.files.items():
            cached = cache.load_entries(registry_path, name, meta)
            if cached is None:  # the cache lost a file: read that one from the YAML
                cached = _parse_file(registry_path.parent / "progress" / name, registry)
            entries += cached
        return entries

    return load


def _parse_file(path: Path, registry: Registry) -> list[Entry]:
    from cds_tracker.progress.reading import load_progress

    loaded = load_progress(registry, [path], display=display_path)
    if loaded.problems:
        raise _invalid(f"the progress file {display_path(path)} has", loaded.problems)
    return list(loaded.entries)


def _append(
    registry_path: Path, snapshot: cache.Snapshot, grown: list[tuple[Path, bytes, cache.FileMeta]]
) -> cache.Snapshot | None:
    """Check only the appended bytes; None if anything is off (the full read will say what)."""
    from cds_tracker.progress.reading import check_items
    from cds_tracker.registry.units import UnitIndex
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    registry = snapshot.registry
    assert registry is not None
    index = UnitIndex(registry.catalog.units, registry.catalog.official_titles)
    targets = {t.id: t for _, t in registry.targets()}
    known = f"\n{snapshot.ids}\n"  # searched, not split: 100,000 ids stay one string
    added: list[str] = []
    timelines = dict(snapshot.timelines)
    metas = dict(snapshot.files)
    for path, data, meta in grown:
        try:
            items = parse(decode(data[meta.size :]))
        except YamlFault:
            return None
        if not isinstance(items, list):
            return None
        good, findings = check_items(path, items, index, targets)
        if findings or len(good) != len(items):
            return None
        new = [entry for _, entry in good]
        for entry in new:
            if f"\n{entry.id}\n" in known or entry.id in added:
                return None
            if not _corrects_ok(entry, timelines):
                return None
            added.append(entry.id)
            timelines[entry.target] = (
                Timeline.unpack(timelines.get(entry.target, ("", "", "", "", "", "")))
                .with_entry(entry)
                .pack()
            )
        old = cache.load_entries(registry_path, path.name, meta)
        if old is None:
            return None
        metas[path.name] = cache.FileMeta(len(data), cache.digest(data))
        cache.save_entries(registry_path, path.name, metas[path.name], old + new)
    ids = "\n".join([snapshot.ids, *added]) if snapshot.ids else "\n".join(added)
    updated = cache.Snapshot(snapshot.registry_digest, registry, metas, timelines, ids)
    cache.save_snapshot(registry_path, updated, registry_changed=False)
    return updated


def _corrects_ok(entry: Entry, timelines: dict[str, Packed]) -> bool:
    """The rules of progress/rules.py, asked of the target's timeline: the corrected entry is in
    it (so of this target), by this unit, not corrected yet, not dated after the correction."""
    from cds_tracker.progress.rules import Corrected, correction_fault

    if entry.corrects is None:
        return True
    if entry.corrects == entry.id:
        return False
    timeline = Timeline.unpack(timelines.get(entry.target, ("", "", "", "", "", "")))
    if entry.corrects not in timeline.ids:
        return False
    at = timeline.ids.index(entry.corrects)
    by = next(
        (i for i, c in zip(timeline.ids, timeline.corrects, strict=True) if c == entry.corrects),
        None,
    )
    original = Corrected(entry.corrects, entry.target, timeline.units[at], timeline.dates[at], by)
    return correction_fault(original, entry.target, entry.unit, entry.date) is None


def _registry_bytes(path: Path, shown: str) -> bytes:
    try:
        return read_regular(path)
    except OSError as exc:
        problem = Problem(shown, 1, 1, f"cannot read file: {exc.strerror or exc}")
        raise _invalid(f"the registry {shown} has", (problem,)) from None


def _invalid(what: str, problems: tuple[Problem, ...]) -> DataError:
    count = len(problems)
    return DataError(
        f"{what} {count} problem{'s' if count != 1 else ''}; fix them (see 'cds validate')",
        problems,
    )


def as_of_date(text: str | None) -> dt.date:
    return dt.date.today() if text is None else parse_date(text, option="--as-of")


__all__ = ["Opened", "as_of_date", "open_registry", "open_tracker"]
