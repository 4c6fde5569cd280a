"""A revised plan as the office prints it: the number a target is printed under in the latest
revision, and the note a cancelled target carries in a table that still lists it.

A revision renumbers: "Kế hoạch số 85/KH-BCĐ ngày 10/6/2024" drops I.2 and prints the old I.3
as "2.". The registry keeps the id I.3 (progress names it) and writes `printed: I.2`
(docs/registry-format.md); every table of the plan in force numbers the target as printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cds_tracker.core.records import Plan, Registry, Target
from cds_tracker.output.words import Lang, label


def plan_name(plan: Plan) -> str:
    """'85/KH-BCĐ': a plan as a number printed beside it is said to be from."""
    return f"{plan.number}/{plan.symbol}" if plan.number else plan.symbol


def number_text(target: Target) -> str:
    """'2.': the target's number in the plan in force; a target printed in another group than
    its own (never made by `import --revise`, possible by hand) says the group: 'II.2.'."""
    if target.printed is None:
        return f"{target.number}."
    group, _, number = target.printed.partition(".")
    own = target.id.partition(".")[0]
    return f"{number}." if group == own else f"{target.printed}."


def order_key(target: Target) -> int:
    """Targets of a group in the order the plan in force prints them."""
    return int(target.printed.partition(".")[2]) if target.printed else target.number


def code_text(target: Target, revisions: Sequence[Plan]) -> str:
    """A target's code in a letter's table: 'I.3', or where the revision prints it otherwise
    'I.3 (số thứ tự I.2 tại Kế hoạch số 85/KH-BCĐ)', so the unit finds the row in the plan it
    holds. Vietnamese: a letter's own language."""
    if target.printed is None:
        return target.id
    plan = f"Kế hoạch số {plan_name(revisions[-1])}" if revisions else ""
    key = "letter_printed" if plan else "letter_printed_plain"
    return label(key, "vi", id=target.id, number=target.printed, plan=plan)


def printed_pair(target: Target, registry: Registry, lang: Lang) -> list[tuple[str, str]]:
    """`show`'s line 'Số thứ tự trong Kế hoạch 85/KH-BCĐ: I.2', where it differs from the id;
    for a cancelled target whose number another now holds, that target: 'I.2 → mã I.3'."""
    from cds_tracker.registry.revision import printed_now

    revisions = registry.document.revisions
    plan = plan_name(revisions[-1]) if revisions else ""
    key = "printed_in" if plan else "printed_in_revision"
    if target.printed is not None:
        return [(label(key, lang, plan=plan), target.printed)]
    now = printed_now(registry, target.id) if target.cancelled is not None else None
    if now is None:
        return []
    return [(label(key, lang, plan=plan), label("printed_now", lang, number=target.id, now=now))]


def cancel_note(target: Target, revisions: Sequence[Plan]) -> str:
    """Ghi chú of a cancelled target in a table that keeps it: 'Bãi bỏ từ 10/06/2024 theo Kế
    hoạch số 85/KH-BCĐ ngày 10/6/2024' — the revision its reason names (`import --revise` names
    it), else the reason itself; after the target's own note, if any. Vietnamese: the table's
    own language."""
    if target.cancelled is None:
        return target.notes
    day = dt.date.fromisoformat(target.cancelled).strftime("%d/%m/%Y")
    reason = target.cancelled_reason
    cited = next(
        (
            f"Kế hoạch số {plan_name(r)} ngày {r.date}"
            for r in reversed(revisions)
            if r.number and f"Kế hoạch số {plan_name(r)}" in reason
        ),
        None,
    )
    if cited is not None:
        said = label("cancelled_by", "vi", date=day, plan=cited)
    elif reason:
        said = label("cancelled_because", "vi", date=day, reason=reason)
    else:
        said = label("cancelled_status", "vi", date=day)
    return f"{target.notes}\n{said}" if target.notes else said
