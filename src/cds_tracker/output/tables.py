"""Rows → records (stable, English keys, for JSON/CSV) and → cells (localised, for people).

One place decides what each output format contains, so `due`, `late`, `report` and `list` agree.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from cds_tracker.core.text import number as number  # re-exported: the one formatter
from cds_tracker.core.text import quantity
from cds_tracker.output.report import Column
from cds_tracker.output.words import LANGS, Lang, label
from cds_tracker.questions.status import Reading
from cds_tracker.questions.tracker import Row
from cds_tracker.registry.units import UnitIndex

if TYPE_CHECKING:
    from cds_tracker.core.records import Indicator, Target
    from cds_tracker.output.carried import Origins

ID = Column.labelled("id", "col_id", no_wrap=True)
CONTENT = Column.labelled("content", "col_content", ratio=4)
LEAD = Column.labelled("lead", "col_lead_units", ratio=2)
DEADLINE = Column.labelled("deadline", "col_deadline")
STATUS = Column.labelled("status", "col_status")
DAYS_LATE = Column.labelled("days_late", "col_days_late")
ROLES = Column.labelled("roles", "col_roles", ratio=2)

VIEWS: dict[str, tuple[Column, ...]] = {
    "due": (ID, CONTENT, LEAD, DEADLINE, STATUS),
    "late": (ID, CONTENT, LEAD, DEADLINE, DAYS_LATE),
    "report": (ID, CONTENT, ROLES, DEADLINE, STATUS),
    "list": (ID, CONTENT, LEAD, DEADLINE, STATUS),
    "ongoing": (ID, CONTENT, LEAD, DEADLINE, STATUS),
}


def record(
    row: Row, index: UnitIndex, *, with_roles: bool = False, origins: Origins | None = None
) -> dict[str, Any]:
    """The documented JSON shape of a target row (docs/output-formats.md); a carried target's
    `origin` as the documents cite it (`origins`: app/origins.py)."""
    target = row.target
    month = target.deadline.month
    data: dict[str, Any] = {
        "id": target.id,
        "group": row.group.id,
        "group_title": row.group.title,
        "content": target.content,
        "deadline": month.iso() if month else None,
        "deadline_text": target.deadline.text,
        "directing": target.directing.text,
        "lead": target.lead.text,
        "cooperating": target.cooperating.text,
        "notes": target.notes,
        **_origin(target),
        **_cited(target, origins),
        **({"number": row.number} if _renumbered(row) else {}),
        "directing_units": [index.name(u) for u in target.directing.units],
        "lead_units": [index.name(u) for u in target.lead.units],
        "cooperating_units": [index.name(u) for u in target.cooperating.units],
        "status": row.status.code,
        "days_late": row.status.days_late,
        "units_done": row.status.done_units,
        "units_required": row.status.required_units,
        "period": (
            {
                "reporting": row.period.reporting,
                "start": row.period.start.isoformat(),
                "end": row.period.end.isoformat(),
            }
            if row.period
            else None
        ),
    }
    if row.readings:
        data["indicators"] = [indicator_record(r, index) for r in row.readings]
        data["flagged"] = row.flagged
    if with_roles:
        direct = [link for link in row.roles if link.via is None]
        data["roles"] = [link.role for link in row.roles]
        data["via"] = None if direct or not row.roles else index.name(str(row.roles[0].via))
        data["role_details"] = [
            {
                "role": link.role,
                "via": index.name(link.via) if link.via else None,
                "in_place_of": ", ".join(index.name(u) for u in link.in_place_of) or None,
            }
            for link in row.roles
        ]
        data["unit_status"] = row.part.status if row.part else None
        data["unit_reported"] = row.unit_reported
        # a finished part: the day it finished, which the screen shows (questions/finished.py)
        data["unit_finished_on"] = row.part.finished if row.part else None
        # a part closed with its target (carried over, cancelled): what it last reported
        data["unit_last_status"] = row.part.said if row.part else None
        if row.answers:
            from cds_tracker.output.unit_parts import answer_records

            data["unit_parts"] = answer_records(row, index)
    return data


def _origin(target: Target) -> dict[str, str]:
    """`carried_from`, `carried_to`/`carried_on`, `cancelled`/`cancelled_reason`, `printed` (the
    number the latest revision prints it under, docs/registry-format.md), `added`: each key only
    where the registry writes it (most targets have none)."""
    keys: tuple[str, ...] = ("carried_from", "carried_to", "carried_on", "cancelled")
    keys += ("cancelled_reason", "printed", "added")
    return {key: value for key in keys if (value := getattr(target, key))}


def _cited(target: Target, origins: Origins | None) -> dict[str, dict[str, str]]:
    """A carried target's `origin`: the plan (its folder), its id there, the number that plan
    prints it under, the plan's year, and `cited` as every document writes it ('I.1 (2023)')."""
    if target.carried_from is None:
        return {}
    from cds_tracker.output.carried import cited, origin_number, origin_of, origin_year

    known = origins or {}
    found = origin_of(target, known)
    assert found is not None
    number, year = origin_number(target, known), origin_year(target, known)
    origin = {"plan": found[0], "id": found[1], "number": number, "year": year}
    return {"origin": {**origin, "cited": cited(target, known)}}


