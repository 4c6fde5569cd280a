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

from cds_tracker.core.errors import Msg, Text, UsageError, msg, os_reason

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


class TooLarge(OSError):
    """The regular file holds more than the reader's limit: `size` bytes (as `fstat` says)."""

    def __init__(self, size: int) -> None:
        self.size = size
        super().__init__(errno.EFBIG, "file too large")


def read_regular(path: Path, *, follow_links: bool = True, limit: int | None = None) -> bytes:
    """The bytes of the regular file at `path`; OSError (never a hang) for anything else, and
    `TooLarge` past `limit` bytes, refused before reading (a file growing meanwhile is cut)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | (0 if follow_links else _NOFOLLOW))
    except OSError as error:  # O_NOFOLLOW met a link: say so, not "too many levels of links"
        if not follow_links and error.errno == errno.ELOOP and Path(path).is_symlink():
            raise NotRegular(stat.S_IFLNK) from None
        raise
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegular(status.st_mode)
        if limit is not None and status.st_size > limit:
            raise TooLarge(status.st_size)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            if limit is None:
                return handle.read()
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise TooLarge(len(data))
    return data


def check_named(path: Path, *, folder: bool = False, hint: Text | None = None) -> bool:
    """The one rule for a path the user names for cds to read (docs/reliability.md, "A path you
    name"): it must be a regular file (a link to one is followed), or a folder where `folder`
    allows one, and readable. Anything else is the wrong thing named, a usage error (exit 2)
    saying what the path is or why the system refused it, in the reader's words; a file whose
    content is invalid is the reader's business (exit 1). Nothing is read, no pipe or device is
    ever opened, so this never waits. True when the path is a folder."""
    try:
        mode = path.stat().st_mode
        if not (stat.S_ISREG(mode) or (folder and stat.S_ISDIR(mode))):
            expected = msg("file.kind.regular_or_folder" if folder else "file.kind.regular")
            subject = f"'{path}'"
            raise UsageError(
                msg("file.not_kind", subject=subject, kind=kind_of(mode), expected=expected),
                hint=hint,
            )
        # Opened to learn whether it may be read (root without its capabilities obeys the bits
        # too); a regular file or a folder, non-blocking: opening either never waits.
        os.close(os.open(path, os.O_RDONLY | _NONBLOCK))
    except FileNotFoundError:
        if not path.is_symlink():
            raise UsageError(msg("file.missing", path=path), hint=hint) from None
        raise UsageError(msg("file.named_dangling", path=path), hint=hint) from None
    except OSError as error:  # no permission, a file on the way where a folder should be …
        reason = os_reason(error)
        raise UsageError(msg("os.failed", path=path, reason=reason), hint=hint) from None
    return stat.S_ISDIR(mode)
