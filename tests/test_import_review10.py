"""Review 10 of `cds import` (attack 9, findings F, G, H, L, N, O): what Word and Excel show is
what is read. A second appendix after the first ("Phụ lục 02") is not read as its continuation;
text hidden through a style is left out as direct hidden text is; an Excel row of height 0 is
hidden; Word's automatic numbering of the Stt cells is read; a damaged gridSpan is said as
damaged at its cell; `carry-over --group I=VI` names a group, never titles one "VI. VI"; a
deadline before the plan's year is noted. Files are built here with python-docx and openpyxl;
every line and exit code is worked out by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse
from test_plans import cds, workspace  # noqa: F401  (the fixture)

from paths import REGISTRY

runner = CliRunner()
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")


def row(number: str, content: str, lead: str = "Phòng Y tế", deadline: str = "Tháng 6/2024") -> Any:
    return (number, content, "", lead, "", deadline, "")


ROWS = [("header",), GROUP, row("1.", "Nội dung một."), row("2.", "Nội dung hai.")]


def _import(source: Path, *extra: str) -> Any:
    return runner.invoke(app, ["import", str(source), "--registry", str(REGISTRY), *extra])


def _targets(result: Any) -> dict[str, dict[str, Any]]:
    data = parse(result.stdout)
    return {t["id"]: t for g in data["groups"] for t in g["targets"]}


# N. A damaged gridSpan ----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["abc", "-3", "0"])
def test_a_damaged_grid_span_is_said_at_its_cell(tmp_path: Path, value: str) -> None:
    path = write_docx(tmp_path / "span.docx", ROWS, HEADING_2024)
    document = Document(str(path))
    # table 1, row 4 (two header rows, the group row, then I.1), its second cell
    tc = document.tables[0]._tbl.tr_lst[3].tc_lst[1]
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), value)
    tc.get_or_add_tcPr().append(span)
    document.save(str(path))
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"cds: lỗi: span.docx:1:4:2: tệp hỏng: gridSpan của ô là '{value}', không phải số cột"
        " (gridSpan: số nguyên từ 1; gridBefore, gridAfter: từ 0), không đọc",
        "  gợi ý: mở tệp bằng Word, bỏ gộp rồi gộp lại các ô ở đó, lưu lại rồi nhập lại; hoặc"
        " chép riêng bảng phụ lục sang một tệp mới rồi nhập tệp đó",
    ]
    english = _import(path, "--lang", "en")
    assert english.exit_code == 1
    assert english.stderr.splitlines()[0] == (
        f"cds: error: span.docx:1:4:2: the file is damaged: the cell's gridSpan is '{value}', not"
        " a number of columns (gridSpan: a whole number from 1; gridBefore, gridAfter: from 0);"
        " not read"
    )
    assert "257" not in result.output + english.output


# O. carry-over --group OLD=VI where the new plan has no group VI -----------------------------


def test_carry_over_to_a_numeral_no_group_has_is_refused(workspace: Path) -> None:  # noqa: F811
    carry = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023")
    result = cds(*carry, "--group", "I=VI", "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "--group 'I=VI': the new plan has no group VI" in result.output
    assert "e.g. --group 'I=Dữ liệu số'" in result.output
    said = cds(*carry, "--group", "I=vi")
    assert said.exit_code == 2, said.output
    assert "--group 'I=vi': kế hoạch mới không có nhóm VI" in said.output
    assert "VI. VI" not in result.output + said.output


# H. An Excel row of (almost) no height --------------------------------------------------------


def _flat_row(path: Path, row: int, height: str) -> None:
    """The sheet's `row` given height `height` (points) as a program writes it: `ht="0"` and
    customHeight (openpyxl drops a height of 0 on writing, so it is set in the sheet's XML)."""
    import zipfile

    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        items = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in items:
            if info.filename == part:
                before = f'<row r="{row}">'.encode()
                assert before in data
                after = f'<row r="{row}" ht="{height}" customHeight="1">'.encode()
                data = data.replace(before, after)
            archive.writestr(info, data)


@pytest.mark.parametrize("height", ["0", "0.5", "2.9"])
def test_an_excel_row_of_no_height_is_hidden(tmp_path: Path, height: str) -> None:
    from appendix_files import write_xlsx

    rows = [*ROWS, row("3.", "Nội dung ba.")]
    path = write_xlsx(tmp_path / "thap.xlsx", rows, HEADING_2024)
    # rows 1-3 the heading, 4-5 the header, 6 the group, 7-9 I.1, I.2, I.3: I.2 collapsed
    _flat_row(path, 8, height)
    result = _import(path)
    assert result.exit_code == 0, result.output
    assert sorted(_targets(result)) == ["I.1", "I.3"]
    said = [line for line in result.stderr.splitlines() if "thap.xlsx" in line]
    assert said[0] == (
        f"{path}:Phụ lục!A8: ghi chú: dòng thấp gần bằng 0 (dưới 3 pt), Excel hiện như dòng ẩn: "
        "bỏ qua (2. | Nội dung hai. | Phòng Y tế | Tháng 6/2024)"
    )
    english = _import(path, "--lang", "en")
    assert f"{path}:Phụ lục!A8: note: row of almost no height (under 3 pt), which Excel shows" in (
        english.stderr
    )


def test_an_excel_row_of_three_points_is_read(tmp_path: Path) -> None:
    from appendix_files import write_xlsx

    path = write_xlsx(tmp_path / "thap.xlsx", ROWS, HEADING_2024)
    _flat_row(path, 8, "3")
    result = _import(path)
    assert result.exit_code == 0, result.output
    assert sorted(_targets(result)) == ["I.1", "I.2"]
    assert "Excel" not in result.stderr


# F. A second appendix after the first -------------------------------------------------------

SECOND = [
    ("header",),
    ("group", "I. Nhiệm vụ, dự án"),
    row("1.", "Nâng cấp mạng LAN của UBND thành phố.", "Phòng Nội vụ", "Tháng 8/2024"),
]


def _two_appendices(tmp_path: Path, heading: str) -> Path:
    """Phụ lục 01 (I.1, I.2), a page break, `heading` and a second table of the same columns."""
    from copy import deepcopy

    path = write_docx(tmp_path / "hai.docx", ROWS, HEADING_2024)
    other = Document(str(write_docx(tmp_path / "p2.docx", SECOND)))
    document = Document(str(path))
    document.add_page_break()
    document.add_paragraph(heading)
    document.add_paragraph("Danh mục nhiệm vụ, dự án chuyển đổi số năm 2024")
    body = document.element.body
    body.insert(len(body) - 1, deepcopy(other.tables[0]._tbl))
    document.save(str(path))
    return path


def test_a_second_appendix_is_not_read_as_the_first_going_on(tmp_path: Path) -> None:
    path = _two_appendices(tmp_path, "Phụ lục 02")
    result = _import(path)
    assert result.exit_code == 0, result.output
    assert sorted(_targets(result)) == ["I.1", "I.2"]  # not "Nâng cấp mạng LAN" as I.1's twin
    assert "Nâng cấp mạng LAN" not in result.stdout
    assert result.stderr.splitlines() == [
        f"{path}:2:1:1: ghi chú: bảng này nằm dưới tiêu đề 'Phụ lục 02', một phụ lục khác: không "
        "đọc (số bảng bỏ qua, tính cả bảng này: 1)",
        "  gợi ý: nhập phụ lục đó riêng (chép bảng của nó sang một tệp mới); nếu bảng thuộc phụ "
        "lục đang nhập, xóa dòng tiêu đề đó rồi nhập lại",
    ]
    english = _import(path, "--lang", "en")
    assert english.stderr.splitlines()[0] == (
        f"{path}:2:1:1: note: this table is under the heading 'Phụ lục 02', another appendix: not "
        "read (tables left out, this one included: 1)"
    )


def test_the_same_appendix_heading_again_goes_on(tmp_path: Path) -> None:
    # A page of Phụ lục 01 in a table of its own under its heading repeated ("PHỤ LỤC 1"):
    # its rows are the same appendix's (here the second table's group I is I again: a repeat)
    path = _two_appendices(tmp_path, "PHỤ LỤC 1")
    result = _import(path)
    assert "phụ lục khác" not in result.stderr
    assert "Nâng cấp mạng LAN" in result.stdout  # kept in the repeated I.1's needs_review
    assert f"{path}:2:4:1: số thứ tự trùng: I.1 đã có ở bảng 1, dòng 4" in result.stderr


# G. Text hidden through a style ---------------------------------------------------------------


def test_text_hidden_by_a_style_is_left_out(tmp_path: Path) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    rows = [*ROWS, row("3.", "Nội dung ba.")]
    path = write_docx(tmp_path / "an.docx", rows, HEADING_2024)
    document = Document(str(path))
    quiet = document.styles.add_style("Ghi chu an", WD_STYLE_TYPE.CHARACTER)
    quiet.font.hidden = True
    # a paragraph style hidden only through the style it is based on
    base = document.styles.add_style("Nen an", WD_STYLE_TYPE.PARAGRAPH)
    base.font.hidden = True
    based = document.styles.add_style("Dua tren nen an", WD_STYLE_TYPE.PARAGRAPH)
    based.base_style = base
    lead = {tr.cells[1].text: tr.cells[3] for tr in document.tables[0].rows}
    lead["Nội dung một."].paragraphs[0].add_run("; Phòng Kinh tế").style = quiet  # I.1
    extra = lead["Nội dung hai."].add_paragraph("Phòng Nội vụ")  # I.2: a second line, hidden
    extra.style = based
    shown = lead["Nội dung ba."].paragraphs[0].add_run("; Phòng Tư pháp")  # I.3: style hides,
    shown.style = quiet  # the run's own format says shown: Word shows it
    shown.font.hidden = False
    document.save(str(path))
    result = _import(path)
    assert result.exit_code == 0, result.output
    targets = _targets(result)
    assert targets["I.1"]["lead"] == {"text": "Phòng Y tế", "units": ["phong-y-te"]}
    # the hidden line's paragraph, empty as Word shows it: no text a person wrote (attack 11)
    assert targets["I.2"]["lead"]["text"] == "Phòng Y tế"
    assert targets["I.3"]["lead"] == {
        "text": "Phòng Y tế; Phòng Tư pháp",
        "units": ["phong-y-te", "phong-tu-phap"],
    }
    said = [line for line in result.stderr.splitlines() if line.startswith(str(path))]
    assert said == [
        f"{path}:1:4:4: ghi chú: ô có chữ định dạng ẩn (Hidden), Word không hiện: bỏ qua "
        "(; Phòng Kinh tế)",
        f"{path}:1:5:4: ghi chú: ô có chữ định dạng ẩn (Hidden), Word không hiện: bỏ qua "
        "(Phòng Nội vụ)",
    ]


# O. A deadline before the plan's year -------------------------------------------------------


def test_a_deadline_before_the_plans_year_is_noted(tmp_path: Path) -> None:
    rows = [("header",), GROUP, row("1.", "Nội dung một.", deadline="Tháng 10/2023")]
    rows.append(row("2.", "Nội dung hai."))
    path = write_docx(tmp_path / "som.docx", rows, HEADING_2024)
    result = _import(path)
    assert result.exit_code == 0, result.output
    assert _targets(result)["I.1"]["deadline"] == {"text": "Tháng 10/2023", "due": "2023-10"}
    assert result.stderr.splitlines() == [
        f"{path}:1:4:6: ghi chú: thời hạn 'Tháng 10/2023' trước năm của kế hoạch (2024): chỉ "
        "tiêu đến hạn trước khi có kế hoạch",
        "  gợi ý: nếu năm gõ nhầm, sửa trong bảng rồi nhập lại; nếu là chỉ tiêu chưa xong của kế "
        "hoạch năm trước, chuyển sang bằng cds carry-over (ghi nguồn chuyển tiếp, `carried_from`)",
    ]
    english = _import(path, "--lang", "en")
    assert english.stderr.splitlines()[0] == (
        f"{path}:1:4:6: note: the deadline 'Tháng 10/2023' is before the plan's year (2024): "
        "the target falls due before the plan exists"
    )


def test_a_deadline_after_the_plans_year_is_noted(tmp_path: Path) -> None:
    """Review 10: 'Trước ngày 15/10/2025' in the 2024 plan was imported silently. A day or a
    month past the plan's year is read and noted at its cell, as one before it is; 'Trước
    ngày 01/01/2025' is the plan's last day said another way: not noted. `cds validate`
    finds nothing, as for a deadline before the plan's year (a note of the import's)."""
    rows = [("header",), GROUP, row("1.", "Nội dung một.", deadline="Trước ngày 15/10/2025")]
    rows.append(row("2.", "Nội dung hai.", deadline="Trước ngày 01/01/2025"))
    rows.append(row("3.", "Nội dung ba.", deadline="Tháng 3/2025"))
    rows.append(row("4.", "Nội dung bốn."))
    path = write_docx(tmp_path / "muon.docx", rows, HEADING_2024)
    out = tmp_path / "dk" / "phu_luc_01.yaml"
    result = _import(path, "--out", str(out))
    assert result.exit_code == 0, result.output
    targets = {t["id"]: t for t in parse(out.read_text(encoding="utf-8"))["groups"][0]["targets"]}
    assert [targets[i]["deadline"]["due"] for i in ("I.1", "I.2", "I.3", "I.4")] == [
        "2025-10-15",
        "2025-01-01",
        "2025-03",
        "2024-06",
    ]
    hint = (
        "  gợi ý: nếu năm gõ nhầm, sửa trong bảng rồi nhập lại; nếu văn bản gốc ghi đúng như "
        "vậy (chỉ tiêu kéo dài sang năm sau), giữ nguyên"
    )
    notes = [line for line in result.stderr.splitlines() if "ghi chú" in line or "gợi ý" in line]
    assert notes == [
        f"{path}:1:4:6: ghi chú: thời hạn 'Trước ngày 15/10/2025' sau năm của kế hoạch (2024): "
        "chỉ tiêu đến hạn khi kế hoạch năm 2024 đã hết",
        hint,
        f"{path}:1:6:6: ghi chú: thời hạn 'Tháng 3/2025' sau năm của kế hoạch (2024): chỉ tiêu "
        "đến hạn khi kế hoạch năm 2024 đã hết",
        hint,
    ]
    english = _import(path, "--lang", "en").stderr.splitlines()
    assert english[:2] == [
        f"{path}:1:4:6: note: the deadline 'Trước ngày 15/10/2025' is after the plan's year "
        "(2024): the target falls due after the plan of 2024 has ended",
        "  hint: if the year was mistyped, correct it in the table and import again; if the "
        "signed plan says so (the target runs into the next year), keep it",
    ]
    checked = runner.invoke(app, ["validate", str(out)])
    assert (checked.exit_code, checked.output) == (0, "Hợp lệ: 1 tệp.\n")


# L. Word's automatic numbering in the Stt column --------------------------------------------

GROUP_II = ("group", "II. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ")


def _numbered(path: Path, style: str = "List Number") -> Any:
    """The Stt cells left empty in the rows whose number is "", given `style` (Word numbers
    them); the document, to be changed further and saved."""
    document = Document(str(path))
    for tr in document.tables[0].rows:
        if tr.cells[0].text == "" and tr.cells[1].text.startswith("Nội dung"):
            tr.cells[0].paragraphs[0].style = document.styles[style]
    return document


def test_list_number_counts_on_across_groups_as_word_shows(tmp_path: Path) -> None:
    # One "List Number" list down the table: Word numbers 1., 2. in group I and goes on with
    # 3., 4. in group II (the group rows are not in the list): read so, the gap noted.
    rows = [("header",), GROUP, row("", "Nội dung một."), row("", "Nội dung hai.")]
    rows += [GROUP_II, row("", "Nội dung ba."), row("", "Nội dung bốn.")]
    path = write_docx(tmp_path / "tudong.docx", rows, HEADING_2024)
    _numbered(path).save(str(path))
    result = _import(path)
    assert result.exit_code == 0, result.output
    targets = _targets(result)
    assert {k: t["content"] for k, t in targets.items()} == {
        "I.1": "Nội dung một.",
        "I.2": "Nội dung hai.",
        "II.3": "Nội dung ba.",
        "II.4": "Nội dung bốn.",
    }
    said = [line for line in result.stderr.splitlines() if line.startswith(str(path))]
    assert said == [
        f"{path}:1:4:1: ghi chú: số thứ tự của bảng do Word tự đánh (Numbering), không có trong "
        "chữ của ô: đọc như Word hiện, từ '1.'",
        f"{path}:1:7:1: ghi chú: số thứ tự của nhóm bắt đầu từ 3: không có II.1–II.2",
    ]


_LEVELS = (
    '<w:abstractNum {w} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
    '<w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{target}"/>'
    '<w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
)


def _outline(path: Path, target: str) -> None:
    """A two-level list (numId 90): group rows "I.", "II." at level 0, targets at level 1 in
    the format `target`, restarting under each group; the Stt cells' own text left empty."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = Document(str(path))
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_LEVELS.format(w=w, target=target)))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for tr in document.tables[0].rows[2:]:
        cell = tr.cells[0]
        level = 0 if cell.text.startswith("CHỈ TIÊU") else 1
        if level == 1 and (cell.text or not tr.cells[1].text.startswith("Nội dung")):
            continue  # a number typed ("2."): Word shows it as typed, no list
        ppr = cell.paragraphs[0]._p.get_or_add_pPr()
        ppr.append(
            parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        )
    document.save(str(path))


def test_a_two_level_list_restarts_in_each_group(tmp_path: Path) -> None:
    # Group rows "CHỈ TIÊU …" numbered I., II. by Word; targets 1., 2. under each
    groups = [("group", "CHỈ TIÊU VỀ DỮ LIỆU SỐ"), ("group", "CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ")]
    rows = [("header",), groups[0], row("", "Nội dung một."), row("", "Nội dung hai.")]
    rows += [groups[1], row("", "Nội dung ba.")]
    path = write_docx(tmp_path / "capbac.docx", rows, HEADING_2024)
    _outline(path, "decimal")
    result = _import(path)
    assert result.exit_code == 0, result.output
    data = parse(result.stdout)
    assert [(g["id"], g["title"]) for g in data["groups"]] == [
        ("I", "CHỈ TIÊU VỀ DỮ LIỆU SỐ"),
        ("II", "CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ"),
    ]
    assert {k: t["content"] for k, t in _targets(result).items()} == {
        "I.1": "Nội dung một.",
        "I.2": "Nội dung hai.",
        "II.1": "Nội dung ba.",
    }
    said = [line for line in result.stderr.splitlines() if line.startswith(str(path))]
    assert said == [
        f"{path}:1:3:1: ghi chú: số thứ tự của bảng do Word tự đánh (Numbering), không có trong "
        "chữ của ô: đọc như Word hiện, từ 'I.'",
    ]
    english = _import(path, "--lang", "en")
    assert english.stderr.splitlines()[0] == (
        f"{path}:1:3:1: note: the table's numbers are Word's automatic numbering, not in the "
        "cells' text: read as Word shows them, from 'I.'"
    )


def test_an_automatic_number_not_computed_is_said_at_its_cell(tmp_path: Path) -> None:
    # Targets numbered in words ("One", "Two": numFmt cardinalText): not guessed
    groups = [("group", "CHỈ TIÊU VỀ DỮ LIỆU SỐ")]
    rows = [("header",), groups[0], row("", "Nội dung một."), row("2.", "Nội dung hai.")]
    path = write_docx(tmp_path / "chu.docx", rows, HEADING_2024)
    _outline(path, "cardinalText")
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert sorted(_targets(result)) == ["I.2"]
    said = [line for line in result.stderr.splitlines() if line.startswith(str(path))]
    assert said[:2] == [
        f"{path}:1:3:1: ghi chú: số thứ tự của bảng do Word tự đánh (Numbering), không có trong "
        "chữ của ô: đọc như Word hiện, từ 'I.'",
        f"{path}:1:4:1: số thứ tự do Word tự đánh (Numbering) theo kiểu không đọc được chính "
        "xác; dòng này chưa thành chỉ tiêu",
    ]
    assert "gợi ý: gõ số thứ tự vào ô (Home → Numbering → None, rồi gõ 1, 2 …) rồi nhập lại" in (
        result.stderr
    )
    english = _import(path, "--lang", "en")
    assert (
        f"{path}:1:4:1: the number is Word's automatic numbering in a format not read exactly; "
        "this row is not a target yet"
    ) in english.stderr


def test_no_target_read_for_automatic_numbers_says_so(tmp_path: Path) -> None:
    groups = [("group", "CHỈ TIÊU VỀ DỮ LIỆU SỐ")]
    rows = [("header",), groups[0], row("", "Nội dung một."), row("", "Nội dung hai.")]
    path = write_docx(tmp_path / "chu.docx", rows, HEADING_2024)
    _outline(path, "ordinalText")
    result = _import(path)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        "cds: lỗi: bảng phụ lục trong chu.docx không có chỉ tiêu nào (chỉ có dòng tiêu đề hoặc "
        "dòng nhóm); chưa ghi gì",
        "  gợi ý: 2 dòng có số thứ tự do Word tự đánh (Numbering) theo kiểu không đọc được chính "
        "xác, dòng đầu ở chu.docx:1:4:1; gõ số thứ tự vào ô (Home → Numbering → None, rồi gõ 1, "
        "2 …) rồi nhập lại",
    ]


def test_an_excel_row_given_height_0_by_openpyxl_is_hidden(tmp_path: Path) -> None:
    # openpyxl writes a row of height 0 as customHeight="1" with no ht: Excel shows it hidden
    from openpyxl import load_workbook

    from appendix_files import write_xlsx

    path = write_xlsx(tmp_path / "thap.xlsx", [*ROWS, row("3.", "Nội dung ba.")], HEADING_2024)
    book = load_workbook(path)
    book.active.row_dimensions[8].height = 0  # type: ignore[union-attr]
    book.save(path)
    result = _import(path)
    assert result.exit_code == 0, result.output
    assert sorted(_targets(result)) == ["I.1", "I.3"]
    assert (
        f"{path}:Phụ lục!A8: ghi chú: dòng thấp gần bằng 0 (dưới 3 pt), Excel hiện như dòng ẩn: "
        "bỏ qua (2. | Nội dung hai. | Phòng Y tế | Tháng 6/2024)"
    ) in result.stderr.splitlines()


def test_a_second_appendix_on_another_sheet_is_not_read(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from appendix_files import SPAN, SUBTITLES, TITLES, write_xlsx

    path = write_xlsx(tmp_path / "hai.xlsx", ROWS, HEADING_2024)
    book = load_workbook(path)
    sheet = book.create_sheet("PL02")
    sheet.append(["Phụ lục 02"])
    sheet.append(["Stt", "Nội dung chỉ tiêu", SPAN, None, None, *TITLES[2:]])
    sheet.append([None, None, *SUBTITLES, None, None])
    sheet.append(["III. Nhiệm vụ, dự án"])
    sheet.append(list(row("1.", "Nâng cấp mạng LAN.", "Phòng Nội vụ", "Tháng 8/2024")))
    book.save(path)
    result = _import(path)
    assert result.exit_code == 0, result.output
    assert sorted(_targets(result)) == ["I.1", "I.2"]
    assert result.stderr.splitlines()[0] == (
        f"{path}:PL02!A1: ghi chú: bảng này nằm dưới tiêu đề 'Phụ lục 02', một phụ lục khác: "
        "không đọc (số bảng bỏ qua, tính cả bảng này: 1)"
    )
