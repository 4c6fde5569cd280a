"""The return form's visible table (`xlsx_form.make_form` makes the workbook): its columns, each
target's rows with the yellow cells to fill, the status drop-down and the date cells, the sheet's
protection; a cell's text made safe for Excel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cds_tracker.core.dates import format_date
from cds_tracker.core.deadline_words import with_year
from cds_tracker.core.records import Target
from cds_tracker.output.sanitize import neutralise, xlsx_text
from cds_tracker.output.tables import indicator_name, requirement
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.form_rows import FormRow

STATUS_WORDS = ("not_started", "in_progress", "done")  # the drop-down, in this order
FILL = "FFF2CC"  # the cells to fill: light yellow
GREY = "EDEDED"  # cells that take nothing (no indicator, not a percentage)
HEADER_ROW = 7

# column: (label key, width)
COLUMNS = {
    "A": ("form_no", 5),
    "B": ("form_code", 9),
    "C": ("form_content", 48),
    "D": ("form_deadline", 12),
    "E": ("form_current", 22),
    "F": ("form_status", 17),
    "G": ("form_date", 13),
    "H": ("form_indicator", 34),
    "I": ("form_value", 10),
    "J": ("form_numerator", 11),
    "K": ("form_denominator", 11),
    "L": ("form_note", 34),
    "M": ("form_evidence", 26),
}
TARGET_COLUMNS = "ABCDEFGLM"  # one per target, merged down over its indicator rows


def status_word(code: str, lang: Lang) -> str:
    return label(code, lang)


@dataclass(frozen=True)
class _Style:
    """The openpyxl objects every row shares (imported only when a form is made)."""

    fill: Any
    grey: Any
    free: Any
    top: Any
    box: Any
    status_list: Any
    dates: Any


def form_table(
    sheet: Any, rows: Sequence[FormRow], codes: Mapping[str, str], lang: Lang
) -> list[dict[str, Any]]:
    """Header, then each target's rows; returns, per target, the addresses of its cells."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, (key, width) in COLUMNS.items():
        cell = sheet[f"{column}{HEADER_ROW}"]
        cell.value = label(key, lang)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = box
        sheet.column_dimensions[column].width = width
    sheet.row_dimensions[HEADER_ROW].height = 46
    words = ",".join(status_word(code, lang) for code in STATUS_WORDS)
    status_list = DataValidation(
        type="list", formula1=f'"{words}"', allow_blank=True, showErrorMessage=True
    )
    status_list.error = label("form_status_error", lang)
    dates = DataValidation(
        type="date", operator="greaterThan", formula1="1", allow_blank=True, errorStyle="warning"
    )
    dates.error = label("form_date_warning", lang)
    for validation in (status_list, dates):
        sheet.add_data_validation(validation)
    style = _Style(
        PatternFill("solid", fgColor=FILL),
        PatternFill("solid", fgColor=GREY),
        Protection(locked=False),
        Alignment(wrap_text=True, vertical="top"),
        box,
        status_list,
        dates,
    )
    cells: list[dict[str, Any]] = []
    at = HEADER_ROW + 1
    for number, item in enumerate(rows, 1):
        cells.append(_target_rows(sheet, at, number, item, style, lang, codes))
        at += max(1, len(item.indicators))
    _protect(sheet)
    return cells


