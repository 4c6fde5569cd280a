"""`cds import FILE`: read an appendix from Word or Excel, write it as a registry, report the rest.

Every problem is shown as `file:table:row:column: message` with a hint. A problem in a target's cell
is also written into that target as a `needs_review` line, which `cds validate` reports as an
error until a person corrects the field and deletes the line: nothing guessed passes unnoticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cds_tracker.app.discovery import display_path, find_registry
from cds_tracker.core import records
from cds_tracker.core.errors import DataError, UsageError, msg
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import Lang, label, resolve_lang
from cds_tracker.registry.importing import CellProblem, Imported, import_appendix
from cds_tracker.registry.importing.appendix import all_targets
from cds_tracker.registry.importing.writing import to_yaml

_PERCENT = re.compile(r"\d\s*%")  # a threshold an indicator would measure

COLUMN_TITLES = {
    "number": "Stt",
    "content": "Nội dung chỉ tiêu",
    "directing": "Trực tiếp chỉ đạo",
    "lead": "Đơn vị chủ trì",
    "cooperating": "Đơn vị phối hợp",
    "deadline": "Thời gian hoàn thành",
    "notes": "Ghi chú",
}


@dataclass
class ImportOutcome:
    yaml: str | None  # the registry, when no --out was given (the CLI prints it)
    messages: list[str] = field(default_factory=list)  # problems and the summary, for stderr
    failed: bool = False


def base_registry(registry: Path | None) -> tuple[records.Registry, str]:
    """The registry in use, checked: its catalog resolves the table's names."""
    from cds_tracker.registry.loading import load_registry

    found = find_registry(registry)
    shown = display_path(found.path)
    result = load_registry(found.path, display=shown)
    if result.registry is None:
        raise DataError(msg("import.base_invalid", path=shown), result.problems)
    return result.registry, shown


def read_appendix(file: Path, base: records.Registry, lang: Lang) -> Imported:
    if not file.is_file():
        raise UsageError(msg("import.no_file", file=str(file)), hint=msg("import.hint.no_file"))
    imported = import_appendix(file, base)
    if imported is None:
        raise UsageError(
            label("import_no_table", lang, file=file.name),
            hint=label("import_missing_column_hint", lang),
        )
    return imported


def run_import(
    file: Path, out: Path | None, registry: Path | None, force: bool, lang_option: str | None
) -> ImportOutcome:
    lang = resolve_lang(lang_option)
    base, base_shown = base_registry(registry)
    if out is not None and (out.is_dir() or (out.exists() and not force)):
        raise UsageError(msg("import.out_exists", out=str(out)), hint=msg("import.hint.out"))
    imported = read_appendix(file, base, lang)
    data = imported.data
    shown = visible_line(display_path(file))  # paths said on stderr, on one line
    data = _mark(data, imported.problems, imported.sheets)
    messages = [problem_text(shown, p, lang, imported.sheets) for p in imported.problems]
    messages += [note_text(shown, n, lang, imported.sheets) for n in imported.notes]
    if not imported.document_from_file:
        kept = label("import_document_kept", lang, base=visible_line(base_shown))
        messages.append(f"{shown}: {kept}")
    text = to_yaml(data, label("import_heading", lang, source=file.name, base=base_shown))
    targets = sum(1 for _ in all_targets(data["groups"]))
    outcome = ImportOutcome(None if out is not None else text, messages, bool(imported.problems))
    if out is not None:
        from cds_tracker.output.files import write_document

        write_document(out, text.encode("utf-8"), force=True)  # refused above unless --force
        where = visible_line(display_path(out))
        groups = len(data["groups"])
        messages.append(label("import_written", lang, targets=targets, groups=groups, path=where))
    bare = sum(
        1
        for t in all_targets(data["groups"])
        if not t.get("indicators") and _PERCENT.search(t["content"])
    )
    if bare:
        messages.append(label("import_no_indicators", lang, count=bare))
    marked = len(data.get("needs_review", ()))
    marked += sum(len(t.get("needs_review", ())) for t in all_targets(data["groups"]))
    if marked:
        messages.append(label("import_review", lang, count=marked))
    return outcome


def position(problem: CellProblem, sheets: dict[int, str]) -> str:
    """Where a cell is: `table:row:column` in a Word file, `sheet!cell` in a workbook, as Excel
    and `cds forms import` say it ("Phụ lục!E8")."""
    sheet = sheets.get(problem.table)
    if sheet is None:
        return f"{problem.table}:{problem.row}:{problem.col}"
    from openpyxl.utils import get_column_letter

    return f"{visible_line(sheet)}!{get_column_letter(problem.col)}{problem.row}"


def _where_words(problem: CellProblem, sheets: dict[int, str]) -> str:
    """The same place in words, for a `needs_review` line: "bảng 1, dòng 6, cột 4"."""
    sheet = sheets.get(problem.table)
    if sheet is None:
        return label("import_where", "vi", table=problem.table, row=problem.row, col=problem.col)
    cell = position(problem, sheets).rpartition("!")[2]
    return label("import_where_cell", "vi", sheet=sheet, cell=cell)


def problem_text(shown: str, problem: CellProblem, lang: Lang, sheets: dict[int, str]) -> str:
    """`file:table:row:col: message` and its hint; a cell's text in it is shown on one line, its
    controls as pictures, so a cell can never print a line of its own."""
    values = {k: visible_line(v) for k, v in problem.values.items()}
    if "field" in values:
        values["field"] = COLUMN_TITLES.get(values["field"], values["field"])
    heading = f"{shown}:{position(problem, sheets)}: "
    heading += label(problem.key, lang, **values)
    hint = label(f"{problem.key}_hint", lang)
    if values.get("near"):
        hint = label("import_near", lang, near=values["near"]) + hint
    if values.get("month"):
        hint = label("import_quarter", lang, month=values["month"])
    return f"{heading}\n  {label('hint', lang)}: {hint}"


def note_text(shown: str, note: CellProblem, lang: Lang, sheets: dict[int, str]) -> str:
    """`file:table:row:col: ghi chú: …`: a cell read, but not as written (no hint, no mark)."""
    values = {k: visible_line(v) for k, v in note.values.items()}
    heading = f"{shown}:{position(note, sheets)}: {label('import_note', lang)}: "
    return heading + label(note.key, lang, **values)


def _mark(
    data: dict[str, Any], problems: tuple[CellProblem, ...], sheets: dict[int, str]
) -> dict[str, Any]:
    """Each problem written into its target, or (a row that became no target, a column not
    found) at the top of the registry with the row's text; in Vietnamese: the registry is the
    office's. The data, with those top marks first, where a person opening the file sees them."""
    by_id = {t["id"]: t for t in all_targets(data["groups"])}
    top: list[str] = []
    for problem in problems:
        where = _where_words(problem, sheets)
        values = dict(problem.values)
        if "field" in values:
            values["field"] = COLUMN_TITLES.get(values["field"], values["field"])
        said = f"{label(problem.key, 'vi', **values)} ({where})"
        target = by_id.get(problem.target or "")
        if target is None:
            if problem.cells:
                said += "; " + label("import_row_text", "vi", cells=" | ".join(problem.cells))
            top.append(said)
            continue
        column = COLUMN_TITLES.get(problem.field or "", problem.field or "")
        target.setdefault("needs_review", []).append(f"{column}: {said}" if column else said)
    return {"needs_review": top, **data} if top else data
