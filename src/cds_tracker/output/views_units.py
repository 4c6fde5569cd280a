"""`cds units`: the unit catalog as a report, each unit's counts and, when units change, its days.

Apart from the target rows (views.py) because the catalog is a question of its own: no row,
status or deadline is shown, and a warm `cds due` never imports it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from cds_tracker.output.records import UNIT_FIELDS, unit_records
from cds_tracker.output.report import Column, Report, Table
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from cds_tracker.questions.tracker import Tracker


def _aliases_cell(item: dict[str, Any], lang: Lang) -> str:
    """The column "Tên khác / thành viên": a collective's members (its kind says it is one),
    then its other names, named so only there; any other unit's other names. The column's
    title already says which: no "thành viên: …" under "Tên khác / thành viên"."""
    aliases = "; ".join(item["aliases"])
    if not item["members"]:
        return aliases
    members = ", ".join(item["members"])
    return f"{members}; {label('aliases_word', lang)}: {aliases}" if aliases else members


def units_report(tracker: Tracker, lang: Lang, day: dt.date | None = None) -> Report:
    """`cds units`: the catalog with each unit's counts, named (+ through a collective); when
    units change, the days each existed and whom it merged into (on `day`: the units of that
    day, and those merged by then)."""
    records = unit_records(tracker, day)

    def tally(item: dict[str, Any], role: str) -> str:
        via = item[f"{role}_via_collective"]
        return f"{item[role]} (+{via})" if via else str(item[role])

    columns: tuple[Column, ...] = (
        Column.labelled("id", "col_id", ratio=1, spare=True),
        Column.labelled("name", "col_unit_name", ratio=2),
        Column.labelled("kind", "col_kind", ratio=1, spare=True),
        Column.labelled("aliases", "col_aliases", ratio=3, spare=True),
        Column.labelled("directing", "col_directs"),
        Column.labelled("lead", "col_leads"),
        Column.labelled("cooperating", "col_cooperates"),
    )
    if tracker.index.changes:
        columns += (Column.labelled("validity", "col_validity", ratio=3, spare=True),)
    rows = tuple(
        {
            "id": item["id"],
            "name": item["name"],
            "kind": label(item["kind"], lang),
            "aliases": _aliases_cell(item, lang),
            "directing": tally(item, "directing"),
            "lead": tally(item, "lead"),
            "cooperating": tally(item, "cooperating"),
            "validity": validity_text(item, lang),
        }
        for item in records
    )
    title = label("units_title", lang)
    if day is not None:
        title = label("units_title_on", lang, day=day.strftime("%d/%m/%Y"))
    table = Table(columns, rows, lang, title=f"{title} ({len(rows)})", empty=None)

    def excel() -> tuple[list[str], list[dict[str, str]]]:
        from cds_tracker.output.excel_rows import headers, unit_cells

        return headers("unit", UNIT_FIELDS, lang), [unit_cells(item, lang) for item in records]

    return Report((table,), data=records, csv_columns=UNIT_FIELDS, excel=excel)


def validity_text(item: dict[str, Any], lang: Lang) -> str:
    """'từ 01/07/2025', 'đến 30/06/2025, sáp nhập vào …'; on a day after its merger, 'đã sáp
    nhập vào … (đến 30/06/2025)', the unit it merged into, and when that one changed in turn,
    who answers now: '…, nay là …'."""
    from cds_tracker.core.dates import format_date

    def shown(key: str) -> str:
        return format_date(dt.date.fromisoformat(item[key]))

    parts = []
    if item["valid_from"]:
        parts.append(label("unit_valid_from", lang, day=shown("valid_from")))
    if item["valid_to"]:
        parts.append(label("unit_valid_to", lang, day=shown("valid_to")))
    renamed = item.get("succession") == "rename"
    if item["merged_into"]:  # the unit it went into, then who answers now (attack 21 note)
        key = "unit_renamed" if renamed else "unit_merged"
        into = item["successor"] or item["merged_into"]
        said = label(key, lang, unit=into, span=" ".join(parts))
        if into != item["merged_into"]:
            said += label("unit_now", lang, unit=item["merged_into"])
        return said
    if item["successor"]:
        key = "unit_renamed_to" if renamed else "unit_successor"
        parts.append(label(key, lang, unit=item["successor"]))
    return " ".join(parts)
