"""A cache of checked registries, so a command answers without re-reading every file.

Correct before fast: what is cached is keyed on the *content* of the files it came from (size and
a BLAKE2 digest of every byte, plus the tool's version and the cache format). A file whose
status (size, modification and change times, inode) is exactly as recorded is not read again,
unless it changed within two seconds before it was recorded ("racily clean", as git calls it:
a coarse clock could hide a second change); on Windows, where the change time is the creation
time, every file is hashed. Progress files only grow, so when a file's first N bytes still hash to
what was cached, only the bytes after N are read.

Data only, and only ours. Everything is JSON of plain values decoded into cds's own record types
(cache_codec.py): no file can make the cache build an object or run code. Each file carries a
keyed BLAKE2 tag (a MAC) made with a random key kept in the cache folder (0600, in a folder only
the user may write): a file planted or edited by anyone else, or moved from one name to another,
fails the check and is ignored; so is one that is not a regular file (a symlink, a FIFO, a
folder), too large, cut short or not JSON. Whatever is ignored is rebuilt from the registry's own
files. The folder for a registry is named by a keyed hash of its path, so it cannot be predicted
either. `--no-cache` or CDS_NO_CACHE=1 turn the cache off. What a command writes to the cache goes
through cache_writes.py, imported only then: a warm command only reads.

Layout of a registry's folder: `registry` (the checked registry), `snapshot` (files' keys,
each target's `Aggregate`, where its entries lie), `entries` (every target's entries after a full
read, one tagged chunk per target: cache_entries.py), `t-<hash>` (one target's entries, after an
append), `f-<hash>` and `s-<hash>` (a target's indicator figures and their series:
cached_figures.py), `units` (the targets each unit reported on), `ids` (every entry id, to spot
a repeated id in appended entries).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cds_tracker import __version__
from cds_tracker.app.cache_codec import Damaged, decode
from cds_tracker.app.userdirs import cache_disabled, cache_root
from cds_tracker.core.records import Registry
from cds_tracker.core.tuples import Record

# Keyed BLAKE2 and a constant-time comparison without loading OpenSSL: importing hashlib or hmac
# loads it (~4 ms of every warm answer), and the cache needs neither its other digests nor its
# HMAC. hashlib.blake2b *is* _blake2.blake2b, and _operator's comparison is the constant-time
# one hmac uses where OpenSSL is missing; a Python without them has the public names. Nothing
# about the tags changes (docs/reliability.md, class 1).
try:
    from _blake2 import blake2b as blake2b
    from _operator import _compare_digest
except ImportError:  # pragma: no cover (CPython has both)
    from hashlib import blake2b as blake2b
    from hmac import compare_digest as _compare_digest  # type: ignore[no-redef]
compare_digest = _compare_digest

# JSON read by CPython's C scanner, the one `json.loads` runs, without importing `json`: its
# import compiles three regular expressions that scanner never uses (~5 M instructions, 2 % of a
# warm `cds due`). A Python without it reads through `json` itself.
try:
    from _json import make_scanner
except ImportError:  # pragma: no cover (CPython has it)
    make_scanner = None  # type: ignore[misc, assignment]


class _AsJsonLoads:
    """The settings `json.loads` gives the scanner when called without options."""

    strict = True
    object_hook = object_pairs_hook = None
    parse_float, parse_int = float, int
    parse_constant = {"-Infinity": -float("inf"), "Infinity": float("inf"), "NaN": float("nan")}.get


_scan: Any = None if make_scanner is None else make_scanner(_AsJsonLoads)  # type: ignore[arg-type]

FORMAT = 17  # 17: a unit's `merged` (written merged_into: a merger, never a rename)
# 16: of one unit's reports on a target written within one second, the one
# written last is the later (questions/timeline.py `in_order`), not the one of the larger id;
# 15: a figure's parts as status counts them, an heir's one per part it took
# over (questions/heir_parts.py), the plan's first day in a key of changing units; 14: a series'
# past points with the units of their day (a merger's ward counted for itself before it); 13:
# aggregates keep the day each unit's run of "done" began (questions/finished.py); 12: figures'
# series in files of their own (s-<hash>); 11: an ongoing
# target's aggregate as of its plan's last window; 10: entries packed in one file; 9: units in time;
# 8: JSON with a keyed tag, aggregates and figures per target, corrections counted from their
# own day (7: corrected entries kept; 6: Office, email)
MAX_FILE = 256 * 1024 * 1024  # far above any real cache file; refuse, not exhaust memory
RACY_NS = 2_000_000_000  # changes closer than this to the snapshot are checked by content
_disabled = False
_keys: dict[Path, bytes] = {}


def disable(flag: bool = True) -> None:
    global _disabled
    _disabled = flag


def enabled() -> bool:
    return not _disabled and not cache_disabled()


def root() -> Path:
    """The user's cache folder for cds (Windows, macOS and XDG conventions)."""
    return cache_root()


