"""Running cds as someone the file system refuses, even when the tests run as root (CI does).

Root reads and enters everything whatever the permission bits (CAP_DAC_OVERRIDE); `setpriv`
drops every capability for the one command it runs, so root then obeys the bits as its owner
does: a folder with mode 000 cannot be entered. The command keeps uid 0, so the checkout and
the interpreter stay readable wherever they are.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# The console script's entry point, runnable where the current folder was removed (`-m` is not).
SCRIPT = "import sys; from cds_tracker.main import main; sys.argv[0] = 'cds'; main()"


def run_cds(
    args: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    unprivileged: bool = True,
    shell_before: str = "",
) -> subprocess.CompletedProcess[str]:
    """`cds args…` in its own process (the console script's path: exit codes as users see
    them), without the power to ignore permissions; a 60 s limit: nothing may hang."""
    command = [sys.executable, "-c", SCRIPT, *args]
    if shell_before:  # e.g. "mkdir g && cd g && rmdir ../g": what a cwd= cannot set up
        command = ["sh", "-c", f'{shell_before} && exec "$@"', "sh", *command]
    if unprivileged and os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", *command]
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=60
    )
