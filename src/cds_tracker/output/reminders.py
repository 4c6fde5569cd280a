"""Draft urging notes (văn bản đôn đốc) in Markdown, one per unit owing a part, and their JSON;
the phrases a note and a Word letter share."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from cds_tracker.core.dates import YearMonth, format_date
from cds_tracker.core.deadline_words import with_year
from cds_tracker.core.records import BLANK, Document, Plan
from cds_tracker.output.carried import UNREAD, Origins, also_cited, in_order
from cds_tracker.output.records import reminder_records
from cds_tracker.output.report import Report
from cds_tracker.output.sanitize import markdown_cell, markdown_text, visible
from cds_tracker.output.tables import code_cell, period_text, status_key
from cds_tracker.output.words import Lang, label, say
from cds_tracker.questions.reminders import Owed, Reminder
from cds_tracker.questions.tracker import Row, Tracker
from cds_tracker.registry.units import UnitIndex

CITED_IN_FULL = 2  # revisions a citation names one by one; beyond, the latest and a count
# "số /KH-BCĐ ngày /5/2023" as the source prints it: a number and a day left to fill by hand,
# printed as the blanks `plan_reference` prints ("số …………/KH-BCĐ ngày …………/5/2023")
_UNFILLED = re.compile(r"(\b(?:số|ngày) )(?=/)")


def plan_reference(plan: Plan, issuer: str, revisions: Sequence[Plan] = ()) -> str:
    """'Kế hoạch số …………/KH-BCĐ ngày …………/5/2023 của …': the source's own blanks, made visible
    to be filled in by hand; the note and the Word letter and report say it alike. A plan since
    revised is cited with its revisions, as an official letter cites an amended text: '… của
    Ban Chỉ đạo …, đã điều chỉnh theo Kế hoạch số 85/KH-BCĐ ngày 10/6/2024'."""
    number = plan.number or BLANK
    date = plan.date if not plan.date.startswith("/") else BLANK + plan.date
    # A heading the imported file did not state is blank throughout (heading.py): dots, never
    # another plan's reference.
    cited = (
        f"Kế hoạch số {number}/{plan.symbol or BLANK} ngày {date or BLANK} của {issuer or BLANK}"
    )
    revised = revised_by(revisions)
    return f"{cited}, {revised}" if revised else cited


def revised_by(revisions: Sequence[Plan], lang: Lang = "vi") -> str:
    """'đã điều chỉnh theo Kế hoạch số 85/KH-BCĐ ngày 10/6/2024', or '' for a plan not revised
    (`revisions`: those in force on the day the document speaks of, `registry/numbering.py`):
    each revising plan by its number and date (its issuer is the plan's, as a rule). More than
    CITED_IN_FULL: the latest and how many came before it ('đã điều chỉnh 5 lần, lần gần nhất
    theo Kế hoạch số …'), as a letter cites a text amended many times, not a page of plans."""
    if not revisions:
        return ""
    cited = [
        f"Kế hoạch số {r.number or BLANK}/{r.symbol or BLANK} ngày {r.date or BLANK}"
        for r in revisions
    ]
    if len(cited) > CITED_IN_FULL:
        return label("revised_by_many", lang, count=len(cited), plan=cited[-1])
    return label("revised_by", lang, plans=", ".join(cited))


def cited_plan(document: Document, revisions: Sequence[Plan] = (), lang: Lang = "vi") -> str:
    """The plan as a heading prints it: its reference as printed, else (not yet written) the
    reference with blanks to fill by hand; then, on one line (the Excel and web headings), the
    `revisions` in force: '…, đã điều chỉnh theo Kế hoạch số 85/KH-BCĐ …'."""
    cited = document.plan.reference or plan_reference(document.plan, document.issuer)
    cited = _UNFILLED.sub(lambda found: found[1] + BLANK, cited)  # as `plan_reference` prints
    revised = revised_by(revisions, lang)
    return f"{cited}, {revised}" if revised else cited


def status_phrase(row: Row) -> str:
    """'Quá hạn 184 ngày': the status as a document states it (Vietnamese)."""
    text = label(status_key(row.status.code, row.ended is not None), "vi")
    if row.status.code == "late" and row.status.days_late:
        text += " " + label("days_count", "vi", days=row.status.days_late)
    if row.period is not None:
        text += f" ({period_text(row, 'vi')})"
    return text


