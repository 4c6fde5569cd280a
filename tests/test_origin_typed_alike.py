"""'I.3 (2024)' and '2024/I.3' name one carried target, the one the origin plan prints "I.3"
(clerk review 10, 08; docs/registry-format.md).

The revised 2024 workspace of test_revised_plan.py carried on into 2025 (test_carried_numbers.py):
2025's I.10 came from 2024/I.9, which revision 12/KH-BCĐ prints "I.3"; no 2025 target came from
2024's own I.3 or I.2. `show I.10` gives the origin by that printed number on both lines, the
registry's id beside it: "I.3 (2024) (mã I.9 …)" (clerk 12, F3).
"""

from __future__ import annotations

from pathlib import Path

from test_revise import cds, ok
from test_revised_plan import lines
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

AS_OF = ("--as-of", "01/03/2025")


def test_both_forms_name_the_printed_number(revised: Path) -> None:
    from test_carried_numbers import carried_2025

    carried_2025(revised)
    for typed in ("I.3 (2024)", "2024/I.3", "2024/I.9", "I.9 (2024)"):
        assert lines(ok("--plan", "2025", "show", typed, *AS_OF))[0] == "I.10", typed
    for typed in ("I.2 (2024)", "2024/I.2"):  # 2024 prints no carried target "I.2"
        refused = cds("--plan", "2025", "show", typed, *AS_OF)
        assert refused.exit_code == 2
        first, hint = refused.output.splitlines()[:2]
        assert first == f"cds: lỗi: không có chỉ tiêu nào chuyển tiếp từ '{typed}'"
        # the printed number, as the documents cite it, and the registry's id beside it
        assert "; I.10 cho chỉ tiêu I.3 (2024) (mã nguồn trong sổ đăng ký: 2024/I.9); " in hint
    shown = lines(ok("--plan", "2025", "show", "I.10", *AS_OF))
    assert "Số thứ tự trong kế hoạch năm 2024 I.3 (2024)" in shown
    assert "Chuyển từ I.3 (2024) (mã I.9 trong sổ đăng ký của kế hoạch đó)" in shown
    english = lines(ok("--plan", "2025", "show", "I.10", *AS_OF, "--lang", "en"))
    assert "Carried from I.3 (2024) (id I.9 in that plan's registry)" in english
    same = lines(ok("--plan", "2025", "show", "I.5", *AS_OF))  # 2024/I.4, itself 2023/I.1
    assert "Chuyển từ I.1 (2023)" in same  # 2024's I.4 cited by its origin, as documents do
