"""Lint and type checks run with the suite, so the README's one test command covers them."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from paths import ROOT


@pytest.mark.parametrize(
    "args",
    [
        ["ruff", "check", "src", "tests", "benchmarks", "docs/tools"],
        ["ruff", "format", "--check", "src", "tests", "benchmarks", "docs/tools"],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_tool_passes(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^python -m pip install .+$", readme, flags=re.MULTILINE)
    assert len(commands) == 2, commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
    assert "cds validate data/" in ci
