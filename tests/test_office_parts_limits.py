"""Issue 16, attack 6: an Excel or Word file of a few kilobytes that passes the limits on rows,
cells and size, yet holds millions of styles, shared strings, defined names, parts or elements,
each of which openpyxl or python-docx expands (two million `<xf/>`: 120 s, 1.1 GB). Each is
refused before the readers see it, naming the part and the limit."""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.importing import limits

from paths import REGISTRY

runner = CliRunner()
SHARED = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)


def _rewritten(source: Path, out: Path, edits: dict[str, Callable[[str], str]]) -> Path:
    """`source` with some parts rewritten (or added, when not there: called with "")."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            new.writestr(info, data)
        for name in set(edits) - set(old.namelist()):
            new.writestr(name, edits[name]("").encode("utf-8"))
    return out


def _book(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active["A1"] = "STT"  # type: ignore[index]
    book.save(tmp_path / "base.xlsx")
    return tmp_path / "base.xlsx"


def _styles(tmp_path: Path) -> Path:
    """50,001 empty cell formats (a real appendix: some dozens)."""

    def more(xml: str) -> str:
        return re.sub(r"<cellXfs count=\"\d+\">", '<cellXfs count="1">' + "<xf/>" * 50_001, xml)

    return _rewritten(_book(tmp_path), tmp_path / "xf.xlsx", {"xl/styles.xml": more})


def _strings(tmp_path: Path) -> Path:
    """200,001 shared strings, a part [Content_Types].xml declares."""
    table = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    table += "<si><t>a</t></si>" * 200_001 + "</sst>"
    edits = {
        "[Content_Types].xml": lambda xml: xml.replace("</Types>", SHARED),
        "xl/sharedStrings.xml": lambda _: table,
    }
    return _rewritten(_book(tmp_path), tmp_path / "si.xlsx", edits)


def _names(tmp_path: Path) -> Path:
    names = "".join(f'<definedName name="n{i}">Sheet!$A$1</definedName>' for i in range(50_001))

    def more(xml: str) -> str:
        return xml.replace("</workbook>", f"<definedNames>{names}</definedNames></workbook>")

    return _rewritten(_book(tmp_path), tmp_path / "names.xlsx", {"xl/workbook.xml": more})


def _parts(tmp_path: Path) -> Path:
    """501 parts named *.xml (3,000 empty sheets took 44 s)."""
    edits = {f"xl/extra/p{i}.xml": lambda _: "<a/>" for i in range(501)}
    return _rewritten(_book(tmp_path), tmp_path / "parts.xlsx", edits)


def _numbering(tmp_path: Path) -> Path:
    """A Word file whose numbering part holds two million empty elements (each parsed whole by
    python-docx, some hundred bytes apiece)."""
    document = docx.Document()
    document.add_table(rows=1, cols=2).cell(0, 0).text = "STT"
    document.save(str(tmp_path / "base.docx"))

    def more(xml: str) -> str:
        return xml.replace("</w:numbering>", "<w:num/>" * 2_000_000 + "</w:numbering>")

    return _rewritten(tmp_path / "base.docx", tmp_path / "num.docx", {"word/numbering.xml": more})


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (
            _styles,
            "xf.xlsx, xl/styles.xml: tệp quá lớn để là một phụ lục, không đọc: có hơn 50.000 "
            "mục ngoài các ô (kiểu định dạng, phông chữ, tên, quy tắc…)",
        ),
        (
            _strings,
            "si.xlsx, xl/sharedStrings.xml: tệp quá lớn để là một phụ lục, không đọc: có hơn "
            "200.000 chuỗi dùng chung (shared strings)",
        ),
        (
            _names,
            "names.xlsx, xl/workbook.xml: tệp quá lớn để là một phụ lục, không đọc: có hơn "
            "50.000 mục ngoài các ô (kiểu định dạng, phông chữ, tên, quy tắc…)",
        ),
        (
            _parts,
            # its 501 parts and the 9 openpyxl writes ([Content_Types].xml, 2 .rels, workbook,
            # styles, theme, sheet, docProps/app.xml and core.xml)
            "parts.xlsx: tệp quá lớn để là một phụ lục, không đọc: có 510 phần XML (tối đa 500)",
        ),
        (
            _numbering,
            "num.docx, word/numbering.xml: tệp quá lớn để là một phụ lục, không đọc: có hơn "
            "2.000.000 phần tử XML",
        ),
    ],
)
def test_a_small_file_of_many_records_is_refused_at_its_part(
    tmp_path: Path, make: Callable[[Path], Path], said: str
) -> None:
    path = make(tmp_path)
    assert path.stat().st_size < 200_000  # passes the size limits by far
    started = time.monotonic()
    result = runner.invoke(app, ["import", str(path), "--registry", str(REGISTRY)])
    assert time.monotonic() - started < 30
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        f"cds: lỗi: {said}",
        "  gợi ý: chép riêng bảng phụ lục sang một tệp mới rồi nhập tệp đó",
    ]


def test_the_refusal_in_english(tmp_path: Path) -> None:
    path = _styles(tmp_path)
    result = runner.invoke(app, ["import", str(path), "--registry", str(REGISTRY), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "cds: error: xf.xlsx, xl/styles.xml: too large for an appendix, not read: has more than "
        "50,000 entries besides cells (formats, fonts, names, rules…)"
    )


def test_an_ordinary_workbook_and_document_pass(tmp_path: Path) -> None:
    limits.check(_book(tmp_path))
    document = docx.Document()
    document.add_table(rows=1, cols=2).cell(0, 0).text = "STT"
    document.save(str(tmp_path / "a.docx"))
    limits.check(tmp_path / "a.docx")
