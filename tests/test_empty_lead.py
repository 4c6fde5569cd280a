"""A target nobody leads (attack 8, f1): an empty "Đơn vị chủ trì" cell is a problem at its
place in `cds import` and an error in `validate`; a late target no unit owes (its lead only
"… có liên quan", none of whom reported) is listed by `late --by-unit` under no unit, in every
format, never a crash (exit 3). Files are built here; expectations counted by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app

from paths import REGISTRY

runner = CliRunner()
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")


def _rows(lead: str) -> list[tuple[str, ...]]:
    return [
        ("header",),
        GROUP,
        ("1.", "Nội dung một.", "", lead, "", "Tháng 6/2024", ""),
        ("2.", "Nội dung hai.", "", "Phòng Y tế", "", "Tháng 9/2024", ""),
    ]


def _import(source: Path, out: Path, *extra: str) -> Any:
    args = ["import", str(source), "--registry", str(REGISTRY), "--out", str(out), *extra]
    return runner.invoke(app, args)


@pytest.mark.parametrize(
    ("kind", "at", "where"),
    [
        # Word: rows 1-2 the header, 3 the group, 4 target 1; column 4 "Đơn vị chủ trì".
        ("docx", "1:4:4", "bảng 1, dòng 4, cột 4"),
        # The sheet: three heading rows above the table, so target 1 is row 7, column D.
        ("xlsx", "Phụ lục!D7", "trang Phụ lục, ô D7"),
    ],
)
def test_an_empty_lead_cell_is_a_problem_at_its_place(
    tmp_path: Path, kind: str, at: str, where: str
) -> None:
    writer = write_docx if kind == "docx" else write_xlsx
    source = writer(tmp_path / f"kh.{kind}", _rows(""), HEADING_2024)
    out = tmp_path / "r.yaml"
    result = _import(source, out)
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[:2] == [
        f"{source}:{at}: ô 'Đơn vị chủ trì' trống: không có đơn vị nào để đôn đốc",
        "  gợi ý: ghi đơn vị chủ trì vào ô đó (như văn bản kế hoạch) rồi nhập lại, hoặc ghi "
        "vào lead của chỉ tiêu trong tệp đã nhập",
    ]
    text = out.read_text(encoding="utf-8")
    mark = f"Đơn vị chủ trì: ô 'Đơn vị chủ trì' trống: không có đơn vị nào để đôn đốc ({where})"
    assert f'- "{mark}"' in text
    english = _import(source, tmp_path / "en.yaml", "--lang", "en")
    assert english.output.splitlines()[0] == (
        f"{source}:{at}: the 'Đơn vị chủ trì' (lead unit) cell is empty: no unit to urge"
    )


def test_validate_refuses_a_target_without_lead_at_its_line(tmp_path: Path) -> None:
    source = write_docx(tmp_path / "kh.docx", _rows(""), HEADING_2024)
    out = tmp_path / "r.yaml"
    assert _import(source, out).exit_code == 1
    # A person deletes the mark without naming the lead: the rule still refuses the target.
    lines = out.read_text(encoding="utf-8").splitlines()
    at = lines.index("        needs_review:")
    del lines[at : at + 2]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lead = lines.index("        lead:") + 1  # 0-based index of its `text: ''` line
    assert lines[lead] == "          text: ''"
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{out}:{lead + 1}:17: chỉ tiêu I.1 không có đơn vị chủ trì (lead trống)"
    )
    assert "  gợi ý: ghi đơn vị chủ trì như văn bản kế hoạch" in result.output
    assert "1 lỗi" in result.output.splitlines()[-1]
    english = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert f"{out}:{lead + 1}:17: target I.1 has no lead unit (its lead is empty)" in (
        english.output
    )
    refused = runner.invoke(app, ["late", "--by-unit", "--registry", str(out)])
    assert refused.exit_code == 1


@pytest.fixture
def nobody(tmp_path: Path) -> Path:
    """I.1 led only by "Các phòng, đơn vị có liên quan" (an open collective: nobody owes it until
    one reports), late on 01/12/2024 by 154 days (30/06 → 01/12); I.2, Phòng Y tế's, by 62."""
    source = write_docx(tmp_path / "kh.docx", _rows("Các phòng, đơn vị có liên quan"), HEADING_2024)
    out = tmp_path / "r.yaml"
    result = _import(source, out)
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0
    return out


def _late(registry: Path, *extra: str) -> Any:
    args = ["late", "--by-unit", "--as-of", "01/12/2024", "--registry", str(registry), *extra]
    return runner.invoke(app, args)


def test_late_by_unit_lists_a_target_nobody_owes_under_no_unit(nobody: Path) -> None:
    result = _late(nobody, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["unit"], r["id"], r["days_late"]) for r in rows] == [
        ("Phòng Y tế", "I.2", 62),
        (None, "I.1", 154),
    ]
    table = _late(nobody)
    assert table.exit_code == 0, table.output
    titles = [line for line in table.stdout.splitlines() if line.endswith(")")]
    assert titles[-2:] == ["Phòng Y tế (1)", "Không đơn vị nào phải báo cáo (1)"]
    csv = _late(nobody, "--format", "csv")
    assert csv.exit_code == 0
    lines = csv.stdout.splitlines()
    assert lines[1].startswith("Phòng Y tế,,,I.2,")
    assert lines[2].startswith(",,,I.1,")
    english = _late(nobody, "--lang", "en")
    assert "No unit must report (1)" in english.stdout


def test_late_by_unit_with_only_targets_nobody_owes(tmp_path: Path) -> None:
    """The crash of attack 8: every late row owed by nobody gave zip() two lengths (exit 3)."""
    rows = _rows("Các phòng, đơn vị có liên quan")[:-1]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    out = tmp_path / "r.yaml"
    assert _import(source, out).exit_code == 0
    for fmt in ("table", "json", "csv"):
        result = _late(out, "--format", fmt)
        assert result.exit_code == 0, (fmt, result.output)
    data = json.loads(_late(out, "--format", "json").stdout)
    assert [(r["unit"], r["id"]) for r in data] == [(None, "I.1")]
    excel = _late(out, "--excel")
    assert excel.exit_code == 0, excel.output


@pytest.mark.parametrize(
    "command",
    [
        ["due", "--month", "6/2024", "--as-of", "01/12/2024"],
        ["report", "--unit", "Các phòng, đơn vị có liên quan", "--as-of", "01/12/2024"],
        ["summary", "--as-of", "01/12/2024", "--format", "json"],
        ["show", "I.1", "--as-of", "01/12/2024"],
        ["remind", "--month", "6/2024", "--as-of", "01/12/2024"],
        ["late", "--as-of", "01/12/2024", "--format", "csv"],
    ],
)
def test_other_commands_answer_for_a_target_nobody_owes(nobody: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--registry", str(nobody)])
    assert result.exit_code == 0, result.output
