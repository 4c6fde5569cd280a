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

from cds_tracker.core.errors import CdsError, msg
from cds_tracker.core.files import check_regular_or_absent

DEFAULT_TIMEOUT = 30.0


class LockTimeout(CdsError):
    """Another writer held the lock for longer than we are willing to wait."""


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


@contextmanager
def exclusive_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    limit = _timeout() if timeout is None else timeout
    path.parent.mkdir(parents=True, exist_ok=True)
    # A link or a pipe planted as the lock is refused, not followed.
    check_regular_or_absent(path, subject=msg("file.lock_beside", name=path.name))
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags, 0o644)
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
