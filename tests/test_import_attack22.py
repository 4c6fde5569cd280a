"""`cds import` of attack 22: its own English workbook read back (F2), a plan's own "Mã" column
told from the export's id column and said not read (F3), and a table with no deadline column or
no readable deadline speaking of no year 0, the missing column said once (F6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files named as a person types them, in the folder they stand in."""
    monkeypatch.chdir(tmp_path)


OUT = Path("out") / "phu_luc_01.yaml"


def _import(source: Path, *before: str) -> tuple[Any, dict[str, Any]]:
    out = source.parent / OUT
    args = [*before, "import", source.name, "--out", str(OUT), "--registry", str(REGISTRY)]
    result = runner.invoke(app, [*args, "--force"])
    return result, parse(out.read_text(encoding="utf-8"))


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "PL01"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _docx(path: Path, rows: list[list[str]]) -> Path:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    doc.save(str(path))
    return path


# --- F2: `cds export --lang en` read back -------------------------------------------------------

_COMPUTED_EN = [
    (
        "en.xlsx:Appendix 01!I6: ghi chú: cột 'Status' là kết quả theo dõi, cds tự tính từ tiến độ "
        "đã ghi: không đọc"
    ),
    (
        "  gợi ý: tiến độ ghi bằng `cds progress add` hoặc phiếu báo cáo (`cds forms import`), "
        "không ghi trong bảng chỉ tiêu"
    ),
    (
        "en.xlsx:Appendix 01!J6: ghi chú: cột 'Days late' là kết quả theo dõi, cds tự tính từ tiến "
        "độ đã ghi: không đọc"
    ),
    (
        "en.xlsx:Appendix 01!K6: ghi chú: cột 'Latest values' là kết quả theo dõi, cds tự tính từ "
        "tiến độ đã ghi: không đọc"
    ),
    (
        "en.xlsx:Appendix 01!L6: ghi chú: cột 'Last report' là kết quả theo dõi, cds tự tính từ "
        "tiến độ đã ghi: không đọc"
    ),
]


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_english_export_round_trip_is_exact(tmp_path: Path, kind: str) -> None:
    """`cds export --lang en`, then `cds import` and `cds diff`: the 31 targets and the heading
    ("(Attached to Kế hoạch số …)") come back as they were; only the columns cds computes are
    said not read (the workbook's row 6: Code, No., Target, …, Status, Days late, …)."""
    original = load_registry(REGISTRY).registry
    assert original is not None
    source = tmp_path / f"en.{kind}"
    args = ["export", "--lang", "en", "--format", kind, "--out", str(source)]
    exported = runner.invoke(app, [*args, "--registry", str(REGISTRY)])
    assert exported.exit_code == 0, exported.output
    if kind == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(source).worksheets[0]
        assert [c.value for c in sheet[6]][:8] == [
            "Code",
            "No.",
            "Target",
            "Directing",
            "Lead units",
            "Cooperating units",
            "Deadline",
            "Notes",
        ]
        assert sheet["A3"].value.startswith("(Attached to Kế hoạch số ")
    result, data = _import(source)
    assert result.exit_code == 0, result.output
    imported = load_registry(source.parent / "out" / "phu_luc_01.yaml").registry
    assert imported is not None
    assert imported.document == original.document
    assert imported == original
    assert not any("needs_review" in t for g in data["groups"] for t in g["targets"])
    lines = result.output.splitlines()
    assert lines[:-1] == (_COMPUTED_EN if kind == "xlsx" else [])
    assert lines[-1] == f"Đã ghi 31 chỉ tiêu (5 nhóm) vào {OUT}."
    for lang, same in (("vi", "Không có khác biệt."), ("en", "No differences.")):
        diff = runner.invoke(app, ["--lang", lang, "diff", str(REGISTRY), source.name])
        assert diff.exit_code == 0, diff.output
        assert diff.output.splitlines()[-1] == same


def test_english_export_in_english_words(tmp_path: Path) -> None:
    """The same import with --lang en: its notes in English, exit 0."""
    source = tmp_path / "en.xlsx"
    args = ["export", "--lang", "en", "--format", "xlsx", "--out", str(source)]
    assert runner.invoke(app, [*args, "--registry", str(REGISTRY)]).exit_code == 0
    result, _ = _import(source, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == [
        "en.xlsx:Appendix 01!I6: note: the column 'Status' is a tracking result, which cds "
        "computes from recorded progress: not read",
        "  hint: progress is recorded with `cds progress add` or a return form (`cds forms "
        "import`), not in the targets' table",
        "en.xlsx:Appendix 01!J6: note: the column 'Days late' is a tracking result, which cds "
        "computes from recorded progress: not read",
    ]
