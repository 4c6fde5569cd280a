"""`carried_from` names a target of another plan of the workspace: checked by `cds validate`.

A target carried over keeps `carried_from: 2023/II.4` (the plan, as its folder under plans/ is
named, and the target). Whether that target exists is a fact about the *workspace*, not about one
file, so it is not one of `rules.RULES` (which every command runs on one registry, and whose
result is cached by that file's bytes): `cds validate` asks it of a registry that passed them,
reading only the target ids of the plans named. What can be checked is checked: a reference to
the target itself, a plan the workspace does not have, a target that plan does not have. A
registry outside a workspace (`--registry PATH`, data/phu_luc_01.yaml) has no plan name and no
other plans beside it: its `carried_from` is not checked (docs/registry-format.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cds_tracker.core.errors import Finding, Problem, msg
from cds_tracker.core.records import Registry
from cds_tracker.core.text import did_you_mean
from cds_tracker.registry.unit_changes import PLANS, REGISTRY_NAME


def carried_from_problems(path: Path, registry: Registry, display: str) -> tuple[Problem, ...]:
    """The located problems of the `carried_from` references of the registry at `path`."""
    if path.name != REGISTRY_NAME or path.parent.parent.name != PLANS:
        return ()  # not a plan of a workspace: nothing to check against
    own = path.parent.name
    plans = path.parent.parent
    ids: dict[str, set[str] | None] = {own: {t.id for g in registry.groups for t in g.targets}}
    findings: list[Finding] = []
    for g, group in enumerate(registry.groups):
        for t, target in enumerate(group.targets):
            if target.carried_from is None:
                continue
            where = ("groups", g, "targets", t, "carried_from")
            plan, _, target_id = target.carried_from.partition("/")
            if plan not in ids:
                ids[plan] = _target_ids(plans / plan / REGISTRY_NAME)
            found = _problem(target.id, target.carried_from, own, plan, target_id, ids[plan])
            if found is not None:
                message, hint = found
                findings.append(Finding(where, message, hint, target=target.id))
    if not findings:
        return ()
    from cds_tracker.registry.loading import locate
    from cds_tracker.registry.yamlio import decode

    return locate(findings, decode(path.read_bytes()), display)


def _problem(
    target: str, origin: str, own: str, plan: str, wanted: str, ids: set[str] | None
) -> tuple[Any, Any] | None:
    if plan == own and wanted == target:
        return msg("rule.carried_from_self", target=target), msg("rule.hint.carried_from")
    if ids is None:
        return msg("rule.carried_from_no_plan", origin=origin, plan=plan), msg(
            "rule.hint.carried_from_plan", plan=plan
        )
    if ids is not _UNREAD and wanted not in ids:
        return (
            msg("rule.carried_from_no_target", origin=origin, plan=plan, target=wanted),
            did_you_mean(wanted, sorted(ids)) or msg("rule.hint.carried_from"),
        )
    return None


def _target_ids(path: Path) -> set[str] | None:
    """The target ids of the plan at `path`; None when there is no such plan. A plan that is
    there but cannot be read is not checked against (`_UNREAD`): validating it says why."""
    from cds_tracker.core.files import read_regular
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    if not path.exists():
        return None
    try:
        data = parse(decode(read_regular(path)))
    except (OSError, YamlFault):
        return _UNREAD
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, list):
        return _UNREAD
    return {
        str(target["id"])
        for group in groups
        if isinstance(group, dict) and isinstance(group.get("targets"), list)
        for target in group["targets"]
        if isinstance(target, dict) and "id" in target
    }


_UNREAD: set[str] = set()  # the ids of a plan that cannot be read: not checked (one object)
