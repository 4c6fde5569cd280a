"""The urging letter, the form sent with it (`--with-form`) and the unit's Word report cite each
target one way, output/tables.py `code_cell`: the id the clerk types over what the revised plan
prints (clerk 11, D). The letter used to print "I.3" (the number in force) where the form in
the same envelope and the report printed "I.9" over "(STT I.3)".

The workspace of tests/test_revised_plan.py: Kế hoạch số 12/KH-BCĐ (20/03/2024) drops I.2,
prints the old I.3 as "2." and adds I.9, printed "3.", due 12/2024 and led by the city office
(Văn phòng HĐND và UBND thành phố), which also owes II.1 and 15 targets carried from 2023."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from test_revise import NEW_TEXT, ok
from test_revised_plan import revised, workspace

__all__ = ["revised", "workspace"]

OFFICE = "Văn phòng HĐND và UBND thành phố"
AS_OF = ("--as-of", "01/12/2024")


def _word_code(path: Path) -> str:
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if NEW_TEXT in cells:
                return cells[cells.index(NEW_TEXT) - 1]
    raise AssertionError(f"{NEW_TEXT!r} not in {path}")


def test_letter_form_and_report_cite_a_renumbered_target_alike(revised: Path) -> None:
    remind = ("--plan", "2024", "remind", "--month", "12/2024", *AS_OF, "--unit", OFFICE)
    ok(*remind, "--format", "docx", "--out", "thu", "--with-form")
    (letter,) = Path("thu").glob("don-doc-*.docx")
    (form,) = Path("thu").glob("phieu-*.xlsx")
    sheet = openpyxl.load_workbook(form).active
    assert sheet is not None
    codes = {sheet.cell(r, 3).value: sheet.cell(r, 2).value for r in range(1, sheet.max_row + 1)}
    ok("--plan", "2024", "report", "--unit", OFFICE, *AS_OF, "--out", "bao-cao.docx")
    assert (_word_code(letter), codes[NEW_TEXT], _word_code(Path("bao-cao.docx"))) == (
        "I.9\n(STT I.3)",
        "I.9\n(STT I.3)",
        "I.9\n(STT I.3)",
    )
    paragraphs = [p.text for p in docx.Document(str(letter)).paragraphs]
    assert "+ II.1: Tỷ lệ hồ sơ nộp trực tuyến (yêu cầu: tối thiểu 60%);" in paragraphs
    note = ok(*remind)  # the Markdown note: the same words on one line
    assert f"| 1 | I.9 (STT I.3) | {NEW_TEXT} |" in note


def test_the_english_form_cites_it_as_the_english_screen_does(revised: Path) -> None:
    ok("--lang", "en", "--plan", "2024", "form", "--month", "12/2024", *AS_OF, "--unit", OFFICE,
       "--out", "form.xlsx")  # fmt: skip
    sheet = openpyxl.load_workbook("form.xlsx").active
    assert sheet is not None
    codes = {sheet.cell(r, 3).value: sheet.cell(r, 2).value for r in range(1, sheet.max_row + 1)}
    assert codes[NEW_TEXT] == "I.9\n(no. I.3)"
    shown = ok("--lang", "en", "--plan", "2024", "list", "--as-of", "01/12/2024")
    assert "(no. I.3)" in shown  # the terminal's Id cell: I.9 over (no. I.3)


def test_the_calendar_cites_it_as_the_letter_does(revised: Path) -> None:
    """The .ics event of I.9 read "I.3 …" — the number another target (the old I.3, printed "2.")
    has as its id; a calendar reader typing it got the wrong target."""
    ok("--plan", "2024", "export", "--format", "ics", *AS_OF, "--out", "lich.ics")
    events = [
        line.removeprefix("SUMMARY:")
        for line in Path("lich.ics").read_text(encoding="utf-8").splitlines()
        if line.startswith("SUMMARY:")
    ]
    assert sum(e.startswith("I.9 (STT I.3) ") for e in events) == 1
    assert not any(e.startswith("I.3 Số hóa") for e in events)
    assert sum(e.startswith("I.3 (STT I.2) ") for e in events) == 1  # the old I.3, printed "2."
