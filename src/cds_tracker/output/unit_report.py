"""One unit's report (`cds report --unit U`) as a document that leaves the office: what the
screen's table and the JSON say about each of the unit's targets, put in rows for the Word
document (output/docx/unit_report.py) and the Excel sheet (output/xlsx_unit.py).

Nothing is asked again here: the rows come from the command's `Report` (its table's cells, its
records and its footer), so a document says what `cds report --unit U` prints.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cds_tracker.core.dates import format_date
from cds_tracker.core.records import Document, Unit
from cds_tracker.core.tuples import Record
from cds_tracker.output.report import Report, Table
from cds_tracker.output.words import Lang, label


class UnitLine(Record):
    """One target of the unit, in words, with its dates as dates (for Excel)."""

    id: str  # as the table cites it: 'I.1', a carried one 'I.1 (2023)'
    content: str
    roles: str  # 'Chủ trì', 'Phối hợp (qua Các phòng, đơn vị thuộc UBND thành phố)'
    deadline: str  # as written: 'Tháng 5/2023', 'Thường xuyên'
    due: dt.date | None  # the deadline's last day: a month's last, or the day written
    period: str  # an ongoing target's period: 'Hằng tháng, kỳ 15/11/2023–14/12/2023'
    status: str  # the target's status
    days_late: int | None
    part: str  # the unit's own part's status, or that it has none
    # The latest report among the parts the unit answers for (its own, and those it took over
    # from merged units), and whose it was when not the unit's own: "UBND phường Nam Sơn".
    reported: dt.date | None
    reported_by: str
    indicators: str


class UnitReport(Record):
    """What the documents show: whose report, for which day, its lines and its total."""

    unit: str
    as_of: dt.date
    lang: Lang
    lines: tuple[UnitLine, ...]
    total: str  # the table's footer: 'Tổng: 23 chỉ tiêu — Quá hạn: 20; …'
    empty: str  # said instead of an empty table
    plan: str  # the plan cited, as headings cite it
    year: int
    info: Document
    symbol: str = ""  # the unit's abbreviation in its documents' ký hiệu (`issuer_symbol`)


def unit_report(
    report: Report, info: Document, unit: Unit, as_of: dt.date, lang: Lang, carried: str = ""
) -> UnitReport:
    """The rows of `report` (commands.report): its table's cells for what the screen shows,
    its records (JSON) for the codes and dates, its CSV-for-Excel cells for the indicators;
    `carried`: what the heading cites after the plan for carried targets (`also_cited`)."""
    from cds_tracker.output.reminders import cited_plan
    from cds_tracker.registry.numbering import revisions_in_force

    table = next(block for block in report.blocks if isinstance(block, Table))
    records: list[dict[str, Any]] = list(report.data or [])
    words = report.excel()[1] if report.excel is not None and records else []
    lines = tuple(
        _line(cells, item, said, lang, unit.name)
        for cells, item, said in zip(table.rows, records, words, strict=True)
    )
    return UnitReport(
        unit=unit.name,
        as_of=as_of,
        lang=lang,
        lines=lines,
        total=table.footer[0] if table.footer else "",
        empty=table.empty or "",
        plan=cited_plan(info, revisions_in_force(info, as_of), lang) + carried,
        year=info.year,
        info=info,
        symbol=issuer_symbol(unit),
    )


def issuer_symbol(unit: Unit) -> str:
    """The unit's abbreviation in the ký hiệu of what it issues ("BC-UBND", NĐ 30/2020/NĐ-CP,
    Phụ lục I): "UBND" for a People's Committee (a ward's, a commune's, the city's); else the
    catalog's abbreviation of it, an alias in capital letters alone ("VHTT", "TCKH", "LĐTBXH";
    not "VH&TT" or "TC-KH", whose signs would read as the ký hiệu's own); "" where the catalog
    gives none (Phòng Y tế: only "Y tế"): a blank the clerk fills."""
    if unit.kind in ("ward", "commune") or unit.name.startswith(("UBND ", "Ủy ban nhân dân ")):
        return "UBND"
    return next((a for a in unit.aliases if a.isalpha() and a.isupper() and len(a) > 1), "")


def _line(
    cells: dict[str, str], item: dict[str, Any], said: dict[str, str], lang: Lang, unit: str
) -> UnitLine:
    reported, by = _latest(item, unit)
    return UnitLine(
        id=cells["id"],
        content=cells["content"],
        roles=cells.get("roles", ""),
        deadline=_deadline(item),
        due=_month_end(item.get("deadline")),
        period=said.get("period", ""),
        status=cells["status"],  # as the screen says it: 'Quá hạn (7/9)' for a shared target
        days_late=item.get("days_late"),
        part=_part(item, said, lang),
        reported=dt.date.fromisoformat(reported) if reported else None,
        reported_by=by,
        indicators=said.get("indicators", ""),
    )


def _latest(item: dict[str, Any], unit: str) -> tuple[str | None, str]:
    """The latest report (ISO day) among the parts the unit answers for (JSON `unit_parts`:
    its own first, then each merged unit's it took over; else its own `unit_reported`), and
    whose it was when another unit made it: each maker of that day's reports, named once. An
    heir with no part of its own reports through its wards' (repro r4: the column was empty)."""
    parts = item.get("unit_parts") or []
    days = [p["reported"] for p in parts if p.get("reported")]
    if not days:
        return item.get("unit_reported"), ""
    latest = max(days)
    makers = [
        p.get("reported_by") or (p.get("taken_over_from") if p.get("since") else unit) or unit
        for p in parts
        if p.get("reported") == latest
    ]
    if unit in makers:  # the unit's own report that day: no one else's to name
        return latest, ""
    return latest, ", ".join(dict.fromkeys(makers))


def reported_text(line: UnitLine) -> str:
    """'10/06/2024', or '10/06/2024 (UBND phường Nam Sơn)' for a report a merged unit made."""
    day = day_text(line.reported)
    return f"{day} ({line.reported_by})" if day and line.reported_by else day


def _part(item: dict[str, Any], said: dict[str, str], lang: Lang) -> str:
    """The unit's part: its status, and under it each part it answers for when it took over
    merged units' parts (output/unit_parts.py), as the screen says them. A finished part says
    the day it finished, 'Hoàn thành (10/11/2024)' as `cds show` does (questions/finished.py):
    the last-report column beside it may be a later "done" re-sent with the evidence, which is
    not when the unit finished (clerk review, issue 16). Its status in the words the CSV's
    `unit_status` says it (output/excel_rows.py, `tables.status_key`): "Chưa báo cáo kỳ cuối"
    after the plan's year, as the screen says it (a12_03)."""
    part = item.get("unit_status")
    text = (said.get("unit_status") or label(part, lang)) if part else label("ur_no_part", lang)
    finished = item.get("unit_finished_on")
    if finished and not item.get("unit_parts"):  # an heir's parts each say their own day
        text += f" ({day_text(dt.date.fromisoformat(finished))})"
    if item.get("unit_parts"):
        from cds_tracker.output.unit_parts import record_lines

        # the row's words say whether its plan's year is over (`tables.status_key`): a record
        # keeps the code alone, and an unreported part makes the row unreported
        ended = said.get("status") == label("unreported_last", lang)
        text = "\n".join([text, *record_lines(item["unit_parts"], lang, ended=ended)])
    return text


def _deadline(item: dict[str, Any]) -> str:
    """The deadline with its year, as the letter prints it ('Tháng 6' of the 2024 plan is
    'Tháng 6/2024', core/deadline_words.py `with_year`): the document leaves the office, lists
    targets carried from other plans with theirs ('Tháng 12/2024') and cites two plans, so a
    yearless 'Quý III' would name no year (clerk13 F6)."""
    from cds_tracker.core.dates import try_parse_due
    from cds_tracker.core.deadline_words import with_year

    text = str(item["deadline_text"])
    due = try_parse_due(item["deadline"]) if item.get("deadline") else None
    return with_year(text, due) if due is not None else text


def _month_end(deadline: str | None) -> dt.date | None:
    """'2023-05' → 31/05/2023, '2024-10-15' → 15/10/2024: the last day the deadline allows (a
    month deadline ends on the month's last day; a day deadline is that day). One reader of the
    registry's `due` (core/dates.try_parse_due), so a day deadline cannot be split as a month."""
    from cds_tracker.core.dates import try_parse_due

    due = try_parse_due(deadline) if deadline else None
    return due.last_day if due is not None else None


def day_text(day: dt.date | None) -> str:
    return format_date(day) if day is not None else ""
