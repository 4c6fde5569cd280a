"""A cell's text and a table's are bounded (registry/importing/limits.py): a 53 KB Word file whose
deadline cell held "Tháng 9/2024 " 600,000 times ran `cds import` past 120 s, `import --revise`
past 150 s and `cds diff` 30 s. Past the limits the file is refused at the cell, fast, exit 1."""

from __future__ import annotations

import shutil
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.registry.importing.limits import MAX_CELL_TEXT

from paths import REGISTRY

runner = CliRunner()
HOSTILE = "Tháng 9/2024 " * 600_000  # 7,800,000 characters
LONG = "LONGCELL"  # written by python-docx/openpyxl, then replaced in the XML (openpyxl cuts)


def _rows(deadline: str = "Tháng 9/2024", content: str = "Số hóa hồ sơ.", lead: str = "Phòng Y tế"):  # type: ignore[no-untyped-def]
    return [
        ("header",),
        ("group", "I. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ"),
        ("1.", content, "", lead, "", deadline, ""),
    ]


def _grown(path: Path, text: str, old: str | None = None) -> Path:
    """The file with the cell written LONGCELL holding `text` instead (or `old`, once, written
    `text` as XML)."""
    grown = path.with_name("grown" + path.suffix)
    with zipfile.ZipFile(path) as before, zipfile.ZipFile(grown, "w", zipfile.ZIP_DEFLATED) as new:
        for info in before.infolist():
            data = before.read(info.filename)
            if info.filename.endswith(".xml"):
                xml = data.decode()
                if old is None:
                    xml = xml.replace(LONG, escape(text))
                elif info.filename == "word/document.xml":
                    xml = xml.replace(old, text, 1)
                data = xml.encode()
            new.writestr(info.filename, data)
    return grown


def _cds(*args: str) -> tuple[int, list[str], float]:
    started = time.monotonic()
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr.splitlines(), time.monotonic() - started


def _hostile(tmp_path: Path, kind: str, **cell: str) -> Path:
    writer = write_docx if kind == "docx" else write_xlsx
    return _grown(writer(tmp_path / f"kh.{kind}", _rows(**cell), HEADING_2024), HOSTILE)


REFUSED = "tệp quá lớn để là một phụ lục, không đọc: một ô có 7.800.000 ký tự (tối đa 32.767)"
HINT = (
    "  gợi ý: một ô của phụ lục thật chỉ dài vài trăm ký tự: xem lại ô này"
    " (tối đa 32.767 ký tự một ô)"
)


def test_a_deadline_cell_of_megabytes_is_refused_at_its_cell_in_seconds(tmp_path: Path) -> None:
    source = _hostile(tmp_path, "docx", deadline=LONG)
    out = tmp_path / "o" / "phu_luc_01.yaml"
    code, err, took = _cds("import", str(source), "--registry", str(REGISTRY), "--out", str(out))
    assert (code, err) == (1, [f"cds: lỗi: grown.docx:1:4:6: {REFUSED}", HINT])
    assert took < 20 and not out.exists()
    code, err, _ = _cds("import", str(source), "--registry", str(REGISTRY), "--lang", "en")
    assert (code, err) == (
        1,
        [
            "cds: error: grown.docx:1:4:6: too large for an appendix, not read:"
            " a cell holds 7,800,000 characters (at most 32,767)",
            "  hint: a real appendix's cell holds some hundred characters: check this one"
            " (at most 32,767 characters a cell)",
        ],
    )


def test_revise_and_diff_refuse_it_the_same(tmp_path: Path) -> None:
    source = _hostile(tmp_path, "docx", content=LONG)
    registry = tmp_path / "phu_luc_01.yaml"
    shutil.copy(REGISTRY, registry)
    before = registry.read_bytes()
    revise = ("import", "--revise", str(source), "--registry", str(registry), "--yes")
    code, err, took = _cds(*revise, "--on", "01/11/2023")
    assert (code, err, registry.read_bytes()) == (
        1,
        [f"cds: lỗi: grown.docx:1:4:2: {REFUSED}", HINT],
        before,
    )
    assert took < 20
    code, err, took = _cds("diff", str(registry), str(source))
    assert (code, err[0]) == (1, f"cds: lỗi: grown.docx:1:4:2: {REFUSED}")
    assert took < 20


def test_a_workbook_cell_is_refused_at_sheet_and_cell(tmp_path: Path) -> None:
    source = _hostile(tmp_path, "xlsx", lead=LONG)
    code, err, took = _cds("import", str(source), "--registry", str(REGISTRY))
    # Three heading rows, an empty one, two header rows, the group: the target is row 7. The
    # cell as read: its trailing space is no text a person wrote (core.text.trimmed), 7,799,999.
    said = REFUSED.replace("7.800.000", "7.799.999")
    assert (code, err) == (1, [f"cds: lỗi: grown.xlsx:Phụ lục!D7: {said}", HINT])
    assert took < 20


