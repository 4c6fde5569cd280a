"""Every path cds prints from the file system is shown on one visible line (attack review 10, 06):
a folder named with a line break ("a\\nb") or ESC shows "a␊b", "x␛[31my", in `cds plans`' path
line as in its table, in `init`'s and `progress add`'s "written to", and in an error's
`file:line:col` (app/discovery.py `display_path`, through output/sanitize.py `visible_line`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
# A plan folder named with ESC or a line break is passed over (no hint can print its name,
# registry/plan_names.py); each is said on one line, and a registry in one is named by --registry.
ODD = "a\x1bb"


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, str(result.output)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / ODD).mkdir()
    shutil.copy(tmp_path / "plans/2023/phu_luc_01.yaml", tmp_path / "plans" / ODD)
    (tmp_path / "plans" / "a\nb").mkdir()  # no plan: a hint's `--plan a<LF>b` runs line "b"
    shutil.copy(tmp_path / "plans/2023/phu_luc_01.yaml", tmp_path / "plans" / "a\nb")
    return tmp_path


def test_plans_lists_the_odd_folder_on_one_line(workspace: Path) -> None:
    code, said = cds("plans")
    assert code == 0, said
    assert "  2023: plans/2023/phu_luc_01.yaml" in said.splitlines()
    assert not [line for line in said.splitlines() if line.startswith("b/")]
    for shown in ("a␊b", "a␛b"):
        (skipped,) = [line for line in said.splitlines() if shown in line]  # said on one line
        assert skipped.startswith("cds: bỏ qua ") and f"plans/{shown}/phu_luc_01.yaml" in skipped


def test_written_and_error_paths_are_shown(workspace: Path) -> None:
    code, said = cds("init", "x\x1b[31my")
    assert code == 0, said
    assert said.splitlines()[0] == "Đã tạo sổ đăng ký: x␛[31my/phu_luc_01.yaml"
    args = ("--unit", "Phòng Y tế", "--status", "đang thực hiện", "--date", "02/10/2023")
    registry = f"plans/{ODD}/phu_luc_01.yaml"
    code, said = cds("--registry", registry, "progress", "add", "I.1", *args, "--lang", "en")
    assert code == 0, said
    assert said.rstrip().endswith(", In progress → plans/a␛b/progress/phong-y-te.yaml")
    broken = workspace / "c\nd"
    broken.mkdir()
    (broken / "phu_luc_01.yaml").write_text("document: [\n", encoding="utf-8")
    code, said = cds("validate", "--registry", "c\nd/phu_luc_01.yaml")
    assert code == 1
    assert said.startswith("c␊d/phu_luc_01.yaml:1:11: YAML không hợp lệ")
    code, said = cds("validate", "--registry", "e\nf/phu_luc_01.yaml", "--lang", "en")
    assert code == 2
    assert "'e␊f/phu_luc_01.yaml'" in said.splitlines()[0]
