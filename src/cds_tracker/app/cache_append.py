"""Lines appended to progress files since the cache was made: only they are read and checked
(as JSON lines), and only the touched targets' entries, aggregates and the id list rewritten.
Anything off returns None, and the command reads everything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cds_tracker.app import cache, cache_entries, cache_writes
from cds_tracker.core.entries import Entry
from cds_tracker.core.records import Registry
from cds_tracker.questions.aggregates import Aggregate, closing_days


def append(
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
    closing = closing_days(registry)
    return _store_appended(registry_path, snapshot, metas, changed, added, ids, closing)


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
    closing: dict[str, dt.date],
) -> cache.Snapshot | None:
    aggregates = dict(snapshot.aggregates)
    packed = dict(snapshot.packed)
    for target_id, items in changed.items():
        cache_entries.save_target_entries(registry_path, target_id, items)
        aggregates[target_id] = Aggregate.of(items, closing.get(target_id)).to_json()
        packed.pop(target_id, None)  # its own file now
    units = cache.load_strings(registry_path, "units")
    if type(units) is not dict:
        return None
    for entry in added:
        seen = units.setdefault(entry.unit, [])
        if entry.target not in seen:
            seen.append(entry.target)
    cache_writes.save_strings(registry_path, "units", units)
    new_ids = "\n".join(e.id for e in added)
    cache_writes.save_strings(registry_path, "ids", f"{ids}\n{new_ids}" if ids else new_ids)
    return cache.Snapshot(snapshot.registry, metas, aggregates, snapshot.read_ns, packed)