def id_cell(row: Row, lang: Lang, origins: Origins | None = None) -> str:
    """The 'Mã' cell of a terminal table: the id a clerk types (`progress add I.4`), and under
    it what the documents print in brackets (`id_cited`): 'I.6' over '(I.3 (2023))', the one
    form `id_line` writes on one line ('I.6 (I.3 (2023))') broken in a narrow column."""
    return code_cell(row.target, lang, origins, row.number)


def code_cell(
    target: Target, lang: Lang, origins: Origins | None = None, number: str | None = None
) -> str:
    """A target in a narrow 'Chỉ tiêu' column, the one way every table cites it: the id a
    clerk types over what the documents print for it (`id_cited`), 'II.4' over '(STT II.3)'
    after a revision renumbered it, 'I.6' over '(I.3 (2023))' for a carried one. The terminal,
    the unit's report, the urging letter and the form in its envelope all write it so: a letter
    printing 'II.3' beside a form printing 'II.4' named one target two ways (clerk 11, D)."""
    under = id_cited(target, lang, origins, number)
    return f"{target.id}\n({under})" if under else target.id


def id_line(
    target: Target, lang: Lang, origins: Origins | None = None, number: str | None = None
) -> str:
    """A target named on one line as the tables name it: 'I.4 (I.1 (2023))', 'I.3 (STT I.2)',
    else its id ('Đã ghi tiến độ …: Phòng Y tế, chỉ tiêu I.4 (I.1 (2023)), …')."""
    under = id_cited(target, lang, origins, number)
    return label("id_line", lang, id=target.id, cited=under) if under else target.id


def id_cited(
    target: Target, lang: Lang, origins: Origins | None = None, number: str | None = None
) -> str:
    """What the documents print for a target where it is not its id (the one home of how a
    screen cites a target, under its id in a table or beside it on a line): 'I.1 (2023)' for one
    carried from an earlier plan (output/carried.py: the appendix, letters, summary, show), 'STT
    I.2' for one the plan in force prints under `number` (a carried one a revision lists in its
    own table too: registry/numbering.py `listed`); '' for the others."""
    if target.carried_from is not None and number is None:  # a warm query imports no more
        from cds_tracker.output.carried import cited

        return cited(target, origins or {})
    if number is not None and number != target.id:
        return label("number_short", lang, number=number)
    if target.cancelled is not None or target.cancelled_before:  # 'II.2 (đã bãi bỏ)'
        from cds_tracker.output.revised import cancelled_cited

        return cancelled_cited(target, number, lang)
    return ""


def indicator_record(reading: Reading, index: UnitIndex) -> dict[str, Any]:
    """An indicator's city figure: value, coverage, verdict, members and series."""
    indicator = reading.indicator
    return {
        "key": indicator.key,
        "comparator": indicator.comparator,
        "threshold": indicator.value,
        "unit": indicator.unit,
        "scope": indicator.scope,
        "value": reading.value,
        "date": reading.day.isoformat() if reading.day else None,
        "met": reading.met,
        "verdict": reading.verdict,
        "estimate": reading.estimate,
        "coverage": {"reported": reading.reported, "expected": reading.expected},
        "members": [
            {
                "unit": m.unit,
                "name": index.name(m.unit),
                "value": m.value,
                "numerator": m.numerator,
                "denominator": m.denominator,
                "date": m.date,
            }
            for m in reading.members
        ],
        "series": [{"date": date, "value": value} for date, value in reading.series],
    }


_START_WORDS = 5  # the words of a target's text that say which one it is


