"""Everything users see is formatted here: problems now, tables and machine formats too.

The core returns values; this module turns them into text for a terminal (rich), a pipe (plain),
or a machine (JSON, CSV, Markdown, GitHub annotations).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cds_tracker.core.dates import format_date, utc_order
from cds_tracker.core.errors import Problem
from cds_tracker.core.text import number, quantity
from cds_tracker.output.screen import screen
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from rich.console import Console

    from cds_tracker.core.records import Entry
    from cds_tracker.questions.queries import Row, Tracker
    from cds_tracker.questions.summary import Summary
    from cds_tracker.registry.units import UnitIndex


def console(*, stderr: bool = False) -> Console:
    """A console that is plain (no colour, no ANSI) when piped or when NO_COLOR is set."""
    import os

    from rich.console import Console

    if os.environ.get("NO_COLOR"):  # https://no-color.org: no escape codes at all
        return Console(stderr=stderr, highlight=False, soft_wrap=False, color_system=None)
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def problem_text(problem: Problem, lang: Lang = "vi") -> str:
    """`file:line:col: message`, then the line with a caret under the column, then the hint."""
    lines = [problem.heading()]
    if problem.excerpt is not None and problem.excerpt.strip():
        number = str(problem.line)
        gutter = " " * len(number)
        shown, caret = _window(problem.excerpt.replace("\t", " "), problem.col - 1)
        lines.append(f"  {number} | {shown}")
        lines.append(f"  {gutter} | {' ' * caret}^")
    if problem.hint:
        lines.append(f"  {label('hint', lang)}: {problem.hint}")
    return "\n".join(lines)


def _window(line: str, at: int, width: int = 100) -> tuple[str, int]:
    """At most `width` characters of a long line around column `at`, and the caret's offset."""
    if len(line) <= width:
        return line, at
    start = max(0, min(at - width // 2, len(line) - width))
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(line) else ""
    return prefix + line[start : start + width] + suffix, at - start + len(prefix)


def problems_json(problems: Sequence[Problem]) -> str:
    return json.dumps(
        [
            {
                "file": p.file,
                "line": p.line,
                "col": p.col,
                "message": p.message,
                "hint": p.hint,
                "target": p.target,
            }
            for p in problems
        ],
        ensure_ascii=False,
        indent=2,
    )


def problem_github(problem: Problem) -> str:
    """A GitHub Actions workflow command, so CI shows the problem on the line in the diff."""
    message = problem.message + (f" ({problem.hint})" if problem.hint else "")
    escaped = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    file = problem.file.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
    return f"::error file={file},line={problem.line},col={problem.col}::{escaped}"


def validate_summary(files: int, problems: int, lang: Lang) -> str:
    if problems == 0:
        word = label("files" if files != 1 else "file", lang)
        return f"{label('valid', lang)}: {files} {word}."
    word = label("problems_in" if problems != 1 else "problem_in", lang)
    return f"{problems} {word} {files} {label('files' if files != 1 else 'file', lang)}."


def emit_rows(
    view: str,
    rows: Sequence[Row],
    index: UnitIndex,
    *,
    fmt: str,
    lang: Lang,
    title: str | None = None,
    empty: str = "",
    with_roles: bool = False,
    footer: Sequence[str] = (),
) -> str | None:
    """Machine formats are returned as text; a table is printed on the console (None)."""
    from cds_tracker.output.tables import VIEWS, cells, record, to_csv, to_json, to_markdown

    if fmt == "json":
        return to_json([record(r, index, with_roles=with_roles) for r in rows])
    if fmt == "csv":
        return to_csv([record(r, index, with_roles=with_roles) for r in rows])
    columns = VIEWS[view]
    shown = [cells(r, index, lang) for r in rows]
    if fmt == "markdown":
        parts = [f"**{title}**\n\n"] if title else []
        parts.append(to_markdown(columns, shown, lang) if rows else empty + "\n")
        parts += [f"\n{line}\n" for line in footer]
        return "".join(parts)
    out = screen()
    if title:
        out.line(title, bold=True)
    if rows:
        out.table(columns, shown, lang, [r.status.code for r in rows])
    else:
        out.line(empty)
    for line in footer:
        out.line(line)
    return None


def emit_target(tracker: Tracker, row: Row, as_of: dt.date, *, fmt: str, lang: Lang) -> str | None:
    """`cds show`: one target in full, with the units' progress and the history."""
    from cds_tracker.core.dates import format_date
    from cds_tracker.core.records import ROLES
    from cds_tracker.output.tables import (
        indicator_record,
        period_text,
        reading_text,
        record,
        status_text,
        trend_text,
    )
    from cds_tracker.questions.status import corrected_by, member_matrix

    target = row.target
    index = tracker.index
    history = list(tracker.entries.get(target.id, ()))
    matrix = member_matrix(target, index, tracker.timeline(target.id), as_of)
    parts = tracker.parts(target, as_of, row.period)
    resolved = {
        role: [
            {"unit": ref.unit_id, "name": index.name(ref.unit_id), "official": ref.official}
            for ref in index.resolve(target.assignment(role).text).refs
        ]
        for role in ROLES
    }
    if fmt in ("json", "csv"):
        corrected = corrected_by(history, as_of)
        data = {
            **record(row, index),
            "resolved": resolved,
            "indicators": [
                {
                    **dataclasses.asdict(r.indicator),
                    **indicator_record(r, index),
                    "threshold": r.indicator.value,
                    "latest": r.value,
                }
                for r in row.readings
            ],
            "parts": [
                {
                    "unit": p.unit,
                    "name": index.name(p.unit),
                    "status": p.status,
                    "reported": p.reported,
                }
                for p in parts
            ],
            "members": [
                {
                    "unit": index.name(u),
                    "status": latest[0] if latest else None,
                    "date": latest[1] if latest else None,
                }
                for u, latest in matrix
            ],
            "history": [
                entry_record(e, corrected.get(e.id), index) for e in sorted_history(history)
            ],
            "as_of": as_of.isoformat(),
        }
        return json.dumps(data, ensure_ascii=False, indent=2)
    en = lang == "en"
    month = target.deadline.month
    deadline = target.deadline.text
    if month is not None:
        until = "until" if en else "đến hết ngày"
        deadline += f" ({until} {format_date(month.last_day)})"
    elif row.period is not None:
        deadline += f" — {period_text(row, lang)}"
    status = status_text(row, lang).split("\n")[0]
    if row.status.days_late is not None:
        status += f" — {row.status.days_late} {'days' if en else 'ngày'}"
    if row.flagged:
        status += " " + label("flagged", lang)
    pairs: list[tuple[str, str]] = [
        ("Group" if en else "Nhóm", f"{row.group.id}. {row.group.title}"),
        ("Target" if en else "Nội dung chỉ tiêu", target.content),
    ]
    for role in ROLES:
        units = "; ".join(
            f"{r['name']} ({r['official']})" if r["official"] else str(r["name"])
            for r in resolved[role]
        )
        pairs.append((label(role, lang), f"{target.assignment(role).text}\n→ {units}"))
    pairs += [
        ("Deadline" if en else "Thời gian hoàn thành", deadline),
        ("Notes" if en else "Ghi chú", target.notes or "—"),
        (
            "Status" if en else "Trạng thái",
            f"{status} ({'as of' if en else 'đến ngày'} {format_date(as_of)})",
        ),
    ]
    for reading in row.readings:
        indicator = reading.indicator
        pairs.append(
            (
                ("Indicator" if en else "Chỉ số") + f" {indicator.key}",
                f"{indicator.measures}: {indicator.comparator} "
                f"{quantity(indicator.value, indicator.unit)} ({indicator.text})"
                f"\n→ {reading_text(reading, lang)}"
                + (f"\n{trend_text(reading, lang)}" if reading.series else ""),
            )
        )
    if parts:
        done = sum(1 for p in parts if p.status in ("done", "done_late"))
        pairs.append(
            (
                label("parts_title", lang, done=done, total=len(parts)),
                "\n".join(
                    f"{index.name(p.unit)}: {label(p.status, lang)}"
                    + (
                        f" ({format_date(dt.date.fromisoformat(p.reported))})"
                        if p.reported
                        else f" ({label('no_report', lang)})"
                    )
                    for p in parts
                ),
            )
        )
    history_title = label("history_title", lang)
    history_empty = label("history_empty", lang)
    if fmt == "markdown":
        lines = [f"## {target.id}", ""]
        lines += [f"- **{key}:** {value.replace(chr(10), '; ')}" for key, value in pairs]
        history_text = emit_entries(
            history,
            history,
            index,
            fmt="markdown",
            lang=lang,
            title=history_title,
            empty=history_empty,
            as_of=as_of,
        )
        return "\n".join(lines) + "\n\n" + (history_text or "")
    out = screen()
    out.line(target.id, bold=True)
    out.grid(pairs)
    out.line()
    emit_entries(
        history,
        history,
        index,
        fmt="table",
        lang=lang,
        title=history_title,
        empty=history_empty,
        as_of=as_of,
    )
    return None


def emit_units(tracker: Tracker, *, fmt: str, lang: Lang) -> str | None:
    """`cds units`: the catalog with each unit's counts."""
    from cds_tracker.output.tables import Column, to_csv, to_json, to_markdown
    from cds_tracker.questions.queries import unit_counts

    index = tracker.index
    counts = {c.unit_id: c for c in unit_counts(tracker)}
    records: list[dict[str, Any]] = []
    for unit in index.units.values():
        count = counts[unit.id]
        records.append(
            {
                "id": unit.id,
                "name": unit.name,
                "kind": unit.kind,
                "source": unit.source,
                "aliases": list(unit.aliases),
                "members": [index.name(m) for m in unit.members],
                "scope": unit.scope,
                "directing": count.direct["directing"],
                "lead": count.direct["lead"],
                "cooperating": count.direct["cooperating"],
                "directing_via_collective": count.via["directing"],
                "lead_via_collective": count.via["lead"],
                "cooperating_via_collective": count.via["cooperating"],
            }
        )
    if fmt == "json":
        return to_json(records)
    if fmt == "csv":
        return to_csv(records)

    def tally(item: dict[str, Any], role: str) -> str:
        via = item[f"{role}_via_collective"]
        return f"{item[role]} (+{via})" if via else str(item[role])

    columns = (
        Column("id", "Mã", "ID", ratio=1),
        Column("name", "Tên đơn vị", "Name", ratio=2),
        Column("kind", "Loại", "Kind", ratio=1),
        Column("aliases", "Tên khác / thành viên", "Aliases / members", ratio=3),
        Column("directing", "Chỉ đạo", "Directs"),
        Column("lead", "Chủ trì", "Leads"),
        Column("cooperating", "Phối hợp", "Cooperates"),
    )
    member_word = "members" if lang == "en" else "thành viên"
    rows = [
        {
            "id": item["id"],
            "name": item["name"],
            "kind": label(item["kind"], lang),
            "aliases": "; ".join(
                [*item["aliases"]]
                + ([f"{member_word}: " + ", ".join(item["members"])] if item["members"] else [])
            ),
            "directing": tally(item, "directing"),
            "lead": tally(item, "lead"),
            "cooperating": tally(item, "cooperating"),
        }
        for item in records
    ]
    title = label("units_title", lang) + f" ({len(rows)})"
    if fmt == "markdown":
        return f"**{title}**\n\n" + to_markdown(columns, rows, lang)
    out = screen()
    out.line(title, bold=True)
    out.table(columns, rows, lang)
    return None


def sorted_history(entries: Sequence[Entry]) -> list[Entry]:
    """Newest first: by date, then by when written, then the later-appended first."""
    order = sorted(
        enumerate(entries), key=lambda p: (p[1].day, utc_order(p[1].written), p[0]), reverse=True
    )
    return [entry for _, entry in order]


def entry_record(entry: Entry, corrected_by: str | None, index: UnitIndex) -> dict[str, Any]:
    from cds_tracker.progress.writing import entry_data

    return {
        **entry_data(entry),
        "unit_name": index.name(entry.unit),
        "corrected_by": corrected_by,
        "status": entry.status,
        "values": dict(entry.values),
    }


def entry_cells(
    entry: Entry, corrected_by: str | None, index: UnitIndex, lang: Lang
) -> dict[str, str]:
    from cds_tracker.core.dates import format_date

    details = [entry.note]
    if entry.obstacles:
        details.append(("Obstacles: " if lang == "en" else "Khó khăn: ") + entry.obstacles)
    if entry.proposals:
        details.append(("Proposals: " if lang == "en" else "Đề xuất: ") + entry.proposals)
    if entry.evidence:
        details.append(("Evidence: " if lang == "en" else "Căn cứ: ") + "; ".join(entry.evidence))
    if entry.by:
        details.append(("By: " if lang == "en" else "Người báo cáo: ") + entry.by)
    if corrected_by:
        details.append("(" + label("corrected", lang, id=corrected_by) + ")")
    if entry.corrects:
        details.append(("Corrects " if lang == "en" else "Đính chính ") + entry.corrects)
    if entry.forced:
        details.append("(" + label("forced", lang) + ")")
    return {
        "id": entry.id,
        "date": format_date(entry.day),
        "target": entry.target,
        "unit": index.name(entry.unit),
        "status": label(entry.status, lang),
        "values": "\n".join(f"{k} = {number(v)}" for k, v in entry.values.items()),
        "details": "\n".join(d for d in details if d),
    }


def emit_entries(
    entries: Sequence[Entry],
    all_entries: Sequence[Entry],
    index: UnitIndex,
    *,
    fmt: str,
    lang: Lang,
    title: str | None,
    empty: str,
    as_of: dt.date | None = None,
) -> str | None:
    """`cds progress list` and the history in `cds show`: every entry listed, marked corrected
    when its correction is dated on or before `as_of` (the view's day; None: any day)."""
    from cds_tracker.output.tables import Column, to_csv, to_json, to_markdown
    from cds_tracker.questions.status import corrected_by

    corrected = corrected_by(all_entries, as_of)
    ordered = sorted_history(entries)
    if fmt in ("json", "csv"):
        records = [entry_record(e, corrected.get(e.id), index) for e in ordered]
        return to_json(records) if fmt == "json" else to_csv(records)
    columns = (
        Column("id", "Mã mục", "Entry", no_wrap=True),
        Column("date", "Ngày", "Date", no_wrap=True),
        Column("target", "Chỉ tiêu", "Target", no_wrap=True),
        Column("unit", "Đơn vị", "Unit", ratio=2),
        Column("status", "Trạng thái", "Status"),
        Column("values", "Số liệu", "Values", ratio=1),
        Column("details", "Nội dung", "Details", ratio=3),
    )
    rows = [entry_cells(e, corrected.get(e.id), index, lang) for e in ordered]
    if fmt == "markdown":
        head = f"**{title}**\n\n" if title else ""
        return head + (to_markdown(columns, rows, lang) if rows else empty + "\n")
    out = screen()
    if title:
        out.line(title, bold=True)
    if rows:
        out.table(columns, rows, lang)
    else:
        out.line(empty)
    return None


def emit_summary(summary: Summary, tracker: Tracker, lang: Lang) -> None:
    """`cds summary` on a screen: a bar per group, late targets by unit, indicator readings."""
    from cds_tracker.output.documents import progress_bar
    from cds_tracker.output.tables import Column, reading_text

    en = lang == "en"
    codes = ("done", "done_late", "in_progress", "late", "not_started", "ongoing", "unreported")
    out = screen()
    out.line(
        ("Summary, as of " if en else "Tổng hợp tình hình thực hiện, đến ngày ")
        + format_date(summary.as_of),
        bold=True,
    )
    group_columns = (
        Column("group", "Nhóm", "Group", ratio=2),
        *(Column(code, label(code, "vi"), label(code, "en")) for code in codes),
        Column("bar", "Tiến độ", "Progress"),
    )
    out.table(
        group_columns,
        [
            {
                "group": f"{g.group_id}. {g.title}",
                **{c: str(g.counts[c]) for c in codes},
                "bar": progress_bar(g.counts, width=12),
            }
            for g in summary.groups
        ],
        lang,
    )
    unit_columns = (
        Column("unit", "Đơn vị chủ trì", "Lead unit", ratio=1),
        Column("leads", "Chủ trì", "Leads"),
        Column("late", "Quá hạn", "Late"),
    )
    out.table(
        unit_columns,
        [
            {"unit": tracker.index.name(u.unit_id), "leads": str(u.leads), "late": str(u.late)}
            for u in summary.units
        ],
        lang,
    )
    indicator_columns = (
        Column("target", "Chỉ tiêu", "Target", no_wrap=True),
        Column("reading", "Chỉ số", "Indicator", ratio=1),
    )
    out.table(
        indicator_columns,
        [
            {"target": line.target_id, "reading": reading_text(line.reading, lang)}
            for line in summary.indicators
        ],
        lang,
    )
    out.line(
        "█ "
        + label("done", lang)
        + "  ▓ "
        + label("done_late", lang)
        + "  ▒ "
        + label("in_progress", lang)
        + "  ! "
        + label("late", lang)
        + "  · "
        + label("not_started", lang)
        + "  ~ "
        + label("ongoing", lang)
        + "  ? "
        + label("unreported", lang)
    )
