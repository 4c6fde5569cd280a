"""Reports for the query commands: target rows, the unit catalog, progress entries, the summary.

Each function takes what a question answered and returns a `Report` value; `views_target` does
`cds show`. Nothing here prints or picks a format: that is `output.emit`'s job.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cds_tracker.core.statuses import NOT_IN_FORCE, STATUSES, in_force
from cds_tracker.core.tuples import Record
from cds_tracker.output.records import (
    ENTRY_FIELDS,
    ROLE_FIELDS,
    ROW_FIELDS,
    UNIT_FIELDS,
    entry_record,
    sorted_history,
    unit_records,
)
from cds_tracker.output.report import Column, Line, Report, Table
from cds_tracker.output.tables import VIEWS, cells, lead_cell, record, row_details, status_key
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from cds_tracker.core.entries import Entry
    from cds_tracker.output.carried import Origins
    from cds_tracker.output.figures import Indicators
    from cds_tracker.questions.owing import UnitRow
    from cds_tracker.questions.tracker import Row, Tracker
    from cds_tracker.registry.units import UnitIndex


def row_table(
    view: str,
    rows: Sequence[Row],
    index: UnitIndex,
    lang: Lang,
    *,
    title: str | None = None,
    empty: str = "",
    footer: Sequence[str] = (),
    origins: Origins | None = None,
    day: dt.date | None = None,
) -> Table:
    """Target rows as people read them; indicator readings go under their row; carried
    targets cited by their origin (`origins`: app/origins.py), as the documents cite them; a
    lead merged by `day` (the day asked) with who answers for it then (`lead_cell`)."""
    return Table(
        VIEWS[view],
        tuple(cells(r, index, lang, origins, day) for r in rows),
        lang,
        title=title,
        empty=empty,
        statuses=tuple(r.status.code for r in rows),
        details=tuple(row_details(r, lang) for r in rows),
        footer=tuple(footer),
    )


class OwingUnit(Record):
    """`late --by-unit`: the unit a row is listed under (it still owes its part), by name; the
    collective the target reaches it through; the merged units whose part it took over."""

    unit: str | None  # None: a late row no unit owes (nobody in particular leads it)
    via: str | None = None
    in_place_of: tuple[str, ...] = ()
    own_owed: bool | None = None  # beside `in_place_of`: its own part owed too (questions/owing)


OWING_FIELDS = ("unit", "via", "in_place_of")


def owing_table(
    unit_rows: Sequence[UnitRow],
    index: UnitIndex,
    lang: Lang,
    *,
    title: str,
    origins: Origins | None = None,
    day: dt.date | None = None,
    unit_id: str | None = None,
) -> Table:
    """One owing unit's (`unit_id`'s) late rows; a row it owes in place of merged units says
    which, under the lead units ("thay UBND phường Nam Sơn, đã sáp nhập"; of its own former name
    "trước đây là Phòng Kinh tế, đã đổi tên"). On a screen every unit's block has the columns
    and widths of all of them together (`Table.together`)."""
    listed = [item.row for item in unit_rows]
    table = row_table("late", listed, index, lang, title=title, origins=origins, day=day)
    rows = tuple(
        {
            **cells,
            "lead": lead_cell(item.row.target, index, lang, day, _note(item, index, lang, unit_id)),
        }
        if item.in_place_of
        else cells
        for cells, item in zip(table.rows, unit_rows, strict=True)
    )
    return table._replace(rows=rows, together="by_unit")  # every unit's block: one layout


def _note(item: UnitRow, index: UnitIndex, lang: Lang, unit_id: str | None) -> tuple[str, str]:
    """The note on a part taken over and the unit it goes beside in the lead cell: the
    collective the row reaches the unit through, else the unit itself (tables.lead_cell)."""
    beside = item.via or unit_id
    return (beside or "", _in_place_of(item, index, lang, unit_id))


def _in_place_of(item: UnitRow, index: UnitIndex, lang: Lang, unit_id: str | None) -> str:
    """'thay …, đã sáp nhập' for a unit with no part of its own; else whether it owes its own
    part beside the one it took over, or only the latter (its own is done); each in the words
    of a rename when the part is its own under its former name (heirs_shown.taken_key)."""
    from cds_tracker.output.heirs_shown import taken_key

    key = {
        None: ("in_place_of", "in_place_of_renamed"),
        True: ("owes_own_and_taken", "owes_own_and_taken_renamed"),
        False: ("owes_taken_only", "owes_taken_only_renamed"),
    }
    names = ", ".join(index.name(u) for u in item.in_place_of)
    said = taken_key(key[item.own_owed], index.units, item.in_place_of, unit_id)
    return label(said, lang, unit=names)


def rows_report(
    blocks: Sequence[Line | Table],
    rows: Sequence[Row],
    index: UnitIndex,
    lang: Lang,
    *,
    with_roles: bool = False,
    role_columns: bool | None = None,
    by_unit: Sequence[OwingUnit] | None = None,
    origins: Origins | None = None,
) -> Report:
    """The report of `due`, `late`, `report` and `list`: tables for people, records for machines.

    `by_unit` names the unit each row is listed under (`late --by-unit`: `unit`, `via`,
    `in_place_of`); `role_columns` keeps the CSV's role columns (empty) even when rows carry no
    roles, so a command's columns never change.
    """
    records = [record(r, index, with_roles=with_roles, origins=origins) for r in rows]
    if by_unit is not None:
        records = [
            {
                "unit": owing.unit,
                "via": owing.via,
                "in_place_of": list(owing.in_place_of),
                **({"own_part_owed": owing.own_owed} if owing.in_place_of else {}),
                **item,
            }
            for owing, item in zip(by_unit, records, strict=True)
        ]
    roles = with_roles if role_columns is None else role_columns
    fields = (
        *(OWING_FIELDS if by_unit is not None else ()),
        *ROW_FIELDS,
        *(ROLE_FIELDS if roles else ()),
    )

    def excel() -> tuple[list[str], list[dict[str, str]]]:
        from cds_tracker.output.excel_rows import headers, target_cells  # only for --excel

        units = by_unit if by_unit is not None else [None] * len(rows)
        people = [
            target_cells(row, index, lang, (owing.unit or "") if owing else None, origins)
            for row, owing in zip(rows, units, strict=True)
        ]
        for said, owing in zip(people, units, strict=True):
            if owing is not None:
                said.update(via=owing.via or "", in_place_of="; ".join(owing.in_place_of))
        return headers("target", fields, lang), [{f: cells[f] for f in fields} for cells in people]

    return Report(tuple(blocks), data=records, csv_columns=fields, excel=excel)


def summary_line(rows: Sequence[Row], lang: Lang, *, own: bool = False) -> str:
    """'Tổng: 23 chỉ tiêu — Quá hạn: 20; Thường xuyên: 3', statuses in display order; the total
    counts the targets in force, an annulled one is said apart ('(không tính 1 chỉ tiêu đã bãi
    bỏ)'). `own` (`report --unit`): a target in force counts as the unit's own part stands (a
    unit is urged only for what it still owes: I.2 late, its part done, is done), and one where
    it has no part of its own (it directs or cooperates) is counted apart."""
    codes = [_own_code(row) if own else row.status.code for row in rows]
    counts = Counter(code for code in codes if code is not None)
    kept = in_force(counts)
    ended = any(row.ended is not None for row in rows)  # the plan's year over: its last window
    parts = [
        f"{label(status_key(code, ended), lang)}: {kept[code]}"
        for code in STATUSES
        if kept.get(code)
    ]
    if none := codes.count(None):
        parts.append(label("report_no_part", lang, count=none))
    count = sum(kept.values()) + none
    line = label("total", lang, count=count) + (" — " + "; ".join(parts) if parts else "")
    annulled = sum(counts.values()) - sum(kept.values())
    return line + (label("annulled_footer", lang, count=annulled) if annulled else "")


def _own_code(row: Row) -> str | None:
    """The unit's own part's status; None where it has none; an annulled target's own code."""
    if row.status.code in NOT_IN_FORCE:
        return row.status.code
    return row.part.status if row.part is not None else None


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
    nhập vào … (đến 30/06/2025)'."""
    from cds_tracker.core.dates import format_date

    def shown(key: str) -> str:
        return format_date(dt.date.fromisoformat(item[key]))

    parts = []
    if item["valid_from"]:
        parts.append(label("unit_valid_from", lang, day=shown("valid_from")))
    if item["valid_to"]:
        parts.append(label("unit_valid_to", lang, day=shown("valid_to")))
    renamed = item.get("succession") == "rename"
    if item["merged_into"]:
        key = "unit_renamed" if renamed else "unit_merged"
        return label(key, lang, unit=item["merged_into"], span=" ".join(parts))
    if item["successor"]:
        key = "unit_renamed_to" if renamed else "unit_successor"
        parts.append(label(key, lang, unit=item["successor"]))
    return " ".join(parts)


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
