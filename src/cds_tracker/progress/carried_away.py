"""A report on a target its plan no longer follows because it was carried over.

From the day after `carried_on` (the origin plan's last day for it), the origin plan's target is
followed in the plan `carried_to` names (core/records.py `Target.closed`): a report filed under
the old plan then counts nowhere — the old plan shows the target "carried over", the new one
never sees it — so the unit would be urged for work it reported done. `progress add` and
`progress import` refuse such a report (exit 2, --force or not) and `validate` flags such a
line, each naming where it belongs (docs/progress.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from cds_tracker.core.errors import Msg, UsageError, msg
from cds_tracker.core.field_types import Reporting
from cds_tracker.core.tuples import Record
from cds_tracker.progress.entry_commands import again_command

if TYPE_CHECKING:
    from cds_tracker.core.entries import Entry

# The option a hint's command chooses another plan by (app/discovery.py `other_plan`, given by
# the command that knows how this run found its registry): by default --plan with its name.
Elsewhere = Callable[[str], str]


def by_name(plan: str, year: int | None = None) -> str:
    """--plan with the name as written (`year`: a form's, when the name is no folder here)."""
    from cds_tracker.core.command_words import name_word

    return f"--plan {name_word(plan)}"


class Hop(Record):
    """A plan a carried target was in before the one it came from (app/origins.py
    `earlier_plans`): `plan` and the target's `id` there, the day it `arrived` there
    (yyyy-mm-dd, "" when that plan is its first), and that plan's first day (`start`)."""

    plan: str
    id: str
    arrived: str
    start: dt.date


class Onward(Record):
    """A plan a carried target went to after this one (app/origins.py `later_plans`), the
    first the one its `carried_to` names: `plan`, the target's `id` there, and the day it
    `arrived` there (yyyy-mm-dd: the day after its carry day in the plan before)."""

    plan: str
    id: str
    arrived: str


def carried_away(
    target: Any,
    day: str,
    written: Entry | None = None,
    elsewhere: Elsewhere = by_name,
    later: Callable[[], Sequence[Onward]] = tuple,
    first: str | None = None,
) -> tuple[Msg, Msg] | None:
    """(message, hint) when `target` was carried to another plan before `day` (yyyy-mm-dd: a
    report dated on the carry day still belongs here), else None. `written`: the line, in a
    file already (validate), so the hint says to take it out and gives the command that records
    it there, whole (progress/entry_commands.py). `elsewhere`: the option the hint's command
    reaches that plan by. `later`: the plans it went to from here (`Onward`), asked only for
    a report refused: a target carried on again (2023 I.3 → 2024 I.6 → 2025 I.8) sends a
    report of 20/03/2025 to 2025 at once, not to 2024, which would refuse it in turn (fix13k),
    as `carried_in` sends an early one back to the plan that held it then. `first`: for an
    ongoing target, the day the plan it went to takes its reports from (app/origins.py
    `departures`), so the hint names the last day this plan takes them (`last_taken`), not the
    carry day, which a report of 20/12/2023 obeying it is refused on again (attack21 a21-05)."""
    if target.carried_to is None or (target.carried_on or "") >= day:
        return None
    plan, _, new_id = str(target.carried_to).partition("/")
    carried = (
        dt.date.fromisoformat(target.carried_on).strftime("%d/%m/%Y") if target.carried_on else "—"
    )
    onward = list(later())
    step = _went_to(dt.date.fromisoformat(day), onward)
    first_plan = {"first": plan, "first_id": new_id}
    if step:  # carried on again: the plan that follows it on that day, said at once
        plan, new_id = onward[step].plan, onward[step].id
    option = elsewhere(plan)
    said = {"plan": plan, "new": new_id, "date": carried}
    # the plans between, the latest first as `_between` takes them: "work after it belongs to
    # plan 2025" alone, on a form, would send a real day of 2024 there, to be refused again
    between = _between(onward[:step][::-1], onward[step].arrived, elsewhere) if step else ""
    told = {"target": target.id, "day": dt.date.fromisoformat(day).strftime("%d/%m/%Y")}
    # an ongoing target's last window here ends before its carry day: the hint says that day,
    # in the words `carried_ahead` refuses a report after it by (progress/carried_ahead.py)
    last = last_taken(target, first)
    early = last is not None and last.isoformat() < str(target.carried_on)
    ahead = {"last": last.strftime("%d/%m/%Y")} if last is not None and early else {}
    command = (
        again_command(written, option, new_id)
        if written is not None
        else f"cds {option} progress add {new_id} …"
    )
    hint = (
        ("progress.hint.carried_ahead" if ahead else "progress.hint.carried_away")
        if written is not None
        else ("entry.hint.carried_ahead" if ahead else "entry.hint.carried_away")
    )
    extra = {"option": option, "between": between} if written is None else {}
    return (
        msg("entry.carried_away", **told, **said)
        if not step
        else msg(
            "entry.carried_away_on",
            **told,
            **said,
            **first_plan,
            on=_eve(onward[step].arrived).strftime("%d/%m/%Y"),
        ),
        msg(hint, command=command, **extra, **said, **ahead),
    )


def last_taken(target: Any, first: str | None) -> dt.date | None:
    """The last day the plan `target` was carried away from takes its reports: its carry day
    (`carried_on`), or, for an ongoing target, the eve of `first` (yyyy-mm-dd), the day the plan
    it went to takes them from when that is earlier (app/origins.py `departures`: its first
    window, 15/12/2023–14/01/2024, is the new plan's, so the old one's last day is 14/12/2023).
    The one home of that day: `carried_away`'s hint and `carried_ahead`'s refusal name it.
    None for a target not carried away, or its carry day unknown."""
    if target.carried_to is None or not target.carried_on:
        return None
    carried = dt.date.fromisoformat(str(target.carried_on))
    if first is None or not target.deadline.ongoing:
        return carried
    return min(carried, dt.date.fromisoformat(first) - dt.timedelta(days=1))


def _went_to(day: dt.date, onward: Sequence[Onward]) -> int:
    """The index in `onward` of the plan that takes a report of `day`: followed from the first
    while the next one had the target by then (each plan refuses a report after its carry day,
    `carried_away`, and takes one from the day after); 0 when no later one was read."""
    step = 0
    while step + 1 < len(onward) and dt.date.fromisoformat(onward[step + 1].arrived) <= day:
        step += 1
    return step


def _eve(arrived: str) -> dt.date:
    """The carry day of a target that `arrived` (yyyy-mm-dd) in a plan: the day before."""
    return dt.date.fromisoformat(arrived) - dt.timedelta(days=1)


class OtherPlan(UsageError):
    """`progress add` refused by `carried_away` or `carried_in`: the report belongs to the
    other plan. The CLI knows the command as typed, so its hint gives it whole, aimed at that
    plan and the target's id there (app/city_figures.py `as_typed`); until then the hint's
    command ends in "…" (a form's import says its own, progress/form_refusals.py)."""

    @property
    def aimed(self) -> tuple[str, str]:
        """(the plan the report belongs to, the target's id there), as the hint names them."""
        values = dict(self.hint.values) if isinstance(self.hint, Msg) else {}
        return str(values.get("plan", "")), str(values.get("new", values.get("old", "")))

    def told(self, command: str) -> OtherPlan:
        """The same refusal, its hint giving `command` (the one typed, aimed there)."""
        hint = self.hint
        if isinstance(hint, Msg):
            hint = msg(hint.key, **{**dict(hint.values), "command": command})
        return OtherPlan(self.message, hint or "")


def taken_from(start: dt.date, arrived: str | None, ongoing: Reporting | None = None) -> dt.date:
    """The first day a plan takes a target's reports: the plan's start (questions/periods.py
    `plan_start`), or, for a target carried in (`arrived`, yyyy-mm-dd: the day after its carry
    day, app/origins.py `arrivals`), its arrival: up to its carry day the plan it came from
    follows it, so work finished then (20/12/2023 on a target due 11/2023 carried on 31/12/2023)
    is late there, not on time here (clerk 18, C2). An `ongoing` target (its reporting period)
    is the exception: its reports answer windows, and a window belongs to one plan whole, the
    one it went to (questions/periods.py `in_plan`), so this plan takes them from the start of
    the window its arrival falls in, or its own start when that is earlier: carried on
    31/12/2023, from 15/12/2023; on 20/11/2023, from 15/11/2023 (attack23 a23-06).
    The one rule: `progress add` and a form's import refuse a report dated before it
    (progress/new_entry.py), `validate` flags one already in a file (app/carried_early.py)."""
    if arrived is None:
        return start
    arrival = dt.date.fromisoformat(arrived)
    if ongoing is None:
        return arrival
    from cds_tracker.questions.periods import first_taken

    return min(start, first_taken(arrival, ongoing))


def reported_by(target: Any) -> Reporting | None:
    """An ongoing target's reporting period, None for a dated one: what `taken_from` asks."""
    return target.reporting if target.deadline.ongoing else None


def carried_in(
    target: Any,
    day: str,
    arrived: str,
    written: tuple[dt.date, Entry] | None = None,
    elsewhere: Elsewhere = by_name,
    earlier: Sequence[Hop] = (),
    taken: dt.date | None = None,
) -> tuple[Msg, Msg]:
    """(message, hint) for a report dated `day` (yyyy-mm-dd), before both this plan's start
    and the day `target` was carried into it (`arrived`, the day after its carry day in the plan
    it came from: app/origins.py `arrivals`): up to its carry day that plan follows it and takes
    its reports (`carried_away` there refuses a later one, pointing here), so the hint names
    that plan and the target's id in it. From its arrival this plan takes them, even before this
    plan's own year began (carried on 30/06/2023 into 2024: a report of 15/08/2023 goes in
    2024; attack 11, a11-08). `written`: the first day this plan takes the target's reports
    (`taken_from`) and the line, in a file already (validate), so the hint says to take it out
    and gives the command that records it there, whole (progress/entry_commands.py), or to
    correct its day to that day or later. `earlier`:
    the plans the target was in before (`Hop`, the plan it came from first): a target carried
    twice (2023 I.5 → 2024 I.9 → 2025 I.17) sends a report of 20/12/2023 to 2023 at once, not
    to 2024, which would refuse it in turn (attack 19, a19_03). `taken`: the first day this
    plan takes the target's reports (`taken_from`; its arrival when not given): for an ongoing
    target 15/12 of the year before, so the hint names the plan it came from as following it
    up to 14/12, not up to its carry day (attack21 a21-05, as `carried_away` the other way)."""
    plan, _, old_id = str(target.carried_from).partition("/")
    came = dt.date.fromisoformat(arrived)
    first = written[0] if written is not None else taken or came
    said = {
        "target": target.id,
        "day": dt.date.fromisoformat(day).strftime("%d/%m/%Y"),
        "date": came.strftime("%d/%m/%Y"),
        "came": plan,
        "came_id": old_id,
    }
    step = _held_on(dt.date.fromisoformat(day), earlier, reported_by(target)) if earlier else 0
    here = first  # the first day this plan takes its reports (a form's hint says it)
    if step:  # carried twice or more: the plan that held it on that day, said at once
        plan, old_id = earlier[step].plan, earlier[step].id
        after = earlier[step - 1]  # the plan after it: from this day on that one took them
        ongoing = reported_by(target)
        first = taken_from(after.start, after.arrived, ongoing) if after.arrived else first
    shown = {"plan": plan, "old": old_id}
    if earlier and not earlier[step].arrived and dt.date.fromisoformat(day) < earlier[step].start:
        return _before_all(target, said["day"], earlier[step], first, written is not None)
    option = elsewhere(plan)  # the hints' alone: the message names the plan
    between = _between(earlier[:step], arrived, elsewhere)
    return (
        msg("entry.carried_in", target=target.id, day=said["day"], date=said["date"], **shown)
        if not step
        else msg("entry.carried_in_back", **said, **shown),
        msg(
            "progress.hint.carried_in",
            date=written[0].strftime("%d/%m/%Y"),
            command=again_command(written[1], option, old_id),
            **shown,
        )
        if written is not None
        else msg(
            "entry.hint.carried_in",
            last=(first - dt.timedelta(days=1)).strftime("%d/%m/%Y"),
            taken=here.strftime("%d/%m/%Y"),
            option=option,
            command=f"cds {option} progress add {old_id} …",
            between=between,
            **shown,
        ),
    )


def _before_all(target: Any, day: str, hop: Hop, taken: dt.date, written: bool) -> tuple[Msg, Msg]:
    """(message, hint) for a report dated before the first plan that had `target` (`hop`, the
    plan it came from first) began: no plan takes it, so no plan's command is given — sending
    it to that plan was refused there in turn (a23-05: 15/03/2022, a mistyped 2024). The hint
    says to check the year; `written`: a line of a file (validate), to correct in place."""
    start = hop.start.strftime("%d/%m/%Y")
    shown = {"target": target.id, "day": day, "plan": hop.plan, "old": hop.id, "start": start}
    key = "progress.hint.carried_before_all" if written else "entry.hint.carried_before_all"
    return msg("entry.carried_before_all", **shown), msg(
        key, start=start, taken=taken.strftime("%d/%m/%Y")
    )


def _between(legs: Sequence[Hop | Onward], arrived: str, elsewhere: Elsewhere) -> Msg | str:
    """The plans a target carried twice or more was in after the one that takes a report and
    before this one (`legs`, the latest first, as `earlier` lists them), each with the days it
    took the target's reports: from its arrival up to the eve of the next plan's (`arrived`:
    this plan's). A form's hint names them between the plan it sends the row to and this
    plan's own days: "work from {date} on" alone sent a real day in 2024 of a target carried
    2023 → 2024 → 2025 back to this form, to be refused again (fix13a). The other way
    (`carried_away`), `legs` are the plans after this one and before the one that takes the
    report, and `arrived` that plan's arrival. "" for none."""
    said: Msg | str = ""
    nexts = [arrived, *(leg.arrived for leg in legs)]
    for at, leg in enumerate(legs):  # the latest last in the words: built from it
        until = dt.date.fromisoformat(nexts[at]) - dt.timedelta(days=1)
        said = msg(
            "entry.carried_leg",
            start=dt.date.fromisoformat(leg.arrived).strftime("%d/%m/%Y"),
            last=until.strftime("%d/%m/%Y"),
            plan=leg.plan,
            old=leg.id,
            option=elsewhere(leg.plan),
            rest=said,
        )
    return said


def _held_on(day: dt.date, earlier: Sequence[Hop], ongoing: Reporting | None) -> int:
    """The index in `earlier` of the plan that takes a report of `day`: the first whose
    `taken_from` is not after it, or the last one read (its own refusals say the rest)."""
    for step, hop in enumerate(earlier):
        if not hop.arrived or day >= taken_from(hop.start, hop.arrived, ongoing):
            return step
    return max(len(earlier) - 1, 0)


def copy_note(target: Any, day: str, source: str, done: bool = False) -> Msg | None:
    """A report dated before `target` was carried (`day` yyyy-mm-dd): it belongs here, but the
    plan the target went to does not read it, and carry-over copies a unit's report only when it
    runs (app/carry_marks.py): the note asks for a re-run (`cds validate` says the same until
    then, app/carry_gaps.py). `source`: this plan's name as carry-over takes it. `done`: a
    "hoàn thành" of a dated target, which may be its last part: the note says too what the
    re-run does then (app/carry_withdrawn.py: the copy annulled there, clerk20 F2)."""
    if target.carried_to is None or not target.carried_on:
        return None  # any status: carry-over copies each part's last report, finished or not
    if target.deadline.ongoing:  # each report is its period's: none is copied, a re-run
        return None  # would write nothing (its new plan's are refused: carried_ahead.py)
    plan, _, new_id = str(target.carried_to).partition("/")
    finishing = done and target.deadline.month is not None
    return msg(
        "carry.copy_note_done" if finishing else "carry.copy_note",
        target=target.id,
        plan=plan,
        new=new_id,
        day=dt.date.fromisoformat(target.carried_on).strftime("%d/%m/%Y"),
        source=source,
    )