def digest(data: bytes) -> str:
    return blake2b(data, digest_size=20).hexdigest()


Stamp = tuple[int, int, int, int, int]  # size, mtime_ns, ctime_ns, inode, device


def stamp_of(info: os.stat_result) -> Stamp:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


# Named tuples, not dataclasses: a warm start makes these classes at every run, and a
# dataclass compiles its methods then (docs/performance.md).
class FileMeta(Record):
    size: int
    digest: str
    stamp: Stamp = (0, 0, 0, 0, 0)  # as seen when the digest was made; zeros: unknown

    def unchanged(self, info: os.stat_result, since_ns: int) -> bool:
        """True when the status alone proves the content is what was hashed."""
        return (
            os.name != "nt"
            and self.stamp[0] == self.size
            and stamp_of(info) == self.stamp
            and self.stamp[2] < since_ns - RACY_NS
        )


class Snapshot(Record):
    """What one registry looked like when last read, checked and valid."""

    registry: FileMeta
    files: dict[str, FileMeta]  # progress file name → what it held
    aggregates: dict[str, Any]  # target → its `Aggregate` as JSON values (decoded when asked)
    read_ns: int  # when the files were read (before): a file changed since has a later ctime
    # target → where its entries lie in the pack (cache_entries.py); a target not named here
    # has its own file (written after an append)
    packed: dict[str, Any]


# --- the key, the folder, and files that only this user's cds can have written -------------


def secret() -> bytes | None:
    """The random key of this user's cache; None (no cache) if the folder is not safely ours."""
    base = root()
    if base in _keys:
        return _keys[base]
    try:
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(base)
        if not stat.S_ISDIR(info.st_mode):
            return None
        if os.name != "nt" and (info.st_uid != os.getuid() or info.st_mode & 0o022):
            return None  # others may write here: nothing read from it can be trusted
        path = base / "key"
        key = read_regular(path, 64)
        if key is None or len(key) != 32:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            key = os.urandom(32)
            create_new(path, key)
    except OSError:
        return None
    _keys[base] = key
    return key


def folder_of(registry_path: Path) -> Path | None:
    base = root()
    found = _folders.get((base, registry_path))
    if found is None and os.environ.get("CDS_CACHE_DIR"):
        _apart(base, registry_path)  # before the key: refused, nothing is made there
    key = secret()
    if key is None:
        return None
    if found is None:
        text = os.fsencode(
            registry_path.resolve()
        )  # a name that is not UTF-8 is bytes as the OS has them
        found = base / blake2b(text, key=key, digest_size=12).hexdigest()
        _folders[(base, registry_path)] = found
    return found


def _apart(base: Path, registry_path: Path) -> None:
    """UsageError (exit 2) if the cache folder a user chose (CDS_CACHE_DIR) and the plan's folder
    (the registry's, with its progress/) overlap: the cache's key and files would lie among the
    plan's, to be committed with it, copied to others, or read as its data (CDS_CACHE_DIR=.cache
    run in a plan). Not the default place: a registry kept in one's home holds ~/.cache."""
    from cds_tracker.app.discovery import display_path
    from cds_tracker.core.errors import UsageError, msg

    cache, plan = base.resolve(), registry_path.resolve().parent
    if plan.parent.name == "plans":  # a workspace's plan: another plan's folder is as bad
        plan = plan.parent  # (plans/2024/progress/c while --plan 2023 runs)
    if cache == plan or plan in cache.parents or cache in plan.parents:
        shown = {"cache": display_path(cache), "plan": display_path(plan)}
        raise UsageError(msg("cache.inside_plan", **shown), hint=msg("cache.hint.inside_plan"))


_folders: dict[tuple[Path, Path], Path] = {}  # a cold read writes a thousand files to one


