"""The questions: `due`, `late`, `report`, `list`, `show`, `units`, `summary`.

(No `from __future__ import annotations`: typer reads the annotations on every run, and
evaluating them once, at import, saves it ~300 `eval` calls, a tenth of `cds --help`.)
"""

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from cds_tracker.cli.app import (
    AllPlansOption,
    AsOfOption,
    ExcelOption,
    FormatOption,
    LangOption,
    OutputFormat,
    RegistryOption,
    SummaryFormat,
    _print,
    _print_plans,
    _say,
    _tell,
    app,
    handles_errors,
)
from cds_tracker.cli.language import STATUSES, Command, role_code, status_code


@app.command(cls=Command, help="help.due")
@handles_errors
def due(
    month: Annotated[
        str | None,
        typer.Option(
            "--month",
            "-m",
            help="help.due.month",
            show_default=False,
        ),
    ] = None,
    within: Annotated[
        int | None,
        typer.Option(
            "--within",
            min=0,
            metavar="N",
            help="help.due.within",
            show_default=False,
        ),
    ] = None,
    no_ongoing: Annotated[bool, typer.Option("--no-ongoing", help="help.due.no_ongoing")] = False,
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    excel: ExcelOption = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands
    from cds_tracker.app.opening import past_month

    report = commands.due(registry, month, within, not no_ongoing, as_of, lang)
    _print(report, output.value, excel)
    note = past_month(month, as_of) if output.value != "json" else None  # JSON says its as_of
    if note is not None:
        typer.echo(_say(note), err=True)


@app.command(cls=Command, help="help.late")
@handles_errors
def late(
    by_unit: Annotated[bool, typer.Option("--by-unit", help="help.late.by_unit")] = False,
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    excel: ExcelOption = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
    all_plans: AllPlansOption = False,
) -> None:
    from cds_tracker.app import commands

    if all_plans:
        answer = lambda path: commands.late(path, by_unit, as_of, lang)  # noqa: E731
        _print_plans(answer, output.value, lang, excel)
        return
    _print(commands.late(registry, by_unit, as_of, lang), output.value, excel)


class ReportFormat(str, Enum):
    """`report`'s formats: the screen's, and with --out a Word document or an Excel sheet."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    docx = "docx"
    xlsx = "xlsx"


@app.command(cls=Command, help="help.report")
@handles_errors
def report(
    unit: Annotated[
        str,
        typer.Option(
            "--unit",
            "-u",
            help="help.report.unit",
            show_default=False,
        ),
    ],
    as_of: AsOfOption = None,
    output: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="help.report.format")
    ] = ReportFormat.table,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="help.report.out", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.report.force")] = False,
    excel: ExcelOption = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
    all_plans: AllPlansOption = False,
) -> None:
    from cds_tracker.app import commands

    if out is not None or output.value in ("docx", "xlsx"):  # a file (app/unit_documents.py)
        from cds_tracker.app.unit_documents import out_format, write_unit_report

        if all_plans:  # a file holds one plan's report: a command per plan instead
            from cds_tracker.cli.plan_choice import one_file_per_plan

            one_file_per_plan(out, output.value)
        fmt = out_format(out, output.value)
        if out is not None:
            _print(write_unit_report(registry, unit, as_of, lang, out, fmt, force, excel))
            return
    # The series only where printed: JSON, and plain CSV (its indicators cell flattens them).
    series = output.value == "json" or (output.value == "csv" and not excel)
    if all_plans:
        answer = lambda path: commands.report(path, unit, as_of, lang, series)  # noqa: E731
        _print_plans(answer, output.value, lang, excel)
        return
    _print(commands.report(registry, unit, as_of, lang, series), output.value, excel)


@app.command("list", cls=Command, help="help.list")
@handles_errors
def list_(
    group: Annotated[
        str | None,
        typer.Option("--group", "-g", help="help.list.group", show_default=False),
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", "-u", help="help.list.unit_only", show_default=False),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option("--role", metavar="ROLE", help="help.list.role", show_default=False),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option("--status", metavar="STATUS", help="help.list.status", show_default=False),
    ] = None,
    deadline_from: Annotated[
        str | None,
        typer.Option("--deadline-from", help="help.list.deadline_from", show_default=False),
    ] = None,
    deadline_to: Annotated[
        str | None,
        typer.Option("--deadline-to", help="help.list.deadline_to", show_default=False),
    ] = None,
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    excel: ExcelOption = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    _print(
        commands.list_targets(
            registry,
            group,
            unit,
            role_code(role) if role is not None else None,
            status_code(status, STATUSES) if status is not None else None,
            deadline_from,
            deadline_to,
            as_of,
            lang,
        ),
        output.value,
        excel,
    )


@app.command(cls=Command, help="help.show")
@handles_errors
def show(
    target_id: Annotated[str, typer.Argument(metavar="ID", help="help.target_id")],
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    excel: ExcelOption = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands
    from cds_tracker.app.typed_ids import take_notes

    report = commands.show(registry, target_id, as_of, lang)
    _tell(take_notes())  # an own id that is also a carried target's old number: on stderr
    _print(report, output.value, excel)


@app.command(cls=Command, help="help.units")
@handles_errors
def units(
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="help.units.as_of", show_default=False),
    ] = None,
    output: FormatOption = OutputFormat.table,
    excel: ExcelOption = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    _print(commands.units(registry, lang, as_of), output.value, excel)


@app.command(cls=Command, help="help.summary")
@handles_errors
def summary(
    as_of: AsOfOption = None,
    output: Annotated[
        SummaryFormat, typer.Option("--format", "-f", help="help.summary.format")
    ] = SummaryFormat.table,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="help.summary.out", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.summary.force")] = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    fmt = output.value
    _print(commands.summary(registry, as_of, fmt, lang, out, force), fmt)
