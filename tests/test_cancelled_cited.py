"""One rule for citing a target a revision annulled, in every document that cites the revised
plan: by its number in the plan that printed it, "(đã bãi bỏ)" beside it ('I.2 (đã bãi bỏ)', or
'I.2' over '(đã bãi bỏ)' in a narrow column), never a bare 'I.2' the revised plan prints for
another target, nor unnumbered (clerk review 10, finding 12: Y tế's report printed the annulled
II.2 as "II.2" while Bắc Sơn's letter printed the camera target, the old II.3, as "II.2").

The workspace of test_revised_numbers.py: plan 5's I.2 (Phòng Nội vụ, reported 05/03/2024)
dropped by Kế hoạch số 12/KH-BCĐ ngày 20/03/2024, which prints I.3 (VH&TT) as "2.".
"""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from test_revise import ok
from test_revise import workspace as workspace  # the fixture under `revised`
from test_revised_numbers import AFTER, DROPPED, I3_TEXT, REVISED_BY
from test_revised_numbers import revised as revised  # the fixture

REPORT = ("--plan", "2024", "report", "--as-of", AFTER)


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # a content cell on one line


def _rows_with(text: str, rows: list[list[str]]) -> list[list[str]]:
    return [r for r in rows if any(text in cell for cell in r)]


def test_the_units_report_cites_the_annulled_target_as_annulled(revised: Path) -> None:
    screen = ok(*REPORT, "--unit", "Nội vụ").splitlines()
    (at,) = [i for i, line in enumerate(screen) if DROPPED in line]
    assert screen[at].startswith("| I.2 ")
    assert screen[at + 1].startswith("| (đã bãi bỏ) ")
    english = ok(*REPORT, "--unit", "Nội vụ", "--lang", "en").splitlines()
    (at,) = [i for i, line in enumerate(english) if DROPPED in line]
    assert english[at + 1].startswith("| (annulled) ")

    ok(*REPORT, "--unit", "Nội vụ", "--out", "nv.docx")
    document = docx.Document("nv.docx")
    opening = [p.text for p in document.paragraphs if p.text.startswith("Thực hiện")]
    assert REVISED_BY in opening[0]  # the document cites the revised plan
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    (row,) = _rows_with(DROPPED, rows)
    assert "I.2\n(đã bãi bỏ)" in row and "I.2" not in row

    ok(*REPORT, "--unit", "Nội vụ", "--out", "nv.xlsx")
    sheet = openpyxl.load_workbook("nv.xlsx").active
    assert sheet is not None
    cells = [[str(c or "") for c in r] for r in sheet.iter_rows(values_only=True)]
    (row,) = _rows_with(DROPPED, cells)
    assert "I.2\n(đã bãi bỏ)" in row


def test_the_renumbered_target_keeps_the_revised_number(revised: Path) -> None:
    """VH&TT's I.3, printed "2." by plan 12: 'I.3' over '(STT I.2)' in its report, as before;
    the two targets never share a bare 'I.2'."""
    ok(*REPORT, "--unit", "VH&TT", "--out", "vh.docx")
    rows = [[c.text for t in [tb] for c in r.cells] for tb in docx.Document("vh.docx").tables
            for r in tb.rows]  # fmt: skip
    (row,) = _rows_with(I3_TEXT, rows)
    assert "I.3\n(STT I.2)" in row
