"""No English sentence is handed to the user from the code: every message is a catalogue key.

The dynamic test (test_language.py) runs the commands; this one reads the source, so that an error
path no test reaches cannot carry words either. It looks at every exception raised in src/ and at
every record the CLI prints as a message (`CdsError` and its subclasses, `Problem`, `Finding`,
wherever they are made): none may be given a string literal or an f-string, directly or through a
variable of the same function. What is raised only inside the program (and never printed) is
allowed below, each with the reason it cannot reach the user.
"""

from __future__ import annotations

import ast
from pathlib import Path

from paths import ROOT

SOURCE = ROOT / "src" / "cds_tracker"

# Records and exceptions the CLI prints as a message, wherever they are made (not only raised).
SHOWN = {"CdsError", "UsageError", "DataError", "LockTimeout", "Problem", "Finding"}

# (file under src/cds_tracker, exception) raised with words that never reach the user.
INTERNAL = {
    ("app/cache.py", "Damaged"): "a damaged cache is read afresh from the files, silently",
    ("app/cache.py", "ValueError"): "cache.loads refuses a damaged file: read afresh, silently",
    ("app/cache_codec.py", "Damaged"): "a damaged cache is read afresh from the files, silently",
    ("app/cache_entries.py", "Damaged"): "a damaged cache is read afresh from the files, silently",
    ("app/cache_codec.py", "TypeError"): "a programming error (a type the cache cannot hold)",
    ("app/cached_figures.py", "ValueError"): "a damaged cache entry: read afresh, silently",
    ("core/dates.py", "ValueError"): "try_parse_month turns it into None (then date.not_month)",
    ("core/tuples.py", "TypeError"): "a programming error (a record class or call written wrong)",
    ("core/tuples.py", "ValueError"): "a programming error (`_replace` of a field that is none)",
    ("progress/fast_check.py", "TypeError"): "a programming error, at import, found by tests",
    ("progress/lines.py", "_Refused"): "the JSON fast path gives up; the YAML reader says why",
    ("progress/writing.py", "OSError"): "errno ENOSPC: os_reason shows os.no_space, not the text",
    ("questions/aggregates.py", "ValueError"): "a damaged cached aggregate: read afresh, silently",
}


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _has_words(node: ast.expr, bound: dict[str, list[ast.expr]], depth: int = 0) -> bool:
    """A string literal with letters, an f-string with some, or an expression built of them."""
    if depth > 5:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part, bound, depth + 1) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _has_words(node.left, bound, depth + 1) or _has_words(node.right, bound, depth + 1)
    if isinstance(node, ast.IfExp):
        return _has_words(node.body, bound, depth + 1) or _has_words(node.orelse, bound, depth + 1)
    if isinstance(node, ast.Name):
        return any(_has_words(value, bound, depth + 1) for value in bound.get(node.id, []))
    return False


def _bindings(function: ast.AST) -> dict[str, list[ast.expr]]:
    """Each name of the function with every value assigned to it (tuples unpacked)."""
    bound: dict[str, list[ast.expr]] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    bound.setdefault(target.id, []).append(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for name, value in zip(target.elts, node.value.elts, strict=False):
                        if isinstance(name, ast.Name):
                            bound.setdefault(name.id, []).append(value)
    return bound


def _words_given(path: Path) -> list[tuple[str, int, str, str]]:
    """(function, line, callee, source) of each message given as words in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    for function in [tree, *functions]:
        name = getattr(function, "name", "<module>")
        bound = _bindings(function) if function is not tree else {}
        inner = function.body if function is not tree else tree.body
        for node in (n for stmt in inner for n in _walk_own(stmt)):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                call = node.exc
                if not _callee(call).lstrip("_")[:1].isupper():
                    continue  # a function making the exception: its own body is checked
            elif isinstance(node, ast.Call) and _callee(node) in SHOWN:
                call = node
            else:
                continue
            given = [*call.args, *(k.value for k in call.keywords)]
            if any(_has_words(arg, bound) for arg in given):
                found.append((name, call.lineno, _callee(call), ast.unparse(call)[:120]))
    return sorted(set(found), key=lambda item: item[1])


def _walk_own(node: ast.AST) -> list[ast.AST]:
    """The nodes of a statement, not descending into nested functions (they are walked alone)."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
        return []
    found = [node]
    for child in ast.iter_child_nodes(node):
        found += _walk_own(child)
    return found


def _all_words_given() -> dict[str, list[tuple[str, int, str, str]]]:
    found = {}
    for path in sorted(SOURCE.rglob("*.py")):
        shown = path.relative_to(SOURCE).as_posix()
        given = [g for g in _words_given(path) if (shown, g[2]) not in INTERNAL]
        if given:
            found[shown] = given
    return found


def test_the_check_finds_words_in_every_form(tmp_path: Path) -> None:
    """So that an empty answer below means there are none, not that the check is blind."""
    source = tmp_path / "sample.py"
    source.write_text(
        "def f(x):\n"
        "    raise UsageError('no such thing')\n"  # 2: a literal
        "def g(x):\n"
        "    raise DataError(f'{x} is wrong', hint='do this')\n"  # 4: an f-string
        "def h(x):\n"
        "    message, hint = f'{x} vanished', 'remove it'\n"
        "    yield Finding(('a',), message, hint)\n"  # 7: through a variable
        "def i(x):\n"
        "    return Problem(x, 1, 1, 'one' if x else 'two')\n"  # 9: a choice of literals
        "def j(x):\n"
        "    raise UsageError(msg('key', value='words in a value are data'))\n"  # 11: fine
        "def k(x):\n"
        "    raise UsageError(x, hint=msg('key'))\n",  # 13: fine
        encoding="utf-8",
    )
    assert [line for _, line, _, _ in _words_given(source)] == [2, 4, 7, 9]


def test_no_words_are_given_to_an_error_or_a_problem() -> None:
    found = {
        file: [f"{line}: {function}: {text}" for function, line, _, text in given]
        for file, given in _all_words_given().items()
    }
    assert found == {}


def test_every_allowed_exception_is_still_raised_with_words() -> None:
    """An allowance that no longer matches anything is removed, so the list stays honest."""
    used = set()
    for path in sorted(SOURCE.rglob("*.py")):
        shown = path.relative_to(SOURCE).as_posix()
        for _, _, callee, _ in _words_given(path):
            used.add((shown, callee))
    assert sorted(set(INTERNAL) - used) == []
