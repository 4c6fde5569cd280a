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
    # both plans are 2023's, so `list` alone would take plans/2023 (app/plans.py): it is asked
    # for the odd one; `plans` lists both; each shows the odd name as <0xFF><0xFE>
    for args, shown in (
        (["list", "--plan", odd], f"plans/{SHOWN}/phu_luc_01.yaml"),
        (["plans"], f"plans/{SHOWN}/phu_luc_01.yaml"),
        (["--registry", f"plans/{odd}", "due", "--month", "10/2023"], f"plans/{SHOWN}/"),
    ):
        run = subprocess.run(
            [sys.executable, "-c", "from cds_tracker.main import main; main()", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
        )
        assert run.returncode == 0, (args, run.stderr.decode("utf-8", "replace"))
        assert b"\xff" not in run.stdout  # shown as <0xFF>, never as raw bytes
        assert shown in run.stdout.decode("utf-8")
    assert any((tmp_path / "cache").iterdir())  # the cache was used, not passed over
