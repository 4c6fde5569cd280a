"""Commands for plans as documents: `import` an appendix, `diff` plans, list `plans`, `carry-over`.

(No `from __future__ import annotations`: typer reads the annotations on every run, and
evaluating them once, at import, saves it ~300 `eval` calls, a tenth of `cds --help`.)
"""

import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cds_tracker.cli.app import (
    AsOfOption,
    LangOption,
    RegistryOption,
    app,
    handles_errors,
)
from cds_tracker.cli.language import Command

PairOption = Annotated[
    list[str] | None,
    typer.Option("--pair", metavar="OLD=NEW", help="help.pair", show_default=False),
]


class PlanFormat(str, Enum):
    """What `diff` and `plans` write: no markdown or docx, so those are refused (exit 2, the
    formats listed) instead of accepted and answered with the table."""

    table = "table"
    json = "json"


if TYPE_CHECKING:
    from cds_tracker.app.carry_json import Status as CarryStatus
    from cds_tracker.app.revise_json import Status
    from cds_tracker.app.revising import Proposal
    from cds_tracker.output.words import Lang


@app.command("import", cls=Command, help="help.plan_import")
@handles_errors
def import_(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="help.plan_import.file", readable=False)
    ],
    out_text: Annotated[
        str | None,  # as typed: "x.yaml/" names a folder, which Path would read as "x.yaml"
        typer.Option(
            "--out", "-o", metavar="PATH", help="help.plan_import.out", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.plan_import.force")] = False,
    revise: Annotated[bool, typer.Option("--revise", help="help.plan_import.revise")] = False,
    on: Annotated[
        str | None,
        typer.Option("--on", metavar="DATE", help="help.plan_import.on", show_default=False),
    ] = None,
    reason: Annotated[
        str | None, typer.Option("--reason", help="help.plan_import.reason", show_default=False)
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="help.plan_import.yes")] = False,
    registry: RegistryOption = None,
    lang: LangOption = None,
    pair: PairOption = None,
    indicators: Annotated[
        bool, typer.Option("--indicators", help="help.plan_import.indicators")
    ] = False,
    # Not named `output`: the command's words end without the registry footer of the tables.
    shape: Annotated[
        PlanFormat, typer.Option("--format", "-f", help="help.plan_import.format")
    ] = PlanFormat.table,
) -> None:
    from cds_tracker.app.importing import run_import

    json = shape.value == "json"
    out = _file_out(out_text)
    _revise_options(revise, out, force, on, reason, yes, indicators, json)
    if pair and not revise:
        from cds_tracker.core.errors import UsageError, msg

        raise UsageError(msg("revise.only_with", option="--pair"))
    if revise:
        _revise(file, registry, on, reason, yes, lang, json, tuple(pair or ()))
        return
    outcome = run_import(file, out, registry, force, lang, indicators)
    if outcome.yaml is not None:
        typer.echo(outcome.yaml, nl=False)
    from cds_tracker.output.sanitize import visible

    for message in outcome.messages:
        typer.echo(visible(message), err=True)
    if outcome.failed:
        raise typer.Exit(1)


def _file_out(text: str | None) -> Path | None:
    """`--out` names the registry file to write: one that ends with a slash names a folder."""
    if text is None:
        return None
    if text.endswith(("/", os.sep)):
        from cds_tracker.core.errors import UsageError, msg

        raise UsageError(msg("import.out_folder", out=text), hint=msg("import.hint.out_folder"))
    return Path(text)


