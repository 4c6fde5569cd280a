"""Everything users see is formatted here: problems now, tables and machine formats too.

The core returns values; this module turns them into text for a terminal (rich), a pipe (plain),
or a machine (JSON, CSV, Markdown, GitHub annotations).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cds_tracker.errors import Problem
from cds_tracker.labels import Lang, label

if TYPE_CHECKING:
    from rich.console import Console


def console(*, stderr: bool = False) -> Console:
    """A console that is plain (no colour, no ANSI) when piped or when NO_COLOR is set."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def problem_text(problem: Problem, lang: Lang = "vi") -> str:
    """`file:line:col: message`, then the line with a caret under the column, then the hint."""
    lines = [problem.heading()]
    if problem.excerpt is not None and problem.excerpt.strip():
        number = str(problem.line)
        gutter = " " * len(number)
        shown = problem.excerpt.replace("\t", " ")
        lines.append(f"  {number} | {shown}")
        lines.append(f"  {gutter} | {' ' * (problem.col - 1)}^")
    if problem.hint:
        lines.append(f"  {label('hint', lang)}: {problem.hint}")
    return "\n".join(lines)


def problems_json(problems: Sequence[Problem]) -> str:
    return json.dumps(
        [
            {
                "file": p.file,
                "line": p.line,
                "col": p.col,
                "message": p.message,
                "hint": p.hint,
                "target": p.target,
            }
            for p in problems
        ],
        ensure_ascii=False,
        indent=2,
    )


def problem_github(problem: Problem) -> str:
    """A GitHub Actions workflow command, so CI shows the problem on the line in the diff."""
    message = problem.message + (f" ({problem.hint})" if problem.hint else "")
    escaped = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    file = problem.file.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
    return f"::error file={file},line={problem.line},col={problem.col}::{escaped}"


def validate_summary(files: int, problems: int, lang: Lang) -> str:
    if problems == 0:
        word = label("files" if files != 1 else "file", lang)
        return f"{label('valid', lang)}: {files} {word}."
    word = label("problems_in" if problems != 1 else "problem_in", lang)
    return f"{problems} {word} {files} {label('files' if files != 1 else 'file', lang)}."
