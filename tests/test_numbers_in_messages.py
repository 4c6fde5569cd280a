"""Numbers in messages are written as the reader's language writes them (issue 16): one
formatter (core/text.py `number`, through `words.say` of a `Figure`), the one tables use for
figures. Vietnamese: dots between thousands and a decimal comma ("1.000.000", "23,5%"); English:
commas and a decimal point ("1,000,000", "23.5%"). The pairing limit said "1 000 000" in both."""

from __future__ import annotations

import pytest

from cds_tracker.core.errors import Figure, msg
from cds_tracker.core.text import number, quantity
from cds_tracker.output.words import say
from cds_tracker.registry.likeness import LIMIT, TooMany


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (1_000_000, "1.000.000", "1,000,000"),
        (2500, "2.500", "2,500"),
        (999, "999", "999"),
        (1234.5, "1.234,5", "1,234.5"),
        (12.5, "12,5", "12.5"),
        (-1234.567, "-1.234,57", "-1,234.57"),
        (0.0, "0", "0"),
    ],
)
def test_one_formatter_two_ways(value: float, vi: str, en: str) -> None:
    assert (number(value, comma=True), number(value)) == (vi, en)


def test_a_percentage_keeps_its_sign_against_the_figure() -> None:
    """As every table and the Excel CSV write it (docs/output-formats.md): '12,5%', '12.5%'."""
    assert (quantity(12.5, "%", comma=True), quantity(12.5, "%")) == ("12,5%", "12.5%")
    assert quantity(2500, "hệ thống", comma=True) == "2.500 hệ thống"


def test_the_pairing_limit_in_both_languages() -> None:
    assert LIMIT == 1_000_000
    error = TooMany(1001, 1001, "cu.yaml", "moi.yaml")
    assert say(error.message, "vi") == (
        "cu.yaml và moi.yaml: còn 1.001 chỉ tiêu cũ và 1.001 chỉ tiêu mới khác nội dung phải "
        "ghép theo độ giống nhau (1.001 × 1.001 cặp), quá giới hạn 1.000.000 cặp; không ghép, "
        "không ghi gì"
    )
    assert say(error.message, "en") == (
        "cu.yaml and moi.yaml: 1,001 old and 1,001 new targets with different texts left to "
        "pair by likeness (1,001 × 1,001 pairs), over the limit of 1,000,000 pairs; nothing "
        "paired or written"
    )


def test_an_import_limit_in_both_languages() -> None:
    what = msg("import.limit.rows", found=Figure(1_048_576), limit=Figure(10_000))
    assert say(what, "vi") == "có dòng thứ 1.048.576 (tối đa 10.000)"
    assert say(what, "en") == "has row 1,048,576 (at most 10,000)"