def _revise_options(
    revise: bool,
    out: Path | None,
    force: bool,
    on: str | None,
    reason: str | None,
    yes: bool,
    indicators: bool,
    json: bool,
) -> None:
    from cds_tracker.core.errors import UsageError, msg

    if revise:  # a revision keeps the registry's indicators: --indicators proposes new ones
        given_with = (("--out", out is not None), ("--force", force))
        for option, given in given_with:
            if given:
                raise UsageError(
                    msg("revise.not_with", option=option), hint=msg("revise.hint.not_with")
                )
        if indicators:
            raise UsageError(
                msg("revise.not_with", option="--indicators"),
                hint=msg("revise.hint.not_with_indicators"),
            )
        return
    if out is not None and out.is_file():  # said at the first refusal, --force or not
        from cds_tracker.core.command_words import name_word
        from cds_tracker.progress.files import progress_files

        if reports := len(progress_files(out)):  # replacing it would orphan their entries
            raise UsageError(
                msg("revise.out_has_progress", path=out, count=reports),
                hint=msg("revise.hint.out_has_progress", path=name_word(str(out))),
            )
    for option, value in (
        ("--on", on is not None),
        ("--reason", reason is not None),
        ("--yes", yes),
        ("--format json", json),
    ):
        if value:
            raise UsageError(msg("revise.only_with", option=option))


def _revise(
    file: Path,
    registry: Path | None,
    on: str | None,
    reason: str | None,
    yes: bool,
    lang: str | None,
    json: bool,
    pairs: tuple[str, ...],
) -> None:
    """Show what the revision changes, then write it once confirmed (exit 1 while anything
    it wrote still needs a decision, as a plain import). A table whose problems would be
    written as `needs_review` lines is shown, then refused (exit 1): the plan in use stays
    usable. As JSON nothing is asked: without --yes it is the proposal, nothing written."""
    from cds_tracker.app.revising import prepare, write
    from cds_tracker.output.sanitize import visible
    from cds_tracker.output.words import label, resolve_lang

    language = resolve_lang(lang)
    proposal = prepare(file, registry, on, reason, lang, pairs)
    if json:
        _revise_json(proposal, yes, lang)
        return
    typer.echo(visible(proposal.text), nl=False)
    if proposal.refused:  # the table's problems would block the plan: said, nothing asked
        write(proposal, lang)  # refuses (app/revising.py)
    if not proposal.anything:
        typer.echo(label("revise_nothing", language))
        return
    if not yes and not _confirmed(label("revise_confirm", language), language):
        typer.echo(label("carry_not_written", language))
        return
    typer.echo(visible(write(proposal, lang)))
    if proposal.marked:
        raise typer.Exit(1)


def _revise_json(proposal: "Proposal", yes: bool, lang: str | None) -> None:
    from cds_tracker.app.revise_json import revision_json
    from cds_tracker.app.revising import write
    from cds_tracker.output.words import resolve_lang

    status: Status = "proposed"
    if proposal.refused:  # never written, --yes or not: exit 1
        status = "refused"
    elif not proposal.anything:
        status = "unchanged"
    elif yes:
        write(proposal, lang)
        status = "written"
    language = resolve_lang(lang)
    said = revision_json(proposal.facts, proposal.revision, status, proposal.marked, language)
    typer.echo(said, nl=False)
    if status == "refused" or (status == "written" and proposal.marked):
        raise typer.Exit(1)


@app.command(cls=Command, help="help.diff")
@handles_errors
def diff(
    old: Annotated[
        str,
        typer.Argument(metavar="OLD", help="help.diff.old"),
    ],
    new: Annotated[str, typer.Argument(metavar="NEW", help="help.diff.new")],
    output: Annotated[
        PlanFormat, typer.Option("--format", "-f", help="help.diff.format")
    ] = PlanFormat.table,
    # Not named `registry`: the registry in use only lends its catalog to read a Word or Excel
    # side, so no notice that the bundled one answers (handles_errors) when two files compare.
    catalog: RegistryOption = None,
    lang: LangOption = None,
    pair: PairOption = None,
) -> None:
    from cds_tracker.app.diffing import diff as run_diff

    fmt = "json" if output.value == "json" else "text"
    done = run_diff(old, new, catalog, fmt, lang, tuple(pair or ()))
    for line in done.warnings:  # before the diff, apart from it: a program reads stdout
        typer.echo(line, err=True)
    typer.echo(done.text, nl=False)
    if done.invalid:  # compared anyway, then said: the diff may rest on a misread file
        from cds_tracker.core.errors import CdsError, msg

        sides = ", ".join(done.invalid)
        raise CdsError(
            msg("diff.invalid", sides=sides), hint=msg("diff.hint.invalid", side=done.invalid[0])
        )