def test_a_table_of_long_cells_is_refused_at_the_table_past_its_limit(
    tmp_path: Path,
) -> None:
    """Each cell under the cell limit, together past the table's: refused at the table, with the
    row that takes it past (the cells before it counted as read, a group row's title once per
    column it spans); never as that ordinary cell's length (attack20 F10)."""
    cell = "x" * MAX_CELL_TEXT
    rows = [("header",), ("group", "I. X")]
    rows += [(f"{i}.", cell, "", "Phòng Y tế", "", "Tháng 9/2024", "") for i in range(1, 20)]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    code, err, took = _cds("import", str(source), "--registry", str(REGISTRY))
    assert code == 1 and took < 20
    # Counted as written: the header's titles 66 + 46 characters, the group's 4, then each
    # target's number (2 characters to 9., 3 after), 32767, "Phòng Y tế" 10, "Tháng 9/2024" 12.
    # Up to target 16's content: 116 + 36 (numbers 1. to 15.) + 15 × (32767 + 22) + 3 + 32767
    # = 524757, the first count past 500000 (at target 15's: 491965); target 16 is row 3 + 16.
    assert err == [
        "cds: lỗi: kh.docx, bảng 1: tệp quá lớn để là một phụ lục, không đọc: các ô của bảng cộng"
        " lại có hơn 500.000 ký tự, giới hạn của cả bảng (đến dòng 19 đã có 524.757)",
        "  gợi ý: đây là tổng của cả bảng, không phải một ô dài: gấp hàng chục lần một phụ lục"
        " thật (phụ lục 31 chỉ tiêu: khoảng 12.000 ký tự): xem bảng có các dòng bị chép lặp hay"
        " một bảng khác dán vào không, bỏ phần thừa, lưu rồi nhập lại (tối đa 500.000 ký tự một"
        " bảng)",
    ]


def test_a_cell_at_the_limit_is_read(tmp_path: Path) -> None:
    """A long cell under the limit goes through, resolved and written, in seconds."""
    text = ("Phòng Y tế; " * 3000)[:MAX_CELL_TEXT]
    source = write_docx(tmp_path / "kh.docx", _rows(lead=text), HEADING_2024)
    out = tmp_path / "o" / "phu_luc_01.yaml"
    code, _, took = _cds("import", str(source), "--registry", str(REGISTRY), "--out", str(out))
    assert code == 1 and took < 20  # the last name is cut: "Phòng Y t", unknown, marked
    assert out.exists()


def test_well_formed_files_past_a_limit_are_not_called_damaged(tmp_path: Path) -> None:
    """lxml (python-docx's parser) refuses tables nested 300 deep and a text over 10 MB, and
    python-docx a cell merged down from nothing: each was said as "tệp hỏng" (damaged)."""
    source = write_docx(tmp_path / "kh.docx", _rows(), [LONG, *HEADING_2024])
    nested = "<w:p/>"
    for _ in range(300):
        nested = f"<w:tbl><w:tr><w:tc>{nested}<w:p/></w:tc></w:tr></w:tbl>"
    cases = [
        (
            f"{LONG}</w:t></w:r></w:p>{nested}<w:p><w:r><w:t>",
            LONG,
            "cds: lỗi: grown.docx, word/document.xml: nội dung lồng nhau quá sâu để là một phụ"
            " lục, không đọc: có phần tử lồng sâu 129 cấp, như bảng trong bảng (tối đa 128)",
        ),
        (
            "x" * 9_000_000,
            None,
            "cds: lỗi: grown.docx, word/document.xml: tệp quá lớn để là một phụ lục, không đọc:"
            " có một đoạn chữ 9.000.000 ký tự (tối đa 8.388.608)",
        ),
        (
            "<w:vMerge/>",
            '<w:vMerge w:val="restart"/>',
            "cds: lỗi: grown.docx:1:1:1: ô gộp dọc (vMerge) nối vào ô phía trên nhưng phía trên"
            " không có ô nào ở cột này, không đọc",
        ),
    ]
    for text, old, said in cases:
        grown = _grown(source, text, old)
        code, err, took = _cds("import", str(grown), "--registry", str(REGISTRY))
        assert (code, err[0]) == (1, said)
        assert took < 20
        assert not any("hỏng" in line for line in err)


def test_a_heading_paragraph_of_megabytes_is_refused(tmp_path: Path) -> None:
    """The paragraphs above the table become the plan's title and number: the same bound."""
    source = write_docx(tmp_path / "kh.docx", _rows(), [*HEADING_2024, LONG])
    code, err, took = _cds("import", str(_grown(source, HOSTILE)), "--registry", str(REGISTRY))
    assert (code, err[0]) == (
        1,
        "cds: lỗi: grown.docx, các đoạn văn trước bảng 1: tệp quá lớn để là một phụ lục,"
        " không đọc: có 7.799.999 ký tự (tối đa 32.767 một đoạn)",  # its last space not read
    )
    assert took < 20


LONGER = ("Tháng 9/2024 " * 8000).strip()  # 103,999 characters


# Under a cell's 32,767 characters: a longer value is refused for its length first
# (registry/long_values.py, tests/test_registry_long_values.py), before any rule quotes it.
UNDER_LIMIT = ("Tháng 9/2024 " * 2000).strip()


def test_validate_quotes_a_long_value_as_import_does(tmp_path: Path) -> None:
    """`cds validate` printed a 2.8 MB deadline twice in full (5.6 MB on stderr); `cds import`
    cut the same quote at 120 characters: one function (output/words.quoted) for both."""
    registry = tmp_path / "phu_luc_01.yaml"
    text = REGISTRY.read_text(encoding="utf-8")
    registry.write_text(
        text.replace("text: Tháng 5/2023\n", f"text: {UNDER_LIMIT}\n", 1), encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", "--registry", str(registry)])
    assert result.exit_code == 1, result.output
    first = result.output.splitlines()[0]
    quote = ("Tháng 9/2024 " * 10)[:120]
    assert first == f"{registry}:374:17: không đọc được thời hạn '{quote}…'"
    assert len(result.output) < 2000
    source = write_docx(tmp_path / "kh.docx", _rows(deadline=("Tháng 9/2024 " * 100)), HEADING_2024)
    result = runner.invoke(app, ["import", str(source), "--registry", str(REGISTRY)])
    assert f"không đọc được thời hạn '{quote}…'" in result.stderr
