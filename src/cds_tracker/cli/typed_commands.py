"""The clerk's own command line, rewritten into the commands a hint gives (less an option, one
value for another), so that each runs as printed: `--all-plans` with a plan (cli/plan_choice.py)
and a unit not made yet on the day asked (`units_instead`). Every word is printed as
core/command_words.py allows, or the hint keeps its words without a command.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cds_tracker.core.errors import CdsError, Msg, msg

if TYPE_CHECKING:
    from cds_tracker.output.words import Lang


def line_typed() -> list[str]:
    """This run's line after `cds` (cli/language.py `typed`), `--x=v` as `--x v`."""
    from cds_tracker.cli.language import typed

    return [piece for arg in typed for piece in _split(arg)]


# a hint listing the units that answered for a unit not made yet → its words with commands
_WITH_COMMANDS = {
    "unit.hint.ask_before": "unit.hint.ask_before_commands",
    "unit.hint.report_before": "unit.hint.report_before_commands",
}


def units_instead(error: CdsError, lang: Lang) -> None:
    """A unit not made yet on the day (registry/unit_absence.absence_hint): its hint's `--unit`
    words become the clerk's own command once per unit that answered that day, `--unit` the
    only word changed (clerk21 F3). Left as it is when a word cannot be printed."""
    hint = error.hint
    if not isinstance(hint, Msg) or hint.key not in _WITH_COMMANDS:
        return
    values = dict(hint.values)
    before = values.get("before")
    line = line_typed()
    spots = [i for i, arg in enumerate(line[:-1]) if arg in ("--unit", "-u")]
    if not isinstance(before, tuple) or len(spots) != 1 or "--" in line[: spots[0]]:
        return
    commands: list[str] = []
    for name in before:
        args = [*line[: spots[0] + 1], str(name), *line[spots[0] + 2 :]]
        said = [word(arg) for arg in args]
        if any(w is None for w in said):
            return
        commands.append(" ".join(["cds", *(str(w) for w in said)]))
    from cds_tracker.output.words import label

    either = f" {label('unit.hint.or_word', lang)} ".join(commands)
    error.hint = msg(_WITH_COMMANDS[hint.key], **{**values, "commands": either})


_OPTION = re.compile(r"--?[a-z][a-z-]*")  # an option's name: read alike everywhere, unquoted


def word(arg: str) -> str | None:
    """`arg` as one word of the printed command: an option's name bare, a value as
    core/command_words.py prints it (None: it has no printable form)."""
    from cds_tracker.core.command_words import command_word

    return arg if _OPTION.fullmatch(arg) else command_word(arg)


def _split(arg: str) -> list[str]:
    """`--plan=2024` as `--plan 2024`: the option's name printed bare, its value as a value."""
    name, eq, value = arg.partition("=")
    return [name, value] if eq and _OPTION.fullmatch(name) else [arg]


def without(args: list[str], name: str, with_value: bool) -> list[str]:
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
