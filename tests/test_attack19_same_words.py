"""Attack 19: one rule of "the same words" for a target the new plan restates (a19_01, a19_04).

plans/2023 (all led by Phòng Y tế, none reported, so all unfinished on 31/12/2023):
I.1 "Tổ chức Ngày Chuyển đổi số." (Tháng 10/2023), I.2 "Đạt 100% các yêu cầu kết nối A/B."
(Thường xuyên), I.3 "Đạt 1.5 triệu lượt truy cập." (Thường xuyên), I.4 "Tỷ lệ 100% hồ sơ."
(Tháng 10/2023).
plans/2024, the same lead: I.1 "Tổ chức Ngày Chuyển đổi số" (Tháng 10/2024: 2023's I.1 without
its period), I.2 "Đạt 100 % các yêu cầu kết nối A / B." (Thường xuyên: 2023's I.2 with spaces
around "%" and "/"), I.3 "Đạt 15 triệu lượt truy cập." (Thường xuyên: another number), I.4 "Tỷ
lệ 100 hồ sơ." (Tháng 10/2024: "100", not "100%").

So 2023's I.2 is 2024's I.2 (ongoing): left in 2023 (before the fix, carried as a second row);
2023's I.1 is carried, warned of as restated by 2024's I.1 (before the fix, no warning: `fold`
kept the period); I.3 and I.4 are other words, carried unwarned. Carried after 2024's four:
I.1 → I.5, I.3 → I.6, I.4 → I.7.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cds_tracker.registry import restated
from test_carry_ongoing_restated import NEXT_OCTOBER, ONGOING, _flat, _target
from test_carry_units import _cell, _plan, ok

CARRY = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023")
HEALTH = _cell("Phòng Y tế", "phong-y-te")
OCTOBER = {"text": "Tháng 10/2023", "due": "2023-10"}


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    _plan(
        tmp_path,
        2023,
        [
            _target(1, "Tổ chức Ngày Chuyển đổi số.", HEALTH, OCTOBER),
            _target(2, "Đạt 100% các yêu cầu kết nối A/B.", HEALTH, ONGOING),
            _target(3, "Đạt 1.5 triệu lượt truy cập.", HEALTH, ONGOING),
            _target(4, "Tỷ lệ 100% hồ sơ.", HEALTH, OCTOBER),
        ],
    )
    _plan(
        tmp_path,
        2024,
        [
            _target(1, "Tổ chức Ngày Chuyển đổi số", HEALTH, NEXT_OCTOBER),
            _target(2, "Đạt 100 % các yêu cầu kết nối A / B.", HEALTH, ONGOING),
            _target(3, "Đạt 15 triệu lượt truy cập.", HEALTH, ONGOING),
            _target(4, "Tỷ lệ 100 hồ sơ.", HEALTH, NEXT_OCTOBER),
        ],
    )
    return tmp_path


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Đạt 100% các yêu cầu", "Đạt 100 % các yêu cầu"),
        ("Kết nối A/B", "Kết nối A / B"),
        ("Ngân sách & nhân lực", "Ngân sách&nhân lực"),
        ("Tỷ lệ ≥ 90 %.", "tỷ lệ ≥90%"),
    ],
)
def test_spaces_around_a_symbol_do_not_make_two_works(one: str, other: str) -> None:
    assert restated.wording(one) == restated.wording(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Đạt 1.5 triệu lượt", "Đạt 15 triệu lượt"),
        ("Tỷ lệ 100%", "Tỷ lệ 100"),
        ("Tỷ lệ 100 %", "Tỷ lệ 100"),
        ("Báo cáo tháng 9/2024", "Báo cáo tháng 9 2024"),
        ("Báo cáo tháng 9 / 2024", "Báo cáo tháng 9 2024"),
        ("Kết nối A/B", "Kết nối A B"),
    ],
)
def test_a_symbol_still_makes_other_words(one: str, other: str) -> None:
    assert restated.wording(one) != restated.wording(other)


def test_a_dated_target_is_compared_by_wording() -> None:
    due = {"text": "Tháng 10/2023", "due": "2023-10"}
    old = {"content": "Tổ chức Ngày Chuyển đổi số.", "lead": HEALTH, "deadline": due}
    new = {"content": "Tổ chức ngày chuyển đổi số", "lead": HEALTH, "deadline": due}
    assert (
        restated.same_words(old)
        == restated.same_words(new)
        == ("to chuc ngay chuyen doi so", {"phong-y-te"})
    )


def test_left_and_warned_by_one_rule(plans: Path) -> None:
    data = json.loads(ok(*CARRY, "--format", "json"))
    assert [(t["origin"], t["id"], t["restated_by"]) for t in data["targets"]] == [
        ("2023/I.1", "I.5", ["I.1"]),
        ("2023/I.3", "I.6", []),
        ("2023/I.4", "I.7", []),
    ]
    assert [(i["origin"], i["skipped"]) for i in data["left"]] == [("2023/I.2", False)]


PREVIEW = {
    "vi": [
        "Cần xem lại trước khi ghi:",
        "- I.1 (2023): kế hoạch 2024 đã có chỉ tiêu cùng nội dung, cùng đơn vị chủ trì: I.1; nếu "
        "là một việc, bỏ qua bằng cds carry-over --from 2023 --to 2024 --as-of 31/12/2023 --skip "
        "I.1",
        "Không chuyển, để lại kế hoạch 2023:",
        "- I.2 (2023): kế hoạch 2024 đã có chỉ tiêu I.2 cùng nội dung, cùng đơn vị chủ trì; theo"
        " dõi ở đó, không thêm chỉ tiêu thứ hai (thêm thì đơn vị bị đôn đốc hai lần một việc)",
        "Ghi các chỉ tiêu này? [c/K]: k",
        "Chưa ghi gì.",
    ],
    "en": [
        "To check before writing:",
        "- I.1 (2023): plan 2024 already has a target of the same content and lead: I.1; if they "
        "are one work, leave it out with cds carry-over --from 2023 --to 2024 --as-of 31/12/2023 "
        "--skip I.1",
        "Not carried, left in plan 2023:",
        "- I.2 (2023): plan 2024 already lists it as target I.2, with the same content and lead; "
        "followed there, no second target added (its units would be urged twice)",
        "Write these targets? [y/N]: k",
        "Nothing was written.",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_preview_warns_of_i1_and_leaves_i2(plans: Path, lang: str) -> None:
    """What follows the table of I.1, I.3, I.4 (as the JSON above): I.1 warned with its --skip
    command (before the fix: no warning), I.2 left (before: carried as a row, no line)."""
    shown = ok(*CARRY, "--lang", lang, input="k\n").splitlines()
    table_end = max(n for n, line in enumerate(shown) if line.startswith("+-"))
    assert [row.split("|")[1].strip() for row in shown if row.startswith("| I.")] == [
        "I.1 (2023)",
        "I.3 (2023)",
        "I.4 (2023)",
    ]
    assert _flat(" ".join(shown[table_end + 1 :])) == _flat(" ".join(PREVIEW[lang]))