def status_word(row: Row, lang: Lang) -> str:
    """'Quá hạn', or 'Đang thực hiện (7/12)' when several units must each finish; a target no
    longer followed here says where it went ('Đã chuyển sang 2024/II.8') or since when it is
    cancelled."""
    target = row.target
    if row.status.code == "carried_over" and target.carried_to:
        # plan-qualified, with the text it went with (carried verbatim): 2023's own IV.3 in the
        # row below is not the 2024 IV.3 this one became (`report --all-plans`)
        plan, _, new_id = target.carried_to.rpartition("/")
        start = " ".join(target.content.split()[:_START_WORDS])
        if len(target.content.split()) > _START_WORDS:
            start += "…"
        return label("carried_to_status", lang, plan=plan, target=new_id, start=start)
    since = row.cancelled_on or target.cancelled
    if row.status.code == "cancelled" and since:
        return label("cancelled_status", lang, date=_day(since))
    return shared_status(row, lang)


def status_key(code: str, ended: bool) -> str:
    """The words of a status code: `unreported` after the plan's year (`ended`: `Row.ended`
    set) is about the plan's last window, "Chưa báo cáo kỳ cuối", not "kỳ này" (no window is
    current); a count of such targets is labelled so too (`summary`, the `Tổng:` line)."""
    return "unreported_last" if code == "unreported" and ended else code


def shared_status(row: Row, lang: Lang) -> str:
    """'Quá hạn', or 'Quá hạn (7/9)' once some of the several units that must each finish
    have: the screen's words, and those of every document that leaves the office (the unit's
    report in Word and Excel, the committee's workbook)."""
    text = label(status_key(row.status.code, row.ended is not None), lang)
    summary = row.status.collective_summary
    if summary and row.status.done_units:
        text += f" ({summary})"
    return text


def row_details(row: Row, lang: Lang) -> tuple[str, ...]:
    """A row's long values, one line each: the unit's own part, recorded indicator values, the
    not-met flag."""
    lines = []
    if row.answers:  # its own part and each it took over, each with its status
        from cds_tracker.output.unit_parts import answer_lines

        lines += answer_lines(row, lang)
    elif row.part is not None:
        # a finished part: the day it finished (questions/finished.py); a closed one, what it
        # last said after its status; after the plan's year, about its last window
        from cds_tracker.output.unit_parts import part_words

        part = row.part
        ended = row.ended is not None
        own, date = part_words(part.status, part.said, part.day, ended, lang, part.against)
        if date:
            lines.append(label("unit_part_reported", lang, status=own, date=date))
        else:
            lines.append(label("unit_part", lang, status=own))
        if row.part.status == "cancelled" and (row.cancelled_on or row.target.cancelled):
            lines.append(cancelled_line(row.target, lang, row.cancelled_on))
    lines += [reading_text(r, lang) for r in row.readings if r.value is not None]
    if row.flagged:
        lines.append(label("flagged", lang))
    return tuple(lines)


def cancelled_line(target: Target, lang: Lang, since_day: str | None = None) -> str:
    """'(chỉ tiêu bãi bỏ từ 10/09/2024 theo Kế hoạch số 150/KH-BCĐ ngày 10/09/2024)': since
    when and by which document (the revision `import --revise` names in the reason), beside a
    unit's own part, which says what the unit itself last reported."""
    since, reason = _day(since_day or target.cancelled or ""), target.cancelled_reason
    window = next((p for p in target.cancelled_before if p.since == since_day), None)
    if window is not None:  # a cancellation a later revision lifted: its own reason
        reason = window.reason
    for said in LANGS:  # the reason `import --revise` writes, in the language it ran in
        head = label("revise_reason", said, source="")
        if reason.startswith(head) and reason[len(head) :].strip():
            return label("part_cancelled_by", lang, date=since, source=reason[len(head) :].strip())
    if reason:
        return label("part_cancelled_because", lang, date=since, reason=reason)
    return label("part_cancelled", lang, date=since)


def _day(iso: str) -> str:
    return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"


def indicator_name(indicator: Indicator) -> str:
    """What an indicator measures, as people read it (the registry's `measures`: 'Tỷ lệ dân số
    có hồ sơ sức khỏe điện tử'); its key only where the registry says nothing. Every human
    output names indicators through this; JSON keeps the key."""
    return " ".join(indicator.measures.split()) or indicator.key


def figure(value: float, unit: str, lang: Lang) -> str:
    """'23,5%' in Vietnamese, '23.5%' in English (core.text.quantity)."""
    return quantity(value, unit, comma=lang == "vi")


SIGNS = {">=": "≥", "<=": "≤"}


def requirement(indicator: Indicator, lang: Lang) -> str:
    """'≥ 30%', '> 80%': the threshold as a reader writes it."""
    sign = SIGNS.get(indicator.comparator, indicator.comparator)
    return f"{sign} {figure(indicator.value, indicator.unit, lang)}"


