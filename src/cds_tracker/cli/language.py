"""The command line in the reader's language: `--help`, typer's and click's words, usage errors.

The language is known before anything is printed: the root command reads `--lang` (wherever it
stands on the line) or CDS_LANG first, refuses an unknown one (exit 2), and keeps it for this run.
Help texts are catalogue keys put into words when help is shown; click's usage errors are turned
into catalogue messages and printed like every other error, as `cds: lỗi: …` with a hint.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import typer
import typer.core
from typer._click import exceptions as click_exceptions

from cds_tracker.core.errors import EXIT_USAGE, CdsError, UsageError, msg
from cds_tracker.output.words import Lang, catalogue, label, parse_lang, run_lang, say

_chosen: list[Lang] = ["vi"]
typed: list[str] = []  # this run's command line after `cds`, as typed: hints rewrite it


def current() -> Lang:
    """The language of this run (Vietnamese until the command line says otherwise)."""
    return _chosen[0]


def choose(args: Sequence[str], environ: dict[str, str] | os._Environ[str] | None = None) -> Lang:
    """The language asked for by the last `--lang` of `args`, else CDS_LANG, else Vietnamese;
    raises `UsageError` for a language we do not speak."""
    env = os.environ if environ is None else environ
    asked = _lang_option(args)
    if asked is None and env.get("CDS_LANG", "").strip():  # a blank CDS_LANG is no choice
        asked = ("CDS_LANG", env["CDS_LANG"])
    if asked is None:
        return "vi"
    lang = parse_lang(asked[1])
    if lang is None:
        raise UsageError(msg("cli.bad_lang", source=asked[0], value=asked[1]), msg("cli.hint.lang"))
    return lang


def _lang_option(args: Sequence[str]) -> tuple[str, str] | None:
    """The last `--lang X` (or `--lang=X`) of the line, before any `--`."""
    asked: tuple[str, str] | None = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            asked = ("--lang", args[i + 1])
        elif arg.startswith("--lang="):
            asked = ("--lang", arg.partition("=")[2])
    return asked


def _without_lang(args: list[str]) -> list[str]:
    """The line without its `--lang X` options (before any `--`): the run's language is chosen."""
    kept: list[str] = []
    skip = False
    for i, arg in enumerate(args):
        if skip:
            skip = False
        elif arg == "--":
            return kept + args[i:]
        elif arg == "--lang" and i + 1 < len(args):
            skip = True
        elif not arg.startswith("--lang="):
            kept.append(arg)
    return kept


def words(text: str | None, lang: Lang | None = None) -> str | None:
    """A help text in words: a catalogue key becomes its words, anything else stays."""
    if text is None or text not in catalogue():
        return text
    return label(text, lang or current())


def fail(error: CdsError, lang: Lang | None = None) -> None:
    """Print an expected failure as `cds: lỗi: …`, its problems and its hint; exit with its code."""
    from cds_tracker.output.problems import problems_text
    from cds_tracker.output.sanitize import visible

    lang = lang or current()
    typer.echo(f"{label('cli.error', lang)}: {visible(say(error.message, lang))}", err=True)
    for text in problems_text(getattr(error, "problems", ()), lang):  # a hint once per run
        typer.echo(text, err=True)
    if error.hint:
        typer.echo(f"  {label('hint', lang)}: {visible(say(error.hint, lang))}", err=True)
    raise typer.Exit(error.exit_code)


# The --status words a user may type map onto the one status vocabulary (core.statuses).
from cds_tracker.core.statuses import ENTRY_STATUSES, STATUSES  # noqa: E402


def status_code(text: str, codes: Sequence[str], registry: Path | None = None) -> str:
    """The status code meant by `text`: the code itself, its words in either language or a
    common synonym ("trễ hạn"), with or without diacritics, in any case ("hoàn thành", "Hoan
    thanh", "done", "in progress"). A status cds computes (late, ongoing…) where only what a
    unit did can be given (`progress add`) is refused with a hint that says so, its `cds list`
    command on the registry the run chose (`registry`: the command's --registry)."""
    from cds_tracker.core.statuses import SYNONYMS

    found = _spelled(text, STATUSES, SYNONYMS)
    if found is not None and found in codes:
        return found
    shown = ", ".join(f"{label(c, current()).lower()} ({c})" for c in codes)
    if found is not None:
        raise UsageError(
            msg("cli.computed_status", value=text),
            msg("cli.hint.computed_status", options=shown, value=text, again=_again(registry)),
        )
    raise UsageError(msg("cli.bad_status", value=text), msg("cli.hint.status", options=shown))


