"""What `--value` gives (`key=35`, `key=4/5`, or a bare figure for a target with one
indicator), checked against the target's indicators: the values and counts of a new entry.
A return form's cells reach an entry the same way (form_cells.py makes `key=…` texts), and
both read a typed figure by the one reader, progress/typed_numbers.py (review 12). Apart from
new_entry.py, which builds the rest of the entry, by concern (it had grown past 400 lines).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from cds_tracker.core.entries import counts_ok
from cds_tracker.core.errors import msg
from cds_tracker.core.text import did_you_mean
from cds_tracker.progress.rules import value_ok
from cds_tracker.progress.typed_numbers import MOST_DIGITS, read_count, read_value, trimmed


def given_values(
    target: Any, values: Sequence[str]
) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    """`key=35` (a value) or `key=4/5` (counts: 4 of 5, kept beside the value 80)."""
    from cds_tracker.core.errors import UsageError

    keys = [i.key for i in target.indicators]
    parsed: dict[str, float] = {}
    counts: dict[str, tuple[int, int]] = {}
    given: dict[str, str] = {}  # key → the --value that gave it
    for text in values:
        key, sep, number = text.partition("=")
        if not sep:
            if len(keys) != 1:
                raise UsageError(
                    msg("entry.value_which", text=text),
                    hint=msg("entry.hint.indicators_of", target=target.id, keys=", ".join(keys))
                    if keys
                    else msg("progress.hint.no_indicators", target=target.id),
                )
            key, number = keys[0], text
        key = key.strip()
        if key in given:
            raise UsageError(
                msg("entry.value_twice", key=key, first=given[key], second=text),
                hint=msg("entry.hint.once"),
            )
        given[key] = text
        if key not in keys:
            raise UsageError(
                msg("entry.value_no_indicator", target=target.id, key=key),
                hint=did_you_mean(key, keys)
                or (
                    msg("entry.hint.indicators_of", target=target.id, keys=", ".join(keys))
                    if keys
                    else msg("progress.hint.no_indicators", target=target.id)
                ),
            )
        indicator = next(i for i in target.indicators if i.key == key)
        if "/" in number:
            counts[key] = _counts(text, number, indicator.unit)
            parsed[key] = 100 * counts[key][0] / counts[key][1]
            continue
        value = read_value(number)  # the form's cells are read by the same (typed_numbers)
        if value is None:
            raise UsageError(
                msg("entry.value_not_number", text=text, number=number),
                hint=msg(
                    "entry.hint.value_forms_counts"
                    if indicator.unit == "%"
                    else "entry.hint.value_forms",
                    key=key,
                ),
            )
        if not math.isfinite(value):
            raise UsageError(msg("entry.value_not_finite", text=text, number=number))
        indicator = next(i for i in target.indicators if i.key == key)
        if not value_ok(indicator.unit, value):
            raise UsageError(msg("entry.value_percent", text=text))
        parsed[key] = value
        counts.pop(key, None)
    return parsed, counts


def _counts(text: str, number: str, unit: str) -> tuple[int, int]:
    """'4/5' → (4, 5): whole numbers, 0 ≤ numerator ≤ denominator, denominator > 0."""
    from cds_tracker.core.errors import UsageError

    if unit != "%":
        raise UsageError(msg("entry.count_not_percent", text=text))
    head, _, tail = number.partition("/")
    numerator, denominator = read_count(head), read_count(tail)  # the form's rule too
    if not isinstance(numerator, int) or not isinstance(denominator, int):
        if "comma" in (numerator, denominator):  # "1,000": a thousand, or one?
            part = head if numerator == "comma" else tail
            raise UsageError(
                msg("entry.count_comma", text=text, number=trimmed(part)),
                hint=msg("entry.hint.count_comma"),
            )
        if "huge" in (numerator, denominator):  # a slip: thousands of digits pasted
            raise UsageError(
                msg("entry.count_huge", text=text, most=MOST_DIGITS),
                hint=msg("entry.hint.count_huge"),
            )
        raise UsageError(
            msg("entry.not_count", text=text, number=number),
            hint=msg("entry.hint.count"),
        )
    if not counts_ok(numerator, denominator):  # the rule; the message says which part failed
        if denominator <= 0:
            raise UsageError(
                msg("entry.count_zero", text=text, denominator=denominator),
                hint=msg("entry.hint.count_zero"),
            )
        raise UsageError(
            msg("entry.count_range", text=text, numerator=numerator, denominator=denominator),
            hint=msg("entry.hint.count_range"),
        )
    return numerator, denominator
