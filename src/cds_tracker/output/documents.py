"""Documents for people outside the terminal: urging notes, the summary, and the exports
(Excel, iCalendar, a printable HTML page). Each function returns text or bytes; writing them
is `store.write_document`'s job."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
from typing import Any

from cds_tracker.core.dates import YearMonth, format_date
from cds_tracker.core.text import number as format_number
from cds_tracker.output.tables import (
    indicator_record,
    neutralise,
    period_text,
    reading_text,
    record,
)
from cds_tracker.output.words import Lang, label
from cds_tracker.progress.writing import FIELD_ORDER, entry_data
from cds_tracker.questions.queries import Row, Tracker
from cds_tracker.questions.reminders import Reminder
from cds_tracker.questions.summary import Summary

STATUS_COLOURS = {  # fill colours, as in the terminal
    "late": "F8CBAD",
    "done": "C6EFCE",
    "done_late": "FFEB9C",
    "in_progress": "BDD7EE",
    "not_started": "FFFFFF",
    "ongoing": "D9D9D9",
    "unreported": "E4DFEC",
}


CODES = ("done", "done_late", "in_progress", "late", "not_started", "ongoing", "unreported")


def _status_phrase(row: Row) -> str:
    text = label(row.status.code, "vi")
    if row.status.code == "late" and row.status.days_late:
        text += f" {row.status.days_late} ngày"
    if row.period is not None:
        text += f" ({period_text(row, 'vi')})"
    return text


def reminder_markdown(
    reminder: Reminder, tracker: Tracker, month: YearMonth, as_of: dt.date, report_by: dt.date
) -> str:
    """A draft urging note, in the register of an administrative letter."""
    index = tracker.index
    name = index.name(reminder.unit_id)
    plan = tracker.registry.document.plan.reference
    lines = [
        f"# Đôn đốc thực hiện các chỉ tiêu chuyển đổi số tháng {month.display()}",
        "",
        f"**Kính gửi:** {name}",
        "",
        f"Thực hiện {plan} ({tracker.registry.document.appendix}), tính đến ngày "
        f"{format_date(as_of)}, các chỉ tiêu do {name} chủ trì dưới đây đến hạn trong tháng "
        f"{month.display()} hoặc đã quá hạn mà phần việc của đơn vị chưa hoàn thành"
        + (", cùng các báo cáo định kỳ đến hạn trong tháng" if _periodic(reminder) else "")
        + ":",
        "",
        "| STT | Chỉ tiêu | Nội dung | Thời hạn | Tình trạng |",
        "| --- | --- | --- | --- | --- |",
    ]
    for number, item in enumerate(reminder.items, 1):
        row = item.row
        content = row.target.content.replace("|", "\\|")
        lines.append(
            f"| {number} | {row.target.id} | {content} | {row.target.deadline.text} | "
            f"{_status_phrase(row)} |"
        )
    collective = [item for item in reminder.items if item.members]
    if collective:
        lines += ["", "Tình hình báo cáo của các đơn vị:"]
        for item in collective:
            lines += ["", f"- Chỉ tiêu {item.row.target.id}:"]
            for member in item.members:
                state = (
                    "chưa báo cáo"
                    if member.status is None
                    else f"đã báo cáo: {label(member.status, 'vi').lower()} "
                    f"({format_date(dt.date.fromisoformat(str(member.date)))})"
                )
                if member.part == "unreported" and member.status is not None:
                    state = f"chưa báo cáo kỳ này (lần gần nhất: {state.split('(')[-1][:-1]})"
                lines.append(f"  - {index.name(member.unit_id)}: {state}")
    lines += [
        "",
        f"Đề nghị {name} khẩn trương triển khai thực hiện và báo cáo kết quả, khó khăn, vướng mắc "
        f"(nếu có) về Ban Chỉ đạo chuyển đổi số thành phố (qua Phòng Văn hóa và Thông tin) "
        f"trước ngày {format_date(report_by)} để tổng hợp, báo cáo.",
        "",
        "*(Dự thảo do cds-tracker tạo; cán bộ kiểm tra trước khi ban hành.)*",
        "",
    ]
    return "\n".join(lines)


def _periodic(reminder: Reminder) -> bool:
    return any(item.row.period is not None for item in reminder.items)


def reminders_json(
    reminders: list[Reminder],
    tracker: Tracker,
    month: YearMonth,
    as_of: dt.date,
    report_by: dt.date,
) -> str:
    index = tracker.index
    return json.dumps(
        [
            {
                "unit": index.name(r.unit_id),
                "unit_id": r.unit_id,
                "month": month.iso(),
                "as_of": as_of.isoformat(),
                "report_by": report_by.isoformat(),
                "targets": [
                    {
                        **record(item.row, index),
                        "owed": [
                            {
                                "unit": p.unit,
                                "name": index.name(p.unit),
                                "status": p.status,
                                "reported": p.reported,
                            }
                            for p in item.owed
                        ],
                        "members": [
                            {
                                "unit": index.name(m.unit_id),
                                "reported": m.status is not None,
                                "status": m.status,
                                "date": m.date,
                                "part": m.part,
                            }
                            for m in item.members
                        ],
                    }
                    for item in r.items
                ],
            }
            for r in reminders
        ],
        ensure_ascii=False,
        indent=2,
    )


def progress_bar(counts: dict[str, int], width: int = 24) -> str:
    total = sum(counts.values()) or 1
    marks = {
        "done": "█",
        "done_late": "▓",
        "in_progress": "▒",
        "late": "!",
        "not_started": "·",
        "ongoing": "~",
        "unreported": "?",
    }
    bar = "".join(marks[code] * round(width * n / total) for code, n in counts.items())
    return bar[:width].ljust(width, "·")


def summary_markdown(summary: Summary, tracker: Tracker, lang: Lang) -> str:
    en = lang == "en"
    index = tracker.index
    codes = CODES
    out = [
        f"## {'Summary' if en else 'Tổng hợp tình hình thực hiện'} "
        f"({'as of' if en else 'đến ngày'} {format_date(summary.as_of)})",
        "",
    ]
    out += [
        "| "
        + ("Group" if en else "Nhóm")
        + " | "
        + " | ".join(label(c, lang) for c in codes)
        + " | "
        + ("Progress" if en else "Tiến độ")
        + " |",
        "| --- | " + " | ".join("---" for _ in codes) + " | --- |",
    ]
    for group in summary.groups:
        out.append(
            f"| {group.group_id}. {group.title} | "
            + " | ".join(str(group.counts[c]) for c in codes)
            + f" | `{progress_bar(group.counts)}` |"
        )
    out += [
        "",
        "| "
        + ("Lead unit" if en else "Đơn vị chủ trì")
        + " | "
        + ("Leads" if en else "Chủ trì")
        + " | "
        + label("late", lang)
        + " |",
        "| --- | --- | --- |",
    ]
    out += [f"| {index.name(u.unit_id)} | {u.leads} | {u.late} |" for u in summary.units]
    out += [
        "",
        "| " + ("Target" if en else "Chỉ tiêu") + " | " + ("Indicator" if en else "Chỉ số") + " |",
        "| --- | --- |",
    ]
    out += [
        f"| {line.target_id} | {reading_text(line.reading, lang)} |" for line in summary.indicators
    ]
    return "\n".join(out) + "\n"


def summary_json(summary: Summary, tracker: Tracker) -> str:
    index = tracker.index
    return json.dumps(
        {
            "as_of": summary.as_of.isoformat(),
            "groups": [
                {"group": g.group_id, "title": g.title, "counts": g.counts, "total": g.total}
                for g in summary.groups
            ],
            "units": [
                {"unit": index.name(u.unit_id), "leads": u.leads, "late": u.late}
                for u in summary.units
            ],
            "indicators": [
                {"target": line.target_id, **indicator_record(line.reading, index)}
                for line in summary.indicators
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


# --- exports -----------------------------------------------------------------------------------


def ics(tracker: Tracker, as_of: dt.date) -> bytes:
    """Each dated target as an all-day event on its deadline (RFC 5545), for Outlook or Google."""
    index = tracker.index
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    calendar_name = "Chỉ tiêu chuyển đổi số — " + tracker.registry.document.appendix
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//cds-tracker//Phu luc 01//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_ics_text(calendar_name)}",
    ]
    for row in tracker.rows(as_of):
        month = row.target.deadline.month
        if month is None:
            continue
        day = month.last_day
        short = (
            row.target.content
            if len(row.target.content) <= 80
            else row.target.content[:79].rsplit(" ", 1)[0] + "…"
        )
        description = "\n".join(
            [
                row.target.content,
                f"{label('lead', 'vi')}: "
                + "; ".join(index.name(u) for u in row.target.lead.units),
                f"{label('cooperating', 'vi')}: "
                + "; ".join(index.name(u) for u in row.target.cooperating.units),
                f"Tình trạng ngày {format_date(as_of)}: {_status_phrase(row)}",
            ]
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{row.target.id}-{month.iso()}@cds-tracker",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(row.target.id + ' ' + short)}",
            f"DESCRIPTION:{_ics_text(description)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")


def _ics_text(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never splitting a
    UTF-8 character."""
    out: list[bytes] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current)
            current = b""
        current += encoded
    out.append(current)
    return "\r\n ".join(part.decode("utf-8") for part in out)


