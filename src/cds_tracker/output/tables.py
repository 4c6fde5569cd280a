"""Rows → records (stable, English keys, for JSON/CSV) and → cells (localised, for people).

One place decides what each output format contains, so `due`, `late`, `report` and `list` agree.
"""

from __future__ import annotations

from typing import Any

from cds_tracker.output.report import Column
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.queries import Row
from cds_tracker.questions.status import Reading
from cds_tracker.registry.units import UnitIndex

ID = Column.labelled("id", "col_id", no_wrap=True)
CONTENT = Column.labelled("content", "col_content", ratio=4)
LEAD = Column.labelled("lead", "col_lead_units", ratio=2)
DEADLINE = Column.labelled("deadline", "col_deadline")
STATUS = Column.labelled("status", "col_status")
DAYS_LATE = Column.labelled("days_late", "col_days_late")
ROLES = Column.labelled("roles", "col_roles", ratio=2)

VIEWS: dict[str, tuple[Column, ...]] = {
    "due": (ID, CONTENT, LEAD, DEADLINE, STATUS),
    "late": (ID, CONTENT, LEAD, DEADLINE, DAYS_LATE),
    "report": (ID, CONTENT, ROLES, DEADLINE, STATUS),
    "list": (ID, CONTENT, LEAD, DEADLINE, STATUS),
    "ongoing": (ID, CONTENT, LEAD, STATUS),
}


def record(row: Row, index: UnitIndex, *, with_roles: bool = False) -> dict[str, Any]:
    """The documented JSON shape of a target row (docs/output-formats.md)."""
    target = row.target
    month = target.deadline.month
    data: dict[str, Any] = {
        "id": target.id,
        "group": row.group.id,
        "group_title": row.group.title,
        "content": target.content,
        "deadline": month.iso() if month else None,
        "deadline_text": target.deadline.text,
        "directing": target.directing.text,
        "lead": target.lead.text,
        "cooperating": target.cooperating.text,
        "notes": target.notes,
        "directing_units": [index.name(u) for u in target.directing.units],
        "lead_units": [index.name(u) for u in target.lead.units],
        "cooperating_units": [index.name(u) for u in target.cooperating.units],
        "status": row.status.code,
        "days_late": row.status.days_late,
        "units_done": row.status.done_units,
        "units_required": row.status.required_units,
    }
    if row.readings:
        data["indicators"] = [
            {
                "key": r.indicator.key,
                "comparator": r.indicator.comparator,
                "threshold": r.indicator.value,
                "unit": r.indicator.unit,
                "value": r.value,
                "date": r.day.isoformat() if r.day else None,
                "met": r.met,
            }
            for r in row.readings
        ]
        data["flagged"] = row.flagged
    if with_roles:
        direct = [link for link in row.roles if link.via is None]
        data["roles"] = [link.role for link in row.roles]
        data["via"] = None if direct or not row.roles else index.name(str(row.roles[0].via))
        data["role_details"] = [
            {"role": link.role, "via": index.name(link.via) if link.via else None}
            for link in row.roles
        ]
    return data


def status_word(row: Row, lang: Lang) -> str:
    """'Quá hạn', or 'Đang thực hiện (7/12)' when several units must each finish."""
    text = label(row.status.code, lang)
    summary = row.status.collective_summary
    if summary and row.status.done_units:
        text += f" ({summary})"
    return text


def row_details(row: Row, lang: Lang) -> tuple[str, ...]:
    """A row's long values, one line each: recorded indicator values, the not-met flag."""
    lines = [reading_text(r, lang) for r in row.readings if r.value is not None]
    if row.flagged:
        lines.append(label("flagged", lang))
    return tuple(lines)


def status_text(row: Row, lang: Lang) -> str:
    return "\n".join((status_word(row, lang), *row_details(row, lang)))


def reading_text(reading: Reading, lang: Lang) -> str:
    """'online_payment_share 27.5% / > 30% — chưa đạt'."""
    indicator = reading.indicator
    if reading.value is None:
        return f"{indicator.key}: {label('no_value', lang)}"
    verdict = label("met" if reading.met else "not_met", lang)
    return (
        f"{indicator.key} {reading.value:g}{indicator.unit} / {indicator.comparator} "
        f"{indicator.value:g}{indicator.unit} — {verdict}"
    )


def cells(row: Row, index: UnitIndex, lang: Lang) -> dict[str, str]:
    target = row.target
    roles = []
    for link in row.roles:
        text = label(link.role, lang)
        if link.via:
            text += f" ({label('via', lang)} {index.name(link.via)})"
        roles.append(text)
    return {
        "id": target.id,
        "content": target.content,
        "lead": "; ".join(index.name(u) for u in target.lead.units),
        "deadline": target.deadline.text,
        "status": status_word(row, lang),
        "days_late": "" if row.status.days_late is None else str(row.status.days_late),
        "roles": "; ".join(roles),
    }
