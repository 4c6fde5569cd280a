"""`--pair I.2=1` against a table that numbers each group from 1 (attack review 10, 03): "1" is
two rows of the new table (I.1 and II.1), so the choice is refused as ambiguous with the rows to
write instead (exit 2), never as "the new side has no target 1".

The workspace of test_revise_after_carry.py; its table UNSURE has groups I (1., 2., 3.) and II
(1.).
"""

from __future__ import annotations

from pathlib import Path

from appendix_files import write_docx
from test_revise import cds
from test_revise_after_carry import JULY, UNSURE
from test_revise_after_carry import workspace as workspace  # the fixture


def test_a_bare_number_in_two_groups_is_ambiguous(workspace: Path) -> None:
    write_docx(workspace / "mo.docx", UNSURE, JULY)
    vi = cds("diff", "2024", "mo.docx", "--pair", "I.2=1")
    assert (vi.exit_code, vi.output.splitlines()) == (
        2,
        [
            "cds: lỗi: --pair I.2=1: bảng mới có 2 dòng số 1 (mỗi nhóm đánh số lại từ 1)",
            "  gợi ý: ghi số 1 kèm nhóm của nó: I.1, II.1",
        ],
    )
    en = cds("diff", "2024", "mo.docx", "--pair", "I.2=1", "--lang", "en")
    assert (en.exit_code, en.output.splitlines()) == (
        2,
        [
            "cds: error: --pair I.2=1: the new table has 2 rows numbered 1 (each group numbered "
            "from 1)",
            "  hint: write 1 with its group: I.1, II.1",
        ],
    )
    three = cds("diff", "2024", "mo.docx", "--pair", "I.2=3")  # one row "3.": I.3, still said so
    assert three.exit_code == 2
    assert three.output.splitlines()[0] == "cds: lỗi: --pair I.2=3: bên mới không có chỉ tiêu 3"
