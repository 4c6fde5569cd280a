"""A workbook cell holding a formula without a stored result (written by a program, never
recalculated by Excel) was read as empty: `cds import` said "không đọc được thời hạn ''" or "ô
nội dung chỉ tiêu trống", and of a formula in the Stt cell quoted the content cell's text as the
number. It is said as `cds progress import` says it, at the formula's own cell."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_xlsx
from cds_tracker.cli import app

from paths import REGISTRY

runner = CliRunner()
FORMULA = (
    "ô chứa công thức chưa có kết quả (tệp chưa được Excel tính lại); gõ giá trị vào ô thay cho"
    " công thức"
)


def test_formula_cells_are_said_as_formulas_at_their_cell(tmp_path: Path) -> None:
    rows = [
        ("header",),
        ("group", "I. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ"),
        ("1.", "Số hóa hồ sơ.", "", "Phòng Y tế", "", "=DATE(2024,9,30)", ""),
        ("2.", "=A1", "", "Phòng Y tế", "", "Tháng 9/2024", ""),
        ("=1+2", "e", "", "", "", "Tháng 9/2024", ""),
    ]
    source = write_xlsx(tmp_path / "kh.xlsx", rows, HEADING_2024)
    out = tmp_path / "o" / "phu_luc_01.yaml"
    result = runner.invoke(
        app, ["import", str(source), "--registry", str(REGISTRY), "--out", str(out)]
    )
    assert result.exit_code == 1
    hint = "  gợi ý: hoặc mở tệp bằng Excel rồi lưu lại: Excel tính và lưu kết quả của công thức"
    # Three heading rows, an empty one, two header rows, the group: targets on rows 7 to 9.
    assert result.stderr.splitlines()[:4] == [
        f"{source}:Phụ lục!F7: {FORMULA}",
        hint,
        f"{source}:Phụ lục!B8: {FORMULA}",
        f"{source}:Phụ lục!A9: {FORMULA}",
    ]
    result = runner.invoke(
        app, ["import", str(source), "--registry", str(REGISTRY), "--lang", "en"]
    )
    assert result.stderr.splitlines()[0] == (
        f"{source}:Phụ lục!F7: the cell holds a formula with no stored result (never"
        " recalculated by Excel); type the value instead of a formula"
    )
