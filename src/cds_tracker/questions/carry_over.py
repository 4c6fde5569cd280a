"""Carry-over: the unfinished targets of one plan, proposed as entries of the next.

Each proposed target keeps its texts and units as written, and says where it came from
(`carried_from: 2023/II.4`). A deadline that falls before the new plan's year would make the
target late the day it is carried: it becomes the new plan's last month, "Tháng 12/2024" (or the
month the user gives); an ongoing target, or one due within the new plan's year, keeps its own.
It joins the next plan's group of the same title (else a group of the same numeral, created if
need be) with the next free number. A target already carried is not proposed again, so running
carry-over twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cds_tracker.core.dates import YearMonth
from cds_tracker.core.text import fold
from cds_tracker.questions.queries import Tracker

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
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


def propose(
    source: Tracker,
    source_name: str,
    destination: dict[str, Any],
    as_of: dt.date,
    deadline: YearMonth | None = None,
) -> list[Proposal]:
    """The targets of `source` unfinished on `as_of`, as entries of `destination` (a registry's
    data); `deadline` replaces a deadline before the new plan's year (default: its December)."""
    from cds_tracker.registry.importing.writing import target_data

    year = int(destination["document"]["year"])
    new_deadline = deadline or YearMonth(year, 12)
    groups: list[dict[str, Any]] = [dict(g) for g in destination.get("groups") or ()]
    numbers = {g["id"]: [t["number"] for t in g.get("targets") or ()] for g in groups}
    carried = {t.get("carried_from") for g in groups for t in g.get("targets") or ()}
    known = {u["id"] for u in (destination.get("catalog") or {}).get("units") or ()}
    proposals: list[Proposal] = []
    for row in source.rows(as_of):
        origin = f"{source_name}/{row.target.id}"
        if row.status.code in FINISHED or origin in carried:
            continue
        group = _group_for(groups, row.group.id, row.group.title)
        new_group = group["id"] not in numbers
        taken = numbers.setdefault(group["id"], [])
        number = max(taken, default=0) + 1
        taken.append(number)
        data = target_data(row.target)
        data.update({"id": f"{group['id']}.{number}", "number": number, "carried_from": origin})
        old = row.target.deadline
        moved = old.month is not None and old.month.year < year  # late on its first day
        if moved:
            data["deadline"] = _deadline(new_deadline)
        units = {u for role in ("directing", "lead", "cooperating") for u in data[role]["units"]}
        unknown = tuple(sorted(units - known))
        status, title = row.status.code, group["title"]
        was = old.text if moved else None
        proposals.append(
            Proposal(origin, status, group["id"], title, new_group, data, unknown, was)
        )
    return proposals


def _deadline(month: YearMonth) -> dict[str, str]:
    """A deadline as the appendix writes one: "Tháng 12/2024", due 2024-12."""
    return {"text": f"Tháng {month.month}/{month.year}", "due": month.iso()}


def _group_for(groups: list[dict[str, Any]], group_id: str, title: str) -> dict[str, Any]:
    """The destination group of the same title, else of the same numeral, else a new one."""
    for group in groups:
        if fold(str(group.get("title", ""))) == fold(title):
            return group
    for group in groups:
        if group.get("id") == group_id:
            return group
    used = {g.get("id") for g in groups}
    new_id = group_id if group_id not in used else next(r for r in _ROMAN if r not in used)
    group = {"id": new_id, "title": title, "targets": []}
    groups.append(group)
    return group
