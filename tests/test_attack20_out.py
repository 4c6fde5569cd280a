"""`cds import --out` refused as `cds export` refuses it (attack20 F3): a folder given with --force
was "'out.yaml' đã có … thêm --force"; a pipe or a link without --force got the --force hint
before what it is. One check for both (output/files.py `check_out`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app

from paths import REGISTRY

runner = CliRunner()

TARGET = ("1.", "Số hóa hồ sơ lưu trữ.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
ROWS = [("header",), ("group", "I. Dữ liệu số"), TARGET]


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # paths said as given: relative


def _cds(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr.splitlines()


@pytest.fixture
def source() -> Path:
    return write_docx(Path("kh.docx"), ROWS, HEADING_2024)


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_an_out_that_is_a_folder_is_said_so_never_hinting_force(
    source: Path, force: tuple[str, ...]
) -> None:
    Path("out.yaml").mkdir()
    args = ("import", source.name, "--registry", str(REGISTRY), "--out", "out.yaml", *force)
    assert _cds(*args) == (2, ["cds: lỗi: 'out.yaml' là một thư mục; hãy cho --out một tên tệp"])
    assert _cds(*args, "--lang", "en") == (
        2,
        ["cds: error: 'out.yaml' is a folder; give a file name for --out"],
    )
    assert list(Path("out.yaml").iterdir()) == []


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_a_fifo_or_a_link_out_is_said_as_what_it_is(source: Path, force: tuple[str, ...]) -> None:
    os.mkfifo("pipe.yaml")
    Path("real.yaml").write_text("giữ nguyên\n", encoding="utf-8")
    Path("link.yaml").symlink_to("real.yaml")
    args = ("import", source.name, "--registry", str(REGISTRY), *force)
    assert _cds(*args, "--out", "pipe.yaml") == (
        2,
        [
            "cds: lỗi: 'pipe.yaml' là một ống có tên (named pipe, FIFO), không phải tệp thông "
            "thường; chưa ghi gì",
            "  gợi ý: cho --out đường dẫn của một tệp mới hoặc một tệp thông thường",
        ],
    )
    assert _cds(*args, "--out", "link.yaml", "--lang", "en") == (
        2,
        [
            "cds: error: 'link.yaml' is a symbolic link, not a regular file; nothing was written",
            "  hint: give --out the path of a new or regular file",
        ],
    )
    assert Path("real.yaml").read_text(encoding="utf-8") == "giữ nguyên\n"


def test_a_file_out_without_force_is_offered_force_as_export_does(source: Path) -> None:
    Path("out.yaml").write_text("giữ nguyên\n", encoding="utf-8")
    args = ("import", source.name, "--registry", str(REGISTRY), "--out", "out.yaml")
    assert _cds(*args) == (
        2,
        [
            "cds: lỗi: 'out.yaml' đã tồn tại; chưa ghi gì",
            "  gợi ý: chọn --out khác, hoặc thêm --force để ghi đè",
        ],
    )
    assert _cds(*args, "--lang", "en") == (
        2,
        [
            "cds: error: 'out.yaml' already exists; nothing was written",
            "  hint: choose another --out, or add --force to replace it",
        ],
    )
    assert _cds(*args, "--force")[0] == 0
    assert "id: I.1" in Path("out.yaml").read_text(encoding="utf-8")


def test_export_to_a_folder_without_force_is_not_offered_force(source: Path) -> None:
    """The writer's one check (output/files.py `check_out`): a folder is said as one, --force
    or not; it was "đã tồn tại … thêm --force" without it."""
    Path("d.docx").mkdir()
    args = ("export", "--format", "docx", "--registry", str(REGISTRY), "--out", "d.docx")
    assert _cds(*args) == (2, ["cds: lỗi: 'd.docx' là một thư mục; hãy cho --out một tên tệp"])