def html_page(tracker: Tracker, summary: Summary, as_of: dt.date) -> bytes:
    """One self-contained, printable page (A4): no scripts, no network, no external assets."""
    index = tracker.index
    doc = tracker.registry.document
    esc = html.escape
    rows_html = []
    for group in tracker.registry.groups:
        rows_html.append(
            f'<tr class="group"><td>{esc(group.id)}.</td>'
            f'<td colspan="7">{esc(group.title)}</td></tr>'
        )
        for row in (r for r in tracker.rows(as_of) if r.group.id == group.id):
            t = row.target
            rows_html.append(
                f'<tr class="{row.status.code}"><td>{t.number}.</td><td>{esc(t.content)}</td>'
                f"<td>{esc(t.directing.text)}</td><td>{esc(t.lead.text)}</td>"
                f"<td>{esc(t.cooperating.text)}</td><td>{esc(t.deadline.text)}</td>"
                f"<td>{esc(t.notes)}</td><td>{esc(_status_phrase(row))}</td></tr>"
            )
    groups_html = "".join(
        f"<tr><td>{esc(g.group_id)}. {esc(g.title)}</td>"
        + "".join(f"<td>{g.counts[c]}</td>" for c in CODES)
        + "</tr>"
        for g in summary.groups
    )
    units_html = "".join(
        f"<tr><td>{esc(index.name(u.unit_id))}</td><td>{u.leads}</td><td>{u.late}</td></tr>"
        for u in summary.units
    )
    colours = "".join(
        f"tr.{code} td:last-child{{background:#{colour}}}"
        for code, colour in STATUS_COLOURS.items()
    )
    status_heads = "".join(f"<th>{esc(label(c, 'vi'))}</th>" for c in CODES)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(doc.appendix)} — {esc(doc.title)}</title>
