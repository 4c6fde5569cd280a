"""The `cds` console script.

`cds --help` used to be answered from a cached copy of typer's text (≈80 ms of CPU saved, keyed
on a CRC of cli.py). It is gone: help is read by a person, for whom 0.1 s is no wait, while the
copy was a second code path and a file whose bytes went to the terminal unchecked, so anyone
able to plant it could send escape sequences to the user's screen (issue 13, class 1). Every
`cds` run now goes through the CLI.

The cyclic garbage collector is off while cds starts (imports, typer building the command, the
command line parsed) and on again, with what start-up made frozen, when the command itself runs
(`collector_on`, called by cli/app.py's `handles_errors`). Start-up makes only objects that
live until the process ends (modules, classes, functions, typer's and click's objects) and
some 40 collections walked them for nothing: ~10 ms of CPU of a warm `cds due`, a sixth of
what it cost beyond `import typer` (docs/performance.md). Frozen, they are never walked again.

Ctrl-C is answered from the first line: loading the CLI takes a few tenths of a second, and an
interrupt meanwhile must say "đã dừng theo yêu cầu" and exit 130 like one during a command, never
show Python's traceback (docs/reliability.md).
"""

from __future__ import annotations

import gc


def main() -> None:
    gc.disable()  # until the command runs: see above
    try:
        from cds_tracker.cli import main as run

        run()
    except KeyboardInterrupt:
        interrupted()


def collector_on() -> None:
    """The command runs: the collector on again, what start-up made frozen (see above); nothing
    to do if it is on (tests call the CLI without `main`)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def interrupted() -> None:
    """Say "interrupted" in the language the command line asked for, and exit 130. A second
    Ctrl-C while saying it is ignored: the run is stopping already."""
    import signal
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from cds_tracker.core.errors import msg
    from cds_tracker.output.words import parse_lang, resolve_lang, say

    # The CLI may not be loaded (it is what was interrupted): its --lang read again, plainly.
    asked = None
    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            asked = arg.partition("=")[2]
        elif arg == "--lang" and i + 1 < len(args):
            asked = args[i + 1]
    lang = parse_lang(asked or "") or resolve_lang(None)
    sys.stderr.write(say(msg("cli.interrupted"), lang) + "\n")
    sys.stderr.flush()
    sys.exit(130)
