"""The machine shapes (JSON, CSV) of everything but a target row (that is `tables.record`).

Keys are English and stable: the contract in docs/output-formats.md. Each `*_FIELDS` tuple is a
command's CSV columns: the union of the fields its records can carry, in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cds_tracker.core.entries import FIELD_ORDER, entry_data
from cds_tracker.core.field_types import ROLES

if TYPE_CHECKING:
    from cds_tracker.core.entries import Entry
    from cds_tracker.output.carried import Origins
    from cds_tracker.questions.reminders import Reminder
    from cds_tracker.questions.status import Part
    from cds_tracker.questions.summary import GroupLine, Summary
    from cds_tracker.questions.tracker import Row, Tracker
    from cds_tracker.registry.units import UnitIndex

ROW_FIELDS = (
    "id",
    "group",
    "group_title",
    "content",
    "deadline",
    "deadline_text",
    "directing",
    "lead",
    "cooperating",
    "notes",
    "directing_units",
    "lead_units",
    "cooperating_units",
    "status",
    "days_late",
    "units_done",
    "units_required",
    "period",
    "indicators",
    "flagged",
    # The keys a target has only where the registry writes them (tables.record: carried, added
    # or annulled by a revision, renumbered), in the order of docs/output-formats.md: columns
    # always, empty where a target has none, so a plan that carries nothing and one that does
    # have the same columns (`origin`: a carried target's, as the tables cite it)
    "carried_from",
    "origin",
    "carried_to",
    "carried_on",
    "added",
    "printed",
    "number",
    "cancelled",
    "cancelled_reason",
)
ROLE_FIELDS = (
    "roles",
    "via",
    "role_details",
    "unit_status",
    "unit_reported",
    "unit_finished_on",
    "unit_last_status",
)
ENTRY_FIELDS = (*FIELD_ORDER, "unit_name", "corrected_by", "target_origin")
UNIT_FIELDS = (
    "id",
    "name",
    "kind",
    "source",
    "aliases",
    "members",
    "scope",
    *ROLES,
    *(f"{role}_via_collective" for role in ROLES),
    "valid_from",
    "valid_to",
    "successor",
    "merged_into",
    "succession",  # "rename" or "merger" (registry/succession.is_rename); --excel: in words
)


def sorted_history(entries: Sequence[Entry]) -> list[Entry]:
    """Newest first, by the one rule of which entry is later (questions/timeline.py): the
    entry written last first, also of two written within one second."""
    from cds_tracker.questions.timeline import newest_first

    return newest_first(entries)


def entry_record(entry: Entry, corrected_by: str | None, index: UnitIndex) -> dict[str, Any]:
    return {
        **entry_data(entry),
        "unit_name": index.name(entry.unit),
        "corrected_by": corrected_by,
        "status": entry.status,
        "values": dict(entry.values),
    }


def resolved_units(tracker: Tracker, row: Row) -> dict[str, list[dict[str, Any]]]:
    """Each role's cell resolved to catalog units, with the official named in the cell."""
    index = tracker.index
    return {
        role: [
            {"unit": ref.unit_id, "name": index.name(ref.unit_id), "official": ref.official}
            for ref in index.resolve(row.target.assignment(role).text).refs
        ]
        for role in ROLES
    }


def target_record(
    tracker: Tracker,
    row: Row,
    as_of: dt.date,
    matrix: Sequence[tuple[str, tuple[str, str] | None]],
    parts: Sequence[Part],
    history: Sequence[Entry],
    origins: Origins | None = None,
) -> dict[str, Any]:
    """`cds show --format json`: the row's record, resolved units, each unit's part, members
    and the history; a carried target's `origin` cited by what its plan prints (`origins`), as
    `list` and the screen cite it."""
    from cds_tracker.output.tables import indicator_record, record

    index = tracker.index
    from cds_tracker.questions.timeline import corrected_by

    corrected = corrected_by(history, as_of)
    return {
        **record(row, index, origins=origins),
        "resolved": resolved_units(tracker, row),
        "indicators": [
            {
                **r.indicator._asdict(),
                **indicator_record(r, index),
                "threshold": r.indicator.value,
                "latest": r.value,
            }
            for r in row.readings
        ],
        "parts": [
            {
                "unit": p.unit,
                "name": index.name(p.unit),
                "status": p.status,
                "reported": p.reported,
                "finished_on": p.finished,
                "in_place_of": [index.name(u) for u in p.in_place_of],
            }
            for p in parts
        ],
        "members": [
            {
                "unit": index.name(u),
                "status": latest[0] if latest else None,
                "date": latest[1] if latest else None,
            }
            for u, latest in matrix
        ],
        "history": [entry_record(e, corrected.get(e.id), index) for e in sorted_history(history)],
        "as_of": as_of.isoformat(),
    }


