"""What `--out` may name: a file of the kind that will be written, or a folder where one is wanted.

An xlsx written as `x.xls` makes Excel warn that the file's format and extension do not match;
`cds form --out phieu.docx` used to make a *folder* named phieu.docx. Each command says what it
writes before any work is done, and a name that cannot hold it is refused (exit 2) with an
example that can.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from cds_tracker.core.errors import UsageError, msg

# A suffix that makes a name look like a file's: letters, then up to 4 letters or digits
# (.docx, .xls, .md, .mp3), not a dotted folder name such as "thang.11" or "v2.0".
_FILE_LIKE = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}")


def looks_like_file(path: Path) -> bool:
    return _FILE_LIKE.fullmatch(path.suffix) is not None


def file_out(path: Path, suffixes: tuple[str, ...], fmt: str) -> None:
    """--out must end in one of `suffixes` (the first is the usual one): what `fmt` writes."""
    if path.suffix.lower() in suffixes:
        return
    example = path.with_suffix(suffixes[0]) if path.name not in ("", ".", "..") else path
    raise UsageError(
        msg("out.wrong_suffix", path=path, fmt=fmt, suffix=suffixes[0]),
        hint=msg("out.hint.example", example=example),
    )


def suffix_format(path: Path, formats: Mapping[str, tuple[str, ...]], command: str) -> str:
    """The format of `formats` (format → its suffixes, the usual one first) that `path`'s
    suffix names, for a command given no --format: a name that names none is refused with
    every suffix the command writes, never blaming a --format nobody gave (review 10)."""
    suffix = path.suffix.lower()
    found = next((fmt for fmt, suffixes in formats.items() if suffix in suffixes), None)
    if found is not None:
        return found
    usual = [suffixes[0] for suffixes in formats.values()]
    example = path.with_suffix(usual[0]) if path.name not in ("", ".", "..") else path
    listed = {"suffixes": ", ".join(usual[:-1]), "last": usual[-1]}
    raise UsageError(
        msg("out.by_suffix", path=path, command=command, **listed),
        hint=msg("out.hint.example", example=example),
    )


def folder_out(path: Path) -> None:
    """--out must name a folder (one file per unit go in it): an existing folder, or a name that
    does not look like a file's."""
    if path.is_dir() or not looks_like_file(path):
        return
    raise UsageError(
        msg("out.wants_folder", path=path),
        hint=msg("out.hint.example", example=f"{path.with_suffix('')}/"),
    )
