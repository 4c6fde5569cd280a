"""Draft urging notes (văn bản đôn đốc) in Markdown, one per lead unit, and their JSON."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cds_tracker.core.dates import YearMonth, format_date
from cds_tracker.output.records import reminder_records
from cds_tracker.output.report import Report
from cds_tracker.output.sanitize import visible
from cds_tracker.output.tables import period_text
from cds_tracker.output.words import label
from cds_tracker.questions.queries import Row, Tracker
from cds_tracker.questions.reminders import MemberReport, Reminder
from cds_tracker.registry.units import UnitIndex


def status_phrase(row: Row) -> str:
    """'Quá hạn 184 ngày': the status as a document states it (Vietnamese)."""
    text = label(row.status.code, "vi")
    if row.status.code == "late" and row.status.days_late:
        text += f" {row.status.days_late} {label('days', 'vi')}"
    if row.period is not None:
        text += f" ({period_text(row, 'vi')})"
    return text


def reminder_markdown(
    reminder: Reminder, tracker: Tracker, month: YearMonth, as_of: dt.date, report_by: dt.date
) -> str:
    """A draft urging note, in the register of an administrative letter."""
    index = tracker.index
    name = index.name(reminder.unit_id)
    plan = tracker.registry.document.plan.reference
    lines = [
        "# " + label("note_heading", "vi", month=month.display()),
        "",
        f"**{label('note_to', 'vi')}** {name}",
        "",
        label(
            "note_intro",
            "vi",
            plan=plan,
            appendix=tracker.registry.document.appendix,
            as_of=format_date(as_of),
            unit=name,
            month=month.display(),
            periodic=label("note_periodic", "vi") if _periodic(reminder) else "",
        ),
        "",
        label("note_columns", "vi"),
        "| --- | --- | --- | --- | --- |",
    ]
    for number, item in enumerate(reminder.items, 1):
        row = item.row
        content = row.target.content.replace("|", "\\|").replace("\n", " ")
        lines.append(
            f"| {number} | {row.target.id} | {content} | {row.target.deadline.text} | "
            f"{status_phrase(row)} |"
        )
    collective = [item for item in reminder.items if item.members]
    if collective:
        lines += ["", label("note_members", "vi")]
        for item in collective:
            lines += ["", "- " + label("note_target", "vi", id=item.row.target.id)]
            for member in item.members:
                lines.append(f"  - {index.name(member.unit_id)}: {_member_state(member, index)}")
    lines += [
        "",
        label("note_request", "vi", unit=name, report_by=format_date(report_by)),
        "",
        label("note_draft", "vi"),
        "",
    ]
    return visible("\n".join(lines))


def _member_state(member: MemberReport, index: UnitIndex) -> str:
    """'chưa báo cáo', 'đã báo cáo: hoàn thành (15/10/2023)' or 'chưa báo cáo kỳ này (…)';
    a report made by a ward before it merged into this one names that ward."""
    if member.status is None:
        return label("no_report", "vi")
    day = format_date(dt.date.fromisoformat(str(member.date)))
    if member.reported_by is not None:
        from cds_tracker.registry.succession import is_rename

        key = (
            "note_reported_as" if is_rename(index.units, member.reported_by) else "note_reported_by"
        )
        day = label(key, "vi", date=day, by=index.name(member.reported_by))
    if member.part == "unreported":
        return label("note_unreported", "vi", date=day)
    return label("note_reported", "vi", status=label(member.status, "vi").lower(), date=day)


def _periodic(reminder: Reminder) -> bool:
    return any(item.row.period is not None for item in reminder.items)


def reminders_report(
    found: Sequence[Reminder],
    tracker: Tracker,
    month: YearMonth,
    as_of: dt.date,
    report_by: dt.date,
) -> Report:
    """`cds remind --format json`."""
    return Report((), data=reminder_records(found, tracker, month.iso(), as_of, report_by))
