"""A plan owes the periodic reports of its own windows only (attack 11, finding a11-14).

Workspace of test_plans.py: plans/2023 as `cds init` makes it (II.2 "Thường xuyên", monthly,
led by Văn phòng HĐND và UBND thành phố and UBND các phường, xã), plans/2024 with one target of
its own. UBND phường Tây Sơn reports
II.2 in the 2023 plan on 05/01/2023, 10/06/2023 and 10/12/2023; carry-over on 31/12/2023 takes
II.2 into 2024 as II.2 (it arrives there on 01/01/2024, `with_carry_days`).

Before the fix, `--plan 2024 remind --month 6/2023` urged Tây Sơn for the window
15/05/2023–14/06/2023 (reported, in the plan of that year), `due --month 6/2023` listed it
"Chưa báo cáo kỳ này", and `--plan 2023 remind --month 6/2022` urged every part for a 2022
window, before the 2023 plan existed. The one rule (questions/periods.py `in_plan`): a plan asks
for the windows that end within its year (the first begins 15/12 of the year before), and a
target that joined it later for those from the window its arrival falls in.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cds_tracker.questions.periods import Period, in_plan, period_of, within_plan
from test_plans import cds, ok, report, workspace  # noqa: F401  (the fixture)


@pytest.fixture
def carried(workspace: Path) -> Path:  # noqa: F811
    for day in ("05/01/2023", "10/06/2023", "10/12/2023"):
        report("2023", "II.2", "Tây Sơn", "in_progress", day)
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    return workspace


def _periodic(plan: str, month: str, as_of: str) -> list[tuple[str, str, str, str]]:
    """(id, window start, window end, status) of the periodic rows `due --month` lists."""
    args = ("--plan", plan, "due", "--month", month, "--as-of", as_of, "-f", "json")
    rows = json.loads(cds(*args).stdout)
    return [
        (r["id"], r["period"]["start"], r["period"]["end"], r["status"])
        for r in rows
        if r["period"]
    ]


@pytest.mark.parametrize("lang", [(), ("--lang", "en")])
def test_a_carried_target_is_not_urged_for_a_window_of_the_plan_before(
    carried: Path, lang: tuple[str, ...]
) -> None:
    for month in ("6/2023", "1/2023", "12/2023"):
        result = cds(*lang, "--plan", "2024", "remind", "--month", month, "--unit", "Tây Sơn")
        assert result.exit_code == 0
        number = month.zfill(7)
        assert result.stdout == (
            f"Không có đơn vị nào cần đôn đốc trong tháng {number}.\n"
            if not lang
            else f"No unit needs urging in {number}.\n"
        )
        assert _periodic("2024", month, "29/11/2026") == []
    # the 2023 plan, for the windows of 2022: nobody is urged either
    result = cds(*lang, "--plan", "2023", "remind", "--month", "6/2022", "--as-of", "30/06/2022")
    assert (result.exit_code, result.stdout) == (
        0,
        "Không có đơn vị nào cần đôn đốc trong tháng 06/2022.\n"
        if not lang
        else "No unit needs urging in 06/2022.\n",
    )
    assert _periodic("2023", "6/2022", "30/06/2022") == []


def test_the_window_the_carried_target_arrives_in_is_the_new_plans(carried: Path) -> None:
    # 01/01/2024 falls in 15/12/2023–14/01/2024: the 2023 plan asks for no window ending in
    # 2024, so the 2024 plan does; Tây Sơn's report of 10/12/2023 is of the window before.
    rows = _periodic("2024", "1/2024", "31/01/2024")
    assert ("II.2", "2023-12-15", "2024-01-14", "unreported") in rows
    text = ok("--plan", "2024", "remind", "--month", "1/2024", "--as-of", "31/01/2024")
    assert "UBND phường Tây Sơn" in text
    # the 2023 plan's last window is its own: 15/11–14/12/2023, Tây Sơn reported in it
    rows = _periodic("2023", "12/2023", "31/12/2023")
    assert ("II.2", "2023-11-15", "2023-12-14", "unreported") in rows
    unit = ("--unit", "Tây Sơn", "--as-of", "31/12/2023")
    text = cds("--plan", "2023", "remind", "--month", "12/2023", *unit).stdout
    assert "| II.2 |" not in text and "| III.2 |" in text  # reported in that window


def test_a_form_of_a_month_before_the_plan_lists_no_carried_window(carried: Path) -> None:
    result = cds("--plan", "2024", "form", "--unit", "Tây Sơn", "--month", "6/2023", "--out", "f")
    said = (
        "UBND phường Tây Sơn không có chỉ tiêu nào cần báo cáo trong tháng 06/2023; không lập "
        "phiếu nào, không ghi gì vào f.\n"
    )
    assert (result.exit_code, result.stdout) == (0, said)


def _monthly(end: str) -> Period:
    day = dt.date.fromisoformat(end)
    return period_of(day, "monthly")


def test_the_rule_by_hand() -> None:
    # plan 2024: its first monthly window 15/12/2023–14/01/2024, its last 15/11–14/12/2024
    assert not in_plan(_monthly("2023-06-14"), 2024)
    assert not in_plan(_monthly("2023-12-14"), 2024)
    assert in_plan(_monthly("2024-01-14"), 2024)
    assert in_plan(_monthly("2024-12-14"), 2024)
    assert not in_plan(_monthly("2025-01-14"), 2024)
    # a target arriving on 01/01/2024: from the window that day is in
    assert in_plan(_monthly("2024-01-14"), 2024, "2024-01-01")
    # arriving on 20/03/2024 (a revision's day): the window ending 14/03 was not its
    assert not in_plan(_monthly("2024-03-14"), 2024, "2024-03-20")
    assert in_plan(_monthly("2024-04-14"), 2024, "2024-03-20")
    # a plan of no stated year: every window, from the arrival
    assert in_plan(_monthly("1999-01-14"), 0)
    assert not in_plan(_monthly("1999-01-14"), 0, "1999-02-01")
    # the row's window: before the plan, its first (not begun: owed by no one); after, its last
    assert within_plan(_monthly("2023-06-14"), 2024) == Period(
        dt.date(2023, 12, 15), dt.date(2024, 1, 14), "monthly"
    )
    assert within_plan(_monthly("2024-02-14"), 2024, "2024-03-20") == Period(
        dt.date(2024, 3, 15), dt.date(2024, 4, 14), "monthly"
    )
    assert within_plan(_monthly("2025-06-14"), 2024) == Period(
        dt.date(2024, 11, 15), dt.date(2024, 12, 14), "monthly"
    )
    quarter = period_of(dt.date(2023, 5, 1), "quarterly")
    assert within_plan(quarter, 2024) == Period(
        dt.date(2023, 12, 15), dt.date(2024, 3, 14), "quarterly"
    )


def test_a_window_a_carry_day_falls_in_is_the_new_plans_whole() -> None:
    """Carried 2023 → 2024 on 20/11/2023 (attack23 a23-06): arriving on 21/11/2023, the target
    owes 2024 the window 15/11–14/12/2023 and later ones; 2023 none from that window on, its
    last 15/10–14/11/2023. The first day 2024 takes its reports is that window's: 15/11/2023
    (a quarterly one: 15/09/2023); carried on 31/12/2023, 2024's start, 15/12/2023."""
    from cds_tracker.progress.carried_away import taken_from

    november, december = _monthly("2023-11-14"), _monthly("2023-12-14")
    assert in_plan(december, 2024, "2023-11-21", arrived=True)
    assert not in_plan(november, 2024, "2023-11-21", arrived=True)
    assert not in_plan(december, 2024, "2023-11-21")  # a revision's day: its year's alone
    assert in_plan(november, 2023, left="2023-11-20")
    assert not in_plan(december, 2023, left="2023-11-20")
    assert in_plan(december, 2023, left="2023-12-14")  # carried on the window's last day
    assert within_plan(december, 2023, left="2023-11-20") == november
    assert within_plan(_monthly("2023-06-14"), 2024, "2023-11-21", arrived=True) == december
    start = dt.date(2023, 12, 15)
    assert taken_from(start, "2023-11-21", "monthly") == dt.date(2023, 11, 15)
    assert taken_from(start, "2023-11-21", "quarterly") == dt.date(2023, 9, 15)
    assert taken_from(start, "2024-01-01", "monthly") == start
    assert taken_from(start, "2023-11-21") == dt.date(2023, 11, 21)  # a dated target: arrival
