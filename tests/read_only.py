"""Running a command where the file system refuses writes, even for root (CI runs as root).

Root ignores permission bits, so a read-only *mount* is what makes writing fail for everyone:
`unshare -rm` gives the command its own user and mount namespace, in which `folder` is bound
read-only over itself. Nothing outside that one command sees the mount.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path


def namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    return probe.returncode == 0


def run_read_only(
    folder: Path, args: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python args…` with `folder` mounted read-only (a 30 s limit: nothing may hang)."""
    command = " ".join(shlex.quote(a) for a in [sys.executable, *args])
    mount = f"mount --bind -o ro {shlex.quote(str(folder))} {shlex.quote(str(folder))}"
    # cd after mounting: a folder entered before would still be the writable one underneath.
    script = f"{mount} && cd {shlex.quote(str(cwd or Path.cwd()))} && {command}"
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
        env=env,
    )
