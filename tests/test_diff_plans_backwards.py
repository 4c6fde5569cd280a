"""`cds diff 2024 2023`: two plans compared the other way round pair the same targets (fix12e).

`cds diff 2023 2024` pairs 2024's carried I.4 with its origin 2023's I.1 by `carried_from`
(registry/diff_plans.py); typed the other way round, nothing was paired: every 2024 target
"+"/"-" against every 2023 one. Now the same record pairs the same targets, mirrored: what one
order adds the other removes, 2023's targets the carry-over left behind are "finished in the
earlier plan (the new side)", the 2024 plan's own revision is the old plan's, and its carried
target is "on the old side only". The sides are test_diff_plans_apart.py's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cds_tracker.cli import app
from cds_tracker.output.diff_json import diff_json
from cds_tracker.output.diff_text import diff_text
from cds_tracker.registry.diff import compare
from test_diff_plans_apart import MARKETS, OLDER, REVISION, ROOMS, SCHOOLS, TRAINED, plans
from test_revision_lists_carried import PLAN, PLAN_LINE, TITLE, runner, write_docx


def test_the_other_way_round_pairs_the_same_targets_mirrored() -> None:
    old, new = plans()
    diff = compare(new, old)  # 2024 → 2023
    assert diff.plans and diff.backwards
    assert (diff.added, diff.changed, diff.carried_in, diff.finished) == ([], [], [], [])
    assert diff.removed == [("I.1", MARKETS), ("I.3", ROOMS)]
    assert diff.finished_new == [("I.2", SCHOOLS), ("I.3", OLDER)]
    assert diff.carried_old == [("I.4", "2023/I.1")]
    finished = "hoàn thành ở kế hoạch trước (bên mới) nên không chuyển tiếp sang bên cũ (không "
    assert diff_text(diff, "2024", "2023", "vi").splitlines() == [
        "2024 → 2023: thêm 0, bỏ 2, sửa 0 chỉ tiêu; bãi bỏ 1.",
        "~ Đầu văn bản",
        "    Năm kế hoạch: [-2024-]{+2023+}",
        f"- I.1  {MARKETS}",
        f"- I.3  {ROOMS}",
        f"= I.2  {finished}phải được thêm): {SCHOOLS}",
        f"= I.3  {finished}phải được thêm): {OLDER}",
        "Điều chỉnh của chính kế hoạch cũ (không phải khác biệt với kế hoạch mới):",
        f"x I.2  bãi bỏ từ 15/06/2024 theo văn bản điều chỉnh {REVISION}",
        f"    Nội dung chỉ tiêu: {TRAINED}",
        "= I.3  bảng điều chỉnh in là I.2",
        "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên cũ có: 1",
        "  I.4 ← 2023/I.1",
    ]
    finished = "finished in the earlier plan (the new side), so not carried over to the old side"
    assert diff_text(diff, "2024", "2023", "en").splitlines() == [
        "2024 → 2023: 0 added, 2 removed, 0 changed targets; 1 annulled.",
        "~ Heading",
        "    Plan year: [-2024-]{+2023+}",
        f"- I.1  {MARKETS}",
        f"- I.3  {ROOMS}",
        f"= I.2  {finished} (not added): {SCHOOLS}",
        f"= I.3  {finished} (not added): {OLDER}",
        "The old plan's own revision (not a difference with the new plan):",
        f"x I.2  annulled from 15/06/2024 by the revision {REVISION}",
        f"    Content: {TRAINED}",
        "= I.3  the revised table prints I.2",
        "Targets carried from an earlier plan, on the old side only: 1",
        "  I.4 ← 2023/I.1",
    ]


def test_the_other_way_round_as_json() -> None:
    old, new = plans()
    data = json.loads(diff_json(compare(new, old), "2024", "2023"))
    assert (data["plans"], data["backwards"]) == (True, True)
    assert data["removed"] == [{"id": "I.1", "content": MARKETS}, {"id": "I.3", "content": ROOMS}]
    assert data["finished_new"] == [
        {"id": "I.2", "content": SCHOOLS},
        {"id": "I.3", "content": OLDER},
    ]
    assert data["carried_old"] == [{"id": "I.4", "carried_from": "2023/I.1"}]
    assert (data["added"], data["finished"], data["carried_in"]) == ([], [], [])
    forward = json.loads(diff_json(compare(old, new), "2023", "2024"))
    assert forward["backwards"] is False
    assert (forward["finished_new"], forward["carried_old"]) == ([], [])


def test_an_earlier_plans_annulled_target_is_not_on_the_old_side() -> None:
    """2023's I.2 annulled on 01/10/2023 (so not carried): forward "x I.2 đã bãi bỏ …, bên mới
    không có" and counted removed; the other way round on the new side only, counted added."""
    old, new = plans()
    old["groups"][0]["targets"][1]["cancelled"] = "01/10/2023"
    backwards = diff_text(compare(new, old), "2024", "2023", "vi").splitlines()
    assert backwards[0] == "2024 → 2023: thêm 1, bỏ 2, sửa 0 chỉ tiêu; bãi bỏ 1."
    assert "x I.2  đã bãi bỏ từ 01/10/2023, bên cũ không có" in backwards
    english = diff_text(compare(new, old), "2024", "2023", "en").splitlines()
    assert "x I.2  annulled since 01/10/2023, not on the old side" in english
    forward = diff_text(compare(old, new), "2023", "2024", "vi").splitlines()
    assert forward[0] == "2023 → 2024: thêm 2, bỏ 1, sửa 0 chỉ tiêu; bãi bỏ 1."
    assert "x I.2  đã bãi bỏ từ 01/10/2023, bên mới không có" in forward


