"""Reading a filled return form back: one checked progress entry per filled row, or the problems.

The form's hidden sheet says which unit, plan and period it was made for and where every cell to
read is; the visible sheet holds what the unit typed. Each filled row goes through `build_entry`,
the same checks as `cds progress add`. Every problem is named as `file:sheet!cell: message`.

Each filled row becomes an entry, a correction or nothing in `form_entries.py` (row ids, digests,
an older copy of the form).

Protected cells: the target code (and the unit, plan and rows in the hidden sheet) are checked, and
a change refuses the whole file; the other read-only cells (text, deadline, current status) are
never read, so a change there is ignored.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import UsageError
from cds_tracker.output.sanitize import xlsx_text
from cds_tracker.output.words import Lang, label, say
from cds_tracker.progress.form_cells import Complaints
from cds_tracker.progress.form_entries import Planned, plan_row
from cds_tracker.progress.form_guard import (
    MAX_FILE,
    check_plan,
    check_text,
    expected_layout,
    formula_cells,
    too_big,
)
from cds_tracker.progress.form_refusals import form_command

if TYPE_CHECKING:
    from cds_tracker.questions.tracker import Tracker


@dataclass
class FormRead:
    unit_id: str = ""
    saved: dt.datetime | None = None  # when the file was last saved (UTC), if it says
    planned: list[Planned] = field(default_factory=list)
    problems: Complaints = field(default_factory=Complaints)
    notes: list[str] = field(default_factory=list)  # said with the result, not refusing it
    # the option choosing this run's registry in a hint's command ("--plan 2024 ",
    # "--registry kh ", or ""; app/discovery.again), followed by a space when there is one
    plan: str = ""
    month: str = ""  # the form's month (mm/yyyy), as `cds form --month` takes it in a hint


@dataclass(frozen=True)
class _Meta:
    values: dict[str, str]
    # hidden-sheet row, target, row id, cells, fingerprint of the target's text ("" if older)
    rows: list[tuple[int, str, str, dict[str, Any], str]]


def read_form(
    path: Path,
    tracker: Tracker,
    entries_of: Callable[[str], Sequence[Entry]],
    *,
    expected_unit: str | None,
    shown: str,
    today: dt.date,
    lang: Lang = "vi",
    again: str = "",
) -> FormRead:
    """Everything the form asks to write, checked; `problems` non-empty means write nothing.
    `again`: the option that chooses the registry of this run (app/discovery.again), which the
    commands its hints print name, so typed they record where this import would (a14_09: a
    form of plans/2023-sua-doi beside plans/2023 was named by no --plan, and its hint recorded
    into plans/2023)."""
    from cds_tracker.output.xlsx_form import FORMAT, HEADER_ROW, META_SHEET
    from cds_tracker.output.xlsx_form import row_id as make_row_id

    read = FormRead(problems=Complaints(lang), plan=f"{again} " if again else "")
    opened = _open(path, shown, read)
    if opened is None:
        return read
    book, data = opened
    if META_SHEET not in book.sheetnames:
        read.problems.add(shown, "fi_not_form")
        return read
    meta = _meta(book[META_SHEET])
    if meta is None or meta.values.get("format") != FORMAT:
        read.problems.add(f"{shown}:{META_SHEET}!A1", "fi_format")
        return read
    if not _check_meta(meta, tracker, expected_unit, shown, book.sheetnames, read):
        return read
    read.saved = book.properties.modified  # naive UTC, set by whatever saved the file last
    sheet = book[meta.values["sheet"]]
    if not hasattr(sheet, "iter_rows"):  # a chart sheet under the form sheet's name
        read.problems.add(shown, "fi_not_worksheet", sheet=sheet.title)
        return read
    where = f"{shown}:{sheet.title}!"
    existing = entries_of(read.unit_id)
    moment = dt.datetime.now().astimezone().replace(microsecond=0)
    seen: set[str] = set()
    month = meta.values.get("month", "")  # cds writes yyyy-mm; anything else (a received
    # file's "2025-06$(touch X)") is no month, and never goes into a hint's command (a14_07)
    read.month = "/".join(reversed(month.split("-"))) if re.fullmatch(r"\d{4}-\d{2}", month) else ""
    formulas = formula_cells(data, sheet.title)
    form = form_command(read.plan, tracker.index.name(read.unit_id), read.unit_id, read.month)
    line = HEADER_ROW + 1  # where the next target's cells must be
    for at, target_id, row_id, cells, mark in meta.rows:
        first, line = line, line + max(1, len(cells["values"]))
        if target_id in seen or row_id != make_row_id(month, read.unit_id, target_id):
            read.problems.add(f"{shown}:{META_SHEET}!A{at}", "fi_hidden_edited")
            continue
        seen.add(target_id)
        try:
            _, target = tracker.target(target_id)
        except UsageError:
            read.problems.add(f"{shown}:{META_SHEET}!A{at}", "fi_no_target", target=target_id)
            continue
        percent = {i.key for i in target.indicators if i.unit == "%"}
        if not set(cells["values"]) <= {i.key for i in target.indicators} or cells != (
            expected_layout(first, cells["values"], percent)
        ):
            read.problems.add(f"{shown}:{META_SHEET}!C{at}", "fi_hidden_edited")
            continue
        if _formulas(cells, formulas, where, read):
            continue
        if not check_text(mark, target, f"{where}C{first}", read.problems, form):
            continue
        row = (row_id, cells, mark)
        plan_row(sheet, where, target, row, tracker, existing, today, moment, read)
    if read.problems:
        read.planned.clear()
    return read


def _formulas(cells: dict[str, Any], formulas: set[str], where: str, read: FormRead) -> bool:
    """Name every cell of the row holding a formula without a stored result; True if any."""
    spots = [cells[k] for k in ("code", "status", "date", "note", "evidence")]
    spots += [a for found in cells["values"].values() for a in found.values()]
    bad = [a for a in spots if a in formulas]
    for address in bad:
        read.problems.add(where + address, "fi_formula")
    return bool(bad)


def _open(path: Path, shown: str, read: FormRead) -> tuple[Any, bytes] | None:
    from openpyxl import load_workbook

    from cds_tracker.core.errors import os_reason
    from cds_tracker.core.files import TooLarge, read_regular

    try:  # non-blocking, checked after opening: a pipe put there meanwhile never waits
        data = read_regular(path, limit=MAX_FILE)  # openpyxl given a path may leave it open
    except TooLarge as exc:
        read.problems.add(shown, "fi_too_big", size=exc.size // 2**20)
        return None
    except OSError as exc:
        read.problems.add(shown, "fi_cannot_open", reason=say(os_reason(exc), read.problems.lang))
        return None
    if _old_kind(path, data, shown, read, opened=False):
        return None
    size = too_big(data)
    if size is not None:
        read.problems.add(shown, "fi_too_big", size=size // 2**20)
        return None
    from cds_tracker.registry.importing import limits
    from cds_tracker.registry.importing.cells import unheard

    try:
        limits.check(path, data)  # the limits of `cds import`, before openpyxl expands a grid
        with unheard():  # openpyxl's warnings: raw, in English, of nothing a reader needs
            return load_workbook(io.BytesIO(data), data_only=True), data
    except limits.TooLarge as error:
        read.problems.add(shown, "fi_too_large", what=say(error.what, read.problems.lang))
        return None
    # openpyxl raises many kinds (zip, XML, KeyError…) on a file that is not a workbook; any of
    # them means the same to the user.
    except Exception:
        if not _old_kind(path, data, shown, read, opened=True):
            read.problems.add(shown, "fi_not_xlsx", "fi_hint_not_xlsx")
    return None


def _old_kind(path: Path, data: bytes, shown: str, read: FormRead, *, opened: bool) -> bool:
    """An Excel 97-2003 file (.xls), or a form saved with a password (Excel encrypts it into
    the same old container, `cells.old_container`, whatever its name): refused with the step in
    Excel that makes it readable (review of #16, a_10). Before opening (`opened` False) only
    the container is asked: a workbook merely named .xls is read as the workbook it is; after
    openpyxl failed, a .xls name says it. True if so."""
    from cds_tracker.registry.importing.cells import old_container

    old = path.suffix.lower() == ".xls"
    if old and (opened or old_container(data)):
        read.problems.add(shown, "fi_old_xls", "fi_hint_old_xls")
    elif old_container(data):
        read.problems.add(shown, "fi_encrypted", "fi_hint_encrypted", suffix=path.suffix)
    else:
        return False
    return True


def _meta(sheet: Any) -> _Meta | None:
    values: dict[str, str] = {}
    rows: list[tuple[int, str, str, dict[str, Any], str]] = []
    in_rows = False
    for number, line in enumerate(sheet.iter_rows(values_only=True), 1):
        key = str(line[0]) if line and line[0] is not None else ""
        if in_rows:
            try:
                cells = json.loads(str(line[2]))
            except (IndexError, ValueError):
                return None
            if not _well_formed(cells):
                return None
            mark = str(line[3]) if len(line) > 3 and line[3] is not None else ""
            rows.append((number, key, str(line[1]), cells, mark))
        elif key == "rows":
            in_rows = True
        elif key:
            values[key] = "" if len(line) < 2 or line[1] is None else str(line[1])
    return _Meta(values, rows)


def _well_formed(cells: Any) -> bool:
    """A row's addresses as the form wrote them: text for each cell, and per indicator a map of
    text; anything else means the hidden sheet was edited."""
    if not isinstance(cells, dict):
        return False
    plain = all(
        isinstance(cells.get(k), str) for k in ("code", "status", "date", "note", "evidence")
    )
    values = cells.get("values")
    return (
        plain
        and isinstance(values, dict)
        and all(
            isinstance(spots, dict) and all(isinstance(a, str) for a in spots.values())
            for spots in values.values()
        )
    )


def _check_meta(
    meta: _Meta,
    tracker: Tracker,
    expected_unit: str | None,
    shown: str,
    sheets: list[str],
    read: FormRead,
) -> bool:
    document = tracker.registry.document
    info = meta.values
    unit_id = info.get("unit_id", "")
    unit = tracker.index.units.get(unit_id)
    if unit is None or unit.is_collective:
        read.problems.add(shown, "fi_no_unit", unit=unit_id)
    elif expected_unit is not None and unit_id != expected_unit:
        read.problems.add(
            shown, "fi_other_unit", unit=unit.name, expected=tracker.index.name(expected_unit)
        )
    ours = (xlsx_text(document.plan.reference), xlsx_text(document.appendix))  # as written
    other_year = info.get("year", str(document.year)) != str(document.year)  # said at A3 alone
    if (info.get("plan"), info.get("appendix")) != ours and not other_year:
        read.problems.add(
            shown,
            "fi_other_plan",
            appendix=info.get("appendix"),
            plan=info.get("plan"),
            our_appendix=document.appendix,
            our_plan=document.plan.reference,
        )
    if info.get("sheet") not in sheets:
        read.problems.add(shown, "fi_no_sheet", sheet=info.get("sheet"))
    elif (note := check_plan(info, document.year, shown, read.problems)) is not None:
        read.notes.append(label(note, read.problems.lang, plan=document.plan.reference or "…"))
    read.unit_id = unit_id
    return not read.problems
