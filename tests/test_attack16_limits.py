"""Issue 16's attack: small hostile inputs to `cds import` and `cds diff` must end fast, with a
located message, never by exhausting the machine's time or memory."""

from __future__ import annotations

import random
import time

from cds_tracker.registry.diff import word_diff


def _sentence(count: int, seed: int) -> str:
    # A vocabulary of five words: every word of one text matches many of the other's.
    chance = random.Random(seed)
    return " ".join(f"từ{chance.randint(0, 5)}" for _ in range(count))


def test_a_fully_reworded_long_field_diffs_in_about_a_second() -> None:
    """5000 words reworded took more than 600 s (matching spaces made it cubic)."""
    old, new = _sentence(5000, 1), _sentence(5000, 2)
    started = time.monotonic()
    pieces = word_diff(old, new)
    assert time.monotonic() - started < 2
    assert "".join(t for op, t in pieces if op != "+") == old
    assert "".join(t for op, t in pieces if op != "-") == new


def test_a_long_field_with_one_word_changed_still_shows_that_word() -> None:
    old = _sentence(5000, 1)
    new = old.replace("từ", "chữ", 1)
    started = time.monotonic()
    pieces = word_diff(old, new)
    assert time.monotonic() - started < 2
    assert pieces == [("-", old.split(" ")[0]), ("+", new.split(" ")[0]), ("=", old[3:])]


def test_a_space_in_common_is_no_match() -> None:
    assert word_diff("x y", "z w") == [("-", "x y"), ("+", "z w")]
    assert word_diff("Cấp tin; rồi", "Cấp dữ liệu; rồi") == [
        ("=", "Cấp "),
        ("-", "tin"),
        ("+", "dữ liệu"),
        ("=", "; rồi"),
    ]
