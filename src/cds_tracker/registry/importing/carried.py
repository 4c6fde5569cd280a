"""The targets of an appendix's carried part, given this plan's ids and groups.

`cds export` prints the targets carried from an earlier plan after the plan's own table, under
"Chỉ tiêu chuyển tiếp từ năm 2023", each numbered as that plan prints it ("I.1 (2023)"): not
numbers of this plan. Read back, each is a target with `carried_from: 2023/I.1`; its id and
group are those `cds carry-over` gave it in the plan the table is of, found by that origin: the
workspace's plan of the table's year (`Places`), else the registry in use. So `cds import` and
`cds diff 2023 KH-2024.docx` (whose table is read against the 2023 catalogue) place it alike,
whichever plan is in use (attack 16, a16_05: the diff numbered 2023's I.1 as the 2024 table's
I.3, the import as II.1). A target neither holds goes to the group of its origin's numeral under
the next free number, as carry-over would number it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from cds_tracker.registry.importing.appendix import CellProblem, all_targets

if TYPE_CHECKING:
    from cds_tracker.core import records
    from cds_tracker.registry.importing.appendix import Parsed

Origins = Callable[[int], "frozenset[str] | None"]
# origin ("2023/I.1") → (group id, group title, id, number) of the target carried from it;
# group id → title: where a plan placed its carried targets
Held = tuple[dict[str, tuple[str, str, str, int]], dict[str, str]]
# a year → `Held` of the workspace's plan of that year (None: no such plan, or unreadable)
Places = Callable[[int], "Held | None"]


def held_in(groups: Iterable[Any]) -> Held:
    """Where the registry data `groups` (as phu_luc_01.yaml has them) placed its carried
    targets, and its groups' titles. Anything not shaped as a registry's is passed over."""
    held: dict[str, tuple[str, str, str, int]] = {}
    titles: dict[str, str] = {}
    for group in groups:
        if not isinstance(group, dict):
            continue
        group_id, title = str(group.get("id", "")), str(group.get("title") or "")
        titles[group_id] = title
        targets = group.get("targets")
        for t in targets if isinstance(targets, list) else ():
            origin = t.get("carried_from") if isinstance(t, dict) else None
            if origin is not None:
                number = t.get("number")
                number = number if isinstance(number, int) and not isinstance(number, bool) else 0
                held[str(origin)] = (group_id, title, str(t.get("id", "")), number)
    return held, titles


def place_carried(
    parsed: Parsed,
    base: records.Registry,
    year: int = 0,
    origins: Origins | None = None,
    places: Places | None = None,
) -> tuple[str, ...]:
    """Each carried target into `parsed.groups` under its id (places and problems renamed from
    its origin to it); returns the ids given, in the part's order. An origin of this plan's
    `year` or later, or one its plan (`origins`: a year → its targets' ids, None when no such
    plan is at hand) does not hold, is a problem at its number's cell (`_origin_known`). Ids and
    groups: those of the plan of `year` (`places`), else the base's."""
    for target, _ in parsed.carried:
        _origin_known(parsed, str(target["carried_from"]), base, year, origins)
    found = places(year) if places is not None and year and parsed.carried else None
    held, titles = found or held_in(
        {"id": g.id, "title": g.title, "targets": [_placed(t) for t in g.targets]}
        for g in base.groups
    )
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


def _placed(target: records.Target) -> dict[str, Any]:
    return {"id": target.id, "number": target.number, "carried_from": target.carried_from}


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
