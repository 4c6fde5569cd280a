"""A command run without its required argument names it as its own --help does (a11-06):
`cds progress import` said "thiếu FILE.XLSX..." — click upper-cases the metavar before the
catalogue was asked, so "FILE.xlsx..." (a key, "TỆP.xlsx...") was not found and the English
placeholder was said, upper-cased, in Vietnamese. Every command with a required argument is run
without it, in both languages, and the name said must be the one its usage line shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()


def _required() -> list[tuple[str, ...]]:
    """Every command (as its words on the command line) with a required argument (typer may
    vendor click: no isinstance)."""

    def walk(group: Any, prefix: tuple[str, ...]) -> list[tuple[str, ...]]:
        found: list[tuple[str, ...]] = []
        for name in sorted(group.list_commands(None)):
            command = group.get_command(None, name)
            if hasattr(command, "commands"):
                found += walk(command, (*prefix, name))
            elif any(p.param_type_name == "argument" and p.required for p in command.params):
                found.append((*prefix, name))
        return found

    return walk(typer.main.get_command(app), ())


REQUIRED = _required()


@pytest.fixture(autouse=True)
def _quiet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")


def test_the_commands_found_include_those_of_the_finding() -> None:
    assert ("progress", "import") in REQUIRED
    assert ("import",) in REQUIRED
    assert ("diff",) in REQUIRED


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("vi", ["cds: lỗi: thiếu TỆP.xlsx...", "  gợi ý: xem 'cds progress import --help'"]),
        ("en", ["cds: error: missing FILE.xlsx...", "  hint: see 'cds progress import --help'"]),
    ],
)
def test_progress_import_without_a_file(lang: str, said: list[str]) -> None:
    result = runner.invoke(app, ["progress", "import", "--lang", lang], input="")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == said


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("words", REQUIRED, ids=" ".join)
def test_a_missing_argument_is_named_as_its_help_names_it(
    words: tuple[str, ...], lang: str
) -> None:
    result = runner.invoke(app, [*words, "--lang", lang], input="")
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    head = "cds: lỗi: thiếu " if lang == "vi" else "cds: error: missing "
    assert first.startswith(head), first
    name = first.removeprefix(head)
    helped = runner.invoke(app, [*words, "--help", "--lang", lang])
    usage = next(line for line in helped.stdout.splitlines() if line.strip())
    shown = usage.replace("{", " ").replace("}", " ").replace("[", " ").replace("]", " ")
    assert name in shown.split(), (usage, name)  # the usage line shows it as said
    if lang == "vi":  # no English placeholder upper-cased into a Vietnamese line
        assert not any(word in name for word in ("FILE", "DIR", "OLD", "NEW", "PATH")), name
