"""The `cds` application: the typer app, the options every command shares, and the wrapper that
turns expected failures into one message and an exit code.

(No `from __future__ import annotations`: typer reads the annotations on every run, and
evaluating them once, at import, saves it ~300 `eval` calls, a tenth of `cds --help`.)
"""

import functools
from collections.abc import Callable
from enum import Enum
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
import typer.main

from cds_tracker import __version__
from cds_tracker.cli.language import (
    Group,
    current,
    fail,
)
from cds_tracker.core.errors import CdsError, DataError, Msg, Text, UsageError, msg, os_reason
from cds_tracker.main import collector_on

if TYPE_CHECKING:
    from cds_tracker.output.report import Document, Report

F = TypeVar("F", bound=Callable[..., Any])

# Each command and the module that declares it, in the order `cds --help` lists them. A run
# imports and builds only the command it runs: typer makes the parameters of every command it
# is given at each start, and the 22 commands cost a warm `cds due` more than the answer did.
# `--help` and a mistyped name still see every command (tests/test_start_up.py holds this list
# to what the modules declare).
COMMANDS = {
    **dict.fromkeys(("validate", "schema", "init", "sync"), "checking"),
    **dict.fromkeys(("remind", "export", "form"), "documents"),
    **dict.fromkeys(("import", "diff", "plans", "carry-over"), "plans"),
    **dict.fromkeys(("due", "late", "report", "list", "show", "units", "summary"), "queries"),
    "progress": "progress",
}


class Root(Group):
    """The `cds` group: a command is declared (its module imported) and built when first asked
    for, by name (click's lazy sub-commands); the parsing stays typer's."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            import_module(f"cds_tracker.cli.{COMMANDS[cmd_name]}")
            self.commands[cmd_name] = _built(cmd_name)
        return super().get_command(ctx, cmd_name)


def _built(name: str) -> Any:
    """The click command typer makes of the command or group declared as `name`."""
    shared: Any = {
        "pretty_exceptions_short": app.pretty_exceptions_short,
        "rich_markup_mode": app.rich_markup_mode,
    }
    for command in app.registered_commands:
        callback: Any = command.callback
        if (command.name or typer.main.get_command_name(callback.__name__)) == name:
            return typer.main.get_command_from_info(command, **shared)
    group = next(group for group in app.registered_groups if group.name == name)
    return typer.main.get_group_from_info(group, suggest_commands=app.suggest_commands, **shared)


app = typer.Typer(
    name="cds",
    cls=Root,
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
        readable=False,  # said by cds in the reader's words
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


AllPlansOption = Annotated[bool, typer.Option("--all-plans", help="help.all_plans")]


# The formats more than one module's commands share; a command's own (`remind`, `export`,
# `validate`) live beside it: an enum class costs ~0.2 ms to make, at every start (issue 14).
class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="help.format")]
ExcelOption = Annotated[bool, typer.Option("--excel", help="help.excel")]


class SummaryFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    docx = "docx"


def handles_errors(command: F) -> F:
    """Expected failures become one message on stderr and their exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        collector_on()
        _told.clear()  # one run's notes (tests run many in one process)
        try:
            _days_first(kwargs)
            _one_registry_choice(kwargs)
            if "registry" in kwargs and not kwargs.get("paths"):
                _notice_bundled(
                    kwargs["registry"],
                    command.__name__ != "progress_add",
                    # a question about a day, of one plan (--all-plans: every plan answers)
                    fallback="as_of" in kwargs and not kwargs.get("all_plans"),
                )
            _notice_passed_over(command.__name__ in _OVER_PLANS)
            result = command(*args, **kwargs)
            _notice_passed_over()
            _notice_half_carried(command.__name__)
            if (
                getattr(kwargs.get("output"), "value", None) == "table"
                and "registry" in kwargs
                and not kwargs.get("excel")
                and kwargs.get("out") is None  # a file written: no table to close
                and not kwargs.get("all_plans")  # each plan's answer ends with its own
                and command.__name__ != "diff"  # two plans compared, not one registry's answer
            ):
                _registry_footer(kwargs["registry"])
            return result
        except CdsError as error:
            _notice_passed_over()
            _notice_half_carried(command.__name__)
            _explain_default_plan(error, kwargs)
            from cds_tracker.cli.typed_commands import units_instead

            units_instead(error, current())
            fail(error)
        except BrokenPipeError:
            raise
        except OSError as exc:  # the system refused what no check foresaw: a folder the user
            # may not enter, a file gone meanwhile; the user's environment, never a crash
            fail(DataError(_refused(exc)))

    return wrapper  # type: ignore[return-value]


def _one_registry_choice(kwargs: dict[str, Any]) -> None:
    """`--plan` and `--registry` on one command line choose the registry twice: refused (exit
    2) naming both, rather than one silently ignored (a18_01); so is either with --all-plans
    (clerk21 F4)."""
    from cds_tracker.app import discovery, workspace

    if workspace.chosen is not None and (
        kwargs.get("registry") is not None or discovery.given is not None
    ):
        raise UsageError(msg("cli.plan_and_registry"), hint=msg("cli.hint.plan_and_registry"))
    if kwargs.get("all_plans"):
        from cds_tracker.cli.plan_choice import one_plan_or_all

        one_plan_or_all(kwargs.get("registry") or discovery.given, workspace.chosen)


def _days_first(kwargs: dict[str, Any]) -> None:
    """A malformed --month or --as-of is a usage error said first and alone: before the notes
    about which plan would have answered (they are no use to a command that cannot run)."""
    from cds_tracker.core.dates import parse_date, parse_month

    if isinstance(kwargs.get("as_of"), str):
        parse_date(kwargs["as_of"], option="--as-of")
    if isinstance(kwargs.get("month"), str):
        parse_month(kwargs["month"])


