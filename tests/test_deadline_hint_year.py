"""A deadline the import or validate cannot read is answered with examples in the plan's own year
(issue 16, review 8): a 2025 plan was told "viết 'Tháng 9/2024', 'Quý III/2024'…"."""

from __future__ import annotations

from pathlib import Path

import pytest

from appendix_files import write_xlsx
from test_carried_numbers import HEADING_2025
from test_carry_units import cds

ROWS = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", "Mở lớp tập huấn kỹ năng số.", "", "Phòng Nội vụ", "", "Khi có kinh phí", ""),
    ("2.", "Số hóa hồ sơ.", "", "Phòng Nội vụ", "", "Tháng 13/2025", ""),
]


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_xlsx(tmp_path / "ke-hoach-2025.xlsx", ROWS, HEADING_2025)


def test_the_import_hints_in_the_plans_year(source: Path) -> None:
    result = cds("import", source.name, "--out", "pl/phu_luc_01.yaml")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    bad = next(i for i, line in enumerate(lines) if "'Khi có kinh phí'" in line)
    assert lines[bad + 1] == (
        "  gợi ý: viết 'Tháng 9/2025', 'Quý III/2025', '30/11/2025' hoặc 'Thường xuyên'"
    )
    month = next(i for i, line in enumerate(lines) if "'Tháng 13/2025'" in line)
    assert lines[month + 1] == (
        "  gợi ý: tháng chỉ từ 1 đến 12: sửa theo văn bản gốc, ví dụ 'Tháng 12/2025'"
    )
    assert bad < month  # row 1 before row 2: the table's order
    english = cds("--lang", "en", "import", source.name)
    assert "  hint: write 'Tháng 9/2025', 'Quý III/2025', '30/11/2025' or 'Thường xuyên'" in (
        english.output
    )


def test_validate_hints_in_the_plans_year(source: Path) -> None:
    assert cds("import", source.name, "--out", "pl/phu_luc_01.yaml").exit_code == 1
    result = cds("validate", "pl")
    assert result.exit_code == 1
    assert "  gợi ý: viết 'Tháng 9/2025', 'Quý III/2025', '30/11/2025' hoặc 'Thường xuyên'" in (
        result.output
    )
    assert "ví dụ 'Tháng 12/2025'" in result.output and "2024" not in result.output
