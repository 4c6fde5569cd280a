"""Carry-over copies the parts of the lead in force on the carry day, not a former lead's
(review 10, c_07): a revision that moved a target's lead (`before: lead`) left the former lead's
last report copied into the new plan, where that unit has no part, and `validate` accepted it.

plans/2024: I.1 "Thanh toán trực tuyến." due 9/2024, led by Phòng Nội vụ until a revision of
15/05/2024 gave it to Phòng Y tế. Phòng Nội vụ reported "đang thực hiện" on 10/05/2024 (its
lead then), Phòng Y tế "đang thực hiện" on 20/06/2024. plans/2025: one target of its own, so
I.1 of 2024 joins it as I.2. Carried on 31/12/2024: Phòng Y tế's report alone is copied;
Phòng Nội vụ's stays in plan 2024's history."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok


@pytest.fixture
def moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    health = _cell("Phòng Y tế", "phong-y-te")
    target = _target(1, "Thanh toán trực tuyến.", (EMPTY, health, EMPTY), "9/2024")
    target["before"] = [{"until": "15/05/2024", "lead": _cell("Phòng Nội vụ", "phong-noi-vu")}]
    _plan(tmp_path, 2024, [target])
    _plan(tmp_path, 2025, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2025")])
    for unit, day in (("Phòng Nội vụ", "10/05/2024"), ("Phòng Y tế", "20/06/2024")):
        ok("--plan", "2024", "progress", "add", "I.1", "--unit", unit, "--status",
           "đang thực hiện", "--date", day)  # fmt: skip
    return tmp_path


def test_only_the_lead_of_the_carry_day_has_its_report_copied(moved: Path) -> None:
    ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")
    progress = moved / "plans/2025/progress"
    assert sorted(p.name for p in progress.glob("*.yaml")) == ["phong-y-te.yaml"]
    copied = (progress / "phong-y-te.yaml").read_text(encoding="utf-8")
    assert copied.count('"target": "I.2"') == 1 and '"date": "2024-06-20"' in copied
    assert "2024-05-10" not in copied
    shown = cds("--plan", "2025", "progress", "list", "--format", "json")
    assert shown.exit_code == 0, shown.output
    assert '"phong-noi-vu"' not in shown.stdout
    assert shown.stdout.count('"phong-y-te"') == 1
    kept = (moved / "plans/2024/progress/phong-noi-vu.yaml").read_text(encoding="utf-8")
    assert '"date": "2024-05-10"' in kept  # the old plan keeps its history
    assert cds("--plan", "2025", "validate").exit_code == 0
