"""A report on an ongoing target, carried away, that the new plan takes before the carry day.

An ongoing ("Thường xuyên") target's report answers the reporting window its date falls in
(questions/periods.py), and a plan asks only for the windows that end in its year: the 2023 plan
for those up to 15/11–14/12/2023, the 2024 plan from 15/12/2023–14/01/2024 on. So when such a
target is carried 2023 → 2024 on 31/12/2023, the 2024 plan takes its reports from 15/12/2023
(progress/carried_away.py `taken_from`), and a report of 20/12/2023 filed under 2023 would count
in neither plan: 2023 asks no window it answers, 2024 never reads it, and the ward is urged in
January for a report it made (clerk20 F1). Carry-over copies no ongoing target's report (each
is its period's: app/carry_marks.py), so no re-run can move it either.

A report belongs to exactly one plan, the one that takes it on its date: from the first day the
new plan takes the target's reports (`first`, app/origins.py `departures`) the old plan refuses
them, as it refuses any after the carry day (`carried_away`): `progress add` and a form's import
(exit 2, --force or not, the hint the command that records it there), `validate` a line already
written (app/carried_late.py)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from cds_tracker.core.errors import Msg, msg
from cds_tracker.progress.carried_away import Elsewhere, by_name, last_taken

if TYPE_CHECKING:
    from cds_tracker.core.entries import Entry


def carried_ahead(
    target: Any,
    day: str,
    first: str | None,
    written: Entry | None = None,
    elsewhere: Elsewhere = by_name,
) -> tuple[Msg, Msg] | None:
    """(message, hint) when `target`, carried away, is taken by the plan it went to on `day`
    (yyyy-mm-dd) though its carry day is not past: `first` (yyyy-mm-dd) is the day that plan
    takes its reports from (None: no earlier than the day after the carry day, `carried_away`'s
    rule). `written`: the line, in a file already (validate), so the hint says to take it out
    and gives the command that records it there, whole (progress/entry_commands.py, as
    `carried_away` does). `elsewhere`: the option the hint's command reaches that plan by."""
    last_day = last_taken(target, first) if first is not None else None
    if first is None or last_day is None:  # not carried away, or its carry day unknown
        return None
    if not first <= day <= str(target.carried_on):
        return None  # before: this plan's; after the carry day: `carried_away` says it
    from cds_tracker.questions.periods import period_of

    plan, _, new_id = str(target.carried_to).partition("/")
    period = period_of(dt.date.fromisoformat(day), target.reporting)
    last = last_day.strftime("%d/%m/%Y")  # the eve of `first` (`last_taken`)
    option = elsewhere(plan)
    message = msg(
        "entry.carried_ahead",
        target=target.id,
        day=dt.date.fromisoformat(day).strftime("%d/%m/%Y"),
        plan=plan,
        new=new_id,
        date=dt.date.fromisoformat(str(target.carried_on)).strftime("%d/%m/%Y"),
        start=period.start.strftime("%d/%m/%Y"),
        end=period.end.strftime("%d/%m/%Y"),
        first=dt.date.fromisoformat(first).strftime("%d/%m/%Y"),
    )
    if written is not None:
        from cds_tracker.progress.entry_commands import again_command

        command = again_command(written, option, new_id)
        return message, msg(
            "progress.hint.carried_ahead", plan=plan, new=new_id, last=last, command=command
        )
    return message, msg(
        "entry.hint.carried_ahead",
        plan=plan,
        option=option,
        new=new_id,
        last=last,
        command=f"cds {option} progress add {new_id} …",
        between="",  # a form's words take the plans between of a report carried on (carried_away)
    )
