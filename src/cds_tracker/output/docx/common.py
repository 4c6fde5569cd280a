"""The layout every Word document of the office shares (Nghị định 30/2020/NĐ-CP, Phụ lục I).

A4 portrait, margins 20/20/30/15 mm (top/bottom/left/right), Times New Roman 14 pt; the two-column
header (issuing body | national title), "Số: …", the place and date in italics; "Nơi nhận:" and
the signature block at the end. python-docx writes the OOXML; nothing here writes XML by hand
beyond the properties python-docx has no API for (a paragraph's bottom border, used for the
short lines under the issuer and the motto; a table row repeated as heading or kept on one page;
the PAGE field of the page numbers).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from cds_tracker.core.records import BLANK, Office
from cds_tracker.output.sanitize import docx_text
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.section import Section
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
BLANK_LINE = "…" * 60  # a line the clerk writes in by hand
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}


def new_document() -> DocumentObject:
    """An empty A4 portrait document in Times New Roman 14 pt with the decree's margins."""
    document: DocumentObject = Document()
    normal = document.styles["Normal"]
    font = normal.font
    font.name = FONT
    font.size = Pt(BODY_PT)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    normal.paragraph_format.space_after = Pt(0)
    set_page(document.sections[0], landscape=False)
    return document


def set_page(section: Section, *, landscape: bool) -> None:
    short, long = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.top_margin = Mm(MARGINS_MM["top"])
    section.bottom_margin = Mm(MARGINS_MM["bottom"])
    section.left_margin = Mm(MARGINS_MM["left"])
    section.right_margin = Mm(MARGINS_MM["right"])


def landscape_section(document: DocumentObject) -> Section:
    from docx.enum.section import WD_SECTION

    section: Section = document.add_section(WD_SECTION.NEW_PAGE)
    set_page(section, landscape=True)
    return section


def to_bytes(document: DocumentObject) -> bytes:
    """The finished document, its pages numbered (done last: a section added later would drop
    the first section's header references)."""
    number_pages(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def number_pages(document: DocumentObject) -> None:
    """Page numbers as NĐ 30/2020 (Phụ lục I) wants them: Arabic numerals, centred at the top,
    from the second page on — the first page has a header of its own (`titlePg`), left empty.
    Later sections (the report's landscape appendix) take the same header and go on counting."""
    for number, section in enumerate(document.sections):
        if number:
            section.header.is_linked_to_previous = True
            continue
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False
        para = section.header.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(para)


def _page_field(para: Paragraph) -> None:
    """A PAGE field (begin, instruction, separate, a placeholder result, end): Word and
    LibreOffice put the page's number in its place."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"),
                       ("end", None)):  # fmt: skip
        run = para.add_run()
        run.font.name = FONT
        run.font.size = Pt(BODY_PT)
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        else:
            run.add_text(str(text))


def write(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    underline: bool = False,
) -> Paragraph:
    """Append one run; "\\n" in the text becomes a line break inside the paragraph."""
    for number, line in enumerate(docx_text(text).split("\n")):
        run = paragraph.add_run()
        if number:
            run.add_break()
        run.add_text(line)
        run.bold = bold or None
        run.italic = italic or None
        run.underline = underline or None
        run.font.name = FONT
        if size is not None:
            run.font.size = Pt(size)
    return paragraph


def paragraph(
    container: DocumentObject | _Cell,
    text: str = "",
    *,
    align: str = "justify",
    indent: bool = False,
    before: float = 0,
    after: float = 6,
    **style: bool | float,
) -> Paragraph:
    para = container.add_paragraph()
    para.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    fmt = para.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent:
        fmt.first_line_indent = Mm(10)
    if text:
        write(para, text, **style)  # type: ignore[arg-type]
    return para


def short_line(cell: _Cell, cell_mm: float, line_mm: float) -> None:
    """A short centred line (the rule under the issuer and under the motto): an empty, 1 pt high
    paragraph whose bottom border runs between indents that leave `line_mm` of the cell."""
    from docx.enum.text import WD_LINE_SPACING

    para = cell.add_paragraph()
    fmt = para.paragraph_format
    side = Mm(max(0.0, (cell_mm - line_mm) / 2))
    fmt.left_indent, fmt.right_indent = side, side
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(1)
    fmt.space_before, fmt.space_after = Pt(0), Pt(0)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    para._p.get_or_add_pPr().append(borders)


def first_paragraph(cell: _Cell) -> Paragraph:
    """A new cell holds one empty paragraph: use it first, then add more."""
    para: Paragraph = cell.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def blank(value: str) -> str:
    return value or BLANK


def date_line(place: str, day: dt.date) -> str:
    """'Tam Điệp, ngày 01 tháng 11 năm 2023'."""
    return f"{blank(place)}, {long_date(day)}"


def long_date(day: dt.date) -> str:
    """'ngày 01 tháng 11 năm 2023': day < 10 and months 1, 2 get a leading zero (NĐ 30/2020)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def number_line(symbol: str, lang: Lang = "vi") -> str:
    """'Số: …………/BCĐ': the number is a blank, given by the văn thư when the document is issued."""
    number = label("doc_number", lang)
    return f"{number} {BLANK}/{symbol}" if symbol else f"{number} {BLANK}"


def report_symbol(issuer: str) -> str:
    """'BC-BCĐ', 'BC-UBND': a report's ký hiệu is the abbreviation of its type, then that of
    the body that issues it (NĐ 30/2020/NĐ-CP, Phụ lục I); one not known is a blank the clerk
    fills ('BC-…………'). The committee's report and a unit's both take it from here."""
    return f"BC-{issuer or BLANK}"


# Column widths of the header table: the issuer's side is narrower, as in the decree's samples.
_LEFT_MM, _RIGHT_MM = 72.0, 96.0


def header(
    document: DocumentObject,
    office: Office,
    issuer: str,
    day: dt.date,
    *,
    symbol: str,
    subject: str = "",
    lang: Lang = "vi",
) -> Table:
    """The two-column header: bodies, number and, for a letter (công văn) only, its subject
    "V/v …" | nation, motto, place and date."""
    table: Table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_widths(table, (_LEFT_MM, _RIGHT_MM))
    bodies, nation = table.rows[0].cells
    para = first_paragraph(bodies)
    write(para, blank(office.superior).upper(), size=12)
    para = bodies.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    write(para, blank(office.issuer or issuer).upper(), bold=True, size=12)
    short_line(bodies, _LEFT_MM, 25)
    write(first_paragraph(nation), NATION, bold=True, size=12)
    motto = nation.add_paragraph()
    motto.alignment = WD_ALIGN_PARAGRAPH.CENTER
    write(motto, MOTTO, bold=True, size=14)
    short_line(nation, _RIGHT_MM, 60)
    numbers, dated = table.rows[1].cells
    para = first_paragraph(numbers)
    para.paragraph_format.space_before = Pt(6)
    write(para, number_line(symbol, lang), size=13)
    if subject:
        write(paragraph(numbers, align="center", after=0), subject, size=12)
    dated_para = first_paragraph(dated)
    dated_para.paragraph_format.space_before = Pt(6)
    write(dated_para, date_line(office.place, day), italic=True, size=14)
    return table


def grid_table(
    document: DocumentObject | _Cell,
    headings: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths_mm: Sequence[float],
    *,
    size: float = TABLE_PT,
    centred: Sequence[int] = (),
) -> Table:
    """A bordered table with a bold heading row repeated on every page."""
    table: Table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, headings, strict=True):
        write(first_paragraph(cell), text, bold=True, size=size)
    repeat_heading(table.rows[0])
    for values in rows:
        cells = new_row(table)
        for column, (cell, text) in enumerate(zip(cells, values, strict=True)):
            para = cell.paragraphs[0]
            para.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER if column in centred else WD_ALIGN_PARAGRAPH.LEFT
            )
            write(para, text, size=size)
    set_widths(table, widths_mm)
    return table


