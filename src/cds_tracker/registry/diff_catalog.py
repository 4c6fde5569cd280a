"""`cds diff` of two unit catalogs: the office's official titles, the units added, removed and
changed field by field (split from registry/diff.py, which compares the targets)."""

from __future__ import annotations

from typing import Any

from cds_tracker.core import records
from cds_tracker.registry.diff import Diff, TargetChange
from cds_tracker.registry.diff_fields import FieldChange, changes, filled, leaves, text_of


def compare_catalog(diff: Diff, old: dict[str, Any], new: dict[str, Any]) -> None:
    """The two catalogs' official titles and units (added, removed, changed) into `diff`."""
    was, now = (text_of("; ".join(c.get("official_titles") or ())) for c in (old, new))
    if was != now:
        diff.titles = FieldChange("official_titles", was, now)
    before = {str(u.get("id")): u for u in old.get("units") or ()}
    after = {str(u.get("id")): u for u in new.get("units") or ()}
    diff.units_removed = [(i, text_of(u.get("name"))) for i, u in before.items() if i not in after]
    diff.units_added = [(i, text_of(u.get("name"))) for i, u in after.items() if i not in before]
    for unit_id, unit in after.items():
        then = before.get(unit_id)
        if then is None:
            continue
        found = changes(leaves(_unit_fields(then)), leaves(_unit_fields(unit)))
        if found:
            diff.units_changed.append(TargetChange(unit_id, found))


def _unit_fields(unit: dict[str, Any]) -> dict[str, Any]:
    """A unit's fields but its id, its days as yyyy-mm-dd however written (30/06/2025 is
    2025-06-30: the same day is no change)."""
    from cds_tracker.core.dates import try_parse_date
    from cds_tracker.registry.unit_changes import spelled_successor

    unit, _ = spelled_successor(unit, ())  # merged_into is successor: no change
    fields = {k: v for k, v in filled(records.Unit, unit).items() if k not in ("id", "merged")}
    for key in ("valid_from", "valid_to"):
        if isinstance(fields.get(key), str) and (day := try_parse_date(fields[key])):
            fields[key] = day.isoformat()
    return fields
