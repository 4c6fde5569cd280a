"""Carry-over: the unfinished targets of one plan, proposed as entries of the next.

Each proposed target keeps its texts and units as written, and says where it came from
(`carried_from: 2023/II.4`). A deadline that falls before the new plan's year would make the
target late the day it is carried: it becomes the new plan's last month, "Tháng 12/2024" (or the
month the user gives); an ongoing target, or one due within the new plan's year, keeps its own.
It joins the next plan's group of the same name as offices write names (`group_key`: case,
diacritics, spacing, the numbering "I." / "1." / "Nhóm II:" and lead-ins such as "Chỉ tiêu về",
"Nhóm chỉ tiêu", "Lĩnh vực" ignored: "I. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ" is 2023's "Chính quyền
số"), never a group merely sharing its numeral: plans number their groups differently ("I. Chính
quyền số" in 2024 is not 2023's "I. Dữ liệu số"). The user may say where a group goes
(`--group OLD=NEW`, `chosen`): a name no rule can match ("Dữ liệu số" into "Chính quyền số").
A name the new plan lacks becomes a new group at the end, with the next free numeral and the old
name. It takes the group's next free number. A target already carried is not proposed again, so
running carry-over twice changes nothing.

Units change between plans (a ward merged, a department renamed): a named unit that no longer
exists on the first day of the new plan's year is replaced by the unit that answers for it that
day (registry/succession.heir, the rule of validate and of every query). The cell's text is kept
as written but for the name of that unit, which becomes its successor's name (after the
official's title, if the cell names one: "Trưởng phòng Kinh tế" → "Trưởng phòng Kinh tế, Hạ
tầng và Đô thị"), and `units` lists the successor's id: `validate` asks that the text name
exactly the listed units, so changing only the ids would leave the plan invalid, and the old
text stays in the origin plan (`carried_from`) for anyone who wants it. Two old units that became
one are listed once. A collective is kept: it stands for the members of each day.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cds_tracker.core.dates import Due, YearDay, YearMonth
from cds_tracker.core.field_types import ROLES
from cds_tracker.core.records import REVISION_HISTORY
from cds_tracker.core.text import nfc
from cds_tracker.questions.carry_left import LeftOut
from cds_tracker.questions.tracker import Tracker
from cds_tracker.registry.group_names import group_key as group_key  # re-exported
from cds_tracker.registry.restated import (
    Key,
    restatement,
    restating,
    retelling,
    same_words,
    targets_of,
)
from cds_tracker.registry.unit_wordings import split_portfolio

if TYPE_CHECKING:
    from cds_tracker.core.records import Unit
    from cds_tracker.registry.units import UnitIndex, UnitRef

_ROMAN = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"))
FINISHED = ("done", "done_late", "carried_over", "cancelled")  # nothing left to carry


@dataclass(frozen=True)
class Proposal:
    origin: str  # "2023/II.4"
    status: str  # its status in the old plan, as of the day asked
    group_id: str  # the group it joins in the new plan
    group_title: str
    new_group: bool
    target: dict[str, Any]  # the new entry, in the shape of the registry
    unknown_units: tuple[str, ...] = field(default=())
    old_deadline: str | None = None  # the deadline text it had, when it is given a new one
    moved: tuple[tuple[str, str], ...] = field(default=())  # (unit, its successor) replaced
    # the new plan's own dated targets of the same words and lead (registry/restated.py
    # `same_words`): carried all the same, but the preview warns (clerk 18, C1)
    retold: tuple[str, ...] = field(default=())


def propose(
    source: Tracker,
    source_name: str,
    destination: dict[str, Any],
    as_of: dt.date,
    deadline: Due | None = None,
    catalog: UnitIndex | None = None,
    chosen: Mapping[str, str] | None = None,
) -> list[Proposal]:
    """`propose_all`'s targets to carry, without those it leaves in the old plan."""
    return propose_all(source, source_name, destination, as_of, deadline, catalog, chosen)[0]


