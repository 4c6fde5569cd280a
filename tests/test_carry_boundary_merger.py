"""A merger on the plans' boundary is carried as one inside the year (attack21 a21-06).

Bắc Sơn and Nam Sơn end on 31/12/2024 (`valid_to`), the carry day: from 01/01/2025, the first day
the 2025 plan follows the carried targets, their heir answers for them. 2024's I.1 is led by the
two wards; Bắc Sơn finished its half on 01/10/2024, Nam Sơn never reported: on 31/12/2024 the
target is "Quá hạn (1/2)". Carry-over read the parts on the carry day, when both wards still
existed, and copied Bắc Sơn's finished part, which 2025 (asking the heir alone) read as the
heir's whole part: "Hoàn thành" on 10/01/2025. Now the parts are the heir's as on 01/01/2025,
as for a merger on 01/07/2024 (tests/test_carry_heir_begun.py): one half done makes the heir's
part "Đang thực hiện", a report dated 01/01/2025 (the day it took the parts over) under the id
of Bắc Sơn's report, its note saying what each part stood at. Both halves done stay done.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cds_tracker.registry.yamlio import parse
from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok
from test_plans_together import unboxed

CARRY = ("carry-over", "--from", "2024", "--to", "2025")
INTO_TAM_DIEP = """\
units:
  - id: phuong-bac-son
    valid_to: 31/12/2024
    merged_into: phuong-tam-diep
  - id: phuong-nam-son
    valid_to: 31/12/2024
    merged_into: phuong-tam-diep
  - id: phuong-tam-diep
    name: UBND phường Tam Điệp
    kind: ward
    source: user
    aliases: [Phường Tam Điệp]
    valid_from: 01/01/2025
"""
INTO_NAM_SON = """\
units:
  - id: phuong-bac-son
    valid_to: 31/12/2024
    merged_into: phuong-nam-son
