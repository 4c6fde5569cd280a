"""What the cache records of a registry's files, and how a later command tells they are unchanged.

A file is keyed on its size and digest, with the status it had when read (`cache.FileMeta`); the
registry's key includes, in a workspace, the unit changes file's (`registry_key`).
"""

from __future__ import annotations

import os
from pathlib import Path

from cds_tracker.app import cache
from cds_tracker.core.files import read_regular


def file_meta(data: bytes, info: os.stat_result) -> cache.FileMeta:
    stamp = cache.stamp_of(info) if info.st_size == len(data) else (0, 0, 0, 0, 0)
    return cache.FileMeta(len(data), cache.digest(data), stamp)


CHANGES_KEY = "@changes"  # the workspace's unit changes file, among a snapshot's files
_NO_FILE = "-"  # the digest recorded when a workspace has no changes file yet


def changes_meta(registry_path: Path) -> cache.FileMeta | None:
    """What the registry's cache key includes of the workspace's unit changes: None outside a
    workspace; in one, the changes file's size and digest (a mark when there is none)."""
    from cds_tracker.registry.unit_changes import changes_path

    path = changes_path(registry_path)
    if path is None:
        return None
    try:
        info = path.lstat()
        data = read_regular(path, follow_links=False)  # a link is refused by loading too
    except FileNotFoundError:
        return cache.FileMeta(0, _NO_FILE)
    except OSError:
        return cache.FileMeta(0, "?")  # loading reports it; "?" is never a file's digest
    return file_meta(data, info)


def changes_unchanged(registry_path: Path, meta: cache.FileMeta | None, since_ns: int) -> bool:
    from cds_tracker.registry.unit_changes import changes_path

    path = changes_path(registry_path)
    if path is None or meta is None:
        return path is None and meta is None
    if meta.digest == _NO_FILE:
        return not path.exists() and not path.is_symlink()
    return unchanged(path, meta, since_ns) is not None


def registry_key(digest: str, changes: cache.FileMeta | None) -> str:
    """The cached registry is keyed on its own bytes and, in a workspace, the changes file's."""
    return digest if changes is None else cache.digest(f"{digest}:{changes.digest}".encode())


def unchanged(path: Path, meta: cache.FileMeta, since_ns: int) -> cache.FileMeta | None:
    """`meta` when the registry file is what was cached (a fresher key when it had to be read
    to tell), None when it changed."""
    try:
        info = path.lstat()
        if meta.unchanged(info, since_ns):
            return meta
        data = read_regular(path)
    except OSError:
        return None
    now = file_meta(data, info)
    return now if now.digest == meta.digest else None
