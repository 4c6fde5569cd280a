"""`cds validate` says a long hint once per run and keeps only a hint's own part under later
problems (output/problems.py). Only advice inside a hint (another hint: "có phải 'X'? thêm đơn
vị …") is left out on repeats; a message that is part of the hint's own sentence ("đã sáp nhập
vào B từ 01/07/2024: giao cho B") is kept whole: the hint is said whole once, then not again
like any hint said before (final review 10: every later one read "gợi ý: đã : giao cho …")."""

from __future__ import annotations

from cds_tracker.core.errors import Problem, msg
from cds_tracker.output.problems import problems_text

HEIR = "Phòng Văn hóa và Thông tin"
GONE = msg(
    "rule.hint.gone_changed",
    heir=HEIR,
    how=msg("unit.step_merged", heir=HEIR, since="01/07/2024"),
)
NEAR = msg("rule.hint.near_unit", near="Phòng Y tế", then=msg("rule.hint.add_unit"))


def _problem(line: int, hint: object) -> Problem:
    return Problem("dk.yaml", line, 3, msg("rule.role_lead"), hint)  # type: ignore[arg-type]


def _hints(lang: str, *hints: object) -> list[str]:
    texts = problems_text([_problem(i + 1, h) for i, h in enumerate(hints)], lang)  # type: ignore[arg-type]
    return [text.splitlines()[-1] for text in texts]


def test_a_hints_own_sentence_is_never_cut() -> None:
    whole_vi = (
        f"  gợi ý: đã sáp nhập vào {HEIR} từ 01/07/2024: giao cho {HEIR} (sửa cả chữ trong ô, "
        "`text`, và mã đơn vị, `units`)"
    )
    assert _hints("vi", GONE, GONE, GONE) == [
        whole_vi,
        "dk.yaml:2:3: chủ trì",
        "dk.yaml:3:3: chủ trì",
    ]
    whole_en = (
        f"  hint: merged into {HEIR} from 01/07/2024: assign it to {HEIR} (both the cell's text "
        "and units)"
    )
    assert _hints("en", GONE, GONE) == [whole_en, "dk.yaml:2:3: lead"]


def test_advice_inside_a_hint_is_said_once() -> None:
    first, second = _hints("en", NEAR, NEAR)
    assert first.startswith("  hint: did you mean 'Phòng Y tế'? ") and len(first) > 60
    assert second == "  hint: did you mean 'Phòng Y tế'?"
