"""`cds import` in a workspace with unit changes (a clerk's trial of issue 16): the new plan's
catalog is the base plan's own, as its file writes it. The merger's days and successor live in
plans/don_vi_thay_doi.yaml alone; a copy of them in the new plan would be an error there as soon
as the clerk corrects the shared file (lines the clerk never wrote)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse
from ward_merger import merger_units

runner = CliRunner()
PLAN_2026 = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    (
        "1.",
        "100% hồ sơ của UBND phường Tam Điệp được số hóa.",
        "Chủ tịch UBND phường Tam Điệp",
        "UBND phường Tam Điệp",
        "Phòng Văn hóa và Thông tin",
        "Tháng 9/2026",
        "",
    ),
]
HEADING = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2026",
    "(Kèm theo Kế hoạch số 7/KH-BCĐ ngày 10/01/2026 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
TIMED = ("valid_to", "valid_from", "successor", "merged_into")


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.output)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Plan 2023 (the bundled catalog, no unit dated), the wards Bắc Sơn and Nam Sơn merged
    into Tam Điệp on 01/07/2025 in the changes file, and the 2026 appendix naming Tam Điệp."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    init_registry(tmp_path / "plans" / "2023")
    changes = "units:\n" + merger_units(2025)
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(changes, encoding="utf-8")
    write_docx(tmp_path / "kh2026.docx", PLAN_2026, HEADING)
    return tmp_path


def _catalog(path: Path) -> Any:
    return parse(path.read_text(encoding="utf-8"))["catalog"]


def test_the_new_plan_copies_the_base_catalog_as_written(workspace: Path) -> None:
    out = workspace / "plans" / "2026" / "phu_luc_01.yaml"
    ok("import", "kh2026.docx", "--registry", "plans/2023", "--out", "plans/2026/phu_luc_01.yaml")
    written = out.read_text(encoding="utf-8")
    assert not [line for line in written.splitlines() if line.strip().startswith(TIMED)]
    # The same units, field for field, as plans/2023's own file: Tam Điệp is not among them
    # (the changes file adds it), the wards carry no day and no successor.
    assert _catalog(out) == _catalog(workspace / "plans" / "2023" / "phu_luc_01.yaml")
    target = parse(written)["groups"][0]["targets"][0]
    assert target["lead"]["units"] == ["phuong-tam-diep"]  # resolved through the changes file
    assert ok("validate", "plans/2026") == "Hợp lệ: 2 tệp.\n"  # and the changes file
    # The clerk corrects the merger's day in the shared file: the new plan follows, unchanged.
    changes = workspace / "plans" / "don_vi_thay_doi.yaml"
    fixed = changes.read_text(encoding="utf-8").replace("30/06/2025", "31/07/2025")
    changes.write_text(fixed.replace("01/07/2025", "01/08/2025"), encoding="utf-8")
    assert ok("--lang", "en", "validate", "plans/2026") == "Valid: 2 files.\n"


def test_printed_the_catalog_is_the_base_plans_own_too(workspace: Path) -> None:
    printed = runner.invoke(app, ["import", "kh2026.docx", "--registry", "plans/2023"])
    assert printed.exit_code == 0, printed.output
    text = printed.stdout
    assert "phuong-tam-diep" in text  # the target's lead
    assert parse(text)["catalog"] == _catalog(workspace / "plans" / "2023" / "phu_luc_01.yaml")


def test_outside_a_workspace_the_catalog_keeps_the_changes(workspace: Path) -> None:
    """Written where no changes file is read, the catalog is the only place the merger can be:
    it keeps the changes applied, and the registry validates on its own."""
    ok("import", "kh2026.docx", "--registry", "plans/2023", "--out", "kh2026.yaml")
    units = {u["id"]: u for u in _catalog(workspace / "kh2026.yaml")["units"]}
    assert units["phuong-bac-son"]["valid_to"] == "2025-06-30"
    # written `merged_into`, as the changes file says it: a merger, never said as a rename
    assert units["phuong-bac-son"]["merged_into"] == "phuong-tam-diep"
    assert "successor" not in units["phuong-bac-son"]
    assert units["phuong-tam-diep"]["valid_from"] == "2025-07-01"
    assert ok("--registry", "kh2026.yaml", "validate") == "Hợp lệ: 1 tệp.\n"
