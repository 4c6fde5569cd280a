from __future__ import annotations

from pathlib import Path

import pytest

from cds_tracker.app.discovery import bundled_registry, display_path, find_registry
from cds_tracker.core.errors import UsageError
from cds_tracker.output.words import say

from paths import REGISTRY


def test_order_option_env_folder_bundled(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    own = project / "data" / "phu_luc_01.yaml"
    own.write_text("x", encoding="utf-8")
    deep = project / "a" / "b"
    deep.mkdir(parents=True)
    other = tmp_path / "other.yaml"
    other.write_text("x", encoding="utf-8")

    assert find_registry(other, cwd=deep, environ={"CDS_REGISTRY": str(own)}).how == "option"
    found = find_registry(None, cwd=deep, environ={"CDS_REGISTRY": str(other)})
    assert (found.path, found.how) == (other, "environment")
    found = find_registry(None, cwd=deep, environ={})
    assert (found.path, found.how) == (own.resolve(), "folder")
    found = find_registry(None, cwd=tmp_path, environ={})
    assert found.bundled
    assert found.path == bundled_registry()


def test_bundled_registry_is_the_shipped_one() -> None:
    assert bundled_registry().read_bytes() == REGISTRY.read_bytes()


def test_missing_registry_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        find_registry(None, environ={"CDS_REGISTRY": str(tmp_path / "none.yaml")})
    assert (
        say(caught.value.message, "en")
        == f"CDS_REGISTRY: no registry file at '{tmp_path / 'none.yaml'}'"
    )


def test_display_path(tmp_path: Path) -> None:
    assert display_path(tmp_path / "data" / "r.yaml", cwd=tmp_path) == "data/r.yaml"
    assert display_path(Path("/elsewhere/r.yaml"), cwd=tmp_path) == "/elsewhere/r.yaml"


def test_init_then_cd_answers_from_that_registry_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cds init myreg; cd myreg; cds show III.4`: the answer comes from myreg, not the bundled
    copy, recorded progress shows, and `--version` names the file (no notice on stderr)."""
    from typer.testing import CliRunner

    from cds_tracker.cli import app

    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["init", "myreg"]).exit_code == 0
    monkeypatch.chdir(tmp_path / "myreg" / "progress")  # from a subfolder too
    added = runner.invoke(
        app,
        ["progress", "add", "III.4", "--unit", "Y tế", "--status", "done", "--date", "01/10/2023"],
    )
    assert added.exit_code == 0, added.output
    monkeypatch.chdir(tmp_path / "myreg")
    shown = runner.invoke(app, ["show", "III.4", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert '"unit": "phong-y-te"' in shown.stdout
    assert shown.stderr == ""
    table = runner.invoke(app, ["show", "III.4"])
    assert table.stdout.splitlines()[-1] == "Sổ đăng ký: phu_luc_01.yaml"
    version = runner.invoke(app, ["--version"])
    assert version.output.splitlines()[1] == "Sổ đăng ký: phu_luc_01.yaml"


def test_bundled_copy_is_announced_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from cds_tracker.cli import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["show", "III.4", "--format", "json"])
    assert result.exit_code == 0
    assert result.stderr == (
        f"cds: đang dùng bản sổ đăng ký kèm theo cds (chỉ đọc): {bundled_registry()}; "
        "tạo sổ riêng bằng 'cds init THƯ_MỤC'\n"
    )
    assert result.stdout.startswith("{") or result.stdout.startswith("[")
    english = CliRunner().invoke(app, ["show", "III.4", "--format", "json", "--lang", "en"])
    assert english.stderr.startswith("cds: using the registry bundled with cds (read-only): ")
    version = CliRunner().invoke(app, ["--version"])
    assert version.output.splitlines()[1] == (
        f"Sổ đăng ký: {bundled_registry()} (bản kèm theo cds, chỉ đọc)"
    )


def test_registry_file_in_the_folder_itself(tmp_path: Path) -> None:
    own = tmp_path / "phu_luc_01.yaml"
    own.write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    found = find_registry(None, cwd=tmp_path / "sub", environ={})
    assert (found.path, found.how) == (own.resolve(), "folder")
