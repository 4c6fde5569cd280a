"""One function per command: parse its values, ask `questions`, return the answer as a value.

Here the questions (`due`, `late`, `report`, `list`, `show`, `units`, `summary`); the progress
commands are progress_commands.py's, `remind` and `export` document_commands.py's. Query
commands return a `Report` (or a `Document`); the CLI hands it to `output.emit.render` in the
format the user chose and prints the text. Nothing here prints.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from cds_tracker.app.opening import as_of_date, open_registry, open_tracker
from cds_tracker.core.dates import YearMonth, days_after, format_date, parse_month
from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.field_types import ROLES
from cds_tracker.output.report import Document, Line, Report, Table
from cds_tracker.output.views import OwingUnit, owing_table, row_table, rows_report, summary_line
from cds_tracker.output.words import Lang, label, resolve_lang, say
from cds_tracker.questions.queries import (
    Filters,
    due_in_month,
    due_within,
    periodic_in_month,
    periodic_within,
)
from cds_tracker.questions.queries import (
    late as query_late,
)
from cds_tracker.questions.queries import (
    list_targets as query_list,
)
from cds_tracker.questions.queries import (
    report as query_report,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from cds_tracker.app.opening import Opened
    from cds_tracker.output.carried import Origins
    from cds_tracker.output.words import Lang
    from cds_tracker.questions.tracker import Row, Tracker
    from cds_tracker.registry.units import UnitIndex


def due(
    registry: Path | None,
    month_text: str | None,
    within: int | None,
    with_ongoing: bool,
    as_of_text: str | None,
    lang_option: str | None,
) -> Report:
    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    if month_text is not None and within is not None:
        raise UsageError(msg("due.month_or_within"))
    end = days_after(as_of, within) if within is not None else as_of
    tracker, origins = _opened(registry)
    if within is not None:
        rows = due_within(tracker, within, as_of)
        extra = periodic_within(tracker, within, as_of) if with_ongoing else []
        title = label("due_within_title", lang, start=format_date(as_of), end=format_date(end))
    else:
        month = parse_month(month_text) if month_text is not None else YearMonth.of(as_of)
        rows = due_in_month(tracker, month, as_of)
        extra = periodic_in_month(tracker, month, as_of) if with_ongoing else []
        title = label("due_title", lang, month=month.display(), as_of=format_date(as_of))
    index = tracker.index
    empty = label("due_empty", lang)
    blocks = [
        row_table("due", rows, index, lang, title=title, empty=empty, origins=origins, day=as_of)
    ]
    if extra:
        ongoing = label("ongoing_title", lang)
        blocks.append(
            row_table("ongoing", extra, index, lang, title=ongoing, origins=origins, day=as_of)
        )
    return rows_report(blocks, [*rows, *extra], index, lang, origins=origins)


def _gone(index: UnitIndex, unit_id: str, as_of: dt.date, lang: Lang) -> str:
    """' — Phòng Y tế không còn tồn tại ngày …': a unit that owes a late part but does not exist
    on the day (ended after the deadline with no successor): no existing unit owes it."""
    from cds_tracker.registry.unit_absence import absent

    why = absent(index.units, unit_id, as_of) if unit_id in index.units else None
    return f" — {say(why, lang)}" if why is not None else ""


def _opened(registry: Path | None, opened: Opened | None = None) -> tuple[Tracker, Origins]:
    """The tracker, and the plans its carried targets came from (none read for a registry
    that carries none): a terminal table cites carried targets as the documents do."""
    opened = opened or open_registry(registry)
    if not any(t.carried_from for _, t in opened.registry.targets()):
        return opened.tracker, {}  # most plans: nothing more imported nor read
    from cds_tracker.app.origins import carried_origins

    return opened.tracker, carried_origins(opened.found.path, opened.registry)


def late(
    registry: Path | None, by_unit: bool, as_of_text: str | None, lang_option: str | None
) -> Report:
    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    tracker, origins = _opened(registry)
    index = tracker.index
    rows = query_late(tracker, as_of)
    title = label("late_title", lang, as_of=format_date(as_of))
    empty = label("late_empty", lang, as_of=format_date(as_of))
    from cds_tracker.questions.owing import UnitRow, by_owing_unit  # only `late` asks whom

    grouped = by_owing_unit(tracker, rows, as_of) if by_unit else []
    if not grouped and not (by_unit and rows):
        table = row_table(
            "late", rows, index, lang, title=title, empty=empty, origins=origins, day=as_of
        )
        none: list[OwingUnit] | None = [] if by_unit else None
        return rows_report([table], rows, index, lang, by_unit=none, origins=origins)
    blocks: list[Line | Table] = [Line(title, bold=True)]
    blocks += [
        owing_table(
            unit_rows,
            index,
            lang,
            title=f"{index.name(unit_id)} ({len(unit_rows)})" + _gone(index, unit_id, as_of, lang),
            origins=origins,
            day=as_of,
            unit_id=unit_id,
        )
        for unit_id, unit_rows in grouped
    ]
    ordered = [item.row for _, unit_rows in grouped for item in unit_rows]
    units = [
        OwingUnit(
            index.name(unit_id),
            index.name(item.via) if item.via else None,
            tuple(index.name(u) for u in item.in_place_of),
            item.own_owed,
        )
        for unit_id, unit_rows in grouped
        for item in unit_rows
    ]
    # A late target no unit owes (its lead only "… có liên quan", none of whom reported) is
    # listed last, under no unit: never left out, and each row has its unit (or None).
    listed = {id(row) for row in ordered}
    if nobody := [UnitRow(row) for row in rows if id(row) not in listed]:
        title = f"{label('late_nobody_owes', lang)} ({len(nobody)})"
        blocks.append(owing_table(nobody, index, lang, title=title, origins=origins, day=as_of))
        ordered += [item.row for item in nobody]
        units += [OwingUnit(None)] * len(nobody)
    return rows_report(blocks, ordered, index, lang, by_unit=units, origins=origins)


def report(
    registry: Path | None,
    unit_query: str,
    as_of_text: str | None,
    lang_option: str | None,
    series: bool = True,
) -> Report:
    """`series`: the figures' series, for the formats that print them (JSON, plain CSV)."""
    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    opened = open_registry(registry)
    tracker, origins = _opened(registry, opened)
    unit = tracker.index.find(unit_query)
    rows = query_report(tracker, unit.id, as_of, series=series)
    footer = [summary_line(rows, lang, own=True)] if rows else []
    if _unnamed(tracker, rows, unit.id, as_of):  # "… có liên quan": urged by no name, say why
        footer.append(label("summary_unnamed", lang, units=f'"{unit.name}"'))
    table = row_table(
        "report",
        rows,
        tracker.index,
        lang,
        title=label("report_title", lang, unit=unit.name, as_of=format_date(as_of)),
        empty=label("report_empty", lang, unit=unit.name),
        footer=footer,
        origins=origins,
    )
    said = rows_report([table], rows, tracker.index, lang, with_roles=True, origins=origins)
    if not origins:
        return said  # nothing carried: no old plan read
    from cds_tracker.app.carried_history import with_stands

    return with_stands(opened.found.path, tracker, unit.id, rows, said, as_of, lang)


