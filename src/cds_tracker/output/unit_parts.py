"""A unit's part of a target in words (`part_words`, the one home of how every format says it),
and `report --unit` of a unit that took over merged units' parts: each part it answers for, in
words under its row and as JSON `unit_parts` (questions/answers.py; docs/output-formats.md)."""

from __future__ import annotations

from typing import Any

from cds_tracker.output.tables import _day, cancelled_line, status_key
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.tracker import Row
from cds_tracker.registry.units import UnitIndex


def part_words(
    code: str,
    said: str | None,
    reported: str | None,
    ended: bool,
    lang: Lang,
    against: str | None = None,
) -> tuple[str, str]:
    """A unit's part in words, the one way every format says it (the screen's line under the
    row, Word, Excel, the CSV for Excel; `show` says a closed part's report alike): its status
    (`code`, as JSON `unit_status` says it), and the day beside it ("" when none, or when said
    here). A part closed with its target (carried over, cancelled) is that, with what it last
    reported after it: "Đã chuyển sang kế hoạch sau; báo cáo gần nhất: Đang thực hiện,
    30/10/2023" — not its last report alone, which read as a part still at work in a plan that
    no longer follows it (clerk16 F3). `against`: finished in the plan the target came from,
    late by its deadline (`tables.part_status`)."""
    words = part_status(code, ended, lang, against)
    if said is None:
        return words, _day(reported) if reported else ""
    if reported is None:
        return words, ""
    last = label("part_closed_report", lang, status=label(said, lang), date=_day(reported))
    return f"{words}; {last}", ""


def part_status(code: str, ended: bool, lang: Lang, against: str | None = None) -> str:
    """A part's status in words (`status_key`): one finished late in the plan its carried
    target came from says against which plan's deadline (`Part.against`), "Hoàn thành trễ hạn
    so với kế hoạch 2023": this plan's deadline came after it (clerk21 F2)."""
    if against is not None and code == "done_late":
        return label("done_late_against", lang, plan=against)
    return label(status_key(code, ended), lang)


def answer_lines(row: Row, lang: Lang) -> list[str]:
    """`report --unit` of a unit that took over merged units' parts: one line per part, its
    own first, each taken over with whose it was and since when; who made the report a part
    rests on when it is not the part's own unit's."""
    lines = []
    for answer in row.answers:
        reported = answer.finished or answer.reported  # a finished part: the day it finished
        ended = row.ended is not None
        status, date = part_words(answer.status, answer.said, reported, ended, lang)
        if answer.since is None:
            key = "answer_own_reported" if date else "answer_own"
            lines.append(label(key, lang, status=status, date=date))
            continue
        since = _day(answer.since)
        key = _taken_key(bool(date), answer.renamed)
        lines.append(
            label(
                key,
                lang,
                unit=answer.name,
                since=since,
                status=status,
                date=date,
                by=answer.by_name,
            )
        )
    if (
        row.part is not None
        and row.part.status == "cancelled"
        and (row.cancelled_on or row.target.cancelled)
    ):
        lines.append(cancelled_line(row.target, lang, row.cancelled_on))
    return lines


def answer_records(row: Row, index: UnitIndex) -> list[dict[str, Any]]:
    """`unit_parts` of `report --unit --format json` (docs/output-formats.md): each part the unit
    answers for, its own first (`taken_over_from` null), each with its status."""
    return [
        {
            "taken_over_from": index.name(a.unit) if a.since is not None else None,
            "renamed": a.renamed,  # taken_over_from is the unit's former name, not a merger
            "since": a.since,
            "status": a.status,
            "last_status": a.said,
            "reported": a.reported,
            "reported_by": index.name(a.by) if a.by else None,
            "finished_on": a.finished,
        }
        for a in row.answers
    ]


def record_lines(parts: list[dict[str, Any]], lang: Lang, *, ended: bool = False) -> list[str]:
    """The same lines as `answer_lines`, from a record's `unit_parts` (`answer_records`): the
    Word and Excel unit reports (output/unit_report.py) are made from the records; `ended`:
    asked after the plan's year (`Row.ended`), an unreported part is "kỳ cuối" (a12_03)."""
    lines = []
    for part in parts:
        reported = part.get("finished_on") or part["reported"]  # a finished part: that day
        status, date = part_words(part["status"], part["last_status"], reported, ended, lang)
        if part["since"] is None:
            key = "answer_own_reported" if date else "answer_own"
            lines.append(label(key, lang, status=status, date=date))
            continue
        key = _taken_key(bool(date), bool(part.get("renamed")))
        said = {"unit": part["taken_over_from"], "since": _day(part["since"]), "status": status}
        lines.append(label(key, lang, **said, date=date, by=part["reported_by"] or ""))
    return lines


def _taken_key(reported: bool, renamed: bool) -> str:
    """A part taken over, with its report's day or not; of the unit's own former name (renamed,
    registry/succession.renamed_as) in a rename's words, never "nhận thay" a merged unit."""
    if renamed:
        return "answer_taken_reported_renamed" if reported else "answer_taken_renamed"
    return "answer_taken_reported" if reported else "answer_taken"
