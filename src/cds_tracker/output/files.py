"""Writing a finished document (an export, a note) to the path the user named."""

from __future__ import annotations

from pathlib import Path

from cds_tracker.core.atomic import replace_file
from cds_tracker.core.errors import DataError, UsageError


def write_document(path: Path, data: bytes, *, force: bool) -> None:
    """Write an export atomically; never overwrite an existing file unless asked to."""
    if path.exists() and not force:
        raise UsageError(
            f"'{path}' already exists; nothing was written",
            hint="choose another --out, or add --force to replace it",
        )
    if path.is_dir():
        raise UsageError(f"'{path}' is a folder; give a file name for --out")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, data)
    except OSError as exc:
        raise DataError(
            f"could not write {path}: {exc.strerror or exc}; nothing was written"
        ) from None
