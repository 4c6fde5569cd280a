"""Word documents paginate as NĐ 30/2020 (Phụ lục I) wants: page numbers in Arabic numerals,
centred at the top, from the second page on; a table row never split across two pages; the
table's heading row repeated on each page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from typer.testing import CliRunner

from cds_tracker.cli import app
from test_docx import _pdf

runner = CliRunner()


def make(tmp_path: Path, *args: str) -> Path:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return tmp_path


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    """Phòng Y tế's letter of 01/11/2023: 13 rows, four pages."""
    out = tmp_path / "dx"
    make(
        tmp_path, "remind", "--month", "11/2023", "--as-of", "01/11/2023", "--format", "docx",
        "--out", str(out), "--unit", "Phòng Y tế",
    )  # fmt: skip
    return out / "don-doc-2023-11-phong-y-te.docx"


def fields(part: object) -> list[str]:
    element = part._element  # type: ignore[attr-defined]
    return [t.text for t in element.iter(qn("w:instrText"))]


def test_pages_are_numbered_from_the_second_at_the_top_centre(letter: Path, tmp_path: Path) -> None:
    report = tmp_path / "bao-cao.docx"
    make(tmp_path, "summary", "--as-of", "01/12/2023", "--format", "docx", "--out", str(report))
    appendix = tmp_path / "phu-luc.docx"
    make(tmp_path, "export", "--format", "docx", "--out", str(appendix))
    for path in (letter, report, appendix):
        document = Document(str(path))
        first = document.sections[0]
        assert first.different_first_page_header_footer  # <w:titlePg/>: page 1 has its own
        assert (
            fields(first.first_page_header) == []
            and first.first_page_header.is_linked_to_previous is False
        )
        assert fields(first.header) == [" PAGE "]  # Arabic numerals: no \\* ROMAN switch
        assert first.header.paragraphs[0].alignment == 1  # centred
        for later in document.sections[1:]:  # the report's landscape appendix goes on counting
            assert later.header.is_linked_to_previous
    assert len(Document(str(report)).sections) == 2


def test_rows_stay_whole_and_the_heading_repeats(letter: Path) -> None:
    table = Document(str(letter)).tables[1]
    rows = table.rows
    assert len(rows) == 14
    for row in rows:
        tr_pr = row._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")).get(qn("w:val")) == "true"
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in rows[1:])


@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext")),
    reason="LibreOffice (soffice) or pdftotext is not installed (.ci/run installs them)",
)
def test_page_two_shows_its_number_at_the_top(letter: Path) -> None:
    pdf = _pdf(letter)

    def page(number: int) -> list[str]:
        text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), "-layout", str(pdf), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        return [line.strip() for line in text.splitlines() if line.strip()]

    assert page(1)[0].startswith("UBND THÀNH PHỐ TAM ĐIỆP")  # no number on the first page
    assert "1" not in page(1)[0].split()
    second = page(2)
    assert second[0] == "2"
    assert second[1].split()[:2] == ["STT", "Chỉ"]  # the heading row, repeated
