"""Review 9 of `cds import FILE.docx|FILE.xlsx`: a cell is read as Word and Excel show it.

A content control still showing its placeholder is empty; a number format is applied (80%,
"Năm 2024", "Tháng 06/2024", the zero section's "Thường xuyên", 1.234.567,89, ";;;" hides); a
day deadline before its month's end is marked (the registry holds months); a zero-width or bidi
character in a number, a heading or a cell is said at its place; a far cell and a deep nest are
said as what they are; `--revise --on` before the plan's own date is refused. Files are built
here with python-docx and openpyxl; every line, field and exit code is worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml import parse_xml
from openpyxl import load_workbook
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def row(number: str, content: str, lead: str = "Phòng Y tế", deadline: str = "Tháng 6/2024") -> Any:
    return (number, content, "", lead, "", deadline, "")


def _import(source: Path, *extra: str) -> Any:
    return runner.invoke(app, ["import", str(source), "--registry", str(REGISTRY), *extra])


def _targets(result: Any) -> dict[str, dict[str, Any]]:
    data = parse(result.stdout)
    return {t["id"]: t for g in data["groups"] for t in g["targets"]}


def _said(result: Any, source: Path) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(f"{source}")]


def _replace(document: Any, text: str, xml: str) -> None:
    for tr in document.tables[0].rows:
        for cell in tr.cells:
            if cell.text == text:
                p = cell.paragraphs[0]._p
                p.addnext(parse_xml(xml))
                p.getparent().remove(p)
                return
    raise AssertionError(text)


# 1. Content controls showing their placeholder ---------------------------------------------


def _placeholders(tmp_path: Path) -> Path:
    rows = [
        ("header",),
        GROUP,
        row("1.", "Nội dung một.", "P1"),
        row("2.", "P2"),
        row("3.", "Nội dung ba.", "P3"),
    ]
    path = write_docx(tmp_path / "mau.docx", rows, HEADING_2024)
    document = Document(str(path))
    # I.1's lead: a plain-text control nobody filled in (its prompt happens to read as a unit)
    _replace(
        document,
        "P1",
        f"<w:p {W}><w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r>"
        "<w:t>Phòng Kinh tế</w:t></w:r></w:sdtContent></w:sdt></w:p>",
    )
    # I.2's content: typed text, then Word's default prompt
    _replace(
        document,
        "P2",
        f'<w:p {W}><w:r><w:t xml:space="preserve">Nội dung hai </w:t></w:r><w:sdt><w:sdtPr>'
        "<w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click or tap here to enter text."
        "</w:t></w:r></w:sdtContent></w:sdt></w:p>",
    )
    # I.3's lead: a control that was filled in (showingPlcHdr off): its text is the content
    _replace(
        document,
        "P3",
        f'<w:p {W}><w:sdt><w:sdtPr><w:showingPlcHdr w:val="0"/></w:sdtPr><w:sdtContent><w:r>'
        "<w:t>Phòng Tư pháp</w:t></w:r></w:sdtContent></w:sdt></w:p>",
    )
    document.save(str(path))
    return path


def test_a_placeholder_is_an_empty_cell_said_at_its_place(tmp_path: Path) -> None:
    source = _placeholders(tmp_path)
    result = _import(source)
    assert result.exit_code == 1, result.output  # I.1 has no lead unit left: marked
    targets = _targets(result)
    assert targets["I.1"]["lead"] == {"text": "", "units": []}
    # the space that set the prompt apart goes with it: Word shows "Nội dung hai" (repro n5)
    assert targets["I.2"]["content"] == "Nội dung hai"
    assert targets["I.3"]["lead"] == {"text": "Phòng Tư pháp", "units": ["phong-tu-phap"]}
    # header rows 1-2, group row 3: I.1 is row 4, its lead column 4; I.2's content is 5:2
    assert _said(result, source) == [
        f"{source}:1:4:4: ô 'Đơn vị chủ trì' trống: không có đơn vị nào để đôn đốc",
        f"{source}:1:4:4: ghi chú: ô có trường nhập liệu chưa điền, Word chỉ hiện chữ gợi ý màu "
        "xám: ô trống, không đọc (Phòng Kinh tế)",
        f"{source}:1:5:2: ghi chú: ô có trường nhập liệu chưa điền, Word chỉ hiện chữ gợi ý màu "
        "xám: ô trống, không đọc (Click or tap here to enter text.)",
    ]
    assert (
        "  gợi ý: nếu ô này cần nội dung, gõ vào trường đó (chữ gợi ý sẽ mất), lưu, rồi nhập lại"
        in result.stderr.splitlines()
    )
    english = _import(source, "--lang", "en")
    assert (
        f"{source}:1:5:2: note: the cell holds a content control nobody filled in, which Word "
        "shows as its grey prompt: read as empty (Click or tap here to enter text.)"
    ) in english.stderr.splitlines()


# 2. Excel number formats -------------------------------------------------------------------


def _formatted(tmp_path: Path) -> Path:
    rows = [
        ("header",),
        GROUP,
        row("1.", "C1", deadline="D1"),
        row("2.", "Nội dung 2.", deadline="D2"),
        row("3.", "Nội dung 3.", deadline="D3"),
        row("4.", "Nội dung ẩn."),
        row("5.", "Nội dung 5.", deadline="D5"),
    ]
    path = write_xlsx(tmp_path / "dinh-dang.xlsx", rows, HEADING_2024)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    # The heading's three lines, a blank row, the two header rows, the group row: I.n is on
    # row 6 + n; content is column B, deadline F, notes G.
    cells: dict[str, tuple[object, str]] = {
        "B7": (0.8, "0%"),
        "F7": (2024, '"Năm "0'),
        "F8": (dt.datetime(2024, 6, 1), '"Tháng "mm/yyyy'),
        "G8": (1234567.891, "#,##0.00"),
        "F9": (0, 'mm/yyyy;[Red]"âm";"Thường xuyên"'),
        "B10": ("Nội dung ẩn.", ";;;"),
        "F11": (dt.datetime(2024, 6, 1), "[$-42A]mmmm yyyy"),
    }
    for spot, (value, number_format) in cells.items():
        sheet[spot] = value
        sheet[spot].number_format = number_format
    book.save(path)
    return path


def test_a_cell_reads_as_its_number_format_shows_it(tmp_path: Path) -> None:
    source = _formatted(tmp_path)
    result = _import(source)
    assert result.exit_code == 1, result.output  # I.4's content hidden, I.5's format unread
    targets = _targets(result)
    assert targets["I.1"]["content"] == "80%"
    assert targets["I.1"]["deadline"] == {"text": "Năm 2024", "due": "2024-12"}
    assert targets["I.2"]["deadline"] == {"text": "Tháng 06/2024", "due": "2024-06"}
    assert targets["I.2"]["notes"] == "1.234.567,89"
    assert targets["I.3"]["deadline"] == {"text": "Thường xuyên", "due": "ongoing"}
    assert targets["I.4"]["content"] == ""
    assert targets["I.5"]["deadline"] == {"text": "06/2024", "due": "2024-06"}
    assert targets["I.5"]["needs_review"] == [
        "Thời gian hoàn thành: ô có định dạng số '[$-42A]mmmm yyyy' mà cds không đọc được: giữ "
        "giá trị lưu trong tệp '06/2024', có thể khác chữ Excel hiện (trang Phụ lục, ô F11)"
    ]
    assert _said(result, source) == [
        f"{source}:Phụ lục!B10: ô nội dung chỉ tiêu trống",
        f"{source}:Phụ lục!B10: ghi chú: ô có giá trị 'Nội dung ẩn.' nhưng định dạng số ';;;' "
        "làm Excel không hiện gì: đọc là ô trống",
        f"{source}:Phụ lục!F11: ô có định dạng số '[$-42A]mmmm yyyy' mà cds không đọc được: giữ "
        "giá trị lưu trong tệp '06/2024', có thể khác chữ Excel hiện",
    ]
    english = _import(source, "--lang", "en")
    assert _said(english, source)[2] == (
        f"{source}:Phụ lục!F11: the cell's number format '[$-42A]mmmm yyyy' is not one cds "
        "reads: the value stored in the file, '06/2024', is kept, and may differ from what "
        "Excel shows"
    )


# 3. A day deadline ---------------------------------------------------------------------------


def test_a_day_deadline_is_imported_as_the_day(tmp_path: Path) -> None:
    """The four ways a plan writes a day import as that day (`due: 2024-10-15`), unmarked: the
    registry holds days (late from 16/10/2024); a day ending its month is the month."""
    rows = [
        ("header",),
        GROUP,
        row("1.", "Một.", deadline="15/10/2024"),
        row("2.", "Hai.", deadline="Trước ngày 15/10/2024"),
        row("3.", "Ba.", deadline="trước 15/10/2024"),
        row("4.", "Bốn.", deadline="Chậm nhất ngày 15/10/2024"),
        row("5.", "Năm.", deadline="30/11/2024"),  # the month's last day: its month
    ]
    source = write_docx(tmp_path / "ngay.docx", rows, HEADING_2024)
    result = _import(source)
    assert result.exit_code == 0, result.output
    assert _said(result, source) == []
    targets = _targets(result)
    assert [targets[t]["deadline"]["due"] for t in ("I.1", "I.2", "I.3", "I.4", "I.5")] == [
        "2024-10-15",
        "2024-10-15",
        "2024-10-15",
        "2024-10-15",
        "2024-11",
    ]
    assert all("needs_review" not in t for t in targets.values())


# 4. Characters nobody sees, far cells, deep nests, --on, the gap's hint ----------------------


def test_a_zero_width_character_in_a_group_numeral_is_read_through(tmp_path: Path) -> None:
    rows = [("header",), ("group", "I\u200b. CHỈ TIÊU VỀ DỮ LIỆU SỐ"), row("1.", "Một.")]
    source = write_docx(tmp_path / "nhom.docx", rows, HEADING_2024)
    result = _import(source)
    assert result.exit_code == 0, result.output  # was "no table found", exit 1
    assert list(_targets(result)) == ["I.1"]
    assert _said(result, source) == [
        f"{source}:1:3:1: ghi chú: số thứ tự 'I<U+200B>.' có ký tự vô hình (U+200B ZERO WIDTH "
        "SPACE): đọc là 'I.'"
    ]


def test_a_bidi_control_in_the_title_is_said_by_import_and_validate(tmp_path: Path) -> None:
    heading = list(HEADING_2024)
    heading[1] += "\u202e"
    source = write_docx(tmp_path / "tieu-de.docx", [("header",), GROUP, row("1.", "Một.")], heading)
    out = tmp_path / "2024" / "phu_luc_01.yaml"
    result = _import(source, "--out", str(out))
    # validate refuses the file, so the import that wrote it says so: exit 1 (was 0 and a note)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        f"{source}: tiêu đề phụ lục (document.title) có ký tự vô hình (U+202E RIGHT-TO-LEFT "
        "OVERRIDE), giữ nguyên như trong tệp",
        "  gợi ý: xóa ký tự đó trong tệp đã nhập (hoặc trong tệp gốc rồi nhập lại): dấu hướng "
        "chữ đảo thứ tự chữ khi in trên mọi văn bản gửi đi; cds validate báo đến khi xóa",
    ]
    # no needs_review line: validate's own rule says it at its line until it is deleted
    assert "needs_review" not in parse(out.read_text(encoding="utf-8"))
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    assert checked.output.splitlines()[0] == (
        f"{out}:7:10: tiêu đề phụ lục (document.title) có ký tự vô hình (U+202E RIGHT-TO-LEFT "
        "OVERRIDE)"
    )
    english = runner.invoke(app, ["--lang", "en", "validate", str(out)])
    assert english.output.splitlines()[0] == (
        f"{out}:7:10: the appendix's title (document.title) holds an invisible character "
        "(U+202E RIGHT-TO-LEFT OVERRIDE)"
    )
    en_import = _import(source, "--lang", "en")
    assert en_import.exit_code == 1
    assert en_import.stderr.splitlines()[0] == (
        f"{source}: the appendix's title (document.title) holds an invisible character (U+202E "
        "RIGHT-TO-LEFT OVERRIDE), kept as in the file"
    )


def test_a_zero_width_character_in_a_group_title_is_a_problem(tmp_path: Path) -> None:
    rows = [("header",), ("group", "I. CHỈ TIÊU VỀ DỮ\u200b LIỆU SỐ"), row("1.", "Một.")]
    source = write_docx(tmp_path / "nhom-ten.docx", rows, HEADING_2024)
    result = _import(source)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[0] == (  # header rows 1-2, the group's row 3
        f"{source}:1:3:1: tên nhóm I (groups.0.title) có ký tự vô hình (U+200B ZERO WIDTH "
        "SPACE), giữ nguyên như trong tệp"
    )


def test_a_zero_width_character_in_a_lead_cell_is_marked_by_import(tmp_path: Path) -> None:
    rows = [("header",), GROUP, row("1.", "Một.", "Phòng\u200b Nội vụ")]
    source = write_docx(tmp_path / "don-vi.docx", rows, HEADING_2024)
    result = _import(source)
    assert result.exit_code == 1, result.output  # validate refuses it: import marks it
    assert _targets(result)["I.1"]["needs_review"] == [
        "Đơn vị chủ trì: ô có ký tự vô hình (U+200B ZERO WIDTH SPACE), giữ nguyên như trong "
        "tệp; xóa nó đi (cds validate báo đến khi xóa) (bảng 1, dòng 4, cột 4)"
    ]


def test_a_far_cell_and_a_deep_nest_are_said_as_what_they_are(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "xa.xlsx", [("header",), GROUP, row("1.", "Một.")], HEADING_2024)
    book = load_workbook(path)
    assert book.active is not None
    book.active.cell(1_048_576, 1).value = " "
    book.save(path)
    far = _import(path, "--lang", "en")
    assert far.exit_code == 1
    assert far.stderr.splitlines() == [
        "cds: error: xa.xlsx, sheet 1: the sheet has a cell too far past any appendix table, not "
        "read: has row 1,048,576 (at most 10,000)",
        "  hint: perhaps a cell typed far away by mistake (Ctrl+End goes to it): delete the rows "
        "and columns after the table, save, and import again",
    ]
    source = write_docx(tmp_path / "long.docx", [("header",), GROUP, row("1.", "P1")])
    document = Document(str(source))
    inner = f"<w:p {W}/>"
    for _ in range(70):  # a table in a cell in a table …: two levels a table, past 128
        inner = f"<w:tbl {W}><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>"
    cell = next(c for r in document.tables[0].rows for c in r.cells if c.text == "P1")
    cell._tc.append(parse_xml(inner))
    cell._tc.append(parse_xml(f"<w:p {W}/>"))
    document.save(str(source))
    deep = _import(source, "--lang", "en")
    assert deep.exit_code == 1
    assert deep.stderr.splitlines()[0].startswith(
        "cds: error: long.docx, word/document.xml: nested too deep for an appendix, not read: "
        "nests elements 129 deep"
    )
    assert deep.stderr.splitlines()[1] == (
        "  hint: a real appendix's cell holds no tables in tables many levels deep: replace the "
        "nested tables with lines of text, save, and import again"
    )


def test_revise_on_a_day_before_the_plan_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["init", "plans/2023"]).exit_code == 0
    plan = write_docx(tmp_path / "kh.docx", [("header",), GROUP, row("1.", "Một.")], HEADING_2024)
    out = "plans/2024/phu_luc_01.yaml"
    assert _import(plan, "--registry", "plans/2023", "--out", out).exit_code == 0
    revised = write_docx(
        tmp_path / "dc.docx", [("header",), GROUP, row("1.", "Một đã sửa.")], HEADING_2024
    )
    args = ["--plan", "2024", "import", str(revised), "--revise", "--yes"]
    before = runner.invoke(app, [*args, "--on", "09/01/2024"])
    assert before.exit_code == 2, before.output
    assert before.stderr.splitlines() == [
        "cds: lỗi: --on 09/01/2024: trước ngày 10/01/2024 của kế hoạch được điều chỉnh; bản "
        "điều chỉnh không thể có hiệu lực trước khi có kế hoạch",
        "  gợi ý: ghi ngày ký văn bản điều chỉnh, từ 10/01/2024 trở đi, ví dụ --on 10/01/2024",
    ]
    assert "Một đã sửa." not in (tmp_path / out).read_text(encoding="utf-8")  # nothing written
    assert runner.invoke(app, [*args, "--on", "10/01/2024"]).exit_code == 0


def test_a_gap_in_the_numbering_has_a_hint(tmp_path: Path) -> None:
    rows = [("header",), GROUP, row("1.", "Một."), row("3.", "Ba.")]
    source = write_docx(tmp_path / "so.docx", rows, HEADING_2024)
    lines = _import(source).stderr.splitlines()
    at = lines.index(f"{source}:1:5:1: ghi chú: số thứ tự nhảy từ 1 lên 3: không có I.2")
    assert lines[at + 1] == (
        "  gợi ý: so với văn bản kế hoạch: nếu thiếu dòng, thêm dòng đó vào bảng rồi nhập lại; "
        "nếu số thứ tự gõ nhầm, sửa số trong bảng rồi nhập lại (mã chỉ tiêu theo số thứ tự)"
    )
