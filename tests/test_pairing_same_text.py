"""Step 2 of the pairing (registry/same_text.py): rows of one text paired by their other cells.
Keyed every old × new pair, a text on 1,000 rows of each side took 12 s in `pair`, and 2,000
about a minute, uncounted against the pairing's limit. The pairs must be those of keying every
pair (the rule, kept here as the oracle), and no table of any shape may take more than seconds."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.same_text import Row, pair_same_text

from paths import REGISTRY

runner = CliRunner()


def _every_pair(olds: list[Row], news: list[Row]) -> tuple[list[tuple[str, str]], list[Any]]:
    """The rule keying every pair: the code before same_text.py, but for its order, one dict for
    both sides' ids: an old id also on the new side took its new place, so old I.1 went after
    old I.2 when the new side printed I.1 last (found by the test below)."""
    key = {
        (o, n): (sum(bool(a) and a == b for a, b in zip(oc, nc, strict=True)), o == n)
        for o, oc in olds
        for n, nc in news
    }
    old_order = {o: p for p, (o, _) in enumerate(olds)}
    new_order = {n: p for p, (n, _) in enumerate(news)}
    done: set[str] = set()
    taken: set[str] = set()
    unsure_old: set[str] = set()
    unsure_new: set[str] = set()
    pairs, uncertain = [], []

    def rank(k: tuple[str, str]) -> tuple[int, bool, int, int]:
        return -key[k][0], not key[k][1], old_order[k[0]], new_order[k[1]]

    for o, n in sorted(key, key=rank):
        if o in done or n in taken:
            continue
        rivals = [key[(o, m)] for m, _ in news if m != n and (m not in taken or m in unsure_new)]
        rivals += [key[(p, n)] for p, _ in olds if p != o and (p not in done or p in unsure_old)]
        if key[(o, n)] in rivals:
            uncertain.append((o, n))
            unsure_old.add(o)
            unsure_new.add(n)
        pairs.append((o, n))
        done.add(o)
        taken.add(n)
    return sorted(pairs), uncertain


_CELL = st.sampled_from(["", "a", "b"])
_ROW = st.tuples(st.sampled_from([f"I.{k}" for k in range(1, 7)]), st.tuples(*[_CELL] * 4))


def _side(rows: list[tuple[str, tuple[str, ...]]]) -> list[Row]:
    return list({i: (i, cells) for i, cells in rows}.values())  # ids unique per side


@settings(max_examples=400, deadline=None)
@given(st.lists(_ROW, max_size=7), st.lists(_ROW, max_size=7))
def test_classes_pair_as_keying_every_pair_does(old: list[Any], new: list[Any]) -> None:
    olds, news = _side(old), _side(new)
    pairs: list[tuple[str, str]] = []
    uncertain = pair_same_text(olds, news, lambda n, o: pairs.append((o, n)))
    expected_pairs, expected_uncertain = _every_pair(olds, news)
    assert sorted(pairs) == expected_pairs
    assert sorted(uncertain) == sorted(expected_uncertain)


def _registry(path: Path, leads: list[tuple[str, str]]) -> Path:
    """The shipped registry with one group of one text, a row per (id, lead), as JSON (YAML)."""
    data = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    group = data["groups"][0]
    first = group["targets"][0]
    group["targets"] = [
        {
            **first,
            "id": i,
            "number": int(i.split(".")[1]),  # valid: diff says a side validate refuses
            "content": "Rà soát 100% dữ liệu dân cư.",
            "lead": {"text": lead, "units": ["cac-phong-don-vi"]},
        }
        for i, lead in leads
    ]
    data["groups"] = [group]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_one_text_on_two_thousand_rows_renumbered_pairs_in_seconds(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """2,000 rows of one text and one lead; the revision drops none but prints them I.2–I.2001
    (a row added above). Every old row ties with every new one on cells (3 of 4 the same), and
    only I.2–I.2000 keep their numbers: those 1,999 pair by number, surely; old I.1 takes the
    one new row left, I.2001, and 2001 ties with nobody free: sure too. So nothing is added,
    removed or changed but old I.1's number, and no pair is uncertain."""
    monkeypatch.chdir(tmp_path)
    lead = "Các phòng, đơn vị thuộc UBND thành phố"
    _registry(tmp_path / "old.yaml", [(f"I.{k}", lead) for k in range(1, 2001)])
    _registry(tmp_path / "new.yaml", [(f"I.{k}", lead) for k in range(2, 2002)])
    start = time.process_time()
    done = runner.invoke(app, ["diff", "old.yaml", "new.yaml"])
    spent = time.process_time() - start
    assert done.exit_code == 0, done.output
    assert done.output.splitlines() == [
        "old.yaml → new.yaml: thêm 0, bỏ 0, sửa 0 chỉ tiêu; đánh số lại 1.",
        "= I.2001 (trước là I.1)  chỉ đánh số lại",
    ]
    assert spent < 30  # reading two 1 MB registries is most of it; a minute or more before
    start = time.process_time()
    done = runner.invoke(app, ["diff", "old.yaml", "new.yaml", "--format", "json"])
    assert time.process_time() - start < 30
    data = json.loads(done.output)
    assert (data["added"], data["removed"], data["uncertain"]) == ([], [], [])
    assert data["changed"] == [{"id": "I.2001", "was": "I.1", "fields": {}}]


def test_one_text_on_rows_of_all_different_cells_is_refused_past_the_limit(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """2,000 rows of one text, each its own lead, renumbered (old I.k is new I.(k+1)): the rows
    are 2,000 classes on each side, 2,000 × 2,000 + 2,000 × 2,000 = 8,000,000 looks, past the
    limit (1,000,000): refused, exit 1, both files named, nothing paired, in seconds."""
    monkeypatch.chdir(tmp_path)
    _registry(tmp_path / "old.yaml", [(f"I.{k}", f"Phòng số {k}") for k in range(1, 2001)])
    _registry(tmp_path / "new.yaml", [(f"I.{k + 1}", f"Phòng số {k}") for k in range(1, 2001)])
    start = time.process_time()
    done = runner.invoke(app, ["diff", "old.yaml", "new.yaml"])
    assert time.process_time() - start < 30
    assert done.exit_code == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "cds: lỗi: old.yaml và new.yaml: 2.000 chỉ tiêu cũ và 2.000 chỉ tiêu mới cùng một nội "
        "dung, khác nhau ở các cột khác theo quá nhiều cách để so từng cặp (quá giới hạn "
        "1.000.000 lần so); không ghép, không ghi gì",
        "  gợi ý: kiểm tra đã chọn đúng hai tệp (một phụ lục kế hoạch thường chỉ vài chục chỉ "
        "tiêu); ghép trước những chỉ tiêu đã biết bằng --pair CŨ=MỚI để bớt số phải ghép",
    ]
    english = runner.invoke(app, ["--lang", "en", "diff", "old.yaml", "new.yaml"])
    assert english.exit_code == 1
    assert english.stderr.splitlines()[0] == (
        "cds: error: old.yaml and new.yaml: 2,000 old and 2,000 new targets of one text, their "
        "other cells differing in too many ways to compare pair by pair (over the limit of "
        "1,000,000 comparisons); nothing paired or written"
    )
