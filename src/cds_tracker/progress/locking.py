"""An exclusive, cross-process lock on a file, for Windows and POSIX.

The operating system releases the lock when its holder dies (flock, msvcrt.locking), so a crashed
writer never blocks the next one; waiting is still bounded, with a clear message, in case a
network file system keeps a lock alive.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cds_tracker.core.errors import CdsError, Text, msg, os_reason
from cds_tracker.core.files import check_regular_or_absent

DEFAULT_TIMEOUT = 30.0


class LockTimeout(CdsError):
    """Another writer held the lock for longer than we are willing to wait."""


class LockUnavailable(CdsError):
    """The lock could not be made in its folder (read-only, no permission): before any write,
    so nothing was written. Said as the folder the user knows, never as the lock file the user
    never made (attack 17 a17_06: "không truy cập được '/…/progress/.lock'", no hint); `reason`
    kept for a writer that names its own file instead (progress/writing.py `append_entry`)."""

    def __init__(self, folder: str, reason: Text) -> None:
        super().__init__(
            msg("lock.cannot", folder=folder, reason=reason), msg("lock.hint.cannot", folder=folder)
        )
        self.reason = reason


def _timeout() -> float:
    try:
        return float(os.environ.get("CDS_LOCK_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def shown_folder(folder: Path) -> str:
    """`folder` as every path cds prints is shown: relative to the current folder when under
    it (app/discovery.py `display_path`'s rule), on one visible line."""
    from cds_tracker.output.sanitize import visible_line

    try:
        return visible_line(folder.resolve().relative_to(Path.cwd().resolve()).as_posix())
    except (ValueError, OSError):
        return visible_line(str(folder))


@contextmanager
def exclusive_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    limit = _timeout() if timeout is None else timeout
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LockUnavailable(shown_folder(path.parent), os_reason(exc)) from None
    # A link or a pipe planted as the lock is refused, not followed.
    check_regular_or_absent(path, subject=msg("file.lock_beside", name=path.name))
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        raise LockUnavailable(shown_folder(path.parent), os_reason(exc)) from None
    try:
        deadline = time.monotonic() + limit
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockTimeout(
                    msg("lock.busy", folder=path.parent, seconds=f"{limit:g}"),
                    hint=msg("lock.hint.busy", path=path),
                )
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
