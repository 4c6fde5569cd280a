"""The reporting period an ongoing target's note states ("Báo cáo 6 tháng" in Ghi chú): the
registry's `reporting` (docs/registry-format.md) when it is one the registry knows, else a
mention of a period it does not know ("hằng tuần"), for a person to decide."""

from __future__ import annotations

import re

from cds_tracker.core.text import fold

# Folded (no accents, lower case), most specific first: "6 tháng" before "tháng".
_PERIODS = (
    ("half-yearly", r"\b(6|sau) thang\b|\bnua nam\b|\bban nien\b|\bhalf[- ]year"),
    ("quarterly", r"\bquy\b|\bquarter"),
    ("yearly", r"\b(hang|moi|theo) nam\b|\bbao cao nam\b|\bnam mot lan\b|\byearly\b|\bannual"),
    ("monthly", r"\b(hang|moi|theo) thang\b|\bbao cao thang\b|\bmonthly\b"),
)
_MENTION = re.compile(r"\b(bao cao|dinh ky|ky bao cao|tuan|report)\b")


def reporting_in_note(note: str) -> tuple[str | None, bool]:
    """(the registry's `reporting` the note states, or None; whether the note speaks of
    reporting at all)."""
    text = fold(note)
    for period, pattern in _PERIODS:
        if re.search(pattern, text):
            return period, True
    return None, bool(_MENTION.search(text))
