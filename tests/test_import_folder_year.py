"""`cds import --out plans/YYYY/…` (issue 16, review 8): a plan whose heading states another
year is refused before anything is written, with the right folder in the hint (a 2025 plan in
plans/2026/ would be taken for the 2026 plan); and --force over an invalid registry works — the
file being replaced is never read as the unit catalog (another plan of the workspace is, and
the import says so)."""

from __future__ import annotations

from pathlib import Path

import pytest

from appendix_files import write_docx
from test_carried_numbers import HEADING_2025
from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok
from test_revise import PLAN


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2024, [_target(1, "Số hóa hồ sơ y tế.", (EMPTY, health, EMPTY), "10/2024")])
    write_docx(tmp_path / "ke-hoach-2025.docx", PLAN, HEADING_2025)
    return tmp_path


def test_a_plan_of_another_year_is_refused_with_its_folder(workspace: Path) -> None:
    result = cds("import", "ke-hoach-2025.docx", "--out", "plans/2026/phu_luc_01.yaml")
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        "cds: lỗi: bảng là kế hoạch năm 2025 mà 'plans/2026/phu_luc_01.yaml' thuộc thư mục của "
        "kế hoạch 2026; chưa ghi gì",
        "  gợi ý: ghi vào thư mục của năm 2025: --out plans/2025/phu_luc_01.yaml",
    ]
    assert not (workspace / "plans/2026").exists()
    english = cds("--lang", "en", "import", "ke-hoach-2025.docx", "--out",
                  "plans/2026-sua-doi/phu_luc_01.yaml")  # fmt: skip
    assert english.exit_code == 2, english.output
    assert "the table is the plan of 2025 but 'plans/2026-sua-doi/phu_luc_01.yaml' is in the " \
        "folder of plan 2026; nothing was written" in english.output  # fmt: skip
    assert "hint: write it into the folder of 2025: --out plans/2025/phu_luc_01.yaml" in (
        english.output
    )
    ok("import", "ke-hoach-2025.docx", "--out", "plans/2025/phu_luc_01.yaml")
    assert ok("--plan", "2025", "validate").splitlines() == ["Hợp lệ: 1 tệp."]


def test_force_replaces_an_invalid_registry_without_reading_it(workspace: Path) -> None:
    target = workspace / "plans/2025/phu_luc_01.yaml"
    (target.parent / "progress").mkdir(parents=True)
    target.write_text("document: [hỏng\n", encoding="utf-8")
    # --plan 2025 makes the broken file the registry in use: it must not be the catalog.
    result = cds("--plan", "2025", "import", "ke-hoach-2025.docx", "--out", str(target.relative_to(
        workspace)), "--force")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (
        "'plans/2025/phu_luc_01.yaml' sắp được ghi đè nên không dùng làm danh mục đơn vị; dùng "
        "danh mục của plans/2024/phu_luc_01.yaml"
    ) in result.output
    assert ok("--plan", "2025", "validate").splitlines() == ["Hợp lệ: 1 tệp."]
    assert "Kế hoạch số 3/KH-BCĐ ngày 08/01/2025" in target.read_text(encoding="utf-8")