def propose_all(
    source: Tracker,
    source_name: str,
    destination: dict[str, Any],
    as_of: dt.date,
    deadline: Due | None = None,
    catalog: UnitIndex | None = None,
    chosen: Mapping[str, str] | None = None,
    skip: Collection[str] = (),
) -> tuple[list[Proposal], list[LeftOut]]:
    """The targets of `source` unfinished on `as_of`, as entries of `destination` (a registry's
    data); `deadline` replaces a deadline before the new plan's year (default: its December).
    `catalog`: the new plan's units, the workspace's unit changes applied; a unit gone before
    the new plan's year is replaced by the one answering for it then (none: kept as written).
    `chosen`: an origin group's id → the destination group (id or name) the user sent it to.
    With the unfinished targets left in the old plan (questions/carry_left.py): those the new
    plan already lists, and those the user named (`skip`: ids in the old plan)."""
    from cds_tracker.registry.importing.writing import target_data

    year = int(destination["document"]["year"])
    new_deadline: Due = deadline or YearMonth(year, 12)
    groups: list[dict[str, Any]] = [dict(g) for g in destination.get("groups") or ()]
    numbers = {g["id"]: [t["number"] for t in g.get("targets") or ()] for g in groups}
    existing = set(numbers)
    carried = {t.get("carried_from") for g in groups for t in g.get("targets") or ()}
    known = {u["id"] for u in (destination.get("catalog") or {}).get("units") or ()}
    if catalog is not None:
        known |= set(catalog.units)
    proposals: list[Proposal] = []
    left: list[LeftOut] = []
    restated: dict[Key, tuple[str, ...]] | None = None  # the new plan's ongoing targets, read once
    retold: dict[Key, tuple[str, ...]] | None = None  # its dated ones, read once
    for row in source.rows(as_of):
        origin = f"{source_name}/{row.target.id}"
        if row.status.code in FINISHED or origin in carried or row.target.carried_to:
            continue  # carried_to: it has left (to another plan) even if --as-of is before that
        data = target_data(row.target)
        for key in REVISION_HISTORY:  # the old plan's revisions (printed number, added day,
            data.pop(key, None)  # cells replaced): the new plan starts from the text in force
        replaced = _answering(data, catalog, dt.date(year, 1, 1)) if catalog else ()
        restated = restating(targets_of(destination)) if restated is None else restated
        at = None if row.target.id in skip else restatement(data)
        same = () if at is None else restated.get(at, ())
        if row.target.id in skip or same:  # the new plan lists it, or the user leaves it
            left.append(LeftOut(origin, row.status.code, str(data["content"]), same))
            continue
        wanted = (chosen or {}).get(row.group.id)
        group = _group_for(groups, row.group.title if wanted is None else wanted)
        new_group = group["id"] not in existing  # a group this carry-over adds
        taken = numbers.setdefault(group["id"], [])
        number = max(taken, default=0) + 1
        taken.append(number)
        data.update({"id": f"{group['id']}.{number}", "number": number, "carried_from": origin})
        old = row.target.deadline
        moved = old.month is not None and old.month.year < year  # late on its first day
        if moved:
            data["deadline"] = _deadline(new_deadline)
        units = {u for role in ("directing", "lead", "cooperating") for u in data[role]["units"]}
        unknown = tuple(sorted(units - known))
        status, title = row.status.code, group["title"]
        was = old.text if moved else None
        retold = retelling(targets_of(destination)) if retold is None else retold
        words = same_words(data)  # its leads the heirs carry-over names, as `restatement`
        alike = () if words is None else retold.get(words, ())
        proposals.append(
            Proposal(
                origin, status, group["id"], title, new_group, data, unknown, was, replaced, alike
            )
        )
    return proposals, left


def _answering(
    data: dict[str, Any], catalog: UnitIndex, day: dt.date
) -> tuple[tuple[str, str], ...]:
    """Each named unit of the three cells replaced, in place, by its heir on `day` (the new
    plan's first day); the (unit, heir) pairs replaced, each once."""
    from cds_tracker.registry.succession import heir

    units = catalog.units
    moved: dict[str, str] = {}
    for role in ROLES:
        cell = data[role]
        after = {u: _heir_of(units, u, day, heir) for u in cell["units"]}
        if all(u == a for u, a in after.items()):
            continue
        moved.update((u, a) for u, a in after.items() if u != a)
        cell["text"] = _renamed_cell(str(cell["text"]), catalog, after)
        cell["units"] = list(dict.fromkeys(after[u] for u in cell["units"]))
    return tuple(moved.items())


