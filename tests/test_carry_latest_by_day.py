"""Carry-over copies each part's latest report by the one rule of which entry is later
(questions/timeline.py `in_order`: by day, then when written, then as written), as status reads
it; it took the lower line of the unit's file, so a report typed late for an earlier day
replaced the latest one in the new plan.

plans/2024: I.1 "Thanh toán trực tuyến." due 9/2024, led by Phòng Y tế, which reports
"đang thực hiện" on 20/06/2024 (note "mới"), then types a forgotten report of 10/06/2024 (note
"cũ"). plans/2025: one target of its own, so I.1 of 2024 joins it as I.2. Carried on
31/12/2024: the report of 20/06/2024 is copied, as plan 2024's `show` has it as the latest; the
one of 10/06/2024 stays in plan 2024's history.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok


@pytest.fixture
def typed_late(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2024, [_target(1, "Thanh toán trực tuyến.", (EMPTY, health, EMPTY), "9/2024")])
    _plan(tmp_path, 2025, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2025")])
    for day, note in (("20/06/2024", "mới"), ("10/06/2024", "cũ")):
        ok("--plan", "2024", "progress", "add", "I.1", "--unit", "Phòng Y tế", "--status",
           "đang thực hiện", "--date", day, "--note", note)  # fmt: skip
    return tmp_path


def test_the_latest_report_by_day_is_copied_not_the_last_typed(typed_late: Path) -> None:
    shown = cds("--plan", "2024", "show", "I.1", "--as-of", "31/12/2024", "--format", "json")
    assert shown.exit_code == 0, shown.output
    (part,) = json.loads(shown.stdout)["parts"]
    assert part["reported"] == "2024-06-20"
    ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")
    copied = (typed_late / "plans/2025/progress/phong-y-te.yaml").read_text(encoding="utf-8")
    lines = [line for line in copied.splitlines() if line.startswith("- ")]
    assert len(lines) == 1
    entry = json.loads(lines[0][2:])
    assert (entry["target"], entry["date"], entry["status"]) == ("I.2", "2024-06-20", "in_progress")
    assert entry["note"].endswith("mới")
    listed = cds("--plan", "2025", "show", "I.2", "--as-of", "01/01/2025", "--format", "json")
    assert listed.exit_code == 0, listed.output
    (part,) = json.loads(listed.stdout)["parts"]
    assert part["reported"] == "2024-06-20"
