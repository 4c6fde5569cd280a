"""Documents that leave the office: `remind` (urging notes and letters) and `export`.

(No `from __future__ import annotations`: typer reads the annotations on every run, and
evaluating them once, at import, saves it ~300 `eval` calls, a tenth of `cds --help`.)
"""

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from cds_tracker.cli.app import (
    AsOfOption,
    LangOption,
    RegistryOption,
    _print,
    _say,
    app,
    handles_errors,
)
from cds_tracker.cli.language import Command


class ReminderFormat(str, Enum):
    markdown = "markdown"
    json = "json"
    docx = "docx"


class ExportFormat(str, Enum):
    xlsx = "xlsx"
    ics = "ics"
    html = "html"
    docx = "docx"


@app.command(cls=Command, help="help.remind")
@handles_errors
def remind(
    month: Annotated[
        str | None,
        typer.Option("--month", "-m", help="help.remind.month", show_default=False),
    ] = None,
    report_by: Annotated[
        str | None,
        typer.Option(
            "--report-by",
            help="help.remind.report_by",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="help.remind.out",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.remind.force")] = False,
    output: Annotated[
        ReminderFormat, typer.Option("--format", "-f", help="help.remind.format")
    ] = ReminderFormat.markdown,
    unit: Annotated[
        str | None,
        typer.Option("--unit", "-u", help="help.remind.unit", show_default=False),
    ] = None,
    send: Annotated[bool, typer.Option("--send", help="help.remind.send")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.remind.dry_run")] = False,
    with_form: Annotated[bool, typer.Option("--with-form", help="help.remind.with_form")] = False,
    as_of: AsOfOption = None,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import document_commands
    from cds_tracker.app.opening import past_month

    fmt = output.value
    report = document_commands.remind(
        registry, month, as_of, report_by, out, force, fmt, unit, send, dry_run, with_form, lang
    )
    note = past_month(month, as_of) if fmt != "json" else None  # JSON says its as_of
    if note is not None:
        typer.echo(_say(note), err=True)
    if fmt == "markdown" and out is None and _to_terminal():
        _print_notes_on_screen(report)
        return
    _print(report, fmt)


def _to_terminal() -> bool:
    """Printed for a person to read (not piped into a file: there the Markdown stays whole)."""
    return sys.stdout.isatty()


def _print_notes_on_screen(report: Any) -> None:
    """The notes on a terminal: prose folded at its width; a table row that cannot fold is
    left whole, with a notice on stderr of how to get the notes as files."""
    import shutil

    from cds_tracker.core.errors import msg
    from cds_tracker.output.emit import render
    from cds_tracker.output.reminders import on_screen

    text, too_wide = on_screen(render(report, "markdown"), shutil.get_terminal_size().columns)
    typer.echo(text, nl=not text.endswith("\n"))
    if too_wide:
        typer.echo(_say(msg("remind.notice_wide")), err=True)


@app.command(cls=Command, help="help.export")
@handles_errors
def export(
    output: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="help.export.format", show_default=False)
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="help.export.out", show_default=False)],
    force: Annotated[bool, typer.Option("--force", help="help.export.force")] = False,
    as_of: AsOfOption = None,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import document_commands

    _print(document_commands.export(registry, output.value, out, force, as_of, lang))


@app.command(cls=Command, help="help.form")
@handles_errors
def form(
    out: Annotated[Path, typer.Option("--out", "-o", help="help.form.out")],
    unit: Annotated[
        str | None, typer.Option("--unit", "-u", help="help.form.unit", show_default=False)
    ] = None,
    month: Annotated[
        str | None, typer.Option("--month", "-m", help="help.remind.month", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.form.force")] = False,
    as_of: AsOfOption = None,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app.forms import make_forms
    from cds_tracker.output.sanitize import visible

    typer.echo(visible(make_forms(registry, unit, month, as_of, out, force, lang)), nl=False)
