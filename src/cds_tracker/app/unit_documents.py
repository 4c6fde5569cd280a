"""`cds report --unit U --out FILE`: the unit's report written to a file, as a Word document in
the state layout (output/docx/unit_report.py) or an Excel sheet (output/xlsx_unit.py), or as the
text of a format the screen has (Markdown, JSON, CSV).

The documents are made from the command's own answer (`commands.report`): they say what the
table and the JSON say, whatever decides a row.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cds_tracker.core.errors import UsageError, msg
from cds_tracker.output.report import Document, Report
from cds_tracker.output.words import Lang, label, resolve_lang

if TYPE_CHECKING:
    from cds_tracker.app.opening import Opened

SUFFIXES = {
    "docx": (".docx",),
    "xlsx": (".xlsx",),
    "markdown": (".md", ".markdown"),
    "json": (".json",),
    "csv": (".csv",),
}


def out_format(out: Path | None, fmt: str) -> str:
    """The format --out writes: the one asked for (its file's name must fit), or with the
    default (table, for the screen) the one the name says; a Word document or an Excel sheet
    needs --out, and holds one plan (--all-plans is refused before: cli/plan_choice.py).
    Checked before any work."""
    from cds_tracker.output.destinations import file_out, suffix_format

    if out is None:
        if fmt in ("docx", "xlsx"):
            raise UsageError(
                msg("report.needs_out", fmt=fmt), hint=msg("report.hint.out", suffix=f".{fmt}")
            )
        return fmt
    if fmt == "table":  # no --format: the name's suffix says which
        return suffix_format(out, SUFFIXES, "cds report")
    file_out(out, SUFFIXES[fmt], fmt)
    return fmt


def write_unit_report(
    registry: Path | None,
    unit_query: str,
    as_of_text: str | None,
    lang_option: str | None,
    out: Path,
    fmt: str,
    force: bool,
    excel: bool = False,
) -> Document:
    """Write the unit's report into `out` (atomically; an existing file only with --force)."""
    from cds_tracker.app import commands
    from cds_tracker.app.opening import as_of_date, open_registry
    from cds_tracker.output.files import write_document

    lang = resolve_lang(lang_option)
    series = fmt == "json" or (fmt == "csv" and not excel)
    report = commands.report(registry, unit_query, as_of_text, lang_option, series)
    if fmt not in ("docx", "xlsx"):
        from cds_tracker.output.emit import render

        text = render(report, fmt, excel=excel)
        data = (text if text.endswith("\n") else text + "\n").encode("utf-8")
        if excel and fmt == "csv" and not text.startswith("\ufeff"):
            data = "\ufeff".encode() + data
        write_document(out, data, force=force)
        return Document(label("exported", lang, fmt=fmt, out=out) + "\n")
    from cds_tracker.output.unit_report import unit_report

    opened = open_registry(registry)
    tracker = opened.tracker
    unit = tracker.index.find(unit_query)
    as_of = as_of_date(as_of_text)
    rows = unit_report(
        report, tracker.registry.document, unit, as_of, lang, _carried(opened, report, lang)
    )
    if fmt == "docx":
        from cds_tracker.output.docx.unit_report import unit_report_docx

        data = unit_report_docx(rows)
    else:
        from cds_tracker.output.xlsx_unit import unit_report_xlsx

        data = unit_report_xlsx(rows, opened.found.display())
    write_document(out, data, force=force)
    return Document(label("report_written", lang, file=out) + "\n")


def _carried(opened: Opened, report: Report, lang: Lang) -> str:
    """What the heading cites after the plan when the unit's targets include carried ones: each
    origin plan once, as the letters, forms and summary cite it (output/carried `also_cited`)."""
    from cds_tracker.app.commands import _opened
    from cds_tracker.output.carried import also_cited

    tracker, origins = _opened(None, opened)
    if not origins:
        return ""
    targets = {t.id: t for _, t in tracker.registry.targets()}
    listed = [targets[r["id"]] for r in report.data or () if r.get("id") in targets]
    return also_cited(listed, origins, tracker.registry.document.year, lang)
