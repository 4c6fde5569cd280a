""" "P." is how offices shorten both "phường" ("UBND P. Bắc Sơn") and "Phòng" ("P. Kinh tế",
"P.GD&ĐT", "P.Y tế", "P. TC-KH"); before, only the ward's was read and the department's got
"không có đơn vị" (clerk11 H). Read as whichever names a unit; when both do, the name is
ambiguous and both are listed, never one taken in silence (registry/unit_lookup.py `_p_dot`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import REGISTRY

runner = CliRunner()


@pytest.mark.parametrize(
    ("typed", "vi", "en"),
    [
        ("UBND P. Bắc Sơn", "UBND phường Bắc Sơn", "UBND phường Bắc Sơn"),
        ("P Nam Sơn", "UBND phường Nam Sơn", "UBND phường Nam Sơn"),
        ("P. Kinh tế", "Phòng Kinh tế", "Phòng Kinh tế"),
        ("P.GD&ĐT", "Phòng Giáo dục và Đào tạo", "Phòng Giáo dục và Đào tạo"),
        ("P.Y tế", "Phòng Y tế", "Phòng Y tế"),
        ("P. TC-KH", "Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch"),
        ("p.kinh tế", "Phòng Kinh tế", "Phòng Kinh tế"),
    ],
)
def test_p_dot_is_the_ward_or_the_department_it_names(typed: str, vi: str, en: str) -> None:
    args = ["report", "--unit", typed, "--registry", str(REGISTRY), "--as-of", "01/11/2023"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"Chỉ tiêu {vi} phụ trách (tình trạng đến ngày 01/11/2023)"
    )
    english = runner.invoke(app, [*args, "--lang", "en"])
    assert english.exit_code == 0, english.output
    assert english.output.splitlines()[0] == f"Targets {en} answers for (status as of 01/11/2023)"


def test_p_dot_naming_nothing_is_still_unknown() -> None:
    result = runner.invoke(app, ["report", "--unit", "P. Xyz", "--registry", str(REGISTRY)])
    assert (result.exit_code, result.output.splitlines()[0]) == (
        2,
        "cds: lỗi: không có đơn vị 'P. Xyz'",
    )


def test_p_dot_naming_a_ward_and_a_department_lists_both(tmp_path: Path) -> None:
    """A catalogue holding a "Phòng Bắc Sơn" besides UBND phường Bắc Sơn: "P. Bắc Sơn" could be
    either — refused (exit 2) with both and their ids, as any ambiguous name."""
    text = REGISTRY.read_text(encoding="utf-8")
    unit = "    - id: phong-y-te\n"
    assert unit in text
    added = (
        "    - id: phong-bac-son\n      name: Phòng Bắc Sơn\n      kind: department\n"
        "      source: appendix\n"
    )
    registry = tmp_path / "phu_luc_01.yaml"
    registry.write_text(text.replace(unit, added + unit, 1), encoding="utf-8")
    both = "Phòng Bắc Sơn (phong-bac-son); UBND phường Bắc Sơn (phuong-bac-son)"
    for typed in ("P. Bắc Sơn", "P Bắc Sơn"):
        result = runner.invoke(app, ["report", "--unit", typed, "--registry", str(registry)])
        assert (result.exit_code, result.output.splitlines()[0]) == (
            2,
            f"cds: lỗi: tên đơn vị '{typed}' chưa rõ, có thể là 2 đơn vị: {both}",
        )
    english = runner.invoke(
        app, ["report", "--unit", "P. Bắc Sơn", "--registry", str(registry), "--lang", "en"]
    )
    assert (english.exit_code, english.output.splitlines()[0]) == (
        2,
        f"cds: error: unit 'P. Bắc Sơn' is ambiguous, it could be 2 units: {both}",
    )
    # the full names still name one each
    for typed in ("Phòng Bắc Sơn", "UBND phường Bắc Sơn"):
        args = ["report", "--unit", typed, "--registry", str(registry)]
        assert runner.invoke(app, args).exit_code == 0
