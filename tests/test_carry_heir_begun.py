"""Carry-over keeps an heir's parts begun (clerk15 F3): Bắc Sơn and Nam Sơn merged into Tam Điệp
on 01/07/2024 (plans/don_vi_thay_doi.yaml); 2024's I.1 is led by both wards and Phòng Y tế.

Bắc Sơn finished its part on 10/06/2024, Nam Sơn never reported (or said "chưa thực hiện"): on
31/12/2024 Tam Điệp's part of 2024's I.1 is "Đang thực hiện" (one part of two done:
questions/answers.py `overall`). 2025 asks Tam Điệp alone (the merger came before its year), and
nothing was copied for it (no part's report said as much as the whole), so on 01/01/2025 the
carried I.2 read "Chưa thực hiện", 0 of 2: the finished half dropped without a word. Now Tam
Điệp's part is carried as the "in progress" it was, a report dated 01/07/2024 (the day it took
the parts over) under the id of Bắc Sơn's report, its note saying what each part stood at.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cds_tracker.registry.yamlio import parse
from test_carry_merged_done import _add
from test_carry_units import CHANGES, EMPTY, _cell, _plan, _target, cds, ok
from test_plans_together import unboxed

CARRY = ("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024")
NOTE = (
    "Phần việc nhận khi sáp nhập, chuyển theo chỉ tiêu (I.1 (2024)): UBND phường Bắc Sơn: "
    "Hoàn thành ngày 10/06/2024; UBND phường Nam Sơn: {nam_son}"
)


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
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


def _tam_diep(plan: str, day: str, target: str) -> tuple[str, str, int, int]:
    args = ("--plan", plan, "report", "--unit", "Phường Tam Điệp", "--as-of", day, "-f", "json")
    row = next(t for t in json.loads(ok(*args)) if t["id"] == target)
    return row["status"], row["unit_status"], row["units_done"], row["units_required"]


@pytest.mark.parametrize(
    ("nam_son", "said"),
    [(None, "chưa báo cáo"), ("chưa thực hiện", "Chưa thực hiện ngày 20/06/2024")],
)
def test_a_half_done_heir_part_is_carried_in_progress(
    plans: Path, nam_son: str | None, said: str
) -> None:
    _add("Bắc Sơn", "hoàn thành", "10/06/2024")
    if nam_son is not None:
        _add("Nam Sơn", nam_son, "20/06/2024")
    # 2024 on the carry day: Tam Điệp's parts one done, one not; the target late (due 5/2024),
    # 1 part of 3 done (Bắc Sơn's; Nam Sơn's and Phòng Y tế's not)
    assert _tam_diep("2024", "31/12/2024", "I.1") == ("late", "late", 1, 3)

    data = json.loads(ok(*CARRY, "--format", "json"))
    (target,) = data["targets"]
    assert target["parts_kept"] == [
        {"unit": "phuong-tam-diep", "date": "2024-07-01", "status": "in_progress"}
    ]
    nam = None if nam_son is None else "not_started"
    assert target["heir_parts"] == [
        {
            "unit": "phuong-tam-diep",
            "date": "2024-07-01",
            "status": "in_progress",
            "parts": [
                {"unit": "phuong-bac-son", "status": "done", "date": "2024-06-10"},
                {"unit": "phuong-nam-son", "status": nam, "date": nam and "2024-06-20"},
            ],
        }
    ]
    parts_vi = f"UBND phường Bắc Sơn: Hoàn thành ngày 10/06/2024; UBND phường Nam Sơn: {said}"
    vi = unboxed(ok(*CARRY, input="k\n"))
    assert (
        f"UBND phường Tam Điệp nhận các phần việc khi sáp nhập ({parts_vi}): giữ là 'Đang thực "
        "hiện' ở kế hoạch mới, báo cáo ngày 01/07/2024"
    ) in vi
    en = unboxed(ok(*CARRY, "--lang", "en", input="n\n"))
    nam_en = "not reported" if nam_son is None else "Not started on 20/06/2024"
    assert (
        "UBND phường Tam Điệp took over parts in a merger (UBND phường Bắc Sơn: Done on "
        f"10/06/2024; UBND phường Nam Sơn: {nam_en}): kept as 'In progress' in the new plan, a "
        "report dated 01/07/2024"
    ) in en

    ok(*CARRY, "--yes")
    copied = parse((plans / "plans/2025/progress/phuong-tam-diep.yaml").read_text("utf-8"))
    assert [(e["target"], e["unit"], e["status"], e["date"], e["note"]) for e in copied] == [
        ("I.2", "phuong-tam-diep", "in_progress", "2024-07-01", NOTE.format(nam_son=said))
    ]
    # 2025 on its first day: the carried I.2 as 2024 left it, in progress; 0 of 2 parts done
    # (Tam Điệp's, begun, and Phòng Y tế's)
    assert _tam_diep("2025", "01/01/2025", "I.2") == ("in_progress", "in_progress", 0, 2)
    assert cds("validate", "plans/2024", "plans/2025").exit_code == 0
    again = json.loads(ok(*CARRY, "--yes", "--format", "json"))
    assert (again["status"], again["repairs"]) == ("nothing", [])  # copied once


def test_no_part_reported_copies_nothing(plans: Path) -> None:
    # neither ward reported: nothing to keep, Tam Điệp's carried part not started
    data = json.loads(ok(*CARRY, "--yes", "--format", "json"))
    assert (data["targets"][0]["parts_kept"], data["targets"][0]["heir_parts"]) == ([], [])
    assert _tam_diep("2025", "01/01/2025", "I.2") == ("not_started", "not_started", 0, 2)
