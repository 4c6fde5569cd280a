"""What the YAML parser's complaint means, in the user's words, with a hint to fix it.

libyaml and ruamel's pure-Python parser word the same fault differently ("did not find expected
'-' indicator" against "expected <block end>, but found '<block sequence start>'"); both map to one
catalogue message here, so a file gets the same verdict whichever parser read it. A complaint not
listed gets a general Vietnamese message (the parser's own English words only with --lang en),
with a general hint.
"""

from __future__ import annotations

import re
from typing import Any

from cds_tracker.core.errors import Text, msg

# (words the parser's problem contains, catalogue key, point at the context mark: where the
# construct began, e.g. the opening quote, rather than where the parser gave up)
_KNOWN: tuple[tuple[str, str, bool], ...] = (
    ("did not find expected '-' indicator", "indent", False),
    ("expected <block end>, but found", "indent", False),
    ("did not find expected key", "indent", False),
    ("mapping values are not allowed", "colon", False),
    ("could not find expected ':'", "no_colon", True),
    ("found undefined alias", "alias", False),
    ("that cannot start any token", "bad_start", False),
    ("or ']'", "flow", True),
    ("or '}'", "flow", True),
    # libyaml's wording first, then the pure parser's, where they differ
    ("unknown escape character", "escape", False),
    ("alphabetic or numeric character", "anchor", False),
    ("expected comment or line break", "block_scalar", False),
    ("chomping or indentation indicators", "block_scalar", False),
    ("another document", "document", False),
    ("<document start>", "document", False),
    ("node content", "no_value", False),
    ("undefined tag handle", "tag_here", False),
    ("but found scalar", "tag_here", False),
    ("but found mapping", "tag_here", False),
    ("but found sequence", "tag_here", False),
)
# The kinds found from words only one parser writes, or placed where the parsers disagree: a
# test comparing the two parsers compares the verdict, not these (tests/test_yaml_paths.py).
PARSER_WORDED = frozenset(
    f"yaml.{kind}"
    for kind in (
        "invalid",
        "unclear",
        "escape",
        "anchor",
        "block_scalar",
        "document",
        "no_value",
        "tag_here",
    )
)
_ALIAS = re.compile(r"\*[^\s,\[\]{}]*")


def explain(exc: Any, text: str) -> tuple[int, int, Text, Text]:
    """Line, column (1-based), message and hint for a marked ruamel error."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None) or ""
    kind, at_context = _kind(problem, context)
    mark = getattr(exc, "problem_mark", None)
    if at_context or mark is None:
        mark = getattr(exc, "context_mark", None) or mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    lines = text.splitlines()
    rest = lines[line - 1][col - 1 :] if 0 < line <= len(lines) else ""
    if rest.startswith("\t") or "tab character" in problem:
        kind = "tab"
    if kind == "alias":
        alias = found[0] if (found := _ALIAS.match(rest)) else "*"
        return line, col, msg("yaml.alias", alias=alias), msg("yaml.hint.alias")
    if kind == "bad_start":
        char = rest[:1] or "?"
        return line, col, msg("yaml.bad_start", char=char), msg("yaml.hint.bad_start")
    if kind == "flow":
        if rest[:1] not in ("[", "{"):  # the file ended inside it: point at the last opened
            line, col = _last_bracket(lines, line, col)
            rest = lines[line - 1][col - 1 :] if 0 < line <= len(lines) else ""
        bracket = rest[:1] if rest[:1] in ("[", "{") else "["
        return line, col, msg("yaml.flow", bracket=bracket), msg("yaml.hint.flow")
    if kind:
        return line, col, msg(f"yaml.{kind}"), msg(f"yaml.hint.{kind}")
    # Not listed: a Vietnamese sentence without the parser's English, which only --lang en shows.
    detail = problem + (f" ({context})" if context else "")
    return line, col, msg("yaml.unclear", detail=detail), msg("yaml.hint.general")


def _last_bracket(lines: list[str], line: int, col: int) -> tuple[int, int]:
    """Where the last `[` or `{` before (line, col) stands, or (line, col) when none does."""
    for number in range(min(line, len(lines)), 0, -1):
        text = lines[number - 1][: col - 1] if number == line else lines[number - 1]
        at = max(text.rfind("["), text.rfind("{"))
        if at >= 0:
            return number, at + 1
    return line, col


def _kind(problem: str, context: str) -> tuple[str, bool]:
    if "'\\t'" in problem:
        return "tab", False
    if "while parsing a flow" in context and "node content" in problem:
        return "flow", True  # `[` never closed: the file ends where a value was awaited
    if "while scanning a quoted scalar" in context:
        return "quote", True
    for words, kind, at_context in _KNOWN:
        if words in problem:
            return kind, at_context
    return "", False
