"""The committee's periodic report (báo cáo định kỳ) as a Word document in the state layout.

Counts by status, by group and by lead unit; each indicator with its figure, how many of the
units that must report it did (coverage), and the verdict; the appendix with each target's status
as "Phụ lục" in a landscape section at the end.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cds_tracker.core.dates import format_date
from cds_tracker.core.records import BLANK, Office
from cds_tracker.core.statuses import NOT_IN_FORCE, STATUSES, shown_statuses
from cds_tracker.output import carried, tables
from cds_tracker.output.carried import UNREAD, Origins
from cds_tracker.output.docx import appendix, common
from cds_tracker.output.views_summary import annulled_line, rounding_line
from cds_tracker.output.words import label
from cds_tracker.questions.status import Reading
from cds_tracker.questions.summary import Summary
from cds_tracker.questions.tracker import Tracker

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject


def report_symbol(office: Office) -> str:
    """'BC-BCĐ': "BC-" and the committee's symbol (common.report_symbol), unless given."""
    return office.report_symbol or common.report_symbol(office.symbol)


def coverage(reading: Reading) -> str:
    """'3/21 đơn vị': units that reported the figure of those that must (questions/figures.py)."""
    if reading.expected <= 1 and reading.reported <= 1:
        return ""
    return f"{reading.reported}/{reading.expected} đơn vị"


def verdict(reading: Reading) -> str:
    """Đạt / Chưa đạt only on a complete figure; otherwise how incomplete it is."""
    code = reading.verdict
    if code == "no_data":
        text = label("no_value", "vi")
    elif code == "incomplete":
        text = label("incomplete", "vi", reported=reading.reported, expected=reading.expected)
    else:
        text = label(code, "vi")
    return text[:1].upper() + text[1:]  # each cell a sentence: "Chưa đủ số liệu (3/10 đơn vị)"


def summary_docx(summary: Summary, tracker: Tracker, origins: Origins = UNREAD) -> bytes:
    """The report cites the plan it reports on by its number, date and issuer (never by the
    appendix's heading), and the plans its carried targets come from; it counts those apart
    (output/carried.py)."""
    info = tracker.registry.document
    office = info.office
    as_of = summary.as_of
    rows = tracker.rows(as_of)
    targets = [r.target for r in rows if r.status.code not in NOT_IN_FORCE]
    document = common.new_document()
    common.header(document, office, info.issuer, as_of, symbol=report_symbol(office))
    common.paragraph(document, "BÁO CÁO", align="center", before=12, after=0, bold=True)
    common.paragraph(
        document,
        f"Kết quả thực hiện các chỉ tiêu chuyển đổi số năm {info.year}\n"
        f"(tính đến ngày {format_date(as_of)})",
        align="center",
        after=12,
        bold=True,
    )
    common.paragraph(
        document,
        f"Thực hiện {_plan(tracker, as_of)}{carried.also_cited(targets, origins, info.year)}, "
        f"{info.issuer or BLANK} báo cáo kết quả "
        f"thực hiện các chỉ tiêu tính đến ngày {format_date(as_of)} như sau:",
        indent=True,
    )
    _results(document, summary, tracker, origins)
    _indicators(document, summary, tracker, origins)
    common.paragraph(document, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=True, before=6)
    common.paragraph(document, common.BLANK_LINE, indent=True)
    common.closing(document, office, list(office.recipients))
    common.landscape_section(document)
    common.paragraph(document, "Phụ lục", align="center", after=0, bold=True)
    common.paragraph(
        document,
        f"Tình trạng thực hiện từng chỉ tiêu đến ngày {format_date(as_of)}\n"
        f"(Kèm theo Báo cáo số {BLANK}/{report_symbol(office)} {common.long_date(as_of)})",
        align="center",
        after=12,
        italic=True,
    )
    status = appendix.status_texts(rows)
    appendix.appendix_table(document, tracker, as_of, status)
    appendix.carried_parts(document, tracker, as_of, status, origins)
    return common.to_bytes(document)


