"""A report from a unit a revision of the plan took the target's lead from (`before: lead`,
`Target.on`), dated on or after the hand-over: refused with the new lead and its day named, as
a merged ward's report names its heir and the day (review 10, c_06), not as a unit never
assigned, whose hint would propose --force. A report the former lead dates before the hand-over
is its own and taken, by `cds progress add` and by a return form alike (review of #16, c_05).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cds_tracker.core.errors import UsageError, msg
from cds_tracker.questions.tracker import Tracker


def handed_over(tracker: Tracker, target: Any, unit_id: str, day: dt.date) -> dict[str, str] | None:
    """When `unit_id` led `target` before a revision handed it over on or before `day`: the
    words to say it with (unit, target, lead, date: the hand-over day, heir: the new lead's
    first unit); None otherwise. The one rule of both `progress add` and a form's import."""
    from cds_tracker.questions.catalog import roles_of

    for earlier in reversed(target.earlier()):
        if earlier.lead is None or earlier.until > day.isoformat():
            continue
        until = dt.date.fromisoformat(earlier.until)
        eve = until - dt.timedelta(days=1)
        if not roles_of(tracker, target.on(eve.isoformat()), unit_id, eve):
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
