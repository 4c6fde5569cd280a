"""The cache reads its JSON with CPython's C scanner, without importing `json` (app/cache.py:
issue 14, a warm `cds due` imports no `json`); `cache.loads` must read exactly what `json.loads`
reads, and refuse exactly what it refuses, for any UTF-8 text."""

from __future__ import annotations

import json
from typing import Any

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_tracker.app import cache

VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
# Texts near JSON: the characters JSON is made of, so that most are almost valid.
NEAR = st.text(
    alphabet=' \t\n\r[]{},:"\\/-+.0123456789eEtrufalsnNIiyb\u00e9\u1ea1\ufeff', max_size=30
)


def _outcome(read: Any, data: bytes) -> tuple[str, str]:
    try:
        return ("value", repr(read(data)))  # repr: NaN is not equal to itself
    except (ValueError, RecursionError) as error:
        return ("refused", type(error).__name__ if isinstance(error, RecursionError) else "")


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_what_the_cache_writes_reads_back_as_json_loads_reads_it(value: Any) -> None:
    data = msgspec.json.encode(value)
    assert cache.loads(data) == json.loads(data) == value


@settings(max_examples=1000, deadline=None)
@given(NEAR)
def test_any_text_is_read_or_refused_as_json_loads_does(text: str) -> None:
    data = text.encode("utf-8")
    assert _outcome(cache.loads, data) == _outcome(json.loads, data)


def test_the_edges_of_json() -> None:
    for text in ("", " ", "[1] [2]", "[1,]", "01", "NaN", "-Infinity", ' "a" ', "[1]\n", "\ufeff1"):
        data = text.encode("utf-8")
        assert _outcome(cache.loads, data) == _outcome(json.loads, data), text
    deep = b"[" * 100_000 + b"]" * 100_000
    refused = ("refused", "RecursionError")
    assert _outcome(cache.loads, deep) == _outcome(json.loads, deep) == refused
