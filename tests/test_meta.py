"""Every command has help that ends with an example, and is documented."""

from __future__ import annotations

import pytest
import typer

from cds_tracker.cli import app

from paths import ROOT

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_example(name: str) -> None:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    assert command.help, f"{name} has no help"
    assert "Example:" in command.help
    assert f"cds {name}" in command.help.split("Example:")[1]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented(name: str) -> None:
    assert f"cds {name}" in DOCS, f"docs/ does not mention 'cds {name}'"
