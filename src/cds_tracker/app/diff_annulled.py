"""`cds diff`: the carried targets whose copy the new plan annulled since, said as such.

Carry-over annuls a copy it made when the old plan turns out to have finished the target by its
carry day (app/carry_withdrawn.py): the new plan keeps it, `cancelled` from the day it arrived,
counted nowhere. The diff listed it among the targets carried in, as if followed (attack23
a23-07); and the plan's Word or Excel table, which leaves an annulled row out, made it a target
"carried over, not listed on the new side" (a23-09): three answers for one plan. Both are moved
here to `Diff.carried_annulled`: from `carried_in` by the new side's own `cancelled`, from
`carried_out` by the copy in the workspace's plan the old target's `carried_to` names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cds_tracker.registry.diff import Diff


def annulled_carried(
    result: Diff, old: dict[str, Any], new: dict[str, Any], plans: Path | None
) -> None:
    """Move each carried target the new plan annulled since into `result.carried_annulled`:
    those of `carried_in` whose copy in `new` (the new side's data) is cancelled, and those of
    `carried_out` whose copy in the workspace's plan (`plans`, the `plans/` folder; None
    outside a workspace) is. Two plans compared the other way round (`backwards`: `old` the
    later plan), the mirror: those of `carried_old` into `carried_annulled_old`."""
    if result.backwards:
        later = {str(t.get("id")): t for t in _targets(old)}
        kept = []
        for target_id, origin in result.carried_old:
            day = _cancelled(later.get(target_id))
            if day:
                result.carried_annulled_old.append((target_id, origin, day))
            else:
                kept.append((target_id, origin))
        result.carried_old = kept
        return
    own = {str(t.get("id")): t for t in _targets(new)}
    kept_in = []
    for target_id, origin in result.carried_in:
        day = _cancelled(own.get(target_id))
        if day:
            result.carried_annulled.append((target_id, origin, day))
        else:
            kept_in.append((target_id, origin))
    result.carried_in = kept_in
    kept_out = []
    read: dict[str, dict[str, dict[str, Any]]] = {}
    for old_id, carried_to in result.carried_out:
        plan, _, there = carried_to.partition("/")
        if plans is not None and plan not in read:
            read[plan] = {str(t.get("id")): t for t in _targets(_plan_data(plans, plan))}
        copy = read.get(plan, {}).get(there)
        day = _cancelled(copy)
        if day and copy is not None and copy.get("carried_from"):
            result.carried_annulled.append((there, str(copy["carried_from"]), day))
        else:
            kept_out.append((old_id, carried_to))
    result.carried_out = kept_out
    result.carried_annulled.sort(key=lambda item: _order(item[0]))


def _cancelled(target: dict[str, Any] | None) -> str:
    """The day a target's `cancelled` says, as written ("" when it is not cancelled)."""
    value = target.get("cancelled") if isinstance(target, dict) else None
    return str(value) if value else ""


def _targets(data: Any) -> Iterator[dict[str, Any]]:
    """Every target of registry data, anything not shaped as one passed over."""
    groups = data.get("groups") if isinstance(data, dict) else None
    for group in groups if isinstance(groups, list) else ():
        targets = group.get("targets") if isinstance(group, dict) else None
        for target in targets if isinstance(targets, list) else ():
            if isinstance(target, dict):
                yield target


def _plan_data(plans: Path, name: str) -> Any:
    """The workspace's plan `name` as registry data; None when it is not there or unread
    (`cds validate` says why; the diff then says what the sides hold)."""
    from cds_tracker.core.files import read_regular
    from cds_tracker.registry.plan_names import folder_of
    from cds_tracker.registry.unit_changes import REGISTRY_NAME
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    folder = folder_of(plans, name)
    if folder is None:
        return None
    try:
        return parse(decode(read_regular(folder / REGISTRY_NAME)))
    except (OSError, YamlFault):
        return None


def _order(target_id: str) -> tuple[str, int]:
    """'I.2' before 'I.10': by group, then number."""
    group, _, number = target_id.partition(".")
    return (group, int(number) if number.isdigit() else 0)
