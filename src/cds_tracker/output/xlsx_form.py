"""The return form (phiếu báo cáo) a unit fills in Excel: one row per target it owes a report on.

The visible sheet shows each target read-only (code, text, deadline, current status) and yellow
cells to fill: status (a drop-down of the status words), report date (a date cell), one value per
indicator (with count met and total where the indicator is a percentage), note, evidence. The sheet
is protected so only those cells take input, and the workbook's structure is locked.

A very hidden sheet records what the form was made for — unit, plan, appendix, the plan's year and
folder, period, a random form id — and, per target, the row id (from unit, target and month), the
address of every cell to read back (so the import never guesses from the layout) and a fingerprint
of the target's text as printed (so a row is never recorded against another target's text).
`progress/form_import.py` reads it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cds_tracker.core.dates import YearMonth, format_date
from cds_tracker.output.carried import UNREAD, Origins, also_cited
from cds_tracker.output.carried import cited as cited_carried
from cds_tracker.output.sanitize import neutralise, xlsx_text
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.form_rows import FormRow
from cds_tracker.questions.queries import Tracker

FORMAT = "cds-form/1"
META_SHEET = "_cds"
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


@dataclass(frozen=True)
class FormMeta:
    """What a form was made for; written to the hidden sheet and checked on import."""

    form_id: str
    unit_id: str
    unit_name: str
    plan: str
    appendix: str
    month: str  # yyyy-mm
    as_of: str  # yyyy-mm-dd
    made: str  # ISO 8601
    registry: str = ""  # the registry file's name, for people; plan and appendix are checked
    # The plan's year and folder (`plans/2024` → "2024"): a plan imported from a table without
    # its "(Kèm theo …)" line has a blank reference, so the year is checked too and the folder
    # named in the hint. Forms made before these were kept have neither (progress/form_import.py).
    year: str = ""
    folder: str = ""


def new_form_id() -> str:
    import secrets

    return secrets.token_hex(6)


def row_id(month: str, unit_id: str, target_id: str) -> str:
    """A row's identity: the unit, the target and the form's month (yyyy-mm). Two forms made for
    the same unit and month (`cds form`, then `remind --with-form`) give the same ids, so the
    second one filled alike adds nothing and filled otherwise corrects the first; a hidden sheet
    whose unit, target or month was edited no longer matches its row ids."""
    return hashlib.sha256(f"{month}\x1f{unit_id}\x1f{target_id}".encode()).hexdigest()[:12]


def text_mark(content: str) -> str:
    """A target's text, fingerprinted (NFC, as the registry keeps it): the same id in two plans,
    or before and after a revision, may name another target."""
    import unicodedata

    return hashlib.sha256(unicodedata.normalize("NFC", content).encode()).hexdigest()[:12]


def status_word(code: str, lang: Lang) -> str:
    return label(code, lang)


def make_form(
    tracker: Tracker,
    unit_id: str,
    rows: Sequence[FormRow],
    month: YearMonth,
    as_of: dt.date,
    *,
    lang: Lang = "vi",
    form_id: str | None = None,
    made: dt.datetime | None = None,
    registry_name: str = "",
    origins: Origins = UNREAD,
    folder: str = "",
) -> bytes:
    """The filled-in-nothing form for `unit_id`, as .xlsx bytes. A carried target has no number
    in the plan (registry/numbering.py): under its id, the code cell cites it as its letter does
    ('I.3 (2024)', output/carried.py), and the heading cites the plans the carried rows come
    from once, as the letter's opening does."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    from cds_tracker.output.reminders import cited_plan
    from cds_tracker.registry.numbering import numbers_on, revisions_in_force

    document = tracker.registry.document
    # The plan as the letters of that day cite it (revisions in force), and its numbers; the
    # hidden sheet keeps the plan's own reference, which an import checks.
    cited = cited_plan(document, revisions_in_force(document, as_of), lang)
    numbers = {
        **numbers_on(tracker.registry, as_of),
        **{
            r.row.target.id: cited_carried(r.row.target, origins)
            for r in rows
            if r.row.target.carried_from is not None
        },
    }
    cited += also_cited([r.row.target for r in rows], origins, document.year)
    meta = FormMeta(
        form_id or new_form_id(),
        unit_id,
        tracker.index.name(unit_id),
        document.plan.reference,
        document.appendix,
        month.iso(),
        as_of.isoformat(),
        (made or dt.datetime.now().astimezone().replace(microsecond=0)).isoformat(),
        registry_name,
        str(document.year),
        folder,
    )
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = label("form_sheet", lang)
    _heading(sheet, meta, cited, document.title, month, as_of, lang)
    cells = _table(sheet, rows, numbers, lang)
    _hidden(book, meta, rows, cells, sheet.title)
    book.properties.title = xlsx_text(f"{label('form_sheet', lang)} — {meta.unit_name}")
    book.properties.subject = xlsx_text(f"{meta.plan} — {meta.appendix}")
    book.properties.keywords = f"{FORMAT}; unit={unit_id}; form={meta.form_id}"
    book.properties.creator = "cds"
    book.security = WorkbookProtection(lockStructure=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _heading(
    sheet: Any,
    meta: FormMeta,
    cited: str,
    title: str,
    month: YearMonth,
    as_of: dt.date,
    lang: Lang,
) -> None:
    from openpyxl.styles import Alignment, Font

    lines = [
        (label("form_title", lang), Font(bold=True, size=14)),
        (label("form_unit", lang, unit=meta.unit_name), Font(bold=True, size=12)),
        (label("form_plan", lang, plan=cited, appendix=f"{meta.appendix}: {title}"), None),
        (label("form_period", lang, month=month.display(), as_of=format_date(as_of)), None),
        (label("form_help", lang), Font(italic=True)),
    ]
    for number, (text, font) in enumerate(lines, 1):
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=13)
        cell = sheet.cell(row=number, column=1, value=_text(text))
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        if font is not None:
            cell.font = font
    sheet.row_dimensions[3].height = 30
    sheet.row_dimensions[5].height = 45


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


