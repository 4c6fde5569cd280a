"""Is a progress file safe to append to? Its end must be in the shape the writer leaves it in.

The writer adds one line at the end and never reads the file back, so it must not add to a file
whose end would turn that line into something else: a flow-style document (`[ {...} ]`), a YAML
document marker (`---`, `...`), a cut-off last line, or git conflict markers left by a merge.
Only the last 64 KiB are looked at line by line and only the last entry is parsed (a file can
hold 100,000 entries, and an append must cost the same whatever the file holds); conflict
markers are searched for in the whole file, which costs a memory scan, not a parse.
"""

from __future__ import annotations

import mmap
import os
import re
import stat

from cds_tracker.core.errors import DataError
from cds_tracker.core.files import NotRegular

TAIL = 65536  # bytes: enough for dozens of entries, whatever the file's length
_CONFLICT = (b"<<<<<<<", b"=======", b">>>>>>>")
_SEPARATOR = _CONFLICT[1]
_DOCUMENT_MARKER = re.compile(rb"(---|\.\.\.)(\s.*)?")
_ITEM = re.compile(rb"( *)-( |$)")

HINT_SHAPE = (
    "cds appends one entry per line ('- {...}') to a list; rewrite the end of the file as such "
    "lines (or restore it with git), then run 'cds validate'"
)
HINT_CUT = (
    "the last entry looks cut off (an interrupted copy or edit?): complete or delete it, then "
    "run 'cds validate'"
)
HINT_MARKER = "a progress file is one list: delete the '---' or '...' line, then run 'cds validate'"
HINT_CONFLICT = (
    "a git merge left conflict markers: keep the entry lines of both sides (each entry is one "
    "line, so both can stay), delete the <<<<<<<, ======= and >>>>>>> lines, then run "
    "'cds validate'; the line 'progress/*.yaml merge=union' in .gitattributes (cds init "
    "writes it) lets git do this itself"
)


def check_appendable(fd: int, shown: str, indent: int) -> None:
    """Raise DataError (with a hint) unless the open file `fd` ends as the writer leaves it."""
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        raise NotRegular(mode)
    size = os.fstat(fd).st_size
    if size == 0:
        return
    with mmap.mmap(fd, 0, access=mmap.ACCESS_READ) as data:
        line = _conflict_line(data)
        if line:
            raise _refusal(f"line {line} of {shown} is a git conflict marker", HINT_CONFLICT)
        start = max(0, size - TAIL)
        tail = data[start:]
        whole = start == 0
        if not whole and _first_item(tail, indent, whole) is None:
            tail, whole = data[:], True  # one entry longer than the window: look at it all
    _check_tail(tail, whole, indent, shown)


def _conflict_line(data: mmap.mmap) -> int | None:
    """The line number of the first git conflict marker line, if any.

    Every conflict git leaves has its '=======' line, so one scan for it finds them all (one
    scan of a 25 MB file is ~30 ms; three would be the cost of the whole append again)."""
    at = data.find(_SEPARATOR)
    while at >= 0:
        starts_line = at == 0 or data[at - 1 : at] == b"\n"
        if starts_line and data[at + 7 : at + 8] in (b"", b"\n", b"\r"):
            # Report its <<<<<<< line when there is one: where the conflict starts.
            opening = data.rfind(b"\n" + _CONFLICT[0], 0, at) + 1
            if opening == 0 and data[:7] != _CONFLICT[0]:
                opening = at
            return data[:opening].count(b"\n") + 1
        at = data.find(_SEPARATOR, at + 1)
    return None


def _lines(tail: bytes, whole: bool) -> list[bytes]:
    lines = tail.split(b"\n")
    return lines if whole else lines[1:]  # the window's first line may start mid-line


def _first_item(tail: bytes, indent: int, whole: bool, *, last: bool = False) -> int | None:
    """Offset in `tail` of the first (or `last`) line that starts a top-level entry."""
    offset = 0 if whole else tail.find(b"\n") + 1
    found_at = None
    for line in _lines(tail, whole):
        found = _ITEM.match(line)
        if found and len(found[1]) == indent:
            if not last:
                return offset
            found_at = offset
        offset += len(line) + 1
    return found_at


def _check_tail(tail: bytes, whole: bool, indent: int, shown: str) -> None:
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    content = False
    for line in _lines(tail, whole):
        text = line.strip()
        if _DOCUMENT_MARKER.fullmatch(text):
            raise _refusal(
                f"{shown} holds a YAML document marker ('{text[:3].decode()}')", HINT_MARKER
            )
        content = content or bool(text and not text.startswith(b"#"))
    if not content:
        return  # only comments so far: the header of a new file
    last = _first_item(tail, indent, whole, last=True)
    if last is None:
        raise _refusal(f"{shown} does not end with entries in the shape cds writes", HINT_SHAPE)
    try:  # the last entry only: every line before it has passed the checks above
        items = parse(decode(tail[last:]))
    except (YamlFault, UnicodeDecodeError):
        raise _refusal(f"the end of {shown} is not a complete entry", HINT_CUT) from None
    if not isinstance(items, list):
        raise _refusal(f"{shown} does not end with entries in the shape cds writes", HINT_SHAPE)


def _refusal(message: str, hint: str) -> DataError:
    error = DataError(f"will not append to a file in this state: {message}; nothing was written")
    error.hint = hint
    return error
