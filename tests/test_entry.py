"""The console script: `cds --help` is typer's own help, never a stored copy."""

from __future__ import annotations

import os
import subprocess
import sysconfig
from pathlib import Path

import pytest

SCRIPT = Path(sysconfig.get_path("scripts")) / ("cds.exe" if os.name == "nt" else "cds")
pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason=f"cds is not installed at {SCRIPT}")


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")} | env
    return subprocess.run(
        [str(SCRIPT), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        timeout=60,
        check=False,
    )


def _old_help_file(cache: Path, width: int) -> Path:
    """Where cds kept a copy of its help, to be printed as it was, before issue 13."""
    import zlib

    import cds_tracker
    from cds_tracker import __version__

    code = zlib.crc32((Path(cds_tracker.__file__).parent / "cli" / "__init__.py").read_bytes())
    return cache / "help" / f"{__version__}-{code:08x}-cds-{width}-{os.name}.txt"


def test_a_planted_help_text_never_reaches_the_terminal(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = run("--help", CDS_NO_CACHE="1", COLUMNS="90")
    planted = "Usage: cds \x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\x1b]0;pwned\x07 evil\n"
    path = _old_help_file(cache, 90)
    path.parent.mkdir(parents=True)
    path.write_text(planted, encoding="utf-8")
    shown = run("--help", CDS_CACHE_DIR=str(cache), COLUMNS="90")
    assert shown.returncode == 0
    assert "\x1b" not in shown.stdout and "evil" not in shown.stdout
    assert shown.stdout == fresh.stdout
    assert fresh.stdout.startswith("Cách dùng: cds [TÙY_CHỌN] LỆNH [THAM_SỐ]...")
    # no cache, yet help is still in the language asked for, by --lang or CDS_LANG
    english = run("--lang", "en", "--help", CDS_CACHE_DIR=str(cache), COLUMNS="90")
    assert english.stdout.startswith("Usage: cds [OPTIONS] COMMAND [ARGS]...")
    assert run("--help", CDS_CACHE_DIR=str(cache), CDS_LANG="en", COLUMNS="90").stdout == (
        english.stdout
    )


def test_help_writes_nothing_to_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run("--help", CDS_CACHE_DIR=str(cache)).returncode == 0
    assert not cache.exists() or not any(cache.rglob("*.txt"))


def test_other_commands_go_to_the_cli() -> None:
    result = run("--version")
    assert result.stdout.startswith("cds ")