def _table(
    sheet: Any, rows: Sequence[FormRow], numbers: Mapping[str, str], lang: Lang
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
        cells.append(_target_rows(sheet, at, number, item, style, lang, numbers))
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
    numbers: Mapping[str, str],
) -> dict[str, Any]:
    """One target from sheet row `at`: a row per indicator, the target's own cells merged. The
    code cell holds the id, and under it the number the plan in force prints where it differs
    (an import reads the first line: progress/form_import.py)."""
    target = item.row.target
    span = max(1, len(item.indicators))
    printed = numbers.get(target.id, target.id)
    code = target.id
    if target.carried_from is not None:  # 'I.6' over '(I.3 (2023))', as tables cite it
        code += "\n" + label("form_carried", lang, cited=printed)
    elif printed != target.id:
        code += "\n" + label("form_printed", lang, number=printed)
    fixed = {
        "A": number,
        "B": code,
        "C": _text(target.content),
        "D": _text(target.deadline.text),
        "E": _text(_current(item, lang)),
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
        sheet[f"H{line}"] = _text(
            f"{indicator.measures} ({indicator.comparator} {indicator.value:g}"
            f"{indicator.unit}) [{indicator.key}]"
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


def _current(item: FormRow, lang: Lang) -> str:
    status = item.row.status
    text = label(status.code, lang)
    if status.days_late:
        text += " " + label("form.days_late", lang, days=status.days_late)
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


def _hidden(
    book: Any,
    meta: FormMeta,
    rows: Sequence[FormRow],
    cells: Sequence[dict[str, Any]],
    sheet_title: str,
) -> None:
    hidden = book.create_sheet(META_SHEET)
    hidden.sheet_state = "veryHidden"
    pairs = [("format", FORMAT), ("sheet", sheet_title), *vars(meta).items()]
    for key, value in pairs:
        hidden.append([key, xlsx_text(value)])
        hidden.cell(row=hidden.max_row, column=2).data_type = "s"  # text, never a formula
    hidden.append(["rows", len(rows)])
    for item, where in zip(rows, cells, strict=True):
        target_id = item.row.target.id
        made_id = row_id(meta.month, meta.unit_id, target_id)
        hidden.append([target_id, made_id, json.dumps(where), text_mark(item.row.target.content)])
    hidden.protection.sheet = True


def _text(text: str) -> str:
    """A text cell: what Excel accepts (`sanitize.xlsx_text`), never run as a formula."""
    return neutralise(xlsx_text(text))


def form_file_name(unit_id: str, month: YearMonth) -> str:
    return f"phieu-bao-cao-{unit_id}-{month.iso()}.xlsx"