def _target_rows(
    sheet: Any,
    at: int,
    number: int,
    item: FormRow,
    style: _Style,
    lang: Lang,
    codes: Mapping[str, str],
) -> dict[str, Any]:
    """One target from sheet row `at`: a row per indicator, the target's own cells merged. The
    code cell holds the id, and under it what the documents print for it where that differs
    (`codes`: output/tables.py `code_cell`, as the letter the form goes with); an import reads
    the first line (progress/form_import.py)."""
    target = item.row.target
    span = max(1, len(item.indicators))
    code = codes.get(target.id, target.id)
    fixed = {
        "A": number,
        "B": code,
        "C": text_cell(target.content),
        "D": text_cell(_deadline(target)),
        "E": text_cell(_current(item, lang)),
    }
    for column, value in fixed.items():
        sheet[f"{column}{at}"] = value
    for column in "FGLM":
        cell = sheet[f"{column}{at}"]
        cell.fill, cell.protection = style.fill, style.free
    sheet[f"G{at}"].number_format = "DD/MM/YYYY"
    style.status_list.add(f"F{at}")
    style.dates.add(f"G{at}")
    values: dict[str, dict[str, str]] = {}
    for offset, indicator in enumerate(item.indicators):
        line = at + offset
        # as `show` names it (what it measures, "≥ 58%"), never the registry's key or ">=":
        # the officer reads no machine word (clerk16)
        sheet[f"H{line}"] = text_cell(
            f"{indicator_name(indicator)} ({requirement(indicator, lang)})"
        )
        wanted = "IJK" if indicator.unit == "%" else "I"
        for column in "IJK":
            cell = sheet[f"{column}{line}"]
            if column in wanted:
                cell.fill, cell.protection = style.fill, style.free
            else:
                cell.fill = style.grey
        values[indicator.key] = {
            name: f"{column}{line}"
            for name, column in zip(("value", "numerator", "denominator"), wanted, strict=False)
        }
    if not item.indicators:
        key = "form_indicator_elsewhere" if target.indicators else "form_no_indicator"
        sheet[f"H{at}"] = label(key, lang)
        for column in "IJK":
            sheet[f"{column}{at}"].fill = style.grey
    for line in range(at, at + span):
        for column in COLUMNS:
            sheet[f"{column}{line}"].alignment = style.top
            sheet[f"{column}{line}"].border = style.box
        sheet.row_dimensions[line].height = _height(sheet, line, span)
    if span > 1:
        for column in TARGET_COLUMNS:
            sheet.merge_cells(f"{column}{at}:{column}{at + span - 1}")
    return {
        "code": f"B{at}",
        "status": f"F{at}",
        "date": f"G{at}",
        "note": f"L{at}",
        "evidence": f"M{at}",
        "values": values,
    }


def _height(sheet: Any, line: int, span: int) -> float:
    """Points for a row to show its wrapped text: spreadsheets do not size rows that a program
    wrote, and LibreOffice prints them one line high. A merged cell's text is shared by `span`
    rows."""
    import math

    lines = 1.0
    for column, (_, width) in COLUMNS.items():
        text = sheet[f"{column}{line}"].value
        if not isinstance(text, str):
            continue
        # a column `width` wide holds about 1.1 × width characters of proportional text
        needed = sum(max(1, math.ceil(len(part) / (width * 1.1))) for part in text.split("\n"))
        lines = max(lines, needed / span if column in TARGET_COLUMNS else needed)
    return round(14 * math.ceil(lines) + 4, 1)


def _deadline(target: Target) -> str:
    """The deadline with its year, as the letter the form goes with prints it ('Quý III' of the
    2024 plan is 'Quý III/2024', core/deadline_words.py `with_year`): the form lists carried
    targets with their years beside the plan's own (clerk13 F6). Only shown: an import reads
    the code and the yellow cells, never this one."""
    month = target.deadline.month
    return target.deadline.text if month is None else with_year(target.deadline.text, month)


def _current(item: FormRow, lang: Lang) -> str:
    status = item.row.status
    text = label(status.code, lang)
    if status.days_late:
        text += " " + label("form.days_late", lang, days=status.days_late)
    if item.row.answers:  # an heir: each part it answers for, as `report --unit` says them
        from cds_tracker.output.unit_parts import answer_lines

        return "\n".join([text, *answer_lines(item.row, lang)])
    if item.own is None:
        return f"{text}\n{label('form_own_none', lang)}"
    own_status, own_date = item.own
    date = format_date(dt.date.fromisoformat(own_date))
    if item.by is not None:  # a merged ward's report: named as the letters name it
        by, renamed = item.by
        date = label("note_reported_as" if renamed else "note_reported_by", lang, date=date, by=by)
    own = label("form_own_report", lang, status=label(own_status, lang), date=date)
    return f"{text}\n{own}"


def _protect(sheet: Any) -> None:
    """Only the unlocked cells take input; resizing rows and columns stays allowed."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.selectLockedCells = False
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def text_cell(text: str) -> str:
    """A text cell: what Excel accepts (`sanitize.xlsx_text`), never run as a formula."""
    return neutralise(xlsx_text(text))
