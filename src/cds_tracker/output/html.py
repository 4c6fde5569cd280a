"""One self-contained, printable HTML page (A4) of the appendix with status."""

from __future__ import annotations

import datetime as dt
import html

from cds_tracker.core.dates import format_date
from cds_tracker.core.statuses import in_force, shown_statuses
from cds_tracker.output import revised
from cds_tracker.output.reminders import cited_plan, status_phrase
from cds_tracker.output.sanitize import visible
from cds_tracker.output.styles import STYLES
from cds_tracker.output.words import label
from cds_tracker.questions.queries import Tracker
from cds_tracker.questions.summary import Summary
from cds_tracker.registry.numbering import numbers_on, revisions_in_force


def html_page(tracker: Tracker, summary: Summary, as_of: dt.date) -> bytes:
    """One self-contained, printable page (A4): no scripts, no network, no external assets.

    Longer than 60 lines because the page's template is written out inline, where it reads as
    the page it makes."""
    index = tracker.index
    doc = tracker.registry.document

    def esc(text: str) -> str:
        return html.escape(visible(text))

    cited = cited_plan(doc, revisions_in_force(doc, as_of))  # the plan as it stood on as_of
    rows_html = []
    rows = tracker.rows(as_of)
    numbers = numbers_on(tracker.registry, as_of)
    for group in tracker.registry.groups:
        rows_html.append(
            f'<tr class="group"><td>{esc(group.id)}.</td>'
            f'<td colspan="7">{esc(group.title)}</td></tr>'
        )
        mine = (r for r in rows if r.group.id == group.id)
        for row in sorted(mine, key=lambda r: revised.order_key(r.target, numbers)):
            t = row.target
            number = revised.number_text(t, numbers)  # the plan in force's, as the Excel's
            rows_html.append(
                f'<tr class="{row.status.code}"><td>{number}</td><td>{esc(t.content)}</td>'
                f"<td>{esc(t.directing.text)}</td><td>{esc(t.lead.text)}</td>"
                f"<td>{esc(t.cooperating.text)}</td><td>{esc(t.deadline.text)}</td>"
                f"<td>{esc(t.notes)}</td><td>{esc(status_phrase(row))}</td></tr>"
            )
    shown = shown_statuses([in_force(g.counts) for g in summary.groups])  # annulled: apart
    groups_html = "".join(
        f"<tr><td>{esc(g.group_id)}. {esc(g.title)}</td>"
        + "".join(f"<td>{g.counts[c]}</td>" for c in shown)
        + "</tr>"
        for g in summary.groups
    )
    units_html = "".join(
        f"<tr><td>{esc(index.name(u.unit_id))}</td><td>{u.leads}</td><td>{u.late}</td></tr>"
        for u in summary.units
    )
    colours = "".join(
        f"tr.{code} td:last-child{{background:#{style.fill}}}" for code, style in STYLES.items()
    )

    def w(key: str, **values: object) -> str:
        return label(key, "vi", **values)

    status_heads = "".join(f"<th>{esc(w(c))}</th>" for c in shown)
    table_heads = "".join(
        f"<th>{esc(w(key))}</th>"
        for key in (
            "xl_number",
            "xl_content",
            "xl_directing",
            "xl_lead",
            "xl_cooperating",
            "xl_deadline",
            "xl_notes",
            "xl_status",
        )
    )
    from cds_tracker.output.views_summary import annulled_line

    annulled = f"<p>{esc(annulled_line(summary, 'vi'))}</p>" if summary.cancelled else ""
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
<p class="sub">{w("page_attached", plan=esc(cited), date=format_date(as_of))}</p>
<h2>{w("page_by_group")}</h2>
<table><thead><tr><th>{w("col_group")}</th>{status_heads}</tr></thead><tbody>{groups_html}</tbody>
</table>
{annulled}
<h2>{w("page_by_unit")}</h2>
<table><thead><tr><th>{w("col_lead_unit")}</th><th>{w("page_leads")}</th><th>{w("late")}</th></tr>
</thead><tbody>{units_html}</tbody></table>
<h2>{w("page_targets")}</h2>
<table><thead><tr>{table_heads}</tr></thead>
<tbody>{"".join(rows_html)}</tbody></table>
</body></html>
"""
    return page.encode("utf-8")
