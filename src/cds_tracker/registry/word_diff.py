"""Texts compared word by word, within a budget of matching work (registry/diff.py's fields;
`cds diff` and the diff `import --revise` prints).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_WORDS = re.compile(r"\w+|[^\w\s]+|\s+")  # words, punctuation, spaces: "tin;" is two tokens

Piece = tuple[str, str]  # ("=", same) ("-", removed) ("+", added)


def word_diff(old: str, new: str) -> list[Piece]:
    """The texts as runs of unchanged, removed and added words (spaces kept, so runs rejoin).

    Matching is quadratic or worse in the words that differ, so past `_WORD_BUDGET` (a field of
    some 500 reworded words) the differing middle is shown as one removal and one addition:
    a revision that rewrote a whole field reads no better word by word."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    pieces: list[Piece] = [("=", "".join(a[:head]))] if head else []
    words_a = sum(not t.isspace() for t in middle_a)
    words_b = sum(not t.isspace() for t in middle_b)
    matched = _matched(middle_a, middle_b) if words_a * words_b <= _WORD_BUDGET else None
    if matched is None:
        pieces += [p for p in (("-", "".join(middle_a)), ("+", "".join(middle_b))) if p[1]]
    else:
        pieces += matched
    if tail:
        pieces.append(("=", "".join(a[len(a) - tail :])))
    return pieces


_WORD_BUDGET = 250_000


# What difflib may do for one field, and for a whole run (`one_budget`: a `cds diff`, the diff
# `import --revise` prints): the places it compares, counted as it searches (below). A budget per
# field alone let 300 rewritten targets take 143 s; past the run's, every further field is shown
# as one removal and one addition, as a field past its own budget is.
_MATCH_BUDGET = 1_000_000
_RUN_BUDGET = 3_000_000
_RUN: ContextVar[list[int] | None] = ContextVar("word_diff_run", default=None)


@contextmanager
def one_budget() -> Iterator[None]:
    """One budget of matching work for every `word_diff` inside it (also a decorator: each call
    of the decorated function is a run of its own)."""
    token = _RUN.set([0])
    try:
        yield
    finally:
        _RUN.reset(token)


class _OverBudget(Exception):
    pass


class _Matcher(difflib.SequenceMatcher[str]):
    """difflib's matcher, counting its work: each search for the longest match looks at every
    place in the new words of every old word in range. Words repeated on both sides (499 "x"
    against 498 "x y") make hundreds of searches of a quarter million places each (2 s a field);
    past `_MATCH_BUDGET` (or the run's `_RUN_BUDGET`) the search stops and the caller shows the
    whole middle replaced."""

    spent = 0
    run: list[int] = [0]  # noqa: RUF012  (replaced per matcher: the run's shared count)

    def find_longest_match(
        self, alo: int = 0, ahi: int | None = None, blo: int = 0, bhi: int | None = None
    ) -> difflib.Match:
        state: Any = self  # difflib's own attributes, absent from its type stubs
        b2j, a = state.b2j, state.a
        stop = len(a) if ahi is None else ahi
        work = sum(len(b2j.get(a[i], ())) for i in range(alo, stop))
        self.spent += work
        self.run[0] += work
        if self.spent > _MATCH_BUDGET or self.run[0] > _RUN_BUDGET:
            raise _OverBudget
        return super().find_longest_match(alo, ahi, blo, bhi)


def _matched(a: list[str], b: list[str]) -> list[Piece] | None:
    """The words matched (None past the budget of work)."""
    # Spaces are junk: they join matches but never start one (a space in common is no match).
    run = _RUN.get()
    if run is not None and run[0] > _RUN_BUDGET:
        return None  # the run's budget is spent: no matcher built
    matcher = _Matcher(str.isspace, a, b, autojunk=False)
    matcher.run = run if run is not None else [0]
    pieces: list[Piece] = []
    try:
        opcodes = matcher.get_opcodes()
    except _OverBudget:
        return None
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            pieces.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("+", "".join(b[j1:j2])))
    return pieces
