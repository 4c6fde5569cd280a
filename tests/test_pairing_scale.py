"""Pairing old and new targets (registry/matching.py, registry/likeness.py) without a score per
old × new pair: 2,500 × 2,500 near-identical targets made `cds diff` take 89 s and die of
MemoryError (exit 3) under a 2 GB limit. The pairs must be those of scoring every pair."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_tracker.registry import likeness
from cds_tracker.registry.likeness import LIKE, MARGIN, SURE, Side, TooMany, pair_by_likeness
from cds_tracker.registry.matching import pair

from paths import REGISTRY

CELLS = {"directing": "Chủ tịch UBND", "lead": "Phòng Văn hóa và Thông tin", "deadline": "2023"}


def _target(target_id: str, words: str, **more: Any) -> dict[str, Any]:
    return {"id": target_id, "content": words, **CELLS, **more}


def test_a_target_whose_kept_partners_are_all_taken_finds_its_next_one() -> None:
    """Hand-computed. The table dropped I.1, so the old I.1–I.4 are printed 2.–5. (words kept,
    one added); the old I.5 shares "z w" with each of them and "z t" with the new 6. Every cell
    reads the same (0.4). Scores: old I.k with its reprint, 0.6 × 8/9 + 0.4 = 0.933; old I.5
    with the reprints 2.–4., 0.6 × 4/9 + 0.4 = 0.667, and with 5. (its number-twin) 0.687;
    with 6., 0.6 × 4/10 + 0.4 = 0.64; with 7., 0.6 × 2/7 + 0.4 = 0.571. Old I.5's four best
    partners (K = 4) are all taken by better pairs: it pairs with 6., not its number-twin 5.,
    and uncertainly (0.64 < SURE)."""
    assert likeness.K == 4  # what makes old I.5 look beyond the partners it kept
    old = [_target(f"I.{k}", f"p{k} q{k} r{k} z") for k in range(1, 5)]
    old.append(_target("I.5", "z w t u"))
    new = [_target(f"I.{k + 1}", f"p{k} q{k} r{k} z w") for k in range(1, 5)]
    new += [_target("I.6", "z t v2 v3 v4 v5"), _target("I.7", "z v6 v7")]
    pairing = pair(old, new)
    assert pairing.pairs == [
        ("I.1", "I.2"),
        ("I.2", "I.3"),
        ("I.3", "I.4"),
        ("I.4", "I.5"),
        ("I.5", "I.6"),
    ]
    assert pairing.new_only == ["I.7"]
    assert pairing.old_only == []
    assert pairing.uncertain == [("I.5", "I.6")]


def test_a_close_rival_left_out_of_the_kept_partners_still_makes_a_pair_uncertain() -> None:
    """Old I.1 is "a b c d" and keeps four partners; new 1.–4. are "a b c d x" (0.6 × 8/9 +
    0.4 = 0.933, 1. with the number's 0.02: 0.953), and old I.2–I.4 are the same as 2.–4.
    without "x" plus one word of their own, so they take 2.–4. first (0.6 × 10/11 + 0.4 =
    0.945, + 0.02 = 0.965). Old I.1 pairs with 1. at 0.953; its rival 5. ("a b c d y", 0.933)
    is within MARGIN, but was its fifth partner, not kept: found by looking further."""
    old = [_target("I.1", "a b c d")]
    old += [_target(f"I.{k}", f"a b c d x o{k}") for k in (2, 3, 4)]
    new = [_target(f"I.{k}", "a b c d x") for k in (1, 2, 3, 4)]
    new.append(_target("I.5", "a b c d y"))
    pairing = pair(old, new)
    assert pairing.pairs == [("I.1", "I.1"), ("I.2", "I.2"), ("I.3", "I.3"), ("I.4", "I.4")]
    assert ("I.1", "I.1") in pairing.uncertain  # 5. is 0.02 behind
    assert ("I.2", "I.2") in pairing.uncertain  # 3. and 4. read the same: rivals
    assert pairing.new_only == ["I.5"]


def test_the_same_text_twice_pairs_with_the_twin_of_the_same_number_else_the_first() -> None:
    old = [_target("I.1", "Một"), _target("I.2", "một "), _target("I.3", "MỘT")]
    new = [_target("I.3", "một"), _target("I.9", "Một")]
    pairing = pair(old, new)
    assert pairing.pairs == [("I.3", "I.3"), ("I.1", "I.9")]
    assert pairing.old_only == ["I.2"]
    # I.1 and I.2 tie for 9. on cells (all the same) and number (neither is 9.): uncertain.
    assert pairing.uncertain == [("I.1", "I.9")]


def _row(target_id: str, lead: str, deadline: str) -> dict[str, Any]:
    text = "Rà soát dữ liệu dân cư."
    return {
        "id": target_id,
        "content": text,
        "directing": "Chủ tịch",
        "lead": lead,
        "deadline": deadline,
    }


def test_a_text_on_several_rows_is_paired_by_its_other_cells_before_its_number() -> None:
    """Hand-computed (the attack that moved progress): four rows of one text, for Y tế (T3),
    Nội vụ (T4), Tư pháp (T5), Y tế (T6); the revision drops the Nội vụ row and prints the
    others 1.–3. Paired by position, I.2 became Tư pháp, I.3 Y tế T6 and I.4 was cancelled.
    By cells: old I.1 = 1. (directing, lead, deadline the same: 3), I.3 = 2., I.4 = 3.; old
    I.2 shares only directing with any of them and is left: removed. No tie: none uncertain."""
    old = [
        _row("I.1", "Phòng Y tế", "Tháng 3"),
        _row("I.2", "Phòng Nội vụ", "Tháng 4"),
        _row("I.3", "Phòng Tư pháp", "Tháng 5"),
        _row("I.4", "Phòng Y tế", "Tháng 6"),
    ]
    new = [
        _row("I.1", "Phòng Y tế", "Tháng 3"),
        _row("I.2", "Phòng Tư pháp", "Tháng 5"),
        _row("I.3", "Phòng Y tế", "Tháng 6"),
    ]
    pairing = pair(old, new)
    assert pairing.pairs == [("I.1", "I.1"), ("I.3", "I.2"), ("I.4", "I.3")]
    assert pairing.old_only == ["I.2"]
    assert pairing.new_only == []
    assert pairing.uncertain == []


def test_rows_of_one_text_tied_on_cells_go_by_number_else_are_uncertain() -> None:
    """Two rows of one text, the same cells, on both sides: I.1 = 1. and I.2 = 2. by number,
    sure (the number breaks the tie). Renumbered 5. and 6. (no number in common): paired in
    order, each uncertain (the other is as good a partner)."""
    old = [_row("I.1", "Phòng Y tế", "Tháng 3"), _row("I.2", "Phòng Y tế", "Tháng 3")]
    same = pair(old, [_row("I.2", "Phòng Y tế", "Tháng 3"), _row("I.1", "Phòng Y tế", "Tháng 3")])
    assert same.pairs == [("I.2", "I.2"), ("I.1", "I.1")]
    assert same.uncertain == []
    moved = pair(old, [_row("I.5", "Phòng Y tế", "Tháng 3"), _row("I.6", "Phòng Y tế", "Tháng 3")])
    assert moved.pairs == [("I.1", "I.5"), ("I.2", "I.6")]
    assert moved.uncertain == [("I.1", "I.5"), ("I.2", "I.6")]


# The rule, scoring every pair: what the pairing must give, pairs and uncertain ones alike.
def _every_pair(olds: list[Side], news: list[Side]) -> tuple[list[tuple[str, str]], list[Any]]:
    def score(o: Side, n: Side) -> float:
        a, b = o.words, n.words
        dice = 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0
        filled = sum(bool(x or y) for x, y in zip(o.cells, n.cells, strict=True))
        same = sum(bool(x) and x == y for x, y in zip(o.cells, n.cells, strict=True))
        return 0.6 * dice + 0.4 * (same / filled if filled else 0.0) + (0.02 * (o.id == n.id))

    scores = {(i, j): score(o, n) for i, o in enumerate(olds) for j, n in enumerate(news)}
    ranked = sorted((k for k, s in scores.items() if s >= LIKE), key=lambda k: (-scores[k], k))
    pairs, unsure, done, taken = [], [], set(), set()
    for i, j in ranked:
        if i in done or j in taken:
            continue
        s = scores[(i, j)]
        rivals = [v for (a, b), v in scores.items() if v >= LIKE and a == i and b not in taken]
        rivals += [v for (a, b), v in scores.items() if v >= LIKE and b == j and a not in done]
        rivals.remove(s)  # the pair itself, once from each side
        rivals.remove(s)
        if s < SURE or max(rivals, default=0.0) >= s - MARGIN:
            unsure.append((olds[i].id, news[j].id))
        pairs.append((olds[i].id, news[j].id))
        done.add(i)
        taken.add(j)
    return pairs, unsure


_WORDS = st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f", "g"]), max_size=5)
_CELL = st.sampled_from(("", "x", "y"))
_SIDE = st.lists(st.tuples(_WORDS, _CELL, _CELL, st.integers(1, 8)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_SIDE, _SIDE, st.integers(1, 3))
def test_keeping_a_few_partners_pairs_as_scoring_every_pair_does(
    old: list[Any], new: list[Any], k: int
) -> None:
    """Small vocabularies and few cells: ties and near ties everywhere, refills and rivals
    beyond the kept partners (K as low as 1)."""

    def sides(rows: list[Any], prefix: str) -> list[Side]:
        # Ids repeat a number at most once a side: "I.3", "I.3b"; the 0.02 of the same id.
        seen: set[str] = set()
        out = []
        for words, lead, deadline, number in rows:
            target_id = f"I.{number}" if f"I.{number}" not in seen else f"{prefix}{len(out)}"
            seen.add(target_id)
            out.append(Side(target_id, frozenset(words), ("", lead, "", deadline)))
        return out

    olds, news = sides(old, "o"), sides(new, "n")
    taken: list[tuple[str, str]] = []
    saved = likeness.K
    likeness.K = k
    try:
        unsure = pair_by_likeness(olds, news, lambda n, o: taken.append((o, n)))
    finally:
        likeness.K = saved
    pairs, expected_unsure = _every_pair(olds, news)
    assert taken == pairs
    assert unsure == expected_unsure


def test_past_the_limit_nothing_is_paired() -> None:
    news = [Side(f"I.{j}", frozenset({"a"}), ()) for j in range(1001)]
    olds = news[:1000]
    calls: list[tuple[str, str]] = []
    with pytest.raises(TooMany) as raised:
        pair_by_likeness(olds, news, lambda n, o: calls.append((o, n)))
    assert (raised.value.olds, raised.value.news) == (1000, 1001)
    assert calls == []


# The attack's targets: one long text, a word of the side's and the target's number (also
# run in a child process, alone).
NEAR_IDENTICAL = """
def near_identical(count, word, cells):
    text = "100% các phòng, đơn vị cung cấp dữ liệu phục vụ cơ sở dữ liệu dùng chung của tỉnh"
    return [
        {"id": f"I.{k}", "content": f"{text} {word} số {k}", **cells}
        for k in range(1, count + 1)
    ]
"""
_made: dict[str, Any] = {}
exec(NEAR_IDENTICAL, _made)


def _near_identical(count: int, word: str) -> list[dict[str, Any]]:
    made: list[dict[str, Any]] = _made["near_identical"](count, word, CELLS)
    return made


def _in_child(code: str, limit_bytes: int, cwd: Path | None = None) -> Any:
    """Python code run under an address-space limit; it prints what it measured."""

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        preexec_fn=limited,
        timeout=600,
        check=False,
        cwd=cwd,
    )


def test_a_thousand_near_identical_targets_pair_fast_in_little_memory() -> None:
    """1,000 × 1,000 (the limit): every target with its number-twin (its words and number the
    closest), all uncertain but the last (each has rivals 0.02 behind). Scoring every pair
    took 22.8 s and 365 MB; now about 2.5 s and 25 MB on a loaded machine."""
    code = (
        NEAR_IDENTICAL
        + f"""
import json, time
from cds_tracker.registry.matching import pair
old, new = near_identical(1000, "cũ", {CELLS!r}), near_identical(1000, "mới", {CELLS!r})
start = time.perf_counter()
pairing = pair(old, new)
spent = time.perf_counter() - start
# VmHWM, this process's own peak: ru_maxrss keeps the parent's from before exec.
status = open("/proc/self/status").read().split("VmHWM:")[1]
peak = int(status.split()[0]) // 1024
twins = sum(o == n for o, n in pairing.pairs)
print(json.dumps([spent, peak, len(pairing.pairs), twins, len(pairing.uncertain)]))
"""
    )
    done = _in_child(code, 1_000_000_000)
    assert done.returncode == 0, done.stderr
    spent, peak, pairs, twins, unsure = json.loads(done.stdout)
    assert (pairs, twins, unsure) == (1000, 1000, 999)
    assert spent < 20  # 2.5 s measured under load; 22.8 s scoring every pair
    assert peak < 150  # MB, the interpreter included; 365 MB scoring every pair


def _registry_of(targets: list[dict[str, Any]], path: Path) -> Path:
    """The shipped registry with `targets` (ids and texts; the other fields those of its first
    target) as its only group's: written as JSON, which is YAML, sparing 2 MB of YAML writing."""
    import yaml

    data = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    group = data["groups"][0]
    first = group["targets"][0]
    group["targets"] = [{**first, "id": t["id"], "content": t["content"]} for t in targets]
    data["groups"] = [group]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_attack_is_refused_with_a_message_under_a_2_gb_limit(tmp_path: Path) -> None:
    """2,500 × 2,500 near-identical targets: 162 s and exit 3 (MemoryError) under `ulimit -v
    2000000` before; now exit 1, the two files named, in about 12 s under load (reading the
    two 1 MB registries is most of it)."""
    _registry_of(_near_identical(2500, "cũ"), tmp_path / "old.yaml")
    _registry_of(_near_identical(2500, "mới"), tmp_path / "new.yaml")
    code = (
        "import sys; from cds_tracker.main import main; "
        "sys.argv = ['cds', 'diff', 'old.yaml', 'new.yaml']; main()"
    )
    start = time.monotonic()
    done = _in_child(code, 2_000_000 * 1024, cwd=tmp_path)
    spent = time.monotonic() - start
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [
        "cds: lỗi: old.yaml và new.yaml: còn 2.500 chỉ tiêu cũ và 2.500 chỉ tiêu mới khác nội "
        "dung phải ghép theo độ giống nhau (2.500 × 2.500 cặp), quá giới hạn 1.000.000 cặp; "
        "không ghép, không ghi gì",
        "  gợi ý: kiểm tra đã chọn đúng hai tệp (một phụ lục kế hoạch thường chỉ vài chục chỉ "
        "tiêu); ghép trước những chỉ tiêu đã biết bằng --pair CŨ=MỚI để bớt số phải ghép",
    ]
    assert done.stdout == ""
    assert spent < 60  # 12 s measured under load; 162 s before


def test_pairs_chosen_first_leave_the_rest_under_the_limit() -> None:
    """The hint's way out: 1,001 × 1,001 is past the limit; one pair chosen leaves 1,000 ×
    1,000, paired."""
    old, new = _near_identical(1001, "cũ"), _near_identical(1001, "mới")
    with pytest.raises(TooMany):
        pair(old, new)
    pairing = pair(old, new, {"I.1001": "I.1001"})
    assert len(pairing.pairs) == 1001
