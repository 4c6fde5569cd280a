"""The rules an entry obeys, each in one function, used by the reader and the writer alike.

The reader (`reading.py`, and the cache's check of appended lines in `app/opening.py`) reports a
broken rule as a located problem in a file; the writer (`new_entry.py`) refuses the entry before
it is written. Both ask the same function, so the two can never disagree on what is valid.
"""

from __future__ import annotations

from collections.abc import Mapping

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import Msg, msg
from cds_tracker.core.tuples import Record


def corrects_ok(original: Entry | tuple[str, str], target: str, unit: str) -> bool:
    """A correction replaces an entry of the same target by the same unit, never another's.

    `original` is the corrected entry, or its (target, unit) when only those are at hand."""
    if isinstance(original, Entry):
        original = (original.target, original.unit)
    return original == (target, unit)


def value_ok(indicator_unit: str, value: float) -> bool:
    """A percentage lies within 0–100; other units (counts, days) are not bounded here."""
    return indicator_unit != "%" or 0 <= value <= 100


class Corrected(Record):
    """What a correction rule needs to know of the entry corrected."""

    id: str
    target: str
    unit: str
    date: str  # yyyy-mm-dd
    corrected_by: str | None = None  # the id of an entry that already corrects it


def correction_fault(original: Corrected, target: str, unit: str, date: str) -> str | None:
    """Why an entry of `target` by `unit` dated `date` may not correct `original`, or None.

    `other`: the original is another target's or unit's; `again`: it is already corrected (only
    the latest correction may be corrected, so the chain stays one line). A correction may be
    dated before the report it corrects: a report's date typed wrong is corrected by an earlier
    one (done 02/08 for 28/07 is late against a 31/07 deadline when the work was on time, a16_03);
    it counts from its own date on, as every correction does."""
    if not corrects_ok((original.target, original.unit), target, unit):
        return "other"
    if original.corrected_by is not None:
        return "again"
    return None


def correction_cycles(corrects: Mapping[str, str]) -> set[str]:
    """The ids on a loop of corrections (an entry correcting itself, A→B→A …): each would
    replace the other and all vanish. `corrects` maps an entry's id to the id it corrects."""
    looped: set[str] = set()
    for start in corrects:
        seen = [start]
        current = corrects.get(start)
        while current is not None and current not in seen and current not in looped:
            seen.append(current)
            current = corrects.get(current)
        if current == start:
            looped.update(seen)
    return looped


def correction_message(fault: str, original: str, date: str, latest: str | None) -> tuple[Msg, Msg]:
    """(message, hint) for a `correction_fault`, the same from `progress add` and `validate`.

    `date` is the corrected report's (yyyy-mm-dd); `latest` the correction already made."""
    if fault == "again":
        return (
            msg("correction.again", id=original, latest=latest),
            msg("correction.hint.again", latest=latest),
        )
    return msg("correction.other", id=original), msg("correction.hint.other")


def latest_correction(corrected_by: Mapping[str, str], entry_id: str) -> str:
    """The end of the chain of corrections from `entry_id` (`corrected_by`: id → its
    correction's id): the one entry a further correction may correct."""
    seen = {entry_id}
    while entry_id in corrected_by and corrected_by[entry_id] not in seen:
        entry_id = corrected_by[entry_id]
        seen.add(entry_id)
    return entry_id
