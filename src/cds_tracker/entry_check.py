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

from cds_tracker.domain import Entry

_ID = re.compile(r"[0-9a-z]{6,32}")
_STATUSES = frozenset({"not_started", "in_progress", "done"})
_REQUIRED = frozenset({"id", "target", "unit", "status", "date", "written"})
_FIELDS = frozenset(Entry._fields)
_TEXT = ("note", "obstacles", "proposals", "by")


def fast_entry(item: Any) -> Entry | None:
    """The entry, when `item` is certainly valid; None when the model must decide."""
    if type(item) is not dict or not _REQUIRED <= item.keys() <= _FIELDS:
        return None
    if not all(type(item[key]) is str for key in ("id", "target", "unit", "date", "written")):
        return None
    if not _ID.fullmatch(item["id"]) or item["status"] not in _STATUSES:
        return None
    if any(type(item.get(key, "")) is not str for key in _TEXT):
        return None
    values = item.get("values", {})
    if type(values) is not dict or not all(
        type(k) is str and type(v) in (float, int) for k, v in values.items()
    ):
        return None
    evidence = item.get("evidence", [])
    if type(evidence) is not list or not all(type(e) is str for e in evidence):
        return None
    corrects = item.get("corrects")
    if corrects is not None and type(corrects) is not str:
        return None
    if type(item.get("forced", False)) is not bool:
        return None
    try:
        dt.date.fromisoformat(item["date"])
        dt.datetime.fromisoformat(item["written"])
    except ValueError:
        return None
    return Entry(
        item["id"],
        item["target"],
        item["unit"],
        item["status"],
        item["date"],
        item["written"],
        {k: float(v) for k, v in values.items()},
        item.get("note", ""),
        item.get("obstacles", ""),
        item.get("proposals", ""),
        tuple(evidence),
        item.get("by", ""),
        corrects,
        item.get("forced", False),
    )
