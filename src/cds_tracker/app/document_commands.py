"""The commands whose answer is files to hand out: `remind` (a note or letter per unit that
owes a report, with its return form, or e-mailed) and `export` (the plan and its progress as a
workbook, a calendar, a web page or the appendix in Word).

As the other commands (commands.py): parse the values, ask, return the answer as a value; nothing
here prints.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cds_tracker.app.opening import as_of_date, open_registry
from cds_tracker.core.dates import YearMonth, format_date, parse_date, parse_month
from cds_tracker.core.errors import UsageError, msg
from cds_tracker.output.report import Document, Report
from cds_tracker.output.words import label, resolve_lang
from cds_tracker.questions.queries import unit_on


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
    lang_option: str | None = None,
) -> Report | Document:
    from cds_tracker.output.files import write_documents
    from cds_tracker.output.reminders import reminder_markdown, reminders_report, unowned_text
    from cds_tracker.questions.reminders import reminders

    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    month = parse_month(month_text) if month_text is not None else YearMonth.of(as_of)
    report_by = (
        parse_date(report_by_text, option="--report-by")
        if report_by_text is not None
        else as_of + dt.timedelta(days=7)
    )
    if report_by <= as_of:  # "báo cáo trước ngày …" a day already past, or the letter's own
        raise UsageError(
            label(
                "report_by_early", lang, report_by=format_date(report_by), as_of=format_date(as_of)
            ),
            hint=label(
                "report_by_hint",
                lang,
                as_of=format_date(as_of),
                example=format_date(as_of + dt.timedelta(days=7)),
            ),
        )
    if out is not None:
        from cds_tracker.output.destinations import folder_out

        if fmt == "json":  # was printed, and --out silently ignored
            raise UsageError(msg("remind.json_out"), hint=msg("remind.hint.json_out"))
        folder_out(out)  # one note or letter per unit: not `--out notes.docx`
    if fmt == "docx" or send or dry_run:
        from cds_tracker.app.documents import Request, remind_docx

        return Document(
            remind_docx(
                Request(
                    registry,
                    month,
                    as_of,
                    report_by,
                    unit_query,
                    out,
                    force,
                    send,
                    dry_run,
                    with_form,
                    lang,
                )
            )
        )
    opened = open_registry(registry)
    tracker = opened.tracker
    unit_id = unit_on(tracker, unit_query, as_of) if unit_query is not None else None
    found = reminders(tracker, month, as_of, unit_id)
    if fmt == "json":
        return reminders_report(found, tracker, month, as_of, report_by, every=unit_id is None)
    from cds_tracker.app.origins import origins_of

    origins = origins_of(opened.found.path, tracker.registry)
    notes = [
        (r.unit_id, reminder_markdown(r, tracker, month, as_of, report_by, origins)) for r in found
    ]
    unowned = unowned_text(tracker, month, as_of, lang)  # a part no existing unit owes
    if not notes:
        return Document(label("no_reminders", lang, month=month.display()) + "\n" + unowned)
    if out is None:
        if with_form:
            raise UsageError(msg("remind.with_form_needs_out"))
        return Document(
            "\n---\n\n".join([*(text for _, text in notes), *[unowned][: bool(unowned)]])
        )
    forms: dict[str, bytes] = {}
    if with_form:
        from cds_tracker.app.forms import attached_lines, form_maker, forms_for

        make = form_maker(opened, month, as_of, "vi")  # as the note it goes with: in Vietnamese
        notes = [
            (u, text + attached_lines(tracker, forms_for(tracker, u, month, as_of, forms, make)))
            for u, text in notes
        ]
    files = [(f"{u}.md", text.encode("utf-8")) for u, text in notes]
    write_documents(out, [*files, *forms.items()], force=force)
    return Document(label("reminders_written", lang, count=len(notes), folder=out) + "\n")


SUFFIXES = {"xlsx": (".xlsx",), "ics": (".ics",), "html": (".html", ".htm"), "docx": (".docx",)}


def export(
    registry: Path | None,
    fmt: str,
    out: Path,
    force: bool,
    as_of_text: str | None,
    lang_option: str | None = None,
) -> Document:
    from cds_tracker.output.destinations import file_out
    from cds_tracker.output.files import write_document

    lang = resolve_lang(lang_option)
    file_out(out, SUFFIXES[fmt], fmt)  # before any work: x.xls for an xlsx makes Excel warn
    as_of = as_of_date(as_of_text)
    opened = open_registry(registry)
    tracker = opened.tracker
    from cds_tracker.app.origins import origins_of

    origins = origins_of(opened.found.path, tracker.registry)
    if fmt == "xlsx":
        from cds_tracker.output.xlsx import xlsx

        data = xlsx(tracker, as_of, opened.found.display(), lang, origins)
    elif fmt == "ics":
        from cds_tracker.output.ics import ics

        data = ics(tracker, as_of, origins)
    elif fmt == "docx":
        from cds_tracker.output.docx.appendix import appendix_docx

        data = appendix_docx(tracker, as_of, origins)
    else:
        from cds_tracker.output.html import html_page
        from cds_tracker.questions.summary import summarise

        data = html_page(tracker, summarise(tracker, as_of, origins=origins), as_of, origins)
    write_document(out, data, force=force)
    return Document(label("exported", lang, fmt=fmt, out=out) + "\n")