def part_phrase(item: Owed) -> str:
    """The unit's own part, as a letter states it: 'Quá hạn 1 ngày', 'Chưa thực hiện',
    'Đang thực hiện', 'Chưa báo cáo kỳ này' (notes and Word letters alike)."""
    text = label(item.part.status, "vi")
    if item.days_late:
        text += " " + label("days_count", "vi", days=item.days_late)
    return text


def last_phrase(item: Owed, index: UnitIndex) -> str:
    """The unit's latest report on the target: 'Chưa báo cáo' or 'Đang thực hiện (15/10/2023)';
    a report made by a ward before it merged into this one names that ward (a day before the
    addressee existed is not its own)."""
    if item.last is None:
        return label("no_report", "vi").capitalize() + _own_done(item)
    day = format_date(item.last[1])
    if item.last_by is not None:
        from cds_tracker.registry.succession import is_rename

        key = "note_reported_as" if is_rename(index.units, item.last_by) else "note_reported_by"
        day = label(key, "vi", date=day, by=index.name(item.last_by))
    return f"{label(item.last[0], 'vi')} ({day})" + _own_done(item)


def _own_done(item: Owed) -> str:
    """'; phần việc của đơn vị đã hoàn thành ngày 01/05/2024': an heir urged for the part it took
    over is told its own part is done, not that it never reported."""
    if item.own_done is None:
        return ""
    return "; " + label("letter_own_done", "vi", date=format_date(item.own_done))


def deadline_text(item: Owed) -> str:
    """'Tháng 10/2023', or for an ongoing target the report owed: 'Báo cáo kỳ 15/10/2023–14/11/2023'
    (dd/mm/yyyy on both sides, as every date cds prints: a window may span two years). A
    wording the plan printed without its year ("Tháng 6" of the 2024 plan) with it: a letter
    is read away from the plan's heading, perhaps the next year ("Tháng 6/2024")."""
    period = item.row.period
    if period is None:
        deadline = item.row.target.deadline
        month = deadline.month
        return deadline.text if month is None else with_year(deadline.text, month)
    return label(
        "letter_period", "vi", start=format_date(period.start), end=format_date(period.end)
    )


def content_text(item: Owed, index: UnitIndex) -> str:
    """The target's text, and under it the collective a part owed through one comes by."""
    text = item.row.target.content
    taken = item.taken or item.part.in_place_of
    if taken:  # what it is asked for: the part it took over, and its own if still owed
        from cds_tracker.output.heirs_shown import taken_key

        names = ", ".join(index.name(u) for u in taken)
        keys = (
            ("letter_own_and_taken", "letter_own_and_taken_renamed")
            if item.own_owed
            else ("letter_in_place_of", "letter_in_place_of_renamed")
        )
        key = taken_key(keys, index.units, taken, item.part.unit)  # a rename: its former name
        text += "\n" + label(key, "vi", unit=names)
    if item.via is None:
        return text
    return text + "\n" + label("letter_via", "vi", unit=index.name(item.via))


