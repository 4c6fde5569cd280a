"""`cds diff 2023 2025` across two carry-overs, 2023 → 2024 → 2025 (attack21 a21-09).

plans/2023: I.1 "Số hóa hồ sơ A." (finished in 2023), I.2 "Số hóa hồ sơ B." and I.3 "Số hóa
hồ sơ C.", all Phòng Nội vụ's, due 11/2023. plans/2024: its own I.1 "Thanh toán số X." (Phòng Y
tế). plans/2025: its own I.1 "Trợ lý ảo Y." (Phòng Kinh tế). `carry-over --from 2023 --to 2024`
makes 2023's I.2 and I.3 the 2024 plan's I.2 and I.3; Phòng Nội vụ finishes 2024's I.2 (B) on
01/03/2024; `carry-over --from 2024 --to 2025` makes 2024's I.1 and I.3 (C) the 2025 plan's I.2
(`carried_from: 2024/I.1`) and I.3 (`carried_from: 2024/I.3`).

No 2025 target names 2023 in `carried_from`, so `cds diff 2023 2025` said the plans had "chưa
có ghi chép chuyển tiếp nào", each 2023 target "chưa có ghi chép chuyển tiếp sang kế hoạch mới",
and told the clerk to run `cds carry-over --from 2023 --to 2025`, which writes nothing — while
listing "I.3 ← I.3 (2023)". Now the chain through 2024 is the record: 2023's I.3 is 2025's I.3,
carried "qua kế hoạch 2024"; 2023's I.2 went into 2024 and no further; I.1 was finished in 2023.
Before the 2024 → 2025 carry-over, the hint names it (`--from 2024 --to 2025`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

HOME = _cell("Phòng Nội vụ", "phong-noi-vu")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "200")
    olds = [_target(n, f"Số hóa hồ sơ {c}.", (EMPTY, HOME, EMPTY), "11/2023") for n, c in
            ((1, "A"), (2, "B"), (3, "C"))]  # fmt: skip
    _plan(tmp_path, 2023, olds)
    health, economy = _cell("Phòng Y tế", "phong-y-te"), _cell("Phòng Kinh tế", "phong-kinh-te")
    _plan(tmp_path, 2024, [_target(1, "Thanh toán số X.", (EMPTY, health, EMPTY), "6/2024")])
    _plan(tmp_path, 2025, [_target(1, "Trợ lý ảo Y.", (EMPTY, economy, EMPTY), "6/2025")])
    _done("2023", "I.1", "01/11/2023")
    ok("carry-over", "--from", "2023", "--to", "2024", "--yes")
    _done("2024", "I.2", "01/03/2024")
    return tmp_path


def _done(plan: str, target: str, day: str) -> None:
    args = ("--unit", "phong-noi-vu", "--status", "done", "--date", day, "--id")
    ok("--plan", plan, "progress", "add", target, *args)


def _diff(*args: str) -> list[str]:
    result = cds(*args)
    assert (result.exit_code, result.stderr) == (0, "")
    return str(result.stdout).splitlines()


def test_a_target_carried_through_2024_is_paired_with_its_origin(workspace: Path) -> None:
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    assert _diff("diff", "2023", "2025") == [
        "plans/2023/phu_luc_01.yaml → plans/2025/phu_luc_01.yaml: thêm 1, bỏ 0, sửa 0 chỉ tiêu.",
        "~ Đầu văn bản",
        "    Năm kế hoạch: [-2023-]{+2025+}",
        "+ I.1  Trợ lý ảo Y.",
        "= I.1  hoàn thành ở kế hoạch cũ nên không chuyển tiếp (không phải bị bỏ): Số hóa hồ sơ A.",
        "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên mới có: 2",
        "  I.2 ← I.1 (2024)",
        "  I.3 ← I.3 (2023) (qua kế hoạch 2024)",
        "Chỉ tiêu đã chuyển tiếp sang kế hoạch ở giữa nhưng không sang kế hoạch mới (theo dõi ở "
        "kế hoạch đó; không phải bị bỏ): 1",
        "  I.2 → 2024/I.2",
    ]
    assert _diff("--lang", "en", "diff", "2023", "2025")[4:] == [
        "= I.1  finished in the old plan, so not carried over (not removed): Số hóa hồ sơ A.",
        "Targets carried from an earlier plan, on the new side only: 2",
        "  I.2 ← I.1 (2024)",
        "  I.3 ← I.3 (2023) (via plan 2024)",
        "Targets carried over into a plan between the two, not on into the new plan (followed "
        "there; not removed): 1",
        "  I.2 → 2024/I.2",
    ]
    data = json.loads("\n".join(_diff("diff", "2023", "2025", "-f", "json")))
    assert (data["no_record"], data["unrecorded"], data["removed"]) == (False, [], [])
    assert data["carried_in"] == [
        {"id": "I.2", "carried_from": "2024/I.1"},
        {"id": "I.3", "carried_from": "2024/I.3", "via": ["2024"]},
    ]
    assert data["carried_ended"] == [{"id": "I.2", "carried_to": "2024/I.2"}]
    assert data["finished"] == [{"id": "I.1", "content": "Số hóa hồ sơ A."}]


def test_the_other_way_round_pairs_the_same_mirrored(workspace: Path) -> None:
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    finished = "hoàn thành ở kế hoạch trước (bên mới) nên không chuyển tiếp sang bên cũ"
    assert _diff("diff", "2025", "2023") == [
        "plans/2025/phu_luc_01.yaml → plans/2023/phu_luc_01.yaml: thêm 0, bỏ 1, sửa 0 chỉ tiêu.",
        "~ Đầu văn bản",
        "    Năm kế hoạch: [-2025-]{+2023+}",
        "- I.1  Trợ lý ảo Y.",
        f"= I.1  {finished} (không phải được thêm): Số hóa hồ sơ A.",
        "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên cũ có: 2",
        "  I.2 ← I.1 (2024)",
        "  I.3 ← I.3 (2023) (qua kế hoạch 2024)",
        "Chỉ tiêu của kế hoạch trước (bên mới) đã chuyển tiếp sang kế hoạch ở giữa nhưng không "
        "sang kế hoạch của bên cũ (theo dõi ở kế hoạch đó; không phải được thêm): 1",
        "  I.2 → 2024/I.2",
    ]
    assert _diff("--lang", "en", "diff", "2025", "2023")[-2:] == [
        "Targets of the earlier plan (the new side) carried over into a plan between the two, "
        "not on into the old side's plan (followed there; not added): 1",
        "  I.2 → 2024/I.2",
    ]


def test_before_the_second_carry_over_the_hint_names_it(workspace: Path) -> None:
    said = _diff("diff", "2023", "2025")
    assert "cds carry-over --from 2024 --to 2025 ghi chỉ tiêu nào được chuyển tiếp" in said[1]
    assert "--from 2023" not in said[1]
    english = _diff("--lang", "en", "diff", "2023", "2025")
    assert "cds carry-over --from 2024 --to 2025 records which targets go on" in english[1]
    # the command it names writes the record: then the chain pairs them
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    assert "  I.3 ← I.3 (2023) (qua kế hoạch 2024)" in _diff("diff", "2023", "2025")
