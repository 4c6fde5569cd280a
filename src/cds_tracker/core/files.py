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

from cds_tracker.core.errors import Msg, Text, msg

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def kind_of(mode: int) -> Msg:
    """What a path holds, as a message's value: "a folder", "a named pipe (FIFO)" …"""
    if stat.S_ISLNK(mode):
        return msg("file.kind.link")
    if stat.S_ISDIR(mode):
        return msg("file.kind.folder")
    if stat.S_ISFIFO(mode):
        return msg("file.kind.pipe")
    if stat.S_ISSOCK(mode):
        return msg("file.kind.socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return msg("file.kind.device")
    if stat.S_ISREG(mode):
        return msg("file.kind.file")
    return msg("file.kind.other")


class NotRegular(OSError):
    """The path holds something other than a regular file; `reason` says what, in words the CLI
    puts into the reader's language (`errors.os_reason`)."""

    def __init__(self, mode: int, expected: Msg | None = None, subject: Text | None = None) -> None:
        self.reason = msg(
            "file.not_kind",
            subject=subject if subject is not None else msg("file.it"),
            kind=kind_of(mode),
            expected=expected or msg("file.kind.regular"),
        )
        super().__init__(errno.EINVAL, self.reason.key)


def existing_kind(path: Path) -> int | None:
    """The `lstat` mode of `path` (links not followed), or None when nothing is there."""
    try:
        return os.lstat(path).st_mode
    except FileNotFoundError:
        return None


def check_regular_or_absent(path: Path, subject: Text | None = None) -> None:
    """Raise `NotRegular` unless `path` is a regular file (not a link) or does not exist."""
    mode = existing_kind(path)
    if mode is not None and not stat.S_ISREG(mode):
        raise NotRegular(mode, subject=subject)


def check_real_folder(path: Path, subject: Text | None = None) -> None:
    """Raise `NotRegular` if `path` exists as anything but a folder (a link to one included)."""
    mode = existing_kind(path)
    if mode is not None and not stat.S_ISDIR(mode):
        raise NotRegular(mode, msg("file.kind.folder"), subject)


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
