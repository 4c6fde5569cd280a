"""Reports of the target rows: `due`, `late` (and `--by-unit`), `report`, `list`; their total.

Each function takes what a question answered and returns a `Report` value; beside it
`views_units` (`cds units`), `views_entries` (progress entries: `cds progress list`),
`views_target` (`cds show`) and `views_summary` (`cds summary`). Nothing here prints or picks a
format: that is `output.emit`'s job.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cds_tracker.core.statuses import NOT_IN_FORCE, STATUSES, in_force
from cds_tracker.core.tuples import Record
from cds_tracker.output.records import ROLE_FIELDS, ROW_FIELDS
from cds_tracker.output.report import Line, Report, Table
from cds_tracker.output.tables import VIEWS, cells, lead_cell, record, row_details, status_key
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from cds_tracker.output.carried import Origins
    from cds_tracker.questions.owing import UnitRow
    from cds_tracker.questions.tracker import Row
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
