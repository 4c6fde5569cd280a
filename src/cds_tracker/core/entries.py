"""A progress entry: one report by one unit on one target, as a progress file holds it and
as it is written back (`entry_data`, fields in a fixed order), with the counts behind a value
("4 of 5 systems", docs/progress.md).

(No `from __future__ import annotations`, as in records.py: the cache's decoder and pydantic
read the entry's field types on every run that uses them.)
"""

import datetime as dt
from typing import Annotated, Any

from cds_tracker.core.constraints import AS_TUPLE, Check, EmptyByDefault, Pattern
from cds_tracker.core.dates import (
    check_day,
    check_moment,
)
from cds_tracker.core.errors import MsgError, msg
from cds_tracker.core.field_types import EntryStatus, Seq
from cds_tracker.core.tuples import Record

Count = Annotated[tuple[int, int], AS_TUPLE]  # a YAML/JSON list [4, 5], held as a tuple


def counts_ok(numerator: int, denominator: int) -> bool:
    """'4 of 5': 0 ≤ numerator ≤ denominator and denominator > 0 (files and `--value 4/5`)."""
    return denominator > 0 and 0 <= numerator <= denominator


def check_counts(counts: dict[str, tuple[int, int]]) -> None:
    """Counts are `numerator/denominator` with 0 ≤ numerator ≤ denominator and denominator > 0."""
    for key, (numerator, denominator) in counts.items():
        if not counts_ok(numerator, denominator):
            raise MsgError(
                msg("model.counts", numerator=numerator, denominator=denominator, key=key)
            )


class Entry(Record):
    """One report by one unit on one target. Never edited: a correction is a new entry."""

    # A tuple, so that 100,000 of them load from the cache in milliseconds; pydantic checks a
    # file through a dataclass made from these fields (registry/models.py, `ProgressEntry`).
    id: Annotated[str, Pattern(r"^[0-9a-z]{6,32}$")]
    target: str
    unit: str
    status: EntryStatus
    date: Annotated[str, Check(check_day)]  # yyyy-mm-dd: the day the report speaks of
    written: Annotated[str, Check(check_moment)]  # RFC 3339 with offset: when it was written
    values: Annotated[dict[str, float], EmptyByDefault(dict)]
    note: str = ""
    obstacles: str = ""
    proposals: str = ""
    evidence: Seq[str] = ()
    by: str = ""
    corrects: str | None = None
    forced: bool = False
    # key → (numerator, denominator): "4 of 5 systems" behind the value 80 (docs/progress.md)
    counts: Annotated[dict[str, Count], Check(check_counts), EmptyByDefault(dict)] = {}  # noqa: RUF012

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    @property
    def written_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.written)


# An entry as written to a progress file and shown as JSON: the record's fields, with `written`
# last (a line reads as what was reported, then when), empty optional fields left out.
FIELD_ORDER = (*(name for name in Entry._fields if name != "written"), "written")


def entry_data(entry: Entry) -> dict[str, Any]:
    """The entry as it is written: fields in a fixed order, empty optional fields left out."""
    data: dict[str, Any] = {}
    for key in FIELD_ORDER:
        value = getattr(entry, key)
        if value in ("", None, False, (), [], {}) and key not in ("id", "target", "unit"):
            continue
        if key == "counts":
            data[key] = {k: list(pair) for k, pair in value.items()}
            continue
        data[key] = (
            list(value)
            if isinstance(value, tuple)
            else (dict(value) if isinstance(value, dict) else value)
        )
    return data
