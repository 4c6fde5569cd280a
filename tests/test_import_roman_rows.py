"""A row numbered like a group ("IV.", "Ⅳ.") whose unit or deadline cells are filled is not a
group heading (its cells were dropped without a word): it is a target without an Arabic number,
reported at its cell and written into needs_review, where `cds validate` flags it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
HEADING = [
    "Phụ lục 01",
    "PHÂN CÔNG PHỤ TRÁCH CÁC CHỈ TIÊU NĂM 2024",
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
ROWS: list[tuple[str, ...]] = [
    ("header",),
    ("group", "I. DỮ LIỆU SỐ"),
    ("1.", "Số hóa hồ sơ.", "", "Phòng Y tế", "", "Tháng 4/2024", ""),
    ("IV.", "Rà soát dữ liệu dân cư.", "", "Phòng Nội vụ", "", "Tháng 5/2024", ""),
    ("Ⅳ.", "Cập nhật dữ liệu đất đai.", "", "", "", "Tháng 6/2024", ""),
    ("group", "II. KINH TẾ SỐ"),
    ("1.", "Thanh toán số.", "", "Phòng Y tế", "", "Tháng 7/2024", ""),
]


@pytest.mark.parametrize(
    ("kind", "where"),
    [
        ("docx", ["1:5:1", "1:6:1"]),
        # Rows: 1-2 the header, 3 group I, 4 I.1, 5 "IV.", 6 "Ⅳ."; the sheet: 3 lower (heading).
        ("xlsx", ["Phụ lục!A8", "Phụ lục!A9"]),
    ],
)
def test_a_roman_numbered_row_with_a_lead_or_deadline_is_reported_not_a_group(
    tmp_path: Path, kind: str, where: list[str]
) -> None:
    write = write_docx if kind == "docx" else write_xlsx
    source = write(tmp_path / f"kh.{kind}", ROWS, HEADING)
    out = tmp_path / "out" / "phu_luc_01.yaml"
    result = runner.invoke(
        app, ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
    )
    assert result.exit_code == 1, result.output
    reported = [line for line in result.output.splitlines() if line.startswith(str(source))]
    assert reported == [
        f"{source}:{where[0]}: dòng số 'IV.' có đơn vị hoặc thời hạn: không phải dòng nhóm, "
        "mà chỉ tiêu không đánh số Ả Rập; bỏ qua",
        f"{source}:{where[1]}: dòng số 'IV.' có đơn vị hoặc thời hạn: không phải dòng nhóm, "
        "mà chỉ tiêu không đánh số Ả Rập; bỏ qua",
    ]
    data = parse(out.read_text(encoding="utf-8"))
    # Groups I and II only; I keeps its one target, no group IV was made of either row.
    assert [g["id"] for g in data["groups"]] == ["I", "II"]
    assert [t["id"] for g in data["groups"] for t in g["targets"]] == ["I.1", "II.1"]
    review = data["needs_review"]
    assert len(review) == 2
    assert "Rà soát dữ liệu dân cư. | Phòng Nội vụ | Tháng 5/2024" in review[0]
    assert "Cập nhật dữ liệu đất đai. | Tháng 6/2024" in review[1]
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    assert checked.output.startswith(f"{out}:6:5: giá trị nhập cần người quyết định: dòng số 'IV.'")
    assert "2 lỗi trong 1 tệp" in checked.output


def test_a_group_row_merged_across_its_cells_is_still_a_group(tmp_path: Path) -> None:
    """A group row whose title fills every cell (merged in Word) has no lead of its own."""
    title = "III. XÃ HỘI SỐ"
    rows = [*ROWS[:3], ("III.", title, title, title, title, title, title)]
    rows.append(("1.", "Học trực tuyến.", "", "Phòng Y tế", "", "Tháng 8/2024", ""))
    source = write_docx(tmp_path / "kh.docx", rows, HEADING)
    out = tmp_path / "out" / "phu_luc_01.yaml"
    result = runner.invoke(
        app, ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
    )
    data = parse(out.read_text(encoding="utf-8"))
    assert [g["id"] for g in data["groups"]] == ["I", "III"], result.output
    assert [t["id"] for g in data["groups"] for t in g["targets"]] == ["I.1", "III.1"]
