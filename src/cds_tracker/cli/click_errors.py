"""click's usage errors in our words: its message as one of the catalogue's (`cds: lỗi: không
có tùy chọn --foo`) and the hint under it. Split from cli/language.py, which a warm `cds due`
loads: this is imported only when click refuses a command line.
"""

from __future__ import annotations

import re
from typing import Any

from typer._click import exceptions as click_exceptions

from cds_tracker.cli.language import words
from cds_tracker.core.errors import Msg, Text, msg


def help_hint(error: Any) -> Msg | None:
    ctx = getattr(error, "ctx", None)
    return msg("cli.hint.help", command=ctx.command_path) if ctx is not None else None


def quote_hint(error: Any, given: list[str]) -> Msg | None:
    """`--unit Y tế`: the shell split the name at its space, and click calls "tế" an extra
    argument; the hint shows the option with its value in quotes, as it should have been typed."""
    found = re.match(_EXTRA, getattr(error, "message", ""))
    ctx = getattr(error, "ctx", None)
    if found is None or ctx is None:
        return None
    takes_value = {
        opt for p in ctx.command.params if not getattr(p, "is_flag", True) for opt in p.opts
    }
    for i, token in enumerate(given[:-1]):
        option, joined, first = token.partition("=")  # --unit=Y tế
        value, after = (first, i + 1) if joined else (given[i + 1], i + 2)
        quoted = " " in value  # the user quoted it: the extra word is something else
        if (
            option in takes_value
            and not quoted
            and " ".join(given[after:]).startswith(found["args"])
        ):
            return msg("cli.hint.quote", option=option, value=f"{value} {found['args']}")
    return None


# click's wordings, compiled by `re` when an error is to be said (none on a good run)
_CHOICE = r"^'?(?P<value>.*?)'? is not one of "
_INTEGER = r"^'?(?P<value>.*?)'? is not a valid integer"
_RANGE = r"^(?P<value>\S+) is not in the range"
# click says "argument", "arguments" or (the click typer vendors) "argument(s)"
_EXTRA = r"^Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)"


def click_message(error: Any) -> Text:
    """click's usage error as one of our messages (quoting its English only when we know no
    better)."""
    exceptions = click_exceptions
    param = getattr(error, "param", None)
    name = _param_name(param)
    if isinstance(error, exceptions.NoSuchOption):
        return msg("cli.no_such_option", name=error.option_name)
    if isinstance(error, exceptions.BadOptionUsage):
        if "does not take a value" in error.message:  # a switch given a value: --no-ongoing=3
            return msg("cli.takes_no_value", name=error.option_name)
        return msg("cli.needs_value", name=error.option_name)
    if isinstance(error, exceptions.MissingParameter):
        return msg("cli.missing", name=name)
    if isinstance(error, exceptions.BadParameter):
        text = error.message
        choices = getattr(getattr(param, "type", None), "choices", None)
        found = re.match(_CHOICE, text)
        if choices and found:
            listed = ", ".join(str(getattr(c, "value", c)) for c in choices)
            return msg("cli.bad_choice", name=name, value=found["value"], choices=listed)
        if found := re.match(_INTEGER, text):
            return msg("cli.not_integer", name=name, value=found["value"])
        if found := re.match(_RANGE, text):
            return msg("cli.out_of_range", name=name, value=found["value"])
        return msg("cli.bad_value", name=name)
    if found := re.match(_EXTRA, error.message):
        return msg("cli.extra", args=found["args"])
    return msg("cli.bad_usage", detail=str(error.message))


def _param_name(param: Any) -> str:
    if param is None:
        return ""
    opts = [o for o in getattr(param, "opts", ()) if o.startswith("--")]
    if opts:
        return str(opts[0])
    # An argument by its metavar, in the run's language, as its --help shows it: TỆP. A
    # metavar is looked up as written before click's upper case ("FILE.xlsx..." is a catalogue
    # key, "FILE.XLSX..." none: the English placeholder was said in Vietnamese, a11-06).
    written = str(getattr(param, "human_readable_name", param.name))
    name = written.upper()
    return words(written) or words(name) or name
