from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_tracker.core.dates import (
    ONGOING,
    YearMonth,
    parse_date,
    parse_month,
    try_parse_month,
)
from cds_tracker.core.deadline_words import parse_deadline_text
from cds_tracker.core.errors import UsageError
from cds_tracker.output.words import say


@pytest.mark.parametrize(
    "text", ["10/2023", "2023-10", "10-2023", "Tháng 10/2023", "thang 10/2023", " 10/2023 "]
)
def test_month_spellings(text: str) -> None:
    assert parse_month(text) == YearMonth(2023, 10)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("13/2023", ": there is no month 13"),  # said why (core/dates.py `date_flaw`)
        ("0/2023", ": there is no month 0"),
        ("10/23", " is not a month"),
        ("October", " is not a month"),
        ("2023", " is not a month"),
        ("", " is not a month"),
    ],
)
def test_invalid_months_are_usage_errors(text: str, why: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_month(text)
    assert say(caught.value.message, "en") == f"invalid value for --month: '{text}'{why}"
    assert caught.value.exit_code == 2


def test_month_ends_on_its_last_day() -> None:
    assert YearMonth(2023, 11).last_day == dt.date(2023, 11, 30)
    assert YearMonth(2024, 2).last_day == dt.date(2024, 2, 29)
    assert YearMonth(2023, 2).last_day == dt.date(2023, 2, 28)
    assert YearMonth(2023, 10).display() == "10/2023"
    assert YearMonth(2023, 5).iso() == "2023-05"


def test_dates_are_day_first_or_iso() -> None:
    assert parse_date("01/12/2023") == dt.date(2023, 12, 1)
    assert parse_date("1/12/2023") == dt.date(2023, 12, 1)
    assert parse_date("2023-12-01") == dt.date(2023, 12, 1)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("31/02/2023", ": February 2023 has only 28 days"),  # said why (`date_flaw`)
        ("12/31/2023", ": there is no month 31"),  # month first, as in the US
        ("2023/12/01", " is not a valid date"),
        ("hôm nay", " is not a valid date"),
        ("1.2", " is not a valid date"),
    ],
)
def test_invalid_dates(text: str, why: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_date(text)
    assert say(caught.value.message, "en") == f"invalid value for --as-of: '{text}'{why}"


def test_deadline_texts() -> None:
    assert parse_deadline_text("Tháng 5/2023") == YearMonth(2023, 5)
    assert parse_deadline_text("Thường xuyên") == ONGOING
    assert parse_deadline_text("sớm") is None
    assert try_parse_month("2023-13") is None


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789", min_size=2, max_size=2),
    st.sampled_from("/-"),
    st.text(alphabet="0123456789", min_size=4, max_size=4),
)
def test_a_month_read_directly_is_read_as_its_pattern_reads_it(
    first: str, mark: str, second: str
) -> None:
    """`mm/yyyy` and `yyyy-mm` are read without the month patterns (core/dates.py: a warm `cds
    due` compiles none); the answer is the patterns' own, for every such text."""
    from cds_tracker.core.dates import _month_parts

    for text in (f"{first}{mark}{second}", f"{second}{mark}{first}"):
        parts = _month_parts(text)
        expected = None
        if parts is not None:
            try:
                expected = YearMonth(*parts)
            except ValueError:
                expected = None
        assert try_parse_month(text) == expected, text
