"""Carry-over by group name, not numeral; and two carry-overs from one plan at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cds_tracker.app.carrying import prepare, write
from cds_tracker.core.errors import DataError
from cds_tracker.output.words import say
from cds_tracker.registry.importing.writing import to_yaml
from cds_tracker.registry.yamlio import parse
from test_plans import cds, workspace  # noqa: F401  (the fixture)

PLAN_2023 = "plans/2023/phu_luc_01.yaml"
PLAN_2024 = "plans/2024/phu_luc_01.yaml"
# A second plan of 2024 (a revision's folder): carried from 2023 as 2024 is; 2023 into 2025
# over 2024 is refused (test_carry_next_plan.py, a21-10).
PLAN_OTHER = "plans/2024-sua-doi/phu_luc_01.yaml"
OTHER = "2024-sua-doi"
CARRY = ("carry-over", "--from", "2023", "--to")


def _load(root: Path, plan: str) -> Any:
    return parse((root / plan).read_text(encoding="utf-8"))


def _ids(data: Any) -> list[tuple[str, str, list[str]]]:
    return [
        (g["id"], g["title"], [str(t["id"]) for t in g.get("targets") or ()])
        for g in data["groups"]
    ]


def _carried(data: Any, key: str) -> dict[str, str]:
    return {
        str(t["id"]): str(t[key])
        for g in data["groups"]
        for t in g.get("targets") or ()
        if key in t
    }


def test_targets_join_the_group_of_their_name(workspace: Path) -> None:  # noqa: F811
    """2023's "I. Dữ liệu số" went into 2024's "I. CHÍNH QUYỀN SỐ" (same numeral)."""
    data = _load(workspace, PLAN_2024)
    first = data["groups"][0]
    first["title"] = "CHÍNH QUYỀN SỐ"  # 2024 numbers its groups differently from 2023
    second = json.loads(json.dumps(first))
    second.update({"id": "II", "title": "Xã  hội SỐ"})  # case, spacing: the same name
    second["targets"][0].update({"id": "II.1", "content": "Một chỉ tiêu xã hội số."})
    data["groups"].append(second)
    (workspace / PLAN_2024).write_text(to_yaml(data), encoding="utf-8")
    assert cds("validate", "--registry", PLAN_2024).exit_code == 0
    carry = prepare("2023", "2024", "31/12/2023", None)
    # 2023: I Dữ liệu số (5), II Chính quyền số (9), III Kinh tế số (5), IV Xã hội số (8),
    # V An toàn, an ninh mạng (4). 2024: I CHÍNH QUYỀN SỐ (I.1), II Xã hội số (II.1).
    where = {p.origin: (p.target["id"], p.new_group) for p in carry.proposals}
    assert where["2023/I.1"] == ("III.1", True)  # a new group, next free numeral
    assert where["2023/I.5"] == ("III.5", True)
    assert where["2023/II.1"] == ("I.2", False)
    assert where["2023/II.9"] == ("I.10", False)
    assert where["2023/III.1"] == ("IV.1", True)
    assert where["2023/IV.1"] == ("II.2", False)
    assert where["2023/IV.8"] == ("II.9", False)
    assert where["2023/V.4"] == ("V.4", True)
    shown = carry.report.blocks[0].details  # type: ignore[union-attr]
    assert shown[0][0] == "vào nhóm mới III. Dữ liệu số (kế hoạch mới chưa có nhóm này)"
    assert shown[5][0] == "vào nhóm I. CHÍNH QUYỀN SỐ"
    write(carry, None)
    after = _ids(_load(workspace, PLAN_2024))
    assert after == [
        ("I", "CHÍNH QUYỀN SỐ", ["I.1", *(f"I.{n}" for n in range(2, 11))]),
        ("II", "Xã  hội SỐ", [f"II.{n}" for n in range(1, 10)]),
        ("III", "Dữ liệu số", [f"III.{n}" for n in range(1, 6)]),
        ("IV", "Kinh tế số", [f"IV.{n}" for n in range(1, 6)]),
        ("V", "An toàn, an ninh mạng", [f"V.{n}" for n in range(1, 5)]),
    ]
    assert _carried(_load(workspace, PLAN_2024), "carried_from")["III.2"] == "2023/I.2"
    assert cds("validate", "--registry", PLAN_2024).exit_code == 0


def _plan_other(root: Path) -> None:
    data = _load(root, PLAN_2024)
    (root / "plans" / OTHER).mkdir()
    (root / PLAN_OTHER).write_text(to_yaml(data), encoding="utf-8")


def test_a_target_taken_since_the_proposal_is_not_carried_twice(workspace: Path) -> None:  # noqa: F811
    _plan_other(workspace)
    to_2024 = prepare("2023", "2024", "31/12/2023", None)
    to_other = prepare("2023", OTHER, "31/12/2023", None)
    assert (len(to_2024.proposals), len(to_other.proposals)) == (31, 31)
    write(to_2024, None)
    before = (workspace / PLAN_OTHER).read_bytes(), (workspace / PLAN_2023).read_bytes()
    with pytest.raises(DataError) as refused:
        write(to_other, None)
    said = refused.value.message
    assert getattr(said, "key", None) == "carry.taken_since"
    text = say(said, "vi")
    assert text.startswith(
        "31 chỉ tiêu của plans/2023/phu_luc_01.yaml đã được chuyển sang kế hoạch khác từ lúc"
        " đề xuất (I.1 → 2024/I.2, I.2 → 2024/I.3, I.3 → 2024/I.4, "
    )
    assert text.count(" → 2024/") == 31
    assert text.endswith(
        "V.4 → 2024/V.4): chưa ghi gì, chạy lại lệnh (các chỉ tiêu đã chuyển"
        " sẽ không được đề xuất nữa)"
    )
    assert ((workspace / PLAN_OTHER).read_bytes(), (workspace / PLAN_2023).read_bytes()) == before
    # Asked again, even as of a day before it left: the origin says it has left.
    assert prepare("2023", OTHER, "30/06/2023", None).proposals == []
    marks = _carried(_load(workspace, PLAN_2023), "carried_to")
    assert len(marks) == 31 and all(v.startswith("2024/") for v in marks.values())


def test_two_carry_overs_at_once_keep_every_mark(workspace: Path) -> None:  # noqa: F811
    """`cds carry-over --to 2024 --yes & cds carry-over --to 2024-sua-doi --yes`: both got 31
    targets and the origin kept only the second's marks."""
    _plan_other(workspace)
    env = {**os.environ, "CDS_NO_CACHE": "1"}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "cds_tracker", *CARRY, plan, "--as-of", "31/12/2023", "--yes"],
            cwd=workspace,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for plan in ("2024", OTHER)
    ]
    done = [(run.wait(timeout=300), run.communicate()) for run in runs]
    # Both proposed before either wrote: the later is refused (exit 1); else it finds nothing.
    assert sorted(code for code, _ in done) in ([0, 0], [0, 1]), done
    carried = {
        plan: _carried(_load(workspace, path), "carried_from")
        for plan, path in (("2024", PLAN_2024), (OTHER, PLAN_OTHER))
    }
    counts = sorted(len(c) for c in carried.values())
    assert counts == [0, 31]  # one plan took all 31, the other none
    winner = next(plan for plan, c in carried.items() if c)
    marks = _carried(_load(workspace, PLAN_2023), "carried_to")
    assert len(marks) == 31
    back = {origin.removeprefix("2023/"): new for new, origin in carried[winner].items()}
    assert marks == {old: f"{winner}/{new}" for old, new in back.items()}


def test_a_new_group_after_the_fourteenth_is_xv() -> None:
    """The numerals stopped at XIV: a fifteenth group was an internal error (StopIteration)."""
    from cds_tracker.questions.carry_over import _group_for

    numerals = [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "XIII",
        "XIV",
    ]
    groups: list[dict[str, Any]] = [{"id": n, "title": f"Nhóm {n}"} for n in numerals]
    assert _group_for(groups, "I. NHÓM xiv")["id"] == "XIV"  # by name, numeral ignored
    assert _group_for(groups, "Dữ liệu số") == {"id": "XV", "title": "Dữ liệu số", "targets": []}
    assert _group_for(groups, "Kinh tế số")["id"] == "XVI"
