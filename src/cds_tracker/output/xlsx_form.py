"""The return form (phiếu báo cáo) a unit fills in Excel: one row per target it owes a report on.

The visible sheet shows each target read-only (code, text, deadline, current status) and yellow
cells to fill: status (a drop-down of the status words), report date (a date cell), one value per
indicator (with count met and total where the indicator is a percentage), note, evidence. The sheet
is protected so only those cells take input, and the workbook's structure is locked.

A very hidden sheet records what the form was made for — unit, plan, appendix, the plan's year and
folder, period, a random form id — and, per target, the row id (from unit, target and month), the
address of every cell to read back (so the import never guesses from the layout) and a fingerprint
of the target's text as printed (so a row is never recorded against another target's text).
`progress/form_import.py` reads it. The visible table is drawn by `xlsx_form_table.py`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cds_tracker.core.dates import YearMonth, format_date
from cds_tracker.output.carried import UNREAD, Origins, also_cited
from cds_tracker.output.sanitize import xlsx_text
from cds_tracker.output.words import Lang, label
from cds_tracker.output.xlsx_form_table import HEADER_ROW, form_table, text_cell
from cds_tracker.questions.form_rows import FormRow
from cds_tracker.questions.tracker import Tracker

FORMAT = "cds-form/1"
META_SHEET = "_cds"
__all__ = ["FORMAT", "HEADER_ROW", "META_SHEET", "form_file_name", "make_form", "row_id"]


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


def cell_mark(value: Any) -> str:
    """A read-only cell's value, fingerprinted as text (NFC, line ends and the spaces ending
    lines left out): a form's `locked` cells, compared on import (progress/form_strays.py)."""
    import unicodedata

    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def _locked(sheet: Any, cells: Sequence[dict[str, Any]]) -> str:
    """The fingerprint of every filled cell of the visible sheet the import does not read, by
    address (JSON): a change there, or a cell filled that the form left empty, is said."""
    read = {str(c[k]) for c in cells for k in ("code", "status", "date", "note", "evidence")}
    read |= {a for c in cells for spots in c["values"].values() for a in spots.values()}
    marks = {
        cell.coordinate: cell_mark(cell.value)
        for line in sheet.iter_rows()
        for cell in line
        if cell.value is not None and cell.coordinate not in read
    }
    said = json.dumps(marks, separators=(",", ":"))
    return said if len(said) <= 32767 else ""  # all an Excel cell holds; else checked as before


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
    numbers = numbers_on(tracker.registry, as_of)
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
    from cds_tracker.output.tables import code_cell

    codes = {  # the id over its printed number, as the letter in the same envelope cites it
        r.row.target.id: code_cell(r.row.target, lang, origins, numbers.get(r.row.target.id))
        for r in rows
    }
    cells = form_table(sheet, rows, codes, lang)
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
        cell = sheet.cell(row=number, column=1, value=text_cell(text))
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        if font is not None:
            cell.font = font
    sheet.row_dimensions[3].height = 30
    sheet.row_dimensions[5].height = 45


def _hidden(
    book: Any,
    meta: FormMeta,
    rows: Sequence[FormRow],
    cells: Sequence[dict[str, Any]],
    sheet_title: str,
) -> None:
    hidden = book.create_sheet(META_SHEET)
    hidden.sheet_state = "veryHidden"
    locked = _locked(book[sheet_title], cells)
    pairs = [("format", FORMAT), ("sheet", sheet_title), *vars(meta).items()]
    pairs += [("locked", locked)] if locked else []
    for key, value in pairs:
        hidden.append([key, xlsx_text(value)])
        hidden.cell(row=hidden.max_row, column=2).data_type = "s"  # text, never a formula
    hidden.append(["rows", len(rows)])
    for item, where in zip(rows, cells, strict=True):
        target_id = item.row.target.id
        made_id = row_id(meta.month, meta.unit_id, target_id)
        hidden.append([target_id, made_id, json.dumps(where), text_mark(item.row.target.content)])
    hidden.protection.sheet = True


def form_file_name(unit_id: str, month: YearMonth) -> str:
    return f"phieu-bao-cao-{unit_id}-{month.iso()}.xlsx"
