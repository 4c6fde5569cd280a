"""Attack 10, finding 6: a plan with a decision pending does not stop the next plan's import.
With plans/2025 holding one needs_review line, `cds import p2026.docx --out plans/2026/…` ended
on 2025's error; the catalog of the newest plan that loads (plans/2024) now serves, said first.
A plan asked for (--plan, --registry) is never passed over."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

runner = CliRunner()


def _rows(year: int, lead: str = "Phòng Y tế") -> list[Any]:
    return [
        ("header",),
        ("group", "I. DỮ LIỆU SỐ"),
        ("1.", "Một.", "", lead, "", f"Tháng 6/{year}", ""),
    ]


def _heading(year: int) -> list[str]:
    return [
        "Phụ lục 01",
        f"Phân công phụ trách các chỉ tiêu năm {year}",
        f"(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/{year} của Ban Chỉ đạo chuyển đổi số"
        " thành phố)",
    ]


def _cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/2023 (init), plans/2024 valid, plans/2025 with one unknown unit left to decide."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CDS_PLAN", raising=False)
    assert _cds("init", "plans/2023").exit_code == 0
    for year, lead, code in ((2024, "Phòng Y tế", 0), (2025, "Phòng Ngoại vụ", 1)):
        write_docx(tmp_path / f"p{year}.docx", _rows(year, lead), _heading(year))
        out = f"plans/{year}/phu_luc_01.yaml"
        assert _cds("import", f"p{year}.docx", "--out", out).exit_code == code
    assert _cds("--plan", "2025", "validate").exit_code == 1
    write_docx(tmp_path / "p2026.docx", _rows(2026), _heading(2026))
    return tmp_path


def test_the_newest_plan_that_loads_gives_the_catalog(plans: Path) -> None:
    english = _cds("import", "p2026.docx", "--lang", "en")  # printed: plans/2026 not made yet
    assert english.exit_code == 0
    assert english.stderr.splitlines()[0] == (
        "plans/2025/phu_luc_01.yaml is not valid (cds validate lists why), so its unit catalog"
        " is not used; the catalog of plans/2024/phu_luc_01.yaml is"
    )
    result = _cds("import", "p2026.docx", "--out", "plans/2026/phu_luc_01.yaml")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "plans/2025/phu_luc_01.yaml chưa hợp lệ (cds validate chỉ từng lỗi) nên không dùng làm"
        " danh mục đơn vị; dùng danh mục của plans/2024/phu_luc_01.yaml"
    )
    data = parse(Path("plans/2026/phu_luc_01.yaml").read_text(encoding="utf-8"))
    assert data["groups"][0]["targets"][0]["lead"]["units"] == ["phong-y-te"]
    assert _cds("--plan", "2026", "validate").exit_code == 0


def test_a_plan_asked_for_is_never_passed_over(plans: Path) -> None:
    asked = _cds("--plan", "2025", "import", "p2026.docx")
    assert asked.exit_code == 1
    assert asked.stderr.splitlines()[0] == (
        "cds: lỗi: sổ đăng ký plans/2025/phu_luc_01.yaml không hợp lệ; hãy chạy cds validate"
    )