def reminder_markdown(
    reminder: Reminder,
    tracker: Tracker,
    month: YearMonth,
    as_of: dt.date,
    report_by: dt.date,
    origins: Origins = UNREAD,
) -> str:
    """A draft urging note, in the register of an administrative letter: the same rows, words
    and order as the unit's Word letter (output/docx/letter.py)."""
    index = tracker.index
    name = markdown_text(index.name(reminder.unit_id))  # data: no raw HTML nor link syntax
    from cds_tracker.registry.numbering import numbers_on, revisions_in_force

    document = tracker.registry.document
    revisions = revisions_in_force(document, as_of)  # the plan as it stood on the day it cites
    numbers = numbers_on(tracker.registry, as_of)
    plan = markdown_text(
        plan_reference(document.plan, document.issuer, revisions)
        + also_cited([item.row.target for item in reminder.items], origins, document.year)
    )
    periodic = any(item.row.period is not None for item in reminder.items)
    lines = [
        "# " + label("note_heading", "vi", month=month.display()),
        "",
        f"**{label('note_to', 'vi')}** {name}",
        "",
        label(
            "note_intro",
            "vi",
            plan=plan,
            as_of=format_date(as_of),
            unit=name,
            month=month.display(),
            periodic=label("note_periodic", "vi") if periodic else "",
        ),
        "",
        label("note_columns", "vi"),
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for number, item in enumerate(
        in_order(reminder.items, lambda item: item.row.target, origins, numbers), 1
    ):
        cells = (
            content_text(item, index),
            deadline_text(item),
            part_phrase(item),
            last_phrase(item, index),
        )
        code = code_cell(item.row.target, "vi", origins, numbers.get(item.row.target.id))
        content, deadline, state, last, code = (markdown_cell(c) for c in (*cells, code))
        lines.append(f"| {number} | {code} | {content} | {deadline} | {state} | {last} |")
    lines += [
        "",
        label("note_request", "vi", unit=name, report_by=format_date(report_by)),
        "",
        label("note_draft", "vi"),
        "",
    ]
    return visible("\n".join(lines))


def on_screen(notes: str, width: int) -> tuple[str, bool]:
    """Notes printed to a terminal: the prose folded at its width (a paragraph folded reads the
    same in Markdown), and whether a table row is still wider, which no fold can help (a
    Markdown row is one line): the CLI then says how to get the notes as files."""
    import textwrap

    lines: list[str] = []
    for line in notes.split("\n"):
        if line.startswith("|") or len(line) <= width:
            lines.append(line)
        else:
            lines += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines), any(len(line) > width for line in lines)


def reminders_report(
    found: Sequence[Reminder],
    tracker: Tracker,
    month: YearMonth,
    as_of: dt.date,
    report_by: dt.date,
    *,
    every: bool = True,
) -> Report:
    """`cds remind --format json`: one object per unit urged; with `every` (no --unit), then one
    with no unit for the targets no letter urges (`unowned_records`)."""
    data = reminder_records(found, tracker, month.iso(), as_of, report_by)
    if every:
        data += unowned_records(tracker, month, as_of, report_by)
    return Report((), data=data)


def unowned_text(tracker: Tracker, month: YearMonth, as_of: dt.date, lang: Lang) -> str:
    """The targets owed that no letter urges, each with why ('III.4: Phòng Y tế không còn tồn
    tại ngày 01/12/2023 …'; a target naming no unit in particular, then a hint): no letter goes
    to them, and none is dropped silently. Empty when there is none."""
    from cds_tracker.questions.reminders import unowned

    found = unowned(tracker, month, as_of)
    if not found:
        return ""
    lines = [label("unowned_title", lang)]
    for row, unit_id in found:
        lines.append(
            label(
                "unowned_line",
                lang,
                target=row.target.id,
                why=_unowned_why(row, unit_id, tracker, as_of, lang),
            )
        )
    if any(unit_id is None for _, unit_id in found):
        lines.append(label("unowned_nobody_hint", lang))
    return "\n".join(lines) + "\n"


def _unowned_why(
    row: Row, unit_id: str | None, tracker: Tracker, as_of: dt.date, lang: Lang
) -> str:
    """Why no letter urges a target's part: its unit does not exist on the day, or (None) the
    target names no unit in particular to urge."""
    from cds_tracker.registry.unit_absence import absent

    units = tracker.index.units
    if unit_id is None:
        return label("unowned_nobody", lang, lead=row.target.lead.text or "…")
    return say(absent(units, unit_id, as_of) or units[unit_id].name, lang)


def unowned_records(
    tracker: Tracker, month: YearMonth, as_of: dt.date, report_by: dt.date
) -> list[dict[str, Any]]:
    """`remind --format json`: the targets no letter urges (`unowned_text`), as one object with
    no unit (`unit`: null), each target saying why (`no_unit`: `unit_gone`, with the unit, or
    `no_specific_unit`); none when every owed target has its letter."""
    from cds_tracker.output.tables import record
    from cds_tracker.questions.reminders import unowned

    found = unowned(tracker, month, as_of)
    if not found:
        return []
    index = tracker.index
    targets = [
        {
            **record(row, index),
            "no_unit": "no_specific_unit" if unit_id is None else "unit_gone",
            "gone_unit": index.name(unit_id) if unit_id is not None else None,
        }
        for row, unit_id in found
    ]
    return [
        {
            "unit": None,
            "unit_id": None,
            "month": month.iso(),
            "as_of": as_of.isoformat(),
            "report_by": report_by.isoformat(),
            "targets": targets,
        }
    ]
