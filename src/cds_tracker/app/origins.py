"""What the plans that targets were carried from print, for the documents that cite them.

A carried target (`carried_from: 2023/II.4`) is cited in a letter, a report or an appendix by its
origin (output/carried.py): the origin plan's reference, its year, and the number its plan in
force prints the target under. Those are read here from the workspace's other registries (only
their `document` and target ids: a check of them is `cds validate`'s, not a letter's). A plan
that is not there or cannot be read is left out; the documents then cite the target by what
`carried_from` says (docs/documents.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.core.dates import try_parse_date
from cds_tracker.core.records import Plan, Registry, Target
from cds_tracker.output.carried import Origin, Origins, origin_plans
from cds_tracker.registry.plan_names import folder_of
from cds_tracker.registry.unit_changes import PLANS, REGISTRY_NAME

if TYPE_CHECKING:
    from cds_tracker.progress.carried_away import Hop, Onward
    from cds_tracker.questions.came_from import Came
    from cds_tracker.registry.importing.carried import Held


def origins_of(path: Path, registry: Registry) -> Origins:
    """The origin plans of the carried targets of the registry at `path` (a plan of a
    workspace: plans/<name>/phu_luc_01.yaml), by plan name."""
    names = origin_plans(t for g in registry.groups for t in g.targets)
    if not names or path.name != REGISTRY_NAME or path.parent.parent.name != PLANS:
        return {}
    return origins_named(path.parent.parent, names)


def origins_named(plans: Path, names: list[str]) -> Origins:
    """The plans named (folders under `plans/`), and those their carried targets came from:
    what `cds carry-over --from 2024` cites the targets it proposes by, before any is carried
    (`origins_of` for a registry that carries them already)."""
    names = list(names)
    found: dict[str, Origin] = {}
    asked = set(names)
    while names:  # a target carried on twice: the plan it came from came from another
        name = names.pop(0)
        folder = folder_of(plans, name)  # its name in NFC (registry/plan_names.py)
        origin = None if folder is None else _read(folder / REGISTRY_NAME)
        if origin is None:
            continue
        found[name] = origin
        further = {value.partition("/")[0] for value in origin.carried.values()} - asked
        asked |= further
        names += sorted(further)
    return found


def _read(path: Path) -> Origin | None:
    """The origin plan at `path`, from the cache when it holds what these exact bytes say: a
    terminal table (`due`, `late`) cites carried targets by their origin too, and a warm
    query parses no YAML (the cache is only a faster next run: any doubt reads the file)."""
    from cds_tracker.app import cache
    from cds_tracker.core.files import read_regular

    try:
        raw = read_regular(path)
    except OSError:
        return None
    digest = cache.digest(raw)
    stored: Any = cache.load_strings(path, ORIGIN_KEY) if cache.enabled() else None
    if stored is not None and _valid(stored) and stored[0] == digest:
        return Origin(*stored[1:])
    found = _parse(raw)
    if found is not None and cache.enabled():
        from cds_tracker.app.cache_writes import save_strings

        save_strings(path, ORIGIN_KEY, [digest, *found])
    return found


ORIGIN_KEY = "origin"  # the cache's name for what `_parse` read of an origin plan


def _valid(stored: Any) -> bool:
    """[digest, cited, year, printed, carried, left, sent, due], as `_read` stores it (one
    stored before `sent` or `due` was is read again)."""
    return (
        type(stored) is list
        and len(stored) == 8
        and all(type(stored[i]) is str for i in (0, 1))
        and type(stored[2]) is int
        and all(
            type(m) is dict and all(type(k) is str and type(v) is str for k, v in m.items())
            for m in stored[3:]
        )
    )


def _parse(raw: bytes) -> Origin | None:
    from cds_tracker.output.reminders import plan_reference
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    try:
        data = parse(decode(raw))
    except (YamlFault, UnicodeError):
        return None
    document = data.get("document") if isinstance(data, dict) else None
    if not isinstance(document, dict) or not isinstance(document.get("year"), int):
        return None
    revisions = document.get("revisions")
    cited = plan_reference(
        _plan(document.get("plan")),
        _text(document.get("issuer")),
        [_plan(r) for r in revisions] if isinstance(revisions, list) else [],
    )
    groups = data.get("groups")
    targets = [
        t
        for g in (groups if isinstance(groups, list) else [])
        if isinstance(g, dict) and isinstance(g.get("targets"), list)
        for t in g["targets"]
        if isinstance(t, dict) and "id" in t
    ]
    left = {str(t["id"]): _day(t.get("carried_on")) for t in targets if t.get("carried_to")}
    return Origin(
        cited,
        document["year"],
        _field(targets, "printed"),
        _field(targets, "carried_from"),
        {k: v for k, v in left.items() if v},
        _field(targets, "carried_to"),
        _dues(targets),
    )


def with_carry_days(path: Path, registry: Registry, origins: Origins | None = None) -> Registry:
    """The registry of a plan of a workspace with each carried target among its targets only
    from the day after it was carried (its origin's `carried_on`, the origin's last day for it:
    `Target.closed`), as a revision's added target is (`Target.added_by`): up to that day the
    origin plan follows it, so that a target counts in exactly one plan on any day (`plans`,
    `report --all-plans`, `late --all-plans` …). The same registry when it carries nothing, or
    its origins cannot be read. `origins`: `origins_of`, when read already."""
    days = arrivals(path, registry, origins)
    if not days:
        return registry

    def entered(target: Target) -> Target:
        day = days.get(target.id) if target.added is None else None
        return target._replace(added=day) if day else target

    groups = tuple(g._replace(targets=tuple(map(entered, g.targets))) for g in registry.groups)
    return registry._replace(groups=groups)


def arrivals(path: Path, registry: Registry, origins: Origins | None = None) -> dict[str, str]:
    """Carried target's id → the day it joined the plan at `path` (yyyy-mm-dd: the day after
    its carry day in the plan it came from); none for a target whose origin cannot be read. The
    one reading of it: the queries (`with_carry_days`) and the writes (`progress add`, a form's
    import: from that day the plan takes its reports, progress/new_entry.py) share it."""
    carried = [t for g in registry.groups for t in g.targets if t.carried_from and not t.added]
    if origins is None:
        origins = origins_of(path, registry) if carried else {}
    found = {}
    for target in carried:
        plan, _, origin_id = str(target.carried_from).partition("/")
        origin = origins.get(plan)
        day = origin.left.get(origin_id) if origin is not None else None
        if day:
            found[target.id] = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    return found


def departures(path: Path, registry: Registry) -> dict[str, str]:
    """Ongoing target carried away from the plan at `path` → the first day (yyyy-mm-dd) the plan
    it went to takes its reports, when that is on or before its carry day: the window its
    arrival falls in is that plan's whole (carried on 20/11/2023: from 15/11/2023), and its
    first window (15/12 of the year before its own) is the one a report of 20/12/2023 answers, so
    from then the new plan takes them (progress/carried_away.py `taken_from`) and this one no
    longer does (progress/carried_ahead.py; clerk20 F1). Nothing read for a plan that carried
    no ongoing target; none for a plan that cannot be read (its own check says why)."""
    from cds_tracker.progress.carried_away import taken_from
    from cds_tracker.questions.periods import plan_start

    away = [
        t
        for g in registry.groups
        for t in g.targets
        if t.carried_to and t.carried_on and t.deadline.ongoing
    ]
    if not away or path.name != REGISTRY_NAME or path.parent.parent.name != PLANS:
        return {}
    names = sorted({str(t.carried_to).partition("/")[0] for t in away})
    plans = origins_named(path.parent.parent, names)
    found = {}
    for target in away:
        plan = plans.get(str(target.carried_to).partition("/")[0])
        if plan is None:
            continue
        last = dt.date.fromisoformat(str(target.carried_on))
        arrival = (last + dt.timedelta(days=1)).isoformat()
        first = taken_from(plan_start(plan.year), arrival, target.reporting)
        if first <= last:
            found[target.id] = first.isoformat()
    return found


def earlier_plans(path: Path, registry: Registry) -> dict[str, tuple[Hop, ...]]:
    """Carried target's id → the plans it was in before this one, the one it came from first
    (progress/carried_away.py `Hop`): a target carried twice takes a report dated before both
    carries in the plan that held it on that day, and `progress add` names that plan at once
    (attack 19, a19_03). The chain stops at a plan that cannot be read."""
    from cds_tracker.progress.carried_away import Hop
    from cds_tracker.questions.periods import plan_start

    carried = [t for g in registry.groups for t in g.targets if t.carried_from and not t.added]
    origins = origins_of(path, registry) if carried else {}
    found: dict[str, tuple[Hop, ...]] = {}
    for target in carried:
        hops: list[Hop] = []
        for plan, there, origin in _back(str(target.carried_from), origins):
            before, _, before_id = origin.carried.get(there, "").partition("/")
            left = origins[before].left.get(before_id, "") if before in origins else ""
            hops.append(Hop(plan, there, _arrival(left) if left else "", plan_start(origin.year)))
        if hops:  # one carry too: its first plan's start (progress/carried_away.py `carried_in`)
            found[target.id] = tuple(hops)
    return found


def later_plans(path: Path, registry: Registry) -> dict[str, tuple[Onward, ...]]:
    """Target carried away's id → the plans it went to from the plan at `path`, the one its
    `carried_to` names first, each with the day it arrived there (progress/carried_away.py
    `Onward`): a target carried on again takes a report dated after both carries in the plan
    that follows it on that day, and `progress add`, a form's import and `validate` name that
    plan at once (fix13k), as `earlier_plans` follows a chain the other way. The chain stops
    at a plan that cannot be read, or at its carry day unknown."""
    from cds_tracker.progress.carried_away import Onward

    away = [t for g in registry.groups for t in g.targets if t.carried_to and t.carried_on]
    if not away or path.name != REGISTRY_NAME or path.parent.parent.name != PLANS:
        return {}
    read: dict[str, Origin | None] = {}
    found: dict[str, tuple[Onward, ...]] = {}
    for target in away:
        value, left = str(target.carried_to), str(target.carried_on)
        legs: list[Onward] = []
        while value and left and len(legs) <= len(read) + 1:  # a loop by hand ends too
            plan, _, there = value.partition("/")
            legs.append(Onward(plan, there, _arrival(left)))
            if plan not in read:
                folder = folder_of(path.parent.parent, plan)
                read[plan] = None if folder is None else _read(folder / REGISTRY_NAME)
            origin = read[plan]
            if origin is None:
                break
            value, left = origin.sent.get(there, ""), origin.left.get(there, "")
        if len(legs) > 1:
            found[target.id] = tuple(legs)
    return found


def earlier_dues(
    path: Path, registry: Registry, origins: Origins | None = None
) -> dict[str, tuple[Came, ...]]:
    """Carried target's id → the plans it was in before this one, each with its deadline there
    and the day it left it for the next (questions/status.py `Came`): a part finished in a plan
    before the target came here (copied by carry-over, dated the day it was done) keeps on time
    or late by that plan's deadline, as that plan says it (clerk21 F2). The chain stops at a
    plan that cannot be read, or whose carry day is unknown. `origins`: `origins_of`, when
    read already."""
    from cds_tracker.questions.came_from import Came

    carried = [t for g in registry.groups for t in g.targets if t.carried_from and not t.added]
    if origins is None:
        origins = origins_of(path, registry) if carried else {}
    found: dict[str, tuple[Came, ...]] = {}
    for target in carried:
        hops: list[Came] = []
        for _plan, there, origin in _back(str(target.carried_from), origins):
            left = origin.left.get(there, "")
            if not left:
                break
            hops.append(Came(str(origin.year), origin.due.get(there, ""), _arrival(left)))
        if hops:
            found[target.id] = tuple(hops)
    return found


def _back(value: str, origins: Origins) -> Iterator[tuple[str, str, Origin]]:
    """The plans a `carried_from` chain ("2024/I.6", then what 2024's I.6 came from, …) runs
    back through, each (plan, its id of the target, what was read of it), to the first plan
    that cannot be read: one walk for `earlier_plans` and `earlier_dues`. A loop written by
    hand ends after as many steps as there are plans."""
    steps = 0
    while value and steps <= len(origins):
        plan, _, there = value.partition("/")
        origin = origins.get(plan)
        if origin is None:
            return
        yield plan, there, origin
        steps += 1
        value = origin.carried.get(there, "")


def _arrival(left: str) -> str:
    """The day after a carry day (both yyyy-mm-dd): the new plan's first for the target."""
    return (dt.date.fromisoformat(left) + dt.timedelta(days=1)).isoformat()


def carried_origins(path: Path, registry: Registry) -> Origins:
    """`origins_of`, or nothing read at all for a registry that carries no target (most):
    what a terminal table needs to cite carried targets as the documents do."""
    if not any(t.carried_from for g in registry.groups for t in g.targets):
        return {}
    return origins_of(path, registry)


def _field(targets: list[dict[str, Any]], name: str) -> dict[str, str]:
    """Target id → the text of `name`, for the targets that have one."""
    return {str(t["id"]): t[name] for t in targets if isinstance(t.get(name), str) and t[name]}


def _dues(targets: list[dict[str, Any]]) -> dict[str, str]:
    """Target id → its deadline's `due` as written (yyyy-mm, yyyy-mm-dd, ongoing), for those
    that have one: what a part finished there was judged against (`earlier_dues`)."""
    found = {}
    for t in targets:
        deadline = t.get("deadline")
        due = deadline.get("due") if isinstance(deadline, dict) else None
        if isinstance(due, dt.date):  # unquoted in YAML: its text, as `Deadline` reads it
            due = due.isoformat()
        if isinstance(due, str) and due:
            found[str(t["id"])] = due
    return found


def _plan(value: Any) -> Plan:
    found = value if isinstance(value, dict) else {}
    fields = ("reference", "number", "symbol", "date")
    reference, number, symbol, date = (_text(found.get(name)) for name in fields)
    return Plan(reference, number, symbol, date)


def _day(value: Any) -> str:
    """A `carried_on` as written (dd/mm/yyyy, yyyy-mm-dd, a YAML date), as yyyy-mm-dd; "" if
    none can be read (`validate` says so)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    day = try_parse_date(value) if isinstance(value, str) else None
    return day.isoformat() if day is not None else ""


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def workspace_targets(year: int) -> frozenset[str] | None:
    """The target ids of the workspace's plan of `year` (by its heading: plans/2023), for a
    carried part's origins; None without a workspace, such a plan, or a registry that reads
    as one."""
    groups = _workspace_groups(year)
    if groups is None:
        return None
    try:
        return frozenset(str(t.get("id")) for g in groups for t in g.get("targets") or ())
    except (AttributeError, TypeError):  # said by that plan's own commands
        return None


def workspace_places(year: int) -> Held | None:
    """Where the workspace's plan of `year` placed its carried targets (their ids and groups,
    as `cds carry-over` gave them): the ids a table of that plan's carried part is read under,
    by `cds import` and `cds diff` alike (registry/importing/carried.py); None as
    `workspace_targets`."""
    from cds_tracker.registry.importing.carried import held_in

    groups = _workspace_groups(year)
    return held_in(groups) if groups is not None else None


def _workspace_groups(year: int) -> list[Any] | None:
    """The `groups` of the workspace's plan of `year`, as its file writes them."""
    from cds_tracker.app.workspace import find_workspace, of_year, plans_in
    from cds_tracker.core.files import read_regular
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    folder = find_workspace(None)
    plan = of_year(plans_in(folder), year) if folder else None  # the one rule: workspace.py
    if plan is None:
        return None
    try:
        data = parse(decode(read_regular(plan.registry)))
    except (OSError, YamlFault, UnicodeError):  # said by that plan's own commands
        return None
    groups = data.get("groups") if isinstance(data, dict) else None
    return groups if isinstance(groups, list) else None
