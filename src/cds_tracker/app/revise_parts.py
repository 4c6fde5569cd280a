"""A revision that takes a target away from a lead unit that had finished its part (issue 16,
attack 9 D): `import --revise` keeps the former lead with the revision's day (`lead_before`),
so the part counts for the days before it; a target its former lead had finished stays finished
and the new lead owes nothing (questions/tracker.py `Tracker.held`). Said before anything is
written, naming the unit and its report's day (docs/registry-format.md, "Cell changes")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cds_tracker.core.statuses import FINISHED
from cds_tracker.output.words import Lang, label


def _leads(data: Any) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for group in data.get("groups") or ():
        for target in group.get("targets") or ():
            lead = target.get("lead") or {}
            units = lead.get("units") if isinstance(lead, dict) else None
            found[str(target.get("id"))] = {str(u) for u in units or ()}
    return found


def finished_dropped(path: Path, before: Any, after: Any, day: dt.date, lang: Lang) -> list[str]:
    """One line per lead unit the revision removes from a target whose part it had finished
    before `day` (the revision's day): its name, the target, the day it reported, and whether
    the target stays finished (the whole of it done by then) or the new lead owes it; and one
    per such unit whose "hoàn thành" is dated on or after `day` (`_done_after`)."""
    old, new = _leads(before), _leads(after)
    dropped = {i: old[i] - new[i] for i in old if i in new and old[i] - new[i]}
    if not dropped:
        return []
    from cds_tracker.app.opening import open_registry

    tracker = open_registry(path).tracker
    targets = {t.id: t for _, t in tracker.registry.targets()}
    eve = day - dt.timedelta(days=1)  # a report of the revision's day is the new lead's
    lines = []
    for target_id, units in dropped.items():
        target = targets.get(target_id)
        if target is None:
            continue
        kept = target.deadline.month is not None and tracker.status(target, eve).code in FINISHED
        if not kept and target.deadline.month is not None:
            lines += _done_after(tracker, target, units, after, day, lang)
        for part in tracker.parts(target, eve):
            if part.unit in units and part.status in FINISHED and part.day:
                reported = dt.date.fromisoformat(part.day).strftime("%d/%m/%Y")  # finished
                lines.append(
                    label(
                        "revise_finished_kept" if kept else "revise_finished_dropped", lang,
                        id=target_id, unit=tracker.index.name(part.unit), date=reported,
                        day=day.strftime("%d/%m/%Y"),
                    )
                )  # fmt: skip
    return lines


def _done_after(
    tracker: Any, target: Any, units: set[str], after: Any, day: dt.date, lang: Lang
) -> list[str]:
    """A former lead's "hoàn thành" dated on or after the revision's `day` (recorded while it
    still led, before the revision was imported): no longer the lead's report once written,
    as progress/handed_over.py `done_after_hand_over` has it, so the new lead owes the target
    (attack 11 a11-01: the finished target turned late, silently)."""
    finished = tracker.timeline(target.id).finished(dt.date.max)
    lead = _targets(after)[target.id].get("lead") or {}
    names = [tracker.index.name(str(u)) for u in lead.get("units") or ()]
    said = str(lead.get("text") or "") or ", ".join(names)
    return [
        label(
            "revise_done_after", lang, id=target.id, unit=tracker.index.name(unit), lead=said,
            date=dt.date.fromisoformat(finished[unit]).strftime("%d/%m/%Y"),
            day=day.strftime("%d/%m/%Y"),
        )
        for unit in sorted(units)
        if finished.get(unit, "") >= day.isoformat()
    ]  # fmt: skip


def _targets(data: Any) -> dict[str, Any]:
    return {
        str(target.get("id")): target
        for group in data.get("groups") or ()
        for target in group.get("targets") or ()
    }


def reports_left(
    path: Path, before: Any, after: Any, day: dt.date, lang: Lang, option: str = ""
) -> list[str]:
    """One line per target the revision cancels while it adds one of the same text (a target
    moved to another group, `--pair I.5=-`) when units had reported on the old one: their
    reports stay with it and the new one starts with none, so its units must report again
    (review 9: following that hint left a finished unit urged for the new id). A plain
    cancellation says nothing more: that its target is no longer followed is the point.
    `option`: the one choosing this registry (app/discovery.py `again`), for the command."""
    old, new = _targets(before), _targets(after)
    cancelled = [i for i, t in new.items() if t.get("cancelled") and not old.get(i, {}).get(
        "cancelled"
    ) and i in old]  # fmt: skip
    if not cancelled:
        return []
    added = {" ".join(str(t.get("content", "")).split()): i for i, t in new.items() if i not in old}
    from cds_tracker.app.opening import open_registry

    tracker = open_registry(path).tracker
    targets = {t.id: t for _, t in tracker.registry.targets()}
    lines = []
    for target_id in cancelled:
        target = targets.get(target_id)
        if target is None:
            continue
        said = [
            label(
                "revise_report_of", lang, unit=tracker.index.name(p.unit),
                status=label(p.status, lang),
                date=dt.date.fromisoformat(p.reported).strftime("%d/%m/%Y"),
            )
            for p in tracker.parts(target, day)
            if p.reported
        ]  # fmt: skip
        same = added.get(" ".join(target.content.split()))
        if said and same:
            lines.append(
                label(
                    "revise_reports_left",
                    lang,
                    id=target_id,
                    reports="; ".join(said),
                    new=same,
                    again=f"{option} " if option else "",
                )
            )
    return lines


def refuse_moves(renumbered: list[tuple[str, str]]) -> None:
    """A target the revised table prints in another group (I.5 printed "10." under group II) is
    refused: a target's id names its group (`validate` holds I.5 to group I) and its progress
    names the id, so cds does not move it; printed as II.10 inside group I, every document, the
    summary and `list --group` would disagree (attack 9 I). The hint says how to go on."""
    from cds_tracker.core.errors import UsageError, msg

    moved = [(old, new) for old, new in renumbered if _group(old) != _group(new)]
    if not moved:
        return
    old, new = moved[0]
    said = ", ".join(f"{o} → {n}" for o, n in moved)
    raise UsageError(
        msg("revise.moved_group", moves=said, id=old, number=new, group=_group(new)),
        hint=msg("revise.hint.moved_group", id=old, number=new, group=_group(old)),
    )


def _group(number: str) -> str:
    return number.partition(".")[0]