def tag(key: bytes, name: str, payload: bytes) -> str:
    mac = blake2b(name.encode("utf-8") + b"\0" + payload, key=key, digest_size=16)
    return mac.hexdigest()


def header(key: bytes, name: str, payload: bytes) -> bytes:
    return f"cds-cache {FORMAT} {__version__} {tag(key, name, payload)}\n".encode()


def read_regular(path: Path, limit: int, span: tuple[int, int] | None = None) -> bytes | None:
    """The bytes of a regular file of at most `limit` bytes, or only the `span` (offset,
    length) of it; None for anything else, or a file shorter than the span.

    Opened without following a symlink and without blocking (a FIFO would wait forever)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        offset, length = (0, info.st_size) if span is None else span
        if not stat.S_ISREG(info.st_mode) or length > limit or offset + length > info.st_size:
            return None
        os.lseek(fd, offset, os.SEEK_SET)
        chunks = []
        while length > 0 and (chunk := os.read(fd, min(length, 1 << 20))):
            chunks.append(chunk)
            length -= len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def create_new(path: Path, data: bytes | tuple[bytes, ...] | Iterator[bytes]) -> None:
    """A new file, never through a symlink, readable by this user only; `data` may come in
    parts, each written as it is made (a pack of a million entries is never whole in memory)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
    try:
        for part in (data,) if isinstance(data, bytes) else data:  # written part by part
            view = memoryview(part)
            while view:
                view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def read(folder: Path, name: str) -> Any:
    """The JSON value stored under `name`, or None if absent, foreign or damaged."""
    key = secret()
    raw = read_regular(folder / name, MAX_FILE)
    if key is None or raw is None:
        return None
    head, _, payload = raw.partition(b"\n")
    expected = header(key, name, payload)[:-1]
    if not compare_digest(head, expected):
        return None
    try:
        return loads(payload)
    except (ValueError, RecursionError):
        return None


def loads(payload: bytes) -> Any:
    """`json.loads(payload)` for UTF-8 text (all cds writes): the same value, or ValueError."""
    if _scan is None:  # pragma: no cover
        import json

        return json.loads(payload)
    # as json.loads reads UTF-8: a byte order mark and spaces around the value left out
    text = payload.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogatepass").strip(" \t\n\r")
    try:
        value, end = _scan(text, 0)
    except StopIteration:  # no value at all
        raise ValueError("not JSON") from None
    if end != len(text):
        raise ValueError("more than one JSON value")
    return value


# --- what is stored ---------------------------------------------------------------------------


def _meta(value: Any) -> FileMeta:
    size, hashed, stamp = value
    if type(size) is not int or type(hashed) is not str:
        raise Damaged("file key")
    checked = tuple(stamp)
    if len(checked) != 5 or any(type(n) is not int for n in checked):
        raise Damaged("file stamp")
    return FileMeta(size, hashed, checked)


def load_snapshot(registry_path: Path) -> Snapshot | None:
    folder = folder_of(registry_path)
    value = None if folder is None else read(folder, "snapshot")
    if type(value) is not list:
        return None
    try:
        registry, files, aggregates, written, packed = value
        if (
            type(files) is not dict
            or type(aggregates) is not dict
            or type(written) is not int
            or type(packed) is not dict
        ):
            return None
        found = {str(n): _meta(m) for n, m in files.items()}
        return Snapshot(_meta(registry), found, aggregates, written, packed)
    except (TypeError, ValueError):
        return None


def _meta_value(meta: FileMeta) -> list[Any]:
    return [meta.size, meta.digest, list(meta.stamp)]


def load_registry(registry_path: Path, registry_digest: str) -> Registry | None:
    """The checked registry alone, when the cache holds it for exactly these bytes."""
    folder = folder_of(registry_path)
    value = None if folder is None else read(folder, "registry")
    if type(value) is not list or len(value) != 2 or value[0] != registry_digest:
        return None
    try:
        registry: Registry = decode(Registry, value[1])
    except (Damaged, TypeError, ValueError):
        return None
    return registry


def load_strings(registry_path: Path, name: str) -> Any:
    """`units` (unit → target ids) or `ids` (every entry id): plain JSON, checked by the caller."""
    folder = folder_of(registry_path)
    return None if folder is None else read(folder, name)
