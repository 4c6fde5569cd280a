"""A YAML list or mapping where a field takes one word (attack 13, a13_01): `reporting:
[monthly]`, `scope: {a: 1}`, a progress entry's `"status": ["done"]`. Every command reading the
file ended in an internal error (exit 3: the message carried the list, and messages are
compared to drop repeats); each is now one located problem, exit 1, the value as written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

from paths import REGISTRY

EDITS = [
    (
        "        reporting: monthly  #",
        "        reporting: [monthly]  #",
        ":9: 'reporting' phải là một trong monthly, quarterly, half-yearly, yearly, không phải "
        "'[\"monthly\"]'",
    ),
    (
        "            scope: each\n",
        "            scope: {a: 1}\n",
        ":13: 'scope' phải là một trong city, each, không phải '{\"a\": 1}'",
    ),
]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("old", "new", "said"), EDITS)
def test_a_list_or_mapping_in_a_word_field_is_one_located_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, said: str
) -> None:
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    text = REGISTRY.read_text(encoding="utf-8")
    assert old in text
    Path("r").mkdir()
    Path("r/phu_luc_01.yaml").write_text(text.replace(old, new, 1), "utf-8")
    line = text[: text.index(old)].count("\n") + 1
    code, stdout, _ = invoke("validate", "r")
    assert code == 1
    assert f"r/phu_luc_01.yaml:{line}{said}" in stdout.splitlines()
    for args in (["list", "--registry", "r"], ["diff", str(REGISTRY), "r"]):
        assert invoke(*args)[0] == 1  # was 3


def test_a_list_as_a_progress_status_is_one_located_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "r")
    shutil.rmtree(tmp_path / "r" / "progress", ignore_errors=True)
    (tmp_path / "r" / "progress").mkdir()
    (tmp_path / "r" / "progress" / "van-phong.yaml").write_text(
        '- {"id": "f89605a9c466", "target": "II.4", "unit": "van-phong", "status": ["done"], '
        '"date": "2023-06-01", "written": "2026-11-29T12:23:57+00:00"}\n',
        encoding="utf-8",
    )
    code, stdout, _ = invoke("--lang", "en", "validate", "r")
    assert code == 1
    assert stdout.splitlines()[0] == (
        "r/progress/van-phong.yaml:1:65: 'status' must be one of not_started, in_progress, done, "
        "not '[\"done\"]'"
    )
    for args in (["show", "II.4", "--registry", "r"], ["progress", "list", "--registry", "r"]):
        assert invoke(*args)[0] == 1  # was 3
