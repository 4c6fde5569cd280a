"""A folder name that is not UTF-8 (bytes a Linux file system allows, shown as surrogates by
Python) must not end in an internal error: the cache keys the registry by the path's bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cds_tracker.app.setup import init_registry

SHOWN = "<0xFF><0xFE>"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows names are UTF-16, never raw bytes")
def test_a_plan_folder_named_in_bytes_is_read_with_the_cache(tmp_path: Path) -> None:
    odd = os.fsdecode(b"\xff\xfe")  # '\udcff\udcfe'
    init_registry(tmp_path / "plans" / "2023")
    init_registry(tmp_path / "plans" / odd)
    env = {**os.environ, "CDS_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "80"}
    env.pop("CDS_NO_CACHE", None)

    # a plans/ folder whose name no hint could type is passed over with a note (registry/
    # plan_names.py, attack 16 a16_07): `plans` lists 2023 alone, `--plan` that name is refused;
    # the folder named by --registry is read, the name shown as <0xFF><0xFE>
    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-c", "from cds_tracker.main import main; main()", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
        )

    listed = run("plans")
    assert listed.returncode == 0
    assert b"\xff" not in listed.stdout + listed.stderr
    assert "  2023: plans/2023/phu_luc_01.yaml" in listed.stdout.decode("utf-8").splitlines()
    assert SHOWN not in listed.stdout.decode("utf-8")
    assert f"plans/{SHOWN}/phu_luc_01.yaml: tên thư mục có ký tự không hiện ra" in (
        listed.stderr.decode("utf-8")
    )
    assert run("list", "--plan", odd).returncode == 2
    done = run("--registry", f"plans/{odd}", "due", "--month", "10/2023")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"\xff" not in done.stdout  # shown as <0xFF>, never as raw bytes
    assert f"plans/{SHOWN}/" in done.stdout.decode("utf-8")
    assert any((tmp_path / "cache").iterdir())  # the cache was used, not passed over
