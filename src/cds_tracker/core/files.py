"""Reading a file without trusting what sits at its path.

A path named like a data file may be a named pipe (reading it waits forever for a writer), a
folder, a device, or a symbolic link out of the registry. Everything cds reads or writes goes
through these checks: `lstat` first, and files opened non-blocking, so nothing ever hangs.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def kind_of(mode: int) -> str:
    """What a path holds, in the words of an error message."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISREG(mode):
        return "a file"
    return "not a regular file"


class NotRegular(OSError):
    """The path holds something other than a regular file; `strerror` says what."""

    def __init__(self, mode: int, expected: str = "a regular file", subject: str = "it") -> None:
        super().__init__(errno.EINVAL, f"{subject} is {kind_of(mode)}, not {expected}")


def existing_kind(path: Path) -> int | None:
    """The `lstat` mode of `path` (links not followed), or None when nothing is there."""
    try:
        return os.lstat(path).st_mode
    except FileNotFoundError:
        return None


def check_regular_or_absent(path: Path, subject: str = "it") -> None:
    """Raise `NotRegular` unless `path` is a regular file (not a link) or does not exist."""
    mode = existing_kind(path)
    if mode is not None and not stat.S_ISREG(mode):
        raise NotRegular(mode, subject=subject)


def check_real_folder(path: Path, subject: str = "it") -> None:
    """Raise `NotRegular` if `path` exists as anything but a folder (a link to one included)."""
    mode = existing_kind(path)
    if mode is not None and not stat.S_ISDIR(mode):
        raise NotRegular(mode, "a folder", subject)


def read_regular(path: Path, *, follow_links: bool = True) -> bytes:
    """The bytes of the regular file at `path`; OSError (never a hang) for anything else."""
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | (0 if follow_links else _NOFOLLOW))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(mode)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(fd)
