"""The note on an id that is also a carried target's old number, and the refusal of an origin
several carried targets answer to, name what to type, and what they name works (clerk12 F2).

The revised 2024 workspace of test_revised_plan.py (revision 12/KH-BCĐ prints I.3 "I.2" and
the new I.9 "I.3"), where VH&TT reopens I.3 before the year ends, carried into 2025
(test_carried_numbers.py): 2025's I.5 came from 2024/I.3 (printed "I.2"), I.11 from 2024/I.9
(printed "I.3") and I.8 from 2024/I.6, itself 2023/I.3. So "2024/I.3" is two targets: I.11 by
the number the plan in force prints, I.5 by its id in the 2024 registry (`carried_from:
2024/I.3`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_revise import cds, ok
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

AS_OF = ("--as-of", "01/03/2025")


@pytest.fixture
def reopened(revised: Path) -> Path:
    from test_carried_numbers import carried_2025

    reopen = ("progress", "add", "I.3", "--id", "--unit", "VH&TT", "--status", "đang thực hiện")
    ok("--plan", "2024", *reopen, "--date", "01/06/2024")
    carried_2025(revised)
    return revised


def test_the_carried_ids_of_the_workspace(reopened: Path) -> None:
    rows = json.loads(ok("--plan", "2025", "list", "--format", "json", *AS_OF))
    carried = {r["id"]: (r["carried_from"], r["origin"]["cited"]) for r in rows if r["id"] in (
        "I.5", "I.8", "I.11")}  # fmt: skip
    assert carried == {
        "I.5": ("2024/I.3", "I.2 (2024)"),
        "I.8": ("2024/I.6", "I.3 (2023)"),
        "I.11": ("2024/I.9", "I.3 (2024)"),
    }


def test_the_note_names_what_works_when_typed(reopened: Path) -> None:
    """2025's own I.3 is also I.5's id in the 2024 registry, I.8's number in 2023 and I.11's
    printed number in 2024: the note tells to type I.11 for the one "từ I.3 Kế hoạch năm 2024"
    — '2024/I.3' is two — and 2023/I.3 for the one carried twice (clerk11 F, kept); each thing
    it tells to type opens the target it names, with no note."""
    shown = cds("--plan", "2025", "show", "I.3", *AS_OF)
    assert shown.exit_code == 0, shown.output
    assert shown.stderr.splitlines() == [
        "Chú ý: I.3 là chỉ tiêu I.3 của Kế hoạch năm 2025 («Xây dựng kho dữ liệu dùng chung của"
        " thành phố.»); chỉ tiêu chuyển tiếp từ I.2 Kế hoạch năm 2024 là I.5 — gõ 2024/I.2 nếu"
        " muốn chỉ tiêu đó; chỉ tiêu chuyển tiếp từ I.3 Kế hoạch năm 2023 là I.8 — gõ 2023/I.3"
        " nếu muốn chỉ tiêu đó; chỉ tiêu chuyển tiếp từ I.3 Kế hoạch năm 2024 là I.11 — gõ I.11"
        " nếu muốn chỉ tiêu đó."
    ]
    english = cds("--plan", "2025", "show", "I.3", *AS_OF, "--lang", "en")
    assert english.stderr.splitlines()[0].endswith(
        "; the target carried over from I.3 of the 2023 plan is I.8 — type 2023/I.3 for that"
        " one; the target carried over from I.3 of the 2024 plan is I.11 — type I.11 for that"
        " one."
    )
    for typed, opened in (("2024/I.2", "I.5"), ("2023/I.3", "I.8"), ("I.11", "I.11")):
        result = cds("--plan", "2025", "show", typed, *AS_OF)
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[0] == opened
        assert result.stderr == ""


def test_the_refusal_of_two_lists_what_to_type_for_each(reopened: Path) -> None:
    for typed in ("2024/I.3", "I.3 (2024)"):
        refused = cds("--plan", "2025", "show", typed, *AS_OF)
        assert refused.exit_code == 2
        assert refused.output.splitlines() == [
            f"cds: lỗi: nhiều chỉ tiêu chuyển tiếp từ '{typed}': ghi mã của chỉ tiêu",
            "  gợi ý: gõ mã của chỉ tiêu muốn chọn: I.5 cho chỉ tiêu I.2 (2024) (mã nguồn trong"
            " sổ đăng ký: 2024/I.3); I.11 cho chỉ tiêu I.3 (2024) (mã nguồn trong sổ đăng ký:"
            " 2024/I.9)",
        ]
    english = cds("--plan", "2025", "show", "2024/I.3", *AS_OF, "--lang", "en")
    assert english.exit_code == 2
    assert english.output.splitlines() == [
        "cds: error: several targets are carried from '2024/I.3': give the target's id",
        "  hint: type the id of the one you mean: I.5 for target I.2 (2024) (its origin in the"
        " registry: 2024/I.3); I.11 for target I.3 (2024) (its origin in the registry:"
        " 2024/I.9)",
    ]
