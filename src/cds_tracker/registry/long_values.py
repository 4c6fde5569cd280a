"""A value longer than any cell can be, refused before the slow part of reading a registry.

One hand-written value of 7.8 MB made `cds validate` take about a minute: the file reads fast
(libyaml, registry/yaml_fast.py), but any problem is located through ruamel's round-trip
reader, which scans a scalar character by character in Python. A registry's values are an
appendix's cells (or a catalog's names): `cds import` refuses a cell over MAX_TEXT characters,
Excel's own limit (registry/importing/limits.py MAX_CELL_TEXT), and a registry's values are held
to the same. Found in the data read (a walk of plain values, milliseconds), said at line:col
from libyaml's own positions, and nothing else is checked: the rules and ruamel wait until the
value is shortened.
"""

from __future__ import annotations

from typing import Any

from cds_tracker.core.errors import Problem, msg

MAX_TEXT = 32_767  # = importing/limits.py MAX_CELL_TEXT: one cell of Excel holds at most this
_SHOWN = 120  # characters of the value's line shown under the problem


def long_values(data: Any) -> list[tuple[tuple[str | int, ...], int]]:
    """The paths of the texts longer than MAX_TEXT (keys and values), with their lengths."""
    if not _any_long(data):  # the common case, asked without making a path for every value
        return []
    found: list[tuple[tuple[str | int, ...], int]] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_TEXT:
                found.append((path, len(value)))
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and len(key) > MAX_TEXT:
                    found.append(((*path, key), len(key)))
                stack.append(((*path, key), item))
        elif isinstance(value, list):
            stack.extend(((*path, i), item) for i, item in enumerate(value))
    return sorted(found, key=lambda item: [str(p) for p in item[0]])


def _any_long(data: Any) -> bool:
    """Whether some text (key or value) is longer than MAX_TEXT: a registry of 1,000 targets
    (60,000 values) in ~10 ms, where the walk below, making each value's path, took 30."""
    stack = [data]
    pop, push = stack.pop, stack.extend
    while stack:
        value = pop()
        kind = type(value)
        if kind is str:
            if len(value) > MAX_TEXT:
                return True
        elif kind is dict:
            push(value.values())
            if any(len(k) > MAX_TEXT for k in value if type(k) is str):
                return True
        elif kind is list:
            push(value)
    return False


def long_problems(
    found: list[tuple[tuple[str | int, ...], int]], text: str, display: str
) -> tuple[Problem, ...]:
    """Each over-long text as a problem at its line:col (1:1 where libyaml cannot say)."""
    places = _places(text, [path for path, _ in found])
    lines = text.splitlines()
    problems = []
    for (_, length), (line, col) in zip(found, places, strict=True):
        excerpt = lines[line - 1] if 0 < line <= len(lines) else ""
        if len(excerpt) > _SHOWN:
            excerpt = excerpt[:_SHOWN] + "…"
        values = {"length": str(length), "limit": str(MAX_TEXT)}
        message, hint = msg("load.text_too_long", **values), msg("load.hint.text_too_long")
        problems.append(Problem(display, line, col, message, hint, None, excerpt))
    return tuple(sorted(problems, key=lambda p: (p.line, p.col)))


def _places(text: str, paths: list[tuple[str | int, ...]]) -> list[tuple[int, int]]:
    """Each path's value's line:col (1-based) from libyaml's nodes; (1, 1) without them."""
    from cds_tracker.registry.yaml_fast import _loader

    loader = _loader()
    if loader is None:
        return [(1, 1)] * len(paths)
    try:
        parser = loader(text)
        try:
            root = parser.get_single_node()
        finally:
            parser.dispose()
    except Exception:  # what the fast reading read, libyaml reads again; if not, say 1:1
        return [(1, 1)] * len(paths)
    return [_place(root, path) for path in paths]


def _place(node: Any, path: tuple[str | int, ...]) -> tuple[int, int]:
    for step in path:
        if node is None:
            break
        if node.id == "mapping":
            pairs = [(k, v) for k, v in node.value if k.id == "scalar" and k.value == step]
            node = pairs[0][1] if pairs else None
            if node is not None and isinstance(step, str) and len(step) > MAX_TEXT:
                node = pairs[0][0]  # a long key: at the key
        elif node.id == "sequence" and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            node = None
    if node is None:
        return (1, 1)
    return node.start_mark.line + 1, node.start_mark.column + 1
