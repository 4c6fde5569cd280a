"""The rules an entry obeys, each in one function, used by the reader and the writer alike.

The reader (`reading.py`, and the cache's check of appended lines in `app/opening.py`) reports a
broken rule as a located problem in a file; the writer (`new_entry.py`) refuses the entry before
it is written. Both ask the same function, so the two can never disagree on what is valid.
"""

from __future__ import annotations

from cds_tracker.core.records import Entry


def corrects_ok(original: Entry | tuple[str, str], target: str, unit: str) -> bool:
    """A correction replaces an entry of the same target by the same unit, never another's.

    `original` is the corrected entry, or its (target, unit) when only those are at hand."""
    if isinstance(original, Entry):
        original = (original.target, original.unit)
    return original == (target, unit)


def value_ok(indicator_unit: str, value: float) -> bool:
    """A percentage lies within 0–100; other units (counts, days) are not bounded here."""
    return indicator_unit != "%" or 0 <= value <= 100
