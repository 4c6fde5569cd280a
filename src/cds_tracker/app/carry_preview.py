"""What `cds carry-over` shows before it writes (app/carrying.py `prepare`): each target
proposed, with its group, units moved or unknown and the parts' reports to copy, then the
targets carried before that still lack a mark or parts; the day used when none was given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cds_tracker.app.carry_marks import Link, heir_parts_said
from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import msg
from cds_tracker.output.carried import UNREAD, Origins, source_cell
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.carry_left import LeftOut
from cds_tracker.questions.carry_over import Proposal
from cds_tracker.registry.units import UnitIndex

if TYPE_CHECKING:
    from cds_tracker.output.report import Report


def with_day(report: Report, said: str | None, proposals: list[Proposal], lang: Lang) -> Report:
    """The preview, with the day used when it was not given, and how to send a group the new
    plan names differently to it (`--group`) when a new group is proposed."""
    from cds_tracker.output.report import Line, Report

    before = [Line(said)] if said is not None else []
    new = {
        (p.origin.split("/", 1)[1].split(".", 1)[0], p.group_id) for p in proposals if p.new_group
    }
    after = []
    if new:
        pairs = ", ".join(f"{old} → {gid}" for old, gid in sorted(new))
        first = sorted(new)[0][0]
        after = [Line(label("carry_new_groups", lang, pairs=pairs, old=first))]
    return Report((*before, *report.blocks, *after))


def with_left(report: Report, lines: Sequence[str]) -> Report:
    """The preview, with the unfinished targets left in the old plan after it (`left_lines`):
    each the new plan already lists (which of its targets), or the user left out (`--skip`)."""
    from cds_tracker.output.report import Line, Report

    return Report((*report.blocks, *(Line(line) for line in lines)))


def left_lines(
    left: Sequence[LeftOut], source: str, to: str, lang: Lang, origins: Origins = UNREAD
) -> list[str]:
    """'Không chuyển, để lại kế hoạch 2023:' and a line per target (questions/carry_left.py)."""
    if not left:
        return []
    said = [label("carry_left_title", lang, source=source)]
    for item in left:
        origin = source_cell(item.origin, origins)
        if item.same_as:
            ids = ", ".join(item.same_as)
            said.append("- " + label("carry_left_same", lang, origin=origin, to=to, ids=ids))
        else:
            shown = item.origin.split("/", 1)[1]
            said.append("- " + label("carry_left_skip", lang, origin=origin, id=shown))
    return said


def retold_lines(
    proposals: Sequence[Proposal],
    source: str,
    to: str,
    again: Sequence[str],
    lang: Lang,
    origins: Origins = UNREAD,
) -> list[str]:
    """'Cần xem lại trước khi ghi:' and a line per target carried that the new plan's own dated
    target restates word for word for the same lead (questions/carry_over.py `retold`): carried
    all the same (a yearly event written again is a second work, registry/restated.py), but if
    it is one work its units would be urged twice, so the line gives the command leaving it out:
    `again`, the run's own command words (its --from, --to, --as-of and options), and --skip."""
    from cds_tracker.core.command_words import name_word

    said = []
    for item in proposals:
        if not item.retold:
            continue
        old_id = item.origin.split("/", 1)[1]
        command = " ".join((*again, "--skip", name_word(old_id)))
        said.append(
            "- "
            + label(
                "carry_retold",
                lang,
                origin=source_cell(item.origin, origins),
                to=to,
                ids=", ".join(item.retold),
                command=command,
            )
        )
    return [label("carry_retold_title", lang), *said] if said else []


def run_words(
    source: str,
    to: str,
    day: dt.date,
    deadline: str | None,
    groups: tuple[str, ...],
    skip: tuple[str, ...],
) -> tuple[str, ...]:
    """This run's command as words, runnable as printed (its --as-of the day it took), for a
    hint adding one more --skip (carry_preview.py `retold_lines`)."""
    from cds_tracker.core.command_words import name_word

    words = ["cds", "carry-over", "--from", name_word(source), "--to", name_word(to)]
    words += ["--as-of", day.strftime("%d/%m/%Y")]
    words += ["--deadline", name_word(deadline)] if deadline else []
    for option, values in (("--group", groups), ("--skip", skip)):
        for value in values:
            words += [option, name_word(value)]
    return tuple(words)


