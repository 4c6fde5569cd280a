"""The units a target's cell names, as they stand on a day: a unit merged or renamed by then is
shown by its heir, with the day the heir took over ("UBND phường Tam Điệp (từ 01/07/2025)"), so
`cds show I.3 --as-of 15/07/2025` names who answers for the part, not the wards that ended."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from cds_tracker.core.dates import format_date
from cds_tracker.output.words import Lang, label
from cds_tracker.registry.succession import heir, renamed_as


def on_day(
    units: Mapping[str, Any], refs: Sequence[Mapping[str, Any]], day: dt.date, name: Any, lang: Lang
) -> str:
    """`refs` (resolved_units' rows of one role) as '; '-joined names on `day`: each unit, or
    its heir with the day it took over; one name per unit answering (two merged wards → their
    ward, once). `name`: unit id → its name."""
    return "; ".join(text for _, text in pieces_on_day(units, refs, day, name, lang))


def pieces_on_day(
    units: Mapping[str, Any], refs: Sequence[Mapping[str, Any]], day: dt.date, name: Any, lang: Lang
) -> list[tuple[str, str]]:
    """`on_day`'s names, each with the id of the unit answering: a note on one of them (a part
    taken over, output/tables.lead_cell) goes beside its own unit, not after the last one."""
    shown: list[tuple[str, str]] = []
    for ref in refs:
        unit_id = str(ref["unit"])
        answering = heir(units, unit_id, day) if units else unit_id
        if answering == unit_id:
            text = f"{ref['name']} ({ref['official']})" if ref["official"] else str(ref["name"])
        else:
            text = label(
                "heir_since", lang, unit=name(answering), date=_took_over(units, unit_id, answering)
            )
        if all(text != said for _, said in shown):
            shown.append((answering, text))
    return shown


def attach_note(lines: list[list[tuple[str, str]]], unit: str, words: str) -> None:
    """`words` on a line of their own right after `unit`'s name: its last on the last line
    naming it (who answers that day; "Phòng Kinh tế; Phòng Kinh tế (từ 01/07/2023)": the one
    that took the merged part over), else after the cell's last name (clerk19 F3)."""
    where = next((ps for ps in reversed(lines) if any(u == unit for u, _ in ps)), lines[-1])
    at = max((i for i, (u, _) in enumerate(where) if u == unit), default=len(where) - 1)
    if at < 0:  # a target with no lead unit: the words alone
        where.append((unit, f"({words})"))
        return
    where[at] = (where[at][0], f"{where[at][1]}\n({words})")


def _took_over(units: Mapping[str, Any], unit_id: str, answering: str) -> str:
    """The day `answering` took over from the chain starting at `unit_id`: the day after the
    latest valid_to along it (each unit passes the work on only when it ends, so a unit that
    ended after the one it was merged into hands it over on its own day: attack 21 a21-04),
    else the heir's own valid_from."""
    current, last_day = unit_id, None
    while current != answering:
        unit = units[current]
        if unit.valid_to is not None and (last_day is None or unit.valid_to > last_day):
            last_day = unit.valid_to
        current = unit.successor
    found = units[answering].valid_from
    if last_day is not None:
        found = (dt.date.fromisoformat(last_day) + dt.timedelta(days=1)).isoformat()
    return format_date(dt.date.fromisoformat(found)) if found else ""


def taken_key(
    keys: tuple[str, str], units: Mapping[str, Any], taken: Sequence[str], heir_id: str | None
) -> str:
    """The words of a note on the part(s) `heir_id` answers for in place of `taken`: a merger's
    (`keys[0]`, "thay Phòng Kinh tế, đã sáp nhập"), or, when each of `taken` is `heir_id` under
    a former name, a rename's (`keys[1]`, "trước đây là Phòng Kinh tế, đã đổi tên"): a
    department renamed was never merged, and a letter must not say it was (clerk15 F5)."""
    if heir_id is None or not taken:
        return keys[0]
    return keys[1] if all(renamed_as(units, u, heir_id) for u in taken) else keys[0]
