"""Progress entries in the cache: every target's in one file after a full read, a target's own
file after an append (cache.py says why the cache can be trusted at all).

A full read writes one file, `entries`, of one chunk per target (the JSON of `[target, entries]`),
and the snapshot keeps, for each target, the chunk's offset, length and keyed tag: reading a
target's entries reads its chunk alone and checks its tag, so a chunk changed by anyone else, or
taken for another target's, is ignored like any damaged cache file. One file, not a file per
target: on a busy disk, creating a thousand files costs more than filling them. After an append,
the touched targets' entries are written to their own files (`t-<hash>`) and leave the pack.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from cds_tracker import __version__
from cds_tracker.app import cache
from cds_tracker.app.cache_codec import Damaged, decode
from cds_tracker.core.entries import Entry

PACK = "entries"


def target_name(target_id: str) -> str:
    return "t-" + cache.blake2b(target_id.encode("utf-8"), digest_size=10).hexdigest()


def save_pack(registry_path: Path, by_target: Mapping[str, Sequence[Entry]]) -> dict[str, Any]:
    """Every target's entries in the one file `entries`; returns where each lies (target →
    [offset, length, tag]) for the snapshot, or {} when nothing could be written."""
    folder, key = cache.folder_of(registry_path), cache.secret()
    if folder is None or key is None:
        return {}
    from cds_tracker.app.cache_writes import encode_json, store

    where: dict[str, Any] = {}

    def chunks() -> Iterator[bytes]:
        head = f"cds-cache {cache.FORMAT} {__version__} pack\n".encode()  # never read whole
        yield head
        offset = len(head)
        for target_id, entries in by_target.items():
            chunk = encode_json([target_id, entries])  # a named tuple is a list
            where[target_id] = [offset, len(chunk), cache.tag(key, target_name(target_id), chunk)]
            yield chunk
            offset += len(chunk)

    return where if store(folder, PACK, chunks()) else {}


def load_target_entries(registry_path: Path, target_id: str, packed: Any) -> list[Entry] | None:
    """A target's entries: from its chunk when `packed` (the snapshot's [offset, length, tag])
    says where, else from its own file; None if absent, foreign or damaged."""
    folder = cache.folder_of(registry_path)
    if folder is None:
        return None
    value = (
        cache.read(folder, target_name(target_id))
        if packed is None
        else _chunk(folder, target_id, packed)
    )
    if type(value) is not list or len(value) != 2 or value[0] != target_id:
        return None
    try:
        entries = entries_from_json(value[1])
    except (Damaged, TypeError, ValueError):
        return None
    if any(e.target != target_id for e in entries):
        return None
    return entries


def _chunk(folder: Path, target_id: str, packed: Any) -> Any:
    key = cache.secret()
    if key is None or type(packed) is not list or len(packed) != 3:
        return None
    offset, length, tag = packed
    if type(offset) is not int or type(length) is not int or type(tag) is not str or offset < 0:
        return None
    data = cache.read_regular(folder / PACK, cache.MAX_FILE, (offset, length))
    if data is None or not cache.compare_digest(cache.tag(key, target_name(target_id), data), tag):
        return None
    try:
        return cache.loads(data)
    except (ValueError, RecursionError):
        return None


def save_target_entries(registry_path: Path, target_id: str, entries: list[Entry]) -> None:
    from cds_tracker.app.cache_writes import write

    folder = cache.folder_of(registry_path)
    if folder is not None:
        write(folder, target_name(target_id), [target_id, entries])


_LAYOUT = (
    ("id", "target", "unit", "status", "date", "written"),
    ("values",),
    ("note", "obstacles", "proposals"),
    ("evidence",),
    ("by",),
    ("corrects",),
    ("forced",),
    ("counts",),
)


def entries_from_json(value: Any) -> list[Entry]:
    """Entries from rows of their fields. Written out for the layout of `Entry` (100,000 rows
    must load in milliseconds); the generic decoder takes over if that layout ever changes."""
    if Entry._fields != tuple(name for group in _LAYOUT for name in group):
        decoded: list[Entry] = decode(list[Entry], value)
        return decoded
    if type(value) is not list:
        raise Damaged("expected a list of entries")
    entries = []
    make = Entry._make
    for row in value:
        if type(row) is not list or len(row) != 15:
            raise Damaged("not an entry")
        entry_id, target, unit, status, date, written, values = row[:7]
        note, obstacles, proposals, evidence, by, corrects, forced, counts = row[7:]
        if not (
            type(entry_id) is str
            and type(target) is str
            and type(unit) is str
            and status in _STATUSES
            and type(date) is str
            and type(written) is str
            and type(values) is dict
            and type(note) is str
            and type(obstacles) is str
            and type(proposals) is str
            and type(evidence) is list
            and type(by) is str
            and (corrects is None or type(corrects) is str)
            and type(forced) is bool
            and all(type(v) is float for v in values.values())
            and all(type(d) is str for d in evidence)
            and type(counts) is dict
        ):
            raise Damaged("not an entry")
        row[10] = tuple(evidence)
        if counts:
            row[14] = {key: _count(pair) for key, pair in counts.items()}
        entries.append(make(row))
    return entries


_STATUSES = frozenset(("not_started", "in_progress", "done"))


def _count(pair: Any) -> tuple[int, int]:
    numerator, denominator = pair
    if type(numerator) is not int or type(denominator) is not int:
        raise Damaged("not a count")
    return numerator, denominator
