"""Writing a finished document (an export, a note) to the path the user named, and one file per
unit into a folder (`write_documents`: the one rule for `remind --out DIR` and `form --out DIR`)."""

from __future__ import annotations

import stat
from pathlib import Path

from cds_tracker.core.atomic import replace_file, replaceable
from cds_tracker.core.errors import DataError, Msg, Problem, UsageError, msg, os_reason
from cds_tracker.core.files import existing_kind, kind_of
from cds_tracker.output.sanitize import visible_line


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
    """Write several documents into `folder` (remind's notes and letters, `cds form`'s forms):
    the one rule for every command that writes one file per unit.

    Every target name is checked before the first byte is written, with the checks the writer
    itself applies (`replace_file`): a name already there without `--force`, and, even with
    it, a link (never followed), a pipe, a folder, a file this user may not write. Any of them
    refuses the whole batch (exit 2), naming each file in the way and why, so nothing is
    written. A write that still fails midway (a full disk, a permission changed meanwhile)
    keeps the files already written, each whole, and names which were written and which not:
    removing them would lose the earlier copies `--force` replaced, and "nothing written" was
    said while 9 of 23 forms were there (attack20 F12).
    """
    paths = [folder / name for name in names_of(files)]
    try:
        _check_folder(folder, paths, force)
    except OSError as exc:  # a folder on the way this user may not enter
        raise DataError(
            msg("file.not_written", path=exc.filename or folder, reason=os_reason(exc))
        ) from None
    written: list[Path] = []
    path = folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, (_, data) in zip(paths, files, strict=True):
            replace_file(path, data)
            written.append(path)
    except OSError as exc:
        reason = os_reason(exc)
        if not written:
            raise DataError(msg("file.not_written", path=path, reason=reason)) from None
        raise BatchFailed(
            msg(
                "file.batch_part_written",
                path=path,
                reason=reason,
                done=len(written),
                total=len(paths),
                folder=folder,
                left=len(paths) - len(written),
            ),
            msg("file.hint.batch_again"),
            tuple(_said(p, "file.batch_written") for p in written)
            + tuple(_said(p, "file.batch_unwritten") for p in paths[len(written) :]),
        ) from None


class BatchRefused(UsageError):
    """A batch refused before any write: one line per file in the way (`problems`, which the
    CLI prints under the message, as a data file's problems)."""

    def __init__(self, message: Msg, hint: Msg, problems: tuple[Problem, ...]) -> None:
        super().__init__(message, hint)
        self.problems = problems


class BatchFailed(DataError):
    """A batch whose write failed midway: one line per file, written or not (`problems`)."""

    def __init__(self, message: Msg, hint: Msg, problems: tuple[Problem, ...]) -> None:
        super().__init__(message, problems)
        self.hint = hint


def _said(path: Path, key: str) -> Problem:
    """One file's line under a batch's message: the path as written, then `key`'s words."""
    return Problem(visible_line(str(path)), 0, 0, msg(key))


def _check_folder(folder: Path, paths: list[Path], force: bool) -> None:
    _refuse_dangling(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(msg("remind.out_is_file", path=folder))
    in_the_way = [(p, why) for p in paths if (why := _in_the_way(p, force)) is not None]
    if not in_the_way:
        return
    # --force would clear the way only when every file in it is a regular file it may replace
    forceable = not force and all(why.key == "file.batch_exists" for _, why in in_the_way)
    raise BatchRefused(
        msg("file.some_exist", count=len(in_the_way), total=len(paths), path=folder),
        msg("file.hint.force_all") if forceable else msg("file.hint.force_regular"),
        tuple(Problem(visible_line(str(p)), 0, 0, why) for p, why in in_the_way),
    )


def _in_the_way(path: Path, force: bool) -> Msg | None:
    """Why `path` may not be written in a batch, or None: what is there (links not followed:
    a link to nothing is in the way too), then the writer's own check (`replaceable`: a file
    this user may not write)."""
    mode = existing_kind(path)
    if mode is None:
        return None
    if not stat.S_ISREG(mode):
        return msg("file.batch_not_regular", kind=kind_of(mode))
    if not force:
        return msg("file.batch_exists")
    try:
        replaceable(path)
    except OSError as exc:
        reason = os_reason(exc)
        return reason if isinstance(reason, Msg) else msg("file.batch_refused", reason=reason)
    return None


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
