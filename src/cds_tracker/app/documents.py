"""Word documents from the command line: `cds remind --format docx` and `--send` (one letter per
unit that owes something, written into --out all or nothing and/or e-mailed, each send logged
beside the progress files), and `cds summary --format docx` (the committee's report)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cds_tracker.core.dates import YearMonth, format_date
from cds_tracker.core.errors import DataError, UsageError, msg
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from cds_tracker.app.opening import Opened
    from cds_tracker.app.sending import Settings
    from cds_tracker.output.carried import Origins
    from cds_tracker.questions.summary import Summary
    from cds_tracker.questions.tracker import Tracker


@dataclass(frozen=True)
class Request:
    registry: Path | None
    month: YearMonth
    as_of: dt.date
    report_by: dt.date
    unit_query: str | None
    out: Path | None
    force: bool
    send: bool
    dry_run: bool
    with_form: bool = False
    lang: Lang = "vi"  # of what cds says; the letters and mails are Vietnamese whatever it is


def letter_name(unit_id: str, month: YearMonth) -> str:
    return f"don-doc-{month.iso()}-{unit_id}.docx"


def remind_docx(request: Request) -> str:
    """Letters into --out (all or nothing), then, with --send, by e-mail. What can be checked
    before any work (--out given, mail settings, a registry of one's own) is checked first."""
    from typer import echo

    from cds_tracker.app import sending
    from cds_tracker.app.opening import open_registry
    from cds_tracker.app.origins import origins_of
    from cds_tracker.output.docx.letter import letter_docx
    from cds_tracker.output.files import write_documents
    from cds_tracker.output.reminders import unowned_text
    from cds_tracker.questions.queries import unit_on
    from cds_tracker.questions.reminders import reminders

    lang = request.lang
    if request.out is None and not (request.send or request.dry_run):
        raise UsageError(label("docx_needs_out", lang), hint=msg("remind.hint.docx_out"))
    opened = open_registry(request.registry)
    settings: sending.Settings | None = None
    if request.send and not request.dry_run:
        if opened.found.bundled:
            raise UsageError(label("send_bundled", lang), hint=label("send_bundled_hint", lang))
        settings = sending.settings_from(os.environ, lang)
    tracker = opened.tracker
    origins = origins_of(opened.found.path, tracker.registry)
    unit_id = unit_on(tracker, request.unit_query, request.as_of) if request.unit_query else None
    found = reminders(tracker, request.month, request.as_of, unit_id)
    if not found:
        said = label("remind_nothing", lang, month=request.month.display()) + "\n"
        return said + unowned_text(tracker, request.month, request.as_of, lang)
    writing = request.out is not None and not request.dry_run
    files = {
        letter.unit_id: (
            letter_name(letter.unit_id, request.month),
            letter_docx(letter, tracker, request.month, request.as_of, request.report_by, origins),
        )
        for letter in found
        if writing or tracker.index.units[letter.unit_id].email  # only what will be used
    }
    forms: dict[str, bytes] = {}
    attached: dict[str, tuple[tuple[str, bytes], ...]] = {}
    if request.with_form:
        from cds_tracker.app.forms import form_maker, forms_for

        # in Vietnamese, as the letter it goes with (output/docx/letter.py)
        make = form_maker(opened, request.month, request.as_of, "vi")
        for unit_id in files:
            names = forms_for(tracker, unit_id, request.month, request.as_of, forms, make)
            attached[unit_id] = tuple((name, forms[name]) for name in names)
    if writing and request.out is not None:
        write_documents(request.out, [*files.values(), *forms.items()], force=request.force)
        written = label("letters_written", lang, count=len(files), folder=request.out)
        written += "\n" + unowned_text(tracker, request.month, request.as_of, lang).rstrip("\n")
        written = written.rstrip("\n")
        if not request.send:
            return written + "\n"
        echo(written)  # before sending, which may fail: the files are there either way
    return _send(request, opened, [letter.unit_id for letter in found], files, settings, attached)


def _send(
    request: Request,
    opened: Opened,
    owing: list[str],
    files: dict[str, tuple[str, bytes]],
    settings: Settings | None,
    attached: dict[str, tuple[tuple[str, bytes], ...]],
) -> str:
    """E-mail each letter to its unit's address; list units without one. With --dry-run (no
    settings) nothing is sent and nothing is logged."""
    from typer import echo

    from cds_tracker.app import sending
    from cds_tracker.progress.files import progress_dir

    lang = request.lang
    index = opened.tracker.index
    outgoing: list[sending.Outgoing] = []
    missing: list[str] = []
    for unit_id in owing:
        unit = index.units[unit_id]
        if unit.email:
            forms = attached.get(unit_id, ())
            outgoing.append(
                sending.Outgoing(unit.id, unit.name, unit.email, *files[unit_id], forms)
            )
        else:
            missing.append(label("send_no_address", lang, unit=unit.name, id=unit.id))
    if settings is None:
        would = [
            label("send_would", lang, unit=o.unit, to=o.address, file=o.filename) for o in outgoing
        ]
        return "\n".join([*would, *missing]) + "\n"
    log = progress_dir(opened.found.path) / sending.LOG_NAME
    # The mail goes to a Vietnamese office with its letter: Vietnamese, whatever cds speaks.
    subject = label("mail_subject", "vi", month=request.month.display())
    info = opened.tracker.registry.document

    def compose(item: sending.Outgoing) -> tuple[str, str]:
        body = label(
            "mail_body",
            "vi",
            unit=item.unit,
            month=request.month.display(),
            report_by=format_date(request.report_by),
            issuer=info.issuer,
            contact=info.office.contact or info.issuer,
        )
        return subject, body

    outcomes = sending.send_all(outgoing, settings, log, compose, lang)
    for outcome in outcomes:
        item = outcome.item
        if outcome.error is None:
            echo(label("send_done", lang, unit=item.unit, to=item.address, id=outcome.message_id))
        else:
            echo(label("send_failed", lang, unit=item.unit, to=item.address, error=outcome.error))
    for line in missing:
        echo(line)
    failed = sum(outcome.error is not None for outcome in outcomes)
    if failed or missing:
        raise DataError(
            label("send_incomplete", lang, failed=failed, missing=len(missing), log=log)
        )
    return label("send_summary", lang, count=len(outcomes), log=log) + "\n"


SUMMARY_SUFFIXES = {"markdown": ".md", "json": ".json", "docx": ".docx"}


def summary_out(out: Path, fmt: str) -> str:
    """The format `summary --out` writes: the one asked for, or with the default (table, which
    is for the screen) the one the file's name says (`--out s.md` is Markdown); a name that
    does not fit is refused before any work."""
    from cds_tracker.output.destinations import file_out, suffix_format

    if fmt == "table":  # no --format: the name's suffix says which
        formats = {name: (suffix,) for name, suffix in SUMMARY_SUFFIXES.items()}
        return suffix_format(out, formats, "cds summary")
    file_out(out, (SUMMARY_SUFFIXES[fmt],), fmt)
    return fmt


def write_report(
    result: Summary,
    tracker: Tracker,
    out: Path | None,
    force: bool,
    lang: Lang,
    origins: Origins | None = None,
) -> str:
    from cds_tracker.output.docx.report import summary_docx
    from cds_tracker.output.files import write_document

    if out is None:
        raise UsageError(label("summary_docx_needs_out", lang), hint=msg("summary.hint.docx_out"))
    from cds_tracker.output.destinations import file_out

    file_out(out, (".docx",), "docx")
    write_document(out, summary_docx(result, tracker, origins or {}), force=force)
    return label("report_written", lang, file=out) + "\n"
