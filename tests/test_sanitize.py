"""One sanitiser per output kind (issue 13, class 4), checked over arbitrary text."""

from __future__ import annotations

import csv
import io
import re

from hypothesis import given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from cds_tracker.output.emit import to_csv
from cds_tracker.output.ics import _text as ics_value
from cds_tracker.output.sanitize import visible, xlsx_text

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
texts = st.text(
    alphabet=st.one_of(
        st.characters(), st.sampled_from("\x1b\x07\r\n\x0b\x9b\x7f\t=+-@\u202e\u2066")
    ),
    max_size=40,
)


@given(texts)
def test_a_screen_or_markdown_never_gets_a_control_character(text: str) -> None:
    shown = visible(text)
    assert not CONTROL.search(shown.replace("\n", ""))
    assert not BIDI.search(shown)
    assert visible(shown) == shown  # once is enough


@given(st.lists(texts, min_size=1, max_size=5))
def test_csv_keeps_every_cell_in_its_row(cells: list[str]) -> None:
    records = [{f"c{i}": cell for i, cell in enumerate(cells)}]
    for excel in (False, True):
        out = to_csv(records, excel=excel).removeprefix("\ufeff")
        rows = list(csv.reader(io.StringIO(out, newline="")))
        assert len(rows) == 2 and len(rows[1]) == len(cells)
        for cell in rows[1]:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
            assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", cell)


@given(texts)
def test_xlsx_text_is_always_accepted_by_excel(text: str) -> None:
    assert not ILLEGAL_CHARACTERS_RE.search(xlsx_text(text))
    assert "\x0b" not in xlsx_text(text)


@given(texts)
def test_an_ics_value_carries_no_control_byte(text: str) -> None:
    value = ics_value(text)
    assert not CONTROL.search(value)


def test_word_line_break_and_bare_cr_become_line_breaks() -> None:
    assert xlsx_text("a\x0bb\rc\r\nd") == "a\nb\nc\nd"
    assert ics_value("a\x0bb\rc\x1b[2J") == "a\\nb\\nc[2J"
    assert visible("a\x1b[2Jb\x07\x9b") == "a␛[2Jb␇<U+009B>"
    assert visible("abc\u202edcba.exe") == "abc<U+202E>dcba.exe"
