"""carry-over goes into the next plan (attack21 a21-10).

Plans 2023, 2024 and 2025: `carry-over --from 2023 --to 2025` carried 2023's targets over 2024's
plan, on 31/12/2023 (the default carry day), so through 2024 they were 2025's, due 12/2025: 2023's
I.1, overdue since 11/2023, was overdue in no plan on 15/06/2024. Now refused (exit 2) naming
the plan between, with both commands to run instead; nothing written.

With no 2024 plan, 2025's is the next: the carry day is then 31/12/2024, the last day before 2025
(said in the preview), so 2023's plan follows I.1 through 2024, late there on 15/06/2024.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cds_tracker.registry.yamlio import parse
from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok
from test_plans_together import unboxed


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    noi_vu = _cell("Phòng Nội vụ", "phong-noi-vu")
    _plan(tmp_path, 2023, [_target(1, "Số hóa hồ sơ A.", (EMPTY, noi_vu, EMPTY), "11/2023")])
    kinh_te = _cell("Phòng Kinh tế", "phong-kinh-te")
    _plan(tmp_path, 2025, [_target(1, "Trợ lý ảo Y.", (EMPTY, kinh_te, EMPTY), "6/2025")])
    return tmp_path


def _bytes(root: Path) -> list[bytes]:
    return [(root / f"plans/{y}/phu_luc_01.yaml").read_bytes() for y in (2023, 2024, 2025)]


def test_a_plan_between_is_not_skipped(root: Path) -> None:
    y_te = _cell("Phòng Y tế", "phong-y-te")
    _plan(root, 2024, [_target(1, "Thanh toán số X.", (EMPTY, y_te, EMPTY), "12/2024")])
    before = _bytes(root)
    for extra in ((), ("--as-of", "31/12/2024"), ("--yes",)):
        result = cds("carry-over", "--from", "2023", "--to", "2025", *extra)
        assert (result.exit_code, result.output) == (
            2,
            "cds: lỗi: kế hoạch 2024 (năm 2024) nằm giữa kế hoạch 2023 (năm 2023) và kế hoạch "
            "2025 (năm 2025): chỉ tiêu chỉ chuyển sang kế hoạch kế tiếp, mỗi kế hoạch theo dõi "
            "chỉ tiêu trong năm của nó\n"
            "  gợi ý: chuyển sang kế hoạch kế tiếp trước: cds carry-over --from 2023 --to 2024, "
            "rồi cds carry-over --from 2024 --to 2025\n",
        )
    en = cds("--lang", "en", "carry-over", "--from", "2023", "--to", "2025")
    assert (en.exit_code, en.output) == (
        2,
        "cds: error: plan 2024 (year 2024) lies between plan 2023 (year 2023) and plan 2025 "
        "(year 2025): targets are carried into the next plan only, each plan following them "
        "through its year\n"
        "  hint: carry into the next plan first: cds carry-over --from 2023 --to 2024, then "
        "cds carry-over --from 2024 --to 2025\n",
    )
    assert _bytes(root) == before  # nothing written
    # the commands the hint gives run
    ok("carry-over", "--from", "2023", "--to", "2024", "--yes")
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    assert "carried_from: 2024/I.2" in (root / "plans/2025/phu_luc_01.yaml").read_text("utf-8")


def test_with_no_plan_between_the_carry_day_is_the_last_before_the_new_plan(root: Path) -> None:
    vi = unboxed(ok("carry-over", "--from", "2023", "--to", "2025", input="k\n"))
    assert vi.startswith(
        "Tính đến 31/12/2024, ngày cuối năm 2024, trước năm của kế hoạch 2025 (không có kế "
        "hoạch năm 2024): các chỉ tiêu còn ở kế hoạch 2023 hết ngày này, từ hôm sau ở kế hoạch "
        "mới (--as-of để chọn ngày khác)."
    )
    en = unboxed(ok("--lang", "en", "carry-over", "--from", "2023", "--to", "2025", input="n\n"))
    assert en.startswith(
        "As of 31/12/2024, the last day of 2024, the year before plan 2025's (there is no plan "
        "of 2024): the targets stay in plan 2023 to the end of that day, in the new plan from "
        "the next (--as-of for another day)."
    )
    ok("carry-over", "--from", "2023", "--to", "2025", "--yes")
    old = parse((root / "plans/2023/phu_luc_01.yaml").read_text("utf-8"))
    (target,) = old["groups"][0]["targets"]
    assert (target["carried_to"], target["carried_on"]) == ("2025/I.2", "31/12/2024")
    # 15/06/2024: I.1 is still 2023's, overdue since 30/11/2023 (198 days); 2025 has none late
    late = json.loads(ok("late", "--all-plans", "--as-of", "15/06/2024", "-f", "json"))
    assert [(p["plan"], [(t["id"], t["days_late"]) for t in p["rows"]]) for p in late] == [
        ("2023", [("I.1", 198)]),
        ("2025", []),
    ]
    # 01/01/2025: it is 2025's I.2, due 12/2025: late in neither plan
    late = json.loads(ok("late", "--all-plans", "--as-of", "01/01/2025", "-f", "json"))
    assert [(p["plan"], p["rows"]) for p in late] == [("2023", []), ("2025", [])]
