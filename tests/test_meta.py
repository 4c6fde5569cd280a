"""Every command has help that ends with an example, and is documented."""

from __future__ import annotations

from typing import Any

import pytest
import typer

from cds_tracker.cli import app
from cds_tracker.output.words import Lang, label

from paths import ROOT


def _commands(group: Any, prefix: str = "cds") -> list[tuple[str, Any]]:
    """Every command and sub-command (typer may vendor click, so no isinstance on its types)."""
    found: list[tuple[str, Any]] = []
    for name in sorted(group.list_commands(None)):  # declared when asked for (cli/app.py)
        command = group.get_command(None, name)
        found.append((f"{prefix} {name}", command))
        if hasattr(command, "commands"):
            found += _commands(command, f"{prefix} {name}")
    return found


COMMANDS = _commands(typer.main.get_command(app))
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))


def test_all_commands_are_found() -> None:
    assert [name for name, _ in COMMANDS] == [
        "cds carry-over",
        "cds diff",
        "cds due",
        "cds export",
        "cds form",
        "cds import",
        "cds init",
        "cds late",
        "cds list",
        "cds plans",
        "cds progress",
        "cds progress add",
        "cds progress import",
        "cds progress list",
        "cds progress normalise",
        "cds remind",
        "cds report",
        "cds schema",
        "cds show",
        "cds summary",
        "cds sync",
        "cds units",
        "cds validate",
    ]


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
@pytest.mark.parametrize(("lang", "example"), [("vi", "Ví dụ:"), ("en", "Example:")])
def test_command_has_help_with_example(name: str, command: Any, lang: Lang, example: str) -> None:
    """Help texts are catalogue keys, written out in each language."""
    assert command.help, f"{name} has no help"
    text = label(command.help, lang)
    assert example in text
    assert name in text.split(example)[1]


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_command_is_documented(name: str) -> None:
    assert name in DOCS, f"docs/ does not mention '{name}'"
