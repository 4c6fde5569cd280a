"""`--all-plans` where one plan must be chosen, and the commands the hint gives instead.

With `--plan` or `--registry`: one plan and every plan asked at once, refused (exit 2) as
`--plan` with `--registry` is, never one of them silently dropped (clerk21 F4). With `report
--out` (a Word or Excel file holds one plan's report): refused, the hint one command per plan
of the workspace, each writing its own file of the kind asked for (clerk21 F5). The commands are
the clerk's own line (`language.typed`) less or plus an option, so they run as printed.
"""

from __future__ import annotations

import re
from pathlib import Path

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
    from cds_tracker.cli.language import typed

    line = [piece for arg in typed for piece in _split(arg)]
    one = _without(line, "--all-plans", False)
    every = _without(line, option[0], True)
    words = [_word(a) for a in (*one, *every)]
    if not typed or any(word is None for word in words):
        return msg("cli.hint.all_plans_drop", option=" ".join(option))
    said = [str(word) for word in words]
    return msg(
        "cli.hint.all_plans_and_one",
        one=" ".join(["cds", *said[: len(one)]]),
        every=" ".join(["cds", *said[len(one) :]]),
    )


def one_file_per_plan(out: Path | None, fmt: str) -> None:
    """Refuse `report --all-plans` writing a file (`--out`, `-f docx|xlsx`): the hint one
    command per plan, `--plan NAME --out STEM-NAME.EXT` with the extension asked for."""
    from cds_tracker.app import workspace
    from cds_tracker.cli.language import current, typed

    plans = [plan.name for plan in workspace.all_plans(option="--all-plans")]
    suffix = out.suffix if out is not None and out.suffix else f".{fmt}"
    if suffix not in (".docx", ".xlsx"):
        suffix = ".docx"  # a screen's format with --out and no suffix: a Word report
    base = out or Path("bao-cao" if current() == "vi" else "report")
    line = _without([piece for arg in typed for piece in _split(arg)], "--out", True)
    line = _without(line, "-o", True)
    commands: list[str] = []
    for name in plans:
        path = str(base.with_name(f"{base.stem if base.suffix else base.name}-{name}{suffix}"))
        args = [*(["--plan", name] if a == "--all-plans" else [a] for a in line)]
        words = [w for a in args for w in a] + ["--out", path]
        said = [_word(w) for w in words]
        if not typed or any(word is None for word in said):
            commands = []
            break
        commands.append(" ".join(["cds", *(str(word) for word in said)]))
    hint = (
        msg("report.hint.out_each_plan", commands="; ".join(commands))
        if commands
        else msg("report.hint.out_all_plans", suffix=suffix)
    )
    raise UsageError(msg("report.out_all_plans"), hint=hint)


_OPTION = re.compile(r"--?[a-z][a-z-]*")  # an option's name: read alike everywhere, unquoted


def _word(arg: str) -> str | None:
    """`arg` as one word of the printed command: an option's name bare, a value as
    core/command_words.py prints it (None: it has no printable form)."""
    from cds_tracker.core.command_words import command_word

    return arg if _OPTION.fullmatch(arg) else command_word(arg)


def _split(arg: str) -> list[str]:
    """`--plan=2024` as `--plan 2024`: the option's name printed bare, its value as a value."""
    name, eq, value = arg.partition("=")
    return [name, value] if eq and _OPTION.fullmatch(name) else [arg]


def _without(args: list[str], name: str, with_value: bool) -> list[str]:
    """`args` less the option `name` (`--plan 2024`, `--plan=2024`; its value too if it takes
    one); words after `--` are values, kept."""
    kept: list[str] = []
    skip = False
    for i, arg in enumerate(args):
        if skip:
            skip = False
            continue
        if arg == "--":
            return kept + args[i:]
        if arg == name:
            skip = with_value
            continue
        kept.append(arg)
    return kept
