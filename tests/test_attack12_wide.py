"""Wide characters in terminal tables (issue 12's attack): a note of 30 emoji, each two columns
wide, lost ten of them and the words after at 60 columns, where lines were cut by character
count. Every cell's text must appear in full, and no line be wider than the terminal."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

NOTE = "Đã xong " + "👍" * 30 + " phần cuối ghi chú"


def columns(line: str) -> int:
    """Display width measured here, independently of output/screen.py."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in line
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cds_tracker.app.setup import init_registry

    folder = tmp_path_factory.mktemp("wide") / "data"
    init_registry(folder)
    args = ["progress", "add", "II.4", "--unit", "Phòng Y tế", "--status", "in_progress"]
    args += ["--date", "01/11/2023", "--note", NOTE, "--registry", str(folder)]
    assert CliRunner().invoke(app, args).exit_code == 0
    return folder


@pytest.mark.parametrize("width", [40, 60, 80, 100, 120])
@pytest.mark.parametrize(
    "command", [("progress", "list"), ("show", "II.4", "--as-of", "01/12/2023")]
)
def test_a_note_of_wide_characters_appears_in_full(
    folder: Path, monkeypatch: pytest.MonkeyPatch, width: int, command: tuple[str, ...]
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    result = CliRunner().invoke(app, [*command, "--registry", str(folder)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    table = lines[: lines.index("")]  # the footer naming the registry may fold a long path
    assert max(columns(line) for line in table) <= width
    assert result.stdout.count("👍") == 30
    squeezed = re.sub(r"[\s|]", "", result.stdout)
    assert re.sub(r"\s", "", NOTE) in squeezed
