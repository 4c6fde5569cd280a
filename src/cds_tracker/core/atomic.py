"""Replacing a file so that readers see the old bytes or the new, never a mix.

A rename needs only the right to write the folder, so on its own it would replace a file its
user may not write (a registry made read-only, 0444, on purpose) and give the copy new
permissions (a 0600 registry would become 0644) or swap a symbolic link for a regular file. The
file in place is therefore checked first (docs/reliability.md, "Writing"): a link, a folder or a
pipe is refused, a file the user may not write is refused as the system would refuse writing it
in place, and the new copy keeps the old one's permissions and, where the system allows, owner.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cds_tracker.core.errors import Msg


class Refused(PermissionError):
    """A file `replace_file` will not replace; `reason` says why, as a catalogue message."""

    def __init__(self, path: Path, reason: Msg) -> None:
        super().__init__(errno.EACCES, reason.key, str(path))
        self.reason = reason


def replace_file(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to a temporary file beside `path` (unique per process), then rename it over
    `path`. `durable` also fsyncs it first: for user data, not for caches that can be rebuilt."""
    old = replaceable(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if temporary.is_symlink():  # its name is predictable: a planted link is removed, not followed
        temporary.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        with os.fdopen(os.open(temporary, flags, 0o644), "wb") as handle:
            if old is not None:
                _keep_owner_and_mode(handle.fileno(), old)
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        temporary.replace(path)
    finally:
        if temporary.exists():
            temporary.unlink()


def replaceable(path: Path) -> os.stat_result | None:
    """The status of the regular file at `path` (None: nothing there), after refusing what may
    not be replaced: a link (it would become a file), anything not a regular file, and a file
    the user may not write: no write permission for this user (`os.access`, which asks as the
    real user), or no write bit for anyone (root would pass the first; a file made read-only for
    everyone is meant to stay as it is)."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(status.st_mode):
        raise Refused(path, _msg("file.write_link"))
    if not stat.S_ISREG(status.st_mode):
        from cds_tracker.core.files import NotRegular

        refused = NotRegular(status.st_mode)
        refused.filename = str(path)
        raise refused
    if not os.access(path, os.W_OK) or not status.st_mode & 0o222:
        raise Refused(path, _msg("file.write_read_only"))
    return status


def check_replace(path: Path) -> None:
    """Refuse, before any write, what `replace_file(path)` would fail at: the file as
    `replaceable` checks it, and its folder, which must take a new file and a rename (the
    write's own two steps). A folder made read-only (0555, a closed year's plans/2023/) takes
    neither though the file in it be writable: a command writing two plans found that only
    after writing the first (a11-04). The folder is asked by doing it: a probe file made beside
    `path`, renamed, removed; a permission refused is `Refused`, naming `path`."""
    import tempfile

    replaceable(path)
    try:
        fd, made = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=path.parent)
    except FileNotFoundError:
        return  # no folder yet: the writer makes it, or says it cannot
    except OSError as exc:
        raise _named(exc, path) from None
    os.close(fd)
    probe = Path(made)
    try:
        probe = probe.rename(f"{made}.moved")
    except OSError as exc:
        raise _named(exc, path) from None
    finally:
        probe.unlink(missing_ok=True)


def _named(exc: OSError, path: Path) -> OSError:
    """The probe's failure as the write's: a permission refused is the folder's (`Refused`),
    another (a read-only file system) the system's own, each naming `path`, never the probe."""
    if isinstance(exc, PermissionError):
        return Refused(path, _msg("file.write_folder"))
    return OSError(exc.errno, exc.strerror, str(path))


def _msg(key: str) -> Msg:
    from cds_tracker.core.errors import msg

    return msg(key)


def _keep_owner_and_mode(fd: int, old: os.stat_result) -> None:
    """Give the new copy the old file's owner and group where the system lets us (root may; a
    user may keep a group they belong to), then its permissions (after chown, which clears
    set-id bits)."""
    if hasattr(os, "fchown"):
        for uid, gid in ((old.st_uid, old.st_gid), (-1, old.st_gid)):
            try:
                os.fchown(fd, uid, gid)
                break
            except OSError:
                continue
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
