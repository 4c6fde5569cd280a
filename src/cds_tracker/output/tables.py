"""Rows → records (stable, English keys, for JSON/CSV) and → cells (localised, for people).

One place decides what each output format contains, so `due`, `late`, `report` and `list` agree.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cds_tracker.core.text import number as number  # re-exported: the one formatter
from cds_tracker.core.text import quantity
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.queries import Row
from cds_tracker.questions.status import Reading
from cds_tracker.registry.units import UnitIndex

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    key: str
    vi: str
    en: str
    ratio: int | None = None  # share of the spare width; wraps instead of being cut
    no_wrap: bool = False

    def header(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.vi


ID = Column("id", "Mã", "ID", no_wrap=True)
CONTENT = Column("content", "Nội dung chỉ tiêu", "Target", ratio=4)
LEAD = Column("lead", "Đơn vị chủ trì", "Lead units", ratio=2)
DEADLINE = Column("deadline", "Thời hạn", "Deadline", no_wrap=False)
STATUS = Column("status", "Trạng thái", "Status")
DAYS_LATE = Column("days_late", "Số ngày quá hạn", "Days late")
ROLES = Column("roles", "Vai trò", "Role", ratio=2)

VIEWS: dict[str, tuple[Column, ...]] = {
    "due": (ID, CONTENT, LEAD, DEADLINE, STATUS),
    "late": (ID, CONTENT, LEAD, DEADLINE, DAYS_LATE),
    "report": (ID, CONTENT, ROLES, DEADLINE, STATUS),
    "list": (ID, CONTENT, LEAD, DEADLINE, STATUS),
    "ongoing": (ID, CONTENT, LEAD, DEADLINE, STATUS),
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
        "period": (
            {
                "reporting": row.period.reporting,
                "start": row.period.start.isoformat(),
                "end": row.period.end.isoformat(),
            }
            if row.period
            else None
        ),
    }
    if row.readings:
        data["indicators"] = [indicator_record(r, index) for r in row.readings]
        data["flagged"] = row.flagged
    if with_roles:
        direct = [link for link in row.roles if link.via is None]
        data["roles"] = [link.role for link in row.roles]
        data["via"] = None if direct or not row.roles else index.name(str(row.roles[0].via))
        data["role_details"] = [
            {"role": link.role, "via": index.name(link.via) if link.via else None}
            for link in row.roles
        ]
        data["unit_status"] = row.part.status if row.part else None
        data["unit_reported"] = row.unit_reported
    return data


def indicator_record(reading: Reading, index: UnitIndex) -> dict[str, Any]:
    """An indicator's city figure: value, coverage, verdict, members and series."""
    indicator = reading.indicator
    return {
        "key": indicator.key,
        "comparator": indicator.comparator,
        "threshold": indicator.value,
        "unit": indicator.unit,
        "scope": indicator.scope,
        "value": reading.value,
        "date": reading.day.isoformat() if reading.day else None,
        "met": reading.met,
        "verdict": reading.verdict,
        "estimate": reading.estimate,
        "coverage": {"reported": reading.reported, "expected": reading.expected},
        "members": [
            {
                "unit": m.unit,
                "name": index.name(m.unit),
                "value": m.value,
                "numerator": m.numerator,
                "denominator": m.denominator,
                "date": m.date,
            }
            for m in reading.members
        ],
        "series": [{"date": date, "value": value} for date, value in reading.series],
    }


def status_text(row: Row, lang: Lang) -> str:
    text = label(row.status.code, lang)
    summary = row.status.collective_summary
    if summary and row.status.done_units:
        text += f" ({summary})"
    if row.part is not None:
        own = label(row.part.status, lang)
        if row.part.reported:
            day = row.part.reported
            text += "\n" + label(
                "unit_part_reported", lang, status=own, date=f"{day[8:]}/{day[5:7]}/{day[:4]}"
            )
        else:
            text += "\n" + label("unit_part", lang, status=own)
    for reading in row.readings:
        if reading.value is not None:
            text += "\n" + reading_text(reading, lang)
    if row.flagged:
        text += "\n" + label("flagged", lang)
    return text


