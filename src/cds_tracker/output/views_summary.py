"""`cds summary` for people: a bar per group, the totals of the targets in force with their
shares, the annulled targets said apart, late targets by lead unit, indicator readings. The
document forms (Word, the HTML page) say the annulled ones in the same words (`annulled_line`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cds_tracker.core.statuses import in_force, shown_statuses
from cds_tracker.output import carried
from cds_tracker.output.carried import UNREAD, Origins
from cds_tracker.output.records import summary_record
from cds_tracker.output.report import Block, Column, Line, Report, Table
from cds_tracker.output.tables import code_cell, reading_text, status_key
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from cds_tracker.core.records import Registry
    from cds_tracker.questions.summary import Summary
    from cds_tracker.questions.tracker import Tracker


def shares_line(summary: Summary, lang: Lang) -> str:
    """'Tổng: 35 chỉ tiêu — Hoàn thành: 1 (3%); …': the targets in force, each status with its
    share (each rounded: `core.statuses.percentages`; `rounding_line` says when they do not
    add up to 100)."""
    shares = summary.shares
    parts = [
        f"{label(status_key(code, summary.ended), lang)}: {n} ({shares[code]}%)"
        for code, n in summary.counts.items()
        if n
    ]
    return label("total", lang, count=summary.total) + (" — " + "; ".join(parts) if parts else "")


def rounding_line(summary: Summary, lang: Lang) -> str:
    """'Mỗi tỷ lệ được làm tròn đến 1% … nên cộng lại là 101%.', or '' when they add up to 100:
    every form that shows the shares (screen, Word) says it in the same words."""
    from cds_tracker.core.statuses import rounding_gap

    added = rounding_gap(summary.shares)
    return label("shares_rounded", lang, sum=added) if added is not None else ""


def unnamed_line(summary: Summary, tracker: Tracker, lang: Lang) -> str:
    """Under the table by lead unit: the open-ended collectives ("Các phòng, đơn vị có liên
    quan") that lead a target none of their members reported on are urged by no name, and how
    to change that; '' when there are none."""
    if not summary.unnamed:
        return ""
    units = "; ".join(f'"{tracker.index.name(u)}"' for u in summary.unnamed)
    return label("summary_unnamed", lang, units=units)


def annulled_line(summary: Summary, registry: Registry, lang: Lang) -> str:
    """'Không tính vào tổng số và tỷ lệ (1 chỉ tiêu): I.2 (đã bãi bỏ) từ 10/06/2024.', or '':
    each annulled target cited as the letters and the appendix cite it (output/revised.py
    `cancelled_named`), never by a bare number the plan in force may print for another."""
    from cds_tracker.core.dates import format_date
    from cds_tracker.output.revised import cancelled_named

    if not summary.cancelled:
        return ""
    found = {t.id: t for _, t in registry.targets()}
    named = {i: cancelled_named(found[i], lang) if i in found else i for i, _ in summary.cancelled}
    targets = "; ".join(
        label("annulled_one", lang, target=named[i], date=format_date(dt.date.fromisoformat(day)))
        if day
        else named[i]
        for i, day in summary.cancelled
    )
    return label("annulled_apart", lang, count=len(summary.cancelled), targets=targets)


def summary_report(
    summary: Summary, tracker: Tracker, lang: Lang, origins: Origins = UNREAD
) -> Report:
    """`cds summary`: a bar per group, late targets by unit, indicator readings. Carried targets
    are counted on a line of their own per origin plan and cited as the documents cite them
    ('II.6' over '(II.4 (2023))', output/tables.py `code_cell`, as a renumbered one 'I.2' over
    '(STT I.1)'), not in the groups of a plan that never printed them."""
    from cds_tracker.core.dates import format_date
    from cds_tracker.output.styles import legend, progress_bar
    from cds_tracker.registry.numbering import numbers_on

    as_of = format_date(summary.as_of)
    lines = summary.groups  # the one decision of the groups, JSON's too (questions/summary.py)
    numbers = numbers_on(tracker.registry, summary.as_of)
    targets = {t.id: t for _, t in tracker.registry.targets()}

    # the targets in force: an annulled one is said apart, under the table (`annulled_line`)
    shown = shown_statuses([in_force(g.counts) for g in lines])

    def tables(bar_width: int, code: bool) -> tuple[Table, ...]:
        group_columns = (
            Column.labelled("group", "col_group", ratio=2),
            *(Column.labelled(c, status_key(c, summary.ended)) for c in shown),
            Column.labelled("bar", "col_progress"),
        )
        groups = tuple(
            {
                "group": carried.group_name(g, lang),
                **{c: str(g.counts[c]) for c in shown},
                "bar": f"`{progress_bar(in_force(g.counts), bar_width)}`"
                if code
                else progress_bar(in_force(g.counts), bar_width),
            }
            for g in lines
        )
        unit_columns = (
            Column.labelled("unit", "col_lead_unit", ratio=1),
            Column.labelled("leads", "col_leads"),
            Column.labelled("late", "late"),
        )
        units = tuple(
            {"unit": tracker.index.name(u.unit_id), "leads": str(u.leads), "late": str(u.late)}
            for u in summary.units
        )
        indicator_columns = (
            Column.labelled("target", "col_target", no_wrap=True),
            Column.labelled("reading", "col_indicator", ratio=1),
        )
        readings = tuple(
            {
                "target": code_cell(
                    targets[line.target_id], lang, origins, numbers.get(line.target_id)
                ),
                "reading": reading_text(line.reading, lang),
            }
            for line in summary.indicators
        )
        return (
            Table(group_columns, groups, lang, empty=None),
            Table(unit_columns, units, lang, empty=None),
            # a plan without indicators: one line saying so, not an empty box (review 10)
            Table(indicator_columns, readings, lang, empty=label("summary_no_indicators", lang)),
        )

    annulled = annulled_line(summary, tracker.registry, lang)
    said = (shares_line(summary, lang), rounding_line(summary, lang), annulled)
    totals = tuple(Line(text) for text in said if text)
    unnamed = unnamed_line(summary, tracker, lang)
    note = (Line(unnamed),) if unnamed else ()
    group_table_screen, units_screen, readings_screen = tables(12, code=False)
    screen: tuple[Block, ...] = (
        Line(label("summary_title", lang, as_of=as_of), bold=True),
        group_table_screen,
        *totals,
        units_screen,
        *note,
        readings_screen,
        Line(legend(lang, shown, ended=summary.ended)),
    )
    group_table, units_table, readings_table = tables(24, code=True)
    markdown: tuple[Block, ...] = (
        Line(label("summary_heading", lang, as_of=as_of), heading=True),
        group_table,
        Line(
            f"`{legend(lang, shown, ended=summary.ended)}`"
        ),  # what each mark of the bars means, as under the screen's
        *totals,
        units_table,
        *note,
        readings_table,
    )
    # The JSON record, only of a summary made with its series (`summarise`): one made for the
    # screen, Markdown or Word has none to give.
    data = summary_record(summary, tracker) if summary.series else None
    return Report(screen, data=data, markdown=markdown)
