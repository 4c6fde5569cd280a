"""One self-contained, printable HTML page (A4) of the appendix with status."""

from __future__ import annotations

import datetime as dt
import html

from cds_tracker.core.dates import format_date
from cds_tracker.core.statuses import in_force, shown_statuses
from cds_tracker.output import carried, revised
from cds_tracker.output.carried import UNREAD, Origins
from cds_tracker.output.reminders import cited_plan, status_phrase
from cds_tracker.output.sanitize import visible
from cds_tracker.output.styles import STYLES
from cds_tracker.output.tables import status_key
from cds_tracker.output.words import label
from cds_tracker.questions.summary import Summary
from cds_tracker.questions.tracker import Row, Tracker
from cds_tracker.registry.numbering import numbers_on, revisions_in_force


def _esc(text: str) -> str:
    return html.escape(visible(text))


def _target_rows(tracker: Tracker, as_of: dt.date, origins: Origins) -> list[str]:
    """The table's rows: the plan's own targets by its groups, then those carried from each
    earlier plan under a row titled with it, numbered as that plan prints them
    (output/carried.py)."""
    numbers = numbers_on(tracker.registry, as_of)
    own, by_plan = carried.parts(tracker.rows(as_of), lambda row: row.target, origins, numbers)
    found = []
    for group in tracker.registry.groups:
        mine = [r for r in own if r.group.id == group.id]
        if group.targets and not mine:
            continue  # a group of carried targets only: not one of the plan's
        found.append(
            f'<tr class="group"><td>{_esc(group.id)}.</td>'
            f'<td colspan="7">{_esc(group.title)}</td></tr>'
        )
        ordered = sorted(mine, key=lambda r: revised.order_key(r.target, numbers))
        # the plan in force's numbers, as the Excel's
        found += [_target_row(row, revised.number_text(row.target, numbers)) for row in ordered]
    year = tracker.registry.document.year
    for plan, rows in by_plan.items():
        origin_year = carried.origin_year(rows[0].target, origins)
        title = carried.part_heading(plan, origins, origin_year, year, "vi")
        found.append(f'<tr class="group"><td colspan="8">{_esc(title)}</td></tr>')
        found += [_target_row(row, carried.origin_number(row.target, origins)) for row in rows]
    return found


def _target_row(row: Row, number: str) -> str:
    t = row.target
    return (
        f'<tr class="{row.status.code}"><td>{_esc(number)}</td><td>{_esc(t.content)}</td>'
        f"<td>{_esc(t.directing.text)}</td><td>{_esc(t.lead.text)}</td>"
        f"<td>{_esc(t.cooperating.text)}</td><td>{_esc(t.deadline.text)}</td>"
        f"<td>{_esc(t.notes)}</td><td>{_esc(status_phrase(row))}</td></tr>"
    )


def html_page(
    tracker: Tracker, summary: Summary, as_of: dt.date, origins: Origins = UNREAD
) -> bytes:
    """One self-contained, printable page (A4): no scripts, no network, no external assets.

    Longer than 60 lines because the page's template is written out inline, where it reads as
    the page it makes."""
    index = tracker.index
    doc = tracker.registry.document
    esc = _esc
    cited = cited_plan(doc, revisions_in_force(doc, as_of))  # the plan as it stood on as_of
    rows_html = _target_rows(tracker, as_of, origins)
    groups = summary.groups  # as every form of the summary counts them (questions/summary.py)
    shown = shown_statuses([in_force(g.counts) for g in groups])  # annulled: apart
    groups_html = "".join(
        f"<tr><td>{esc(carried.group_name(g))}</td>"
        + "".join(f"<td>{g.counts[c]}</td>" for c in shown)
        + "</tr>"
        for g in groups
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

    status_heads = "".join(f"<th>{esc(w(status_key(c, summary.ended)))}</th>" for c in shown)
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

    annulled = annulled_line(summary, tracker.registry, "vi")
    annulled = f"<p>{esc(annulled)}</p>" if annulled else ""
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
