"""`cds init`: a registry of one's own, copied from the bundled one, ready for progress and git."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from cds_tracker.core.atomic import replace_file
from cds_tracker.core.errors import DataError, Msg, UsageError, msg, os_reason
from cds_tracker.core.files import check_real_folder, kind_of


def init_command(folder: Path) -> Msg:
    """`cds init DIR`: the bundled registry copied into `DIR`, unless `DIR` is named for another
    year's plan (`plans/2024`), whose appendix `cds import` reads instead."""
    _refuse_other_year(folder)
    return init_registry(folder)


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
    from cds_tracker.core.command_words import command_word, name_word

    # what the user types next, one word each (core/command_words.py): a folder "so theo doi"
    # in quotes, one no window reads alike as "…"; CDS_REGISTRY set as each window sets a
    # variable (`X=v` alone is no command in PowerShell nor cmd, and sets nothing bash's next
    # command sees): the guide's Windows section speaks to PowerShell and cmd users (fix12p)
    quoted = f'"{target}"' if command_word(str(target)) is not None else "…"
    cmd = f'"CDS_REGISTRY={target}"' if quoted != "…" else "CDS_REGISTRY=…"
    return msg(
        "init.done",
        path=target,
        folder=folder,
        word=name_word(str(folder)),
        powershell=f"$env:CDS_REGISTRY = {quoted}",
        cmd=f"set {cmd}",
        bash=f"export CDS_REGISTRY={quoted}",
    )


def bundled_year(source: Path | None = None) -> int:
    """The year of the plan bundled with cds (2023), as its heading's `year:` states it."""
    from cds_tracker.app.discovery import bundled_registry

    text = (source or bundled_registry()).read_text(encoding="utf-8")
    found = re.search(r"^  year: ([0-9]{4})\b", text, re.MULTILINE)
    return int(found[1]) if found else 0


def _refuse_other_year(folder: Path) -> None:
    """A folder named for another year (`plans/2024`, `2024-sua-doi`) is meant for that year's
    plan: a copy of the bundled one there would be the wrong plan's heading and targets, which
    `cds validate` refuses in a workspace. The year's plan comes from its own appendix table."""
    found = re.match(
        r"([0-9]{4})(?![0-9])", folder.absolute().name
    )  # as rules_plans.year_of_folder
    year = bundled_year()
    if found is None or int(found[1]) == year:
        return
    from cds_tracker.core.command_words import name_word

    out = folder / "phu_luc_01.yaml"
    raise UsageError(
        msg("init.other_year", folder=folder, year=found[1], bundled=year),
        hint=msg(  # the paths as words of the commands it gives ("…" where none is safe)
            "init.hint.other_year",
            year=found[1],
            out=name_word(str(out)),
            bundled=year,
            own=name_word(str(folder.parent / str(year))),
        ),
    )


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
