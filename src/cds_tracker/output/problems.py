"""Problems found in files, as text for people, JSON, or GitHub Actions annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence

from cds_tracker.core.errors import Msg, Problem, Text
from cds_tracker.output.sanitize import json_text, visible
from cds_tracker.output.words import Lang, label, say


def problems_text(problems: Sequence[Problem], lang: Lang = "vi") -> list[str]:
    """Each problem as `problem_text` says it, but a hint once per run: a hint said already is
    not said again, and the advice inside one ("did you mean 'X'? add the unit …") is said only
    the first time, its own part ("did you mean 'X'?") under each problem, as `cds import` says
    them (app/importing.py `problems_text`). Twenty unknown names: twenty lines, not twenty
    copies of a 300-character advice. JSON and GitHub annotations keep each problem's hint
    whole: each stands alone."""
    said: set[str] = set()
    texts = []
    for problem in problems:
        hint = _once(problem.hint, lang, said)
        texts.append(problem_text(problem._replace(hint=hint), lang))
    return texts


def _once(hint: Text | None, lang: Lang, said: set[str]) -> Text | None:
    """`hint` less what `said` holds (the words of hints and advice said before), noted there:
    a hint said before is not said again; one with advice inside (another hint among its
    values) loses only that advice."""
    if not isinstance(hint, Msg):
        if hint is None or hint in said:
            return None
        said.add(hint)
        return hint
    # advice is a hint inside a hint ("có phải 'X'? {then}"); any other message inside is part
    # of the hint's own sentence ("đã {how}: giao cho …") and said every time
    inner = {k: v for k, v in hint.values if isinstance(v, Msg) and ".hint." in f".{v.key}"}
    kept = {k: "" if say(v, lang) in said else v for k, v in inner.items()}
    said.update(say(v, lang) for v in inner.values())
    words = say(hint._replace(values=tuple({**dict(hint.values), **kept}.items())), lang).strip()
    if not inner and words in said:
        return None
    said.add(words)  # with advice inside, its own part ("có phải 'X'?") is said each time
    return words


def problem_text(problem: Problem, lang: Lang = "vi") -> str:
    """`file:line:col: message`, then the line with a caret under the column, then the hint."""
    where = f"{problem.file}:{problem.line}:{problem.col}" if problem.line else problem.file
    lines = [f"{where}: {say(problem.message, lang)}"]  # line 0: a file not written (unwritten)
    if problem.line and problem.excerpt is not None and problem.excerpt.strip():
        number = str(problem.line)
        gutter = " " * len(number)
        shown, caret = _window(problem.excerpt.replace("\t", " "), problem.col - 1)
        lines.append(f"  {number} | {shown}")
        lines.append(f"  {gutter} | {' ' * caret}^")
    if problem.hint:
        lines.append(f"  {label('hint', lang)}: {say(problem.hint, lang)}")
    return visible("\n".join(lines))


def _window(line: str, at: int, width: int = 100) -> tuple[str, int]:
    """At most `width` characters of a long line around column `at`, and the caret's offset."""
    if len(line) <= width:
        return line, at
    start = max(0, min(at - width // 2, len(line) - width))
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(line) else ""
    return prefix + line[start : start + width] + suffix, at - start + len(prefix)


def problems_json(problems: Sequence[Problem], lang: Lang = "vi") -> str:
    """Keys and `code` (the message's catalogue key) are the machine contract; the words follow
    --lang."""
    dumped = json.dumps(
        [
            {
                "file": p.file,
                "line": p.line,
                "col": p.col,
                "code": p.message.key if isinstance(p.message, Msg) else None,
                "message": say(p.message, lang),
                "hint": say(p.hint, lang) if p.hint else None,
                "target": p.target,
            }
            for p in problems
        ],
        ensure_ascii=False,
        indent=2,
    )
    return json_text(dumped)


def problem_github(problem: Problem, lang: Lang = "vi") -> str:
    """A GitHub Actions workflow command, so CI shows the problem on the line in the diff."""
    message = say(problem.message, lang) + (f" ({say(problem.hint, lang)})" if problem.hint else "")
    escaped = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    file = problem.file.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
    if not problem.line:
        return f"::error file={file}::{escaped}"
    return f"::error file={file},line={problem.line},col={problem.col}::{escaped}"


def validate_summary(files: int, problems: int, lang: Lang, wrong: int = 0) -> str:
    """The last line of `cds validate`: the files checked when all are valid; else the problems,
    the files they are in (`wrong`) and, apart, the files checked ("3 lỗi trong 2 tệp (đã
    kiểm tra 5 tệp)."): "in 5 files" read as the files with problems when 3 of 5 had none."""

    if problems == 0:
        return label("validate_valid", lang, files=files)
    return label("validate_problems", lang, problems=problems, wrong=wrong, files=files)
