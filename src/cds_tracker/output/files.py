"""Writing a finished document (an export, a note) to the path the user named."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cds_tracker.core.atomic import replace_file
from cds_tracker.core.errors import DataError, UsageError, msg, os_reason
from cds_tracker.core.files import existing_kind, kind_of


def write_document(path: Path, data: bytes, *, force: bool) -> None:
    """Write an export atomically; never overwrite an existing file unless asked to, and never
    replace what is not a regular file (a link, a pipe, a device), even when asked to. A
    folder on the way the user may not enter is an error (exit 1), as a failed write is."""
    try:
        check_out(path, force)
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, data)
    except OSError as exc:
        raise DataError(msg("file.not_written", path=path, reason=os_reason(exc))) from None


def check_out(path: Path, force: bool) -> None:
    """Refuse an --out that cannot be written, as what it is: a link, a pipe or a device
    (never replaced, --force or not), a folder (no file name given), a file already there
    without --force. Only that last is offered --force; `cds import` checks its --out here
    before reading anything, so both commands say one thing (attack20 F3)."""
    mode = existing_kind(path)
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise UsageError(
            msg("file.not_regular_out", path=path, kind=kind_of(mode)),
            hint=msg("file.hint.regular_out"),
        )
    if mode is not None and stat.S_ISDIR(mode):
        raise UsageError(msg("file.is_folder", path=path))
    if mode is not None and not force:
        raise UsageError(
            msg("file.exists", path=path),
            hint=msg("file.hint.force"),
        )
    for parent in (path.parent, *path.parent.parents):
        _refuse_dangling(parent)


def write_documents(folder: Path, files: list[tuple[str, bytes]], *, force: bool) -> None:
    """Write several documents into `folder`, all or nothing.

    Every target name is checked before the first byte is written, so a folder holding one
    earlier note refuses the whole batch (naming each file in the way) instead of writing some
    and then stopping; if a write fails midway, the files this call wrote are removed again.
    """
    paths = [folder / name for name in names_of(files)]
    written: list[Path] = []
    try:
        _check_folder(folder, paths, force)
        folder.mkdir(parents=True, exist_ok=True)
        for path, (_, data) in zip(paths, files, strict=True):
            replace_file(path, data)
            written.append(path)
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise DataError(
            msg("file.not_written", path=exc.filename or folder, reason=os_reason(exc))
        ) from None


def _check_folder(folder: Path, paths: list[Path], force: bool) -> None:
    _refuse_dangling(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(msg("remind.out_is_file", path=folder))
    # lexists: a link to nothing is in the way too (exists() follows it and says no)
    in_the_way = [p for p in paths if os.path.lexists(p) and (not force or not _replaceable(p))]
    if in_the_way:
        shown = ", ".join(p.name for p in in_the_way[:5]) + (" …" if len(in_the_way) > 5 else "")
        raise UsageError(
            msg(
                "file.some_exist", count=len(in_the_way), total=len(paths), path=folder, names=shown
            ),
            hint=msg("file.hint.force_all") if not force else msg("file.hint.force_regular"),
        )


def _refuse_dangling(folder: Path) -> None:
    """A folder that is a symbolic link to nothing cannot be made, nor written into: say so
    (mkdir would only say 'File exists')."""
    if folder.is_symlink() and not folder.exists():
        raise UsageError(
            msg("file.dangling", path=folder, target=folder.readlink()),
            hint=msg("file.hint.dangling"),
        )


def names_of(files: list[tuple[str, bytes]]) -> list[str]:
    return [name for name, _ in files]


def _replaceable(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()
