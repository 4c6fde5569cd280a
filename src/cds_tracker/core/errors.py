"""Expected failures, as values and as exceptions.

A `Problem` is a finding about a file the user wrote: it carries where it is, so an editor can jump
there, and is collected rather than raised, so one run reports every problem. `CdsError` is for
failures that stop a command; the CLI turns it into one message and an exit code, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_DATA = 1
EXIT_USAGE = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, at a 1-based line and column."""

    file: str
    line: int
    col: int
    message: str
    hint: str | None = None
    target: str | None = None
    excerpt: str | None = None  # the offending source line, for showing a caret under `col`

    def heading(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


@dataclass(frozen=True)
class Finding:
    """A problem before it has a position: `path` leads to the spot in the YAML tree."""

    path: tuple[str | int, ...]
    message: str
    hint: str | None = None
    target: str | None = None
    at_key: bool = False
    needle: str | None = None  # text to point at within the located line, when it is there


class CdsError(Exception):
    """An expected failure: shown to the user as one message, then exit with `exit_code`."""

    exit_code = EXIT_DATA

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(CdsError):
    """The command line asked for something that does not exist or cannot be parsed."""

    exit_code = EXIT_USAGE


class DataError(CdsError):
    """The data on disk is invalid; `problems` says where."""

    exit_code = EXIT_DATA

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems
