"""`cds import FILE`: read an appendix from Word or Excel, write it as a registry, report the rest.

Every problem is shown as `file:table:row:column: message` with a hint. A problem in a target's cell
is also written into that target as a `needs_review` line, which `cds validate` reports as an
error until a person corrects the field and deletes the line: nothing guessed passes unnoticed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cds_tracker.app.discovery import display_path, find_registry
from cds_tracker.app.import_check import refused
from cds_tracker.app.import_problems import (
    COLUMN_TITLES,
    note_text,
    position,
    problem_values,
    problem_words,
    problems_text,
    where_words,
)
from cds_tracker.app.import_refusals import readable, refuse
from cds_tracker.core import records
from cds_tracker.core.errors import DataError, UsageError, msg
from cds_tracker.core.files import check_named, read_regular
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import Lang, label, resolve_lang, say, shortened
from cds_tracker.registry.importing import CellProblem, Imported, import_appendix
from cds_tracker.registry.importing.appendix import all_targets
from cds_tracker.registry.importing.heard import ReadNote
from cds_tracker.registry.importing.writing import record_data, to_yaml
from cds_tracker.registry.unit_changes import changes_path

# Moved to import_problems.py; their callers import them from here too.
__all__ = ["COLUMN_TITLES", "note_text", "position", "problems_text"]


@dataclass
class ImportOutcome:
    yaml: str | None  # the registry, when no --out was given (the CLI prints it)
    messages: list[str] = field(default_factory=list)  # problems and the summary, for stderr
    failed: bool = False


def base_registry(registry: Path | None) -> tuple[records.Registry, str]:
    """The registry in use, checked: its catalog resolves the table's names."""
    base, shown, _ = base_and_own(registry)
    return base, shown


def base_and_own(registry: Path | None) -> tuple[records.Registry, str, tuple[records.Unit, ...]]:
    """The registry in use, checked (a plan of a workspace with the workspace's unit changes
    applied: its catalog resolves the table's names, Tam Điệp's among them), its shown path, and
    the units as its own file writes them: what a new plan's catalog copies. The changes live
    in plans/don_vi_thay_doi.yaml alone (registry/unit_changes.py); a copy of a merger's days
    in a plan's catalog is an error there, and one the clerk never wrote."""
    from cds_tracker.registry.loading import load_registry, load_registry_bytes, split
    from cds_tracker.registry.yamlio import decode, parse

    found = find_registry(registry)
    shown = display_path(found.path)
    try:
        raw = read_regular(found.path)  # read once: the units copied are those checked
    except OSError:
        raw = None
    result = (
        load_registry(found.path, display=shown)  # says why it cannot be read
        if raw is None
        else load_registry_bytes(raw, path=found.path, display=shown)
    )
    if result.registry is None or raw is None:
        raise DataError(msg("import.base_invalid", path=shown), result.problems)
    if changes_path(found.path) is None:  # no workspace: the catalog is the file's own
        return result.registry, shown, tuple(result.registry.catalog.units)
    parts, _ = split(parse(decode(raw)))  # loaded above without a finding: the same units
    return result.registry, shown, tuple(unit for _, unit in parts.units)


def with_changes_file(problems: Sequence[CellProblem], changes: Path | None) -> None:
    """Each unknown name of a plan of a workspace (`changes`: its unit changes file) is marked
    with that file, so that its hint says where a ward a merger made is recorded
    (unit_changes.merger_hint, as `validate` says it)."""
    if changes is None:
        return
    for problem in problems:
        if problem.key == "import_unknown_unit":
            problem.values["changes"] = visible_line(display_path(changes))


def check_source(file: Path) -> None:
    """The file to import must be a regular file (a link to one is): anything else is said as
    what it is, a usage error like a missing file (core/files.py `check_named`)."""
    check_named(file, hint=msg("import.hint.no_file"))


