"""A report from a unit a revision of the plan took the target's lead from (`before: lead`,
`Target.on`), dated on or after the hand-over: refused with the new lead and its day named, as
a merged ward's report names its heir and the day (review 10, c_06), not as a unit never
assigned, whose hint would propose --force. A report the former lead dates before the hand-over
is its own and taken, by `cds progress add` and by a return form alike (review of #16, c_05).
A former lead the plan still asks a part of (cooperating, most often through "Các phòng, đơn
vị có liên quan", which names it too) reports that part: taken, and told it no longer leads
(`former_lead_note`), since its "hoàn thành" no longer finishes the target (clerk 11, I).
A "hoàn thành" the former lead recorded before the revision was imported, but dated on or after
its day, is by the same rule no report of the lead's: the new lead owes the target, and `show`
and the revise preview say so, naming the report (`done_after_hand_over`, attack 11 a11-01).
A report by the NEW lead dated before it took the target is refused as from a unit not assigned
(progress/new_entry.py); recorded with --force, it is the clerk's word that the work was done,
and counts as any forced report does (marked "ghi khi không được phân công").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cds_tracker.core.errors import Text, UsageError, msg
from cds_tracker.questions.tracker import Tracker


def handed_over(
    tracker: Tracker, target: Any, unit_id: str, day: dt.date, *, led: bool = False
) -> dict[str, str] | None:
    """When `unit_id` led `target` before a revision handed it over on or before `day`: the
    words to say it with (unit, target, lead, date: the hand-over day, heir: the new lead's
    first unit); None otherwise. The one rule of both `progress add` and a form's import.
    `led`: the unit must have been the lead itself on the eve, not any unit with a part then
    (a unit with no part today had, on the eve, only the lead's)."""
    from cds_tracker.questions.catalog import roles_of

    for earlier in reversed(target.earlier()):
        if earlier.lead is None or earlier.until > day.isoformat():
            continue
        until = dt.date.fromisoformat(earlier.until)
        eve = until - dt.timedelta(days=1)
        links = roles_of(tracker, target.on(eve.isoformat()), unit_id, eve)
        had = any(link.role == "lead" for link in links) if led else bool(links)
        if not had:
            continue
        lead = target.on(day.isoformat()).lead
        names = [tracker.index.name(u) for u in lead.units] or [lead.text]
        return {
            "unit": tracker.index.units[unit_id].name,
            "target": target.id,
            "lead": lead.text or ", ".join(names),
            "date": until.strftime("%d/%m/%Y"),
            "heir": names[0],
        }
    return None


def refuse_former_lead(tracker: Tracker, target: Any, unit_id: str, day: dt.date) -> None:
    """Raise when `unit_id` led `target` before a revision handed it over on or before `day`
    and has no role in it on `day`; return otherwise (the caller says "not assigned")."""
    said = handed_over(tracker, target, unit_id, day)
    if said is not None:
        raise UsageError(
            msg("entry.handed_over", **said), hint=msg("entry.hint.handed_over", **said)
        )


def former_lead_note(tracker: Tracker, target: Any, unit_id: str, day: dt.date) -> Text | None:
    """What a unit still asked a part of `target` on `day`, but not its lead, is told when it
    led the target before a revision handed it over on or before `day`: its report is taken as
    that part's, and the message names the new lead and the day, as `refuse_former_lead` does
    for a unit with no part left. None for any other unit (a plain cooperating unit, the lead)."""
    from cds_tracker.questions.catalog import roles_of

    links = roles_of(tracker, target.on(day.isoformat()), unit_id, day)
    if any(link.role == "lead" for link in links):
        return None
    said = handed_over(tracker, target, unit_id, day, led=True)
    if said is None:
        return None
    return msg("entry.handed_over_part", **said)


def done_after_hand_over(tracker: Tracker, target: Any, as_of: dt.date) -> list[dict[str, str]]:
    """Each former lead of `target`'s last hand-over by `as_of` that finished it on or after
    the hand-over day (its "hoàn thành" dated then, by `as_of`), leading it no more: the words
    to say its report no longer counts as the lead's (unit, target, date: its report's day,
    day: the hand-over day, lead: the new lead). None to say when the target stayed finished
    (`Tracker.held`: done before the hand-over) or for a unit that leads it again."""
    handed = target.handed_over(as_of.isoformat())
    if handed is None or handed.lead is None or target.deadline.month is None:
        return []  # an ongoing target's reports are each window's: no "done" outlives one
    if tracker.held(target, as_of) is not None:
        return []
    lead = target.on(as_of.isoformat()).lead
    finished = tracker.timeline(target.id).finished(as_of)
    names = [tracker.index.name(u) for u in lead.units] or [lead.text]
    return [
        {
            "unit": tracker.index.name(unit),
            "target": target.id,
            "date": dt.date.fromisoformat(finished[unit]).strftime("%d/%m/%Y"),
            "day": dt.date.fromisoformat(handed.until).strftime("%d/%m/%Y"),
            "lead": lead.text or ", ".join(names),
        }
        for unit in handed.lead.units
        if unit not in lead.units and finished.get(unit, "") >= handed.until
    ]
