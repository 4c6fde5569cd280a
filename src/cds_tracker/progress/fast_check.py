"""Accepting a well-formed progress entry without pydantic.

Almost every entry is exactly what `cds progress add` wrote. This check recognises those, and only
those, as valid and builds the entry directly; anything it is not sure of goes to the pydantic
model, which gives the located error. It is a fast path, never a second opinion: a test proves
that whatever it accepts, the model accepts and turns into the same entry.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from cds_tracker.core.records import Entry

_ID = re.compile(r"[0-9a-z]{6,32}")
_STATUSES = frozenset({"not_started", "in_progress", "done"})
_REQUIRED = frozenset({"id", "target", "unit", "status", "date", "written"})
_FIELDS = frozenset(Entry._fields)


def fast_entry(item: Any) -> Entry | None:
    """The entry, when `item` is certainly valid; None when the model must decide."""
    if type(item) is not dict or not _REQUIRED <= item.keys() <= _FIELDS:
        return None
    get = item.get
    entry_id, target, unit, status = item["id"], item["target"], item["unit"], item["status"]
    date, written = item["date"], item["written"]
    note, obstacles, proposals, by = (
        get("note", ""),
        get("obstacles", ""),
        get("proposals", ""),
        get("by", ""),
    )
    if not (
        type(entry_id) is str
        and type(target) is str
        and type(unit) is str
        and type(status) is str
        and type(date) is str
        and type(written) is str
        and type(note) is str
        and type(obstacles) is str
        and type(proposals) is str
        and type(by) is str
    ):
        return None
    if status not in _STATUSES or not _ID.fullmatch(entry_id):
        return None
    values = get("values", {})
    if type(values) is not dict:
        return None
    for key, number in values.items():
        if type(key) is not str or (type(number) is not float and type(number) is not int):
            return None
    evidence = get("evidence", [])
    if type(evidence) is not list:
        return None
    for document in evidence:
        if type(document) is not str:
            return None
    counts = get("counts", {})
    if type(counts) is not dict:
        return None
    for key, pair in counts.items():
        if type(key) is not str or type(pair) is not list or len(pair) != 2:
            return None
        numerator, denominator = pair
        if type(numerator) is not int or type(denominator) is not int:
            return None
        if not 0 <= numerator <= denominator or denominator <= 0:
            return None
    corrects, forced = get("corrects"), get("forced", False)
    if (corrects is not None and type(corrects) is not str) or type(forced) is not bool:
        return None
    try:
        dt.date.fromisoformat(date)
        dt.datetime.fromisoformat(written)
    except ValueError:
        return None
    return Entry(
        entry_id,
        target,
        unit,
        status,  # type: ignore[arg-type]  # checked against _STATUSES above
        date,
        written,
        {k: float(v) for k, v in values.items()},
        note,
        obstacles,
        proposals,
        tuple(evidence),
        by,
        corrects,
        forced,
        {k: (v[0], v[1]) for k, v in counts.items()},
    )
