"""Writing progress: append one entry to one unit's file, atomically, under a lock.

An entry is appended as one line, `- {json object}`: YAML (a flow mapping) and JSON at once, so
`progress/lines.py` reads it at JSON speed, after proving that the line reads back to exactly the
entry either way. One line, because git's union merge works line by
line: it keeps both branches' new lines, but may keep one copy of a line both sides added (two
block-style entries written in the same second end with the same `written:` line). A line that
starts with the entry's unique id is never shared.

The file is never re-serialised, so people's comments and formatting and every earlier entry stay
byte for byte. A small entry goes in one `write()` of at most one page, which
the kernel does not split; a larger one is written to a copy that replaces the file, so a writer
killed at any moment leaves the file with or without the entry, never half of it.
"""

from __future__ import annotations

import math
import os
import stat
from contextlib import AbstractContextManager
from pathlib import Path

from cds_tracker.core.atomic import replace_file
from cds_tracker.core.entries import Entry, entry_data
from cds_tracker.core.errors import DataError, UsageError, msg, os_reason
from cds_tracker.core.files import (
    NotRegular,
    check_real_folder,
    check_regular_or_absent,
    read_regular,
)
from cds_tracker.progress.lines import entry_line, json_items
from cds_tracker.progress.locking import LockUnavailable, exclusive_lock
from cds_tracker.progress.tail import check_appendable
from cds_tracker.registry.models import check_entry
from cds_tracker.registry.yamlio import YamlFault, parse

LOCK_NAME = ".lock"
ONE_WRITE = 4096  # bytes: the most we trust a single append write() to land whole
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a link planted at the path is refused, not followed
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a named pipe planted there never makes us wait


def entry_text(entry: Entry) -> str:
    """One line for one sequence item, `- {json object}`, proven to read back as exactly this
    entry both as JSON (the fast reader) and as YAML (`validate` and hand-edited files)."""
    data = entry_data(entry)
    for value in data.get("values", {}).values():
        if not math.isfinite(value):
            raise UsageError(msg("entry.not_finite", value=value))
    text = entry_line(data)
    try:
        text.encode("utf-8")
        back = parse(text)
    except (UnicodeEncodeError, YamlFault):
        back = None
    if (
        text.count("\n") != 1
        or not isinstance(back, list)
        or len(back) != 1
        or json_items(text) != back
        or check_entry(back[0]) != entry
    ):
        raise UsageError(msg("entry.not_faithful"))
    return text


def _sequence_indent(path: Path) -> int:
    """How far the file's existing entries are indented, so an appended one lines up with them."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        head = handle.read(65536)
    for line in head.splitlines():
        stripped = line.lstrip(b" ")
        if not stripped or stripped.startswith(b"#"):
            continue
        return len(line) - len(stripped) if stripped.startswith(b"- ") else 0
    return 0


def append_entry(
    path: Path,
    entry: Entry,
    header: str,
    *,
    display: str | None = None,
    lock_held: bool = False,
) -> None:
    """Append `entry` to the progress file at `path` (created with `header` if new).

    The file must be a regular file (not a link, a pipe or a folder) in a real folder, and end
    as this writer leaves it (see `tail.py`); anything else is refused before a byte is written.
    `lock_held`: the caller already holds `progress_lock(path.parent)` — it read the file under
    it to decide what to write (an import's "already there?"), so that decision and the append
    are one step no other writer can come between.
    """
    payload = entry_text(entry).encode("utf-8")
    folder = path.parent
    shown = display or str(path)
    try:
        check_real_folder(folder)
        folder.mkdir(parents=True, exist_ok=True)
        check_real_folder(folder)
    except OSError as exc:
        raise DataError(
            msg("file.cannot_create", path=Path(shown).parent, reason=os_reason(exc))
        ) from None
    try:
        if lock_held:
            _append_locked(path, payload, header, shown)
        else:
            with exclusive_lock(folder / LOCK_NAME):
                _append_locked(path, payload, header, shown)
    except LockUnavailable as exc:  # its own file named, as ever; the hint the lock's
        unwritten = DataError(msg("file.unchanged", path=shown, reason=exc.reason))
        unwritten.hint = exc.hint
        raise unwritten from None
    except OSError as exc:
        raise DataError(msg("file.unchanged", path=shown, reason=os_reason(exc))) from None


def check_appendable_path(path: Path) -> None:
    """Refuse, before a command writes anything, a progress file `append_entry` would not
    write: one there that may not be written (a link, read-only: core/atomic.py), or one to be
    made in a folder that takes no new file. A command writing more than one file asks this of
    each first, so a refusal leaves all as they were (carry-over, a11-04)."""
    from cds_tracker.core.atomic import check_replace, replaceable

    if replaceable(path) is None:
        check_replace(path)  # a new file: its folder must take it


def progress_lock(folder: Path) -> AbstractContextManager[None]:
    """The lock every writer of the progress files in `folder` takes (see `append_entry`)."""
    return exclusive_lock(folder / LOCK_NAME)


def _append_locked(path: Path, payload: bytes, header: str, shown: str) -> None:
    check_regular_or_absent(path)
    existed = path.exists()
    start = b"" if existed else header.encode("utf-8")
    indent = _sequence_indent(path) if existed else 0
    if existed:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
        try:
            check_appendable(fd, shown, indent)
        finally:
            os.close(fd)
    if indent:
        payload = b"".join(
            (b" " * indent + line) if line.strip() else line
            for line in payload.splitlines(keepends=True)
        )
    if len(start) + len(payload) > ONE_WRITE:
        _replace_with_appended(path, start + payload)
    else:
        _append_once(path, start + payload)
    if not existed:
        _sync_folder(path.parent)


def _append_once(path: Path, payload: bytes) -> None:
    flags = os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | _NOFOLLOW | _NONBLOCK, 0o644)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(mode)
        if not mode & 0o222:  # read-only for everyone: root leaves it too (core/atomic.py)
            from cds_tracker.core.atomic import Refused

            raise Refused(path, msg("file.write_read_only"))
        size = os.fstat(fd).st_size
        prefix = b""
        if size > 0:
            os.lseek(fd, size - 1, os.SEEK_SET)
            if os.read(fd, 1) != b"\n":
                prefix = b"\n"
        data = prefix + payload
        try:
            written = os.write(fd, data)
            if written != len(data):
                raise OSError(28, "short write (disk full?)")
            os.fsync(fd)
        except OSError:
            os.ftruncate(fd, size)  # take back whatever part did land
            raise
    finally:
        os.close(fd)


def _replace_with_appended(path: Path, payload: bytes) -> None:
    """The old bytes plus the new, written to a synced copy that is renamed over the file."""
    old = read_regular(path, follow_links=False) if path.exists() else b""
    if old and not old.endswith(b"\n"):
        old += b"\n"
    replace_file(path, old + payload)


def _sync_folder(folder: Path) -> None:
    """Make a new file's name durable too (POSIX; Windows has no directory handles)."""
    if os.name == "nt":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
