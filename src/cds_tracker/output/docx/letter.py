"""An urging letter (công văn đôn đốc) to one unit, as a Word document in the state layout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from cds_tracker.core.dates import YearMonth, format_date
from cds_tracker.core.records import Target
from cds_tracker.output.carried import UNREAD, Origins, also_cited, in_order
from cds_tracker.output.docx import common
from cds_tracker.output.reminders import (
    content_text,
    deadline_text,
    last_phrase,
    part_phrase,
    plan_reference,
)
from cds_tracker.output.tables import code_cell, id_line, indicator_name
from cds_tracker.questions.reminders import Owed, Reminder
from cds_tracker.questions.tracker import Tracker
from cds_tracker.registry.numbering import numbers_on, revisions_in_force

SUBJECT = "V/v đôn đốc thực hiện các chỉ tiêu chuyển đổi số"
HEADINGS = ("STT", "Chỉ tiêu", "Nội dung chỉ tiêu", "Thời hạn", "Tình trạng", "Báo cáo gần nhất")
WIDTHS_MM = (12.0, 15.0, 64.0, 22.0, 28.0, 24.0)


def introduction(letter: Reminder, name: str, month: YearMonth) -> str:
    """What the unit owes, counted: targets due or late, then periodic reports."""
    dated = sum(item.row.period is None for item in letter.items)
    periodic = len(letter.items) - dated
    parts = []
    if dated:
        parts.append(
            f"{dated} chỉ tiêu được giao chủ trì chưa hoàn thành, đến hạn trong tháng "
            f"{month.display()} hoặc đã quá hạn"
        )
    if periodic:
        parts.append(
            f"{periodic} báo cáo định kỳ của chỉ tiêu thực hiện thường xuyên đến hạn trong "
            f"tháng {month.display()} chưa gửi"
        )
    return f"{name} còn " + "; ".join(parts) + ", cụ thể như sau:"


def rows(
    letter: Reminder, tracker: Tracker, as_of: dt.date, origins: Origins = UNREAD
) -> list[tuple[str, ...]]:
    """The rows a Markdown note has too (output/reminders.py), word for word: each target by
    its id over the number the plan in force on `as_of` prints it under where that differs
    (its revisions cited once, above the table), a carried one over its number in its own plan
    (output/tables.py `code_cell`, as the form sent with the letter and the unit's report)."""
    numbers = numbers_on(tracker.registry, as_of)
    return [
        (
            str(number),
            code_cell(item.row.target, "vi", origins, numbers.get(item.row.target.id)),
            content_text(item, tracker.index),
            deadline_text(item),
            part_phrase(item),
            last_phrase(item, tracker.index),
        )
        for number, item in enumerate(
            in_order(letter.items, lambda item: item.row.target, origins, numbers), 1
        )
    ]


def letter_docx(
    letter: Reminder,
    tracker: Tracker,
    month: YearMonth,
    as_of: dt.date,
    report_by: dt.date,
    origins: Origins = UNREAD,
) -> bytes:
    """The letter cites the plan in force once, in its opening sentence (number, date, issuer,
    and the revisions it was amended by), and each origin plan a carried target comes from; the
    table then gives each target its id over the number that plan prints (`rows`)."""
    document_info = tracker.registry.document
    office = document_info.office
    name = tracker.index.name(letter.unit_id)
    contact = office.contact or document_info.issuer
    revisions = revisions_in_force(document_info, as_of)
    targets = [item.row.target for item in letter.items]
    document = common.new_document()
    common.header(
        document, office, document_info.issuer, as_of, symbol=office.symbol, subject=SUBJECT
    )
    common.paragraph(document, f"Kính gửi: {name}.", align="center", before=12, after=12)
    common.paragraph(
        document,
        f"Thực hiện {plan_reference(document_info.plan, document_info.issuer, revisions)}"
        f"{also_cited(targets, origins, document_info.year)}, tính đến ngày "
        f"{format_date(as_of)}, {introduction(letter, name, month)}",
        indent=True,
    )
    table = rows(letter, tracker, as_of, origins)
    common.grid_table(document, HEADINGS, table, WIDTHS_MM, centred=(0, 1))
    common.paragraph(
        document,
        f"{document_info.issuer} đề nghị {name} khẩn trương triển khai thực hiện các chỉ tiêu "
        f"nêu trên và báo cáo về {document_info.issuer} (qua {contact}) trước ngày "
        f"{format_date(report_by)}, gồm:",
        indent=True,
        before=6,
    )
    numbers = numbers_on(tracker.registry, as_of)
    for line in report_items(letter, origins, numbers, tracker, as_of):
        common.paragraph(document, line, indent=True, after=3)
    common.paragraph(
        document,
        f"Đề nghị {name} quan tâm, thực hiện./.",
        indent=True,
    )
    common.closing(document, office, ["Như trên;", *office.recipients])
    return common.to_bytes(document)


def report_items(
    letter: Reminder,
    origins: Origins = UNREAD,
    numbers: Mapping[str, str] | None = None,
    tracker: Tracker | None = None,
    as_of: dt.date | None = None,
) -> list[str]:
    """What the unit is asked to report: results, and each figure the targets measure that the
    unit gives (each target named as in the table above): a city-wide figure another unit
    reports is not asked of it — the form in the same envelope greys its cells (clerk 14, F2;
    questions/form_rows.py `reported_indicators`, the one rule, as the units stood on `as_of`,
    the letter's day)."""
    from cds_tracker.questions.form_rows import reported_indicators

    lines = ["- Kết quả thực hiện từng chỉ tiêu (đã hoàn thành hay chưa, ngày hoàn thành);"]
    numbers = numbers or {}
    figures = [
        f"+ {id_line(item.row.target, 'vi', origins, numbers.get(item.row.target.id))}: "
        f"{indicator_name(indicator)} (yêu cầu: {_mid_sentence(indicator.text)});"
        for item in in_order(letter.items, _target, origins, numbers)
        for indicator in (
            item.row.target.indicators
            if tracker is None
            else reported_indicators(
                tracker, item.row.target, letter.unit_id, as_of or dt.date.today()
            )
        )
    ]
    if figures:
        lines += ["- Số liệu của các chỉ số, kèm số đơn vị/hệ thống đạt trên tổng số:", *figures]
    lines.append("- Khó khăn, vướng mắc và đề xuất, kiến nghị (nếu có).")
    return lines


def _mid_sentence(text: str) -> str:
    """'Tối thiểu 30%' as it reads after "yêu cầu:": its first letter lower-case, unless the
    first word is an abbreviation or a name written in capitals ("LGSP", "CNTT")."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word[0].isupper() and word[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _target(item: Owed) -> Target:
    return item.row.target
