"""Why a file given to `cds import` (or `diff`, `import --revise`) gives no plan: no appendix table
in it, a return form instead, the appendix's header without a group row under it, a copied
sheet, a table of groups only. Each said as what it is, where it is, with a way out; invalid
data (exit 1), nothing written. Kept apart from importing.py, which writes what was read.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NoReturn

from cds_tracker.app.discovery import plan_option
from cds_tracker.app.import_problems import position
from cds_tracker.core.errors import CdsError
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import Lang, label, quoted
from cds_tracker.registry.importing import Imported, Ungrouped
from cds_tracker.registry.importing.appendix import all_targets
from cds_tracker.registry.importing.heard import ReadNote

# What openpyxl skipped that may hold the table: a damaged sheet, a hidden one (heard.py)
_SHEETS_LEFT = ("import_read_sheet_skipped", "import_read_hidden_sheet")
# A group numbered with a letter ("A. Dữ liệu số", "B)"): the registry's groups are Roman
_LETTERED = re.compile(r"^[^\W\d_]\s*[.)](?:\s|$)")


def readable(imported: Imported) -> bool:
    """The table read gives a plan: a target at least, and no sheet copying the appendix."""
    if any(p.key == "import_sheet_copy" for p in imported.problems):
        return False
    return next(all_targets(imported.data["groups"]), None) is not None


def refuse(
    file: Path, imported: Imported | Ungrouped | None, heard: list[ReadNote], lang: Lang
) -> NoReturn:
    """Raise why `imported` (`import_appendix`'s answer for `file`) gives no plan; `heard`:
    what the reading met, a sheet skipped among it."""
    if imported is None:  # a readable file without the table: invalid data (exit 1)
        _not_a_form(file, lang)
        raise _no_table(file, heard, lang)
    if isinstance(imported, Ungrouped):
        _not_a_form(file, lang)
        raise _ungrouped(file, imported, lang)
    if copy := next((p for p in imported.problems if p.key == "import_sheet_copy"), None):
        names = {k: quoted(v) for k, v in copy.values.items()}  # a copied sheet: neither chosen
        where = f"{visible_line(file.name)}:{position(copy, imported.sheets)}"
        raise CdsError(
            label("import_sheet_copy", lang, where=where, **names),
            hint=label("import_sheet_copy_hint", lang, **names),
        )
    empty = label("import_no_targets", lang, file=visible_line(file.name))  # groups only
    hint = label("import_no_targets_hint", lang)
    if auto := [p for p in imported.problems if p.key == "import_auto_number"]:
        # the rows are there, numbered by Word in a format not read: say so, and where
        where = f"{visible_line(file.name)}:{position(auto[0], imported.sheets)}"
        auto_said = label("import_no_targets_auto", lang, count=len(auto), where=where)
        hint = f"{auto_said}; {label('import_auto_number_hint', lang)}"
    raise CdsError(empty, hint=hint)


def _no_table(file: Path, heard: list[ReadNote], lang: Lang) -> CdsError:
    """No appendix header anywhere; the sheets skipped said first, where the table may be."""
    skipped = [n for n in heard if n.key in _SHEETS_LEFT]
    hint = label("import_no_table_hint", lang)
    if skipped:  # the table may be on a sheet that could not be read: say so first,
        # each kind with its own way out: a hidden sheet is unhidden (re-saving keeps it
        # hidden, review 15), a damaged one re-saved
        said = []
        for key in _SHEETS_LEFT:
            kind = [n for n in skipped if n.key == key]
            said += [label(key, lang, **{k: quoted(v) for k, v in n.values.items()}) for n in kind]
            said += [label(f"{key}_hint", lang)] if kind else []
        hint = "; ".join([*said, hint])
    return CdsError(label("import_no_table", lang, file=file.name), hint=hint)


def _ungrouped(file: Path, ungrouped: Ungrouped, lang: Lang) -> CdsError:
    """The appendix's header is there, but no group row (I., II., …) under it: said at the
    first row the reading could not place, as what it is (a group lettered "A.", a target
    before any group), never as "no table found" with the titles the table already has
    (attack20 F8)."""
    name = visible_line(file.name)
    first = ungrouped.first
    if first is None:  # the header and no row under it: said as a table of groups only is
        said = label("import_no_targets", lang, file=name)
        return CdsError(said, hint=label("import_no_targets_hint", lang))
    where = f"{name}:{position(first, ungrouped.sheets)}"
    text = first.cells[0] if first.cells else first.values.get("text", "")  # its first cell
    key = "import_lettered_groups" if _LETTERED.match(text) else "import_ungrouped"
    said = label(key, lang, where=where, text=quoted(text))
    return CdsError(said, hint=label(f"{key}_hint", lang))


def _not_a_form(file: Path, lang: Lang) -> None:
    """A return form given where a plan's appendix is read: said so, with the command that
    reads it, never the hints about hidden sheets and re-saving that fit an appendix (a15_03)."""
    from cds_tracker.core.command_words import name_word
    from cds_tracker.progress.form_guard import form_plan

    plan = form_plan(file)
    if plan is not None:
        option = f"{plan_option(plan)} " if plan else ""
        command = f"cds {option}progress import {name_word(str(file))}"
        raise CdsError(
            label("import_is_form", lang, file=visible_line(file.name)),
            hint=label("import_is_form_hint", lang, command=command),
        )
