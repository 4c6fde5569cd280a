"""One unit's report (`cds report --unit U --out FILE.xlsx`) as an Excel sheet for the office,
laid out as the appendix workbook is (output/xlsx.py): title lines, column headers a person
reads, frozen and filtered, real dates shown dd/mm/yyyy, widths set, A4 landscape with the header
row on every page; the total in the last row."""

from __future__ import annotations

import io

from cds_tracker.core.dates import format_date
from cds_tracker.output import xlsx
from cds_tracker.output.unit_report import UnitReport
from cds_tracker.output.words import label

HEADERS = (
    ("ur_col_number", 6),
    ("ur_col_id", 10),
    ("ur_col_content", 60),
    ("ur_col_roles", 28),
    ("ur_col_deadline", 16),
    ("ur_col_due", 12),
    ("ur_col_period", 24),
    ("ur_col_status", 18),
    ("ur_col_days_late", 10),
    ("ur_col_part", 18),
    ("ur_col_reported", 13),
    ("ur_col_indicators", 40),
)
DATE_COLUMNS = (6, 11)  # Hạn chót, Báo cáo gần nhất


def unit_report_xlsx(report: UnitReport, registry: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    lang = report.lang
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = label("ur_sheet", lang)
    title = label("ur_title", lang, year=report.year, unit=report.unit)
    as_of = label("xl_as_of", lang, date=format_date(report.as_of))
    lines = (
        title,
        report.info.title,
        label("xl_attached", lang, plan=report.plan),
        as_of,
        label("open.registry_line", lang, path=registry),
    )
    xlsx._title(sheet, lines, len(HEADERS))
    xlsx._header(sheet, HEADERS, lang)
    for number, line in enumerate(report.lines, 1):
        xlsx._append(
            sheet,
            [
                number,
                line.id,
                line.content,
                line.roles,
                line.deadline,
                line.due,
                line.period,
                line.status,
                line.days_late,
                line.part,
                line.reported,
                line.indicators,
            ],
        )
        for column in DATE_COLUMNS:
            sheet.cell(row=sheet.max_row, column=column).number_format = xlsx.DATE_FORMAT
        if line.reported_by:  # whose report, beside the day: the cell stays a date to sort by
            by = line.reported_by.replace('"', "'")  # a quote would end the format's literal
            cell = sheet.cell(row=sheet.max_row, column=DATE_COLUMNS[1])
            cell.number_format = f'{xlsx.DATE_FORMAT}" ({by})"'
    last = sheet.max_row
    for sheet_row in sheet.iter_rows(min_row=xlsx.HEADER_ROW + 1, max_row=last):
        for cell in sheet_row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    width = get_column_letter(len(HEADERS))
    sheet.auto_filter.ref = f"A{xlsx.HEADER_ROW}:{width}{last}"
    xlsx._append(sheet, [report.total or report.empty])
    sheet.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=len(HEADERS))
    sheet.cell(row=last + 1, column=1).font = Font(bold=True)
    xlsx._print_setup(sheet)
    xlsx._page_marks(sheet, f"{report.unit} — {as_of}", lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
