"""`--all-plans` where one plan must be chosen, and the commands the hint gives instead.

With `--plan` or `--registry`: one plan and every plan asked at once, refused (exit 2) as
`--plan` with `--registry` is, never one of them silently dropped (clerk21 F4). With `report
--out` (a Word or Excel file holds one plan's report): refused, the hint one command per plan
of the workspace, each writing its own file of the kind asked for (clerk21 F5). The commands are
the clerk's own line (`language.typed`) less or plus an option, so they run as printed.
"""

from __future__ import annotations

from pathlib import Path

from cds_tracker.cli.typed_commands import line_typed, without, word
from cds_tracker.core.errors import Msg, UsageError, msg


def one_plan_or_all(registry: Path | None, plan: str | None) -> None:
    """Refuse `--all-plans` given with a registry (`--registry PATH`) or a plan (`--plan`)."""
    if registry is None and plan is None:
        return
    option = ("--plan", plan) if plan is not None else ("--registry", str(registry))
    named = " ".join(option)
    raise UsageError(msg("cli.all_plans_and_one", option=named), hint=_hint(option))


def _hint(option: tuple[str, str]) -> Msg:
    """The typed line without --all-plans (that plan alone) and without the plan's option
    (every plan), each a command to run; the options to drop when a word of the line has no
    printable form (core/command_words.py)."""
    line = line_typed()
    one = without(line, "--all-plans", False)
    every = without(line, option[0], True)
    words = [word(a) for a in (*one, *every)]
    if not line or any(w is None for w in words):
        return msg("cli.hint.all_plans_drop", option=" ".join(option))
    said = [str(w) for w in words]
    return msg(
        "cli.hint.all_plans_and_one",
        one=" ".join(["cds", *said[: len(one)]]),
        every=" ".join(["cds", *said[len(one) :]]),
    )


def one_file_per_plan(out: Path | None, fmt: str) -> None:
    """Refuse `report --all-plans` writing a file (`--out`, `-f docx|xlsx`): the hint one
    command per plan, `--plan NAME --out STEM-NAME.EXT` keeping the user's extension (.md,
    .csv and .json too: never renamed to .docx, which `-f csv` refuses — a23-02)."""
    from cds_tracker.app import workspace
    from cds_tracker.cli.language import current

    plans = [plan.name for plan in workspace.all_plans(option="--all-plans")]
    from cds_tracker.app.unit_documents import SUFFIXES, out_format

    if out is not None and out.suffix:  # the user's own kind of file, if report writes it
        out_format(out, fmt)  # a name that does not fit -f is refused as for one plan
        suffix = out.suffix
    else:  # -f docx|xlsx alone, or a name with no suffix: the format's usual one, else Word
        suffix = SUFFIXES[fmt][0] if fmt in SUFFIXES else ".docx"
    base = out or Path("bao-cao" if current() == "vi" else "report")
    typed = line_typed()
    line = without(without(typed, "--out", True), "-o", True)
    commands: list[str] = []
    for name in plans:
        path = str(base.with_name(f"{base.stem if base.suffix else base.name}-{name}{suffix}"))
        args = [*(["--plan", name] if a == "--all-plans" else [a] for a in line)]
        words = [w for a in args for w in a] + ["--out", path]
        said = [word(w) for w in words]
        if not typed or any(w is None for w in said):
            commands = []
            break
        commands.append(" ".join(["cds", *(str(w) for w in said)]))
    hint = (
        msg("report.hint.out_each_plan", commands="; ".join(commands))
        if commands
        else msg("report.hint.out_all_plans", suffix=suffix)
    )
    raise UsageError(msg("report.out_all_plans"), hint=hint)
