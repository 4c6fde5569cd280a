"""`cds diff` of a plan and a revised table of it: what `import --revise` would record.

Apart from registry/diff.py (which pairs and compares any two sides): the revision's heading
read as revise reads it, the revising plan it records and the day its dropped targets are
annulled from, so the diff and the revise preview say the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cds_tracker.registry.diff import Diff


def as_revise_does(diff: Diff, old: dict[str, Any], new: dict[str, Any]) -> None:
    """What `import --revise` writes of a revised table: the plan's heading kept (its office's
    changes still shown), the revising plan recorded, and a target the table no longer lists
    annulled from the revising plan's date (its reason, the words', left to the caller)."""
    from cds_tracker.core.dates import try_parse_date
    from cds_tracker.registry.importing.heading import revising_name, revising_plan, same_plan

    stated = new.get("document") or {}
    plan = revising_plan(stated) if isinstance(stated, dict) else {}
    document = old.get("document") or {}
    own = document.get("plan") or {}
    if not isinstance(plan, dict) or plan.get("reference") == own.get("reference"):
        return  # the table cites the plan itself: no revising plan named
    if same_plan(plan, own):
        return  # the plan itself, its reference worded otherwise: never a revision of itself
    diff.document = [c for c in diff.document if c.field.startswith("office.")]
    keys = ("reference", "number", "symbol", "date")
    entry = [str(plan.get(key, "")) for key in keys]
    known = document.get("revisions") or ()
    if any([str(r.get(key, "")) for key in keys] == entry or same_plan(r, plan) for r in known):
        return  # recorded already: applied again, revise records nothing
    diff.revising = revising_name(plan)
    day = try_parse_date(str(plan.get("date") or ""))
    if day is None:
        return  # revise asks for --on: the removed stay removed here
    from cds_tracker.registry.diff import Cancelled

    diff.cancelled += [Cancelled(i, day.isoformat(), "") for i, _ in diff.removed]
    diff.removed = []


def revised_on(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The day (dd/mm/yyyy) a revised table takes effect, as `import --revise` reads it from
    its heading (app/revise_day.py `revision_day`): the revising plan's date; "" for a table
    citing the plan itself or no whole date (revise then asks for --on)."""
    from cds_tracker.core.dates import try_parse_date
    from cds_tracker.registry.importing.heading import revising_plan, same_plan

    stated = new.get("document") or {}
    plan = revising_plan(stated) if isinstance(stated, dict) else {}
    own = (old.get("document") or {}).get("plan") or {}
    if not isinstance(plan, dict) or plan.get("reference") == own.get("reference"):
        return ""
    if same_plan(plan, own):
        return ""
    day = try_parse_date(str(plan.get("date") or ""))
    return day.strftime("%d/%m/%Y") if day is not None else ""
