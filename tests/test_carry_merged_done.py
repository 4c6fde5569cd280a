"""Carry-over copies a merged ward's finished part by the one rule of merged units (issue 16):
Bắc Sơn and Nam Sơn merged into Tam Điệp on 01/07/2024; Tam Điệp owes each old ward's part not
finished before the merger, so its part is done only when both were, or when it says so itself
after the merger. Carry-over used to take the latest report of either ward as Tam Điệp's, and
copied Bắc Sơn's late `done` although Nam Sơn never finished."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cds_tracker.registry.yamlio import parse
from test_carry_units import CHANGES, EMPTY, _cell, _plan, _target, cds, ok

CARRY = ("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/2024: I.1 led by both wards and Phòng Y tế (which never reports, so the target is
    unfinished and carried whatever the wards did); plans/2025: one target of its own."""
    monkeypatch.chdir(tmp_path)
    lead = _cell(
        "Phường Bắc Sơn, phường Nam Sơn, Phòng Y tế",
        "phuong-bac-son",
        "phuong-nam-son",
        "phong-y-te",
    )
    _plan(tmp_path, 2024, [_target(1, "Số hóa hồ sơ hộ tịch.", (EMPTY, lead, EMPTY), "5/2024")])
    only = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2025, [_target(1, "Chuyển đổi số trạm y tế.", (EMPTY, only, EMPTY), "6/2025")])
    (tmp_path / "plans/don_vi_thay_doi.yaml").write_text(CHANGES, encoding="utf-8")
    return tmp_path


def _add(unit: str, status: str, day: str) -> None:
    ok(
        "--plan",
        "2024",
        "progress",
        "add",
        "I.1",
        "--unit",
        unit,
        "--status",
        status,
        "--date",
        day,
    )


def _tam_diep_2025() -> list[tuple[str, str, str]]:
    report = json.loads(
        ok(
            "--plan",
            "2025",
            "report",
            "--unit",
            "Phường Tam Điệp",
            "--as-of",
            "15/01/2025",
            "-f",
            "json",
        )
    )
    return [(t["id"], t["carried_from"], t["unit_status"]) for t in report]


def test_one_ward_done_the_other_not_is_not_copied_as_done(plans: Path) -> None:
    # Nam Sơn in progress on 20/06, Bắc Sơn done later (25/06): the latest report is a `done`,
    # but Nam Sơn's part, which Tam Điệp took over, was never finished.
    _add("Nam Sơn", "đang thực hiện", "20/06/2024")
    _add("Bắc Sơn", "hoàn thành", "25/06/2024")
    result = cds(*CARRY)
    assert result.exit_code == 0, result.output
    # Not copied as done: the unfinished part's last report (Nam Sơn's, 20/06) is what is kept.
    copied = parse((plans / "plans/2025/progress/phuong-nam-son.yaml").read_text("utf-8"))
    assert [(e["target"], e["status"], e["date"]) for e in copied] == [
        ("I.2", "in_progress", "2024-06-20")
    ]
    assert [p.name for p in (plans / "plans/2025/progress").glob("*.yaml")] == [
        "phuong-nam-son.yaml"
    ]
    assert _tam_diep_2025() == [("I.2", "2024/I.1", "in_progress")]  # owed, so urged
    by_unit = ("--plan", "2025", "late", "--by-unit", "--as-of", "15/01/2026", "-f", "json")
    late = json.loads(ok(*by_unit))
    assert sorted((t["unit"], t["id"], t["units_done"]) for t in late) == [
        ("Phòng Y tế", "I.1", 0),
        ("Phòng Y tế", "I.2", 0),
        ("UBND phường Tam Điệp", "I.2", 0),
    ]


def test_both_wards_done_is_copied_as_done(plans: Path) -> None:
    _add("Bắc Sơn", "hoàn thành", "10/05/2024")
    _add("Nam Sơn", "hoàn thành", "20/06/2024")
    result = cds(*CARRY)
    assert result.exit_code == 0, result.output
    # The report that finished Tam Điệp's part (the later of the two) is copied, under its
    # ward's file, dated the day it was made.
    copied = sorted(p.name for p in (plans / "plans/2025/progress").glob("*.yaml"))
    assert copied == ["phuong-nam-son.yaml"]
    assert "2024-06-20" in (plans / "plans/2025/progress/phuong-nam-son.yaml").read_text(
        encoding="utf-8"
    )
    # finished 20/06/2024, after 2024/I.1's deadline 5/2024: late against the plan that held
    # it then, in the new plan too (clerk21 F2)
    assert _tam_diep_2025() == [("I.2", "2024/I.1", "done_late")]


def test_tam_diep_done_after_the_merger_is_copied(plans: Path) -> None:
    # Nam Sơn never finished, but Tam Điệp itself reports done after the merger: its own word
    # covers every part it took over.
    _add("Nam Sơn", "đang thực hiện", "20/06/2024")
    ok(
        "--plan",
        "2024",
        "progress",
        "add",
        "I.1",
        "--unit",
        "Tam Điệp",
        "--status",
        "hoàn thành",
        "--date",
        "01/10/2024",
    )
    result = cds(*CARRY)
    assert result.exit_code == 0, result.output
    copied = sorted(p.name for p in (plans / "plans/2025/progress").glob("*.yaml"))
    assert copied == ["phuong-tam-diep.yaml"]
    # done 01/10/2024, after the deadline 5/2024 of the plan that held it then (clerk21 F2)
    assert _tam_diep_2025() == [("I.2", "2024/I.1", "done_late")]
