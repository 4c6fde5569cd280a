"""One unit's report (`cds report --unit U --out FILE.docx`) as a Word document in the state
layout (NĐ 30/2020/NĐ-CP, Phụ lục I; output/docx/common.py): the city's People's Committee over
the unit as the issuing body, "Số: …/BC", the subject "V/v …", the place and date; "Kính gửi:"
the body that issued the plan; the unit's targets in a table (role, deadline, status, the
unit's own part, its last report); the total; "Nơi nhận:" and the signature, left blank for the
unit's head to fill and sign.
"""

from __future__ import annotations

from cds_tracker.core.dates import format_date
from cds_tracker.core.records import Office
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
    place; the number, the signer's title and name are blanks its clerk fills."""
    office = report.info.office
    return Office(
        superior=office.superior,
        issuer=report.unit,
        place=office.place,
        symbol="BC",
        authority="",
        signer_title="",
        recipients=(label("ur_as_above", report.lang),),  # "Kính gửi" names the addressee
        archive="VT",
    )


def unit_report_docx(report: UnitReport) -> bytes:
    lang = report.lang
    info = report.info
    office = unit_office(report)
    document = common.new_document()
    subject = label("ur_subject", lang, year=report.year)
    common.header(document, office, report.unit, report.as_of, symbol="BC", subject=subject)
    common.paragraph(
        document, label("ur_heading", lang), align="center", before=12, after=0, bold=True
    )
    title = label("ur_title", lang, year=report.year, unit=report.unit)
    as_of = label("ur_as_of", lang, date=format_date(report.as_of))
    common.paragraph(document, f"{title}\n{as_of}", align="center", after=12, bold=True)
    to = info.issuer or office.issuer or common.BLANK_LINE
    common.paragraph(document, label("ur_to", lang, to=to), align="center", after=12)
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
    common.closing(document, office, list(office.recipients))
    return common.to_bytes(document)