def test_pair_chosen_the_other_way_round() -> None:
    """`--pair I.1=I.2` (2024's I.1 with 2023's I.2): the user's word, the rest as recorded."""
    old, new = plans()
    diff = compare(new, old, {"I.1": "I.2"})
    assert [(c.id, c.was) for c in diff.changed] == [("I.2", "I.1")]
    assert diff.removed == [("I.3", ROOMS)]
    assert diff.finished_new == [("I.3", OLDER)]
    assert diff.carried_old == [("I.4", "2023/I.1")]


@pytest.fixture
def carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped 2023 plan carried into a 2024 plan of three own targets (I.1, I.2; II.1)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    write_docx(tmp_path / "kh2024.docx", PLAN, [*TITLE, PLAN_LINE])
    steps = [
        ["import", "kh2024.docx", "--out", "plans/2024/phu_luc_01.yaml"],
        ["init", "plans/2023"],
        ["carry-over", "--from", "2023", "--to", "2024", "--yes"],
    ]
    for step in steps:
        done = runner.invoke(app, step)
        assert done.exit_code == 0, done.output
    return tmp_path


def test_cds_diff_either_way_pairs_the_shipped_plans_alike(carried: Path) -> None:
    """All 31 targets of the shipped plan are open, so all were carried: `diff 2023 2024` adds
    2024's three and carries 31 in; `diff 2024 2023` removes the three and finds the same 31
    pairs on the old side, each cited by its 2023 number."""
    forward = json.loads(runner.invoke(app, ["diff", "2023", "2024", "-f", "json"]).output)
    back = runner.invoke(app, ["diff", "2024", "2023", "-f", "json"])
    assert back.exit_code == 0, back.output
    backward = json.loads(back.output)
    assert len(forward["carried_in"]) == 31
    assert backward["carried_old"] == forward["carried_in"]
    assert [t["id"] for t in backward["removed"]] == [t["id"] for t in forward["added"]]
    assert [t["id"] for t in backward["removed"]] == ["I.1", "I.2", "II.1"]
    assert backward["added"] == backward["finished_new"] == []
    vi_part = "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên cũ có: 31"
    en_part = "Targets carried from an earlier plan, on the old side only: 31"
    for lang, title, part in (
        ("vi", "thêm 0, bỏ 3, sửa 0 chỉ tiêu.", vi_part),
        ("en", "0 added, 3 removed, 0 changed targets.", en_part),
    ):
        lines = runner.invoke(app, ["diff", "2024", "2023", "--lang", lang]).output.splitlines()
        assert lines[0].endswith(title)
        at = lines.index(part)
        assert lines[at + 1 : at + 3] == ["  I.3 ← II.1 (2023)", "  I.4 ← II.2 (2023)"]