def folder_year(out: Path | None) -> int | None:
    """The year of the plan folder the registry is written to: `plans/2024/phu_luc_01.yaml`
    (or `plans/2024-sua-doi/…`) is a 2024 plan."""
    if out is None or (folder := out.absolute().parent).parent.name != "plans":
        return None
    found = re.match(r"([0-9]{4})(?![0-9])", folder.name)  # ASCII: "٢٠٢٨" is no year
    return int(found[1]) if found else None


def _base_path(registry: Path | None, out: Path | None) -> tuple[Path | None, str | None]:
    """The registry whose catalog resolves the table's names, and the shown path of the file
    --force replaces when that is the one found (it may be the very file being corrected, a
    wrong year's import: never read as the catalog). Then another plan of the workspace serves,
    else the bundled registry; the caller says which."""
    if registry is not None or out is None or not out.exists():
        return registry, None
    found = find_registry(None).path
    try:
        if not found.samefile(out):
            return registry, None
    except OSError:
        return registry, None
    from cds_tracker.app import workspace
    from cds_tracker.app.discovery import bundled_registry

    root = out.absolute().parent.parent.parent  # plans/<name>/phu_luc_01.yaml → the workspace
    others = [p for p in workspace.plans_in(root) if not _same(p.registry, out)]
    chosen = workspace.choose(others, None).registry if others else bundled_registry()
    return chosen, visible_line(display_path(out))


def _usable_base(
    path: Path | None,
) -> tuple[records.Registry, str, tuple[records.Unit, ...], str | None]:
    """`base_and_own`, and the shown path of the plan passed over (else None): when no registry
    was named (no --registry, --plan nor CDS_PLAN) and the workspace's plan in use does not load
    (plans/2025 with a needs_review line still to decide), the newest other plan of the
    workspace that does serves as the catalog, and the caller says which. A clerk importing the
    2026 plan is not stopped by a decision pending in 2025's; names only 2025's catalog knows
    are then unknown at their cells, as any. No plan loads: the first error, as before."""
    from cds_tracker.app import workspace

    try:
        return (*base_and_own(path), None)
    except DataError:
        found = find_registry(path)
        if path is not None or found.how != "plan" or workspace.wanted_plan() is not None:
            raise
        root = found.path.parent.parent.parent  # plans/<name>/phu_luc_01.yaml → the workspace
        for plan in reversed(workspace.plans_in(root)):
            if _same(plan.registry, found.path):
                continue
            try:
                base, shown, own = base_and_own(plan.registry)
            except DataError:
                continue
            return base, shown, own, visible_line(display_path(found.path))
        raise


