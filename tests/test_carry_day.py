"""`carry-over --as-of` is held to the two plans' window and to the reports already recorded
(attack 9, finding K): it used to write any day, exit 0 — 01/01/1900 or 15/10/2023 made a report
of 20/10/2023 belong to no plan (validate failed, every command on plan 2023 refused), 31/12/2999
kept the carried targets out of plan 2024 for ever.

plans/2023: I.1 "Số hóa hồ sơ y tế." led by Phòng Y tế, due 10/2023, reported in progress on
20/10/2023; plans/2024: one target of its own. The window is 01/01/2023 – 31/12/2024."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok


@pytest.fixture
def two_plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2023, [_target(1, "Số hóa hồ sơ y tế.", (EMPTY, health, EMPTY), "10/2023")])
    _plan(tmp_path, 2024, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2024")])
    ok("--plan", "2023", "progress", "add", "I.1", "--unit", "Phòng Y tế", "--status",
       "đang thực hiện", "--date", "20/10/2023")  # fmt: skip
    return tmp_path


def _carry(day: str, *lang: str) -> tuple[int, list[str]]:
    result = cds(*lang, "carry-over", "--from", "2023", "--to", "2024", "--as-of", day, "--yes")
    return result.exit_code, result.stderr.splitlines()


@pytest.mark.parametrize(
    "day",
    ["01/01/1900", "31/12/2022", "01/01/2025", "31/12/2999"],
)
def test_a_day_outside_the_two_plans_years_is_refused(two_plans: Path, day: str) -> None:
    before = (two_plans / "plans/2024/phu_luc_01.yaml").read_bytes()
    assert _carry(day) == (
        2,
        [
            f"cds: lỗi: --as-of {day}: ngày chuyển chỉ tiêu phải từ 01/01/2023 (đầu năm của kế "
            "hoạch 2023) đến 31/12/2024 (hết năm của kế hoạch 2024)",
            "  gợi ý: thường chuyển vào ngày cuối năm của kế hoạch cũ: --as-of 31/12/2023",
        ],
    )
    assert _carry(day, "--lang", "en") == (
        2,
        [
            f"cds: error: --as-of {day}: the carry day must be from 01/01/2023 (the start of "
            "plan 2023's year) to 31/12/2024 (the end of plan 2024's year)",
            "  hint: targets are usually carried on the old plan's last day: --as-of 31/12/2023",
        ],
    )
    assert (two_plans / "plans/2024/phu_luc_01.yaml").read_bytes() == before


@pytest.mark.parametrize("day", ["15/10/2023", "19/10/2023"])
def test_a_day_before_a_report_on_a_carried_target_is_refused(two_plans: Path, day: str) -> None:
    before = (two_plans / "plans/2024/phu_luc_01.yaml").read_bytes()
    assert _carry(day) == (
        2,
        [
            f"cds: lỗi: --as-of {day}: Phòng Y tế đã báo cáo ngày 20/10/2023 về chỉ tiêu I.1 "
            "của kế hoạch 2023, chỉ tiêu sẽ chuyển; chuyển trước ngày đó thì báo cáo "
            "không còn thuộc kế hoạch nào (cds validate sẽ báo lỗi); chưa ghi gì",
            "  gợi ý: chọn ngày chuyển không sớm hơn báo cáo mới nhất: --as-of 20/10/2023 hoặc "
            "muộn hơn",
        ],
    )
    assert _carry(day, "--lang", "en") == (
        2,
        [
            f"cds: error: --as-of {day}: Phòng Y tế reported on 20/10/2023 on target I.1 of "
            "plan 2023, which would be carried; carried before that day, the report would "
            "belong to no plan (cds validate would fail); nothing was written",
            "  hint: choose a carry day no earlier than the latest report: --as-of 20/10/2023 or "
            "later",
        ],
    )
    assert (two_plans / "plans/2024/phu_luc_01.yaml").read_bytes() == before


@pytest.mark.parametrize("day", ["20/10/2023", "31/12/2024"])
def test_the_report_s_own_day_and_the_window_s_end_are_accepted(two_plans: Path, day: str) -> None:
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", day, "--yes")
    assert "carried_from: 2023/I.1" in (two_plans / "plans/2024/phu_luc_01.yaml").read_text()
    assert cds("validate").exit_code == 0
