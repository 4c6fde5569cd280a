"""One function per query command: parse its values, ask `queries`, hand the rows to `render`.

Returns text for machine formats (the CLI prints it) or None when a table was printed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from cds_tracker.app.opening import as_of_date, open_tracker
from cds_tracker.core.dates import YearMonth, days_after, format_date, parse_date, parse_month
from cds_tracker.core.errors import UsageError
from cds_tracker.core.records import ROLES
from cds_tracker.output.emit import emit_rows
from cds_tracker.output.words import Lang, label, resolve_lang
from cds_tracker.questions.queries import (
    Filters,
    Row,
    by_lead_unit,
    due_in_month,
    due_within,
    periodic_in_month,
    periodic_within,
)
from cds_tracker.questions.queries import (
    late as query_late,
)
from cds_tracker.questions.queries import (
    list_targets as query_list,
)
from cds_tracker.questions.queries import (
    report as query_report,
)
from cds_tracker.questions.status import STATUSES


def due(
    registry: Path | None,
    month_text: str | None,
    within: int | None,
    with_ongoing: bool,
    as_of_text: str | None,
    fmt: str,
    lang_option: str | None,
) -> str | None:
    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    if month_text is not None and within is not None:
        raise UsageError("give either --month or --within, not both")
    end = days_after(as_of, within) if within is not None else as_of
    tracker = open_tracker(registry)
    if within is not None:
        rows = due_within(tracker, within, as_of)
        extra = periodic_within(tracker, within, as_of) if with_ongoing else []
        title = label("due_within_title", lang, start=format_date(as_of), end=format_date(end))
    else:
        month = parse_month(month_text) if month_text is not None else YearMonth.of(as_of)
        rows = due_in_month(tracker, month, as_of)
        extra = periodic_in_month(tracker, month, as_of) if with_ongoing else []
        title = label("due_title", lang, month=month.display(), as_of=format_date(as_of))
    if fmt in ("json", "csv"):
        return emit_rows("due", [*rows, *extra], tracker.index, fmt=fmt, lang=lang)
    first = emit_rows(
        "due", rows, tracker.index, fmt=fmt, lang=lang, title=title, empty=label("due_empty", lang)
    )
    if not extra:
        return first
    second = emit_rows(
        "ongoing", extra, tracker.index, fmt=fmt, lang=lang, title=label("ongoing_title", lang)
    )
    if fmt == "markdown":
        return f"{first}\n{second}"
    return None


def late(
    registry: Path | None, by_unit: bool, as_of_text: str | None, fmt: str, lang_option: str | None
) -> str | None:
    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    tracker = open_tracker(registry)
    rows = query_late(tracker, as_of)
    title = label("late_title", lang, as_of=format_date(as_of))
    empty = label("late_empty", lang, as_of=format_date(as_of))
    if not by_unit:
        return emit_rows("late", rows, tracker.index, fmt=fmt, lang=lang, title=title, empty=empty)
    grouped = by_lead_unit(tracker, rows, as_of)
    if fmt in ("json", "csv"):
        from cds_tracker.output.tables import record, to_csv, to_json

        records = [
            {"unit": tracker.index.name(unit_id), **record(row, tracker.index)}
            for unit_id, unit_rows in grouped
            for row in unit_rows
        ]
        return to_json(records) if fmt == "json" else to_csv(records)
    parts: list[str] = []
    if not grouped:
        return emit_rows("late", [], tracker.index, fmt=fmt, lang=lang, title=title, empty=empty)
    if fmt != "markdown":
        from cds_tracker.output.screen import screen

        screen().line(title, bold=True)
    else:
        parts.append(f"**{title}**\n")
    for unit_id, unit_rows in grouped:
        heading = f"{tracker.index.name(unit_id)} ({len(unit_rows)})"
        text = emit_rows("late", unit_rows, tracker.index, fmt=fmt, lang=lang, title=heading)
        if text is not None:
            parts.append("\n" + text)
    return "".join(parts) if fmt == "markdown" else None


def report(
    registry: Path | None,
    unit_query: str,
    as_of_text: str | None,
    fmt: str,
    lang_option: str | None,
) -> str | None:
    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    tracker = open_tracker(registry)
    unit = tracker.index.find(unit_query)
    rows = query_report(tracker, unit.id, as_of)
    return emit_rows(
        "report",
        rows,
        tracker.index,
        fmt=fmt,
        lang=lang,
        with_roles=True,
        title=label("report_title", lang, unit=unit.name, as_of=format_date(as_of)),
        empty=label("report_empty", lang, unit=unit.name),
        footer=[summary_line(rows, lang)] if rows else [],
    )


def summary_line(rows: list[Row], lang: Lang) -> str:
    """'Tổng: 23 chỉ tiêu — Quá hạn: 20; Thường xuyên: 3', statuses in a fixed order."""
    counts = Counter(row.status.code for row in rows)
    parts = [f"{label(code, lang)}: {counts[code]}" for code in STATUSES if counts[code]]
    return label("total", lang, count=len(rows)) + " — " + "; ".join(parts)


def list_targets(
    registry: Path | None,
    group: str | None,
    unit_query: str | None,
    role: str | None,
    status: str | None,
    deadline_from: str | None,
    deadline_to: str | None,
    as_of_text: str | None,
    fmt: str,
    lang_option: str | None,
) -> str | None:
    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    start = parse_month(deadline_from, option="--deadline-from") if deadline_from else None
    end = parse_month(deadline_to, option="--deadline-to") if deadline_to else None
    tracker = open_tracker(registry)
    unit_id = tracker.index.find(unit_query).id if unit_query is not None else None
    role_value = next((r for r in ROLES if r == role), None)
    filters = Filters(group, unit_id, role_value, status, start, end)
    rows = query_list(tracker, filters, as_of)
    return emit_rows(
        "report" if unit_id else "list",
        rows,
        tracker.index,
        fmt=fmt,
        lang=lang,
        with_roles=unit_id is not None,
        title=label("list_title", lang, as_of=format_date(as_of)),
        empty=label("list_empty", lang),
        footer=[summary_line(rows, lang)] if rows else [],
    )


def show(
    registry: Path | None, target_id: str, as_of_text: str | None, fmt: str, lang_option: str | None
) -> str | None:
    from cds_tracker.output.emit import emit_target

    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    tracker = open_tracker(registry)
    group, target = tracker.target(target_id)
    row = tracker.row(group, target, as_of, figures=tracker.readings(target, as_of))
    return emit_target(tracker, row, as_of, fmt=fmt, lang=lang)


def units(registry: Path | None, fmt: str, lang_option: str | None) -> str | None:
    from cds_tracker.output.emit import emit_units

    lang = resolve_lang(lang_option)
    tracker = open_tracker(registry)
    return emit_units(tracker, fmt=fmt, lang=lang)


def progress_add(
    registry: Path | None,
    target_id: str,
    unit_query: str,
    status: str,
    date_text: str | None,
    values: list[str],
    note: str,
    obstacles: str,
    proposals: str,
    evidence: list[str],
    by: str,
    corrects: str | None,
    force: bool,
    lang_option: str | None,
) -> None:
    from typer import echo

    from cds_tracker.app.discovery import display_path
    from cds_tracker.app.opening import find_entry, open_for_writing, unit_entries
    from cds_tracker.progress.files import HEADER, progress_file
    from cds_tracker.progress.new_entry import build_entry
    from cds_tracker.progress.writing import append_entry
    from cds_tracker.questions.queries import Tracker

    lang = resolve_lang(lang_option)
    day = parse_date(date_text, option="--date") if date_text is not None else dt.date.today()
    found, loaded = open_for_writing(registry)
    tracker = Tracker(loaded, {})  # no progress is read: a write needs only the registry
    unit = tracker.index.find(unit_query)
    new = build_entry(
        tracker,
        lambda entry_id: find_entry(found, loaded, unit.id, entry_id),
        target_id=target_id,
        unit_id=unit.id,
        status=status,
        day=day,
        values=values,
        note=note,
        obstacles=obstacles,
        proposals=proposals,
        evidence=evidence,
        by=by,
        corrects=corrects,
        force=force,
        siblings=lambda: unit_entries(found, loaded, unit.id),
    )
    path = progress_file(found.path, unit.id)
    append_entry(
        path,
        new.entry,
        HEADER.format(name=unit.name, unit_id=unit.id),
        # Shown as the path it is (not resolved: a link there is named, not its target).
        display=f"{display_path(found.path.parent)}/{path.relative_to(found.path.parent).as_posix()}",
    )
    message = label(
        "recorded",
        lang,
        id=new.entry.id,
        unit=unit.name,
        target=new.entry.target,
        status=label(status, lang),
        file=display_path(path),
    )
    echo(message)
    for warning in new.warnings:
        echo(f"{label('warning', lang)}: {warning}", err=True)


def progress_list(
    registry: Path | None,
    target_id: str | None,
    unit_query: str | None,
    date_from: str | None,
    date_to: str | None,
    fmt: str,
    lang_option: str | None,
) -> str | None:
    from cds_tracker.app.opening import open_registry
    from cds_tracker.output.emit import emit_entries

    lang = resolve_lang(lang_option)
    start = parse_date(date_from, option="--from") if date_from else None
    end = parse_date(date_to, option="--to") if date_to else None
    opened = open_registry(registry)
    tracker = opened.tracker
    wanted_target = tracker.target(target_id)[1].id if target_id is not None else None
    wanted_unit = tracker.index.find(unit_query).id if unit_query is not None else None
    entries = [
        e
        for e in opened.entries
        if (wanted_target is None or e.target == wanted_target)
        and (wanted_unit is None or e.unit == wanted_unit)
        and (start is None or e.day >= start)
        and (end is None or e.day <= end)
    ]
    return emit_entries(
        entries,
        opened.entries,
        tracker.index,
        fmt=fmt,
        lang=lang,
        title=label("history_title", lang),
        empty=label("history_empty", lang),
        as_of=end,  # listed up to --to: a correction dated later is not shown as made
    )


def remind(
    registry: Path | None,
    month_text: str | None,
    as_of_text: str | None,
    report_by_text: str | None,
    out: Path | None,
    force: bool,
    fmt: str,
    unit_query: str | None = None,
    send: bool = False,
    dry_run: bool = False,
    with_form: bool = False,
) -> str | None:
    from cds_tracker.output.documents import reminder_markdown, reminders_json
    from cds_tracker.output.files import write_documents
    from cds_tracker.questions.reminders import reminders

    as_of = as_of_date(as_of_text)
    month = parse_month(month_text) if month_text is not None else YearMonth.of(as_of)
    report_by = (
        parse_date(report_by_text, option="--report-by")
        if report_by_text
        else as_of + dt.timedelta(days=7)
    )
    if fmt == "docx" or send or dry_run:
        from cds_tracker.app.documents import Request, remind_docx

        return remind_docx(
            Request(
                registry, month, as_of, report_by, unit_query, out, force, send, dry_run, with_form
            )
        )
    tracker = open_tracker(registry)
    found = reminders(tracker, month, as_of)
    if unit_query is not None:
        wanted = tracker.index.find(unit_query).id
        found = [r for r in found if r.unit_id == wanted]
    if fmt == "json":
        return reminders_json(found, tracker, month, as_of, report_by)
    notes = [(r.unit_id, reminder_markdown(r, tracker, month, as_of, report_by)) for r in found]
    if not notes:
        return f"Không có đơn vị nào cần đôn đốc trong tháng {month.display()}.\n"
    if out is None:
        if with_form:
            raise UsageError("--with-form needs --out DIR: the forms are files beside the notes")
        return "\n---\n\n".join(text for _, text in notes)
    forms: dict[str, bytes] = {}
    if with_form:
        from cds_tracker.app.forms import attached_lines, forms_for

        notes = [
            (u, text + attached_lines(tracker, forms_for(tracker, u, month, as_of, forms)))
            for u, text in notes
        ]
    files = [(f"{u}.md", text.encode("utf-8")) for u, text in notes]
    write_documents(out, [*files, *forms.items()], force=force)
    return f"Đã soạn {len(notes)} văn bản đôn đốc trong {out}/\n"


def summary(
    registry: Path | None,
    as_of_text: str | None,
    fmt: str,
    lang_option: str | None,
    out: Path | None = None,
    force: bool = False,
) -> str | None:
    from cds_tracker.output.documents import summary_json, summary_markdown
    from cds_tracker.questions.summary import summarise

    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    tracker = open_tracker(registry)
    result = summarise(tracker, as_of)
    if fmt == "json":
        return summary_json(result, tracker)
    if fmt == "markdown":
        return summary_markdown(result, tracker, lang)
    if fmt == "docx":
        from cds_tracker.app.documents import write_report

        return write_report(result, tracker, out, force)
    from cds_tracker.output.emit import emit_summary

    emit_summary(result, tracker, lang)
    return None


def export(registry: Path | None, fmt: str, out: Path, force: bool, as_of_text: str | None) -> str:
    from cds_tracker.output import documents
    from cds_tracker.output.files import write_document
    from cds_tracker.questions.summary import summarise

    as_of = as_of_date(as_of_text)
    tracker = open_tracker(registry)
    if fmt == "xlsx":
        data = documents.xlsx(tracker, as_of)
    elif fmt == "ics":
        data = documents.ics(tracker, as_of)
    elif fmt == "docx":
        from cds_tracker.output.docx.appendix import appendix_docx

        data = appendix_docx(tracker)
    else:
        data = documents.html_page(tracker, summarise(tracker, as_of), as_of)
    write_document(out, data, force=force)
    return f"Đã xuất {fmt} / exported: {out}\n"
