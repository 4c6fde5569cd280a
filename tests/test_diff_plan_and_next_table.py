"""`cds diff plans/2023 KH-2024.docx`: a plan against the next year's plan as a Word table (fix12e).

Two plans pair targets only by what carry-over recorded (registry/diff_plans.py). Before any
carry-over nothing is recorded, and every 2023 target was listed "- removed": untrue, the 2024
plan removes nothing of 2023's (carry-over will carry the unfinished ones, the rest were
finished). Now the diff says why nothing is paired and how to pair (one note line), lists the
2024 plan's own targets as added and 2023's as "no carry-over recorded yet (not removed)".
After carry-over, a 2024 table (without the carried part) against 2023: the targets 2023
records as carried (`carried_to: 2024/I.3`) went on there, the others were finished."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cds_tracker.cli import app
from cds_tracker.output.diff_json import diff_json
from cds_tracker.output.diff_text import diff_text
from cds_tracker.registry.diff import compare
from test_diff_plans_apart import MARKETS, SCHOOLS, TRAINED, A
from test_revision_lists_carried import PLAN, PLAN_LINE, TITLE, runner, write_docx

NOTE_VI = (
    "Kế hoạch năm 2023 và kế hoạch năm 2024 là hai kế hoạch khác nhau, chưa có ghi chép chuyển "
    "tiếp nào (`carried_from`): không ghép chỉ tiêu theo nội dung hay số thứ tự, và chỉ tiêu năm "
    "2023 không có trong kế hoạch năm 2024 không phải bị bỏ. Sau khi nhập kế hoạch năm 2024, "
    "cds carry-over --from 2023 --to 2024 ghi chỉ tiêu nào được chuyển tiếp; --pair CŨ=MỚI để "
    "tự ghép."
)
NOTE_EN = (
    "The 2023 plan and the 2024 plan are two different plans with no carry-over record yet "
    "(`carried_from`): no target is paired by its text or number, and a 2023 target the 2024 "
    "plan does not list is not removed. Once the 2024 plan is imported, cds carry-over --from "
    "2023 --to 2024 records which targets go on; --pair OLD=NEW pairs by hand."
)
UNRECORDED = "chưa có ghi chép chuyển tiếp sang kế hoạch mới (không phải bị bỏ)"


def _plans(carried_to: str = "") -> tuple[dict[str, Any], dict[str, Any]]:
    first: dict[str, Any] = {"id": "I.1", "content": A}
    if carried_to:
        first |= {"carried_to": carried_to, "carried_on": "31/12/2023"}
    own = [{"id": "I.1", "content": MARKETS}, {"id": "I.2", "content": TRAINED}]
    second = {"id": "I.2", "content": SCHOOLS}
    old = {
        "document": {"year": 2023},
        "groups": [{"id": "I", "title": "Dữ liệu số", "targets": [first, second]}],
    }
    new = {
        "document": {"year": 2024},
        "groups": [{"id": "I", "title": "Dữ liệu số", "targets": own}],
    }
    return old, new


def test_before_any_carry_over_nothing_is_removed() -> None:
    diff = compare(*_plans())
    assert diff.no_record == ("2023", "2024")
    assert (diff.removed, diff.changed, diff.finished) == ([], [], [])
    assert diff.added == [("I.1", MARKETS), ("I.2", TRAINED)]
    assert diff.unrecorded == [("I.1", A), ("I.2", SCHOOLS)]
    assert diff_text(diff, "2023", "KH-2024.docx", "vi").splitlines() == [
        "2023 → KH-2024.docx: thêm 2, bỏ 0, sửa 0 chỉ tiêu.",
        NOTE_VI,
        "~ Đầu văn bản",
        "    Năm kế hoạch: [-2023-]{+2024+}",
        f"+ I.1  {MARKETS}",
        f"+ I.2  {TRAINED}",
        f"= I.1  {UNRECORDED}: {A}",
        f"= I.2  {UNRECORDED}: {SCHOOLS}",
    ]
    english = diff_text(diff, "2023", "KH-2024.docx", "en").splitlines()
    assert english[:2] == ["2023 → KH-2024.docx: 2 added, 0 removed, 0 changed targets.", NOTE_EN]
    assert english[6] == f"= I.1  no carry-over into the new plan recorded yet (not removed): {A}"
    data = json.loads(diff_json(diff, "2023", "KH-2024.docx"))
    assert (data["plans"], data["no_record"], data["removed"]) == (True, True, [])
    assert data["unrecorded"] == [{"id": "I.1", "content": A}, {"id": "I.2", "content": SCHOOLS}]


def test_the_other_way_round_nothing_is_added() -> None:
    old, new = _plans()
    diff = compare(new, old)
    assert (diff.added, diff.removed) == ([], [("I.1", MARKETS), ("I.2", TRAINED)])
    lines = diff_text(diff, "KH-2024.docx", "2023", "vi").splitlines()
    assert lines[:2] == ["KH-2024.docx → 2023: thêm 0, bỏ 2, sửa 0 chỉ tiêu.", NOTE_VI]
    said = "chưa có ghi chép chuyển tiếp sang kế hoạch cũ (không phải được thêm)"
    assert lines[-2:] == [f"= I.1  {said}: {A}", f"= I.2  {said}: {SCHOOLS}"]


def test_after_carry_over_a_table_without_the_carried_part() -> None:
    """2023's I.1 was carried into 2024 as I.3 (`carried_to: 2024/I.3`), I.2 finished; the 2024
    table lists its own targets only: I.1 went on there, I.2 was finished, neither removed."""
    diff = compare(*_plans(carried_to="2024/I.3"))
    assert diff.no_record == ("", "")
    assert (diff.removed, diff.unrecorded) == ([], [])
    assert diff.finished == [("I.2", SCHOOLS)]
    assert diff.carried_out == [("I.1", "2024/I.3")]
    assert diff_text(diff, "2023", "KH-2024.docx", "vi").splitlines()[-3:] == [
        f"= I.2  hoàn thành ở kế hoạch cũ nên không chuyển tiếp (không phải bị bỏ): {SCHOOLS}",
        "Chỉ tiêu đã chuyển tiếp sang kế hoạch mới, bên mới không ghi (không phải bị bỏ): 1",
        "  I.1 → 2024/I.3",
    ]
    assert diff_text(diff, "2023", "KH-2024.docx", "en").splitlines()[-2:] == [
        "Targets carried over into the new plan, not listed on the new side (not removed): 1",
        "  I.1 → 2024/I.3",
    ]
    data = json.loads(diff_json(diff, "2023", "KH-2024.docx"))
    assert data["carried_out"] == [{"id": "I.1", "carried_to": "2024/I.3"}]
    assert data["no_record"] is False


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped 2023 plan in plans/2023 and the 2024 plan's table (I.1, I.2; II.1)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    write_docx(tmp_path / "KH-2024.docx", PLAN, [*TITLE, PLAN_LINE])
    done = runner.invoke(app, ["init", "plans/2023"])
    assert done.exit_code == 0, done.output
    return tmp_path


def _json(*args: str) -> Any:
    done = runner.invoke(app, ["diff", *args, "-f", "json"])
    assert done.exit_code == 0, done.output
    return json.loads(done.output)


def test_cds_diff_of_the_plan_and_the_next_plans_table(workspace: Path) -> None:
    """31 targets in the shipped 2023 plan, 3 in the 2024 table: 3 added, 31 not yet carried,
    none removed; the note second, in the language asked."""
    data = _json("plans/2023", "KH-2024.docx")
    assert (len(data["added"]), len(data["unrecorded"]), data["removed"]) == (3, 31, [])
    assert data["unrecorded"][0]["id"] == "I.1" and data["unrecorded"][-1]["id"] == "V.4"
    for lang, title, note in (
        ("vi", "thêm 3, bỏ 0, sửa 0 chỉ tiêu.", NOTE_VI),
        ("en", "3 added, 0 removed, 0 changed targets.", NOTE_EN),
    ):
        lines = runner.invoke(app, ["diff", "plans/2023", "KH-2024.docx", "--lang", lang])
        shown = lines.output.splitlines()
        assert shown[0] == f"plans/2023/phu_luc_01.yaml → KH-2024.docx: {title}"
        assert shown[1] == note


def test_after_carry_over_the_table_removes_nothing(workspace: Path) -> None:
    """Imported as plans/2024 and carried over (all 31 open, so all carried): against the table,
    which lists the 2024 plan's own only, the 31 went on into 2024, none removed."""
    for step in (
        ["import", "KH-2024.docx", "--out", "plans/2024/phu_luc_01.yaml"],
        ["carry-over", "--from", "2023", "--to", "2024", "--yes"],
    ):
        done = runner.invoke(app, step)
        assert done.exit_code == 0, done.output
    data = _json("plans/2023", "KH-2024.docx")
    assert (data["removed"], data["finished"], data["unrecorded"]) == ([], [], [])
    assert data["carried_out"][:2] == [
        {"id": "I.1", "carried_to": "2024/III.1"},
        {"id": "I.2", "carried_to": "2024/III.2"},
    ]
    assert len(data["carried_out"]) == 31
