"""The appendix as the office's own table (`cds export --format docx`), and the same table with
each target's status as the report's "Phụ lục".

The table is laid out as the source: a two-row header ("Phân công thực hiện" merged over
"Trực tiếp Chỉ đạo / Đơn vị chủ trì / Đơn vị phối hợp", the other titles merged down), a group row
"I. Dữ liệu số" merged across the table, and every cell's text verbatim from the registry, so
`cds import` reads the file back into the same registry. A table none of whose targets names an
official (a plan printed with only "Đơn vị chủ trì / Đơn vị phối hợp") has no "Trực tiếp Chỉ
đạo" column, as that plan showed it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from docx.enum.table import WD_TABLE_ALIGNMENT

from cds_tracker.output import carried, revised, tables
from cds_tracker.output.carried import UNREAD, Origins
from cds_tracker.output.docx import common
from cds_tracker.output.words import label
from cds_tracker.questions.tracker import Row, Tracker
from cds_tracker.registry.numbering import in_force_on, numbers_on

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.table import Table

    from cds_tracker.core.records import Target

TITLES = ("Stt", "Nội dung chỉ tiêu", "Phân công thực hiện", "Thời gian hoàn thành", "Ghi chú")
ASSIGNMENT = ("Trực tiếp Chỉ đạo", "Đơn vị chủ trì", "Đơn vị phối hợp")
# The report's appendix is read, never imported: its header says "chỉ đạo" as the other
# headers a person reads do; the export keeps the source's capital C (`cds import` round trip).
REPORT_ASSIGNMENT = ("Trực tiếp chỉ đạo", *ASSIGNMENT[1:])
STATUS_TITLE = "Tình trạng"
# Landscape A4 leaves 252 mm between the margins. The deadline column (30 mm) holds "Thường"
# and "12/2023" whole at 12 pt even in a wider fallback font (22 mm broke it as "Thườ/ng").
WIDTHS_MM = (12.0, 84.0, 35.0, 35.0, 35.0, 30.0, 21.0)
WIDTHS_WITH_STATUS_MM = (11.0, 68.0, 31.0, 31.0, 31.0, 30.0, 19.0, 31.0)


def heading_lines(tracker: Tracker, as_of: dt.date) -> list[str]:
    """Appendix, title, the plan it is attached to and, for a plan revised by `as_of`, under
    it: "(đã điều chỉnh theo Kế hoạch số 85/KH-BCĐ ngày 10/6/2024)" (a line of its own: `cds
    import` reads the plan from the line above, which stays as the plan printed it)."""
    from cds_tracker.core.records import BLANK
    from cds_tracker.output.reminders import cited_plan, revised_by
    from cds_tracker.registry.numbering import revisions_in_force

    document = tracker.registry.document
    heading = [document.appendix or BLANK, document.title or BLANK]
    heading.append(f"(Kèm theo {cited_plan(document)})")
    revisions = revisions_in_force(document, as_of)
    if revisions:
        heading.append(f"({revised_by(revisions)})")
    return heading


def appendix_docx(tracker: Tracker, as_of: dt.date, origins: Origins = UNREAD) -> bytes:
    """The registry as the document it was transcribed from, on landscape A4: the plan in force
    on `as_of` (today unless asked), its own targets under its heading, then those carried from
    an earlier plan in a part of their own (`carried_parts`)."""
    document = common.new_document()
    common.set_page(document.sections[0], landscape=True)
    write_heading(document, tracker, as_of)
    appendix_table(document, tracker, as_of, None)
    carried_parts(document, tracker, as_of, None, origins)
    return common.to_bytes(document)


def write_heading(document: DocumentObject, tracker: Tracker, as_of: dt.date) -> None:
    appendix, title, *references = heading_lines(tracker, as_of)
    common.paragraph(document, appendix, align="center", after=0, bold=True)
    common.paragraph(document, title, align="center", after=0, bold=True)
    for number, reference in enumerate(references, 1):
        after = 12 if number == len(references) else 0
        common.paragraph(document, reference, align="center", after=after, italic=True)


def appendix_table(
    document: DocumentObject, tracker: Tracker, as_of: dt.date, status_of: dict[str, str] | None
) -> Table:
    """The appendix's table; with `status_of` (target id → status text), a status column too.

    The plan in force on `as_of` (registry/numbering.py): each group numbered 1, 2, 3… as it
    prints them, carried targets after the revision's own rows. A target it no longer lists
    is left out of the appendix, as the revising plan's own
    table leaves it out (kept, its number would be printed twice: the old I.2 and the old I.3
    now "2."); the report's appendix, which says how each target stands, keeps it without a
    number, its Ghi chú saying since when and by which plan it is annulled."""
    numbers = numbers_on(tracker.registry, as_of)
    day = as_of.isoformat()
    revisions = tracker.registry.document.revisions
    listed: list[tuple[str, list[Target]]] = []
    for group in tracker.registry.groups:
        # that day's lead; a carried target the revision in force lists in its table too
        own = [t.on(day) for t in group.targets if t.carried_from is None or t.id in numbers]
        # with statuses, a cancelled target stays; one a later revision adds never does
        shown = [t for t in own if t.id in numbers or (status_of is not None and t.added_by(day))]
        if group.targets and not shown:
            continue  # a group the revisions emptied, or of carried targets only: not the plan's
        listed.append((f"{group.id}. {group.title}", shown))
    directing = _directs([t for _, shown in listed for t in shown])
    table = _new_table(document, status_of is not None, directing)
    for title, shown in listed:
        cells = common.new_row(table)
        merged = cells[0].merge(cells[-1])
        common.write(merged.paragraphs[0], title, bold=True, size=12)
        for target in sorted(shown, key=lambda t: revised.order_key(t, numbers)):
            number = revised.number_text(target, numbers)
            note = revised.cancel_note(target, revisions, as_of)
            _row(table, target, number, note, status_of, directing)
    common.set_widths(table, _widths(status_of is not None, directing))
    return table


def _directs(targets: list[Target]) -> bool:
    """Whether the table has a "Trực tiếp Chỉ đạo" column: some target names an official."""
    return any(t.directing.text.strip() for t in targets)


def _widths(with_status: bool, directing: bool) -> tuple[float, ...]:
    """The columns' widths; without the directing column, its width goes to the content."""
    widths = WIDTHS_WITH_STATUS_MM if with_status else WIDTHS_MM
    if directing:
        return widths
    return (widths[0], widths[1] + widths[2], *widths[3:])


