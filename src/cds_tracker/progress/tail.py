"""Is a progress file safe to append to? Its end must be in the shape the writer leaves it in.

The writer adds one line at the end and never reads the file back, so it must not add to a file
whose end would turn that line into something else: a flow-style document (`[ {...} ]`), a YAML
document marker (`---`, `...`), a cut-off last line, or git conflict markers left by a merge.
Only the tail is parsed (the file can hold 100,000 entries); conflict markers are searched for
in the whole file, which costs a memory scan, not a parse.
"""

from __future__ import annotations

import mmap
import os
import re
import stat

from cds_tracker.core.errors import DataError, Msg, msg
from cds_tracker.core.files import NotRegular

TAIL = 65536  # bytes: enough for dozens of entries, whatever the file's length
_CONFLICT = (b"<<<<<<<", b"=======", b">>>>>>>")
_DOCUMENT_MARKER = re.compile(rb"(---|\.\.\.)(\s.*)?")
_ITEM = re.compile(rb"( *)-( |$)")

HINT_SHAPE = msg("tail.hint.shape")
HINT_CUT = msg("tail.hint.cut")
HINT_MARKER = msg("tail.hint.marker")
HINT_CONFLICT = msg("tail.hint.conflict")


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
            raise _refusal(msg("tail.conflict", line=line, path=shown), HINT_CONFLICT)
        start = max(0, size - TAIL)
        tail = data[start:]
        whole = start == 0
        if not whole and _first_item(tail, indent, whole) is None:
            tail, whole = data[:], True  # one entry longer than the window: look at it all
    _check_tail(tail, whole, indent, shown)


def _conflict_line(data: mmap.mmap) -> int | None:
    """The line number of the first git conflict marker line, if any."""
    for marker in _CONFLICT:
        at = data.find(marker)
        while at >= 0:
            starts_line = at == 0 or data[at - 1 : at] == b"\n"
            if starts_line and data[at + 7 : at + 8] in (b"", b"\n", b"\r", b" "):
                return data[:at].count(b"\n") + 1
            at = data.find(marker, at + 1)
    return None


def _lines(tail: bytes, whole: bool) -> list[bytes]:
    lines = tail.split(b"\n")
    return lines if whole else lines[1:]  # the window's first line may start mid-line


def _first_item(tail: bytes, indent: int, whole: bool) -> int | None:
    """Offset in `tail` of the first line that starts a top-level entry."""
    offset = 0 if whole else tail.find(b"\n") + 1
    for line in _lines(tail, whole):
        found = _ITEM.match(line)
        if found and len(found[1]) == indent:
            return offset
        offset += len(line) + 1
    return None


def _check_tail(tail: bytes, whole: bool, indent: int, shown: str) -> None:
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    content = False
    for line in _lines(tail, whole):
        text = line.strip()
        if _DOCUMENT_MARKER.fullmatch(text):
            raise _refusal(msg("tail.marker", path=shown, marker=text[:3].decode()), HINT_MARKER)
        content = content or bool(text and not text.startswith(b"#"))
    if not content:
        return  # only comments so far: the header of a new file
    first = _first_item(tail, indent, whole)
    if first is None:
        raise _refusal(msg("tail.shape", path=shown), HINT_SHAPE)
    try:
        items = parse(decode(tail[first:]))
    except (YamlFault, UnicodeDecodeError):
        raise _refusal(msg("tail.cut", path=shown), HINT_CUT) from None
    if not isinstance(items, list):
        raise _refusal(msg("tail.shape", path=shown), HINT_SHAPE)


def _refusal(message: Msg, hint: Msg) -> DataError:
    error = DataError(msg("tail.refusal", reason=message))
    error.hint = hint
    return error
