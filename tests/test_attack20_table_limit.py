"""The whole table's character limit (attack20 F10) was said at an ordinary cell, its hint "xem
lại ô này" (a cell's limit): now said at the table (or its sheet) as the table's total."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.output.words import say
from cds_tracker.registry.importing.limits import MAX_CELL_TEXT

from paths import REGISTRY

runner = CliRunner()


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # paths said as given: relative


def _cds(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr.splitlines()


def _long_table() -> Path:
    """Each cell under a cell's limit, the table together past its 500,000 characters (the
    count in tests/test_import_text_limits.py: past it at target 16's content, row 19)."""
    cell = "x" * MAX_CELL_TEXT
    rows = [("header",), ("group", "I. X")]
    rows += [(f"{i}.", cell, "", "Phòng Y tế", "", "Tháng 9/2024", "") for i in range(1, 20)]
    return write_docx(Path("kh.docx"), rows, HEADING_2024)


def test_the_table_limit_is_said_as_the_tables() -> None:
    source = _long_table()
    assert _cds("import", str(source), "--registry", str(REGISTRY)) == (
        1,
        [
            "cds: lỗi: kh.docx, bảng 1: tệp quá lớn để là một phụ lục, không đọc: các ô của bảng "
            "cộng lại có hơn 500.000 ký tự, giới hạn của cả bảng (đến dòng 19 đã có 524.757)",
            "  gợi ý: đây là tổng của cả bảng, không phải một ô dài: gấp hàng chục lần một phụ "
            "lục thật (phụ lục 31 chỉ tiêu: khoảng 12.000 ký tự): xem bảng có các dòng bị chép "
            "lặp hay một bảng khác dán vào không, bỏ phần thừa, lưu rồi nhập lại (tối đa "
            "500.000 ký tự một bảng)",
        ],
    )
    assert _cds("import", str(source), "--registry", str(REGISTRY), "--lang", "en") == (
        1,
        [
            "cds: error: kh.docx, table 1: too large for an appendix, not read: the table's "
            "cells together hold more than 500,000 characters, the whole table's limit (up to "
            "row 19: 524,757)",
            "  hint: this is the whole table's total, not one long cell: dozens of times a real "
            "appendix (the 31-target appendix: some 12,000 characters): look for rows copied "
            "over and over or another table pasted in, delete what does not belong, save and "
            "import again (at most 500,000 characters a table)",
        ],
    )


def test_the_table_limit_of_a_sheet_names_the_sheet() -> None:
    """A workbook's table as read (limits.check_tables): said at its sheet."""
    from cds_tracker.core.errors import CdsError
    from cds_tracker.registry.importing.cells import Table
    from cds_tracker.registry.importing.limits import check_tables

    row = tuple("x" * 30_000 for _ in range(7))  # 210,000 a row: past 500,000 at row 3
    table = Table(number=1, rows=(row,) * 3, sheet="Phụ lục")
    with pytest.raises(CdsError) as refused:
        check_tables(Path("kh.xlsx"), [table])
    assert say(refused.value.message, "vi") == (
        "kh.xlsx, trang tính 'Phụ lục': tệp quá lớn để là một phụ lục, không đọc: các ô của bảng "
        "cộng lại có hơn 500.000 ký tự, giới hạn của cả bảng (đến dòng 3 đã có 510.000)"
    )
