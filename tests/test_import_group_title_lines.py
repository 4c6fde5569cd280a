"""A group row whose (merged) cell prints its title on two lines ("I. CHỈ TIÊU VỀ" over "DỮ LIỆU
SỐ": a manual line break, two paragraphs, Alt+Enter in Excel) is one title, its break read as one
space; `cds import` never writes, exit 0, a registry its own `validate` refuses (what validate
would refuse and the import did not say is said at its cell, exit 1); a control character is
named by what it does ("U+000A, xuống dòng"), never "UNNAMED". Every line worked out by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.core.text import hidden_character
from cds_tracker.output.words import say
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()


def row(number: str, content: str) -> tuple[str, ...]:
    return (number, content, "", "Phòng Y tế", "", "Tháng 6/2024", "")


def _rows(title: str) -> list[Any]:
    return [("header",), ("group", title), row("1.", "Nội dung một\nhai dòng."), row("2.", "Hai.")]


def _import(source: Path, *extra: str) -> Any:
    return runner.invoke(app, ["import", str(source), "--registry", str(REGISTRY), *extra])


@pytest.mark.parametrize(
    ("title", "maker"),
    [
        ("I. CHỈ TIÊU VỀ\nDỮ LIỆU SỐ", write_docx),  # a manual line break (w:br)
        ("I. CHỈ TIÊU VỀ \n\n DỮ LIỆU SỐ", write_docx),  # two paragraphs, spaces around
        ("I. CHỈ TIÊU VỀ\nDỮ LIỆU SỐ", write_xlsx),  # Alt+Enter in the cell
        ("I.\nCHỈ TIÊU VỀ\tDỮ LIỆU SỐ", write_docx),  # numeral on its own line, a tab
    ],
)
def test_a_group_title_on_two_lines_is_one_title(tmp_path: Path, title: str, maker: Any) -> None:
    name = "kh.docx" if maker is write_docx else "kh.xlsx"
    source = maker(tmp_path / name, _rows(title), HEADING_2024)
    out = tmp_path / "plans" / "2024" / "phu_luc_01.yaml"
    result = _import(source, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Đã ghi 2 chỉ tiêu (1 nhóm)" in result.stderr
    data = parse(out.read_text(encoding="utf-8"))
    assert [g["title"] for g in data["groups"]] == ["CHỈ TIÊU VỀ DỮ LIỆU SỐ"]
    # a content cell keeps its lines as written
    assert data["groups"][0]["targets"][0]["content"] == "Nội dung một\nhai dòng."
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output


def test_what_validate_would_refuse_is_said_at_its_cell_exit_1(tmp_path: Path) -> None:
    """A C1 control (CSI, U+009B: XML allows it, a terminal obeys it) in a group's title: not a
    line break, kept as written, and validate refuses it: the import says so at the group's row
    (two header rows, then the group: table 1, row 3, column 1), in the rule's words."""
    source = write_docx(tmp_path / "kh.docx", _rows("I. CHỈ TIÊU VỀ\x9bDỮ LIỆU SỐ"), HEADING_2024)
    out = tmp_path / "plans" / "2024" / "phu_luc_01.yaml"
    result = _import(source, "--out", str(out))
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    at = lines.index(
        f"{source}:1:3:1: 'cds validate' sẽ từ chối sổ đăng ký được ghi: tên nhóm I có ký tự vô"
        " hình hoặc ký tự điều khiển (U+009B, ký tự điều khiển)"
    )
    assert lines[at + 1] == (
        "  gợi ý: gõ lại tên nhóm trên một dòng: tên nhóm được in ở đầu nhóm trong mọi bảng,"
        " thư và báo cáo; ký tự điều khiển (xuống dòng, tab) làm vỡ dòng đó, ký tự vô hình (dấu"
        " cách độ rộng 0, dấu hướng chữ) làm tên trông giống mà khác hoặc in đảo thứ tự chữ"
    )
    assert "\x9b" not in result.output
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 1  # as the import said
    english = _import(source, "--out", str(out), "--force", "--lang", "en")
    assert english.exit_code == 1
    assert (
        f"{source}:1:3:1: 'cds validate' would refuse the registry written: the title of group I"
        " holds an invisible or control character (U+009B, control character)"
    ) in english.stderr.splitlines()


def test_a_clean_import_is_not_said_refused(tmp_path: Path) -> None:
    """The import's own marks (a proposed indicator, needs_review) are not said a second time."""
    rows = [("header",), ("group", "I. DỮ LIỆU SỐ"), row("1.", "Trên 80% hồ sơ được số hóa.")]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    result = _import(source, "--indicators")
    assert result.exit_code == 0, result.output
    assert "validate" not in result.stderr.replace("cds validate báo", "")


@pytest.mark.parametrize(
    ("char", "vi", "en"),
    [
        ("\n", "U+000A, xuống dòng", "U+000A, line feed"),
        ("\t", "U+0009, dấu tab", "U+0009, tab"),
        ("\r", "U+000D, về đầu dòng", "U+000D, carriage return"),
        ("\x1b", "U+001B, ký tự điều khiển", "U+001B, control character"),
        ("\u200b", "U+200B ZERO WIDTH SPACE", "U+200B ZERO WIDTH SPACE"),
    ],
)
def test_a_control_character_is_named_by_what_it_does(char: str, vi: str, en: str) -> None:
    found = hidden_character(f"Dữ{char}liệu")
    assert (say(found, "vi"), say(found, "en")) == (vi, en)


def test_validate_names_a_line_feed_in_a_group_title(tmp_path: Path) -> None:
    text = REGISTRY.read_text(encoding="utf-8").replace(
        "title: Dữ liệu số", 'title: "Dữ liệu\\nsố"', 1
    )
    assert text != REGISTRY.read_text(encoding="utf-8")
    path = tmp_path / "phu_luc_01.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "tên nhóm I có ký tự vô hình hoặc ký tự điều khiển (U+000A, xuống dòng)" in (
        result.output
    )
    assert "UNNAMED" not in result.output
    english = runner.invoke(app, ["validate", str(path), "--lang", "en"])
    assert "the title of group I holds an invisible or control character (U+000A, line feed)" in (
        english.output
    )
