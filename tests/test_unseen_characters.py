"""Characters nobody sees (core/chars.py): zero-width characters (U+200B–D, U+2060, U+FEFF…)
and bidi controls (U+202A–E, U+2066–9, the marks) inside a registry's or an imported table's
text. Per output: the terminal never shows one raw (bidi reorders the line; a zero-width space
makes two equal-looking names differ, so it is shown as <U+200B>); JSON keeps zero-width
characters as data (bidi escaped, as before); `cds validate` and `cds import` say where one is,
with a hint. Other commands still answer from such a registry (validate-only: every output
shows or escapes the characters)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.output.sanitize import csv_cell, json_text, visible, visible_line
from test_revise import HEADING

runner = CliRunner()
I2_FIRST = "          100% các yêu cầu về cung cấp dịch vụ"  # I.2's text, first line (line 388)
I2_DIRECTING = "          text: Trưởng phòng Văn hóa và Thông tin"  # line 392, first of them
UNSEEN = "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_the_terminal_shows_every_unseen_character_and_files_keep_zero_width_ones() -> None:
    shown = visible("a" + UNSEEN + "b")
    assert shown == "a" + "".join(f"<U+{ord(c):04X}>" for c in UNSEEN) + "b"
    assert visible_line("Phòng\u200b Y tế") == "Phòng<U+200B> Y tế"
    assert visible("Phòng Y tế\nxã\u00ad") == "Phòng Y tế\nxã\u00ad"  # soft hyphen: Word's own
    dumped = json.dumps("x\u200by\u202ez", ensure_ascii=False)
    assert json_text(dumped) == '"x\u200by\\u202ez"'  # data kept; bidi escaped
    assert json.loads(json_text(dumped)) == "x\u200by\u202ez"
    assert csv_cell("x\u200by\u202ez") == "x\u200by<U+202E>z"


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    init_registry(tmp_path / "p")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "p" / "phu_luc_01.yaml"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_validate_says_where_a_targets_text_or_cell_holds_one(plan: Path) -> None:
    """A zero-width space in I.2's text (a folded block: the problem at its '>-', 388:18) and
    a right-to-left override in its directing cell (392:17): exit 1, each at its place, the
    excerpt showing <U+202E>, never the character itself."""
    _edit(plan, I2_FIRST, I2_FIRST.replace("yêu cầu", "yêu\u200b cầu"))
    _edit(plan, I2_DIRECTING, I2_DIRECTING.replace("Văn hóa", "Văn hóa\u202e"))
    result = runner.invoke(app, ["validate", "--registry", "p"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert [line for line in lines if not line.startswith(" ")] == [
        "p/phu_luc_01.yaml:388:18: chỉ tiêu I.2: 'content' có ký tự vô hình (U+200B ZERO WIDTH "
        "SPACE)",
        "p/phu_luc_01.yaml:392:17: chỉ tiêu I.2: 'directing.text' có ký tự vô hình (U+202E "
        "RIGHT-TO-LEFT OVERRIDE)",
        "2 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
    ]
    assert "  392 |           text: Trưởng phòng Văn hóa<U+202E> và Thông tin" in lines
    assert lines[3] == (
        "  gợi ý: xóa ký tự đó (gõ lại chữ quanh nó): dấu cách độ rộng 0, dấu hướng chữ làm hai "
        "nội dung trông giống nhau mà khác nhau (không ghép được với bản điều chỉnh, tên đơn vị "
        "không khớp) hoặc đảo thứ tự chữ khi in"
    )
    assert not any(c in result.output for c in UNSEEN)
    english = runner.invoke(app, ["--lang", "en", "validate", "--registry", "p"])
    assert english.output.splitlines()[0] == (
        "p/phu_luc_01.yaml:388:18: target I.2: 'content' holds an invisible character (U+200B "
        "ZERO WIDTH SPACE)"
    )
    data = json.loads(
        runner.invoke(app, ["validate", "--registry", "p", "--format", "json"]).output
    )
    assert [(p["line"], p["col"], p["code"], p["target"]) for p in data] == [
        (388, 18, "rule.target_unseen", "I.2"),
        (392, 17, "rule.target_unseen", "I.2"),
    ]
    shown = runner.invoke(app, ["show", "I.2", "--registry", "p"])  # still answers, shown
    assert shown.exit_code == 0, shown.output
    assert "yêu<U+200B> cầu" in shown.output
    assert not any(c in shown.output for c in UNSEEN)


def test_ids_and_unit_names_holding_one_are_refused_as_before(plan: Path) -> None:
    """Already refused (ids by their pattern, names by rule.invisible): said with <U+200B>."""
    _edit(plan, "      - id: I.2\n", "      - id: I.2\u200b\n")
    _edit(
        plan,
        "      name: Văn phòng HĐND và UBND thành phố\n",
        "      name: Văn phòng\u2060 HĐND và UBND thành phố\n",
    )
    result = runner.invoke(app, ["validate", "--registry", "p"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if not line.startswith(" ")]
    assert (
        "p/phu_luc_01.yaml:386:13: mã chỉ tiêu 'I.2<U+200B>' không khớp với nhóm 'I' và số thứ tự 2"
        in lines
    )
    assert (
        "p/phu_luc_01.yaml:50:13: tên của đơn vị 'van-phong' có ký tự vô hình (U+2060 WORD JOINER)"
        in lines
    )
    assert not any(c in result.output for c in UNSEEN)


def test_import_says_which_cell_holds_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Word table with a zero-width space in row 4's text (column 2) and a BOM inside row 5's
    lead (column 4): a problem at each table:row:column (the texts kept verbatim and marked
    needs_review, exit 1: review 8b found a lead imported with one and only refused later by
    validate), and `cds validate` of what was written says each at its line:col until deleted."""
    monkeypatch.chdir(tmp_path)
    rows = [
        ("header",),
        ("group", "I. Dữ liệu số"),
        ("1.", "Số\u200b hóa hồ sơ.", "", "Phòng Văn hóa và Thông tin", "", "Tháng 9/2024", ""),
        ("2.", "Kho dữ liệu.", "", "Phòng Văn\ufeff hóa và Thông tin", "", "Tháng 12/2024", ""),
    ]
    write_docx(tmp_path / "k.docx", rows, HEADING)
    result = runner.invoke(app, ["import", "k.docx", "--out", "r/phu_luc_01.yaml"])
    assert result.exit_code == 1, result.output
    notes = [line for line in result.stderr.splitlines() if "ký tự vô hình" in line]
    assert notes == [
        "k.docx:1:4:2: ô có ký tự vô hình (U+200B ZERO WIDTH SPACE), giữ nguyên như "
        "trong tệp; xóa nó đi (cds validate báo đến khi xóa)",
        "k.docx:1:5:4: ô có ký tự vô hình (U+FEFF ZERO WIDTH NO-BREAK SPACE), giữ "
        "nguyên như trong tệp; xóa nó đi (cds validate báo đến khi xóa)",
    ]
    written = (tmp_path / "r" / "phu_luc_01.yaml").read_text(encoding="utf-8")
    assert "Số\u200b hóa hồ sơ." in written  # verbatim
    english = runner.invoke(app, ["--lang", "en", "import", "k.docx", "--out", "e/phu_luc_01.yaml"])
    assert english.exit_code == 1
    assert next(line for line in english.stderr.splitlines() if "invisible" in line) == (
        "k.docx:1:4:2: the cell holds an invisible character (U+200B ZERO WIDTH SPACE), "
        "kept as in the file; delete it (cds validate flags it until deleted)"
    )
    check = runner.invoke(app, ["validate", "--registry", "r"])
    assert check.exit_code == 1, check.output
    flagged = [line for line in check.output.splitlines() if not line.startswith(" ")]
    review = "giá trị nhập cần người quyết định: "
    assert [line for line in flagged if "vô hình" in line] == [
        "r/phu_luc_01.yaml:348:13: " + review + "Nội dung chỉ tiêu: ô có ký tự vô hình "
        "(U+200B ZERO WIDTH SPACE), giữ nguyên như trong tệp; xóa nó đi (cds validate báo "
        "đến khi xóa) (bảng 1, dòng 4, cột 2)",
        "r/phu_luc_01.yaml:367:13: " + review + "Đơn vị chủ trì: ô có ký tự vô hình "
        "(U+FEFF ZERO WIDTH NO-BREAK SPACE), giữ nguyên như trong tệp; xóa nó đi (cds "
        "validate báo đến khi xóa) (bảng 1, dòng 5, cột 4)",
    ]
    # the marks deleted, the characters themselves are still said, each at its line:col
    path = tmp_path / "r" / "phu_luc_01.yaml"
    kept = [line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)]
    marks = [i for i, line in enumerate(kept) if line.strip() == "needs_review:"]
    for i in reversed(marks):
        del kept[i : i + 2]
    path.write_text("".join(kept), encoding="utf-8")
    check = runner.invoke(app, ["validate", "--registry", "r"])
    assert check.exit_code == 1, check.output
    flagged = [line for line in check.output.splitlines() if "vô hình" in line]
    assert [line.split(": ", 1)[1] for line in flagged if not line.startswith(" ")] == [
        "chỉ tiêu I.1: 'content' có ký tự vô hình (U+200B ZERO WIDTH SPACE)",
        "chỉ tiêu I.2: 'lead.text' có ký tự vô hình (U+FEFF ZERO WIDTH NO-BREAK SPACE)",
    ]
