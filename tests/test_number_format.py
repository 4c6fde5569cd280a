"""Excel number formats rendered as Excel shows them (registry/importing/number_format.py): each
expectation worked out by hand from the format's grammar (ECMA-376 §18.8.31) and checked against
what Excel prints; a format the reader does not render gives None (the caller keeps the value
and asks a person)."""

from __future__ import annotations

import datetime as dt

import pytest

from cds_tracker.registry.importing.number_format import shown
from cds_tracker.registry.importing.sheet_cells import excel_text

JUNE = dt.datetime(2024, 6, 1)
SEPTEMBER = dt.datetime(2024, 9, 30)


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        (0.8, "0%", "80%"),  # × 100, no decimals
        (0.125, "0.0%", "12,5%"),  # Vietnamese decimal comma
        (2024, '"Năm "0', "Năm 2024"),  # a quoted literal before the digits
        (1234567.891, "#,##0.00", "1.234.567,89"),  # grouped by ".", rounded half up
        (1234, "#,##0", "1.234"),
        (0, "#,##0", "0"),  # the one "0" keeps a zero
        (0.5, "#.00", ",50"),  # no "0" before the point: no leading zero
        (0.125, "0.0#", "0,13"),  # 0.125 rounds half up to 0.13
        (1, "0.0#", "1,0"),  # an optional "#" place left empty
        (7, "000", "007"),
        (-3, "0", "-3"),  # one section: the sign is shown
        (-3, "0;(0)", "(3)"),  # the negative section: no sign, its own brackets
        (0, '0;"âm";"không"', "không"),  # the zero section
        (12, "\\N\\o 0", "No 12"),  # escaped letters
        (3, "[$€-407] #,##0.00", "€ 3,00"),  # a currency bracket shows its symbol
        (5, "[Red]0", "5"),  # a colour shows nothing
        (7, 'General" đơn vị"', "7 đơn vị"),
        (5, ";;;", ""),  # every section empty: nothing shown
        ("abc", ";;;", ""),  # the text section too
        ("abc", '"x "@', "x abc"),
        ("abc", "0.00", "abc"),  # a text in a number-only format is shown as typed
        (JUNE, '"Tháng "mm/yyyy', "Tháng 06/2024"),
        (JUNE, "[$-42A]mm/yyyy;@", "06/2024"),  # the locale shows nothing
        (JUNE, "dd/mm/yyyy", "01/06/2024"),
        (JUNE, "d/m/yy", "1/6/24"),
        (dt.datetime(2024, 6, 1, 14, 5), "hh:mm", "14:05"),  # "mm" after an hour: minutes
        (dt.datetime(2024, 6, 1, 14, 5), "h:mm AM/PM", "2:05 PM"),
        (dt.time(0, 0), 'mm/yyyy;[Red]"âm";"Thường xuyên"', "Thường xuyên"),  # 0: zero section
        (45500, 'mm/yyyy;[Red]"âm";"Thường xuyên"', "07/2024"),  # day 45500 = 29/07/2024
    ],
)
def test_a_format_shows_the_value_as_excel_does(
    value: object, number_format: str, expected: str
) -> None:
    assert shown(value, number_format) == expected


@pytest.mark.parametrize(
    ("value", "number_format"),
    [
        (12, "[>10]0;0"),  # a condition
        (JUNE, "[$-42A]mmmm yyyy"),  # month names, in the office's Excel's language
        (JUNE, "dddd dd/mm"),  # day names
        (1e6, "0.00E+00"),  # scientific
        (0.5, "# ?/?"),  # a fraction
        (123456, "000-000"),  # a literal between digits
        (1000, "#,##0,"),  # a scale by a trailing comma
        (-1, "dd/mm/yyyy"),  # Excel shows ##### for a date before day 0
        (5, '"unclosed'),
        (SEPTEMBER, '"Quý "Q/yyyy'),  # Q is no code: not "Quý Q/2024", not a quarter
        (7, "0 B"),  # an unquoted letter after digits
    ],
)
def test_a_format_not_read_gives_none(value: object, number_format: str) -> None:
    assert shown(value, number_format) is None


def test_excel_text_says_why_a_person_should_look() -> None:
    """The value as stored when the format is not rendered; "" when the format hides it; a
    built-in date format and General as before (the system's short date, the value)."""
    assert excel_text(0.8, "0%") == ("80%", None, None)
    assert excel_text(JUNE, "[$-42A]mmmm yyyy") == ("06/2024", None, "format")
    assert excel_text("Nội dung.", ";;;") == ("", None, "hidden")
    assert excel_text("   ", ";;;") == ("", None, None)  # nothing to hide: no note
    assert excel_text(JUNE, "mm-dd-yy") == ("01/06/2024", None, None)  # built-in 14
    assert excel_text(0.8, "General") == ("0.8", None, None)
    assert excel_text(dt.timedelta(days=3), "[hh]:mm:ss") == ("72:00", "duration", None)
    assert excel_text(True, "0") == ("TRUE", "boolean", None)
    assert excel_text(2024, "@") == ("2024", None, None)  # a number in a Text cell: as typed
    # A date whose shown text is no deadline wording ("2024-06-01") is read as the date it is:
    # the day as before, which reads as a deadline (June); one that reads keeps Excel's text.
    assert excel_text(JUNE, "yyyy-mm-dd") == ("01/06/2024", None, None)
    assert excel_text(JUNE, '"Năm "yyyy') == ("Năm 2024", None, None)
    # a letter that is no code: the stored date (a month's last day: its month) as before, and
    # now a person is asked to check the cell (repro n6: no note)
    assert excel_text(SEPTEMBER, '"Quý "Q/yyyy') == ("09/2024", None, "format")