<style>
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font-family: "Times New Roman", serif; font-size: 11pt; color: #000; }}
h1 {{ font-size: 14pt; text-align: center; margin: 0; }}
p.sub {{ text-align: center; font-style: italic; margin: 2pt 0 10pt; }}
h2 {{ font-size: 12pt; margin: 12pt 0 4pt; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }}
th {{ background: #eee; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; }}
tr.group td {{ font-weight: bold; background: #f4f4f4; }}
{colours}
</style></head>
<body>
<h1>{esc(doc.appendix)}: {esc(doc.title)}</h1>
<p class="sub">(Kèm theo {esc(doc.plan.reference)}) — tình trạng đến ngày {format_date(as_of)}</p>
<h2>Tổng hợp theo nhóm</h2>
<table><thead><tr><th>Nhóm</th>{status_heads}</tr></thead><tbody>{groups_html}</tbody></table>
<h2>Theo đơn vị chủ trì</h2>
<table><thead><tr><th>Đơn vị chủ trì</th><th>Số chỉ tiêu chủ trì</th><th>Quá hạn</th></tr></thead>
<tbody>{units_html}</tbody></table>
<h2>Bảng chỉ tiêu</h2>
<table><thead><tr><th>Stt</th><th>Nội dung chỉ tiêu</th><th>Trực tiếp chỉ đạo</th>
<th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian hoàn thành</th><th>Ghi chú</th>
<th>Tình trạng</th></tr></thead>
<tbody>{"".join(rows_html)}</tbody></table>
</body></html>
"""
    return page.encode("utf-8")


def xlsx(tracker: Tracker, as_of: dt.date) -> bytes:
    """A workbook laid out like the appendix, plus status and progress; history on sheet two."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    index = tracker.index
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Phụ lục 01"
    headers = [
        "Stt",
        "Nội dung chỉ tiêu",
        "Trực tiếp chỉ đạo",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Ghi chú",
        "Tình trạng",
        "Giá trị mới nhất",
        "Ngày báo cáo gần nhất",
        "Số ngày quá hạn",
    ]
    widths = [6, 60, 30, 30, 30, 14, 14, 18, 28, 14, 10]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for group in tracker.registry.groups:
        sheet.append([f"{group.id}.", group.title])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in (r for r in tracker.rows(as_of) if r.group.id == group.id):
            t = row.target
            readings = [r for r in tracker.readings(t, as_of) if r.value is not None]
            history = tracker.entries.get(t.id, ())
            last = max((e.date for e in history if e.day <= as_of), default=None)
            values = [
                f"{t.number}.",
                t.content,
                t.directing.text,
                t.lead.text,
                t.cooperating.text,
                t.deadline.text,
                t.notes,
                _status_phrase(row),
                "; ".join(reading_text(r, "vi") for r in readings),
                dt.date.fromisoformat(last) if last else None,
                row.status.days_late,
            ]
            sheet.append([neutralise(v) if isinstance(v, str) else v for v in values])
            status_cell = sheet.cell(row=sheet.max_row, column=8)
            status_cell.fill = PatternFill("solid", fgColor=STATUS_COLOURS[row.status.code])
            sheet.cell(row=sheet.max_row, column=10).number_format = "DD/MM/YYYY"
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    for sheet_row in sheet.iter_rows(min_row=2):
        for cell in sheet_row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{sheet.max_row}"

    log = book.create_sheet("Lịch sử tiến độ")
    fields = list(FIELD_ORDER)
    log.append([*fields[:2], "unit_name", *fields[2:]])
    for cell in log[1]:
        cell.font = Font(bold=True)
    entries = sorted(
        (e for items in tracker.entries.values() for e in items),
        key=lambda e: (e.date, e.written, e.id),
    )
    for entry in entries:
        data = entry_data(entry)
        cells: list[Any] = []
        for key in fields:
            value = data.get(key, "")
            if key == "values":
                value = "; ".join(f"{k}={format_number(v)}" for k, v in entry.values.items())
            elif key == "evidence":
                value = "; ".join(entry.evidence)
            elif key == "counts":
                value = "; ".join(f"{k}={n}/{d}" for k, (n, d) in entry.counts.items())
            elif key == "date":
                value = entry.day
            cells.append(neutralise(value) if isinstance(value, str) else value)
            if key == "target":
                cells.append(index.name(entry.unit))
        log.append(cells)
        log.cell(row=log.max_row, column=6).number_format = "DD/MM/YYYY"
    log.freeze_panes = "A2"
    for column in range(1, len(fields) + 2):
        log.column_dimensions[get_column_letter(column)].width = 18
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
