"""What openpyxl warns of while reading a damaged workbook becomes a note the user reads at its
place, in their language, with a hint: a cell formatted as a date whose number is no date (read
as "#VALUE!"), a sheet the workbook lists but openpyxl skips. Both were silenced and lost."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_xlsx
from cds_tracker.cli import app

from paths import REGISTRY

runner = CliRunner()
ROWS: list[tuple[str, ...]] = [
    ("header",),
    ("group", "I. DỮ LIỆU SỐ"),
    ("1.", "Số hóa hồ sơ.", "Trưởng phòng Y tế", "Phòng Y tế", "", "Tháng 3/2024", ""),
    ("2.", "Cấp chữ ký số.", "Trưởng phòng Y tế", "Phòng Y tế", "", "Tháng 4/2024", ""),
]
# Rows of the sheet: 3 heading rows, 4-5 the header, 6 group I, 7 I.1, 8 I.2: its deadline is F8.
LAST_DAY = 2958465  # 31/12/9999, Excel's last day: one more is no date


def _damaged(path: Path, *, date: bool = False, skipped: str = "") -> Path:
    """The appendix with I.2's deadline typed as a date number past Excel's last day, and/or a
    sheet `skipped` whose entry in the workbook lost its link (as a broken copy leaves it)."""
    write_xlsx(path, ROWS, HEADING_2024)
    book = load_workbook(path)
    if date:
        sheet = book["Phụ lục"]
        assert sheet["F8"].value == "Tháng 4/2024"
        sheet["F8"].value = LAST_DAY + 1
        sheet["F8"].number_format = "mm/yyyy"
    if skipped:
        book.create_sheet(skipped)["A1"] = "ghi chú"
    book.save(path)
    if skipped:
        with zipfile.ZipFile(path) as archive:
            parts = {item.filename: archive.read(item.filename) for item in archive.infolist()}
        listed = parts["xl/workbook.xml"].decode("utf-8")
        pattern = r'(<sheet [^>]*name="' + re.escape(skipped) + r'"[^>]*?) r:id="rId\d+"'
        parts["xl/workbook.xml"] = re.sub(pattern, r"\1", listed, count=1).encode("utf-8")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
        path.write_bytes(buffer.getvalue())
    return path


def _import(source: Path, out: Path, *args: str) -> list[str]:
    result = runner.invoke(
        app, ["import", str(source), "--out", str(out), "--registry", str(REGISTRY), *args]
    )
    assert result.exit_code == 1  # the deadline cannot be read: a decision is needed
    return result.output.splitlines()


@pytest.mark.parametrize(
    ("lang", "note", "hint"),
    [
        (
            "vi",
            "ghi chú: ô định dạng ngày nhưng số 2958466 không phải một ngày Excel hiểu được; đọc"
            " là '#VALUE!'",
            "  gợi ý: gõ lại ô trong Excel: tháng dạng '10/2023' hoặc 'Tháng 10/2023' (định dạng"
            " ô: Văn bản), hay một ngày thật; rồi chạy lại cds import",
        ),
        (
            "en",
            "note: the cell is formatted as a date, but 2958466 is no date Excel can show; read"
            " as '#VALUE!'",
            "  hint: retype the cell in Excel: a month as '10/2023' or 'Tháng 10/2023' (cell"
            " format: Text), or a real date; then import again",
        ),
    ],
)
def test_a_date_cell_out_of_range_is_noted_at_its_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, note: str, hint: str
) -> None:
    monkeypatch.chdir(tmp_path)
    source = _damaged(tmp_path / "kh.xlsx", date=True)
    lines = _import(source, tmp_path / "out.yaml", "--lang", lang)
    at = lines.index(f"kh.xlsx:Phụ lục!F8: {note}")
    assert lines[at + 1] == hint
    deadline = "không đọc được thời hạn" if lang == "vi" else "cannot read the deadline"
    assert f"kh.xlsx:Phụ lục!F8: {deadline} '#VALUE!'" in lines  # the problem it explains


def test_a_skipped_sheet_is_noted_at_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = _damaged(tmp_path / "kh.xlsx", date=True, skipped="Ghi chú")
    lines = _import(source, tmp_path / "out.yaml")
    at = lines.index(
        "kh.xlsx: ghi chú: tệp có trang 'Ghi chú' nhưng không đọc được trang này (tệp hỏng một"
        " phần): bảng trên trang đó không được nhập"
    )
    assert lines[at + 1] == (
        "  gợi ý: mở tệp bằng Excel và lưu lại thành tệp .xlsx mới (Tệp > Lưu thành), rồi chạy"
        " lại cds import với tệp mới"
    )
    assert sum("ghi chú:" in line for line in lines) == 2  # the sheet, and F8's date


def test_the_appendix_sheet_skipped_says_why_no_table_was_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The appendix's own sheet unreadable: "no table of targets", and the sheet named first."""
    monkeypatch.chdir(tmp_path)
    source = _damaged(tmp_path / "kh.xlsx", skipped="Phụ lục")
    result = runner.invoke(
        app,
        ["import", str(source), "--out", "o.yaml", "--registry", str(REGISTRY), "--lang", "en"],
    )
    assert (result.exit_code, result.output.splitlines()) == (
        1,
        [
            "cds: error: no table of targets found in 'kh.xlsx'",
            "  hint: the file lists the sheet 'Phụ lục' but it cannot be read (the file is partly"
            " damaged): a table on it is not imported; open the file in Excel and save it as a"
            " new .xlsx file (File > Save As), then import the new file; column titles as in the"
            " appendix: Stt, Nội dung chỉ tiêu, Trực tiếp chỉ đạo, Đơn vị chủ trì, Đơn vị phối"
            " hợp, Thời gian hoàn thành, Ghi chú",
        ],
    )
    assert not (tmp_path / "o.yaml").exists()