_OVER_PLANS = ("plans", "carry_over", "diff")  # commands that look at the plans themselves
_told: list[Msg] = []  # the notes said on stderr in this run: each said once


def _tell(notes: "tuple[Msg, ...] | list[Msg]") -> None:
    for note in notes:
        if note not in _told:
            _told.append(note)
            typer.echo(_say(note), err=True)


def _notice_passed_over(look: bool = False) -> None:
    """Each plans/ entry passed over (a link out of the workspace, a file named like a plan),
    said once on stderr, by every command that lists or chooses plans; `look`: look first (a
    command naming plans itself, so the notes come before its answer)."""
    from cds_tracker.app import workspace

    if look:
        import contextlib

        with contextlib.suppress(CdsError):  # the command says it
            workspace.find_workspace()
    _tell(workspace.passed_over)


def _notice_half_carried(command: str) -> None:
    """A plan answered on whose carry-over from another is half done (app/carry_unfinished.py):
    said once on stderr, with the command that finishes it; not by carry-over itself, which
    reads the plan to finish that carry."""
    from cds_tracker.app import workspace

    if command != "carry_over":
        _tell(workspace.half_carried)
    workspace.half_carried.clear()


def _explain_default_plan(error: CdsError, kwargs: dict[str, Any]) -> None:
    """A plan nobody named whose data is invalid: say it was the default, why, and how to
    choose another, so that a broken new plan does not hide the plans that work."""
    if not isinstance(error, DataError) or error.hint is not None or "registry" not in kwargs:
        return
    if kwargs["registry"] is not None or kwargs.get("all_plans"):
        return
    if not isinstance(error.message, Msg) or not error.message.key.startswith("open.invalid_"):
        return
    from cds_tracker.app import workspace
    from cds_tracker.app.discovery import find_registry

    try:
        found = find_registry(None)
    except CdsError:
        return
    if found.how == "plan" and workspace.wanted_plan() is None:
        error.hint = workspace.default_hint(found.path)


def _refused(exc: OSError) -> Msg:
    if exc.filename is not None:
        return msg("os.failed", path=Path(str(exc.filename)), reason=os_reason(exc))
    try:
        Path.cwd()
    except OSError:  # a relative path, read where the current folder was removed
        return msg("find.no_cwd", reason=os_reason(exc))
    return msg("os.refused", reason=os_reason(exc))


def _notice_bundled(registry: Path | None, bundled: bool = True, *, fallback: bool = True) -> None:
    """One line on stderr for each candidate the search passed over (a folder named like the
    registry, a folder the user may not enter) and when the answer comes from the read-only
    copy bundled with cds, so that nobody mistakes it for their own registry (errors finding
    the registry come later)."""
    from cds_tracker.app.discovery import find_registry

    try:
        found = find_registry(registry)
    except CdsError:
        return
    _tell([s for s in found.skipped if fallback or s.key != "plan.fallback"])
    if found.bundled and bundled:
        typer.echo(_say(msg("open.bundled_notice", path=found.display())), err=True)


def _registry_footer(registry: Path | None) -> None:
    """The last line of every table: which registry answered (the tables are for people)."""
    import shutil

    from cds_tracker.app.discovery import find_registry
    from cds_tracker.core.errors import msg
    from cds_tracker.output.screen import wrap

    line = _say(msg("open.registry_line", path=find_registry(registry).display()))
    # as wide as the table above it: a long path folds after one of its separators rather than
    # overflow a narrow terminal or cut a folder's name in two
    width = shutil.get_terminal_size((80, 24)).columns
    folded = wrap(line, width, breaks="/\\") if width > 20 else [line]
    typer.echo("\n" + "\n".join(folded))


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
            for skipped in found.skipped:
                typer.echo(_say(skipped), err=True)
            key = "cli.version_bundled" if found.bundled else "open.registry_line"
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
    plan: Annotated[
        str | None,
        typer.Option("--plan", metavar="PLAN", help="help.plan", show_default=False),
    ] = None,
    registry: RegistryOption = None,
) -> None:
    from cds_tracker.app import cache, discovery, workspace

    cache.disable(no_cache)
    workspace.chosen = plan
    discovery.given = registry  # `cds --registry X late` as `cds late --registry X`


def _print(report: "Report | Document", fmt: str = "table", excel: bool = False) -> None:
    """The one place a command's answer is printed, in the format the user chose."""
    from cds_tracker.output.emit import render

    if excel:
        if fmt not in ("table", "csv"):
            raise UsageError(msg("cli.excel_format"))
        fmt = "csv"
    text = render(report, fmt, excel=excel)
    # color=True: the text has colour codes only where the screen chose them (a terminal).
    typer.echo(text, nl=not text.endswith("\n"), color=True)


def _print_plans(
    answer: "Callable[[Path], Report]", fmt: str, lang: str | None, excel: bool = False
) -> None:
    """--all-plans: the answer of every plan of the workspace, one after another; a plan whose
    data is invalid is left out, and the command then ends in an error (exit 1)."""
    from cds_tracker.app.plans import across_plans

    if excel:
        if fmt not in ("table", "csv"):
            raise UsageError(msg("cli.excel_format"))
        fmt = "csv"
    done = across_plans(answer, fmt, lang, excel=excel)
    typer.echo(done.text, nl=not done.text.endswith("\n"), color=True)
    if done.left_out is not None:
        raise done.left_out
