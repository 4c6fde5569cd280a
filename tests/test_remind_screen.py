"""`cds remind` printed to an 80-column terminal (issue 12): its Markdown prose was one line of
~590 characters; on a terminal the prose is folded, and a table row that cannot fold comes with
a notice of how to get the notes as files. Piped, the Markdown is left whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app, documents
from cds_tracker.output.reminders import on_screen

ARGS = ("remind", "--month", "11/2023", "--as-of", "01/11/2023", "--unit", "Phòng Y tế")
NOTICE = (
    "ghi chú: bảng trong văn bản đôn đốc rộng hơn màn hình; để đọc hoặc sửa, ghi ra tệp: "
    "--out nhac-viec/ (Markdown) hoặc --format docx --out don-doc/ (Word)"
)


def test_prose_folds_at_the_width_and_a_table_row_is_left_whole() -> None:
    text = "# Tiêu đề\n\nMột hai ba bốn năm sáu bảy tám\n| 1 | một hàng bảng dài |\n"
    assert on_screen(text, 12) == (
        "# Tiêu đề\n\nMột hai ba\nbốn năm sáu\nbảy tám\n| 1 | một hàng bảng dài |\n",
        True,
    )
    assert on_screen("Một hai ba\n| 1 |\n", 12) == ("Một hai ba\n| 1 |\n", False)


def test_on_a_terminal_the_prose_fits_and_a_notice_names_the_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(documents, "_to_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "80")
    result = CliRunner().invoke(app, list(ARGS))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[4:8] == [
        "Thực hiện Kế hoạch số …………/KH-BCĐ ngày …………/5/2023 của Ban Chỉ đạo chuyển đổi số",
        "thành phố, tính đến ngày 01/11/2023, các chỉ tiêu do Phòng Y tế chủ trì dưới đây",
        "đến hạn trong tháng 11/2023 hoặc đã quá hạn mà phần việc của đơn vị chưa hoàn",
        "thành:",
    ]
    assert all(len(line) <= 80 for line in lines if not line.startswith("|"))
    assert result.stderr == NOTICE + "\n"


def test_piped_the_markdown_is_left_whole(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, list(ARGS), env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert result.stdout.splitlines()[4].startswith("Thực hiện Kế hoạch số")
    assert len(result.stdout.splitlines()[4]) > 200
    assert result.stderr == ""
