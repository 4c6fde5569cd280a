"""The `cds` console script.

`cds --help` used to be answered from a cached copy of typer's text (≈80 ms of CPU saved, keyed
on a CRC of cli.py). It is gone: help is read by a person, for whom 0.1 s is no wait, while the
copy was a second code path and a file whose bytes went to the terminal unchecked, so anyone
able to plant it could send escape sequences to the user's screen (issue 13, class 1). Every
`cds` run now goes through the CLI.
"""

from __future__ import annotations


def main() -> None:
    from cds_tracker.cli import main as run

    run()
