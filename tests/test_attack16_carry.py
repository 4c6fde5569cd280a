"""Issue 16's attack on `carry-over`: two confirmations at once, and units the new plan lacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cds_tracker.app.carrying import prepare, write
from cds_tracker.core.errors import DataError
from cds_tracker.registry.importing.writing import to_yaml
from cds_tracker.registry.yamlio import parse
from test_plans import cds, ok, workspace  # noqa: F401  (the fixture)

PLAN = "plans/2024/phu_luc_01.yaml"


def test_two_confirmations_at_once_write_once(workspace: Path) -> None:  # noqa: F811
    """Both `(sleep N; echo y) | cds carry-over` runs wrote: 62 targets, duplicate ids."""
    first = prepare("2023", "2024", "31/12/2023", None)
    second = prepare("2023", "2024", "31/12/2023", None)
    assert write(first, None) == "Đã ghi 31 chỉ tiêu vào plans/2024/phu_luc_01.yaml."
    written = (workspace / PLAN).read_bytes()
    with pytest.raises(DataError) as refused:
        write(second, None)
    assert getattr(refused.value.message, "key", None) == "carry.changed_since"
    assert (workspace / PLAN).read_bytes() == written
    assert len(json.loads(ok("--plan", "2024", "list", "--format", "json"))) == 32
    assert cds("validate", "--registry", PLAN).exit_code == 0


def test_a_unit_the_new_plan_lacks_is_marked_for_review(workspace: Path) -> None:  # noqa: F811
    """The check was skipped whenever a unit was unknown; now only those targets may fail it."""
    path = workspace / PLAN
    data = parse(path.read_text(encoding="utf-8"))
    units = [u for u in data["catalog"]["units"] if u["id"] != "phong-y-te"]
    for unit in units:
        if "members" in unit:
            unit["members"] = [m for m in unit["members"] if m != "phong-y-te"]
    data["catalog"]["units"] = units
    path.write_text(to_yaml(data), encoding="utf-8")
    assert cds("validate", "--registry", PLAN).exit_code == 0
    carry = prepare("2023", "2024", "31/12/2023", None)
    reviewed = [p.target["id"] for p in carry.proposals if p.unknown_units]
    assert reviewed == ["III.4", "IV.7", "IV.8"]
    carry.proposals[0].target["id"] = carry.proposals[1].target["id"]  # a duplicate id
    with pytest.raises(DataError) as refused:
        write(carry, None)
    assert getattr(refused.value.message, "key", None) == "carry.would_be_invalid"
    assert all(p.target not in reviewed for p in refused.value.problems)
    assert refused.value.problems
