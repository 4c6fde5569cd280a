"""The `cds` command line: parse options, call one core function, hand its result to `render`.

Heavy libraries (pydantic, ruamel.yaml, rich tables) are imported inside the commands that use them.
Unlike the other modules this one does not use `from __future__ import annotations`: typer reads
every command's annotations on every run, and evaluating them once, at import, saves it ~300
`eval` calls (a tenth of `cds --help`).
"""

import functools
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from cds_tracker import __version__
from cds_tracker.cli_language import (
    ENTRY_STATUSES,
    STATUSES,
    Command,
    Group,
    current,
    fail,
    status_code,
)
from cds_tracker.core.errors import CdsError, Text, msg

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="cds",
    cls=Group,
    help="help.app",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

RegistryOption = Annotated[
    Path | None,
    typer.Option(
        "--registry",
        help="help.registry",
        show_default=False,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option("--lang", metavar="vi|en", help="help.lang", show_default=False),
]


AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="help.as_of",
        show_default=False,
    ),
]


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class RoleChoice(str, Enum):
    directing = "directing"
    lead = "lead"
    cooperating = "cooperating"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="help.format")]


class ReminderFormat(str, Enum):
    markdown = "markdown"
    json = "json"
    docx = "docx"


class SummaryFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    docx = "docx"


class ExportFormat(str, Enum):
    xlsx = "xlsx"
    ics = "ics"
    html = "html"
    docx = "docx"


class ProblemFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


def handles_errors(command: F) -> F:
    """Expected failures become one message on stderr and their exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            if (
                "registry" in kwargs
                and not kwargs.get("paths")
                and command.__name__ != "progress_add"
            ):
                _notice_bundled(kwargs["registry"])
            result = command(*args, **kwargs)
            if getattr(kwargs.get("output"), "value", None) == "table" and "registry" in kwargs:
                _registry_footer(kwargs["registry"])
            return result
        except CdsError as error:
            fail(error)

    return wrapper  # type: ignore[return-value]


def _notice_bundled(registry: Path | None) -> None:
    """One line on stderr when the answer comes from the read-only copy bundled with cds, so
    that nobody mistakes it for their own registry (errors finding the registry come later)."""
    from cds_tracker.app.discovery import find_registry
    from cds_tracker.output.words import label

    try:
        found = find_registry(registry)
    except CdsError:
        return
    if found.bundled:
        typer.echo(label("open.bundled_notice", current(), path=found.display()), err=True)


def _registry_footer(registry: Path | None) -> None:
    """The last line of every table: which registry answered (the tables are for people)."""
    from cds_tracker.app.discovery import find_registry
    from cds_tracker.core.errors import msg

    typer.echo(f"\n{_say(msg('open.registry_line', path=find_registry(registry).display()))}")


def _say(text: Text) -> str:
    from cds_tracker.output.words import say

    return say(text, current())


def _version(value: bool) -> None:
    if value:
        from cds_tracker.app.discovery import find_registry

        typer.echo(f"cds {__version__}")
        try:
            found = find_registry(None)
        except CdsError as error:
            typer.echo(_say(error.message))
        else:
            key = "cli.version_bundled" if found.bundled else "cli.version_registry"
            typer.echo(_say(msg(key, path=found.display())))
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="help.version"),
    ] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="help.no_cache")] = False,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import cache

    cache.disable(no_cache)


@app.command(cls=Command, help="help.validate")
@handles_errors
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="help.validate.paths",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        ProblemFormat, typer.Option("--format", help="help.validate.format")
    ] = ProblemFormat.text,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app.validate import validate_paths
    from cds_tracker.output.emit import (
        problem_github,
        problem_text,
        problems_json,
        validate_summary,
    )
    from cds_tracker.output.words import resolve_lang

    language = resolve_lang(lang)
    checked = validate_paths(paths or [], registry)
    problems = checked.problems
    if output is ProblemFormat.json:
        typer.echo(problems_json(problems, language))
    elif output is ProblemFormat.github:
        for problem in problems:
            typer.echo(problem_github(problem, language))
    else:
        for problem in problems:
            typer.echo(problem_text(problem, language))
        typer.echo(validate_summary(checked.files, len(problems), language))
    if problems:
        raise typer.Exit(1)


class SchemaKind(str, Enum):
    registry = "registry"
    progress = "progress"


@app.command(cls=Command, help="help.schema")
@handles_errors
def schema(
    kind: Annotated[SchemaKind, typer.Argument(help="help.schema.kind")] = SchemaKind.registry,
) -> None:
    from cds_tracker.registry.schema import schema_text

    typer.echo(schema_text(kind.value), nl=False)


@app.command(cls=Command, help="help.init")
@handles_errors
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="help.init.folder")],
) -> None:
    from cds_tracker.app.setup import init_registry

    typer.echo(_say(init_registry(folder)))


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
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    commands.progress_add(
        registry,
        target_id,
        unit,
        status_code(status, ENTRY_STATUSES),
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
    )


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
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    _print(
        commands.progress_list(registry, target_id, unit, date_from, date_to, output.value, lang)
    )


def _print(text: str | None) -> None:
    if text is not None:
        typer.echo(text, nl=not text.endswith("\n"))


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
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    _print(commands.due(registry, month, within, not no_ongoing, as_of, output.value, lang))


@app.command(cls=Command, help="help.late")
@handles_errors
def late(
    by_unit: Annotated[bool, typer.Option("--by-unit", help="help.late.by_unit")] = False,
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    _print(commands.late(registry, by_unit, as_of, output.value, lang))


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
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    _print(commands.report(registry, unit, as_of, output.value, lang))


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
        RoleChoice | None,
        typer.Option("--role", help="help.list.role", show_default=False),
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
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    _print(
        commands.list_targets(
            registry,
            group,
            unit,
            role.value if role else None,
            status_code(status, STATUSES) if status else None,
            deadline_from,
            deadline_to,
            as_of,
            output.value,
            lang,
        )
    )


@app.command(cls=Command, help="help.show")
@handles_errors
def show(
    target_id: Annotated[str, typer.Argument(metavar="ID", help="help.target_id")],
    as_of: AsOfOption = None,
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    _print(commands.show(registry, target_id, as_of, output.value, lang))


@app.command(cls=Command, help="help.units")
@handles_errors
def units(
    output: FormatOption = OutputFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app import commands

    _print(commands.units(registry, output.value, lang))


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
    as_of: AsOfOption = None,
    registry: RegistryOption = None,
) -> None:
    from cds_tracker.app import commands

    fmt = output.value
    _print(commands.remind(registry, month, as_of, report_by, out, force, fmt, unit, send, dry_run))


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
    _print(commands.summary(registry, as_of, fmt, lang, out, force))


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
) -> None:
    from cds_tracker.app import commands

    typer.echo(commands.export(registry, output.value, out, force, as_of), nl=False)


def main() -> None:
    """Console entry point: Ctrl-C exits 130; an unexpected error is logged, not shown raw."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8")
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        typer.echo(_say(msg("cli.interrupted")), err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: never a traceback in the user's face
        log = _write_crash_log(exc)
        typer.echo(_say(msg("cli.internal", error=repr(exc), log=log)), err=True)
        sys.exit(3)


def _write_crash_log(exc: BaseException) -> str:
    import tempfile
    import traceback

    try:
        with tempfile.NamedTemporaryFile(
            "w", prefix="cds-crash-", suffix=".log", delete=False, encoding="utf-8"
        ) as handle:
            traceback.print_exception(exc, file=handle)
            return handle.name
    except OSError:
        return _say(msg("cli.no_log"))
