"""`cds diff` of 300 rewritten targets took 143 s: one budget of word matching for the whole run
(registry/diff.py `one_budget`), and the pairing of targets folds each text once."""

from __future__ import annotations

import time
from typing import Any

import pytest

from cds_tracker.registry import word_diff as diff  # its home since fix9b
from cds_tracker.registry.diff import FieldChange, one_budget, word_diff

# A reworded field of 200 words (20 distinct, reordered): some 113,000 places searched, under
# the per-field budget; 300 of them, one per target, are 34 million.
OLD = " ".join(f"w{i % 20}" for i in range(200))
NEW = " ".join(f"w{i * 7 % 20}" for i in range(200))


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many places difflib's searches looked at, over every matcher."""
    places = [0]
    search = diff._Matcher.find_longest_match

    def counted(self: Any, *args: Any) -> Any:
        before = self.spent
        try:
            return search(self, *args)
        finally:
            places[0] += self.spent - before

    monkeypatch.setattr(diff._Matcher, "find_longest_match", counted)
    return places


def test_one_field_alone_is_matched_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    places = _counting(monkeypatch)
    pieces = word_diff(OLD, NEW)
    assert any(op == "=" for op, _ in pieces)  # matched: words in common are kept
    assert 100_000 < places[0] < 113_220  # the middle, past the common first and last words
    assert places[0] * 300 > 10 * diff._RUN_BUDGET


def test_a_run_of_many_fields_spends_one_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    places = _counting(monkeypatch)
    with one_budget():
        runs = [word_diff(OLD, NEW) for _ in range(300)]
    # The run stops at its budget, plus at most the one search that went past it.
    assert places[0] <= diff._RUN_BUDGET + diff._MATCH_BUDGET

    def whole(pieces: list[tuple[str, str]]) -> bool:
        """The differing middle as one removal and one addition (common ends kept)."""
        return [op for op, _ in pieces if op != "="] == ["-", "+"]

    assert not whole(runs[0])  # the first fields are matched word by word
    assert whole(runs[-1])  # past the budget: one removal, one addition
    assert 26 <= sum(not whole(r) for r in runs) <= 30  # 3,000,000 / ~110,000 per field


def test_each_run_has_its_own_budget() -> None:
    @one_budget()
    def run() -> list[list[tuple[str, str]]]:
        return [FieldChange("content", OLD, NEW).words() for _ in range(20)]

    first, second = run(), run()
    assert first == second  # the second run is not past the first's budget
    assert len(first[-1]) > 3  # 20 fields, each matched word by word


def test_pairing_300_rewritten_targets_is_fast() -> None:
    from cds_tracker.registry.matching import pair

    old = [{"id": f"I.{i}", "content": f"Chỉ tiêu số {i} " + "Đ" * 2000} for i in range(300)]
    new = [{"id": f"I.{i}", "content": f"Chỉ tiêu mới {i} " + "đ" * 2000} for i in range(300)]
    start = time.perf_counter()
    pairing = pair(old, new)
    assert time.perf_counter() - start < 5  # 300 × 300 folds of 2,000 letters took minutes
    assert pairing.pairs == [(f"I.{i}", f"I.{i}") for i in range(300)]
