"""A cache of checked registries, so a command answers without re-parsing YAML.

Correct before fast: every entry is keyed on the *content* of the files it came from (size and a
BLAKE2 digest of every byte, plus the tool's version and the cache format), never on modification
times, so an edit that keeps the size and the mtime still invalidates it. Progress files only grow,
so when a file's first N bytes still hash to what was cached, only the bytes after N are parsed.

The cache lives in the user's cache folder, never in the registry's git tree. A corrupt or
unreadable cache is ignored and rebuilt; `--no-cache` or CDS_NO_CACHE=1 turn it off. Only this
package's own record classes may be unpickled from it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cds_tracker import __version__
from cds_tracker.app.userdirs import cache_disabled, cache_root
from cds_tracker.core.atomic import replace_file
from cds_tracker.core.records import Entry, Registry

FORMAT = 8  # 5: UTC-ordered timelines, counts, indicator scopes; 6: Office, Unit.email;
# 7: timelines keep corrected entries (a `corrects` column); 8: units in time
_disabled = False


def disable(flag: bool = True) -> None:
    global _disabled
    _disabled = flag


def enabled() -> bool:
    return not _disabled and not cache_disabled()


def root() -> Path:
    """The user's cache folder for cds (Windows, macOS and XDG conventions)."""
    return cache_root()


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


@dataclass(frozen=True)
class FileMeta:
    size: int
    digest: str


@dataclass(frozen=True)
class Snapshot:
    """What one registry looked like when last read, checked and valid."""

    registry_digest: str
    registry: Registry | None  # stored in a file of its own: it rarely changes
    files: dict[str, FileMeta]  # progress file name → what it held
    timelines: dict[str, tuple[str, str, str, str, str, str]]  # target → Timeline.pack()
    ids: str  # every entry id, joined by "\n", for spotting a duplicate in appended entries


def _folder(registry_path: Path) -> Path:
    key = hashlib.blake2b(str(registry_path.resolve()).encode("utf-8"), digest_size=12)
    return root() / key.hexdigest()


class _OwnRecordsOnly(pickle.Unpickler):
    """Refuse to build anything but cds's own plain records: a cache file is not trusted code."""

    def find_class(self, module: str, name: str) -> Any:
        if module in ("cds_tracker.core.records", "cds_tracker.app.cache") and not name.startswith(
            "_"
        ):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refusing {module}.{name}")


def _read(path: Path) -> Any:
    with path.open("rb") as handle:
        if handle.read(len(_magic())) != _magic():
            return None
        return _OwnRecordsOnly(handle).load()


def _magic() -> bytes:
    return f"cds-cache {FORMAT} {__version__}\n".encode()


def _write(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = _magic() + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    replace_file(path, data, durable=False)  # a lost cache is only a slower next run


def load_snapshot(registry_path: Path) -> Snapshot | None:
    folder = _folder(registry_path)
    try:
        snapshot = _read(folder / "snapshot")
        stored = _read(folder / "registry")
    except Exception:  # any damage means: rebuild
        return None
    if not (
        isinstance(snapshot, Snapshot)
        and isinstance(stored, tuple)
        and len(stored) == 2
        and stored[0] == snapshot.registry_digest
        and isinstance(stored[1], Registry)
    ):
        return None
    return dataclasses.replace(snapshot, registry=stored[1])


def load_registry(registry_path: Path, registry_digest: str) -> Registry | None:
    """The checked registry alone, when the cache holds it for exactly these bytes."""
    try:
        stored = _read(_folder(registry_path) / "registry")
    except Exception:  # any damage means: rebuild
        return None
    if (
        isinstance(stored, tuple)
        and len(stored) == 2
        and stored[0] == registry_digest
        and isinstance(stored[1], Registry)
    ):
        return stored[1]
    return None


def save_snapshot(registry_path: Path, snapshot: Snapshot, *, registry_changed: bool) -> None:
    folder = _folder(registry_path)
    with contextlib.suppress(OSError):  # a cache that cannot be written: a slower next run
        if registry_changed:
            _write(folder / "registry", (snapshot.registry_digest, snapshot.registry))
        _write(folder / "snapshot", dataclasses.replace(snapshot, registry=None))


def save_registry(registry_path: Path, registry_digest: str, registry: Registry) -> None:
    with contextlib.suppress(OSError):
        _write(_folder(registry_path) / "registry", (registry_digest, registry))


def load_entries(registry_path: Path, name: str, meta: FileMeta) -> list[Entry] | None:
    """The entries cached for one progress file, if they belong to exactly that content."""
    try:
        value = _read(_folder(registry_path) / f"{name}.entries")
    except Exception:
        return None
    if not (isinstance(value, tuple) and len(value) == 2 and value[0] == meta.digest):
        return None
    return [Entry._make(row) for row in value[1]]


def save_entries(registry_path: Path, name: str, meta: FileMeta, entries: list[Entry]) -> None:
    with contextlib.suppress(OSError):
        rows = [tuple(entry) for entry in entries]
        _write(_folder(registry_path) / f"{name}.entries", (meta.digest, rows))
