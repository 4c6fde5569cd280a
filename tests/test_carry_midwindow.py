"""An ongoing target carried on a day inside a reporting window: the window is the new plan's whole
(attack23 a23-06).

plans/2023: I.1 "Duy trì một cửa điện tử." (Thường xuyên, monthly), led by phường Bắc Sơn and
phường Nam Sơn. plans/2024: its own I.1 (Phòng Y tế, Tháng 6/2024). `carry-over --as-of
20/11/2023` makes 2023's I.1 the 2024 plan's I.2, followed there from 21/11/2023. The carry day
falls in the window 15/11/2023–14/12/2023 (the report of 12/2023, questions/periods.py).

Before the fix the 2023 plan took that window's reports up to 20/11 and the 2024 plan from 21/11,
yet neither asked for the window: 2023 had closed the target, 2024 asked only windows ending in
2024. `remind --month 12/2023 --as-of 10/12/2023` urged no one in either plan, though Nam Sơn never
reported. Now the window belongs to the 2024 plan whole (`in_plan`, `taken_from`): it takes the
window's reports from 15/11/2023 (the 2023 plan refuses one of 16/11/2023, naming it), and its
`due`, `remind`, `show` ask for the window; the 2023 plan asks it nowhere, even before the carry
day, and keeps its windows up to 15/10–14/11/2023 (a report of 14/11/2023 stays there).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

WARDS = _cell("Phường Bắc Sơn, phường Nam Sơn", "phuong-bac-son", "phuong-nam-son")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    ongoing = _target(1, "Duy trì một cửa điện tử.", (EMPTY, WARDS, EMPTY), "12/2023")
    ongoing["deadline"] = {"text": "Thường xuyên", "due": "ongoing"}
    _plan(tmp_path, 2023, [ongoing])
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2024, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2024")])
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "20/11/2023", "--yes")
    return tmp_path


def _add(plan: str, target: str, unit: str, day: str, lang: str = "vi") -> tuple[int, list[str]]:
    args = ("--plan", plan, "progress", "add", target, "--unit", unit, "--date", day)
    result = cds("--lang", lang, *args, "--status", "đang thực hiện", "--id")
    return result.exit_code, result.stderr.splitlines()


def _urged(plan: str, month: str, day: str) -> list[tuple[str, str, str, str]]:
    """(unit, target, window start, window end) of each target each letter urges."""
    args = ("--plan", plan, "remind", "--month", month, "--as-of", day, "-f", "json")
    return [
        (letter["unit_id"], t["id"], t["period"]["start"], t["period"]["end"])
        for letter in json.loads(ok(*args))
        for t in letter["targets"]
    ]


def test_the_new_plan_urges_the_window_the_carry_day_falls_in(workspace: Path) -> None:
    assert _add("2024", "I.2", "Bắc Sơn", "25/11/2023")[0] == 0
    # 2024 asks the window 15/11–14/12/2023: Bắc Sơn reported in it (25/11), Nam Sơn did not
    assert _urged("2024", "12/2023", "10/12/2023") == [
        ("phuong-nam-son", "I.2", "2023-11-15", "2023-12-14")
    ]
    assert _urged("2023", "12/2023", "10/12/2023") == []  # carried: nobody owes it there
    assert _urged("2023", "12/2023", "18/11/2023") == []  # nor before its carry day
    # November's window is still the 2023 plan's: both urged there on 18/11, neither in 2024
    assert _urged("2023", "11/2023", "18/11/2023") == [
        ("phuong-bac-son", "I.1", "2023-10-15", "2023-11-14"),
        ("phuong-nam-son", "I.1", "2023-10-15", "2023-11-14"),
    ]
    assert _urged("2024", "11/2023", "25/11/2023") == []
    for lang in ("vi", "en"):  # the same rows whatever the language
        args = ("--plan", "2024", "due", "--month", "12/2023", "--as-of", "10/12/2023")
        due = json.loads(ok("--lang", lang, *args, "-f", "json"))
        assert [(r["id"], r["status"], r["units_done"], r["period"]["start"]) for r in due] == [
            ("I.2", "unreported", 1, "2023-11-15")
        ]
    shown = json.loads(ok("--plan", "2024", "show", "I.2", "--as-of", "10/12/2023", "-f", "json"))
    assert [(p["unit"], p["status"]) for p in shown["parts"]] == [
        ("phuong-bac-son", "ongoing"),
        ("phuong-nam-son", "unreported"),
    ]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_remind_letter_of_the_new_plan_names_the_ward_that_owes(
    workspace: Path, lang: str
) -> None:
    assert _add("2024", "I.2", "Bắc Sơn", "25/11/2023")[0] == 0
    letter = ok("--lang", lang, "--plan", "2024", "remind", "--month", "12/2023", "--as-of",
                "10/12/2023")  # fmt: skip
    lines = [line for line in letter.splitlines() if line.startswith(("**Kính gửi", "| 1 "))]
    assert lines == [  # a letter is a Vietnamese document whatever --lang says
        "**Kính gửi:** UBND phường Nam Sơn",
        "| 1 | I.2 (I.1 (2023)) | Duy trì một cửa điện tử. | Báo cáo kỳ 15/11/2023–14/12/2023 "
        "| Chưa báo cáo kỳ này | Chưa báo cáo |",
    ]
    none = {"vi": "Không có đơn vị nào cần đôn đốc trong tháng 12/2023.",
            "en": "No unit needs urging in 12/2023."}  # fmt: skip
    result = cds("--lang", lang, "--plan", "2023", "remind", "--month", "12/2023", "--as-of",
                 "10/12/2023")  # fmt: skip
    assert (result.exit_code, result.stdout.strip()) == (0, none[lang])


REFUSED = {
    "vi": [
        "cds: lỗi: chỉ tiêu I.1 đã chuyển sang kế hoạch 2024 (chỉ tiêu I.2) ngày 20/11/2023: báo "
        "cáo ngày 16/11/2023 là báo cáo kỳ 15/11/2023–14/12/2023, kỳ của kế hoạch 2024 (kế hoạch "
        "2024 nhận báo cáo của chỉ tiêu này từ 15/11/2023), nên không ghi vào kế hoạch này",
        "  gợi ý: ghi vào kế hoạch 2024, chỉ tiêu I.2: cds --plan 2024 progress add I.2 --unit "
        '"UBND phường Nam Sơn" --status "đang thực hiện" --date 16/11/2023 --id (báo cáo của kỳ '
        "trước, ngày đến hết 14/11/2023, mới ghi vào kế hoạch này)",
    ],
    "en": [
        "cds: error: target I.1 was carried over to plan 2024 (target I.2) on 20/11/2023: a "
        "report dated 16/11/2023 is the report for the period 15/11/2023–14/12/2023, a period of "
        "plan 2024 (it takes this target's reports from 15/11/2023), so it does not belong to "
        "this plan",
        "  hint: record it in plan 2024, target I.2: cds --plan 2024 progress add I.2 --unit "
        '"UBND phường Nam Sơn" --status in_progress --date 16/11/2023 --id (a report for an '
        "earlier period, dated 14/11/2023 or before, goes in this plan)",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_report_of_that_window_before_the_carry_day_goes_to_the_new_plan(
    workspace: Path, lang: str
) -> None:
    assert _add("2023", "I.1", "Nam Sơn", "16/11/2023", lang) == (2, REFUSED[lang])
    assert not (workspace / "plans/2023/progress/phuong-nam-son.yaml").exists()
    assert _add("2024", "I.2", "Nam Sơn", "16/11/2023", lang) == (0, [])
    assert _urged("2024", "12/2023", "10/12/2023") == [
        ("phuong-bac-son", "I.2", "2023-11-15", "2023-12-14")
    ]
    # a report of 14/11/2023 answers 15/10–14/11/2023, the 2023 plan's: 2024 sends it back
    assert _add("2023", "I.1", "Nam Sơn", "14/11/2023", lang) == (0, [])
    assert _add("2024", "I.2", "Nam Sơn", "14/11/2023", lang)[0] == 2
    assert cds("validate").exit_code == 0
