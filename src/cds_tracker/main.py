"""The `cds` console script: answers `cds --help` from the cache, else hands over to the CLI.

typer inspects the signature of every command each time it starts, only to print the same help
again; the text depends on nothing but the version, the program name and the terminal width, so
the cache keeps it per (version, code of the commands, program name, width) and `cds --help` then
starts without importing typer at all. Anything else goes to `cli.main`.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] in (["--help"], ["-h"]):
        text = cached_help()
        if text is not None:
            sys.stdout.write(text)
            return
    from cds_tracker.cli import main as run

    run()


def help_file() -> object:
    """Where the help for this version, program name and width is kept (None: no cache)."""
    import os
    import shutil
    import zlib
    from pathlib import Path

    from cds_tracker import __version__
    from cds_tracker.app.userdirs import cache_disabled, cache_root

    if cache_disabled():
        return None
    name = Path(sys.argv[0]).name or "cds"
    width = shutil.get_terminal_size((80, 24)).columns
    safe = "".join(c if c.isalnum() else "_" for c in name)
    # The commands' code is part of the key, so a changed option never shows stale help.
    try:
        here = Path(__file__).parent
        code = zlib.crc32(b"".join((here / n).read_bytes() for n in ("cli.py", "cli_plans.py")))
    except OSError:
        return None
    return cache_root() / "help" / f"{__version__}-{code:08x}-{safe}-{width}-{os.name}.txt"


def cached_help() -> str | None:
    """The help text, from the cache, or made by typer and cached for the next time."""
    import contextlib
    import io
    from pathlib import Path

    path = help_file()
    if not isinstance(path, Path):
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    from cds_tracker.cli import app
    from cds_tracker.core.atomic import replace_file

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.suppress(SystemExit):
        app(sys.argv[1:], prog_name=Path(sys.argv[0]).name or "cds")
    text = buffer.getvalue()
    if text.startswith("Usage:"):
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            replace_file(path, text.encode("utf-8"), durable=False)
    return text