def new_row(table: Table) -> tuple[_Cell, ...]:
    """A new row at the end, kept on one page."""
    row = table.add_row()  # type: ignore[no-untyped-call]
    keep_whole(row)
    cells: tuple[_Cell, ...] = tuple(row.cells)
    return cells


def set_widths(table: Table, widths_mm: Sequence[float]) -> None:
    """Column widths in the grid (LibreOffice reads these) and in every cell (Word reads these)."""
    for column, width in zip(table.columns, widths_mm, strict=False):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def repeat_heading(row: object) -> None:
    """Mark a table row as a heading row, repeated at the top of each page (and kept whole)."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)
    keep_whole(row)


def keep_whole(row: object) -> None:
    """A row is never split across two pages (`cantSplit`): a target's text stays together."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    flag = OxmlElement("w:cantSplit")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def closing(
    document: DocumentObject,
    office: Office,
    recipients: Sequence[str],
    lang: Lang = "vi",
) -> Table:
    """'Nơi nhận:' at the bottom left, the signing authority and signer at the bottom right;
    in the document's one language (the unit's report may be English)."""
    table: Table = document.add_table(rows=1, cols=2)
    table.autofit = False
    left, right = table.rows[0].cells
    set_widths(table, (80, 85))
    para = left.paragraphs[0]
    para.paragraph_format.space_before = Pt(12)
    write(para, label("doc_recipients", lang), bold=True, italic=True, size=12)
    lines = [line if line.endswith((";", ".", ":")) else f"{line};" for line in recipients]
    for line in [*lines, label("doc_archive", lang, archive=blank(office.archive))]:
        write(paragraph(left, align="left", after=0), f"- {line}", size=11)
    para = first_paragraph(right)
    para.paragraph_format.space_before = Pt(12)
    signing = [office.authority, office.deputy, office.signer_title]
    shown = [line for line in signing if line] or [BLANK]
    for number, line in enumerate(shown):
        target = para if number == 0 else paragraph(right, align="center", after=0)
        write(target, line.upper(), bold=True, size=14)
    for _ in range(4):  # room for the signature and the seal
        paragraph(right, align="center", after=0)
    write(paragraph(right, align="center", after=0), blank(office.signer_name), bold=True, size=14)
    return table
