"""The `cds` command line: parse options, call one function of `app.commands`, print its result.

One module per group of commands (`checking`, `progress`, `queries`, `documents`, `plans`),
imported when one of its commands is run or listed (`app.COMMANDS`); `app` holds what they share
and `language` puts every word in the reader's language. Heavy libraries (pydantic, ruamel.yaml,
rich tables) are imported inside the commands that use them.
"""

import sys

import typer

from cds_tracker.cli.app import _say, app
from cds_tracker.cli.language import PipeClosed
from cds_tracker.core.errors import msg


def main() -> None:
    """Console entry point: Ctrl-C exits 130; an unexpected error is logged, not shown raw."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8")
    _lift_plan_option(sys.argv)
    try:
        app(standalone_mode=True)
    except (BrokenPipeError, PipeClosed):
        _pipe_closed()
    except KeyboardInterrupt:
        typer.echo(_say(msg("cli.interrupted")), err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: never a traceback in the user's face
        log = _write_crash_log(exc)
        typer.echo(_say(msg("cli.internal", error=repr(exc), log=log)), err=True)
        sys.exit(3)


def _pipe_closed() -> None:
    """Exit 141 (128 + SIGPIPE), silently and with no crash log, when whoever read stdout or
    stderr closed it; nothing more is written (Python's last flush would fail again)."""
    import contextlib
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a stream without a file descriptor
            os.dup2(devnull, stream.fileno())
    sys.exit(141)


def _lift_plan_option(argv: list[str]) -> None:
    """`cds due --plan 2024` means `cds --plan 2024 due`: --plan is read before the command."""
    for i, arg in enumerate(argv[2:], 2):
        if arg == "--":
            return
        if arg.startswith("--plan="):
            argv[1:1] = [argv.pop(i)]
            return
        if arg == "--plan" and i + 1 < len(argv):
            value = argv.pop(i + 1)
            argv[1:1] = [argv.pop(i), value]
            return


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


__all__ = ["app", "main"]
