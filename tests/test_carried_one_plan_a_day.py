"""A carried target counts in exactly one plan on any day: in the plan it left up to its carry
day (its last day there), in the plan it went to from the day after (app/origins.py
`with_carry_days`, core/records.py `Target.closed`). Workspace of
test_plans.py: 2023 (31 targets), 2024 (its own I.1, wards, due 9/2024); II.7 done in 2023, the
other 30 carried on 31/12/2023. Hand-computed from test_plans.py's counts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from test_plans import _carried_workspace, ok, workspace  # noqa: F401  (the fixture)


def _report(day: str) -> dict[str, Counter[str]]:
    both = json.loads(
        ok("report", "--unit", "Phòng Y tế", "--all-plans", "--as-of", day, "-f", "json")
    )
    return {p["plan"]: Counter(r["status"] for r in p["rows"]) for p in both}


def _plans(day: str) -> dict[str, Any]:
    rows = json.loads(ok("plans", "--as-of", day, "--format", "json"))
    return {r["plan"]: r for r in rows}


def test_up_to_the_carry_day_only_the_old_plan_counts_them(workspace: Path) -> None:  # noqa: F811
    _carried_workspace()
    # 30/12/2023 and the carry day 31/12/2023: Phòng Y tế's 23 targets of 2023, 19 late
    # (test_plans.py; its targets due 12/2023 are due, not late, to the month's end); 2024 gives
    # it none yet (its own I.1 is the wards'; the 22 carried ones arrive on 01/01/2024).
    for day in ("30/12/2023", "31/12/2023"):
        before = _report(day)
        assert before["2023"]["late"] == 19 and sum(before["2023"].values()) == 23
        assert before["2024"] == Counter()
    # From the next day each is in 2024 and carried over in 2023: never both open.
    on = _report("01/01/2024")
    assert on["2023"] == {"carried_over": 22, "done": 1}
    assert sum(on["2024"].values()) == 22 and "late" not in on["2024"]
    for day, counts in (("30/12/2023", 26), ("31/12/2023", 26), ("01/01/2024", 0)):
        late = json.loads(ok("late", "--all-plans", "--as-of", day, "-f", "json"))
        assert [(p["plan"], len(p["rows"])) for p in late] == [("2023", counts), ("2024", 0)]


def test_plans_counts_a_carried_target_from_the_day_after_its_carry_day(
    workspace: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # the status on one line
    _carried_workspace()
    before = _plans("31/12/2023")["2024"]
    assert before["targets"] == 1  # its own I.1 only
    after = _plans("01/01/2024")["2024"]
    assert after["targets"] == 31  # I.1 and the 30 carried
    text = ok("--plan", "2024", "show", "I.2", "--as-of", "31/12/2023")
    assert "Chưa có trong kế hoạch ngày này: chuyển từ I.1 (2023) sang ngày 01/01/2024" in text
    text = ok("--lang", "en", "--plan", "2024", "show", "I.2", "--as-of", "31/12/2023")
    assert "Not in the plan on that day: carried from I.1 (2023) on 01/01/2024" in text
