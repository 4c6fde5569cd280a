"""A correction (`--corrects ID`) whose new day falls in the other plan of a carried target.

The corrected report lives in this plan; the right day belongs to the plan the target was
carried to (a December "hoàn thành" that really came on 03/01/2024) or came from (a January
one that really came on 28/12/2023). Each plan reads only its own progress files, so no one
entry can do it: the refusal's hint gives the steps that do, each a command that works as
printed, in the order they must run (clerk22 F1–F3, docs/progress.md "Corrections across a
carry-over"):

- the right day is in the later plan: (1) here, the report is corrected to unfinished on its
  own day ("đang thực hiện", or "chưa bắt đầu" when the new report says so): it stops counting
  here, and the part is late here as it truly was on the carry day; (2) carry-over again:
  it copies that correction onto the later plan's copy of the report (app/carry_marks.py
  `_corrected_copy`) and lifts the later plan's annulment when the target is no longer finished
  by the carry day (app/carry_withdrawn.py); (3) the report of the right day in the later plan.
- the right day is in the earlier plan: (1) the report there, on its day; (2) here, the report
  corrected to the new status on its own day, when the statuses differ (else it is the same
  statement, later, and changes no finishing day); (3) carry-over again: it copies the report
  here, or annuls the target here when every part was finished by the carry day.

Only a target carried once between the two plans: a target carried on again keeps the
single-plan hint (the plans between would each need their steps)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cds_tracker.core.errors import Msg, msg

if TYPE_CHECKING:
    from cds_tracker.app.city_figures import Typed
    from cds_tracker.app.discovery import Found
    from cds_tracker.core.entries import Entry
    from cds_tracker.core.records import Registry
    from cds_tracker.output.words import Lang
    from cds_tracker.progress.carried_away import OtherPlan


def across_plans(
    found: Found,
    loaded: Registry,
    refused: OtherPlan,
    given: Typed,
    unit_id: str,
    lang: Lang,
) -> OtherPlan | None:
    """The refusal of a correction dated in the other plan, its hint the steps above; None when
    the report corrected is not this unit's on this target here, or the target went further
    than one plan (the refusal's own hint stands)."""
    import datetime as dt

    from cds_tracker.app.city_figures import as_typed
    from cds_tracker.app.discovery import again, other_plan
    from cds_tracker.app.opening import unit_entries
    from cds_tracker.progress.carried_away import OtherPlan
    from cds_tracker.progress.rules import latest_correction

    message = refused.message
    key = message.key if isinstance(message, Msg) else ""
    if given.corrects is None or key not in ("entry.carried_away", "entry.carried_in"):
        return None
    own = [e for e in unit_entries(found, loaded, unit_id) if e.target == given.target]
    corrected_by = {e.corrects: e.id for e in own if e.corrects}
    if not any(e.id == given.corrects for e in own):
        return None
    last_id = latest_correction(corrected_by, given.corrects)
    last: Entry = next(e for e in own if e.id == last_id)
    plan, there = refused.aimed
    here = str(loaded.document.year)
    day = dt.date.fromisoformat(last.date)
    said = {
        "id": last.id,
        "rday": day.strftime("%d/%m/%Y"),
        "day": given.day.strftime("%d/%m/%Y"),
        "plan": plan,
        "there": there,
        "target": given.target,
    }
    aimed = given._replace(corrects=None, by_id=True)  # the report itself, in the plan of its day
    record = as_typed(other_plan(found, plan), there, aimed, lang)
    # a correction of the report here says its status alone: its figures and note are the new one's
    plain = given._replace(values=(), note="", obstacles="", proposals="", evidence=(), by="")
    if key == "entry.carried_away":
        status = "not_started" if given.status == "not_started" else "in_progress"
        withdraw = plain._replace(status=status, day=day, corrects=last.id, by_id=True)
        hint = msg(
            "entry.hint.corrects_later",
            withdraw=as_typed(again(found), given.target, withdraw, lang),
            carry=f"cds carry-over --from {here} --to {plan}",
            record=record,
            **said,
        )
    else:
        carry = f"cds carry-over --from {plan} --to {here}"
        if last.status == given.status:  # the same statement, later: it moves no finishing day
            hint = msg("entry.hint.corrects_earlier", record=record, carry=carry, **said)
        else:
            step = plain._replace(day=day, corrects=last.id, by_id=True)
            hint = msg(
                "entry.hint.corrects_earlier_fix",
                record=record,
                fix=as_typed(again(found), given.target, step, lang),
                carry=carry,
                **said,
            )
    return OtherPlan(message, hint)
