"""A revised plan as the office prints it: the number a target is printed under in the plan in
force (`registry/numbering.py` computes them), and the note a cancelled target carries in a
table that still lists it.

A revision renumbers: "Kế hoạch số 85/KH-BCĐ ngày 10/6/2024" drops I.2 and prints the old I.3
as "2.". The registry keeps the id I.3 (progress names it) and writes `printed: I.2`
(docs/registry-format.md); every table of the plan in force numbers the target as printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from cds_tracker.core.records import Plan, Registry, Target
from cds_tracker.output.carried import UNREAD, Origins, cited, origin_year
from cds_tracker.output.words import Lang, label


def plan_name(plan: Plan) -> str:
    """'85/KH-BCĐ': a plan as a number printed beside it is said to be from."""
    return f"{plan.number}/{plan.symbol}" if plan.number else plan.symbol


def cancelled_cited(target: Target, number: str | None, lang: Lang = "vi") -> str:
    """What every document citing the plan in force prints beside a target that plan no longer
    lists because it was cancelled (`number`: its number there, None): 'đã bãi bỏ', so the
    target is cited 'II.2 (đã bãi bỏ)', or 'II.2' over '(đã bãi bỏ)' in a table's narrow
    column, by its number in the plan that printed it (its id). Never bare 'II.2', which the
    revised plan may print for another target (the old II.3 printed "2."), nor unnumbered.
    The one home of the rule: letters, the unit's report (Word, Excel), the summary, the
    export, the screen's tables (output/tables.py `id_line`; tables.py
    `id_cited`, `code_cell`; `number_text` here). '' for any other target."""
    if number is not None or target.carried_from is not None:
        return ""
    if target.cancelled is None and not target.cancelled_before:
        return ""  # not numbered for another reason: added by a revision not in force yet
    return label("cancelled_cited", lang)


def cancelled_named(target: Target, lang: Lang = "vi") -> str:
    """'II.2 (đã bãi bỏ)' on one line: a target the plan in force no longer lists, cited by the
    one rule (`cancelled_cited`) where a sentence names it, as the summary's note of the
    annulled ones does (never a bare 'II.2': the same document's appendix prints the old II.3
    as "2." of group II, which the letters call II.2); its id alone if it is not cancelled."""
    said = cancelled_cited(target, None, lang)
    return label("id_line", lang, id=target.id, cited=said) if said else target.id


def number_text(target: Target, numbers: Mapping[str, str]) -> str:
    """'2.': the target's number in the plan in force (`registry/numbering.py`); a target it
    no longer lists, cancelled: 'II.2 (đã bãi bỏ)' (`cancelled_cited`), else ''; a target
    printed in another group than its own (never made by `import --revise`, possible by hand)
    says the group: 'II.2.'."""
    number = numbers.get(target.id)
    if number is None:
        return cancelled_named(target) if cancelled_cited(target, None) else ""
    group, _, within = number.partition(".")
    own = target.id.partition(".")[0]
    return f"{within}." if group == own else f"{number}."


def order_key(target: Target, numbers: Mapping[str, str]) -> tuple[int, int, int]:
    """Targets of a group in the order the plan in force prints them; one it no longer lists
    (kept by a table that says how each target stands) just before the one printed at its old
    number."""
    number = numbers.get(target.id)
    if number is None:
        return (target.number, 0, target.number)
    from cds_tracker.registry.numbering import within

    return (within(number), 1, target.number)


def printed_pair(
    target: Target, registry: Registry, day: dt.date, lang: Lang, origins: Origins = UNREAD
) -> list[tuple[str, str]]:
    """`show`'s line 'Số thứ tự trong Kế hoạch 85/KH-BCĐ: I.2', where the plan in force on `day`
    numbers the target otherwise than its id; for a target it no longer lists whose number
    another now holds, that target: 'I.2 → mã I.3'. A carried target has no number in this
    plan: its line is the one the documents cite it by, 'Số thứ tự trong kế hoạch năm 2023:
    II.4 (2023)' (output/carried.py), after the number a revision that lists it in its own
    table prints it under (registry/numbering.py `listed`)."""
    from cds_tracker.registry.numbering import numbers_on, revisions_in_force

    revisions = revisions_in_force(registry.document, day)
    numbers = numbers_on(registry, day) if revisions else {}
    if target.carried_from is not None:
        year = origin_year(target, origins)
        origin = [(label("printed_carried", lang, year=year), cited(target, origins))]
        number = numbers.get(target.id)
        if number is None:
            return origin
        plan = plan_name(revisions[-1])
        key = "printed_in" if plan else "printed_in_revision"
        return [(label(key, lang, plan=plan), number), *origin]
    if not revisions:
        return []
    plan = plan_name(revisions[-1])
    key = "printed_in" if plan else "printed_in_revision"
    number = numbers.get(target.id)
    if number is not None:
        return [] if number == target.id else [(label(key, lang, plan=plan), number)]
    now = next((i for i, n in numbers.items() if n == target.id), None)
    if now is None:
        return []
    return [(label(key, lang, plan=plan), label("printed_now", lang, number=target.id, now=now))]


def cancel_note(target: Target, revisions: Sequence[Plan], day: dt.date) -> str:
    """Ghi chú of a cancelled target in a table that keeps it: 'Bãi bỏ từ 10/06/2024 theo Kế
    hoạch số 85/KH-BCĐ ngày 10/6/2024' — the revision its reason names (`import --revise` names
    it), else the reason itself; after the target's own note, if any. Vietnamese: the table's
    own language. Not yet cancelled on `day`, the target's note alone."""
    began = target.cancelled_since(day.isoformat())
    if began is None:
        return target.notes
    since = dt.date.fromisoformat(began).strftime("%d/%m/%Y")
    lifted = [p.reason for p in target.cancelled_before if p.since == began]  # listed again later
    reason = lifted[0] if began != target.cancelled and lifted else target.cancelled_reason
    cited = next(
        (
            f"Kế hoạch số {plan_name(r)} ngày {r.date}"
            for r in reversed(revisions)
            if r.number and f"Kế hoạch số {plan_name(r)}" in reason
        ),
        None,
    )
    if cited is not None:
        said = label("cancelled_by", "vi", date=since, plan=cited)
    elif reason:
        said = label("cancelled_because", "vi", date=since, reason=reason)
    else:
        said = label("cancelled_status", "vi", date=since)
    return f"{target.notes}\n{said}" if target.notes else said