def _again(registry: Path | None) -> str:
    """ " --registry kh", " --plan 2024" or "": the option a hint's command needs to choose the
    registry this run chose (app/discovery.again); "" when there is none to choose again (a
    --registry that does not exist is said by the command itself)."""
    from cds_tracker.app.discovery import again, find_registry
    from cds_tracker.core.errors import CdsError

    try:
        option = again(find_registry(registry))
    except CdsError:
        return ""
    return f" {option}" if option else ""


def role_code(text: str) -> str:
    """The role meant by `text`: its code or its words ("chủ trì", "chu tri", "chỉ đạo", "phối
    hợp", "lead"…), with or without diacritics."""
    from cds_tracker.core.field_types import ROLES

    synonyms = {"directing": ("chỉ đạo", "trực tiếp chỉ đạo", "direct")}
    found = _spelled(text, ROLES, synonyms)
    if found is None:
        shown = ", ".join(f"{label(r, current()).lower()} ({r})" for r in ROLES)
        raise UsageError(msg("cli.bad_role", value=text), msg("cli.hint.status", options=shown))
    return found


def _spelled(
    text: str, codes: Sequence[str], synonyms: Mapping[str, tuple[str, ...]]
) -> str | None:
    from cds_tracker.core.text import fold

    wanted = fold(text.replace("_", " ").replace("-", " "))
    for code in codes:
        spellings = (code.replace("_", " "), label(code, "vi"), label(code, "en"))
        if wanted in {fold(s) for s in (*spellings, *synonyms.get(code, ()))}:
            return code
    return None


# What an option's value is, by the option's name, else by its type: a catalogue key each
# (output/helps.py), so help shows `--as-of NGÀY`, `--out ĐƯỜNG_DẪN`, `--note VĂN_BẢN`.
_METAVAR_BY_NAME = {
    "as_of": "DATE",
    "date": "DATE",
    "report_by": "DATE",
    "date_from": "DATE",
    "date_to": "DATE",
    "month": "MONTH",
    "deadline_from": "MONTH",
    "deadline_to": "MONTH",
    "unit": "UNIT",
    "group": "GROUP",
}
_METAVAR_BY_TYPE = {"str": "TEXT", "text": "TEXT", "path": "PATH", "int": "INTEGER"}


def _translate_params(command: Any, ctx: Any) -> None:
    for param in command.get_params(ctx):
        param.help = words(getattr(param, "help", None))
        if param.metavar is None and not getattr(param, "is_flag", False):
            kind = str(getattr(param.type, "name", "")).lower()
            key = _METAVAR_BY_NAME.get(str(param.name)) if kind in ("str", "text") else None
            key = key or _METAVAR_BY_TYPE.get(kind)
            if key is not None:
                param.metavar = words(key)
        elif param.metavar is not None:
            param.metavar = words(param.metavar)


