"""`cds --help` answered from the cache must be exactly what typer prints."""

from __future__ import annotations

import os
import subprocess
import sys
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


def test_cached_help_is_typers_help(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    first = run("--help", CDS_CACHE_DIR=cache, COLUMNS="90")
    second = run("--help", CDS_CACHE_DIR=cache, COLUMNS="90")
    fresh = run("--help", CDS_NO_CACHE="1", COLUMNS="90")
    assert first.returncode == second.returncode == fresh.returncode == 0
    assert first.stdout == second.stdout == fresh.stdout
    assert fresh.stdout.startswith("Cách dùng: cds [TÙY_CHỌN] LỆNH [THAM_SỐ]...")
    assert len(list((tmp_path / "cache" / "help").iterdir())) == 1
    narrow = run("--help", CDS_CACHE_DIR=cache, COLUMNS="60")
    assert narrow.stdout == run("--help", CDS_NO_CACHE="1", COLUMNS="60").stdout
    assert len(list((tmp_path / "cache" / "help").iterdir())) == 2  # one per width
    # one per language too: the cache never answers English with Vietnamese
    english = run("--lang", "en", "--help", CDS_CACHE_DIR=cache, COLUMNS="60")
    assert english.stdout.startswith("Usage: cds [OPTIONS] COMMAND [ARGS]...")
    assert english.stdout == run("--help", CDS_NO_CACHE="1", CDS_LANG="en", COLUMNS="60").stdout
    assert run("--help", CDS_CACHE_DIR=cache, CDS_LANG="en", COLUMNS="60").stdout == english.stdout
    assert len(list((tmp_path / "cache" / "help").iterdir())) == 3


def test_cached_help_does_not_import_typer(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.argv = ['cds', '--help']\n"
        "from cds_tracker.main import main\n"
        "main()\n"
        "print('LOADED', 'typer' in sys.modules, 'pydantic' in sys.modules)\n"
    )
    env = {**os.environ, "CDS_CACHE_DIR": str(tmp_path), "COLUMNS": "80"}
    env.pop("CDS_NO_CACHE", None)
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    warm = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert warm.stdout.splitlines()[-1] == "LOADED False False"


def test_other_commands_go_to_the_cli() -> None:
    result = run("--version")
    assert result.stdout.startswith("cds ")