def _unnamed(tracker: Tracker, rows: Sequence[Row], unit_id: str, as_of: dt.date) -> bool:
    from cds_tracker.questions.collective import open_ended

    return any(open_ended(tracker, row.target, unit_id, as_of) for row in rows)


def list_targets(
    registry: Path | None,
    group: str | None,
    unit_query: str | None,
    role: str | None,
    status: str | None,
    deadline_from: str | None,
    deadline_to: str | None,
    as_of_text: str | None,
    lang_option: str | None,
) -> Report:
    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    # an option given empty ("") is refused, never taken as no filter
    start = (
        parse_month(deadline_from, option="--deadline-from") if deadline_from is not None else None
    )
    end = parse_month(deadline_to, option="--deadline-to") if deadline_to is not None else None
    tracker, origins = _opened(registry)
    unit_id = tracker.index.find(unit_query).id if unit_query is not None else None
    role_value = next((r for r in ROLES if r == role), None)
    filters = Filters(group, unit_id, role_value, status, start, end)
    rows = query_list(tracker, filters, as_of)
    table = row_table(
        "report" if unit_id else "list",
        rows,
        tracker.index,
        lang,
        title=label("list_title", lang, as_of=format_date(as_of)),
        empty=label("list_empty", lang),
        footer=[summary_line(rows, lang)] if rows else [],
        origins=origins,
        day=as_of,
    )
    # The CSV columns are the same with or without --unit: without it the role columns are empty.
    roles = unit_id is not None
    return rows_report(
        [table], rows, tracker.index, lang, with_roles=roles, role_columns=True, origins=origins
    )


def show(
    registry: Path | None, target_id: str, as_of_text: str | None, lang_option: str | None
) -> Report:
    from cds_tracker.output.views_target import target_report

    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    opened = open_registry(registry)
    tracker = opened.tracker
    from cds_tracker.app.typed_ids import keep_notes, open_on, typed_target

    group, target = tracker.target(typed_target(opened.found.path, opened.registry, target_id))
    keep_notes(open_on(tracker, as_of))  # a carried target finished by then: not meant
    row = tracker.row(group, target, as_of, figures=tracker.readings(target, as_of))
    if target.carried_from is None:
        return target_report(tracker, row, as_of, lang)
    from cds_tracker.app.carried_history import last_before
    from cds_tracker.app.origins import origins_of

    path = opened.found.path
    before = last_before(path, target, as_of, tracker.entries_of(target.id))
    return target_report(tracker, row, as_of, lang, origins_of(path, tracker.registry), before)


def units(registry: Path | None, lang_option: str | None, as_of_text: str | None = None) -> Report:
    """The whole catalog; with --as-of, the units of that day (and those merged by then)."""
    from cds_tracker.output.views_units import units_report

    day = as_of_date(as_of_text) if as_of_text is not None else None
    return units_report(open_tracker(registry), resolve_lang(lang_option), day)


def summary(
    registry: Path | None,
    as_of_text: str | None,
    fmt: str,
    lang_option: str | None,
    out: Path | None = None,
    force: bool = False,
) -> Report | Document:
    from cds_tracker.output.views_summary import summary_report
    from cds_tracker.questions.summary import summarise

    lang = resolve_lang(lang_option)
    if out is not None and fmt != "docx":
        from cds_tracker.app.documents import summary_out

        fmt = summary_out(out, fmt)  # before any work, as export checks its --out
    from cds_tracker.app.origins import origins_of

    opened = open_registry(registry)
    tracker = opened.tracker
    origins = origins_of(opened.found.path, tracker.registry)
    # every format counts by the same groups, the carried targets' line included (clerk15 F4)
    as_of = as_of_date(as_of_text)
    result = summarise(tracker, as_of, series=fmt == "json", origins=origins)  # JSON: series
    if fmt == "docx":
        from cds_tracker.app.documents import write_report

        return Document(write_report(result, tracker, out, force, lang, origins))
    report = summary_report(result, tracker, lang, origins)
    if out is None:
        return report
    from cds_tracker.output.emit import render
    from cds_tracker.output.files import write_document

    text = render(report, fmt)
    write_document(out, (text if text.endswith("\n") else text + "\n").encode("utf-8"), force=force)
    return Document(label("exported", lang, fmt=fmt, out=out) + "\n")
