"""A plan imported into a workspace names a ward a merger made ("Phường Tân Hưng") that the
workspace's unit changes file does not know yet: `cds import` and `cds validate` say where such
a ward is recorded (plans/don_vi_thay_doi.yaml, for every plan) and the lines to write, not
only "no unit is named". Before: the hint sent the clerk to the plan's own catalog, where a
merger's days are refused (docs/registry-format.md, units that change)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
HEADING = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2025",
    "(Kèm theo Kế hoạch số 7/KH-BCĐ ngày 10/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
ROWS = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", "100% hồ sơ được số hóa.", "", "Phường Tân Hưng", "", "Tháng 9/2025", ""),
    ("2.", "Mở lớp tập huấn.", "", "Phòng Nội vụ", "Phòng Ngoại vụ", "Tháng 9/2025", ""),
]
OUT = "plans/2025/phu_luc_01.yaml"
VI_HINT = (
    # no "có phải 'UBND phường Tân Bình'?": "Tân" alone is no likeness (clerk11 B)
    "  gợi ý: phường, xã mới do sáp nhập: ghi vào tệp đơn vị "
    "thay đổi plans/don_vi_thay_doi.yaml (dưới 'units:', cho mọi kế hoạch), ví dụ '- id: "
    "phuong-tan-hung' rồi 'name: Phường Tân Hưng', 'kind: ward', 'source: user', 'valid_from: "
    "01/07/2025'; và ở mỗi phường, xã cũ: '- id: …' rồi 'valid_to: 30/06/2025', 'merged_into: "
    "phuong-tan-hung' (docs/huong-dan-su-dung.md, mục Đơn vị thay đổi)"
)
ADD_UNIT = (
    "thêm đơn vị vào danh mục đơn vị của sổ đăng ký, dưới dòng 'units:' của phần 'catalog:', "
    "như các đơn vị đã có, ví dụ: '- id: phong-dan-toc' rồi 'name: Phòng Dân tộc', 'kind: "
    "department', 'source: appendix'; hoặc thêm tên này vào 'aliases:' (tên gọi khác) của đơn "
    "vị nó chỉ"
)


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh2025.docx", ROWS, HEADING)
    return tmp_path


def test_import_into_a_workspace_names_the_changes_file_for_a_new_ward(plans: Path) -> None:
    result = cds("import", "kh2025.docx", "--registry", "plans/2023", "--out", OUT)
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[:5] == [
        "kh2025.docx:1:4:4: danh mục không có đơn vị nào tên 'Phường Tân Hưng'",
        VI_HINT,
        "kh2025.docx:1:5:5: danh mục không có đơn vị nào tên 'Phòng Ngoại vụ'",
        f"  gợi ý: có phải 'Phòng Nội vụ'? {ADD_UNIT}",  # a department: as before
        "Đã ghi 2 chỉ tiêu (1 nhóm) vào plans/2025/phu_luc_01.yaml.",
    ]


def test_validate_says_it_too_and_following_it_resolves_the_name(plans: Path) -> None:
    assert cds("import", "kh2025.docx", "--registry", "plans/2023", "--out", OUT).exit_code == 1
    text = (plans / OUT).read_text(encoding="utf-8")
    line = text[: text.index("text: Phường Tân Hưng")].count("\n") + 1
    result = cds("validate", "plans/2025")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[:4] == [
        f"plans/2025/phu_luc_01.yaml:{line}:17: danh mục không có đơn vị nào tên 'Phường Tân Hưng'",
        f"  {line} |           text: Phường Tân Hưng",
        "      |                 ^",
        VI_HINT,
    ]
    english = cds("validate", "plans/2025", "--lang", "en").output.splitlines()
    assert english[3] == (
        "  hint: a ward or commune a merger made: record "
        "it in the unit changes file plans/don_vi_thay_doi.yaml (under 'units:', for every "
        "plan), e.g. '- id: phuong-tan-hung' then 'name: Phường Tân Hưng', 'kind: ward', "
        "'source: user', 'valid_from: 01/07/2025'; and at each ward or commune merged into it: "
        "'- id: …' then 'valid_to: 30/06/2025', 'merged_into: phuong-tan-hung' "
        "(docs/huong-dan-su-dung.md, section Đơn vị thay đổi)"
    )
    (plans / "plans/don_vi_thay_doi.yaml").write_text(
        "units:\n  - id: phuong-tan-hung\n    name: Phường Tân Hưng\n    kind: ward\n"
        "    source: user\n    valid_from: 01/07/2025\n  - id: phuong-tan-binh\n"
        "    valid_to: 30/06/2025\n    merged_into: phuong-tan-hung\n",
        encoding="utf-8",
    )
    after = cds("validate", "plans/2025").output
    assert f"plans/2025/phu_luc_01.yaml:{line}:17:" not in after  # the name is known now
    assert "mã đơn vị (`units`) [] không khớp với văn bản, văn bản nêu [phuong-tan-hung]" in after


def test_outside_a_workspace_the_new_ward_goes_to_the_catalog(plans: Path) -> None:
    """Written outside plans/, no changes file is read: the plan's own catalog holds it."""
    result = cds("import", "kh2025.docx", "--registry", "plans/2023", "--out", "rieng.yaml")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[1] == f"  gợi ý: {ADD_UNIT}"
