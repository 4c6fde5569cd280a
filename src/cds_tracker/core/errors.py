"""Expected failures, as values and as exceptions.

A `Problem` is a finding about a file the user wrote: it carries where it is, so an editor can jump
there, and is collected rather than raised, so one run reports every problem. `CdsError` is for
failures that stop a command; the CLI turns it into one message and an exit code, never a traceback.
"""

from __future__ import annotations

import errno
from typing import Union

from cds_tracker.core.tuples import Record

EXIT_DATA = 1
EXIT_USAGE = 2


# Named tuples, not dataclasses: every start makes these classes, and a dataclass compiles its
# methods then (docs/performance.md).
class Msg(Record):
    """A message not yet in words: a key of the catalogue (output/words.py) and its values.

    The core does not know the reader's language; it says *what* happened, and the CLI puts it
    into Vietnamese or English when it prints. Values may themselves be messages.
    """

    key: str
    values: tuple[tuple[str, object], ...] = ()


class Figure(Record):
    """A number in a message, written as the reader's language writes it ('60%', '27,5%'),
    after its sign if any ('≥ 100%')."""

    value: float
    unit: str = ""
    sign: str = ""


def msg(key: str, /, **values: object) -> Msg:
    """A message of `key` with its values. A value read from a file may be a YAML list or
    mapping where a word belonged (`reporting: [monthly]`): it is kept as the text a reader
    would recognise (`["monthly"]`), so every message stays a value that can be compared and
    deduplicated (a list made `validate` end in an internal error: attack 13, a13_01)."""
    return Msg(key, tuple((k, _flat(v)) for k, v in values.items()))


def _flat(value: object) -> object:
    if isinstance(value, (list, dict, set)):
        import json

        return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
    return value


class MsgError(ValueError):
    """A ValueError that says what is wrong as a message (a model validator's finding)."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.key)
        self.msg = message


# A plain str is text that is shown as it is: the user's own data, a name, a path.
Text = Union[str, Msg]  # noqa: UP007 (a runtime alias; `X | Y` of a str and a class fails on 3.10)

_OS_REASONS = {
    errno.ENOENT: "os.not_found",
    errno.EACCES: "os.permission",
    errno.EPERM: "os.permission",
    errno.EROFS: "os.read_only",
    errno.ENOSPC: "os.no_space",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.EEXIST: "os.exists",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.ELOOP: "os.loop",
    errno.EIO: "os.io",
    errno.EBUSY: "os.busy",
    errno.EAGAIN: "os.busy",
    errno.EMFILE: "os.too_many_open",
    errno.ENFILE: "os.too_many_open",
}


def os_reason(exc: OSError) -> Text:
    """Why the system refused, in the reader's words when we know the reason."""
    reason = getattr(exc, "reason", None)  # ours (core.files.NotRegular): already a message
    if isinstance(reason, Msg):
        return reason
    key = _OS_REASONS.get(exc.errno or 0)
    if key:
        return msg(key)
    # Any other refusal by its code (EXDEV…): the system's own text is English whatever --lang.
    code = errno.errorcode.get(exc.errno or 0)
    return msg("os.other", code=code) if code else str(exc)


class Problem(Record):
    """One thing wrong with a data file, at a 1-based line and column."""

    file: str
    line: int
    col: int
    message: Text
    hint: Text | None = None
    target: str | None = None
    excerpt: str | None = None  # the offending source line, for showing a caret under `col`


def unwritten(problems: tuple[Problem, ...]) -> tuple[Problem, ...]:
    """Problems of a file a command would have written and did not: without a line and column
    (line 0), since no line of the file on disk holds them; the message names the target."""
    return tuple(p._replace(line=0, col=0, excerpt=None) for p in problems)


class Finding(Record):
    """A problem before it has a position: `path` leads to the spot in the YAML tree."""

    path: tuple[str | int, ...]
    message: Text
    hint: Text | None = None
    target: str | None = None
    at_key: bool = False
    needle: str | None = None  # text to point at within the located line, when it is there


class CdsError(Exception):
    """An expected failure: shown to the user as one message, then exit with `exit_code`."""

    exit_code = EXIT_DATA

    def __init__(self, message: Text, hint: Text | None = None) -> None:
        super().__init__(message if isinstance(message, str) else message.key)
        self.message = message
        self.hint = hint


class UsageError(CdsError):
    """The command line asked for something that does not exist or cannot be parsed."""

    exit_code = EXIT_USAGE


class DataError(CdsError):
    """The data on disk is invalid; `problems` says where."""

    exit_code = EXIT_DATA

    def __init__(self, message: Text, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems
