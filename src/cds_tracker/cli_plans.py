"""Commands for plans as documents: import an appendix, compare plans, list them, carry over.

Registered on the same `app` as the others (see cli.py, which imports this module); like cli.py,
this module evaluates its annotations at import, for typer.
"""

from pathlib import Path
from typing import Annotated

import typer

from cds_tracker.cli import (
    AsOfOption,
    LangOption,
    RegistryOption,
    SummaryFormat,
    app,
    handles_errors,
)


@app.command("import")
@handles_errors
def import_(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="The appendix as .docx (Word) or .xlsx (Excel).")
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Registry file to write (default: print it).", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """Read a plan's appendix table from Word or Excel and write it as a registry.

    Columns are found by their titles; units are resolved with the catalog of the registry in use.
    Each cell it cannot read is reported as file:table:row:column and marked needs_review, which
    cds validate flags until a person decides. Exit 1 when anything needs a decision.

    Example:

        cds import ke-hoach-2024.docx --out plans/2024/phu_luc_01.yaml
    """
    from cds_tracker.app.importing import run_import

    outcome = run_import(file, out, registry, force, lang)
    if outcome.yaml is not None:
        typer.echo(outcome.yaml, nl=False)
    for message in outcome.messages:
        typer.echo(message, err=True)
    if outcome.failed:
        raise typer.Exit(1)


@app.command()
@handles_errors
def diff(
    old: Annotated[
        str,
        typer.Argument(metavar="OLD", help="Registry .yaml, folder, plan name, or .docx/.xlsx."),
    ],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The same kinds, compared with OLD.")],
    output: Annotated[
        SummaryFormat, typer.Option("--format", "-f", help="table (text, default) or json.")
    ] = SummaryFormat.table,
    registry: RegistryOption = None,
    lang: LangOption = None,
) -> None:
    """What changed between two plans: targets added, removed, and changed field by field.

    Texts are compared word by word: [-removed-]{+added+}. A .docx/.xlsx appendix is read as
    cds import reads it, without writing anything.

    Example:

        cds diff plans/2024/phu_luc_01.yaml ke-hoach-2024-sua-doi.docx
    """
    from cds_tracker.app.plans import diff as run_diff

    typer.echo(
        run_diff(old, new, registry, "json" if output.value == "json" else "text", lang), nl=False
    )


@app.command()
@handles_errors
def plans(
    as_of: AsOfOption = None,
    output: Annotated[
        SummaryFormat, typer.Option("--format", "-f", help="table (default) or json.")
    ] = SummaryFormat.table,
    lang: LangOption = None,
) -> None:
    """The plans of this workspace (plans/<name>/phu_luc_01.yaml) with targets counted by status.

    Example:

        cds plans --as-of 31/12/2023
    """
    from cds_tracker.app.plans import plans as list_plans

    typer.echo(list_plans(as_of, "json" if output.value == "json" else "table", lang), nl=False)


@app.command("carry-over")
@handles_errors
def carry_over(
    source: Annotated[
        str,
        typer.Option(
            "--from", help="The plan whose unfinished targets carry over.", show_default=False
        ),
    ],
    destination: Annotated[
        str, typer.Option("--to", help="The plan that receives them.", show_default=False)
    ],
    as_of: AsOfOption = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Write without asking.")] = False,
    lang: LangOption = None,
) -> None:
    """Propose a plan's unfinished targets as entries of the next; write them once confirmed.

    Each keeps its origin as carried_from (e.g. 2023/II.4); a target already carried is skipped.

    Example:

        cds carry-over --from 2023 --to 2024 --as-of 31/12/2023
    """
    from cds_tracker.app.carrying import prepare, write
    from cds_tracker.output.words import label, resolve_lang

    language = resolve_lang(lang)
    carry = prepare(source, destination, as_of, lang)
    typer.echo(carry.text, nl=False)
    if not carry.proposals:
        typer.echo(label("carry_nothing", language))
        return
    if not yes and not _confirmed(label("carry_confirm", language)):
        typer.echo(label("carry_not_written", language))
        return
    typer.echo(write(carry, lang))


def _confirmed(question: str) -> bool:
    """Yes only when a person says so; no answer (end of input) means no."""
    try:
        return typer.confirm(question, default=False)
    except typer.Abort:
        typer.echo()
        return False