def _same(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def _check_folder_year(imported: Imported, out: Path | None) -> None:
    """A plan whose heading states a year is written into that year's folder only: a 2024 plan
    in plans/2026/ would be taken for the 2026 plan (usage error, nothing written)."""
    folder = folder_year(out)
    year = imported.data["document"].get("year")
    if out is None or folder is None or "year" in imported.missing or year == folder:
        return
    right = out.parent.parent / str(year) / out.name
    raise UsageError(
        msg("import.year_not_folder", year=year, folder=folder, out=str(out)),
        hint=msg("import.hint.year_not_folder", path=str(right), year=year),
    )


def read_appendix(
    file: Path,
    base: records.Registry,
    lang: Lang,
    *,
    propose: bool = False,
    year: int | None = None,
    plan_year: int | None = None,
) -> Imported:
    """The appendix `file` read against `base`'s catalogue; a carried part's targets under the
    ids the workspace's plan of the table's year gave them (`workspace_places`), except for a
    revision (`plan_year`), read against the very plan it revises."""
    from cds_tracker.app.origins import workspace_places, workspace_targets

    check_source(file)
    heard: list[ReadNote] = []
    imported = import_appendix(
        file,
        base,
        propose=propose,
        year=year,
        heard=heard,
        origins=workspace_targets,
        plan_year=plan_year,
        places=workspace_places if plan_year is None else None,
    )
    if not isinstance(imported, Imported) or not readable(imported):
        refuse(file, imported, heard, lang)  # raises: no table, no group, no target, a copy
    return imported


def run_import(
    file: Path,
    out: Path | None,
    registry: Path | None,
    force: bool,
    lang_option: str | None,
    indicators: bool = False,
) -> ImportOutcome:
    """`indicators`: write the indicators the targets' texts state, each marked needs_review;
    without it they are only named, and the registry is usable at once."""
    lang = resolve_lang(lang_option)
    if out is not None:  # refused as `export` refuses it, before anything is read
        from contextlib import suppress

        from cds_tracker.output.files import check_out

        with suppress(OSError):  # a folder on the way cannot be entered: the write says so
            check_out(out, force)
    base_path, replaced = _base_path(registry, out)
    base, base_shown, own, broken = _usable_base(base_path)
    imported = read_appendix(file, base, lang, propose=indicators, year=folder_year(out))
    _check_folder_year(imported, out)
    if out is not None:
        with_changes_file(imported.problems, changes_path(out.absolute()))
    data = imported.data
    if out is None or changes_path(out.absolute()) is not None:
        # A plan of a workspace reads the workspace's changes file: its catalog is the base's
        # own. Written elsewhere, no such file is read: the catalog keeps the changes applied.
        data["catalog"] = {**data["catalog"], "units": record_data(own)}
    shown = visible_line(display_path(file))  # paths said on stderr, on one line
    written = imported.proposed if indicators else ()
    data = _mark(data, (*imported.problems, *written), imported.sheets)
    if imported.missing:  # first in the document, where a person opening the file sees it
        said = [label(f"import_heading_{key}", "vi") for key in imported.missing]
        data["document"] = {"needs_review": said, **data["document"]}
    # The names go into the file's heading comment: as the terminal shows them, never a
    # control, a bidi mark or a byte that is not UTF-8 (the file could not be written).
    heading = label(
        "import_heading", lang, source=visible_line(file.name), base=visible_line(base_shown)
    )
    text = to_yaml(data, heading)
    # What validate would refuse and the import did not say (import_check.py): a problem here.
    found = refused(text, out, find_registry(base_path).path, imported)
    imported = replace(imported, problems=(*imported.problems, *found))
    messages = [
        *_heading_lines(shown, imported, lang),
        *_in_table_order(shown, imported, written, lang),
    ]
    if replaced is not None:
        messages.insert(0, say(msg("import.base_replaced", out=replaced, base=base_shown), lang))
    if broken is not None:  # the plan in use cannot be loaded: which catalog was used instead
        passed = msg("import.base_passed_over", broken=broken, base=visible_line(base_shown))
        messages.insert(0, say(passed, lang))
    targets = sum(1 for _ in all_targets(data["groups"]))
    # Exit 1 for a cell that could not be read, and for a heading line the file lacks: both are
    # `needs_review` lines validate refuses, so the registry is not usable yet (`import --help`:
    # "exit 1 while something is left to decide"; attack20 F7). A proposed indicator is the
    # importer's own reading of a well-formed cell, asked for with --indicators: noted and
    # marked for validate, not a fault of the table.
    failed = bool(imported.problems) or bool(imported.missing)
    outcome = ImportOutcome(None if out is not None else text, messages, failed)
    if out is not None:
        from cds_tracker.output.files import write_document

        write_document(out, text.encode("utf-8"), force=True)  # refused above unless --force
        where = visible_line(display_path(out))
        groups = len(data["groups"])
        messages.append(label("import_written", lang, targets=targets, groups=groups, path=where))
    messages += _summary(data, imported, lang, written=indicators)
    return outcome


def _heading_lines(shown: str, imported: Imported, lang: Lang) -> list[str]:
    """What the file's heading does not state, each said at the appendix header's first cell,
    under which the line is missing (`Phụ lục!A1`, Word's `1:1:1`): the place to add it."""
    table, row, col = imported.header_at
    where = shown
    if row:
        place = CellProblem(table, row, col, "import_heading")
        where = f"{shown}:{position(place, imported.sheets)}"
    return [f"{where}: {label(f'import_heading_{key}', lang)}" for key in imported.missing]


def _in_table_order(
    shown: str, imported: Imported, written: Sequence[CellProblem], lang: Lang
) -> list[str]:
    """The problems, then the notes, each at its place, all in the table's order (table, row,
    column): a row's deadline is said after its lead unit, whether a problem or a note."""
    problems = sorted(imported.problems, key=_place)  # stable: a cell's own order kept
    texts = problems_text(shown, problems, lang, imported.sheets)  # one text per problem
    said = list(zip(map(_place, problems), texts, strict=True))
    notes = (*imported.notes, *written)
    said += [(_place(n), note_text(shown, n, lang, imported.sheets)) for n in notes]
    said.sort(key=lambda pair: pair[0])
    return [text for _, text in said]


def _place(problem: CellProblem) -> tuple[int, int, int]:
    return (problem.table, problem.row, problem.col)


def _summary(data: dict[str, Any], imported: Imported, lang: Lang, *, written: bool) -> list[str]:
    """The closing lines: the targets whose text states a % threshold and that have no
    indicator (written as proposals with --indicators, else named), the targets stating a count,
    and how many lines wait for a decision."""
    lines = carried_read(data, imported, lang)
    if imported.proposed:
        # One threshold per % the texts state: a target stating two (I.3: "100% … 100%") is
        # named once with its count, so the list adds up to the count said before it.
        per_target = Counter(p.target or "" for p in imported.proposed)
        ids = ", ".join(t if n == 1 else f"{t} ({n})" for t, n in per_target.items())
        key = "import_indicators_proposed" if written else "import_indicators_possible"
        count = len(imported.proposed)
        lines.append(label(key, lang, count=count, target_count=len(per_target), targets=ids))
    if imported.countable:
        ids = ", ".join(imported.countable)
        lines.append(label("import_indicators_countable", lang, targets=ids))
    marked = len(data.get("needs_review", ())) + len(data["document"].get("needs_review", ()))
    marked += sum(len(t.get("needs_review", ())) for t in all_targets(data["groups"]))
    if marked:
        lines.append(label("import_review", lang, count=marked))
    return lines


def carried_read(
    data: dict[str, Any], imported: Imported, lang: Lang, *, revising: bool = False
) -> list[str]:
    """What the part of carried targets under the table became: said, never skipped silently."""
    if not imported.carried:
        return []
    by_id = {t["id"]: t for t in all_targets(data["groups"])}
    origins = [str(by_id[i].get("carried_from", "")) for i in imported.carried if i in by_id]
    years = ", ".join(dict.fromkeys(o.partition("/")[0] + "/…" for o in origins))
    count = len(imported.carried)
    if revising:  # the table's ids of them are not the registry's: their origins pair them
        return [label("revise_carried_read", lang, count=count, origins=years)]
    ids = ", ".join(imported.carried)
    return [label("import_carried_read", lang, count=count, origins=years, ids=ids)]


def _mark(
    data: dict[str, Any], problems: tuple[CellProblem, ...], sheets: dict[int, str]
) -> dict[str, Any]:
    """Each problem written into its target, or (a row that became no target, a column not
    found) at the top of the registry with the row's text; in Vietnamese: the registry is the
    office's. The data, with those top marks first, where a person opening the file sees them."""
    by_id = {t["id"]: t for t in all_targets(data["groups"])}
    top: list[str] = []
    for problem in problems:
        if problem.key in ("import_heading_unseen", "import_heading_date"):  # validate's own
            # rule says it at its line
            continue
        where = where_words(problem, sheets)
        values = {k: shortened(v) for k, v in problem_values(problem, sheets, "vi").items()}
        words = problem_words(problem, values, "vi")  # the cell's whole text is in its field
        said = f"{words} ({where})"
        if problem.cells:  # a row that became no target: its text, so nothing is lost
            said += "; " + label("import_row_text", "vi", cells=" | ".join(problem.cells))
        target = by_id.get(problem.target or "")
        if target is None:
            top.append(said)
            continue
        column = COLUMN_TITLES.get(problem.field or "", problem.field or "")
        target.setdefault("needs_review", []).append(f"{column}: {said}" if column else said)
    return {"needs_review": top, **data} if top else data
