"""`carried_from` names a target of another plan of the workspace: checked by `cds validate`.

A target carried over keeps `carried_from: 2023/II.4` (the plan, as its folder under plans/ is
named, and the target). Whether that target exists is a fact about the *workspace*, not about one
file, so it is not one of `rules.RULES` (which every command runs on one registry, and whose
result is cached by that file's bytes): `cds validate` asks it of a registry that passed them,
reading only the target ids of the plans named. What can be checked is checked: a reference to
the target itself, a plan the workspace does not have, a target that plan does not have, and
that both ends name each other: the origin's `carried_to` names the new target and the new
target's `carried_from` the origin (one without the other is a carry-over stopped half-way). A
registry outside a workspace (`--registry PATH`, data/phu_luc_01.yaml) has no plan name and no
other plans beside it: its `carried_from` and `carried_to` are not checked against them
(docs/registry-format.md). One thing is checked everywhere: the plan a reference names must
be a name a hint can print (registry/plan_names.py, the rule a plan's folder meets), since
hints print it in the commands they give (`--plan 2024`): a registry synced from others with
`carried_to: "$(touch${IFS}PWNED)/I.1"` made a pasted hint run code (attack 16, a16_01), and
one with `2024<U+200B>` a hint naming no plan (a16_07).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cds_tracker.core.command_words import name_word  # "kh 2024" one word of the hint
from cds_tracker.core.errors import Finding, Problem, msg
from cds_tracker.core.records import Registry
from cds_tracker.core.text import did_you_mean
from cds_tracker.registry.plan_names import folders_of, own_name, unprintable_shown
from cds_tracker.registry.unit_changes import REGISTRY_NAME

# A plan's targets as this check needs them: id → (carried_from, carried_to, cancelled), ""
# when absent.
Targets = dict[str, tuple[str, str, str]]


def carried_from_problems(path: Path, registry: Registry, display: str) -> tuple[Problem, ...]:
    """The located problems of the `carried_from` and `carried_to` references of the registry
    at `path`: each must name a target, and the two ends of a carry-over must name each other.
    One end without the other is a carry-over stopped between its two writes (killed, power
    lost): the new plan written, the old one not marked yet. Running it again finishes it."""
    findings = _unprintable(registry)  # with a workspace or without
    own = own_name(path)  # NFC, as every reference is read (registry/plan_names.py)
    if own is None:  # not a plan of a workspace: nothing to check against
        return _located(findings, path, display)
    refused = {(f.target, f.path[-1]) for f in findings}  # each said once, for its name
    plans = path.absolute().parent.parent
    seen: dict[str, Targets | None] = {
        own: {
            t.id: (t.carried_from or "", t.carried_to or "", t.cancelled or "")
            for g in registry.groups
            for t in g.targets
        }
    }

    def targets(plan: str) -> Targets | None:
        if plan not in seen:
            folders = folders_of(plans, plan)
            seen[plan] = _targets(folders[0] / REGISTRY_NAME) if folders else None
            if len(folders) > 1:  # two of one name (NFC, NFD): said as passed over, not checked
                seen[plan] = _UNREAD
        return seen[plan]

    for g, group in enumerate(registry.groups):
        for t, target in enumerate(group.targets):
            if target.carried_from is not None and (target.id, "carried_from") not in refused:
                plan, _, wanted = target.carried_from.partition("/")
                ids = targets(plan)
                found = _problem(target.id, target.carried_from, own, plan, wanted, ids)
                if found is None and ids and plan != own and ids[wanted][1] != f"{own}/{target.id}":
                    found = _unmarked(target.carried_from, f"{own}/{target.id}", plan, own)
                if found is not None:
                    where = ("groups", g, "targets", t, "carried_from")
                    findings.append(Finding(where, *found, target=target.id))
            if target.carried_to is not None and (target.id, "carried_to") not in refused:
                found = _to_problem(f"{own}/{target.id}", target.carried_to, own, targets)
                if found is not None:
                    where = ("groups", g, "targets", t, "carried_to")
                    findings.append(Finding(where, *found, target=target.id))
                elif (copy := _cancelled_first(target, own, targets)) is not None:
                    where = ("groups", g, "targets", t, "cancelled")
                    findings.append(Finding(where, *copy, target=target.id))
    return _located(findings, path, display)


def _located(findings: list[Finding], path: Path, display: str) -> tuple[Problem, ...]:
    if not findings:
        return ()
    from cds_tracker.registry.loading import locate
    from cds_tracker.registry.yamlio import decode

    return locate(findings, decode(path.read_bytes()), display)


def _unprintable(registry: Registry) -> list[Finding]:
    """Each `carried_from`/`carried_to` whose plan is no name a hint can print (the rule of a
    plan's folder, registry/plan_names.py `unprintable`), at its line: no folder of that name
    is a plan, and the hints that name the plan would print it."""
    findings = []
    for g, group in enumerate(registry.groups):
        for t, target in enumerate(group.targets):
            for key in ("carried_from", "carried_to"):
                reference = getattr(target, key)
                plan = (reference or "").partition("/")[0]
                if reference is None or (chars := unprintable_shown(plan)) is None:
                    continue
                said = {"key": key, "reference": reference, "chars": chars}
                findings.append(
                    Finding(
                        ("groups", g, "targets", t, key),
                        msg("rule.carried_plan_unprintable", **said),
                        msg("rule.hint.carried_plan_unprintable", key=key),
                        target=target.id,
                    )
                )
    return findings


def _unmarked(origin: str, here: str, plan: str, own: str) -> tuple[Any, Any]:
    return (
        msg("rule.carried_from_unmarked", origin=origin, here=here),
        msg("rule.hint.carry_again", source=name_word(plan), destination=name_word(own)),
    )


def _to_problem(
    here: str, destination: str, own: str, targets: Callable[[str], Targets | None]
) -> tuple[Any, Any] | None:
    """A target marked carried to `destination`: that target must exist and say it came from
    here (an unreadable plan is not checked against; validating it says why)."""
    plan, _, wanted = destination.partition("/")
    if plan == own:
        return None  # within one plan: not a carry-over between plans, not checked here
    ids = targets(plan)
    if ids is _UNREAD:
        return None
    if ids is None or ids.get(wanted, ("", "", ""))[0] != here:
        return (
            msg("rule.carried_to_unmatched", destination=destination, here=here),
            msg("rule.hint.carried_to", plan=name_word(plan), source=name_word(own)),
        )
    return None


def _cancelled_first(
    target: Any, own: str, targets: Callable[[str], Targets | None]
) -> tuple[Any, Any] | None:
    """A target cancelled (by a revision of its plan) on a day before it was carried over,
    while its carried copy is still in force in the other plan: the copy is followed and urged
    for a target the plan had dropped (a revision applied after carry-over)."""
    if target.cancelled is None or target.cancelled >= (target.carried_on or ""):
        return None
    plan, _, wanted = str(target.carried_to).partition("/")
    ids = targets(plan)
    if ids is None or ids is _UNREAD or wanted not in ids or ids[wanted][2]:
        return None  # no copy, or the copy cancelled too
    day, on = (f"{d[8:]}/{d[5:7]}/{d[:4]}" for d in (target.cancelled, target.carried_on or ""))
    return (
        msg("rule.cancelled_before_carried", id=target.id, day=day, copy=target.carried_to, on=on),
        msg(
            "rule.hint.cancelled_before_carried",
            copy=target.carried_to,
            plan=plan,
            option=f"--plan {name_word(plan)}",  # as typed from here: app/validate.py (fix12p)
        ),
    )


def _problem(
    target: str, origin: str, own: str, plan: str, wanted: str, ids: Targets | None
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


def _targets(path: Path) -> Targets | None:
    """The targets of the plan at `path`; None when there is no such plan. A plan that is
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
        str(target["id"]): (
            _text(target.get("carried_from")),
            _text(target.get("carried_to")),
            str(target.get("cancelled") or ""),  # any day written: the copy is annulled too
        )
        for group in groups
        if isinstance(group, dict) and isinstance(group.get("targets"), list)
        for target in group["targets"]
        if isinstance(target, dict) and "id" in target
    }


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


_UNREAD: Targets = {}  # the targets of a plan that cannot be read: not checked (one object)