"""
TWO_WARDS = _cell("UBND phường Bắc Sơn và UBND phường Nam Sơn", "phuong-bac-son", "phuong-nam-son")
EVERY_WARD = _cell("UBND các phường, xã", "ubnd-cac-phuong-xa")


def _workspace(root: Path, lead: dict[str, object], changes: str) -> None:
    _plan(root, 2024, [_target(1, "Số hóa sổ hộ tịch.", (EMPTY, lead, EMPTY), "10/2024")])
    only = _cell("Phòng Y tế", "phong-y-te")
    _plan(root, 2025, [_target(1, "Trợ lý ảo.", (EMPTY, only, EMPTY), "6/2025")])
    (root / "plans/don_vi_thay_doi.yaml").write_text(changes, encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return tmp_path


def _done(unit: str) -> None:
    add = ("--plan", "2024", "progress", "add", "I.1", "--unit", unit)
    ok(*add, "--status", "hoàn thành", "--date", "01/10/2024")


def _row(plan: str, unit: str, day: str, target: str) -> tuple[str, str, int, int]:
    args = ("--plan", plan, "report", "--unit", unit, "--as-of", day, "-f", "json")
    row = next(t for t in json.loads(ok(*args)) if t["id"] == target)
    return row["status"], row["unit_status"], row["units_done"], row["units_required"]


def _copied(root: Path, unit: str) -> list[tuple[str, str, str, str]]:
    data = parse((root / f"plans/2025/progress/{unit}.yaml").read_text("utf-8"))
    return [(e["target"], e["unit"], e["status"], e["date"]) for e in data]


def test_a_half_done_target_of_wards_merged_on_31_12_is_carried_in_progress(root: Path) -> None:
    _workspace(root, TWO_WARDS, INTO_TAM_DIEP)
    _done("phuong-bac-son")
    # 2024 on the carry day: Bắc Sơn's half done, Nam Sơn's not; late (due 10/2024), 1 of 2
    assert _row("2024", "Phường Bắc Sơn", "31/12/2024", "I.1") == ("late", "done", 1, 2)

    parts = (
        "UBND phường Bắc Sơn: Hoàn thành ngày 01/10/2024; UBND phường Nam Sơn: chưa báo cáo",
        "UBND phường Bắc Sơn: Done on 01/10/2024; UBND phường Nam Sơn: not reported",
    )
    vi = unboxed(ok(*CARRY, input="k\n"))
    assert (
        f"UBND phường Tam Điệp nhận các phần việc khi sáp nhập ({parts[0]}): giữ là 'Đang thực "
        "hiện' ở kế hoạch mới, báo cáo ngày 01/01/2025"
    ) in vi
    assert "giữ là hoàn thành" not in vi
    en = unboxed(ok(*CARRY, "--lang", "en", input="n\n"))
    assert (
        f"UBND phường Tam Điệp took over parts in a merger ({parts[1]}): kept as 'In progress' "
        "in the new plan, a report dated 01/01/2025"
    ) in en

    said = ok(*CARRY, "--yes")
    assert "Đã chép 1 báo cáo cuối của phần việc chưa hoàn thành sang kế hoạch mới." in said
    assert "phần việc đã hoàn thành" not in said  # no finished part copied
    assert sorted(p.name for p in (root / "plans/2025/progress").glob("*.yaml")) == [
        "phuong-tam-diep.yaml"
    ]
    assert _copied(root, "phuong-tam-diep") == [
        ("I.2", "phuong-tam-diep", "in_progress", "2025-01-01")
    ]
    # 2025 on 10/01/2025: Tam Điệp alone leads the carried I.2, its part begun, not done (0/1)
    assert _row("2025", "Phường Tam Điệp", "10/01/2025", "I.2") == (
        "in_progress",
        "in_progress",
        0,
        1,
    )
    listed = unboxed(ok("--plan", "2025", "list", "--as-of", "10/01/2025"))
    assert "Tổng: 2 chỉ tiêu — Đang thực hiện: 1; Chưa thực hiện: 1" in listed
    assert cds("validate", "plans/2024", "plans/2025").exit_code == 0
    again = json.loads(ok(*CARRY, "--yes", "--format", "json"))
    assert (again["status"], again["repairs"]) == ("nothing", [])  # copied once


def test_both_halves_done_stay_done(root: Path) -> None:
    # Led by both wards and Phòng Y tế (never reported: the target is carried); both wards
    # finished: Tam Điệp's part is done, on the report that finished it (Nam Sơn's, the later).
    lead = _cell(
        "UBND phường Bắc Sơn, UBND phường Nam Sơn, Phòng Y tế",
        "phuong-bac-son",
        "phuong-nam-son",
        "phong-y-te",
    )
    _workspace(root, lead, INTO_TAM_DIEP)
    _done("phuong-bac-son")
    add = ("--plan", "2024", "progress", "add", "I.1", "--unit", "phuong-nam-son")
    ok(*add, "--status", "hoàn thành", "--date", "15/10/2024")
    said = ok(*CARRY, "--yes")
    assert "Đã chép 1 phần việc đã hoàn thành sang kế hoạch mới." in said
    assert _copied(root, "phuong-nam-son") == [("I.2", "phuong-nam-son", "done", "2024-10-15")]
    # 2025: Tam Điệp's part done, Phòng Y tế's not: 1 of 2
    assert _row("2025", "Phường Tam Điệp", "10/01/2025", "I.2") == ("in_progress", "done", 1, 2)


def test_a_ward_merged_on_31_12_into_the_other_leaves_its_part_begun(root: Path) -> None:
    # Bắc Sơn merged into Nam Sơn (which never reported): Nam Sơn answers for both parts from
    # 01/01/2025, one done: "Đang thực hiện", not Bắc Sơn's "Hoàn thành (01/10/2024)".
    _workspace(root, TWO_WARDS, INTO_NAM_SON)
    _done("phuong-bac-son")
    ok(*CARRY, "--yes")
    assert _copied(root, "phuong-nam-son") == [
        ("I.2", "phuong-nam-son", "in_progress", "2025-01-01")
    ]
    assert not (root / "plans/2025/progress/phuong-bac-son.yaml").exists()
    assert _row("2025", "Phường Nam Sơn", "10/01/2025", "I.2") == (
        "in_progress",
        "in_progress",
        0,
        1,
    )


def test_a_collective_target_keeps_the_merged_ward_s_work(root: Path) -> None:
    # "UBND các phường, xã": 9 wards and communes in 2024, Bắc Sơn's part done (1/9); from
    # 01/01/2025 Bắc Sơn and Nam Sơn are Tam Điệp, 8 members. Carried, 2025 said "Chưa thực
    # hiện" (0/8): Bắc Sơn's work dropped; now Tam Điệp's part is begun, the target in progress.
    _workspace(root, EVERY_WARD, INTO_TAM_DIEP)
    _done("phuong-bac-son")
    assert _row("2024", "Phường Bắc Sơn", "31/12/2024", "I.1") == ("late", "done", 1, 9)
    ok(*CARRY, "--yes")
    assert _copied(root, "phuong-tam-diep") == [
        ("I.2", "phuong-tam-diep", "in_progress", "2025-01-01")
    ]
    assert _row("2025", "Phường Tam Điệp", "10/01/2025", "I.2") == (
        "in_progress",
        "in_progress",
        0,
        8,
    )