def proposed(
    tracker: Any,
    proposals: list[Proposal],
    found: list[Link],
    source: str,
    path: str,
    lang: Lang,
    catalog: UnitIndex,
    origins: Origins = UNREAD,
) -> Report:
    """What carry-over would write, as tables fitted to the screen: each target proposed (its
    text under its row; a unit replaced by its successor, a unit the new plan lacks, a part
    already done under that), then the targets carried before whose mark or finished parts are
    still to write. Each is cited as the documents will cite it once carried ('II.2 (2024)':
    the number its plan in force prints and that plan's year, `origins`), not by the id
    `carried_from` will hold ('2024/II.3', which the JSON gives); one the old plan itself
    carried, by its id there over its origin ('I.6' over '(II.3 (2023))': `source_cell`)."""
    from cds_tracker.output.report import Column, Line, Report, Table

    title = label("carry_title", lang, count=len(proposals), source=source, path=path)
    if not proposals:  # only repairs of targets carried before (no line when nothing at all)
        title = label("carry_none_new", lang, source=source)
    by_new = {link.new_id: link for link in found}
    rows, details = [], []
    for item in proposals:
        deadline = item.target["deadline"]["text"]
        if item.old_deadline is not None:
            deadline = f"{item.old_deadline} → {deadline}"
        rows.append(
            {
                "origin": source_cell(item.origin, origins),
                "new": str(item.target["id"]),
                "status": label(item.status, lang),
                "deadline": deadline,
                "content": str(item.target["content"]),
            }
        )
        unknown = [label("carry_unknown_unit", lang, unit=unit) for unit in item.unknown_units]
        moved = _moved_lines(catalog, item, lang)
        parts = _part_lines(tracker, by_new.pop(rows[-1]["new"], None), lang)
        group = label(
            "carry_group_new" if item.new_group else "carry_group",
            lang,
            group=f"{item.group_id}. {item.group_title}",
        )
        details.append((group, *moved, *unknown, *parts))
    columns = (
        Column.labelled("origin", "carry_col_origin", no_wrap=True),
        Column.labelled("new", "carry_col_new", no_wrap=True),
        Column.labelled("status", "carry_col_status", ratio=1),
        Column.labelled("deadline", "carry_col_deadline", ratio=1),
        Column("content", "", "", under=True),
    )
    blocks: list[Line | Table] = [Line(title)]
    if rows:
        statuses = tuple(item.status for item in proposals)
        blocks = [
            Table(columns, tuple(rows), lang, title, statuses=statuses, details=tuple(details))
        ]
    repairs = [link for link in by_new.values() if link.mark or link.parts]  # carried before
    if repairs:
        todo = Column.labelled("todo", "carry_col_todo", ratio=1)
        rows = [
            {
                "origin": source_cell(f"{source}/{link.origin_id}", origins),
                "new": link.new_id,
                "todo": "\n".join(
                    ([label("carry_todo_mark", lang)] if link.mark else [])
                    + _part_lines(tracker, link, lang)
                ),
            }
            for link in repairs
        ]
        title = label("carry_repair_title", lang)
        blocks.append(Table((*columns[:2], todo), tuple(rows), lang, title))
    return Report(tuple(blocks))


def _moved_lines(catalog: UnitIndex, item: Proposal, lang: Lang) -> list[str]:
    """ "UBND phường Bắc Sơn → UBND phường Tam Điệp (sáp nhập từ 01/07/2025)": each unit the
    carried target names no more, and the unit it names instead, with how that came about."""
    from cds_tracker.output.words import say
    from cds_tracker.registry.unit_absence import changes_until

    return [
        say(
            msg(
                "carry_unit_moved",
                unit=catalog.name(old),
                heir=catalog.name(new),
                how=changes_until(catalog.units, old, new, short=True),
            ),
            lang,
        )
        for old, new in item.moved
    ]


def _part_lines(tracker: Any, link: Link | None, lang: Lang) -> list[str]:
    """A line per part's report to copy: finished ("giữ là hoàn thành"; finished late, as the
    new plan will show it: "Hoàn thành trễ hạn so với kế hoạch 2024", `Link.late`), or the
    last report of an unfinished part ("giữ báo cáo 'Đang thực hiện' ngày 20/10/2023"); an
    ongoing target's last reports, not copied, said as what they are: that period's ("không
    chép")."""
    if link is None:
        return []
    heirs = {taken.entry_id: taken for taken in link.taken}
    said = [(entry, _part_key(link, entry)) for entry in link.parts if entry.id not in heirs]
    said += [(entry, "carry_part_periodic") for entry in link.periodic]
    return [
        label(
            key,
            lang,
            unit=tracker.index.name(entry.unit),
            date=dt.date.fromisoformat(entry.date).strftime("%d/%m/%Y"),
            status=label(entry.status, lang),
            late=label("done_late_against", lang, plan=link.late_against(entry) or ""),
        )
        for entry, key in said
    ] + [
        label(
            "carry_part_heir",
            lang,
            unit=tracker.index.name(entry.unit),
            parts=heir_parts_said(heirs[entry.id], tracker, lang),
            status=label(entry.status, lang),
            date=entry.day.strftime("%d/%m/%Y"),
        )
        for entry in link.parts
        if entry.id in heirs
    ]


def _part_key(link: Link, entry: Entry) -> str:
    """The words for a part's report copied: finished on time, finished late (`Link.late`:
    as the new plan will show it, a23-01), or the last report of an unfinished part."""
    if entry.status != "done":
        return "carry_part_open"
    return "carry_part_done_late" if link.late_against(entry) else "carry_part_done"
