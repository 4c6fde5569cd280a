"""Writing a finished document (an export, a note) to the path the user named."""

from __future__ import annotations

import stat
from pathlib import Path

from cds_tracker.core.atomic import replace_file
from cds_tracker.core.errors import DataError, UsageError, msg, os_reason
from cds_tracker.core.files import existing_kind, kind_of


def write_document(path: Path, data: bytes, *, force: bool) -> None:
    """Write an export atomically; never overwrite an existing file unless asked to, and never
    replace what is not a regular file (a link, a pipe, a device), even when asked to."""
    mode = existing_kind(path)
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise UsageError(
            f"'{path}' is {kind_of(mode)}, not a regular file; nothing was written",
            hint="give --out the path of a new or regular file",
        )
    if mode is not None and not force:
        raise UsageError(
            msg("file.exists", path=path),
            hint=msg("file.hint.force"),
        )
    if path.is_dir():
        raise UsageError(msg("file.is_folder", path=path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, data)
    except OSError as exc:
        raise DataError(msg("file.not_written", path=path, reason=os_reason(exc))) from None