def _heir_of(units: Mapping[str, Unit], unit_id: str, day: dt.date, heir: Any) -> str:
    unit = units.get(unit_id)
    if unit is None or unit.is_collective:
        return unit_id  # unknown (reported as such) or a collective: the members of each day
    found: str = heir(units, unit_id, day)
    return found if found in units else unit_id


def _renamed_cell(text: str, catalog: UnitIndex, after: Mapping[str, str]) -> str:
    """`text` with each name of a unit in `after` replaced by its heir's name, the separators
    and everything else as written; a unit named twice (two wards that became one) once."""
    text = nfc(text)
    refs = catalog.resolve(text).refs
    out, cursor, emitted = "", 0, False
    seen: set[str] = set()
    for ref in refs:
        at = text.find(ref.text, cursor)
        if at < 0:  # cannot happen: a ref is a slice of the text, in order
            return text
        gap, cursor = text[cursor:at], at + len(ref.text)
        unit_id = after.get(ref.unit_id, ref.unit_id)
        if unit_id in seen:
            kept = gap.strip(" \t\n;,")  # anything but separators (text no name covers) stays
            out += gap if kept and kept != "và" else ""
            continue
        seen.add(unit_id)
        said = ref.text if unit_id == ref.unit_id else _named(ref, catalog.name(unit_id))
        out += (gap if emitted else text[:at]) + said
        emitted = True
    return out + text[cursor:]


def _named(ref: UnitRef, name: str) -> str:
    """`name` as the cell would write it: after the official's title ("Trưởng phòng …" keeps
    its lowercase "phòng"), with what comes before the title as written ("Đ/c ", "Ông Lê Văn
    C, ") and the portfolio after the unit ("… phụ trách khối"); else the catalog's name."""
    if ref.official is None:
        return name
    head, portfolio = split_portfolio(ref.text)
    at = head.rfind(ref.official)  # the title is the last thing before the unit's name
    if at < 0:  # a title read without diacritics or with its spaces evened out
        return f"{ref.official} {name}{portfolio}"
    rest = head[at + len(ref.official) :].lstrip()
    if rest[:1].islower():
        name = name[:1].lower() + name[1:]
    return f"{head[:at]}{ref.official} {name}{portfolio}"


def _deadline(due: Due) -> dict[str, str]:
    """A deadline as the appendix writes one: "Tháng 12/2024", due 2024-12; a day "Trước ngày
    15/10/2024", due 2024-10-15 (registry/importing/deadline_cells.py reads it back so)."""
    if isinstance(due, YearDay):
        return {"text": f"Trước ngày {due.display()}", "due": due.iso()}
    return {"text": f"Tháng {due.month}/{due.year}", "due": due.iso()}


def find_group(groups: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    """The group whose id is `name` ("I"), else the first of the same name (`group_key`)."""
    wanted = name.strip()
    for group in groups:
        if str(group.get("id")) == wanted.upper() and _ID.match(wanted):
            return group
    key = group_key(wanted)
    return next((g for g in groups if group_key(str(g.get("title", ""))) == key), None)


def _group_for(groups: list[dict[str, Any]], title: str) -> dict[str, Any]:
    """The destination group of the same name, else a new one at the end numbered next free."""
    found = find_group(groups, title)
    if found is not None:
        return found
    used = {g.get("id") for g in groups}
    new_id = next(r for r in map(_roman, itertools.count(1)) if r not in used)
    group = {"id": new_id, "title": title, "targets": []}
    groups.append(group)
    return group


_ID = re.compile(r"^[IVXLCivxlc]+$")


def is_numeral(name: str) -> bool:
    """Whether `name` is written as a group's numeral ("VI", "vi"), not a group's name."""
    return _ID.match(name.strip()) is not None


def _roman(number: int) -> str:
    """1 → "I", 14 → "XIV", 15 → "XV": a group's numeral (registry ids allow I…C)."""
    out = ""
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out += letters * count
    return out + "I" * number
