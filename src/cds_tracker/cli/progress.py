"""`cds progress add` and `cds progress list`: recording and reading the units' reports.

(No `from __future__ import annotations`: typer reads the annotations on every run, and
evaluating them once, at import, saves it ~300 `eval` calls, a tenth of `cds --help`.)
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cds_tracker.cli.app import (
    ExcelOption,
    FormatOption,
    LangOption,
    OutputFormat,
    RegistryOption,
    _print,
    _tell,
    app,
    handles_errors,
)
from cds_tracker.cli.language import ENTRY_STATUSES, Command, Group, status_code

if TYPE_CHECKING:
    from cds_tracker.progress.new_entry import AmbiguousCode

progress_app = typer.Typer(cls=Group, help="help.progress", no_args_is_help=True)
app.add_typer(progress_app, name="progress")


@progress_app.command("add", cls=Command, help="help.progress.add")
@handles_errors
def progress_add(
    target_id: Annotated[str, typer.Argument(metavar="ID", help="help.target_id")],
    unit: Annotated[
        str,
        typer.Option("--unit", "-u", help="help.add.unit", show_default=False),
    ],
    status: Annotated[
        str,
        typer.Option(
            "--status", "-s", metavar="STATUS", help="help.add.status", show_default=False
        ),
    ],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            "-d",
            help="help.add.date",
            show_default=False,
        ),
    ] = None,
    value: Annotated[
        list[str] | None,
        typer.Option(
            "--value",
            "-v",
            help="help.add.value",
            show_default=False,
        ),
    ] = None,
    note: Annotated[str, typer.Option("--note", help="help.add.note")] = "",
    obstacles: Annotated[str, typer.Option("--obstacles", help="help.add.obstacles")] = "",
    proposals: Annotated[str, typer.Option("--proposals", help="help.add.proposals")] = "",
    evidence: Annotated[
        list[str] | None,
        typer.Option("--evidence", "-e", help="help.add.evidence", show_default=False),
    ] = None,
    by: Annotated[str, typer.Option("--by", help="help.add.by")] = "",
    corrects: Annotated[
        str | None,
        typer.Option("--corrects", help="help.add.corrects", show_default=False),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="help.add.force",
        ),
    ] = False,
    by_id: Annotated[bool, typer.Option("--id", help="help.add.by_id")] = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import progress_commands
    from cds_tracker.output.sanitize import visible
    from cds_tracker.progress.new_entry import AmbiguousCode

    def record(code: str, confirmed: bool) -> tuple[str, list[str]]:
        return progress_commands.progress_add(
            registry,
            code,
            unit,
            status_code(status, ENTRY_STATUSES, registry),
            date,
            value or [],
            note,
            obstacles,
            proposals,
            evidence or [],
            by,
            corrects,
            force,
            lang,
            by_id=confirmed,
        )

    try:
        message, warnings = record(target_id, by_id)
    except AmbiguousCode as ambiguous:
        chosen = _which_target(ambiguous, lang)  # on a terminal only: else exit 2, its hint
        if chosen is None:
            return
        message, warnings = record(chosen, True)
    typer.echo(visible(message))
    for warning in warnings:
        typer.echo(visible(warning), err=True)


def _on_terminal() -> bool:
    """A person at a terminal can be asked (a script, a pipe or a test cannot)."""
    import sys

    return sys.stdin.isatty()


def _which_target(ambiguous: "AmbiguousCode", lang: str | None) -> str | None:
    """Ask which target a code that is also another's printed number means (both shown, with
    their numbers and contents); None when the person records nothing. Not on a terminal:
    the error itself (exit 2, the hint naming --id)."""
    from cds_tracker.output.sanitize import visible_line
    from cds_tracker.output.words import label, resolve_lang

    if not _on_terminal():
        raise ambiguous
    language = resolve_lang(lang)
    first = ambiguous.choices[0][0]
    typer.echo(label("entry.ambiguous_ask", language, id=first))
    for n, (code, number, content) in enumerate(ambiguous.choices, 1):
        short = content if len(content) <= 70 else content[:69] + "…"
        said = dict(n=n, id=code, number=number, content=visible_line(short))
        typer.echo(label("entry.ambiguous_choice", language, **said))
    while True:
        try:
            answer = typer.prompt(
                label("entry.ambiguous_prompt", language), default="", show_default=False
            ).strip()
        except typer.Abort:
            answer = ""
        if answer in ("1", "2"):
            return ambiguous.choices[int(answer) - 1][0]
        if not answer:
            typer.echo(label("carry_not_written", language))
            return None
        typer.echo(label("entry.ambiguous_again", language))


@progress_app.command("normalise", cls=Command, help="help.progress.normalise")
@handles_errors
def progress_normalise(registry: RegistryOption = None, lang: LangOption = None) -> None:
    from cds_tracker.app import progress_commands
    from cds_tracker.output.sanitize import visible

    typer.echo(visible(progress_commands.progress_normalise(registry, lang)), nl=False)


@progress_app.command("list", cls=Command, help="help.progress.list")
@handles_errors
def progress_list(
    target_id: Annotated[
        str | None, typer.Argument(metavar="[ID]", help="help.list.target", show_default=False)
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", "-u", help="help.list.unit", show_default=False),
    ] = None,
    date_from: Annotated[
        str | None,
        typer.Option("--from", help="help.list.from", show_default=False),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option("--to", help="help.list.to", show_default=False),
    ] = None,
    output: FormatOption = OutputFormat.table,
    excel: ExcelOption = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import progress_commands

    report = progress_commands.progress_list(registry, target_id, unit, date_from, date_to, lang)
    if target_id is not None:
        from cds_tracker.app.typed_ids import take_notes

        _tell(take_notes())  # an own id that is also a carried target's old number: on stderr
    _print(report, output.value, excel)


@progress_app.command("import", cls=Command, help="help.progress.import")
@handles_errors
def progress_import(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE.xlsx...", help="help.import.files", readable=False),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.import.dry_run")] = False,
    unit: Annotated[
        str | None, typer.Option("--unit", "-u", help="help.import.unit", show_default=False)
    ] = None,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app.forms import import_forms
    from cds_tracker.output.sanitize import visible

    outcome = import_forms(registry, files, dry_run, unit, lang)
    typer.echo(visible(outcome.text), nl=False)
    for problem in outcome.problems:
        typer.echo(visible(problem), err=True)
    if outcome.problems:
        raise typer.Exit(1)
