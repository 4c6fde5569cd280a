"""Issue 16's second attack on Word and Excel files: damaged parts that crashed `cds import`,
`cds diff` with exit 3, limits bypassed by moving a part or writing a reference the way openpyxl
also reads it, a return form without limits, vertically merged cells read in quadratic time,
bidi marks written raw. Every file is built here from our own export."""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.cli import app
from cds_tracker.output.sanitize import visible
from cds_tracker.registry.importing.cells import read_tables
from cds_tracker.registry.importing.word_tables import _docx_rows
from cds_tracker.registry.yamlio import parse
from test_forms import cds, entries, make

from paths import REGISTRY

runner = CliRunner()
DAMAGED = "tệp hỏng hoặc không phải tệp Word/Excel"  # the reader's English: --lang en only
DAMAGED_EN = "the file is damaged or not a Word/Excel file ("
LIMIT = "tệp quá lớn để là một phụ lục, không đọc:"
# a sheet's cell far past its table is its own problem (review 8b: one message said both)
FAR_CELL = "trang tính có ô ở quá xa bảng để là một phụ lục, không đọc:"


def _export(tmp_path: Path, kind: str) -> Path:
    out = tmp_path / f"base.{kind}"
    args = ["export", "--format", kind, "--out", str(out), "--registry", str(REGISTRY)]
    assert runner.invoke(app, args).exit_code == 0
    return out


def _edited(source: Path, out: Path, edit: Callable[[str, bytes], tuple[str, bytes]]) -> Path:
    """A copy of `source` with each part (name, bytes) passed through `edit`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            name, data = edit(info.filename, old.read(info.filename))
            new.writestr(name, data)
    return out


def _in(part: str, change: Callable[[bytes], bytes]) -> Callable[[str, bytes], tuple[str, bytes]]:
    return lambda name, data: (name, change(data) if name == part else data)


SHEET = "xl/worksheets/sheet1.xml"
BODY = "word/document.xml"
FAR = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>y</t></is></c></row>'


def _merge(ref: bytes) -> Callable[[str, bytes], tuple[str, bytes]]:
    cell = b'<mergeCell ref="' + ref + b'"/>'
    pattern = rb"<mergeCells[^>]*>"
    return _in(SHEET, lambda xml: re.sub(pattern, lambda m: m[0] + cell, xml, count=1))


# 1. A damaged part is a damaged file (exit 1), whatever the library raised ---------------


def _corrupt_deflate(tmp_path: Path, source: Path) -> Path:
    """document.xml's compressed bytes overwritten in the middle: zlib.error or a CRC error."""
    out = _edited(source, tmp_path / "zlib.docx", lambda n, d: (n, d))
    data = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as archive:
        info = archive.getinfo(BODY)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 40 : start + 80] = b"\xff" * 40
    out.write_bytes(bytes(data))
    return out


def _put(part: str, old: bytes, new: bytes) -> Callable[[str, bytes], tuple[str, bytes]]:
    return _in(part, lambda xml: xml.replace(old, new, 1))


def _cut(xml: bytes) -> bytes:
    return xml[: xml.index(b"<w:body>")] + b"<w:body><w:tbl>"


DAMAGES: dict[str, tuple[str, Callable[[str, bytes], tuple[str, bytes]], str]] = {
    # name: (kind, edit, the start of the reason in brackets)
    "badxml": ("docx", _in(BODY, _cut), "no element found"),
    "entity": ("xlsx", _put(SHEET, b"<sheetData>", b"<sheetData>&bogus;"), "undefined entity"),
    "notutf8": ("docx", _put(BODY, b"<w:body>", b"<w:body>\xff\xfe"), "not well-formed"),
    "badmerge": ("xlsx", _merge(b"A1:ZZZZ9"), "A1:ZZZZ9 is not a valid coordinate or range"),
    "badrow": ("xlsx", _put(SHEET, b'<row r="1"', b'<row r="x"'), "could not convert"),
}
# A cell merged down from above the first row (`<w:vMerge/>` in the first row) is well-formed:
# said as such at its cell, not as a damaged file (tests/test_import_text_limits.py).


@pytest.mark.parametrize("name", sorted(DAMAGES))
def test_a_damaged_part_is_a_damaged_file(tmp_path: Path, name: str) -> None:
    """Each ended in "lỗi nội bộ: ParseError(…)" (or ValueError) with exit 3 before."""
    kind, edit, reason = DAMAGES[name]
    path = _edited(_export(tmp_path, kind), tmp_path / f"{name}.{kind}", edit)
    for command in (["import", str(path)], ["diff", str(REGISTRY), str(path)]):
        started = time.monotonic()
        result = runner.invoke(app, [*command, "--registry", str(REGISTRY)])
        assert time.monotonic() - started < 5
        assert (result.exit_code, result.stdout) == (1, ""), result.output
        first, second = result.stderr.splitlines()[:2]
        assert first == f"cds: lỗi: không đọc được '{path.name}'"
        assert second == f"{path}:1:1: {DAMAGED}", second
        english = runner.invoke(app, [*command, "--registry", str(REGISTRY), "--lang", "en"])
        assert english.exit_code == 1, english.output
        assert english.stderr.splitlines()[1].startswith(f"{path}:1:1: {DAMAGED_EN}{reason}")


