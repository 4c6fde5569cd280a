"""The notes of a workbook's reading cost one look-up per warning, whatever the number of sheets
(a warning matched to no cell walked every sheet after the last match: 150,000 such warnings and
1,500 sheets took 208 s), and a workbook of more sheets than an appendix could have is refused."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.importing.heard import workbook_notes

from paths import REGISTRY

runner = CliRunner()


class _Cell:
    def __init__(self, data_type: str) -> None:
        self.data_type = data_type


class _Sheet:
    """A sheet that counts how often its cells are looked at."""

    looked = 0

    def __init__(self, title: str, cells: dict[tuple[int, int], _Cell]) -> None:
        self.title, self.cells = title, cells

    @property
    def _cells(self) -> dict[tuple[int, int], _Cell]:
        _Sheet.looked += 1
        return self.cells


def _warning(cell: str, value: str) -> Any:
    text = f"Cell {cell} is marked as a date but the serial value {value} is outside the limits"
    return warnings.WarningMessage(UserWarning(text), UserWarning, "x", 1)


def test_each_sheet_is_looked_at_once_whatever_the_warnings() -> None:
    sheets = [_Sheet("S1", {(1, 1): _Cell("s")})]  # A1 written many times, last as text
    sheets += [_Sheet(f"E{i}", {(1, 1): _Cell("s")}) for i in range(200)]
    sheets.append(_Sheet("Last", {(2, 3): _Cell("e")}))  # C2: a date out of range
    book = type("Book", (), {"worksheets": sheets, "chartsheets": []})()
    caught = [_warning("A1", "1e300")] * 5000 + [_warning("C2", "2958466")]
    _Sheet.looked = 0
    notes = workbook_notes(caught, book, [s.title for s in sheets])
    assert _Sheet.looked == len(sheets)  # before: 5000 × 202 looks
    assert [(n.key, n.values, n.table, n.row, n.col) for n in notes] == [
        ("import_read_date_out_of_range", {"value": "2958466"}, 202, 2, 3)
    ]


def test_a_workbook_of_more_than_a_hundred_sheets_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    book = openpyxl.Workbook()
    for i in range(101):
        book.create_sheet(f"E{i}")["A1"] = "y"  # 102 sheets with the first
    book.save(tmp_path / "nhieu.xlsx")
    result = runner.invoke(
        app, ["import", "nhieu.xlsx", "--out", "o.yaml", "--registry", str(REGISTRY)]
    )
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        "cds: lỗi: nhieu.xlsx: tệp quá lớn để là một phụ lục, không đọc: danh sách trang tính "
        "của sổ có hơn 100 mục",
        "  gợi ý: chép riêng bảng phụ lục sang một tệp mới rồi nhập tệp đó",
    ]