def carried_parts(
    document: DocumentObject,
    tracker: Tracker,
    as_of: dt.date,
    status_of: dict[str, str] | None,
    origins: Origins,
) -> None:
    """The targets carried from an earlier plan, after the plan's table: not the plan's own (it
    never printed them; `cds carry-over` added them to follow them on), so a part of their own
    for each plan they come from, titled with it, numbered as that plan prints them (in the
    summary, with statuses: by their id here over that number, 'IV.3' over '(III.4 (2023))', as
    every other table cites them), on a page of its own. `cds import` stops at this title: the
    plan's table is the one above it."""
    from docx.enum.text import WD_BREAK

    year = tracker.registry.document.year
    day = as_of.isoformat()
    targets = [t.on(day) for g in tracker.registry.groups for t in g.targets]
    listed = in_force_on(tracker.registry, as_of)  # carried ones too: numbers_on has none
    numbers = numbers_on(tracker.registry, as_of)  # but those a revision lists in its table
    shown = [t for t in targets if t.id in listed or (status_of is not None and t.added_by(day))]
    shown = [t for t in shown if t.id not in numbers]
    _, by_plan = carried.parts(shown, lambda t: t, origins)
    for plan, items in by_plan.items():
        origin_year = carried.origin_year(items[0], origins)
        title = label("carried_part_title", "vi", origin_year=origin_year)
        cited = carried.origin_plan(plan, origins, origin_year)
        note = label("carried_part_note", "vi", plan=cited, year=year, origin_year=origin_year)
        para = common.paragraph(document, align="center", after=0)
        para.add_run().add_break(WD_BREAK.PAGE)
        common.write(para, title, bold=True)
        common.paragraph(document, note, align="center", after=12, italic=True)
        directing = _directs(items)
        table = _new_table(document, status_of is not None, directing)
        for target in items:
            number = carried.origin_number(target, origins)
            if status_of is not None:  # the summary cites it as every table: 'IV.3' over
                number = f"{target.id}\n({carried.cited(target, origins)})"  # '(III.4 (2023))'
            _row(table, target, number, target.notes, status_of, directing)
        common.set_widths(table, _widths(status_of is not None, directing))


def _new_table(document: DocumentObject, with_status: bool, directing: bool) -> Table:
    widths = _widths(with_status, directing)
    table: Table = document.add_table(rows=2, cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _header(table, with_status, directing)
    return table


def _row(
    table: Table,
    target: Target,
    number: str,
    note: str,
    status_of: dict[str, str] | None,
    directing: bool,
) -> None:
    official = [target.directing.text] if directing else []
    texts = [number, target.content, *official, target.lead.text, target.cooperating.text]
    texts += [target.deadline.text, note]
    if status_of is not None:
        texts.append(status_of.get(target.id, ""))
    for cell, text in zip(common.new_row(table), texts, strict=True):
        common.write(cell.paragraphs[0], text, size=12)


def _header(table: Table, with_status: bool, directing: bool) -> None:
    top, sub = table.rows[0].cells, table.rows[1].cells
    titles = [*TITLES, STATUS_TITLE] if with_status else list(TITLES)
    titled = REPORT_ASSIGNMENT if with_status else ASSIGNMENT
    assignment = titled if directing else titled[1:]
    column = 0
    for title in titles:
        if title == TITLES[2]:  # "Phân công thực hiện" spans the assignment columns
            cell = top[column].merge(top[column + len(assignment) - 1])
            column += len(assignment)
        else:  # every other title spans both header rows
            cell = top[column].merge(sub[column])
            column += 1
        common.write(common.first_paragraph(cell), title, bold=True, size=12)
    for offset, title in enumerate(assignment):
        common.write(common.first_paragraph(sub[2 + offset]), title, bold=True, size=12)
    common.repeat_heading(table.rows[0])
    common.repeat_heading(table.rows[1])


def status_texts(rows: list[Row]) -> dict[str, str]:
    """Target id → 'Quá hạn 31 ngày (3/9 đơn vị hoàn thành)' for the report's appendix."""
    found = {}
    for row in rows:
        text = label(tables.status_key(row.status.code, row.ended is not None), "vi")
        if row.status.days_late:
            text += f" {row.status.days_late} ngày"
        if row.status.collective_summary:
            text += f" ({row.status.collective_summary} đơn vị hoàn thành)"
        found[row.target.id] = text
    return found
