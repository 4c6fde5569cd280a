"""Replacing a file so that readers see the old bytes or the new, never a mix.

Kept free of other imports: the help cache uses it before anything else is loaded.
"""

from __future__ import annotations

import os
from pathlib import Path


def replace_file(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to a temporary file beside `path` (unique per process), then rename it over
    `path`. `durable` also fsyncs it first: for user data, not for caches that can be rebuilt."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if temporary.is_symlink():  # its name is predictable: a planted link is removed, not followed
        temporary.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        with os.fdopen(os.open(temporary, flags, 0o644), "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        temporary.replace(path)
    finally:
        if temporary.exists():
            temporary.unlink()