def unit_records(tracker: Tracker, day: dt.date | None = None) -> list[dict[str, Any]]:
    """The catalog (on `day`: the units existing then, and those merged by then, each with the
    unit it is merged into), with each unit's counts of targets."""
    from cds_tracker.questions.catalog import unit_counts
    from cds_tracker.registry.succession import exists_on, is_rename

    index = tracker.index
    counts = {c.unit_id: c for c in unit_counts(tracker, day)}
    view = tracker.units_on(day) if day is not None else index
    return [
        {
            "id": unit.id,
            "name": unit.name,
            "kind": unit.kind,
            "source": unit.source,
            "aliases": list(unit.aliases),
            "members": [index.name(m) for m in view.units[unit.id].members],
            "scope": unit.scope,
            **{role: counts[unit.id].direct[role] for role in ROLES},
            **{f"{role}_via_collective": counts[unit.id].via[role] for role in ROLES},
            "valid_from": unit.valid_from,
            "valid_to": unit.valid_to,
            "successor": index.name(unit.successor) if unit.successor else None,
            "merged_into": None
            if view.heir(unit.id) == unit.id
            else index.name(view.heir(unit.id)),
            # its successor took over from it alone (a new name) or from several (a merger)
            "succession": None
            if unit.successor is None
            else "rename"
            if is_rename(index.units, unit.id)
            else "merger",
        }
        for unit in index.units.values()
        if day is None or exists_on(unit, day) or view.heir(unit.id) != unit.id
    ]


def summary_record(summary: Summary, tracker: Tracker) -> dict[str, Any]:
    from cds_tracker.output.tables import indicator_record

    index = tracker.index
    return {
        "as_of": summary.as_of.isoformat(),
        "total": summary.total,
        "counts": summary.counts,
        "shares": summary.shares,
        "cancelled": [{"id": target, "date": day or None} for target, day in summary.cancelled],
        "groups": [group_record(g) for g in summary.groups],
        "units": [
            {"unit": index.name(u.unit_id), "leads": u.leads, "late": u.late} for u in summary.units
        ],
        "indicators": [
            {"target": line.target_id, **indicator_record(line.reading, index)}
            for line in summary.indicators
        ],
    }


def group_record(line: GroupLine) -> dict[str, Any]:
    """A line of the summary's groups, the same lines the screen, Markdown and Word count
    (questions/summary.py): a group of the plan's own `{"group": "I", "title": …, "carried_from":
    null, …}`, the targets carried from a plan `{"group": "carried", "title": "", "carried_from":
    {"plan": "2023", "year": "2023"}, …}` (clerk15 F4: JSON put them back in their groups)."""
    origin = {"plan": line.origin, "year": line.group_id} if line.origin is not None else None
    return {
        "group": "carried" if origin is not None else line.group_id,
        "title": line.title,
        "carried_from": origin,
        "counts": line.counts,
        "total": line.total,
    }


def reminder_records(
    reminders: Sequence[Reminder], tracker: Tracker, month: str, as_of: dt.date, report_by: dt.date
) -> list[dict[str, Any]]:
    """One object per unit owing a part: the rows of its note or letter (output-formats.md)."""
    from cds_tracker.output.tables import record

    index = tracker.index
    return [
        {
            "unit": index.name(r.unit_id),
            "unit_id": r.unit_id,
            "month": month,
            "as_of": as_of.isoformat(),
            "report_by": report_by.isoformat(),
            "targets": [
                {
                    **record(item.row, index),
                    "via": index.name(item.via) if item.via is not None else None,
                    "unit_status": item.part.status,
                    "unit_days_late": item.days_late,
                    "unit_last_status": item.last[0] if item.last else None,
                    "unit_reported": item.last[1].isoformat() if item.last else None,
                    "unit_reported_by": index.name(item.last_by) if item.last_by else None,
                    # the merged units whose part it took over and still owes; its own too?
                    "in_place_of": [index.name(u) for u in item.taken or item.part.in_place_of],
                    "own_part_owed": item.own_owed,
                }
                for item in r.items
            ],
        }
        for r in reminders
    ]
