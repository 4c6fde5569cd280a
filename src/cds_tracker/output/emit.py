"""The one emitter: a `Report` as a table (screen), Markdown, JSON or CSV text.

Commands return reports; the CLI asks `render` for the text in the format the user chose and
prints it. Each format makes its text safe in one place: the screen in `output.screen`,
Markdown's text and cells here (`sanitize.markdown_text`, `markdown_cell`: no raw HTML nor
link syntax from the data), CSV's cells here (`sanitize.csv_cell`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cds_tracker.core.errors import UsageError, msg
from cds_tracker.output.report import Block, Column, Document, Grid, Line, Report, Table
from cds_tracker.output.sanitize import (
    csv_cell,
    json_text,
    markdown_cell,
    markdown_text,
    visible,
)
from cds_tracker.output.words import Lang

BOM = "\ufeff"


def render(report: Report | Document, fmt: str, *, excel: bool = False) -> str:
    """The report's text in `fmt` (table, markdown, json or csv); `excel`: CSV for Excel."""
    if isinstance(report, Document):  # words for a person: what an export or a write did
        return visible(report.text)
    if fmt == "json":
        return to_json(report.data)
    if fmt == "csv":
        if report.csv_columns is None:
            raise UsageError(msg("emit.no_csv", command=report.command), hint=msg("emit.hint.json"))
        if excel and report.excel is not None:  # for people: the same columns, in words
            headers, rows = report.excel()
            return to_csv(rows, report.csv_columns, excel=True, headers=headers)
        rows = report.data if report.csv_data is None else report.csv_data
        return to_csv(rows, report.csv_columns, excel=excel)
    if fmt == "markdown":
        return markdown(report.markdown or report.blocks)
    from cds_tracker.output.screen import draw

    return draw(report.blocks)


def to_json(data: Any) -> str:
    import json  # json and csv load with the format that needs them: a table needs neither

    return json_text(json.dumps(data, ensure_ascii=False, indent=2))


def to_csv(
    records: Sequence[dict[str, Any]],
    columns: Sequence[str] = (),
    *,
    excel: bool = False,
    headers: Sequence[str] = (),
) -> str:
    """One row per record under `columns` (and any other key a record has, after them), headed
    by the column names or, where given, by `headers`.

    Lists and mappings are flattened (`key=value; …`), cells never start a formula, and a cell
    with a line break is quoted. For Excel: a byte-order mark, so it reads UTF-8, and CRLF.
    """
    import csv
    import io

    fields = list(columns)
    for item in records:
        fields += [key for key in item if key not in fields]
    if not fields:
        return ""
    titles = [*headers, *fields[len(headers) :]]
    # CRLF as the writer's line end makes it quote a cell holding a bare CR as well as one
    # holding LF; rows then end in "\n" unless the CSV is for Excel.
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    end = "\r\n" if excel else "\n"
    lines = []
    for cells in [titles, *([csv_cell(flat(item.get(key))) for key in fields] for item in records)]:
        writer.writerow(cells)
        lines.append(buffer.getvalue()[:-2] + end)
        buffer.seek(0)
        buffer.truncate()
    return (BOM if excel else "") + "".join(lines)


def flat(value: Any) -> str:
    """A value as one cell: '' for nothing, lists joined by '; ', mappings as 'key=value; …'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dict):
        return "; ".join(f"{k}={flat(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        if any(isinstance(v, dict) for v in value):
            return " | ".join(flat(v) for v in value)
        return "; ".join(flat(v) for v in value)
    return str(value)


def markdown(blocks: Sequence[Block]) -> str:
    return "\n".join(_markdown_block(block) for block in blocks)


def _markdown_block(block: Block) -> str:
    if isinstance(block, Line):
        if block.heading:
            return f"## {markdown_text(block.text)}\n"
        return (
            f"**{markdown_text(block.text)}**\n" if block.bold else markdown_text(block.text) + "\n"
        )
    if isinstance(block, Grid):
        return "".join(
            f"- **{markdown_text(key)}:** {markdown_text(value).replace(chr(10), '; ')}\n"
            for key, value in block.pairs
        )
    parts = [f"**{markdown_text(block.title)}**\n\n"] if block.title else []
    if block.rows or block.empty is None:
        parts.append(markdown_table(block.columns, _with_details(block), block.lang))
    else:
        parts.append(markdown_text(block.empty) + "\n")
    parts += [f"\n{markdown_text(line)}\n" for line in block.footer]
    return "".join(parts)


def _with_details(table: Table) -> list[dict[str, str]]:
    """Rows with their long values put back into one cell: Markdown has no lines under a row."""
    rows = []
    for number, row in enumerate(table.rows):
        details = table.details[number] if number < len(table.details) else ()
        if details and table.details_in in row:
            row = {**row, table.details_in: "\n".join((row[table.details_in], *details))}
        rows.append(row)
    return rows


def markdown_table(columns: Sequence[Column], rows: Sequence[dict[str, str]], lang: Lang) -> str:
    lines = [
        "| " + " | ".join(markdown_cell(c.header(lang)) for c in columns) + " |",
        "| " + " | ".join("---" for _ in columns) + " |",
    ]
    lines += ["| " + " | ".join(markdown_cell(r[c.key]) for c in columns) + " |" for r in rows]
    return "\n".join(lines) + "\n"