class Command(typer.core.TyperCommand):
    """A command whose help is written in the language of the run."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self.help = words(self.help)
        _translate_params(self, ctx)
        super().format_help(ctx, formatter)

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = [words(p) or p for p in self.collect_usage_pieces(ctx)]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=f"{words('Usage:')} ")


class PipeClosed(Exception):
    """The reader of our output went away (`cds late | head -3`): not an error of the data
    (click would exit 1), nor a crash; `cli.main` exits quietly with 141, as a program killed
    by SIGPIPE does."""


class Group(typer.core.TyperGroup):
    """`cds` and `cds progress`: choose the language, write help in it, and print click's usage
    errors as our own (`cds: lỗi: không có tùy chọn --foo`), exit 2."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:  # eager options (--version) print while the line is parsed
            return super().make_context(*args, **kwargs)
        except BrokenPipeError as closed:
            raise PipeClosed from closed

    def invoke(self, ctx: Any) -> Any:
        from cds_tracker.app import workspace

        workspace.passed_over.clear()  # nor what a caller in this process looked at before it
        workspace.half_carried.clear()
        try:
            return super().invoke(ctx)
        except BrokenPipeError as closed:  # before click's handler turns it into exit 1
            raise PipeClosed from closed
        finally:  # one run's day is not the next run's (tests run many in one process)
            workspace.asked = workspace.chosen = None
            workspace.passed_over.clear()
            workspace.half_carried.clear()

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self.help = words(self.help)
        for name in self.list_commands(ctx):
            sub = self.get_command(ctx, name)
            if sub is not None:
                sub.help = words(sub.help)
        _translate_params(self, ctx)
        super().format_help(ctx, formatter)

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = [words(p) or p for p in self.collect_usage_pieces(ctx)]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=f"{words('Usage:')} ")

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        from cds_tracker.app import workspace
        from cds_tracker.core.text import did_you_mean

        workspace.asked = asked_day(args)
        name = args[0] if args else ""
        if args and self.get_command(ctx, name) is None and not name.startswith("-"):
            hint = did_you_mean(name, self.list_commands(ctx), cutoff=0.5)
            raise _Said(
                UsageError(
                    msg("cli.no_such_command", name=name),
                    hint or msg("cli.hint.help", command=ctx.command_path),
                )
            )
        return super().resolve_command(ctx, args)

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        given = list(sys.argv[1:] if args is None else args)
        typed[:] = given
        try:
            _chosen[0] = choose(given)
        except CdsError as error:
            _chosen[0] = parse_lang(os.environ.get("CDS_LANG", "")) or "vi"
            _exit_after(error)
        # --lang anywhere on the line speaks for the whole run: the commands' answers too, and
        # commands that have no --lang of their own (it is read here, before the command)
        if _lang_option(given) is not None:
            run_lang[0] = _chosen[0]
            given = _without_lang(given)
        try:
            return self._run(given, prog_name, complete_var, standalone_mode, **extra)
        finally:  # what the root options chose holds for this run only
            from cds_tracker.app import discovery, workspace

            run_lang[0] = None
            discovery.given = None
            workspace.chosen = None

    def _run(
        self,
        given: list[str],
        prog_name: str | None,
        complete_var: str | None,
        standalone_mode: bool,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(given, prog_name, complete_var, False, **extra)
        try:
            result = super().main(given, prog_name, complete_var, False, **extra)
        except _Said as said:
            _exit_after(said.error)
        except click_exceptions.NoArgsIsHelpError as shown:
            typer.echo(shown.ctx.get_help())
            sys.exit(shown.exit_code)
        except click_exceptions.UsageError as error:
            from cds_tracker.cli.click_errors import click_message, help_hint, quote_hint

            hint = quote_hint(error, given) or help_hint(error)
            _exit_after(UsageError(click_message(error), hint))
        except typer.Abort:
            typer.echo(words("Aborted!"), err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


class _Said(click_exceptions.UsageError):
    """A usage error already in our words, carried through click."""

    def __init__(self, error: UsageError) -> None:
        super().__init__(str(error))
        self.error = error


def _exit_after(error: CdsError) -> None:
    try:
        fail(error)
    except typer.Exit as done:
        sys.exit(done.exit_code)


def _typer_gettext(message: str) -> str:
    return words(message) or message


# typer marks its help words ("Options", "default: …") for gettext; we answer from our catalogue.
typer.core._ = _typer_gettext  # type: ignore[attr-defined]

__all__ = [
    "ENTRY_STATUSES",
    "EXIT_USAGE",
    "STATUSES",
    "Command",
    "Group",
    "choose",
    "current",
    "fail",
    "role_code",
    "status_code",
    "words",
]


def asked_day(args: list[str]) -> dt.date | None:
    """The day a command asks about, read before it runs (`--as-of`, else `--month`'s first
    day): the default plan is the one of that year (app/workspace.py). Unreadable: None (the
    command itself says what is wrong)."""
    from cds_tracker.core.dates import try_parse_date, try_parse_month

    found: dict[str, str] = {}
    for i, arg in enumerate(args):
        if arg == "--":
            break
        for option in ("--as-of", "--month", "-m"):
            if arg == option and i + 1 < len(args):
                found.setdefault(option.lstrip("-")[:1], args[i + 1])
            elif arg.startswith(f"{option}="):
                found.setdefault(option.lstrip("-")[:1], arg.split("=", 1)[1])
    if "a" in found:
        return try_parse_date(found["a"])
    month = try_parse_month(found["m"]) if "m" in found else None
    return month.first_day if month is not None else None