@app.command(cls=Command, help="help.plans")
@handles_errors
def plans(
    as_of: AsOfOption = None,
    output: Annotated[
        PlanFormat, typer.Option("--format", "-f", help="help.plans.format")
    ] = PlanFormat.table,
    lang: LangOption = None,
) -> None:
    from cds_tracker.app.plans import plans as list_plans

    done = list_plans(as_of, "json" if output.value == "json" else "table", lang)
    typer.echo(done.text, nl=False)
    if done.left_out is not None:  # listed with the others; the data still has to be fixed
        raise done.left_out


@app.command("carry-over", cls=Command, help="help.carry_over")
@handles_errors
def carry_over(
    source: Annotated[
        str,
        typer.Option("--from", metavar="PLAN", help="help.carry_over.from", show_default=False),
    ],
    destination: Annotated[
        str, typer.Option("--to", metavar="PLAN", help="help.carry_over.to", show_default=False)
    ],
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", metavar="DATE", help="help.carry_over.as_of", show_default=False),
    ] = None,
    deadline: Annotated[
        str | None,
        typer.Option(
            "--deadline", metavar="MONTH|DATE", help="help.carry_over.deadline", show_default=False
        ),
    ] = None,
    group: Annotated[
        list[str] | None,
        typer.Option(
            "--group", metavar="OLD=NEW", help="help.carry_over.group", show_default=False
        ),
    ] = None,
    skip: Annotated[
        list[str] | None,
        typer.Option("--skip", metavar="ID", help="help.carry_over.skip", show_default=False),
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="help.carry_over.yes")] = False,
    lang: LangOption = None,
    shape: Annotated[
        PlanFormat, typer.Option("--format", "-f", help="help.carry_over.format")
    ] = PlanFormat.table,
) -> None:
    from cds_tracker.app.carrying import prepare, write
    from cds_tracker.output.emit import render
    from cds_tracker.output.sanitize import visible
    from cds_tracker.output.words import label, resolve_lang

    language = resolve_lang(lang)
    carry = prepare(
        source, destination, as_of, lang, deadline, tuple(group or ()), tuple(skip or ())
    )
    if shape.value == "json":  # nothing asked: without --yes, only the proposal
        from cds_tracker.app.carry_json import carry_json

        said: CarryStatus = "all_skipped" if carry.skipped else "nothing"
        if carry.anything:
            said = "written" if yes else "proposed"
            if yes:
                write(carry, lang)
        typer.echo(carry_json(carry, said), nl=False)
        return
    if not carry.anything:  # one plain line: no empty table, no question, nothing written
        typer.echo(carry.nothing(language))
        return
    shown = render(carry.report, "table")  # fitted to the screen, made safe there
    typer.echo(shown, nl=not shown.endswith("\n"), color=True)
    if not yes and not _confirmed(label("carry_confirm", language), language):
        typer.echo(label("carry_not_written", language))
        return
    typer.echo(visible(write(carry, lang)))


def _confirmed(question: str, lang: "Lang") -> bool:
    """Yes only when a person says so (c/có/y/yes, in either language); k/không/n/no, an empty
    answer or the end of input mean no; anything else is asked again."""
    from cds_tracker.core.text import fold
    from cds_tracker.output.words import label

    prompt = f"{question} {label('confirm_choices', lang)}"
    while True:
        try:
            answer = fold(typer.prompt(prompt, default="", show_default=False)).strip()
        except typer.Abort:
            typer.echo()
            return False
        if answer in ("c", "co", "y", "yes", "ok"):
            return True
        if answer in ("", "k", "khong", "n", "no"):
            return False
        typer.echo(label("confirm_again", lang))
