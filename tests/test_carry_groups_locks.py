"""Carry-over by group name, not numeral; and two carry-overs from one plan at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cds_tracker.app.carrying import prepare, write
from cds_tracker.registry.importing.writing import to_yaml
from cds_tracker.registry.yamlio import parse
from test_plans import cds, workspace  # noqa: F401  (the fixture)

PLAN_2023 = "plans/2023/phu_luc_01.yaml"
PLAN_2024 = "plans/2024/phu_luc_01.yaml"
PLAN_2025 = "plans/2025/phu_luc_01.yaml"
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
