"""`cds import` never loses or invents text out of sight (attack 8): Word text python-docx's
`cell.text` skips (tracked changes, smart tags, simple fields, a nested table, content
controls around rows and cells), a workbook's hidden sheets, rows and columns, cells holding a
time, a duration or true/false, a date's format with a colour; and the numbering and titles a
clerk would question. Files are built here (python-docx, openpyxl, and the document's XML edited
through python-docx's elements); every line and exit code is counted by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from openpyxl import load_workbook
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.registry.importing.sheet_cells import cell_text, shows_day
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BY = 'w:author="VH-TT" w:date="2024-03-01T00:00:00Z"'


def row(number: str, content: str, lead: str = "Phòng Y tế") -> tuple[str, ...]:
    return (number, content, "", lead, "", "Tháng 6/2024", "")


def _import(source: Path, *extra: str) -> Any:
    return runner.invoke(app, ["import", str(source), "--registry", str(REGISTRY), *extra])


def _targets(result: Any) -> list[dict[str, Any]]:
    data = parse(result.stdout)
    return [t for g in data["groups"] for t in g["targets"]]


def _said(result: Any, source: Path) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(f"{source}")]


def _put(document: Any, text: str, xml: str) -> None:
    """Replace the paragraph of the cell whose text is `text` with `xml` (its own elements)."""
    for tr in document.tables[0].rows:
        for cell in tr.cells:
            if cell.text == text:
                p = cell.paragraphs[0]._p
                for element in reversed([parse_xml(part) for part in xml.split("\x00")]):
                    p.addnext(element)
                p.getparent().remove(p)
                return
    raise AssertionError(text)


# 2. Word text python-docx's cell.text skips ------------------------------------------------


def test_word_text_is_read_as_word_shows_it_with_changes_accepted(tmp_path: Path) -> None:
    leads = ("L1", "L2", "Phòng Y tế", "Phòng Y tế", "Phòng Y tế")
    rows = [("header",), GROUP, *(row(f"{n}.", f"P{n}", leads[n - 1]) for n in range(1, 6))]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    document = Document(str(source))
    run = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'.format
    # 1: "Tỷ lệ [50 deleted][60 inserted]% …": Word shows 60 once the change is accepted.
    _put(
        document,
        "P1",
        f"<w:p {W}>{run('Tỷ lệ ')}<w:del w:id='1' {BY}><w:r><w:delText>50</w:delText></w:r>"
        f"</w:del><w:ins w:id='2' {BY}>{run('60')}</w:ins>{run('% hồ sơ được số hóa.')}</w:p>",
    )
    _put(document, "L1", f"<w:p {W}><w:ins w:id='3' {BY}>{run('Phòng Nội vụ')}</w:ins></w:p>")
    # 2: a smart tag and a simple field: their text is shown.
    _put(document, "P2", f"<w:p {W}>{run('Có ')}<w:smartTag w:uri='x' w:element='y'>"
         f"{run('80%')}</w:smartTag>{run(' xã.')}</w:p>")  # fmt: skip
    _put(document, "L2", f"<w:p {W}><w:fldSimple w:instr='AUTHOR'>{run('Phòng Kinh tế')}"
         "</w:fldSimple></w:p>")  # fmt: skip
    # 3: a content control inside the cell.
    _put(document, "P3", f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p>{run('Ba trong ô.')}</w:p>"
         f"</w:sdtContent></w:sdt>\x00<w:p {W}>{run('Dòng hai.')}</w:p>")  # fmt: skip
    # 4: a nested table: its one cell is a line of the cell.
    _put(document, "P4", f"<w:p {W}>{run('Gồm:')}</w:p>\x00<w:tbl {W}><w:tblGrid><w:gridCol/>"
         f"</w:tblGrid><w:tr><w:tc><w:p>{run('a) 100% hồ sơ mức 4')}</w:p></w:tc></w:tr>"
         f"</w:tbl>\x00<w:p {W}>{run('Hết.')}</w:p>")  # fmt: skip
    # 5: a paragraph whose mark was deleted joins the next, as Word shows it accepted.
    _put(document, "P5", f"<w:p {W}><w:pPr><w:rPr><w:del w:id='4' {BY}/></w:rPr></w:pPr>"
         f"{run('Năm ')}</w:p>\x00<w:p {W}>{run('liền.')}</w:p>")  # fmt: skip
    document.save(str(source))
    result = _import(source)
    assert result.exit_code == 0, result.output
    found = [(t["content"], t["lead"]["text"]) for t in _targets(result)]
    assert found == [
        ("Tỷ lệ 60% hồ sơ được số hóa.", "Phòng Nội vụ"),
        ("Có 80% xã.", "Phòng Kinh tế"),
        ("Ba trong ô.\nDòng hai.", "Phòng Y tế"),
        ("Gồm:\na) 100% hồ sơ mức 4\nHết.", "Phòng Y tế"),
        ("Năm liền.", "Phòng Y tế"),
    ]
    tracked = "ghi chú: ô có thay đổi được theo dõi (Track Changes) chưa chấp nhận: đọc như khi "
    tracked += "đã chấp nhận (giữ phần chèn, bỏ phần xóa)"
    nested = "ghi chú: ô có bảng lồng bên trong: mỗi ô của bảng đó được đọc thành một dòng"
    # Rows 1-2 the header, 3 the group, 4-8 targets 1-5; column 2 the content, 4 the lead.
    assert _said(result, source) == [
        f"{source}:1:4:2: {tracked}",
        f"{source}:1:4:4: {tracked}",
        f"{source}:1:7:2: {nested}",
        f"{source}:1:8:2: {tracked}",
    ]
    english = _import(source, "--lang", "en")
    nested = "note: the cell holds a nested table: each of its cells is read as a line"
    assert f"{source}:1:7:2: {nested}" in english.stderr.splitlines()


def test_a_row_deleted_as_a_tracked_change_is_skipped_with_a_note(tmp_path: Path) -> None:
    rows = [("header",), GROUP, row("1.", "Một."), row("2.", "Đã xóa."), row("2.", "Hai.")]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    document = Document(str(source))
    tr = document.tables[0]._tbl.findall(qn("w:tr"))[4]  # row 5: "Đã xóa."
    tr.insert(0, parse_xml(f"<w:trPr {W}><w:del w:id='9' {BY}/></w:trPr>"))
    document.save(str(source))
    result = _import(source)
    assert result.exit_code == 0, result.output
    assert [t["content"] for t in _targets(result)] == ["Một.", "Hai."]
    assert _said(result, source) == [
        f"{source}:1:5:1: ghi chú: dòng đã bị xóa (thay đổi được theo dõi): bỏ qua"
    ]


# 3. Rows and cells inside a content control (Word's repeating sections) ---------------------


def _in_control(element: Any) -> None:
    sdt = parse_xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent/></w:sdt>")
    element.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(element)


def test_rows_and_cells_in_content_controls_are_read(tmp_path: Path) -> None:
    rows = [
        ("header",),
        GROUP,
        row("1.", "Một.", "Phòng Nội vụ"),
        row("2.", "Hai, trong điều khiển.", "Phòng Y tế"),
        ("3.", "Ba.", "Trưởng phòng Kinh tế", "Phòng Kinh tế", "Phòng Tư pháp", "Tháng 9/2024", ""),
    ]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    document = Document(str(source))
    trs = document.tables[0]._tbl.findall(qn("w:tr"))
    _in_control(trs[4])  # the row of target 2
    _in_control(trs[5].findall(qn("w:tc"))[2])  # target 3's "Trực tiếp chỉ đạo" cell
    document.save(str(source))
    result = _import(source)
    assert result.exit_code == 0, result.output
    found = [(t["id"], t["content"], t["lead"]["text"]) for t in _targets(result)]
    assert found == [
        ("I.1", "Một.", "Phòng Nội vụ"),
        ("I.2", "Hai, trong điều khiển.", "Phòng Y tế"),
        ("I.3", "Ba.", "Phòng Kinh tế"),
    ]
    third = _targets(result)[2]
    assert (third["directing"]["text"], third["cooperating"]["text"]) == (
        "Trưởng phòng Kinh tế",
        "Phòng Tư pháp",
    )
    assert _said(result, source) == []


def test_a_gap_in_the_numbering_is_noted(tmp_path: Path) -> None:
    rows = [("header",), GROUP, row("1.", "Một."), row("3.", "Ba."), row("6.", "Sáu.")]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    result = _import(source)
    assert result.exit_code == 0, result.output
    assert _said(result, source) == [
        f"{source}:1:5:1: ghi chú: số thứ tự nhảy từ 1 lên 3: không có I.2",
        f"{source}:1:6:1: ghi chú: số thứ tự nhảy từ 3 lên 6: không có I.4–I.5",
    ]
    later = [("header",), GROUP, row("2.", "Hai."), row("3.", "Ba.")]
    starts = _import(write_docx(tmp_path / "sau.docx", later, HEADING_2024))
    assert starts.exit_code == 0
    assert starts.stderr.splitlines()[0].endswith(
        "sau.docx:1:4:1: ghi chú: số thứ tự của nhóm bắt đầu từ 2: không có I.1"
    )
    english = _import(source, "--lang", "en")
    assert f"{source}:1:5:1: note: the numbering jumps from 1 to 3: there is no I.2" in (
        english.stderr.splitlines()
    )


# 4. What a workbook hides ---------------------------------------------------------------


def _book(tmp_path: Path, rows: list[tuple[str, ...]]) -> tuple[Path, Any]:
    path = write_xlsx(tmp_path / "kh.xlsx", rows, HEADING_2024)
    return path, load_workbook(path)


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_not_read(tmp_path: Path, state: str) -> None:
    path, book = _book(tmp_path, [("header",), GROUP, row("1.", "Chính thức.")])
    draft = book.create_sheet("Nháp", 0)
    for values in book["Phụ lục"].iter_rows(values_only=True):
        draft.append(values)
    draft["B7"] = "Nháp đã bỏ."
    draft.append(["2.", "Nháp hai.", None, "Phòng Y tế", None, "Tháng 3/2024"])
    draft.sheet_state = state
    book.active = 1
    book.save(path)
    result = _import(path)
    assert result.exit_code == 0, result.output
    assert [t["content"] for t in _targets(result)] == ["Chính thức."]
    assert _said(result, path) == [f"{path}: ghi chú: trang tính 'Nháp' đang ẩn: bỏ qua, không đọc"]


def test_an_appendix_on_a_hidden_sheet_is_unhidden_not_resaved(tmp_path: Path) -> None:
    """The only table on a hidden sheet: the way out is Unhide (Save As keeps it hidden)."""
    path, book = _book(tmp_path, [("header",), GROUP, row("1.", "Chính thức.")])
    book.create_sheet("Sheet2")
    book["Phụ lục"].sheet_state = "hidden"
    book.active = 1
    book.save(path)
    columns = "Stt, Nội dung chỉ tiêu, Trực tiếp chỉ đạo, Đơn vị chủ trì, Đơn vị phối hợp,"
    columns += " Thời gian hoàn thành, Ghi chú"
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[-2:] == [
        f"cds: lỗi: không tìm thấy bảng chỉ tiêu trong '{path.name}'",
        "  gợi ý: trang tính 'Phụ lục' đang ẩn: bỏ qua, không đọc; nếu bảng phụ lục nằm ở trang"
        " đó, bỏ ẩn (chuột phải vào tên trang → Unhide), lưu, rồi nhập lại; tiêu đề cột như"
        f" Phụ lục: {columns}",
    ]
    english = _import(path, "--lang", "en")
    assert english.exit_code == 1, english.output
    assert english.stderr.splitlines()[-2:] == [
        f"cds: error: no table of targets found in '{path.name}'",
        "  hint: sheet 'Phụ lục' is hidden: skipped, not read; if the appendix table is on that"
        " sheet, unhide it (right-click a sheet tab → Unhide), save, and import again; column"
        f" titles as in the appendix: {columns}",
    ]


def test_hidden_rows_and_columns_are_left_out_with_their_text(tmp_path: Path) -> None:
    rows = [("header",), GROUP, row("1.", "Một.", "Phòng Nội vụ"), row("2.", "Đã bỏ."),
            row("2.", "Hai.", "Phòng Kinh tế")]  # fmt: skip
    path, book = _book(tmp_path, rows)
    sheet = book.active
    # Rows 1-3 the heading, 4-5 the header, 6 the group, 7-9 the targets; row 8 hidden.
    sheet.row_dimensions[8].hidden = True
    # A column H titled like the lead's, holding an old unit: hidden, it must not win.
    sheet["H5"] = "Đơn vị chủ trì"
    sheet["H7"] = sheet["H9"] = "Phòng Tài nguyên và Môi trường"
    sheet.column_dimensions["H"].hidden = True
    book.save(path)
    result = _import(path)
    assert result.exit_code == 0, result.output
    found = [(t["id"], t["content"], t["lead"]["text"]) for t in _targets(result)]
    assert found == [("I.1", "Một.", "Phòng Nội vụ"), ("I.2", "Hai.", "Phòng Kinh tế")]
    assert _said(result, path) == [  # in the sheet's order: row 5 (the column's title), row 8
        f"{path}:Phụ lục!H5: ghi chú: cột đang ẩn: bỏ qua (Đơn vị chủ trì | Phòng Tài nguyên và "
        "Môi trường)",
        f"{path}:Phụ lục!A8: ghi chú: dòng đang ẩn: bỏ qua (2. | Đã bỏ. | Phòng Y tế | "
        "Tháng 6/2024)",
    ]


def test_two_visible_columns_of_one_title_are_a_problem_at_both(tmp_path: Path) -> None:
    path, book = _book(tmp_path, [("header",), GROUP, row("1.", "Một.", "Phòng Nội vụ")])
    book.active["H5"] = "Đơn vị chủ trì"  # the sub-title row of the header, as D5
    book.active["H7"] = "Phòng Y tế"
    book.save(path)
    result = _import(path, "--out", str(tmp_path / "r.yaml"))
    assert result.exit_code == 1, result.output
    said = "hai cột cùng tiêu đề 'Đơn vị chủ trì': không biết cột nào là cột cần đọc"
    assert _said(result, path) == [f"{path}:Phụ lục!D5: {said}", f"{path}:Phụ lục!H5: {said}"]
    assert "  gợi ý: xóa hoặc đổi tiêu đề cột thừa (kể cả cột đang ẩn) rồi nhập lại" in (
        result.stderr.splitlines()
    )
    written = parse((tmp_path / "r.yaml").read_text(encoding="utf-8"))
    assert written["needs_review"] == [
        f"{said} (trang Phụ lục, ô D5)",
        f"{said} (trang Phụ lục, ô H5)",
    ]


# 5. Cells that hold no text: said in words, never as Python prints them ---------------------


def test_time_duration_and_boolean_deadlines_are_said_in_words(tmp_path: Path) -> None:
    rows = [("header",), GROUP, *(row(f"{n}.", f"C{n}.") for n in range(1, 4))]
    path, book = _book(tmp_path, rows)
    sheet = book.active
    sheet["F7"], sheet["F8"], sheet["F9"] = dt.time(10, 30), dt.timedelta(days=3), True
    book.save(path)
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert _said(result, path) == [
        f"{path}:Phụ lục!F7: ô giờ '10:30', không phải thời hạn",
        f"{path}:Phụ lục!F8: ô khoảng thời gian '72:00', không phải thời hạn",
        f"{path}:Phụ lục!F9: ô đúng/sai 'TRUE', không phải thời hạn",
    ]
    english = _import(path, "--lang", "en")
    assert _said(english, path) == [
        f"{path}:Phụ lục!F7: a time cell '10:30', not a deadline",
        f"{path}:Phụ lục!F8: a duration cell '72:00', not a deadline",
        f"{path}:Phụ lục!F9: a true/false cell 'TRUE', not a deadline",
    ]
    assert "3 days" not in result.output and "True" not in result.output


@pytest.mark.parametrize(
    ("number_format", "shown"),
    [
        ("[Red]mm/yyyy", "06/2024"),  # the d of "Red" shows no day
        ('"Thời hạn" mm/yyyy', "06/2024"),  # nor the d of a quoted "hạn"… nor any literal
        ("[$-42A]mm/yyyy;@", "06/2024"),
        ("\\d mm/yyyy", "06/2024"),
        ("dd/mm/yyyy", "01/06/2024"),
        ("[Blue]d/m/yyyy", "01/06/2024"),
    ],
)
def test_a_date_shows_its_day_only_when_its_format_does(number_format: str, shown: str) -> None:
    assert cell_text(dt.datetime(2024, 6, 1), number_format) == (shown, None)


def test_a_red_month_imports_as_its_month(tmp_path: Path) -> None:
    path, book = _book(tmp_path, [("header",), GROUP, row("1.", "Một.")])
    book.active["F7"] = dt.datetime(2024, 6, 1)
    book.active["F7"].number_format = "[Red]mm/yyyy"
    book.save(path)
    result = _import(path)
    assert result.exit_code == 0, result.output
    assert _targets(result)[0]["deadline"] == {"text": "06/2024", "due": "2024-06"}
    assert shows_day("[Red]dd/mm/yyyy") and not shows_day("[Red]mm/yyyy")


# 6. A table without targets, a folder as --out, number 0, two groups of one title -----------


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_table_without_targets_is_refused(tmp_path: Path, kind: str) -> None:
    writer = write_docx if kind == "docx" else write_xlsx
    source = writer(tmp_path / f"kh.{kind}", [("header",), GROUP], HEADING_2024)
    out = tmp_path / "r.yaml"
    result = _import(source, "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"cds: lỗi: bảng phụ lục trong kh.{kind} không có chỉ tiêu nào (chỉ có dòng tiêu đề "
        "hoặc dòng nhóm); chưa ghi gì",
        "  gợi ý: mỗi chỉ tiêu là một dòng đánh số 1, 2 … dưới dòng nhóm (I, II …): kiểm tra "
        "tệp đúng là phụ lục của kế hoạch",
    ]
    assert not out.exists()


def test_out_ending_with_a_slash_names_a_folder_and_is_refused(tmp_path: Path) -> None:
    source = write_docx(tmp_path / "kh.docx", [("header",), GROUP, row("1.", "Một.")])
    out = f"{tmp_path}/x.yaml/"
    result = _import(source, "--out", out)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"cds: lỗi: '{out}' là một thư mục (kết thúc bằng '/'): --out là tên tệp sổ đăng ký; "
        "chưa ghi gì",
        "  gợi ý: ghi tên tệp, ví dụ --out plans/2024/phu_luc_01.yaml",
    ]
    assert not (tmp_path / "x.yaml").exists()


def test_number_zero_and_a_repeated_group_title_are_problems(tmp_path: Path) -> None:
    rows = [("header",), GROUP, row("0", "Không."), row("1.", "Một."),
            ("group", "II. CHỈ TIÊU VỀ DỮ LIỆU SỐ"), row("1.", "Hai một.")]  # fmt: skip
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    result = _import(source)
    assert result.exit_code == 1
    assert [t["id"] for t in _targets(result)] == ["I.1", "II.1"]
    assert _said(result, source) == [
        f"{source}:1:4:1: số thứ tự '0': chỉ tiêu đánh số từ 1; dòng này chưa thành chỉ tiêu",
        f"{source}:1:6:1: nhóm II cùng tên với nhóm I ('CHỈ TIÊU VỀ DỮ LIỆU SỐ')",
    ]


def test_a_revision_with_a_row_in_a_content_control_cancels_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """f3b of attack 8: the row unread, `--revise --yes` annulled its target (exit 0)."""
    from cds_tracker.app.setup import init_registry

    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    rows = [("header",), GROUP, row("1.", "Một.", "Phòng Nội vụ"), row("2.", "Hai."),
            row("3.", "Ba.", "Phòng Kinh tế")]  # fmt: skip
    write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    out = "plans/2024/phu_luc_01.yaml"
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", out])
    assert made.exit_code == 0, made.output
    heading = [
        *HEADING_2024[:2],
        HEADING_2024[2].replace("5/KH-BCĐ ngày 10/01", "12/KH-BCĐ ngày 20/03"),
    ]
    revision = write_docx(tmp_path / "sua-doi.docx", rows, heading)
    document = Document(str(revision))
    _in_control(document.tables[0]._tbl.findall(qn("w:tr"))[4])  # target 2's row
    document.save(str(revision))
    result = runner.invoke(app, ["--plan", "2024", "import", "sua-doi.docx", "--revise", "--yes"])
    assert result.exit_code == 0, result.output
    assert "thêm 0, bỏ 0, sửa 0 chỉ tiêu" in result.output
    assert "cancelled" not in (tmp_path / out).read_text(encoding="utf-8")


def test_text_formatted_as_hidden_is_left_out_with_a_note(tmp_path: Path) -> None:
    rows = [("header",), GROUP, row("1.", "P1")]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    document = Document(str(source))
    _put(
        document,
        "P1",
        f"<w:p {W}><w:r><w:t xml:space='preserve'>Số hóa 80% </w:t></w:r><w:r><w:rPr><w:vanish/>"
        "</w:rPr><w:t>(bản cũ: 50%)</w:t></w:r><w:r><w:t>hồ sơ.</w:t></w:r></w:p>",
    )
    document.save(str(source))
    result = _import(source)
    assert result.exit_code == 0, result.output
    assert _targets(result)[0]["content"] == "Số hóa 80% hồ sơ."
    assert _said(result, source) == [
        f"{source}:1:4:2: ghi chú: ô có chữ định dạng ẩn (Hidden), Word không hiện: bỏ qua "
        "((bản cũ: 50%))"
    ]
