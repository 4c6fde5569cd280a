"""Building a new progress entry from what `cds progress add` was given, with every check.

A new entry is checked here against the registry (unit assigned, date not in the future, values
within their indicator's range, a correction of the same target and unit) before the writer
turns it into one line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import Figure, Msg, Text, UsageError, msg
from cds_tracker.progress.carried_away import Elsewhere, OtherPlan, by_name
from cds_tracker.progress.rules import (
    Corrected,
    correction_fault,
    correction_message,
    corrects_ok,
    latest_correction,
)
from cds_tracker.progress.value_options import given_values

if TYPE_CHECKING:
    from cds_tracker.questions.tracker import Tracker


def new_entry_id() -> str:
    import secrets

    return secrets.token_hex(6)


def now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


class AmbiguousCode(UsageError):
    """The code typed is a target's id and also the number the plan in force prints another
    target under (after a revision, "I.2" of the table is the target with id I.1): which one is
    meant only the person can say. `choices`: (id, its printed number, its content) of both,
    the id typed first. A usage error (exit 2) unless the CLI can ask (a terminal)."""

    def __init__(
        self, message: Text, hint: Text, choices: tuple[tuple[str, str, str], ...]
    ) -> None:
        super().__init__(message, hint)
        self.choices = choices


@dataclass(frozen=True)
class NewEntry:
    entry: Entry  # checked through the schema (registry/models.py) before it is written
    warnings: tuple[Text, ...]  # messages, put into words by the CLI


def build_entry(
    tracker: Tracker,
    find_entry: Callable[[str], Entry | None],
    *,
    target_id: str,
    unit_id: str,
    status: str,
    day: dt.date,
    values: Sequence[str],
    note: str = "",
    obstacles: str = "",
    proposals: str = "",
    evidence: Sequence[str] = (),
    by: str = "",
    corrects: str | None = None,
    force: bool = False,
    written: dt.datetime | None = None,
    siblings: Callable[[], Sequence[Entry]] = tuple,
    entry_id: str | None = None,  # a stable id (a form's row); by default a random one
    by_id: bool = False,
    again: str = "",  # the option choosing this run's registry, for a hint's command
    elsewhere: Elsewhere = by_name,  # the option choosing another plan (app/discovery.py)
) -> NewEntry:
    """A checked entry ready to append; usage problems raise `UsageError` and write nothing.

    `siblings` gives the unit's own entries: any correction of the entry corrected is among
    them (a correction is by the same unit). `by_id`: the code is the target's id, confirmed
    (`--id`, a form's code cell); without it, a code that is also another target's printed
    number raises `AmbiguousCode`."""
    from cds_tracker.core.errors import UsageError
    from cds_tracker.core.text import nfc
    from cds_tracker.progress.carried_ahead import carried_ahead
    from cds_tracker.progress.carried_away import carried_away
    from cds_tracker.registry.models import check_entry

    _, target = tracker.target(target_id)
    check_existed(tracker, unit_id, day)
    moment = written or now()
    if day > moment.date():
        raise UsageError(
            msg("entry.future", day=day.strftime("%d/%m/%Y")),
            hint=msg("entry.hint.future"),
        )
    arrived = tracker.arrivals.get(target.id) if target.carried_from is not None else None
    _within_plan(tracker, target, day, arrived, elsewhere)
    _not_added_yet(target, day)
    first = tracker.departures.get(target.id)  # an ongoing one's new plan may take it earlier
    later = partial(tracker.later, target.id)
    away = carried_away(target, day.isoformat(), None, elsewhere, later, first)
    away = away or carried_ahead(target, day.isoformat(), first, elsewhere=elsewhere)
    if away is not None:  # --force or not: the report belongs to the other plan
        raise OtherPlan(*away)
    if not by_id:
        _ambiguous(tracker, target, day, target_id, again)
    from cds_tracker.progress.cancelled_entry import cancelled_forced, refuse_cancelled_number

    if not by_id:
        refuse_cancelled_number(tracker, target, day, again)
    annulled = cancelled_forced(target, day, force, arrived, elsewhere)
    forced = _forced(tracker, target, unit_id, day, force) | annulled
    parsed, counts = given_values(target, values)
    _figures_given(tracker, target, unit_id, day, values)
    if corrects is not None:
        original = find_entry(corrects)
        _check_correction(tracker, original, corrects, target.id, unit_id, day, siblings, again)
    entry = check_entry(
        {
            "id": entry_id or new_entry_id(),
            "target": target.id,
            "unit": unit_id,
            "status": status,
            "date": day.isoformat(),
            "written": moment.isoformat(),
            "values": parsed,
            "note": nfc(note),
            "obstacles": nfc(obstacles),
            "proposals": nfc(proposals),
            "evidence": tuple(nfc(e) for e in evidence),
            "by": nfc(by),
            "corrects": corrects,
            "forced": forced,
            "counts": counts,
        }
    )
    from cds_tracker.progress.carried_away import copy_note
    from cds_tracker.progress.handed_over import former_lead_note

    year = str(tracker.registry.document.year)
    copy = copy_note(target, day.isoformat(), year, done=status == "done")
    part = former_lead_note(tracker, target, unit_id, day)  # still cooperating, no longer lead
    notes = [note for note in (part, copy) if note]
    return NewEntry(entry, (*_warnings(target, status, parsed), *notes))


def check_existed(tracker: Tracker, unit_id: str, day: dt.date) -> None:
    """A unit reports only for the days it existed (registry/succession.py). Public: the form's
    import asks it before whether the unit leads the row's target (a merged unit leads none)."""
    from cds_tracker.core.errors import UsageError
    from cds_tracker.registry.unit_absence import absence_hint, absent

    units = tracker.index.units
    gone = absent(units, unit_id, day)
    if gone is not None:
        raise UsageError(gone, hint=absence_hint(units, unit_id, day, option="--date"))


def _within_plan(
    tracker: Tracker, target: Any, day: dt.date, arrived: str | None, elsewhere: Elsewhere
) -> None:
    """A report dated before its plan began is a typo (2013 for 2023) or belongs to another
    plan: refused, --force or not (docs/progress.md). A target carried in (`arrived`: the day
    after its carry day) takes reports from its arrival, even before the plan's start (a
    mid-year carry-over); before both, the plan it came from takes them, and the message says
    where (progress/carried_away.py `carried_in`)."""
    from cds_tracker.core.errors import UsageError
    from cds_tracker.progress.carried_away import reported_by, taken_from
    from cds_tracker.questions.periods import plan_start

    document = tracker.registry.document
    start = plan_start(document.year, document.plan.date)
    taken = taken_from(start, arrived, reported_by(target))
    if day >= taken:
        return
    if arrived is not None:
        from cds_tracker.progress.carried_away import carried_in

        earlier = tracker.earlier.get(target.id, ())
        said = carried_in(target, day.isoformat(), arrived, None, elsewhere, earlier, taken)
        if said[0].key == "entry.carried_before_all":  # no plan takes it: no other plan named
            raise UsageError(*said)
        raise OtherPlan(*said)
    raise UsageError(
        msg(
            "entry.before_plan",
            day=day.strftime("%d/%m/%Y"),
            year=document.year,
            start=start.strftime("%d/%m/%Y"),
        ),
        hint=msg("entry.hint.before_plan", year=document.year, start=start.strftime("%d/%m/%Y")),
    )


def _forced(tracker: Tracker, target: Any, unit_id: str, day: dt.date, force: bool) -> bool:
    """Whether the entry is recorded by --force: the unit is not assigned to the target (on
    `day`: a ward answers for what the wards merged into it were assigned)."""
    from cds_tracker.core.errors import UsageError
    from cds_tracker.questions.catalog import roles_of

    unit = tracker.index.units[unit_id]
    if unit.is_collective:
        members = tracker.units_on(day).units[unit_id].members  # of that day: none merged away
        raise UsageError(
            msg("entry.collective", unit=unit.name),
            hint=msg("entry.hint.member", member=tracker.index.name(members[0]))
            if members
            else None,
        )
    if roles_of(tracker, target.on(day.isoformat()), unit_id, day):  # the lead of that day
        return False
    if not force:
        from cds_tracker.progress.handed_over import refuse_former_lead

        refuse_former_lead(tracker, target, unit_id, day)  # a revision gave the lead to another
        raise UsageError(
            msg("entry.not_assigned", unit=unit.name, target=target.id),
            hint=msg("entry.hint.force"),
        )
    return True


class CityFigure(UsageError):
    """A `--value` for a city-wide figure another unit gives on the report's day
    (questions/figures.py `figure_giver`, the one rule `show` counts by): written, it would be
    ignored in silence (clerk 14). `keys`: every such indicator's key, so that the CLI's hint
    can give the same command without them (app/progress_commands.py); a form names its cell."""

    def __init__(self, message: Text, hint: Text, keys: tuple[str, ...]) -> None:
        super().__init__(message, hint)
        self.keys = keys

    def told(self, command: str) -> CityFigure:
        """The same refusal, its hint giving `command` (the one typed, without the figures)."""
        hint = self.hint
        if isinstance(hint, Msg):
            hint = msg(hint.key, **{**dict(hint.values), "command": command})
        return CityFigure(self.message, hint or "", self.keys)


def _figures_given(
    tracker: Tracker, target: Any, unit_id: str, day: dt.date, values: Sequence[str]
) -> None:
    """Refuse a figure the unit does not give on `day` (a ward's for one Phòng Kinh tế
    reports for the whole city): `--force` or not, it would never count."""
    from cds_tracker.output.tables import indicator_name
    from cds_tracker.questions.figures import not_given

    typed = {}  # key → the --value that gave it (checked by given_values already)
    for text in values:
        key, sep, _ = text.partition("=")
        typed[key.strip() if sep else target.indicators[0].key] = text
    refused = not_given(target, tracker.index, unit_id, day, typed)
    if not refused:
        return
    indicator, giver = refused[0]
    raise CityFigure(
        msg(
            "entry.city_figure",
            text=typed[indicator.key],
            key=indicator.key,
            name=indicator_name(indicator),
            target=target.id,
            reporter=tracker.index.name(giver),
            unit=tracker.index.name(unit_id),
        ),
        msg("entry.hint.city_figure", reporter=tracker.index.name(giver), command=""),
        tuple(i.key for i, _ in refused),
    )


def _not_added_yet(target: Any, day: dt.date) -> None:
    """A report dated before the day a revision added the target (`added`): the target was not
    in the plan yet, so the day is a typo (or `added` is). Refused, --force or not, unlike a
    report after an annulment: `validate` refuses such an entry too (progress/reading.py)."""
    from cds_tracker.core.errors import UsageError

    if target.added_by(day.isoformat()):
        return
    added = dt.date.fromisoformat(target.added).strftime("%d/%m/%Y")
    raise UsageError(
        msg(
            "progress.before_added",
            day=day.strftime("%d/%m/%Y"),
            target=target.id,
            added=added,
        ),
        hint=msg("entry.hint.before_added", added=added),
    )


def _check_correction(
    tracker: Tracker,
    original: Entry | None,
    corrects: str,
    target_id: str,
    unit_id: str,
    day: dt.date,
    siblings: Callable[[], Sequence[Entry]],
    again: str,
) -> None:
    """The rules of progress/rules.py: same target and unit, not corrected yet (asked of the
    unit's own entries); it may be dated before it (a date typed wrong). `again` names this
    run's registry in the command the hint prints (app/discovery.again)."""
    from cds_tracker.core.errors import UsageError

    if original is None:
        raise UsageError(
            msg("entry.corrects_missing", id=corrects),
            hint=msg("entry.hint.list_ids", target=target_id, again=f" {again}" if again else ""),
        )
    if not corrects_ok(original, target_id, unit_id):
        raise UsageError(
            msg(
                "entry.corrects_other",
                id=corrects,
                target=original.target,
                unit=tracker.index.name(original.unit),
            )
        )
    corrected_by = {e.corrects: e.id for e in siblings() if e.corrects}
    fault = correction_fault(
        Corrected(
            original.id, original.target, original.unit, original.date, corrected_by.get(corrects)
        ),
        target_id,
        unit_id,
        day.isoformat(),
    )
    if fault is not None:
        message, hint = correction_message(
            fault, corrects, original.date, latest_correction(corrected_by, corrects)
        )
        raise UsageError(msg("entry.corrects", problem=message), hint=hint)


def _ambiguous(
    tracker: Tracker, target: Any, day: dt.date, typed: str = "", again: str = ""
) -> None:
    """Refuse a code that is the target's id and also the number the plan in force on `day`
    prints another target under: a clerk reading the revised table types its number, the tool
    reads an id, and the report would go to the wrong target without a word (docs/progress.md).
    Nothing is written; the CLI asks on a terminal, else the hint says how to confirm, its
    commands on this run's registry (`again`: app/discovery.again)."""
    from cds_tracker.questions.origin_ids import origin_named
    from cds_tracker.registry.numbering import numbers_on, revisions_in_force

    if origin_named(typed.strip()) is not None:  # "I.1 (2023)": named as no other target is
        return
    if target.cancelled_since(day.isoformat()) is not None:
        return  # annulled by then: `refuse_cancelled_number` or `cancelled_forced` answers
    numbers = numbers_on(tracker.registry, day)
    other = next((i for i, n in numbers.items() if n == target.id and i != target.id), None)
    if other is None:
        return
    revision = revisions_in_force(tracker.registry.document, day)[-1]
    own = numbers.get(target.id) or _origin_cited(target) or "—"
    plan = f"{revision.number}/{revision.symbol}"
    _, meant = tracker.target(other)
    raise AmbiguousCode(
        msg("entry.ambiguous", id=target.id, own=own, other=other, plan=plan),
        msg("entry.hint.ambiguous", id=target.id, other=other, again=f" {again}" if again else ""),
        ((target.id, own, target.content), (other, target.id, meant.content)),
    )


def _origin_cited(target: Any) -> str:
    """A carried target has no number in this plan: 'I.1 (2023)', by its `carried_from`."""
    if not target.carried_from:
        return ""
    plan, _, number = str(target.carried_from).partition("/")
    return f"{number} ({plan})"


def _warnings(target: Any, status: str, parsed: dict[str, float]) -> tuple[Text, ...]:
    """'Done' with a measured value that misses its indicator: recorded, with a warning."""
    if status != "done":
        return ()
    from cds_tracker.output.tables import SIGNS, indicator_name

    return tuple(
        msg(
            "entry.not_met",
            name=indicator_name(indicator),
            value=Figure(parsed[indicator.key], indicator.unit),
            threshold=Figure(
                indicator.value,
                indicator.unit,
                SIGNS.get(indicator.comparator, indicator.comparator),
            ),
        )
        for indicator in target.indicators
        if indicator.key in parsed and not indicator.is_met(parsed[indicator.key])
    )
