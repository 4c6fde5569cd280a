"""Issue 16, attack 6: the workspace's unit changes file and a plan's progress folder are never
read through a symbolic link, by any reader, as the writers never write through one. A link to
/etc/shadow at plans/don_vi_thay_doi.yaml had its first line quoted by validate; a dangling one
read as "no changes"; plans/2024/progress linked to 2023's counted 2023's entries as 2024's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

from paths import of_year

runner = CliRunner()
SECRET = "root:$6$bí-mật:19000:0:99999:7:::\n"
LINK_VI = (
    "plans/don_vi_thay_doi.yaml:1:1: không đọc được tệp: đường dẫn này là một liên kết tượng "
    "trưng (symbolic link), không phải tệp thông thường"
)

ADD = (
    "progress",
    "add",
    "I.1",
    "--unit",
    "Phòng Văn hóa và Thông tin",
    "--status",
    "done",
    "--date",
)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    init_registry(root / "plans" / "2023")
    init_registry(root / "plans" / "2024")
    of_year(root / "plans" / "2024" / "phu_luc_01.yaml", "2024")
    (tmp_path / "shadow").write_text(SECRET, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return root


@pytest.mark.parametrize("target", ["../../shadow", "/nonexistent/don_vi_thay_doi.yaml"])
def test_a_linked_changes_file_is_refused_and_never_quoted(workspace: Path, target: str) -> None:
    (workspace / "plans/don_vi_thay_doi.yaml").symlink_to(target)
    result = runner.invoke(app, ["validate", "plans/2024"])
    assert result.exit_code == 1
    # the plan and the changes file it reads: the refusal said once
    assert result.output.splitlines() == [LINK_VI, "1 lỗi trong 1 tệp (đã kiểm tra 2 tệp)."]
    # every reader of the plan: the same refusal, nothing of the target shown
    late = runner.invoke(app, ["--plan", "2024", "late", "--lang", "en"])
    assert late.exit_code == 1
    assert "symbolic link" in late.output and "bí-mật" not in late.output


def test_a_real_changes_file_is_still_read(workspace: Path) -> None:
    (workspace / "plans/don_vi_thay_doi.yaml").write_text(
        "units:\n  - id: phuong-bac-son\n    valid_to: 31/06/2025\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", "plans/2024", "--lang", "en"])
    assert result.exit_code == 1
    assert result.output.startswith(
        "plans/don_vi_thay_doi.yaml:3:15: 'valid_to': '31/06/2025' is not a day"
    )


def test_a_linked_progress_folder_is_refused_by_readers_as_by_writers(workspace: Path) -> None:
    added = runner.invoke(
        app,
        ["--plan", "2023", *ADD, "10/05/2023"],
    )
    assert added.exit_code == 0, added.output
    shutil.rmtree(workspace / "plans/2024/progress")
    (workspace / "plans/2024/progress").symlink_to(workspace / "plans/2023/progress")
    refused = (
        "plans/2024/progress': đường dẫn này là một liên kết tượng trưng (symbolic link), không "
        "phải một thư mục"
    )
    validated = runner.invoke(app, ["validate", "plans/2024"])
    assert validated.exit_code == 1
    assert validated.output == f"cds: lỗi: không truy cập được '{refused}\n"
    listed = runner.invoke(app, ["--plan", "2024", "progress", "list"])
    assert listed.exit_code == 1
    assert listed.output == f"cds: lỗi: không truy cập được '{workspace}/{refused}\n"
    written = runner.invoke(
        app,
        ["--plan", "2024", *ADD, "10/05/2024"],
    )
    assert written.exit_code == 1
    assert "liên kết tượng trưng" in written.output
    assert runner.invoke(app, ["validate", "plans/2023"]).exit_code == 0
