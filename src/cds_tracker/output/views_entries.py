"""Progress entries as tables and reports: `cds progress list`, and the history under `cds show`.

Apart from the target rows (views.py) because an entry is another record, with its own columns,
corrections and figures; both `progress list` and `views_target` (`cds show`) build on it, and
a warm `cds due` never imports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from cds_tracker.output.records import ENTRY_FIELDS, entry_record, sorted_history
from cds_tracker.output.report import Column, Report, Table
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from cds_tracker.core.entries import Entry
    from cds_tracker.output.figures import Indicators
    from cds_tracker.registry.units import UnitIndex


ENTRY_COLUMNS = (
    Column.labelled("id", "col_entry", no_wrap=True),
    Column.labelled("date", "col_date", no_wrap=True),
    Column.labelled("target", "col_target", no_wrap=True),
    Column.labelled("unit", "col_unit", ratio=2),
    Column.labelled("status", "col_status"),
    Column.labelled("values", "col_values", ratio=1, under=True),
    Column.labelled("details", "col_details", ratio=3, under=True),
)


def entry_cells(
    entry: Entry,
    corrected_by: str | None,
    index: UnitIndex,
    lang: Lang,
    indicators: Indicators | None = None,
    cited: Mapping[str, str] | None = None,
    uncounted: Mapping[tuple[str, str], str] | None = None,
) -> dict[str, str]:
    """An entry's cells; `cited`: carried target id → 'I.1 (2023)', said under its id as every
    terminal table says it (tables.id_cell)."""
    from cds_tracker.core.dates import format_date
    from cds_tracker.output.carried import note_shown
    from cds_tracker.output.figures import values_text

    details = [note_shown(entry.note, (cited or {}).get(entry.target))]
    if entry.obstacles:
        details.append(label("obstacles", lang) + entry.obstacles)
    if entry.proposals:
        details.append(label("proposals", lang) + entry.proposals)
    if entry.evidence:
        details.append(label("evidence", lang) + "; ".join(entry.evidence))
    if entry.by:
        details.append(label("reported_by", lang) + entry.by)
    if corrected_by:
        details.append("(" + label("corrected", lang, id=corrected_by) + ")")
    if entry.corrects:
        details.append(label("corrects", lang) + entry.corrects)
    if entry.forced:
        details.append("(" + label("forced", lang) + ")")
    return {
        "id": entry.id,
        "date": format_date(entry.day),
        "target": "\n".join((entry.target, *_said(cited, entry.target))),
        "unit": index.name(entry.unit),
        "status": label(entry.status, lang),
        "values": "\n".join(
            values_text(entry, indicators or {}, lang, uncounted=_givers(entry, index, uncounted))
        ),
        "details": "\n".join(d for d in details if d),
    }


def _givers(
    entry: Entry, index: UnitIndex, uncounted: Mapping[tuple[str, str], str] | None
) -> dict[str, str]:
    """Key → the name of the unit that gives the city figure `entry` holds and does not count
    (questions/figures.py `uncounted`: (entry id, key) → that unit's id)."""
    found = (uncounted or {}).items()
    return {key: index.name(giver) for (entry_id, key), giver in found if entry_id == entry.id}


def _said(cited: Mapping[str, str] | None, target_id: str) -> tuple[str, ...]:
    """('I.1 (2023)',) for a carried target, else ()."""
    return (cited[target_id],) if cited and target_id in cited else ()


def entries_table(
    entries: Sequence[Entry],
    all_entries: Sequence[Entry],
    index: UnitIndex,
    lang: Lang,
    title: str | None,
    empty: str,
    as_of: dt.date | None = None,
    indicators: Indicators | None = None,
    cited: Mapping[str, str] | None = None,
    uncounted: Mapping[tuple[str, str], str] | None = None,
) -> Table:
    """Entries newest first; on a screen the values and the text go under their row. Every
    entry is listed, marked corrected when its correction is dated on or before `as_of` (the
    view's day; None: any day)."""
    from cds_tracker.questions.timeline import corrected_by

    corrected = corrected_by(all_entries, as_of)
    rows = [
        entry_cells(e, corrected.get(e.id), index, lang, indicators, cited, uncounted)
        for e in sorted_history(entries)
    ]
    return Table(ENTRY_COLUMNS, tuple(rows), lang, title=title, empty=empty)


def entries_report(
    entries: Sequence[Entry],
    all_entries: Sequence[Entry],
    index: UnitIndex,
    lang: Lang,
    as_of: dt.date | None = None,
    indicators: Indicators | None = None,
    cited: Mapping[str, str] | None = None,
    uncounted: Mapping[tuple[str, str], str] | None = None,
) -> Report:
    """`cds progress list`; `cited`: carried target id → 'I.1 (2023)' (JSON `target_origin`)."""
    from cds_tracker.questions.timeline import corrected_by

    corrected = corrected_by(all_entries, as_of)
    table = entries_table(
        entries,
        all_entries,
        index,
        lang,
        label("history_title", lang),
        label("history_empty", lang),
        as_of,
        indicators,
        cited,
        uncounted,
    )
    ordered = sorted_history(entries)
    records = [entry_record(e, corrected.get(e.id), index) for e in ordered]
    for item in records:
        for said in _said(cited, item["target"]):
            item["target_origin"] = said
    from cds_tracker.output.figures import marked_records

    rows = marked_records(records, index, uncounted, lang)

    def excel() -> tuple[list[str], list[dict[str, str]]]:
        from cds_tracker.output.excel_rows import entry_cells as excel_entry
        from cds_tracker.output.excel_rows import headers

        return headers("entry", ENTRY_FIELDS, lang), [
            excel_entry(
                e,
                corrected.get(e.id),
                index,
                lang,
                indicators or {},
                cited or {},
                _givers(e, index, uncounted),
            )
            for e in ordered
        ]

    return Report((table,), data=records, csv_columns=ENTRY_FIELDS, excel=excel, csv_data=rows)