def reading_figure(reading: Reading, lang: Lang) -> str:
    """'27,5% / ≥ 30% — chưa đạt', '… — chưa đủ số liệu (2/10 đơn vị)', or 'chưa có số liệu'."""
    indicator = reading.indicator
    if reading.value is None:
        return label("no_value", lang)
    verdict = reading.verdict
    judged = (
        label(verdict, lang)
        if verdict != "incomplete"
        else label("incomplete", lang, reported=reading.reported, expected=reading.expected)
    )
    estimate = f" ({label('estimate', lang)})" if reading.estimate else ""
    return (
        f"{figure(reading.value, indicator.unit, lang)}{estimate} / "
        f"{requirement(indicator, lang)} — {judged}"
    )


def reading_text(reading: Reading, lang: Lang) -> str:
    """'Tỷ lệ thanh toán trực tuyến …: 27,5% / ≥ 30% — chưa đạt'."""
    return f"{indicator_name(reading.indicator)}: {reading_figure(reading, lang)}"


def period_text(row: Row, lang: Lang) -> str:
    """'Hằng tháng, kỳ 15/10/2023–14/11/2023' for an ongoing target's reporting window."""
    if row.period is None:
        return ""
    start, end = (d.strftime("%d/%m/%Y") for d in (row.period.start, row.period.end))
    if row.ended is not None:  # after the plan's year: its last window, and whether it was met
        key = "period_ended_unreported" if row.ended == "unreported" else "period_ended"
        return f"{label(row.period.reporting, lang)}, {label(key, lang, start=start, end=end)}"
    return f"{label(row.period.reporting, lang)}, {label('period', lang, start=start, end=end)}"


def roles_text(row: Row, index: UnitIndex, lang: Lang) -> str:
    """'Trực tiếp chỉ đạo (qua Các phòng, đơn vị thuộc UBND thành phố); Phối hợp'."""
    roles = []
    for link in row.roles:
        text = label(link.role, lang)
        if link.via:
            text += f" ({label('via', lang)} {index.name(link.via)})"
        elif link.in_place_of:  # of a unit renamed, its former name (RoleLink.renamed)
            names = ", ".join(index.name(u) for u in link.in_place_of)
            key = "in_place_of_renamed" if link.renamed else "in_place_of"
            text += f" ({label(key, lang, unit=names)})"
        roles.append(text)
    return "; ".join(roles)


def lead_cell(
    target: Target,
    index: UnitIndex,
    lang: Lang,
    day: dt.date | None,
    note: tuple[str, str] | None = None,
) -> str:
    """The lead units by name; where one was merged or renamed by `day`, a line under them names
    who answers for it that day, as `show` does (output/heirs_shown.py `on_day`): 'UBND phường
    Bắc Sơn' over '→ UBND phường Tam Điệp (từ 01/07/2025)'. `note` (unit id, words): a line
    beside that unit's name — on the arrow line if it answers there, else among the lead units,
    else at the end — so "(thay UBND phường Nam Sơn, đã sáp nhập)" follows the ward that took
    Nam Sơn over, never a co-lead named after it (clerk19 F3)."""
    lines = [[(u, index.name(u)) for u in target.lead.units]]
    if day is not None and index.changes and target.lead.units:  # `due` starts without these
        from cds_tracker.output.heirs_shown import pieces_on_day

        refs = [{"unit": u, "name": index.name(u), "official": ""} for u in target.lead.units]
        answering = pieces_on_day(index.units, refs, day, index.name, lang)
        if [text for _, text in answering] != [text for _, text in lines[0]]:
            lines.append(answering)
    if note is not None:
        from cds_tracker.output.heirs_shown import attach_note

        attach_note(lines, *note)
    return "\n→ ".join("; ".join(text for _, text in pieces) for pieces in lines)


def _renumbered(row: Row) -> bool:
    return row.number is not None and row.number != row.target.id


def cells(
    row: Row,
    index: UnitIndex,
    lang: Lang,
    origins: Origins | None = None,
    day: dt.date | None = None,
) -> dict[str, str]:
    target = row.target
    return {
        "id": id_cell(row, lang, origins),
        "content": target.content,
        "lead": lead_cell(target, index, lang, day),
        "deadline": target.deadline.text + (f"\n({period_text(row, lang)})" if row.period else ""),
        "status": status_word(row, lang),
        "days_late": "" if row.status.days_late is None else str(row.status.days_late),
        "roles": roles_text(row, index, lang),
    }
