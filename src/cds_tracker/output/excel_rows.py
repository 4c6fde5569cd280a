"""The CSV for Excel (`--excel`): the machine CSV's columns, in the same order, headed and filled
in words for the people who open it.

`--format csv` is the machine's form: the JSON keys as headers, status codes, ISO dates, keys
and plain numbers, stable for scripts. The CSV for Excel has each column's header, status words,
indicators by what they measure, dates dd/mm/yyyy, times on this computer's clock and, in
Vietnamese, a decimal comma, all in the language of `--lang` (docs/output-formats.md). Each
`*_cells` returns one row's cells keyed by the machine CSV's column names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cds_tracker.core.dates import format_date
from cds_tracker.core.field_types import ROLES
from cds_tracker.output.carried import note_shown
from cds_tracker.output.figures import Indicators, counts_text, values_text
from cds_tracker.output.tables import (
    id_cited,
    period_text,
    reading_text,
    roles_text,
    status_key,
)
from cds_tracker.output.unit_parts import part_words
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from cds_tracker.core.entries import Entry
    from cds_tracker.output.carried import Origins
    from cds_tracker.questions.tracker import Row
    from cds_tracker.registry.units import UnitIndex

Cells = dict[str, str]


def headers(kind: str, columns: Sequence[str], lang: Lang) -> list[str]:
    """The columns' headers in words; `kind` is `target`, `entry` or `unit`."""
    return [label(f"csv.{kind}.{column}", lang) for column in columns]


def _day(iso: str | None) -> str:
    return format_date(dt.date.fromisoformat(iso)) if iso else ""


def _written(day: str | None) -> str:
    """A registry's day (ISO, or as a person wrote it) as dd/mm/yyyy."""
    from cds_tracker.core.dates import try_parse_date

    found = try_parse_date(day) if day else None
    return format_date(found) if found is not None else day or ""


def target_cells(
    row: Row,
    index: UnitIndex,
    lang: Lang,
    unit: str | None = None,
    origins: Origins | None = None,
) -> Cells:
    """A target row (due, late, report, list); `unit`: the lead unit it is listed under; a
    carried target's origin as the tables cite it ('I.1 (2023)', `origins`: app/origins.py)."""
    target = row.target
    month = target.deadline.month
    direct = [link for link in row.roles if link.via is None]
    ended = row.ended is not None  # "Chưa báo cáo kỳ cuối", as the screen says it (a12_03)
    cells = {
        "id": target.id,
        "group": row.group.id,
        "group_title": row.group.title,
        "content": target.content,
        "deadline": month.display() if month else "",
        "deadline_text": target.deadline.text,
        **{role: target.assignment(role).text for role in ROLES},
        "notes": target.notes,
        **{
            f"{role}_units": "; ".join(index.name(u) for u in target.assignment(role).units)
            for role in ROLES
        },
        "status": label(status_key(row.status.code, ended), lang),
        "days_late": "" if row.status.days_late is None else str(row.status.days_late),
        "units_done": str(row.status.done_units),
        "units_required": str(row.status.required_units),
        "period": period_text(row, lang),
        "indicators": "\n".join(reading_text(r, lang) for r in row.readings),
        "flagged": label("flagged", lang) if row.flagged else "",
        "carried_from": target.carried_from or "",
        "origin": id_cited(target, lang, origins) if target.carried_from else "",
        "carried_to": target.carried_to or "",
        "carried_on": _written(target.carried_on),
        "added": _written(target.added),
        "printed": target.printed or "",
        "number": row.number if row.number is not None and row.number != target.id else "",
        "cancelled": _written(target.cancelled),
        "cancelled_reason": target.cancelled_reason or "",
        "roles": "; ".join(label(link.role, lang) for link in row.roles),
        "via": "" if direct or not row.roles else index.name(str(row.roles[0].via)),
        "role_details": roles_text(row, index, lang),
        "unit_status": _part_cell(row, lang) if row.part else _no_part(row, lang),
        "unit_reported": _day(row.unit_reported),
        "unit_finished_on": _day(row.part.finished if row.part else None),
        "unit_last_status": label(row.part.said, lang) if row.part and row.part.said else "",
    }
    return {"unit": unit, **cells} if unit is not None else cells


def _no_part(row: Row, lang: Lang) -> str:
    """A unit's row with no part of its own (it directs or cooperates): "Không có phần riêng",
    as the screen, the Word report and the Excel sheet say it (clerk21); a row of no unit
    (plain `late`, `due`) has no such cell to fill."""
    return label("ur_no_part", lang) if row.roles else ""


def _part_cell(row: Row, lang: Lang) -> str:
    """The unit's part as the screen says it (tables.part_words): a closed part with what it
    last reported; the day a finished part finished is a column of its own."""
    assert row.part is not None
    part = row.part
    ended = row.ended is not None
    return part_words(part.status, part.said, part.reported, ended, lang, part.against)[0]


def entry_cells(
    entry: Entry,
    corrected_by: str | None,
    index: UnitIndex,
    lang: Lang,
    indicators: Indicators,
    cited: Mapping[str, str] | None = None,
    uncounted: Mapping[str, str] | None = None,
) -> Cells:
    """A progress entry (progress list): its figures by name, its day and when it was written;
    `cited`: carried target id → 'I.1 (2023)', as the tables cite it; `uncounted`: key → who
    gives a city figure it holds and does not count (tables.values_text)."""
    written = entry.written_at
    if written.tzinfo is not None:  # the time on this computer's clock, as the xlsx shows it
        written = written.astimezone()
    return {
        "id": entry.id,
        "target": entry.target,
        "unit": entry.unit,
        "status": label(entry.status, lang),
        "date": format_date(entry.day),
        "values": "\n".join(
            values_text(entry, indicators, lang, counts=False, uncounted=uncounted)
        ),
        "note": note_shown(entry.note, (cited or {}).get(entry.target)),
        "obstacles": entry.obstacles,
        "proposals": entry.proposals,
        "evidence": "; ".join(entry.evidence),
        "by": entry.by,
        "corrects": entry.corrects or "",
        "forced": label("csv.yes", lang) if entry.forced else "",
        "counts": "\n".join(counts_text(entry, indicators)),
        "written": written.strftime("%d/%m/%Y %H:%M"),
        "unit_name": index.name(entry.unit),
        "corrected_by": corrected_by or "",
        "target_origin": (cited or {}).get(entry.target, ""),
    }


def unit_cells(record: dict[str, Any], lang: Lang) -> Cells:
    """A unit of the catalog (units), from its machine record: kind, source and scope in words."""
    scope = record["scope"]
    return {
        **{key: str(value) for key, value in record.items()},
        "kind": label(record["kind"], lang),
        "source": label(f"csv.source.{record['source']}", lang),
        "aliases": "; ".join(record["aliases"]),
        "members": "; ".join(record["members"]),
        "scope": label(f"csv.scope.{scope}", lang) if scope else "",
        "valid_from": _day(record.get("valid_from")),
        "valid_to": _day(record.get("valid_to")),
        "successor": record.get("successor") or "",
        "merged_into": record.get("merged_into") or "",
        "succession": label(_SUCCESSION[record["succession"]], lang)
        if record.get("succession")
        else "",
    }


# A unit's change in words (records.unit_records `succession`, registry/succession.is_rename):
# the --excel column says a rename as a rename, never a merger.
_SUCCESSION = {"rename": "csv.succession.rename", "merger": "csv.succession.merger"}
