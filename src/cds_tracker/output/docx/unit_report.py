"""One unit's report (`cds report --unit U --out FILE.docx`) as a Word document in the state
layout (NĐ 30/2020/NĐ-CP, Phụ lục I; output/docx/common.py). A report is a named document (văn
bản có tên loại), not a letter (công văn): the city's People's Committee over the unit as the
issuing body, "Số: …/BC-<the unit's abbreviation>" with no "V/v …" under it, the place and date;
its type name "BÁO CÁO" centred in bold with the summary (trích yếu) under it; the body; the
unit's targets in a table (role, deadline, status, the unit's own part, its last report); the
total; "Nơi nhận:" (the body that issued the plan, the archive) and the signature, left blank
for the unit's head to fill and sign. A named document has no "Kính gửi:" (the decree's sample
of a named document has none: its addressees are under "Nơi nhận:"). With --lang en every word
of it is English but the national title, the motto and the dated place line.
"""

from __future__ import annotations

from cds_tracker.core.dates import format_date
from cds_tracker.core.records import BLANK, Office
from cds_tracker.output.docx import common
from cds_tracker.output.unit_report import UnitReport, reported_text
from cds_tracker.output.words import label

# 165 mm between the margins: the target's text takes what the short columns leave.
_WIDTHS_MM = (14.0, 50.0, 30.0, 22.0, 18.0, 16.0, 15.0)
_COLUMNS = (
    "ur_col_id",
    "ur_col_content",
    "ur_col_roles",
    "ur_col_deadline",
    "ur_col_status",
    "ur_col_part",
    "ur_col_reported",
)


def unit_office(report: UnitReport) -> Office:
    """The unit issues its report: the city's body above it, its own name, the plan office's
    place; "BC-" and the unit's abbreviation (a blank where the catalog knows none, as the
    number, the signer's title and name are: the clerk fills them). It goes to the body that
    issued the plan."""
    office = report.info.office
    return Office(
        superior=office.superior,
        issuer=report.unit,
        place=office.place,
        symbol=common.report_symbol(report.symbol),
        authority="",
        signer_title="",
        recipients=(report.info.issuer or office.issuer or BLANK,),
        archive="VT",
    )


def unit_report_docx(report: UnitReport) -> bytes:
    lang = report.lang
    office = unit_office(report)
    document = common.new_document()
    common.header(document, office, report.unit, report.as_of, symbol=office.symbol, lang=lang)
    common.paragraph(
        document, label("ur_heading", lang), align="center", before=12, after=0, bold=True
    )
    title = label("ur_title", lang, year=report.year, unit=report.unit)
    as_of = label("ur_as_of", lang, date=format_date(report.as_of))
    common.paragraph(document, f"{title}\n{as_of}", align="center", after=12, bold=True)
    common.paragraph(
        document,
        label("ur_intro", lang, plan=report.plan, unit=report.unit, date=format_date(report.as_of)),
        indent=True,
    )
    if report.lines:
        common.grid_table(
            document,
            tuple(label(column, lang) for column in _COLUMNS),
            [
                (
                    line.id,
                    line.content,
                    line.roles,
                    line.deadline + (f"\n({line.period})" if line.period else ""),
                    line.status,
                    line.part,
                    reported_text(line),
                )
                for line in report.lines
            ],
            _WIDTHS_MM,
            size=11,
            centred=(0, 6),
        )
        common.paragraph(document, report.total, indent=True, before=6, bold=True)
    else:
        common.paragraph(document, report.empty, indent=True, italic=True)
    common.closing(document, office, list(office.recipients), lang)
    return common.to_bytes(document)
