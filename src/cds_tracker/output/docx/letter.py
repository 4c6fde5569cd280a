"""An urging letter (công văn đôn đốc) to one unit, as a Word document in the state layout."""

from __future__ import annotations

import datetime as dt

from cds_tracker.core.dates import YearMonth, format_date
from cds_tracker.core.records import BLANK, Plan
from cds_tracker.output.docx import common
from cds_tracker.output.words import label
from cds_tracker.questions.letters import Letter, Owed
from cds_tracker.questions.queries import Tracker

SUBJECT = "V/v đôn đốc thực hiện các chỉ tiêu chuyển đổi số"
HEADINGS = ("STT", "Chỉ tiêu", "Nội dung chỉ tiêu", "Thời hạn", "Tình trạng", "Số ngày quá hạn")
WIDTHS_MM = (12.0, 15.0, 64.0, 22.0, 28.0, 24.0)


def plan_reference(plan: Plan, issuer: str) -> str:
    """'Kế hoạch số ……/KH-BCĐ ngày ……/5/2023 của …': the source's own blanks, made visible."""
    number = plan.number or BLANK
    date = plan.date if not plan.date.startswith("/") else BLANK + plan.date
    return f"Kế hoạch số {number}/{plan.symbol} ngày {date} của {issuer}"


def part_state(item: Owed) -> str:
    """The unit's own part: what it last reported, or that it has not reported."""
    if item.reported is None:
        return label("no_report", "vi").capitalize()
    text = label(item.reported, "vi")
    return f"{text} (báo cáo ngày {format_date(item.reported_on)})" if item.reported_on else text


def rows(letter: Letter, tracker: Tracker) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for number, item in enumerate(letter.items, 1):
        target = item.row.target
        content = target.content
        if item.via is not None:
            content += f"\n(giao chung cho: {tracker.index.name(item.via)})"
        late = item.row.status.days_late if item.row.status.code == "late" else None
        found.append(
            (
                str(number),
                target.id,
                content,
                target.deadline.text,
                part_state(item),
                str(late) if late else "",
            )
        )
    return found


def letter_docx(
    letter: Letter, tracker: Tracker, month: YearMonth, as_of: dt.date, report_by: dt.date
) -> bytes:
    document_info = tracker.registry.document
    office = document_info.office
    name = tracker.index.name(letter.unit_id)
    contact = office.contact or document_info.issuer
    document = common.new_document()
    common.header(
        document, office, document_info.issuer, as_of, symbol=office.symbol, subject=SUBJECT
    )
    common.paragraph(document, f"Kính gửi: {name}.", align="center", before=12, after=12)
    common.paragraph(
        document,
        f"Thực hiện {plan_reference(document_info.plan, document_info.issuer)} "
        f"({document_info.appendix}: {document_info.title}), tính đến ngày "
        f"{format_date(as_of)}, {name} còn {len(letter.items)} chỉ tiêu được giao chủ trì chưa "
        f"hoàn thành, đến hạn trong tháng {month.display()} hoặc đã quá hạn, cụ thể như sau:",
        indent=True,
    )
    common.grid_table(document, HEADINGS, rows(letter, tracker), WIDTHS_MM, centred=(0, 1, 5))
    common.paragraph(
        document,
        f"{document_info.issuer} đề nghị {name} khẩn trương triển khai thực hiện các chỉ tiêu "
        f"nêu trên và báo cáo về {document_info.issuer} (qua {contact}) trước ngày "
        f"{format_date(report_by)}, gồm:",
        indent=True,
        before=6,
    )
    for line in report_items(letter):
        common.paragraph(document, line, indent=True, after=3)
    common.paragraph(
        document,
        f"Đề nghị {name} quan tâm, thực hiện./.",
        indent=True,
    )
    common.closing(document, office, ["Như trên;", *office.recipients])
    return common.to_bytes(document)


def report_items(letter: Letter) -> list[str]:
    """What the unit is asked to report: results, and each figure the targets measure."""
    lines = ["- Kết quả thực hiện từng chỉ tiêu (đã hoàn thành hay chưa, ngày hoàn thành);"]
    figures = [
        f"+ {item.row.target.id}: {indicator.measures} (yêu cầu: {indicator.text});"
        for item in letter.items
        for indicator in item.row.target.indicators
    ]
    if figures:
        lines += ["- Số liệu của các chỉ số, kèm số đơn vị/hệ thống đạt trên tổng số:", *figures]
    lines.append("- Khó khăn, vướng mắc và đề xuất, kiến nghị (nếu có).")
    return lines
