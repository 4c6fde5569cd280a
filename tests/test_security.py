"""Only plain data is read; writes stay inside the folder a command names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.output.words import say
from cds_tracker.registry.yamlio import YamlFault, parse


def files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_no_tag_builds_an_object(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    for text in (
        f'a: !!python/object/apply:os.system ["touch {marker}"]\n',
        "a: !!python/name:os.system\n",
        "a: !!python/object:pathlib.Path {}\n",
    ):
        try:
            parse(text)
        except YamlFault as fault:
            assert "invalid YAML" in say(fault.where.message, "en")
        else:  # pragma: no cover
            raise AssertionError(f"accepted: {text}")
    assert not marker.exists()


def test_init_writes_only_inside_the_folder_it_names(tmp_path: Path) -> None:
    (tmp_path / "outside").mkdir()
    before = files_under(tmp_path)
    result = CliRunner().invoke(app, ["init", str(tmp_path / "mine" / "data")])
    assert result.exit_code == 0
    added = files_under(tmp_path) - before
    assert added and all(p.startswith("mine") for p in added)


def test_progress_writes_only_in_the_registry_folder(
    own_registry: Path, tmp_path: Path, monkeypatch: object
) -> None:
    before = files_under(tmp_path)
    result = CliRunner().invoke(
        app,
        [
            "progress",
            "add",
            "III.4",
            "--unit",
            "../phong-y-te",
            "--status",
            "done",
            "--registry",
            str(own_registry),
        ],
    )
    assert result.exit_code == 2  # a unit is a catalog entry, never a path
    result = CliRunner().invoke(
        app,
        [
            "progress",
            "add",
            "III.4",
            "--unit",
            "phong-y-te",
            "--status",
            "done",
            "--registry",
            str(own_registry),
        ],
    )
    assert result.exit_code == 0
    added = files_under(tmp_path) - before
    assert added <= {"data/progress/phong-y-te.yaml", "data/progress/.lock"}


@pytest.mark.usefixtures("english")
@pytest.mark.usefixtures("english")
def test_unit_ids_cannot_name_a_path(write_registry: Callable[..., Path]) -> None:
    path = write_registry(("    - id: phong-y-te\n", "    - id: ../../etc/passwd\n"))
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert (
        "invalid id '../../etc/passwd': use lowercase letters, digits and hyphens" in result.output
    )