def _results(
    document: DocumentObject, summary: Summary, tracker: Tracker, origins: Origins
) -> None:
    """Section I: counts by status (with shares, each rounded, the screen's note when they do
    not add up to 100 %), by group, by lead unit;
    the targets in force only, an annulled one said apart (questions/summary.py); those carried
    from an earlier plan counted in the total and said apart, in a row of their own by group."""
    counts = summary.counts
    statuses = shown_statuses([counts])  # carried only where some target is
    shown = "; ".join(
        f"{label(tables.status_key(c, summary.ended), 'vi').lower()}: {counts[c]}"
        for c in STATUSES
        if counts.get(c)
    )
    common.paragraph(document, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=True)
    groups = summary.groups  # as every form of the summary counts them (questions/summary.py)
    from_plans = [
        label("carried_count", "vi", count=line.total, year=line.group_id)
        for line in groups
        if line.carried
    ]
    total = (
        label(
            "carried_total", "vi", total=summary.total, carried=", ".join(from_plans), shown=shown
        )
        if from_plans
        else f"1. Tổng số {summary.total} chỉ tiêu, trong đó: {shown}."
    )
    common.paragraph(document, total, indent=True, after=3)
    shares = summary.shares
    common.grid_table(
        document,
        ("Tình trạng", "Số chỉ tiêu", "Tỷ lệ"),
        [
            (label(tables.status_key(c, summary.ended), "vi"), str(counts[c]), f"{shares[c]}%")
            for c in statuses
        ],
        (70.0, 35.0, 35.0),
        centred=(1, 2),
    )
    notes = (rounding_line(summary, "vi"), annulled_line(summary, tracker.registry, "vi"))
    common.paragraph(document, " ".join(n for n in notes if n), indent=True, before=3, italic=True)
    common.paragraph(document, "2. Theo nhóm chỉ tiêu:", indent=True, before=6, after=3)
    common.grid_table(
        document,
        ("Nhóm", *(label(tables.status_key(c, summary.ended), "vi") for c in statuses), "Tổng"),
        [
            (carried.group_name(g), *(str(g.counts[c]) for c in statuses), str(g.total))
            for g in groups
        ],
        # 165 mm between the margins; 17.5 mm holds a heading's longest word ("Thường" of
        # "Thường xuyên") whole in bold 11 pt (15 mm broke it as "Thườ/ng").
        (30.0, *(17.5 for _ in statuses), 12.5),
        size=11,
        centred=tuple(range(1, len(statuses) + 2)),
    )
    common.paragraph(document, "3. Theo đơn vị chủ trì:", indent=True, before=6, after=3)
    common.grid_table(
        document,
        ("Đơn vị chủ trì", "Số chỉ tiêu chủ trì", "Quá hạn"),
        [(tracker.index.name(u.unit_id), str(u.leads), str(u.late)) for u in summary.units],
        (95.0, 35.0, 30.0),
        centred=(1, 2),
    )


def _plan(tracker: Tracker, as_of: dt.date) -> str:
    """The plan as it stood on `as_of`: with the revisions issued by then."""
    from cds_tracker.output.reminders import plan_reference
    from cds_tracker.registry.numbering import revisions_in_force

    info = tracker.registry.document
    return plan_reference(info.plan, info.issuer, revisions_in_force(info, as_of))


def _indicators(
    document: DocumentObject, summary: Summary, tracker: Tracker, origins: Origins
) -> None:
    """Section II: each figure, its target cited as every table cites it (output/tables.py
    `code_cell`: 'I.2' over '(STT I.1)', 'I.4' over '(I.1 (2023))'): the printed number alone
    ('I.1') is what the same report's footnote cites a cancelled I.1 by (clerk 12, F1). A plan
    without indicators keeps the heading (III stays III, as in every report the committee
    reads) over one line saying there are none: an empty table would read as figures lost."""
    from cds_tracker.registry.numbering import numbers_on

    targets = {t.id: t for _, t in tracker.registry.targets()}
    numbers = numbers_on(tracker.registry, summary.as_of)
    common.paragraph(
        document,
        "II. CÁC CHỈ SỐ ĐO LƯỜNG ĐƯỢC",
        bold=True,
        indent=True,
        before=6,
    )
    rows = []
    own, by_plan = carried.parts(
        summary.indicators, lambda line: targets[line.target_id], origins, numbers
    )
    for line in [*own, *(line for lines in by_plan.values() for line in lines)]:
        reading = line.reading
        indicator = reading.indicator
        figure = "" if reading.value is None else tables.figure(reading.value, indicator.unit, "vi")
        if reading.estimate:
            figure += " (ước tính)"
        if reading.day is not None:
            figure += f" ({format_date(reading.day)})"
        rows.append(
            (
                tables.code_cell(
                    targets[line.target_id], "vi", origins, numbers.get(line.target_id)
                ),
                tables.indicator_name(indicator),
                indicator.text,
                figure,
                coverage(reading),
                verdict(reading),
            )
        )
    if not rows:  # the section stays, numbered as every report numbers it, and says why empty
        text = label("summary_no_indicators", "vi")
        common.paragraph(document, text, indent=True, italic=True)
        return
    common.grid_table(
        document,
        ("Chỉ tiêu", "Chỉ số", "Yêu cầu", "Số liệu", "Đơn vị đã báo cáo", "Đánh giá"),
        rows,
        (15.0, 60.0, 20.0, 25.0, 22.0, 23.0),
        size=11,
        centred=(0, 2, 3, 4, 5),
    )
