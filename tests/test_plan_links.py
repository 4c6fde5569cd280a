"""A plan whose registry is a link leaving the workspace is no plan (docs/reliability.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

from paths import of_year

runner = CliRunner()


@pytest.fixture
def linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    monkeypatch.chdir(root.parent)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(root / "plans" / "2023")
    init_registry(root / "plans" / "2024")
    of_year(root / "plans" / "2024" / "phu_luc_01.yaml", "2024")
    (root / "plans" / "2026").mkdir()
    (root / "plans" / "2026" / "phu_luc_01.yaml").symlink_to("/etc/passwd")
    # a link inside the workspace stays a plan (its year agrees with its folder's)
    init_registry(root / "shared" / "2025")
    of_year(root / "shared" / "2025" / "phu_luc_01.yaml", "2025")
    (root / "plans" / "2025").mkdir()
    (root / "plans" / "2025" / "phu_luc_01.yaml").symlink_to(
        root / "shared" / "2025" / "phu_luc_01.yaml"
    )
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("vi", "cds: bỏ qua {path}: liên kết tới một tệp ngoài thư mục làm việc"),
        ("en", "cds: skipped {path}: a link to a file outside the workspace"),
    ],
)
def test_a_link_out_of_the_workspace_is_passed_over(linked: Path, lang: str, note: str) -> None:
    listed = runner.invoke(app, ["plans", "--format", "json", "--lang", lang])
    assert listed.exit_code == 0, listed.output
    assert "root:" not in listed.output
    assert '"2026"' not in listed.output and '"2025"' in listed.output
    report = runner.invoke(app, ["report", "--all-plans", "--unit", "Sở Nội vụ", "--lang", lang])
    assert report.exit_code == 0, report.output
    assert "root:" not in report.output
    path = linked / "plans" / "2026" / "phu_luc_01.yaml"
    assert note.format(path=path) in report.output.splitlines()
    named = runner.invoke(app, ["--plan", "2026", "due", "--lang", "en"])
    assert named.exit_code == 2
    # why 2026 is no plan, said once, before the error naming the plans there are
    assert named.output.splitlines()[:2] == [
        f"cds: skipped {path}: a link to a file outside the workspace",
        "cds: error: --plan: no plan '2026' in this workspace (plans: 2023, 2024, 2025)",
    ]
