"""The appendix as an Excel workbook for the office: status beside each target, the progress
history on a second sheet, ready to print on A4.

Text cells are stored as text (never as formulas), so a note that starts with "=" or a phone
number "+84 …" shows as typed, without a guard apostrophe; characters Excel refuses are replaced
by `sanitize.xlsx_text` (Word's manual line break becomes a line break).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cds_tracker.core.dates import format_date
from cds_tracker.output import carried, revised
from cds_tracker.output.carried import UNREAD, Origins
from cds_tracker.output.figures import Indicators, counts_text, indicators_of, values_text
from cds_tracker.output.sanitize import xlsx_text
from cds_tracker.output.styles import STYLES
from cds_tracker.output.tables import reading_text, shared_status
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.figures import uncounted
from cds_tracker.questions.timeline import in_order
from cds_tracker.questions.tracker import Row, Tracker

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from cds_tracker.core.entries import Entry

MAIN_HEADERS = (
    ("xl_code", 8),
    ("xl_number", 6),
    ("xl_content", 60),
    ("xl_directing", 30),
    ("xl_lead", 30),
    ("xl_cooperating", 30),
    ("xl_deadline", 14),
    ("xl_notes", 14),
    ("xl_status", 18),
    ("xl_days_late", 10),
    ("xl_latest", 28),
    ("xl_last_report", 14),
)
STATUS_COLUMN = 9
LAST_REPORT_COLUMN = 12
HISTORY_HEADERS = (
    ("xl_entry", 14),
    ("xl_target", 9),
    ("xl_unit", 30),
    ("xl_unit_id", 18),
    ("xl_entry_status", 16),
    ("xl_date", 12),
    ("xl_values", 24),
    ("xl_counts", 18),
    ("xl_note", 40),
    ("xl_obstacles", 30),
    ("xl_proposals", 30),
    ("xl_evidence", 24),
    ("xl_by", 18),
    ("xl_corrects", 14),
    ("xl_forced", 12),
    ("xl_written", 17),
    ("xl_target_origin", 16),  # a carried target's origin, as the tables cite it: 'I.1 (2023)'
)
WRITTEN_COLUMN = 16
DATE_FORMAT = "DD/MM/YYYY"
MOMENT_FORMAT = "DD/MM/YYYY HH:MM"


def xlsx(
    tracker: Tracker, as_of: dt.date, registry: str, lang: Lang = "vi", origins: Origins = UNREAD
) -> bytes:
    """A workbook laid out like the appendix, plus status and progress; history on sheet two.

    Each sheet opens, as the appendix does, with its name, its title and the plan it is
    attached to, then the day the status is for and the registry (`registry`, as the footer of
    a table names it) that answered; every printed page says its number. Every word of ours is
    in `lang` (the run's --lang); the appendix's own texts stay as written."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = label("xl_main_sheet", lang)
    from cds_tracker.output.reminders import cited_plan
    from cds_tracker.registry.numbering import revisions_in_force

    document = tracker.registry.document
    cited = cited_plan(document, revisions_in_force(document, as_of), lang)
    heading = (
        document.appendix,
        document.title,
        label("xl_attached", lang, plan=cited),
    )
    registry_line = label("open.registry_line", lang, path=registry)
    status_line = label("xl_as_of", lang, date=format_date(as_of))
    _title(sheet, (*heading, status_line, registry_line), len(MAIN_HEADERS))
    _main_sheet(sheet, tracker, as_of, lang, origins)
    log = book.create_sheet(label("xl_history_sheet", lang))
    history_line = label("xl_history_title", lang)
    _title(log, (*heading, history_line, registry_line), len(HISTORY_HEADERS))
    _history_sheet(log, tracker, lang, origins)
    _page_marks(sheet, f"{document.appendix} — {status_line}", lang)
    _page_marks(log, f"{document.appendix} — {label('xl_history_sheet', lang)}", lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _append(sheet: Worksheet, values: Sequence[Any]) -> None:
    """A row whose strings are stored as text: never run as a formula, no guard character."""
    sheet.append([xlsx_text(v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def _title(sheet: Worksheet, lines: Sequence[str], width: int) -> None:
    """The lines above the table, each centred across it: the appendix's name and title in
    bold, the plan it is attached to in italics, the day in bold, the registry in small type."""
    from openpyxl.styles import Alignment, Font

    fonts = (
        Font(bold=True, size=13),
        Font(bold=True, size=13),
        Font(italic=True),
        Font(bold=True),
        Font(italic=True, size=9),
    )
    for line, font in zip(lines, fonts, strict=True):
        _append(sheet, [line])
        at = sheet.max_row
        sheet.merge_cells(start_row=at, start_column=1, end_row=at, end_column=width)
        cell = sheet.cell(row=at, column=1)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


TITLE_ROWS = 5
HEADER_ROW = TITLE_ROWS + 1


def _header(sheet: Worksheet, headers: Sequence[tuple[str, int]], lang: Lang) -> None:
    """The column titles under the title lines: bold, frozen, filtered, printed on every page."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    _append(sheet, [label(word, lang) for word, _ in headers])
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for column, (_, width) in enumerate(headers, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"


def _page_marks(sheet: Worksheet, heading: str, lang: Lang) -> None:
    """On every printed page: what it is and as of when (top right), 'Trang 2/5' (bottom)."""
    header, footer = sheet.oddHeader, sheet.oddFooter
    assert header is not None and footer is not None
    header.right.text = heading
    footer.center.text = label("xl_page", lang)


def _print_setup(sheet: Worksheet) -> None:
    """A4 landscape, every column on the page width, the header row on every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.gridLines = True


def _main_sheet(
    sheet: Worksheet, tracker: Tracker, as_of: dt.date, lang: Lang, origins: Origins
) -> None:
    """The plan's own targets by its groups, then, under a title row each, the targets carried
    from each earlier plan, numbered as that plan prints them (output/carried.py); the code
    column keeps every target's id, the one `cds progress add` takes."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    _header(sheet, MAIN_HEADERS, lang)
    from cds_tracker.registry.numbering import numbers_on

    numbers = numbers_on(tracker.registry, as_of)
    own, by_plan = carried.parts(tracker.rows(as_of), lambda row: row.target, origins, numbers)
    for group in tracker.registry.groups:
        mine = [r for r in own if r.group.id == group.id]
        if group.targets and not mine:
            continue  # a group of carried targets only: not one of the plan's
        _bold_row(sheet, [group.id, f"{group.id}.", group.title])
        # The numbers of the plan in force on as_of (registry/numbering.py); a cancelled target
        # stays, as its reports do, without a number, its Ghi chú saying since when and by which
        # plan.
        for row in sorted(mine, key=lambda r: revised.order_key(r.target, numbers)):
            t = row.target
            number = revised.number_text(t, numbers)
            note = revised.cancel_note(t, tracker.registry.document.revisions, as_of)
            _target_row(sheet, tracker, row, as_of, lang, (number, note))
    year = tracker.registry.document.year
    for plan, rows in by_plan.items():
        origin_year = carried.origin_year(rows[0].target, origins)
        _bold_row(sheet, ["", "", carried.part_heading(plan, origins, origin_year, year, lang)])
        for row in rows:  # "I.1 (2023)", as screens and letters cite it: never beside "1."
            number = carried.cited(row.target, origins)  # as if the plan's own I.1
            note = row.target.notes
            if row.target.cancelled_since(as_of.isoformat()) is not None:
                # annulled since (app/carry_withdrawn.py): kept, as an own annulled row is,
                # "I.1 (2023) (đã bãi bỏ)" with why in Ghi chú; `cds import` leaves it out, as
                # the Word table does (a23-09)
                number = label("id_line", "vi", id=number, cited=label("cancelled_cited", "vi"))
                note = revised.cancel_note(row.target, tracker.registry.document.revisions, as_of)
            _target_row(sheet, tracker, row, as_of, lang, (number, note))
    for sheet_row in sheet.iter_rows(min_row=HEADER_ROW + 1):
        for cell in sheet_row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(MAIN_HEADERS))}{sheet.max_row}"
    _print_setup(sheet)


def _bold_row(sheet: Worksheet, values: Sequence[str]) -> None:
    from openpyxl.styles import Font

    _append(sheet, values)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)


def _target_row(
    sheet: Worksheet,
    tracker: Tracker,
    row: Row,
    as_of: dt.date,
    lang: Lang,
    printed: tuple[str, str],
) -> None:
    """One target: its id, the number and note `printed` gives it, its texts, its status."""
    from openpyxl.styles import PatternFill

    t = row.target
    readings = [r for r in tracker.readings(t, as_of) if r.value is not None]
    history = tracker.entries.get(t.id, ())
    last = max((e.day for e in history if e.day <= as_of), default=None)
    number, note = printed
    _append(
        sheet,
        [
            t.id,
            number,
            t.content,
            t.directing.text,
            t.lead.text,
            t.cooperating.text,
            t.deadline.text,
            note,
            shared_status(row, lang),  # 'Quá hạn (7/9)', as the screen says it
            row.status.days_late,
            "\n".join(reading_text(r, lang) for r in readings),
            last,
        ],
    )
    status_cell = sheet.cell(row=sheet.max_row, column=STATUS_COLUMN)
    status_cell.fill = PatternFill("solid", fgColor=STYLES[row.status.code].fill)
    sheet.cell(row=sheet.max_row, column=LAST_REPORT_COLUMN).number_format = DATE_FORMAT


def _history_sheet(log: Worksheet, tracker: Tracker, lang: Lang, origins: Origins) -> None:
    """Every entry, oldest first, in words: status words, dates as dates, local times; an entry
    on a carried target with the target's origin, as the tables cite it."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    _header(log, HISTORY_HEADERS, lang)
    index = tracker.index
    indicators = indicators_of(tracker.registry)
    entries = in_order(e for items in tracker.entries.values() for e in items)
    said = {
        t.id: carried.cited(t, origins) for _, t in tracker.registry.targets() if t.carried_from
    }
    kept = uncounted((t for _, t in tracker.registry.targets()), index, entries)
    for entry in entries:
        cited = said.get(entry.target)
        givers = {key: index.name(unit) for (e, key), unit in kept.items() if e == entry.id}
        row = _history_row(entry, index.name(entry.unit), indicators, lang, cited, givers)
        _append(log, [*row, cited or ""])
        log.cell(row=log.max_row, column=6).number_format = DATE_FORMAT
        log.cell(row=log.max_row, column=WRITTEN_COLUMN).number_format = MOMENT_FORMAT
    for sheet_row in log.iter_rows(min_row=HEADER_ROW + 1):
        for cell in sheet_row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    log.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(HISTORY_HEADERS))}{log.max_row}"
    _print_setup(log)


def _history_row(
    entry: Entry,
    unit_name: str,
    indicators: Indicators,
    lang: Lang,
    cited: str | None,
    uncounted: Mapping[str, str] | None = None,
) -> list[Any]:
    """One entry's cells; a note carry-over wrote citing its origin by id, as it cites it now
    (`cited`: 'I.1 (2024)', output/carried.py `note_shown`)."""
    written = entry.written_at
    if written.tzinfo is not None:  # Excel has no time zones: the time on this computer's clock
        written = written.astimezone().replace(tzinfo=None)
    return [
        entry.id,
        entry.target,
        unit_name,
        entry.unit,
        label(entry.status, lang),
        entry.day,
        "\n".join(values_text(entry, indicators, lang, counts=False, uncounted=uncounted)),
        "\n".join(counts_text(entry, indicators)),
        carried.note_shown(entry.note, cited),
        entry.obstacles,
        entry.proposals,
        "; ".join(entry.evidence),
        entry.by,
        entry.corrects or "",
        "x" if entry.forced else "",
        written,
    ]
