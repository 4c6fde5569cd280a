"""Writing the cache: a value stored under a name, replaced whole; what a read leaves for the next.

Apart from reading it (cache.py) because a warm command only reads: the files it finds are
checked and used, and only a cold read, a file grown since or an answer computed afresh writes.
So this module, and msgspec with it, is imported only where something is written. Everything
written carries cache.py's tagged header and is created as cache.py creates a file: never
through a symlink, readable by this user only, made whole under a temporary name first.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cds_tracker.app import cache
from cds_tracker.core.records import Registry

_made: set[Path] = set()  # folders this process made (or found) as real folders


def write(folder: Path, name: str, value: Any) -> None:
    """Store `value` under `name`, replacing it whole; a cache that cannot be written is only a
    slower next run, so failures are ignored."""
    key = cache.secret()
    if key is None:
        return
    with contextlib.suppress(ValueError, TypeError):
        payload = encode_json(value)
        store(folder, name, (cache.header(key, name, payload), payload))  # not joined: no copy


def store(folder: Path, name: str, data: bytes | tuple[bytes, ...] | Iterator[bytes]) -> bool:
    """Write `data` (or its parts) as the file `name`, replacing it whole; False if it could
    not be."""
    with contextlib.suppress(OSError):
        # A folder removed since this process made it is made again, once (parts only if they
        # were not taken yet: they are made as they are written).
        for _ in range(2 if isinstance(data, bytes | tuple) else 1):
            if folder not in _made:
                folder.mkdir(mode=0o700, exist_ok=True)
                if not stat.S_ISDIR(os.lstat(folder).st_mode):
                    return False
                _made.add(folder)
            try:
                _replace(folder, name, data)
                return True
            except FileNotFoundError:
                _made.discard(folder)
    return False


def _replace(folder: Path, name: str, data: bytes | tuple[bytes, ...] | Iterator[bytes]) -> None:
    temporary = folder / f".{name}.{os.urandom(6).hex()}.tmp"
    try:
        cache.create_new(temporary, data)
        temporary.replace(folder / name)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


def encode_json(value: Any) -> bytes:
    """Compact JSON, as `json.dumps` writes it, several times faster (a cold read writes 100,000
    entries). A NaN, which JSON cannot hold, is written null: the entry or record that held it
    then fails its check on reading, and is rebuilt from the files."""
    import msgspec

    return msgspec.json.encode(value)


def save_snapshot(registry_path: Path, snapshot: cache.Snapshot) -> None:
    folder = cache.folder_of(registry_path)
    if folder is not None:
        value = [
            _meta_value(snapshot.registry),
            {name: _meta_value(meta) for name, meta in snapshot.files.items()},
            snapshot.aggregates,
            snapshot.read_ns,
            snapshot.packed,
        ]
        write(folder, "snapshot", value)


def _meta_value(meta: cache.FileMeta) -> list[Any]:
    return [meta.size, meta.digest, list(meta.stamp)]


def save_registry(registry_path: Path, registry_digest: str, registry: Registry) -> None:
    folder = cache.folder_of(registry_path)
    if folder is not None:
        # msgspec writes a record (a named tuple) as the list of its fields and a tuple as a
        # list, what `cache_codec.decode` reads back: no copy of its 40,000 values made first.
        write(folder, "registry", [registry_digest, registry])


def forget_figures(registry_path: Path) -> None:
    """Drop every cached figure (app/cached_figures.py): after a full read, entries may differ
    in ways a figure's stamp (count, last id) does not show."""
    folder = cache.folder_of(registry_path)
    if folder is None:
        return
    with contextlib.suppress(OSError):
        for path in (*folder.glob("f-*"), *folder.glob("s-*")):
            path.unlink()


def save_strings(registry_path: Path, name: str, value: Any) -> None:
    folder = cache.folder_of(registry_path)
    if folder is not None:
        write(folder, name, value)
