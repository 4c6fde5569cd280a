"""Commands about the registry files themselves: `validate`, `schema`, `init`.

(No `from __future__ import annotations`: typer reads the annotations on every run, and
evaluating them once, at import, saves it ~300 `eval` calls, a tenth of `cds --help`.)
"""

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from cds_tracker.cli.app import (
    LangOption,
    RegistryOption,
    _say,
    app,
    handles_errors,
)
from cds_tracker.cli.language import Command


class ProblemFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


@app.command(cls=Command, help="help.validate")
@handles_errors
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="help.validate.paths",
            show_default=False,
            readable=False,  # said by cds in the reader's words (core/files.py check_named)
        ),
    ] = None,
    output: Annotated[
        ProblemFormat, typer.Option("--format", help="help.validate.format")
    ] = ProblemFormat.text,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app.validate import validate_paths
    from cds_tracker.output.problems import (
        problem_github,
        problems_json,
        problems_text,
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
        for text in problems_text(problems, language):  # a hint once per run
            typer.echo(text)
        wrong = len({problem.file for problem in problems})  # the files the problems are in
        typer.echo(validate_summary(checked.files, len(problems), language, wrong))
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
    folder: Annotated[str, typer.Argument(metavar="DIR", help="help.init.folder")],
) -> None:
    from cds_tracker.app.setup import init_command
    from cds_tracker.core.errors import UsageError, msg

    if not folder:  # Path("") is "."; an empty name is a mistake, not the current folder
        raise UsageError(msg("init.empty"), hint=msg("init.hint.folder"))
    typer.echo(_say(init_command(Path(folder))))


@app.command(cls=Command, help="help.sync")
@handles_errors
def sync(registry: RegistryOption = None, lang: LangOption = None) -> None:
    from cds_tracker.app.sync import sync as run_sync
    from cds_tracker.output.sanitize import visible

    typer.echo(visible(run_sync(registry, lang)), nl=False)
