"""`cds init`: a registry of one's own, copied from the bundled one, ready for progress and git."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cds_tracker.core.atomic import replace_file
from cds_tracker.core.errors import DataError, Msg, UsageError, msg, os_reason
from cds_tracker.core.files import check_real_folder, kind_of


def init_registry(folder: Path) -> Msg:
    """Copy the bundled registry into `folder`; returns what to tell the user."""
    from cds_tracker.app.discovery import REGISTRY_NAME, bundled_registry
    from cds_tracker.registry.schema import schema_text

    _check_folder(folder)
    target = folder / REGISTRY_NAME
    if os.path.lexists(target):
        raise UsageError(
            msg("init.exists", path=target),
            hint=msg("init.hint.exists"),
        )
    source = bundled_registry()
    try:
        for part in ("schema", "progress"):  # a link there would take the files elsewhere
            check_real_folder(folder / part, subject=f"'{folder / part}'")
        (folder / "schema").mkdir(parents=True, exist_ok=True)
        (folder / "progress").mkdir(exist_ok=True)
        replace_file(target, source.read_bytes())
        for kind in ("registry", "progress"):
            replace_file(
                folder / "schema" / f"{kind}.schema.json", schema_text(kind).encode("utf-8")
            )
        replace_file(folder / "progress" / ".gitignore", b"/.lock\n/.*.tmp\n")
        attributes = folder / ".gitattributes"
        if not os.path.lexists(attributes):
            replace_file(
                attributes,
                b"# Progress files only ever grow at the end: merge branches "
                b"by keeping both sides.\nprogress/*.yaml merge=union\n",
            )
    except OSError as exc:
        raise DataError(msg("init.cannot_create", path=folder, reason=os_reason(exc))) from None
    return msg("init.done", path=target, folder=folder)


def _check_folder(folder: Path) -> None:
    """The folder named, or the nearest of its parents that exists, must be a folder (a link to
    one is followed): a file, a pipe or a device there is the wrong thing named (exit 2), said
    by its path and kind, as `files.check_named` says it, not as the system's vague "not a
    directory" of the first write."""
    for path in (folder, *folder.parents):
        try:
            mode = path.stat().st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue  # created below, as are its parents; or a parent is the wrong kind
        except OSError:
            return  # a refusal the first write names in the system's words
        if not stat.S_ISDIR(mode):
            raise UsageError(
                msg(
                    "file.not_kind",
                    subject=f"'{path}'",
                    kind=kind_of(mode),
                    expected=msg("file.kind.folder"),
                ),
                hint=msg("init.hint.folder"),
            )
        return
