"""`cds show`: one target in full, with the units' progress and the history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cds_tracker.core.dates import format_date
from cds_tracker.core.field_types import ROLES
from cds_tracker.core.records import DATED_CELLS
from cds_tracker.core.statuses import FINISHED
from cds_tracker.output.carried import UNREAD, Origins, cited, origin_number, origin_year
from cds_tracker.output.figures import indicators_of, trend_text
from cds_tracker.output.heirs_shown import on_day
from cds_tracker.output.records import resolved_units, target_record
from cds_tracker.output.report import Block, Grid, Line, Report
from cds_tracker.output.revised import printed_pair
from cds_tracker.output.tables import (
    indicator_name,
    period_text,
    reading_figure,
    status_word,
)
from cds_tracker.output.unit_parts import part_status
from cds_tracker.output.views_entries import entries_table
from cds_tracker.output.words import Lang, label
from cds_tracker.progress.handed_over import done_after_hand_over
from cds_tracker.questions.figures import uncounted

if TYPE_CHECKING:
    from cds_tracker.core.entries import Entry
    from cds_tracker.core.records import Target
    from cds_tracker.output.report import Table
    from cds_tracker.questions.status import Part
    from cds_tracker.questions.tracker import Row, Tracker


def target_report(
    tracker: Tracker,
    row: Row,
    as_of: dt.date,
    lang: Lang,
    origins: Origins = UNREAD,
    before: Sequence[Entry] = (),
) -> Report:
    """`before`: a carried target's units' last reports under its old plan
    (app/carried_history.py), in a table of their own marked with that plan."""
    from cds_tracker.questions.status import member_matrix

    target = row.target
    index = tracker.index
    history = list(tracker.entries.get(target.id, ()))
    timeline = tracker.timeline_on(target.id, as_of)
    matrix = member_matrix(target, index, timeline, as_of, plan_start=tracker.plan_start)
    if (held := tracker.held(target, as_of)) is not None:  # finished by a former lead
        matrix = [(p.unit, (p.status, p.reported or "")) for p in held[1]]
    absent = not target.added_by(as_of.isoformat())  # a later revision adds it: owed by none
    parts = () if absent else tracker.parts(target, as_of, row.period)
    resolved = resolved_units(tracker, row)
    month = target.deadline.month
    deadline = target.deadline.text
    if month is not None:
        deadline += f" ({label('until', lang)} {format_date(month.last_day)})"
    elif row.period is not None:
        deadline += f" — {period_text(row, lang)}"
    status = status_word(row, lang)
    if row.status.days_late is not None:
        status += " — " + label("days_count", lang, days=row.status.days_late)
    if row.flagged:
        status += " " + label("flagged", lang)
    if absent and target.added:
        day = format_date(dt.date.fromisoformat(target.added))
        if target.carried_from:  # in the plan from its carry day (app/origins.py)
            said = cited(target, origins)  # 'I.1 (2024)', not its id there (clerk 12, F3)
            status = label("carried_in_status", lang, origin=said, date=day)
        else:
            status = label("added_status", lang, date=day)
    pairs: list[tuple[str, str]] = [
        (label("group", lang), f"{row.group.id}. {row.group.title}"),
        (label("target", lang), target.content),
    ]
    for role in ROLES:  # a unit merged by then named by its heir (output/heirs_shown.py)
        units = on_day(index.units, resolved[role], as_of, index.name, lang)
        text = target.assignment(role).text
        pairs.append((label(role, lang), f"{text}\n→ {units or '—'}" if text or units else "—"))
    pairs += [
        (label("deadline_full", lang), deadline),
        (label("notes", lang), target.notes or "—"),
        *printed_pair(target, tracker.registry, as_of, lang, origins),
        *_origin_pairs(target, lang, origins),
        *_former_leads(target, as_of, lang),
        (label("status", lang), f"{status} ({label('as_of_status', lang)} {format_date(as_of)})"),
    ]
    for number, reading in enumerate(row.readings, 1):
        indicator = reading.indicator
        pairs.append(
            (
                label("indicator", lang) + (f" {number}" if len(row.readings) > 1 else ""),
                f"{indicator_name(indicator)} ({indicator.text})"
                f"\n→ {reading_figure(reading, lang)}"
                + (f"\n{trend_text(reading, lang)}" if reading.series else ""),
            )
        )
    if parts:
        pairs.append(_parts_pair(parts, target, tracker, lang, row.cancelled_on, row.ended))
    after_hand_over = [] if absent else done_after_hand_over(tracker, target, as_of)
    if after_hand_over:  # a former lead's "done" of after the hand-over: not the lead's
        reported = [label("done_after_hand_over_value", lang, **w) for w in after_hand_over]
        pairs.append((label("done_after_hand_over", lang), "\n".join(reported)))
    history_table = entries_table(
        history,
        history,
        index,
        lang,
        label("history_title", lang),
        label("history_empty", lang),
        as_of,
        indicators_of(tracker.registry),
        uncounted=uncounted((target,), index, history),
    )
    data = target_record(tracker, row, as_of, matrix, parts, history, origins)
    if after_hand_over:
        data["done_after_hand_over"] = [
            {"unit": w["unit"], "date": _iso(w["date"]), "handed_over": _iso(w["day"])}
            for w in after_hand_over
        ]
    if absent:  # not among the plan's targets that day: no status to give
        data.update(status=None, days_late=None)
    blocks: tuple[Block, ...] = (Line(target.id, bold=True, heading=True), Grid(tuple(pairs)))
    blocks += (history_table,)
    if before:
        table, data["before_carried"] = before_table(before, target, tracker, lang, as_of)
        blocks += (table,)
    return Report(blocks, data=data, command="show")


def _iso(day: str) -> str:
    return dt.datetime.strptime(day, "%d/%m/%Y").date().isoformat()


def before_table(
    before: Sequence[Entry], target: Target, tracker: Tracker, lang: Lang, as_of: dt.date | None
) -> tuple[Table, list[dict[str, object]]]:
    """The units' last reports under the old plan: a table titled with that plan and the
    target's number there, each row's target marked with the plan; and their JSON records."""
    from cds_tracker.output.records import entry_record

    plan, _, origin_id = str(target.carried_from).partition("/")
    mark = {origin_id: label("before_carried_plan", lang, plan=plan)}
    title = label("before_carried_title", lang, plan=plan, origin=origin_id)
    # the reports are on the old plan's id: named by the carried target's indicators (this
    # plan's target of that id, if any, is another one)
    indicators = {(origin_id, i.key): i for i in target.indicators}
    table = entries_table(before, before, tracker.index, lang, title, "", as_of, indicators, mark)
    records = [{**entry_record(e, None, tracker.index), "plan": plan} for e in before]
    return table, records


def _origin_pairs(target: Target, lang: Lang, origins: Origins) -> list[tuple[str, str]]:
    """Where the target came from, where it went, and since when it is cancelled. The origin
    as every table cites it ('II.2 (2024)', output/carried.py `cited`: the column "Chuyển tiếp
    từ" and the notes carry-over writes, clerk 12 F3), its `carried_from` id beside it where a
    revision renumbered it ('II.2 (2024) (mã II.3 …)')."""
    pairs = []
    if target.carried_from:
        plan, _, origin_id = str(target.carried_from).partition("/")
        number, said = origin_number(target, origins), cited(target, origins)
        if number != origin_id and origin_year(target, origins) == plan:  # not cited further back
            said = label("carried_from_id", lang, origin=said, id=origin_id)
        pairs.append((label("carried_from", lang), said))
    if target.carried_to:
        # followed there from the day after its carry day (its last day here: Target.closed)
        on = target.carried_on
        day = format_date(dt.date.fromisoformat(on) + dt.timedelta(days=1)) if on else "—"
        value = label("carried_to_value", lang, target=target.carried_to, date=day)
        pairs.append((label("carried_to", lang), value))
    for period in target.cancelled_before:  # cancelled, then listed again by a later revision
        first, back = dt.date.fromisoformat(period.since), dt.date.fromisoformat(period.until)
        last = format_date(back - dt.timedelta(days=1))
        days = label("cancelled_between", lang, date=format_date(first), last=last)
        pairs.append(
            (label("cancelled", lang), days + (f": {period.reason}" if period.reason else ""))
        )
    if target.cancelled:
        day = format_date(dt.date.fromisoformat(target.cancelled))
        reason = f": {target.cancelled_reason}" if target.cancelled_reason else ""
        pairs.append((label("cancelled", lang), day + reason))
    return pairs


def _former_leads(target: Target, as_of: dt.date, lang: Lang) -> list[tuple[str, str]]:
    """The cells revisions changed by `as_of` (`before`), as they stood before each: a former
    lead with the last day it owed the target, any other cell "Trước ngày …: …"."""
    pairs = []
    for earlier in target.earlier():
        if earlier.until > as_of.isoformat():
            break  # not revised yet on the day shown: the cells above are that day's
        until = dt.date.fromisoformat(earlier.until)
        last = format_date(until - dt.timedelta(days=1))
        for cell in DATED_CELLS:
            value = getattr(earlier, cell)
            if value is None:
                continue
            if cell == "lead":
                said = label("lead_before_value", lang, lead=value.text or ", ".join(value.units),
                             last=last)  # fmt: skip
                pairs.append((label("lead_before", lang), said))
                continue
            name = label(_CELL_WORDS[cell], lang)
            said = f"{name}: {_earlier_value(cell, value, lang)}"
            pairs.append((label("before_day", lang, day=format_date(until)), said))
    return pairs


_CELL_WORDS = {"content": "target", "directing": "directing", "cooperating": "cooperating",
               "deadline": "deadline_full"}  # fmt: skip


def _earlier_value(cell: str, value: Any, lang: Lang) -> str:
    """A cell's value before a revision, as `show` prints the cell of that name."""
    if cell == "content":
        return str(value)
    if cell == "deadline":
        month = value.month
        return str(value.text) + (
            f" ({label('until', lang)} {format_date(month.last_day)})" if month else ""
        )
    return str(value.text or ", ".join(value.units) or "—")  # no unit then: as `show` says it


def _parts_pair(
    parts: Sequence[Part],
    target: Target,
    tracker: Tracker,
    lang: Lang,
    cancelled_on: str | None = None,
    ended: str | None = None,
) -> tuple[str, str]:
    """ "Each unit's part (3/12 done)" and each unit's status with the day of its report; a
    part closed with its target (cancelled, carried over) with the day it closed, then its
    latest report. After the plan's year (`ended`: `Row.ended`) a part that did not report
    in the last window is said so ("Chưa báo cáo kỳ cuối"), as the target is."""
    done = sum(1 for p in parts if p.status in FINISHED)
    return (
        label("parts_title", lang, done=done, total=len(parts)),
        "\n".join(
            f"{tracker.index.name(p.unit)}{_in_place_of(p, tracker, lang)}: "
            f"{part_status(p.status, ended is not None, lang, p.against)} "
            f"{_part_day(p, target, lang, cancelled_on)}"
            for p in parts
        ),
    )


def _part_day(part: Part, target: Target, lang: Lang, cancelled_on: str | None = None) -> str:
    """The day a part's report speaks of; a closed part's, the day it closed (the cancellation
    in force on the day asked: `Row.cancelled_on`) and its last report."""
    cancelled = cancelled_on or target.cancelled
    closed = {"cancelled": cancelled, "carried_over": target.carried_on}.get(part.status)
    if closed is None:
        reported = part.day  # a finished part: the day it finished (questions/finished.py)
        return (
            f"({format_date(dt.date.fromisoformat(reported))})"
            if reported
            else (f"({label('no_report', lang)})")
        )
    said = ""
    if part.said is not None and part.reported is not None:
        day = format_date(dt.date.fromisoformat(part.reported))
        said = "; " + label("part_closed_report", lang, status=label(part.said, lang), date=day)
    return f"({format_date(dt.date.fromisoformat(closed))}{said})"


def _in_place_of(part: Part, tracker: Tracker, lang: Lang) -> str:
    """' (thay Phòng Quản lý đô thị, đã sáp nhập)': the part an heir took over beside its own;
    ' (trước đây là Phòng Kinh tế, đã đổi tên)' of its own former name."""
    from cds_tracker.output.heirs_shown import taken_key

    if not part.in_place_of:
        return ""
    names = ", ".join(tracker.index.name(u) for u in part.in_place_of)
    keys = ("in_place_of", "in_place_of_renamed")
    key = taken_key(keys, tracker.index.units, part.in_place_of, part.unit)
    return f" ({label(key, lang, unit=names)})"
