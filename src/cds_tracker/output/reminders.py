"""Draft urging notes (văn bản đôn đốc) in Markdown, one per lead unit, and their JSON."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cds_tracker.core.dates import YearMonth, format_date
from cds_tracker.output.records import reminder_records
from cds_tracker.output.report import Report
from cds_tracker.output.sanitize import visible
from cds_tracker.output.words import label
from cds_tracker.questions.queries import Row, Tracker
from cds_tracker.questions.reminders import Reminder


def status_phrase(row: Row) -> str:
    """'Quá hạn 184 ngày': the status as a document states it (Vietnamese)."""
    text = label(row.status.code, "vi")
    if row.status.code == "late" and row.status.days_late:
        text += f" {row.status.days_late} {label('days', 'vi')}"
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
        f"{month.display()} hoặc đã quá hạn nhưng chưa hoàn thành:",
        "",
        "| STT | Chỉ tiêu | Nội dung | Thời hạn | Tình trạng |",
        "| --- | --- | --- | --- | --- |",
    ]
    for number, item in enumerate(reminder.items, 1):
        row = item.row
        content = row.target.content.replace("|", "\\|").replace("\n", " ")
        lines.append(
            f"| {number} | {row.target.id} | {content} | {row.target.deadline.text} | "
            f"{status_phrase(row)} |"
        )
    collective = [item for item in reminder.items if item.members]
    if collective:
        lines += ["", "Tình hình báo cáo của các đơn vị:"]
        for item in collective:
            lines += ["", f"- Chỉ tiêu {item.row.target.id}:"]
            for member in item.members:
                state = (
                    label("no_report", "vi")
                    if member.status is None
                    else f"đã báo cáo: {label(member.status, 'vi').lower()} "
                    f"({format_date(dt.date.fromisoformat(str(member.date)))})"
                )
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
    return visible("\n".join(lines))


def reminders_report(
    found: Sequence[Reminder],
    tracker: Tracker,
    month: YearMonth,
    as_of: dt.date,
    report_by: dt.date,
) -> Report:
    """`cds remind --format json`."""
    return Report((), data=reminder_records(found, tracker, month.iso(), as_of, report_by))