def test_a_damaged_zip_member_is_a_damaged_file(tmp_path: Path) -> None:
    path = _corrupt_deflate(tmp_path, _export(tmp_path, "docx"))
    result = runner.invoke(app, ["import", str(path), "--registry", str(REGISTRY)])
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[:2][1].startswith(f"{path}:1:1: {DAMAGED}")


def test_a_damaged_return_form_is_not_a_workbook(own_registry: Path, tmp_path: Path) -> None:
    form = make(own_registry, tmp_path)
    path = _edited(form, tmp_path / "hong.xlsx", _in(SHEET, lambda x: x[: len(x) // 2]))
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--dry-run")
    assert (code, stderr.splitlines()[:2]) == (
        1,
        [
            f"{path}: không đọc được, không phải tệp Excel (.xlsx)",
            "  gợi ý: nhập tệp .xlsx do cds form lập và đơn vị điền: nếu tệp đã được lưu bằng "
            "chương trình khác, mở bằng Excel, chọn Tệp › Lưu thành (File › Save As), kiểu Sổ "
            "làm việc Excel (.xlsx), rồi nhập tệp đó; tệp hỏng thì xin đơn vị gửi lại",
        ],
    )


# 2. Limits on what the readers read, wherever the package puts it and however it is written


def _moved_sheet(name: str, data: bytes) -> tuple[str, bytes]:
    if name == SHEET:
        return "xl/worksheets/sub/sheet1.xml", data.replace(b"</sheetData>", FAR + b"</sheetData>")
    if name in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
        return name, data.replace(b"worksheets/sheet1.xml", b"worksheets/sub/sheet1.xml")
    return name, data


def _moved_body(name: str, data: bytes) -> tuple[str, bytes]:
    if name == BODY:
        span = b'<w:tcPr><w:gridSpan w:val="5000000"/>'
        return "word/main.xml", data.replace(b"<w:tcPr>", span, 1)
    if name in ("_rels/.rels", "[Content_Types].xml"):
        return name, data.replace(b"word/document.xml", b"word/main.xml")
    return name, data


NO_R = b'<row r="9000"><c r="L9000" t="inlineStr"><is><t>y</t></is></c></row>'
NO_R += b'<row r="1000000"><c t="inlineStr"><is><t>y</t></is></c></row></sheetData>'
WIDE = b'<row r="5">' + b"<c/>" * 300 + b"</row></sheetData>"  # cells without `r`
ROW = "có dòng thứ 1.048.576 (tối đa 10.000)"
BYPASSES: dict[str, tuple[str, Callable[[str, bytes], tuple[str, bytes]], str]] = {
    "subdir": ("xlsx", _moved_sheet, ROW),
    "norattr": (
        "xlsx",
        _put(SHEET, b"</sheetData>", NO_R),
        "có dòng thứ 1.000.000 (tối đa 10.000)",
    ),
    "nocellr": ("xlsx", _put(SHEET, b"</sheetData>", WIDE), "có cột thứ 257 (tối đa 256)"),
    "dollar": ("xlsx", _merge(b"$A$100:$XFD$1048576"), ROW),
    "lower": ("xlsx", _merge(b"a100:xfd1048576"), ROW),
    "columns": ("xlsx", _merge(b"A:A"), ROW),
    "moved": ("docx", _moved_body, "một ô trải trên 5.000.000 cột (gridSpan; tối đa 256)"),
}


@pytest.mark.parametrize("name", sorted(BYPASSES))
def test_a_limit_holds_however_the_file_is_laid_out(tmp_path: Path, name: str) -> None:
    """Each ran past a minute and 1–1.5 GB before: the check looked at other parts or refs."""
    kind, edit, what = BYPASSES[name]
    path = _edited(_export(tmp_path, kind), tmp_path / f"{name}.{kind}", edit)
    place = "nội dung văn bản" if kind == "docx" else "trang tính thứ 1"
    for command in (["import", str(path)], ["diff", str(REGISTRY), str(path)]):
        started = time.monotonic()
        result = runner.invoke(app, [*command, "--registry", str(REGISTRY)])
        assert time.monotonic() - started < 5
        assert (result.exit_code, result.stdout) == (1, ""), result.output
        limit = LIMIT if kind == "docx" else FAR_CELL
        assert result.stderr.splitlines()[0] == f"cds: lỗi: {path.name}, {place}: {limit} {what}"


def test_moved_parts_within_the_limits_still_import(tmp_path: Path) -> None:
    """Following the relationships reads the moved parts; it does not refuse them."""
    for kind, edit in (("docx", _moved_body), ("xlsx", _moved_sheet)):
        plain = _in("", lambda x: x)
        path = _edited(_export(tmp_path, kind), tmp_path / f"ok.{kind}", plain)
        moved = _edited(path, tmp_path / f"moved-ok.{kind}", _rename_only(edit))
        assert read_tables(moved) == read_tables(path)


def _rename_only(
    edit: Callable[[str, bytes], tuple[str, bytes]],
) -> Callable[[str, bytes], tuple[str, bytes]]:
    """`edit`'s renaming, without the hostile content it adds."""

    def renamed(name: str, data: bytes) -> tuple[str, bytes]:
        new_name, _ = edit(name, data)
        _, new_data = edit("", data) if name in (SHEET, BODY) else edit(name, data)
        return new_name, new_data

    return renamed


# 3. A return form has the same limits ------------------------------------------------------


def test_a_return_form_with_a_far_cell_is_refused_fast(own_registry: Path, tmp_path: Path) -> None:
    """90 s and 1.8 GB before: the form was checked only for its unpacked size."""
    form = make(own_registry, tmp_path)
    far = _in(SHEET, lambda x: x.replace(b"</sheetData>", FAR + b"</sheetData>"))
    path = _edited(form, tmp_path / "xa.xlsx", far)
    started = time.monotonic()
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--dry-run")
    assert time.monotonic() - started < 5
    assert (code, stderr.splitlines()[0]) == (
        1,
        f"{path}: tệp quá lớn để là một phiếu báo cáo, không nhập: "
        "có dòng thứ 1.048.576 (tối đa 10.000)",
    )
    assert entries(own_registry) == []


# 4. Vertically merged cells are read in linear time, as python-docx's row.cells reads them


def _merged_down(tmp_path: Path, rows: int) -> Path:
    restart = b'<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>'
    restart += b"<w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>"
    follow = b"<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
    table = b"<w:tbl><w:tblGrid>" + b"<w:gridCol/>" * 7 + b"</w:tblGrid>"
    table += b"<w:tr>" + restart * 7 + b"</w:tr>" + (b"<w:tr>" + follow * 7 + b"</w:tr>") * rows
    body = _in(BODY, lambda x: x.replace(b"<w:body>", b"<w:body>" + table + b"</w:tbl>", 1))
    return _edited(_export(tmp_path, "docx"), tmp_path / "doc.docx", body)


def test_a_table_merged_down_500_rows_reads_in_seconds(tmp_path: Path) -> None:
    """N=50: 4.9 s, 100: 12.5 s, 200: 42.6 s before (row.cells walks up each merge)."""
    path = _merged_down(tmp_path, 500)
    started = time.monotonic()
    tables = read_tables(path)
    assert time.monotonic() - started < 3
    assert tables[0].rows == (("x",) * 7,) * 501


def test_merged_cells_read_as_python_docx_reads_them() -> None:
    """Spans across, merges down, a merge of both, a row starting late: as `row.cells`."""
    document = docx.Document()
    table = document.add_table(rows=6, cols=5)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"{r}{c}"
    table.cell(0, 0).merge(table.cell(3, 0))  # down
    table.cell(0, 1).merge(table.cell(0, 3))  # across
    table.cell(1, 2).merge(table.cell(4, 3))  # both
    table.cell(5, 1).merge(table.cell(5, 4))
    first_tr = table._tbl.tr_lst[5]
    first_tr.get_or_add_trPr()  # a row that starts at the second grid column
    first_tr.remove(first_tr.tc_lst[0])
    first_tr.trPr.get_or_add_gridBefore().val = 1  # type: ignore[union-attr]
    expected = tuple(tuple(_clean(c.text) for c in row.cells) for row in table.rows)
    assert _docx_rows(Path("kh.docx"), 1, table._tbl, []) == expected
    both = "12\n13\n22\n23\n32\n33\n42\n43"
    assert expected[1] == ("00\n10\n20\n30", "11", both, both, "14")
    assert expected[5] == ("51\n52\n53\n54",) * 4  # the row's first grid column left out


def _clean(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


# 5. Bidi marks: escaped in the YAML, shown on a terminal -----------------------------------


def test_bidi_marks_are_escaped_in_the_yaml(tmp_path: Path) -> None:
    content = "Số hóa \u200fabc\u200e hồ sơ\u061c."
    heading = [
        "Phụ lục 01:",
        "Phân công phụ trách theo dõi các chỉ tiêu năm 2024",
        "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
    ]
    rows = [
        ("header",),
        ("group", "I. DỮ LIỆU SỐ"),
        ("1.", content, "", "Phòng Nội vụ", "", "Tháng 3/2024", ""),
    ]
    source = write_docx(tmp_path / "rlm.docx", rows, heading)
    printed = runner.invoke(app, ["import", str(source), "--registry", str(REGISTRY)])
    # the marks are a problem at import since review 8b (exit 1, marked needs_review), and the
    # registry printed still holds them escaped
    assert printed.exit_code == 1, printed.output
    assert '    content: "Số hóa \\u200Fabc\\u200E hồ sơ\\u061C."\n' in printed.stdout
    assert not {"\u200f", "\u200e", "\u061c"} & set(printed.stdout)
    assert parse(printed.stdout)["groups"][0]["targets"][0]["content"] == content
    assert visible(content) == "Số hóa <U+200F>abc<U+200E> hồ sơ<U+061C>."
