"""Carry-over leaves in the old plan an ongoing target the new plan restates (clerk15 F1).

plans/2023: I.1 "Cập nhật dữ liệu dân cư định kỳ." (Phòng Y tế, Thường xuyên), I.2 "Rà soát dữ
liệu dân cư." (Phòng Văn hóa và Thông tin, Thường xuyên), I.3 "Tổ chức Ngày Chuyển đổi số."
(Phòng Y tế, Tháng 10/2023), I.4 "Số hóa hồ sơ y tế." (Phòng Y tế, Thường xuyên). None reported:
on 31/12/2023 all four are unfinished.
plans/2024: I.1 "CẬP NHẬT  dữ liệu dân cư định kỳ." (Phòng Y tế, Thường xuyên: 2023's I.1, in
other case and spacing), I.2 "Rà soát dữ liệu dân cư." (Phòng Y tế: the same words for another
unit), I.3 "Tổ chức Ngày Chuyển đổi số." (Phòng Y tế, Tháng 10/2024: a yearly event, another
work).

So only 2023's I.1 is the new plan's own I.1 (both ongoing, same folded text, same lead): left in
2023, said so; the other three are carried after 2024's three, I.4, I.5, I.6. Carried, I.1 was a
second target of one periodic report: Phòng Y tế urged twice a month.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cds_tracker.core.text import fold
from test_carry_units import EMPTY, _cell, _plan, cds, ok

CARRY = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023")
HEALTH = _cell("Phòng Y tế", "phong-y-te")
CULTURE = _cell("Phòng Văn hóa và Thông tin", "phong-van-hoa-thong-tin")
ONGOING = {"text": "Thường xuyên", "due": "ongoing"}
NEXT_OCTOBER = {"text": "Tháng 10/2024", "due": "2024-10"}


def _target(n: int, content: str, lead: dict[str, Any], due: dict[str, str]) -> dict[str, Any]:
    return {
        "id": f"I.{n}",
        "number": n,
        "content": content,
        "directing": EMPTY,
        "lead": lead,
        "cooperating": EMPTY,
        "deadline": due,
        "notes": "",
    }


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    october = {"text": "Tháng 10/2023", "due": "2023-10"}
    _plan(
        tmp_path,
        2023,
        [
            _target(1, "Cập nhật dữ liệu dân cư định kỳ.", HEALTH, ONGOING),
            _target(2, "Rà soát dữ liệu dân cư.", CULTURE, ONGOING),
            _target(3, "Tổ chức Ngày Chuyển đổi số.", HEALTH, october),
            _target(4, "Số hóa hồ sơ y tế.", HEALTH, ONGOING),
        ],
    )
    _plan(
        tmp_path,
        2024,
        [
            _target(1, "CẬP NHẬT  dữ liệu dân cư định kỳ.", HEALTH, ONGOING),
            _target(2, "Rà soát dữ liệu dân cư.", HEALTH, ONGOING),
            _target(
                3, "Tổ chức Ngày Chuyển đổi số.", HEALTH, {"text": "T10/2024", "due": "2024-10"}
            ),
        ],
    )
    return tmp_path


LEFT_VI = [
    "Không chuyển, để lại kế hoạch 2023:",
    "- I.1 (2023): kế hoạch 2024 đã có chỉ tiêu I.1 cùng nội dung, cùng đơn vị chủ trì; theo "
    "dõi ở đó, không thêm chỉ tiêu thứ hai (thêm thì đơn vị bị đôn đốc hai lần một việc)",
]
LEFT_EN = [
    "Not carried, left in plan 2023:",
    "- I.1 (2023): plan 2024 already lists it as target I.1, with the same content and lead; "
    "followed there, no second target added (its units would be urged twice)",
]


def _flat(output: str) -> str:
    return " ".join(output.split())


def test_the_restated_ongoing_target_is_left_and_said(plans: Path) -> None:
    data = json.loads(ok(*CARRY, "--format", "json"))
    assert data["status"] == "proposed"
    assert [(t["origin"], t["id"]) for t in data["targets"]] == [
        ("2023/I.2", "I.4"),
        ("2023/I.3", "I.5"),
        ("2023/I.4", "I.6"),
    ]
    assert data["left"] == [
        {
            "origin": "2023/I.1",
            "status": "unreported",
            "content": "Cập nhật dữ liệu dân cư định kỳ.",
            "same_as": ["I.1"],
            "skipped": False,
        }
    ]
    for lang, said in (("vi", LEFT_VI), ("en", LEFT_EN)):
        shown = _flat(ok(*CARRY, "--lang", lang, input="k\n"))
        assert " ".join(said) in shown
    # written: 2024 holds its own three and the three carried; 2023's I.1 stays unmarked
    ok(*CARRY, "--yes")
    listed = json.loads(ok("--plan", "2024", "list", "--format", "json"))
    assert [(t["id"], t.get("carried_from")) for t in listed] == [
        ("I.1", None),
        ("I.2", None),
        ("I.3", None),
        ("I.4", "2023/I.2"),
        ("I.5", "2023/I.3"),
        ("I.6", "2023/I.4"),
    ]
    remind = ("--plan", "2024", "remind", "--month", "6/2024", "--as-of", "01/06/2024")
    letters = json.loads(ok(*remind, "--unit", "Phòng Y tế", "--format", "json"))
    asked = [t["id"] for u in letters for t in u["targets"] if fold(t["content"]).startswith("cap")]
    assert asked == ["I.1"]  # the periodic report is asked once
    old = json.loads(ok("--plan", "2023", "list", "--format", "json", "--as-of", "31/12/2023"))
    assert [(t["id"], t.get("carried_to")) for t in old] == [
        ("I.1", None),
        ("I.2", "2024/I.4"),
        ("I.3", "2024/I.5"),
        ("I.4", "2024/I.6"),
    ]
    assert cds("validate", "plans/2023", "plans/2024").exit_code == 0
    # again: nothing to write, the restated target said again before the one line
    again = ok(*CARRY, "--yes").splitlines()
    assert again == [
        *LEFT_VI,
        "Kế hoạch 2023 không còn chỉ tiêu chưa hoàn thành nào để chuyển vào "
        "plans/2024/phu_luc_01.yaml (3 chỉ tiêu đã chuyển trước đây); chưa ghi gì.",
    ]


def test_skip_leaves_a_named_target(plans: Path) -> None:
    data = json.loads(ok(*CARRY, "--skip", "i.4", "--skip", "I.3", "--format", "json"))
    assert [(t["origin"], t["id"]) for t in data["targets"]] == [("2023/I.2", "I.4")]
    assert [(x["origin"], x["same_as"], x["skipped"]) for x in data["left"]] == [
        ("2023/I.1", ["I.1"], False),
        ("2023/I.3", [], True),
        ("2023/I.4", [], True),
    ]
    vi = _flat(ok(*CARRY, "--skip", "I.4", input="k\n"))
    assert "- I.4 (2023): để lại theo --skip I.4" in vi
    en = _flat(ok(*CARRY, "--skip", "I.4", "--lang", "en", input="k\n"))
    assert "- I.4 (2023): left out by --skip I.4" in en


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "vi",
            [
                "cds: lỗi: --skip II.9: kế hoạch 2023 không có chỉ tiêu II.9",
                "  gợi ý: --skip nhận mã chỉ tiêu ở kế hoạch cũ, ví dụ --skip I.2 (xem: cds --plan "
                "2023 list)",
            ],
        ),
        (
            "en",
            [
                "cds: error: --skip II.9: plan 2023 has no target II.9",
                "  hint: --skip takes a target's id in the old plan, e.g. --skip I.2 (see: cds "
                "--plan 2023 list)",
            ],
        ),
    ],
)
def test_skip_of_an_unknown_target_is_refused(plans: Path, lang: str, said: list[str]) -> None:
    before = (plans / "plans/2024/phu_luc_01.yaml").read_bytes()
    result = cds(*CARRY, "--skip", "II.9", "--yes", "--lang", lang)
    assert result.exit_code == 2
    assert result.output.splitlines() == said
    assert (plans / "plans/2024/phu_luc_01.yaml").read_bytes() == before


def test_diff_of_the_two_plans_pairs_the_restated_target(plans: Path) -> None:
    # Left in 2023 with no record, 2023's I.1 was "finished in the old plan, so not carried"
    # beside a new I.1; it is 2024's I.1 (the content's case and spacing aside), as carry-over
    # judged it. 2024's I.2 (another lead) and I.3 (dated) are the plan's own.
    ok(*CARRY, "--yes")
    data = json.loads(ok("diff", "2023", "2024", "--format", "json"))
    assert data["finished"] == []
    assert [a["id"] for a in data["added"]] == ["I.2", "I.3"]
    assert [c["id"] for c in data["changed"]] == ["I.1"]
    assert list(data["changed"][0]["fields"]) == ["content"]
    assert sorted(c["id"] for c in data["carried_in"]) == ["I.4", "I.5", "I.6"]


RETOLD = {
    "vi": [
        "Cần xem lại trước khi ghi:",
        "- I.3 (2023): kế hoạch 2024 đã có chỉ tiêu cùng nội dung, cùng đơn vị chủ trì: I.3; nếu "
        "là một việc, bỏ qua bằng cds carry-over --from 2023 --to 2024 --as-of 31/12/2023 --skip "
        "I.3",
    ],
    "en": [
        "To check before writing:",
        "- I.3 (2023): plan 2024 already has a target of the same content and lead: I.3; if they "
        "are one work, leave it out with cds carry-over --from 2023 --to 2024 --as-of 31/12/2023 "
        "--skip I.3",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_dated_target_the_new_plan_restates_is_carried_with_a_warning(
    plans: Path, lang: str
) -> None:
    """2023's I.3 (dated) and 2024's own I.3: the same words, the same lead. A yearly event
    written again is a second work, so it is still carried (as I.5) — but if it is one work the
    unit is urged twice, so the preview says so, with the command leaving it out, typed as
    printed (clerk 18, C1). 2024's I.2, the same words as 2023's I.2 for another unit, and the
    ongoing targets are not warned of; JSON gives `restated_by`."""
    import shlex

    data = json.loads(ok(*CARRY, "--format", "json"))
    assert [(t["origin"], t["restated_by"]) for t in data["targets"]] == [
        ("2023/I.2", []),
        ("2023/I.3", ["I.3"]),
        ("2023/I.4", []),
    ]
    shown = _flat(ok(*CARRY, "--lang", lang, input="k\n"))
    assert " ".join(RETOLD[lang]) in shown
    assert shown.count("I.3 (2023):") == 1
    command = RETOLD["vi"][1]
    typed = shlex.split(command[command.index("cds carry-over") :])[1:]
    skipped = json.loads(ok(*typed, "--format", "json"))
    assert [t["origin"] for t in skipped["targets"]] == ["2023/I.2", "2023/I.4"]
    assert [(i["origin"], i["skipped"]) for i in skipped["left"]] == [
        ("2023/I.1", False),
        ("2023/I.3", True),
    ]
    assert "Cần xem lại" not in ok(*typed, input="k\n")
    # written as proposed (--yes): the warning is said, and I.3 carried as I.5
    written = ok(*CARRY, "--yes")
    assert " ".join(RETOLD["vi"]) in _flat(written)
    listed = json.loads(ok("--plan", "2024", "list", "--format", "json"))
    assert ("I.5", "2023/I.3") in [(t["id"], t.get("carried_from")) for t in listed]
