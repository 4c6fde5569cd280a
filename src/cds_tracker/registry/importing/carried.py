"""The targets of an appendix's carried part, given this plan's ids and groups.

`cds export` prints the targets carried from an earlier plan after the plan's own table, under
"Chỉ tiêu chuyển tiếp từ năm 2023", each numbered as that plan prints it ("I.1 (2023)"): not
numbers of this plan. Read back, each is a target with `carried_from: 2023/I.1`; its id and
group are those the registry in use gave it (`cds carry-over` chose them), found by that origin;
a target the registry does not hold goes to the group of its origin's numeral under the next free
number, as carry-over would number it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cds_tracker.registry.importing.appendix import CellProblem, all_targets

if TYPE_CHECKING:
    from cds_tracker.core import records
    from cds_tracker.registry.importing.appendix import Parsed

Origins = Callable[[int], "frozenset[str] | None"]


def place_carried(
    parsed: Parsed, base: records.Registry, year: int = 0, origins: Origins | None = None
) -> tuple[str, ...]:
    """Each carried target into `parsed.groups` under its id (places and problems renamed from
    its origin to it); returns the ids given, in the part's order. An origin of this plan's
    `year` or later, or one its plan (`origins`: a year → its targets' ids, None when no such
    plan is at hand) does not hold, is a problem at its number's cell (`_origin_known`)."""
    for target, _ in parsed.carried:
        _origin_known(parsed, str(target["carried_from"]), base, year, origins)
    held = {
        t.carried_from: (group.id, group.title, t.id, t.number)
        for group in base.groups
        for t in group.targets
        if t.carried_from is not None
    }
    titles = {group.id: group.title for group in base.groups}
    used = {t["id"] for t in all_targets(parsed.groups)}
    given: dict[str, str] = {}  # origin → id
    for target, place in parsed.carried:
        origin = str(target["carried_from"])
        group_id, title, kept, number = held.get(origin) or (
            origin.partition("/")[2].split(".")[0],
            "",
            "",
            0,
        )
        group = _group(parsed.groups, group_id, title or titles.get(group_id, ""))
        if not kept or kept in used:
            number = 1 + max(
                (int(i.rpartition(".")[2]) for i in used if _in(i, group_id)), default=0
            )
            kept = f"{group_id}.{number}"
        used.add(kept)
        given[origin] = kept
        group["targets"].append({"id": kept, "number": number, **_fields(target)})
        parsed.places[kept] = place
        if origin in parsed.cells:  # its cells said at its row, under the id it is given
            parsed.cells[kept] = parsed.cells.pop(origin)
    parsed.problems[:] = [_renamed(p, given) for p in parsed.problems]
    parsed.notes[:] = [_renamed(p, given) for p in parsed.notes]
    return tuple(given.values())


def _origin_known(
    parsed: Parsed, origin: str, base: records.Registry, year: int, origins: Origins | None
) -> None:
    """A hand-edited carried part: "I.4 (2025)" in the 2024 plan comes from no earlier plan;
    "I.9 (2023)" names a target the 2023 plan does not have. Each is marked at its number."""
    stated, _, code = origin.partition("/")
    table, row, col = parsed.numbers.get(origin, (0, 0, 1))
    values = {"origin": origin, "year": stated, "id": code, "plan_year": str(year)}
    if year and stated.isdigit() and int(stated) >= year:
        key = "import_carried_origin_future"
    else:
        ids = None
        if stated == str(base.document.year):
            ids = frozenset(str(t.id) for _, t in base.targets())
        elif origins is not None and stated.isdigit():
            ids = origins(int(stated))
        if ids is None or code in ids:
            return
        key = "import_carried_origin_unknown"
    parsed.problems.append(CellProblem(table, row, col, key, values, origin, "number"))


def _fields(target: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in target.items() if k not in ("id", "number")}


def _in(target_id: str, group_id: str) -> bool:
    prefix, _, number = target_id.rpartition(".")
    return prefix == group_id and number.isdigit()


def _group(groups: list[dict[str, Any]], group_id: str, title: str) -> dict[str, Any]:
    """The plan's group of that numeral; else a new one, titled as the registry in use titles
    it (the carried part prints no group rows)."""
    for group in groups:
        if group["id"] == group_id:
            return group
    group = {"id": group_id, "title": title, "targets": []}
    groups.append(group)
    return group


def _renamed(problem: CellProblem, given: dict[str, str]) -> CellProblem:
    if problem.target in given:
        return dataclasses.replace(problem, target=given[problem.target])
    return problem