def reading_text(reading: Reading, lang: Lang) -> str:
    """'online_payment_share 27.5% / >= 30% — chưa đạt', or '… — chưa đủ số liệu (2/10 đơn vị)'."""
    indicator = reading.indicator
    if reading.value is None:
        return f"{indicator.key}: {label('no_value', lang)}"
    verdict = reading.verdict
    judged = (
        label(verdict, lang)
        if verdict != "incomplete"
        else label("incomplete", lang, reported=reading.reported, expected=reading.expected)
    )
    estimate = f" ({label('estimate', lang)})" if reading.estimate else ""
    return (
        f"{indicator.key} {quantity(reading.value, indicator.unit)}{estimate} / "
        f"{indicator.comparator} {quantity(indicator.value, indicator.unit)} — {judged}"
    )


SPARKS = "▁▂▃▄▅▆▇█"


def trend_text(reading: Reading, lang: Lang, points: int = 6) -> str:
    """The city figure after each report, as a sparkline and the last few values with dates:
    '▁▄█ 12% (15/10/2023) → 23,5% (20/10/2023) → 35% (30/10/2023)'."""
    if not reading.series:
        return ""
    values = [value for _, value in reading.series]
    low = min([*values, reading.indicator.value])
    high = max([*values, reading.indicator.value])
    span = (high - low) or 1.0
    spark = "".join(SPARKS[round((v - low) / span * (len(SPARKS) - 1))] for v in values)
    unit = reading.indicator.unit
    shown = [
        f"{quantity(value, unit)} ({date[8:10]}/{date[5:7]}/{date[:4]})"
        for date, value in reading.series[-points:]
    ]
    more = "… → " if len(reading.series) > points else ""
    return f"{label('trend', lang)}: {spark} {more}" + " → ".join(shown)


def period_text(row: Row, lang: Lang) -> str:
    """'Hằng tháng, kỳ 15/10/2023–14/11/2023' for an ongoing target's reporting window."""
    if row.period is None:
        return ""
    start, end = (d.strftime("%d/%m/%Y") for d in (row.period.start, row.period.end))
    return f"{label(row.period.reporting, lang)}, {label('period', lang, start=start, end=end)}"


def cells(row: Row, index: UnitIndex, lang: Lang) -> dict[str, str]:
    target = row.target
    roles = []
    for link in row.roles:
        text = label(link.role, lang)
        if link.via:
            text += f" ({'via' if lang == 'en' else 'qua'} {index.name(link.via)})"
        roles.append(text)
    return {
        "id": target.id,
        "content": target.content,
        "lead": "; ".join(index.name(u) for u in target.lead.units),
        "deadline": target.deadline.text + (f"\n({period_text(row, lang)})" if row.period else ""),
        "status": status_text(row, lang),
        "days_late": "" if row.status.days_late is None else str(row.status.days_late),
        "roles": "; ".join(roles),
    }


def to_json(records: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=2)


def neutralise(value: str) -> str:
    """Spreadsheets run a cell that starts with =, +, -, @ as a formula: make it text."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def to_csv(records: Sequence[dict[str, Any]]) -> str:
    if not records:
        return ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    for item in records:
        writer.writerow({k: neutralise(_flat(v)) for k, v in item.items()})
    return buffer.getvalue()


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(
            _flat(v) if not isinstance(v, dict) else f"{v.get('role')}:{v.get('via') or ''}"
            for v in value
        )
    return str(value)


def to_markdown(columns: Sequence[Column], rows: Sequence[dict[str, str]], lang: Lang) -> str:
    def escape(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(c.header(lang) for c in columns) + " |",
        "| " + " | ".join("---" for _ in columns) + " |",
    ]
    lines += ["| " + " | ".join(escape(r[c.key]) for c in columns) + " |" for r in rows]
    return "\n".join(lines) + "\n"
