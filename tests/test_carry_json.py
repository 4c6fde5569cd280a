"""`cds carry-over --format json`: the same proposal for a program, never a question; and the
case of nothing left to carry said as a status. The workspace is test_plans.py's: plans/2023
(`cds init`, Phòng Văn hóa và Thông tin done II.7 on 20/07/2023, Phòng Y tế at work on III.4 on
20/12/2023) and plans/2024 (one target, I.1, group I only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import test_plans
from test_plans import cds, ok, report

CARRY = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    made: Path = test_plans.workspace.__wrapped__(tmp_path, monkeypatch)  # type: ignore[attr-defined]
    report("2023", "II.7", "Phòng Văn hóa và Thông tin", "done", "20/07/2023")
    report("2023", "III.4", "Phòng Y tế", "in_progress", "20/12/2023")
    return made


def test_the_proposal_then_the_write_then_nothing(workspace: Path) -> None:
    plans = sorted((workspace / "plans").rglob("*.yaml"))
    before = [p.read_bytes() for p in plans]
    proposed = cds(*CARRY, "--format", "json")  # no --yes, no answer given: nothing asked
    assert proposed.exit_code == 0, proposed.output
    data = json.loads(proposed.output)
    assert list(data) == [
        "from", "to", "registry", "status", "carried_before", "targets", "repairs", "left",
        "withdrawn", "lifted",
    ]  # fmt: skip
    assert (data["from"], data["to"], data["registry"], data["status"]) == (
        "2023", "2024", "plans/2024/phu_luc_01.yaml", "proposed"
    )  # fmt: skip
    assert (data["carried_before"], data["repairs"]) == (0, [])
    # 31 targets but II.7 (done on 20/07/2023); III.4 was unfinished on 31/12/2023. I.1 becomes
    # I.2 after the plan's own I.1, due 12/2024 instead of 5/2023; II.8 moves up to II.7.
    targets = {t["origin"]: t for t in data["targets"]}
    assert len(targets) == 30 and "2023/II.7" not in targets
    assert targets["2023/I.1"] == {
        "origin": "2023/I.1",
        "id": "I.2",
        "status": "late",
        "group": "I",
        "new_group": False,
        "deadline": "Tháng 12/2024",
        "old_deadline": "Tháng 5/2023",
        "content": targets["2023/I.1"]["content"],
        "unknown_units": [],
        "moved": [],
        "parts_done": [],
        "parts_kept": [],
        "periodic_not_copied": [],
        "heir_parts": [],
        "restated_by": [],
    }
    # III.4's last report (in progress, 20/12/2023) goes with it, not as done
    assert (targets["2023/III.4"]["parts_done"], targets["2023/III.4"]["parts_kept"]) == (
        [], [{"unit": "phong-y-te", "date": "2023-12-20", "status": "in_progress"}]
    )  # fmt: skip
    assert targets["2023/I.1"]["content"].startswith("100% các phòng, đơn vị thuộc UBND")
    assert (targets["2023/II.8"]["id"], targets["2023/II.8"]["new_group"]) == ("II.7", True)
    assert (targets["2023/I.2"]["deadline"], targets["2023/I.2"]["old_deadline"]) == (
        "Thường xuyên", None
    )  # fmt: skip
    assert [p.read_bytes() for p in plans] == before

    written = json.loads(ok(*CARRY, "--format", "json", "--yes", "--lang", "en"))
    assert (written["status"], len(written["targets"])) == ("written", 30)
    assert len(json.loads(ok("--plan", "2024", "list", "--format", "json"))) == 31

    again = cds(*CARRY, "--format", "json", "--yes")
    assert again.exit_code == 0
    assert json.loads(again.output) == {
        "from": "2023",
        "to": "2024",
        "registry": "plans/2024/phu_luc_01.yaml",
        "status": "nothing",
        "carried_before": 30,
        "targets": [],
        "repairs": [],
        "left": [],
        "withdrawn": [],
        "lifted": [],
    }
