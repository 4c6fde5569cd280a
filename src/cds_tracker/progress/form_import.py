"""Reading a filled return form back: one checked progress entry per filled row, or the problems.

The form's hidden sheet says which unit, plan and period it was made for and where every cell to
read is; the visible sheet holds what the unit typed. Each filled row goes through `build_entry`,
the same checks as `cds progress add`. Every problem is named as `file:sheet!cell: message`.

Each filled row becomes an entry, a correction or nothing in `form_entries.py` (row ids, digests,
an older copy of the form).

Protected cells: the target code (and the unit, plan and rows in the hidden sheet) are checked, and
a change refuses the whole file; the other read-only cells (title, text, deadline, current status)
are never read: a change there is said as a note, and anything typed where the form left nothing
(a row added under the table) refuses the file, at its cell (`form_strays.py`, a15_10). A plan's
appendix given here is sent to `cds import` (a15_03).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.core.command_words import name_word
from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import UsageError
from cds_tracker.output.sanitize import xlsx_text
from cds_tracker.output.words import Lang, label, say
from cds_tracker.progress.carried_away import by_name
from cds_tracker.progress.form_cells import Complaints
from cds_tracker.progress.form_changed import made_for_other_indicators, say_changed
from cds_tracker.progress.form_commands import added_row_form, listing_form
from cds_tracker.progress.form_entries import Planned, plan_row
from cds_tracker.progress.form_guard import (
    MAX_FILE,
    appendix,
    check_plan,
    check_text,
    expected_layout,
    formula_cells,
    text_fits,
    too_big,
)
from cds_tracker.progress.form_refusals import form_command, form_day
from cds_tracker.progress.form_strays import Listing, check_strays, read_cells

if TYPE_CHECKING:
    from cds_tracker.questions.tracker import Tracker


@dataclass
class FormRead:
    unit_id: str = ""
    saved: dt.datetime | None = None  # when the file was last saved (UTC), if it says
    # the file as named on the command line: a hint's command names it (core/command_words.py),
    # never by `shown`, its picture on the screen ("phieu<U+200B>2.xlsx" names no file, a16_02)
    name: str = ""
    planned: list[Planned] = field(default_factory=list)
    problems: Complaints = field(default_factory=Complaints)
    notes: list[str] = field(default_factory=list)  # said with the result, not refusing it
    # the option choosing this run's registry in a hint's command ("--plan 2024 ",
    # "--registry kh ", or ""; app/discovery.again), followed by a space when there is one
    plan: str = ""
    month: str = ""  # the form's month (mm/yyyy), as `cds form --month` takes it in a hint
    as_of: dt.date | None = None  # the form's own as-of day (None: an older form says none)
    today: dt.date | None = None  # the import's day: `cds form` without --as-of makes that
    # the option choosing another plan, by its name or year (app/discovery.py `other_plan`)
    elsewhere: Callable[..., str] = by_name
    # the tracker `cds form` makes forms from (the registry with its progress), opened only
    # for a hint naming a new form (progress/form_commands.py `listing_form`); None: no form
    forms: Callable[[], Tracker] | None = None

    def form(self, unit: str, unit_id: str, day: dt.date | None = None, month: str = "") -> str:
        """The `cds form` command a hint gives for a new form of `unit`: this form's plan, its
        month (or `month`), as of `day` (the day the hint needs) or this form's own."""
        as_of = self.as_of if day is None else day
        return form_command(self.plan, unit, unit_id, month or self.month, as_of, self.today)


_MAX_CELLS = 32767  # characters: all one Excel cell holds, a whole map of a row's cells


@dataclass(frozen=True)
class _Meta:
    values: dict[str, str]
    # hidden-sheet row, target, row id, cells, fingerprint of the target's text ("" if older)
    rows: list[tuple[int, str, str, dict[str, Any] | None, str]]  # None: not a map cds wrote
    places: dict[str, int]  # the hidden-sheet row of each of `values`


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
    elsewhere: Callable[..., str] = by_name,
    forms: Callable[[], Tracker],
) -> FormRead:
    """Everything the form asks to write, checked; `problems` non-empty means write nothing.
    `again`: the option that chooses the registry of this run (app/discovery.again), which the
    commands its hints print name, so typed they record where this import would (a14_09: a
    form of plans/2023-sua-doi beside plans/2023 was named by no --plan, and its hint recorded
    into plans/2023). `forms`: the tracker `cds form` makes forms from (the registry with its
    progress, which `tracker` has not), opened only for a hint naming a new form's command
    (progress/form_commands.py `listing_form`)."""
    from cds_tracker.output.xlsx_form import FORMAT, HEADER_ROW, META_SHEET
    from cds_tracker.output.xlsx_form import row_id as make_row_id

    read = FormRead(problems=Complaints(lang), plan=f"{again} " if again else "", today=today)
    read.elsewhere, read.forms = elsewhere, forms
    opened = _open(path, shown, read)
    if opened is None:
        return read
    book, data = opened
    read.name = str(path)
    if META_SHEET not in book.sheetnames:
        if appendix(book):  # a plan's appendix: `cds import` reads it (a15_03)
            read.problems.add(shown, "fi_appendix", "fi_hint_appendix", file=name_word(read.name))
        else:
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
    read.as_of = form_day(meta.values.get("as_of"))
    form = read.form(tracker.index.name(read.unit_id), read.unit_id)
    own_day = read.as_of or today
    if meta.values.get("rows") != str(len(meta.rows)):  # rows deleted from the hidden sheet
        read.problems.add(f"{shown}:{META_SHEET}!B{meta.places.get('rows', 1)}", "fi_hidden_edited")
    line = HEADER_ROW + 1  # where the next target's cells must be
    for at, target_id, row_id, cells, mark in meta.rows:
        if cells is None:  # edited past reading: its own cell said; the rows after it are
            read.problems.add(f"{shown}:{META_SHEET}!C{at}", "fi_hidden_edited")
            line = 0  # checked from where each says it starts, never refused for this one
            continue
        start = _line_of(cells["code"])
        first, line = line or start, (line or start) + max(1, len(cells["values"]))
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
        # a new form of the unit as of the form's own day, asked only by a hint that names one
        new_form = partial(listing_form, read, target_id, [(read.unit_id, read.month, own_day)])
        if not set(cells["values"]) <= {i.key for i in target.indicators} or cells != (
            expected_layout(first, cells["values"], percent)
        ):
            # a map cds wrote, on a row of this target's text: the plan changed, not the form
            if not made_for_other_indicators(cells, first) or not text_fits(mark, target):
                read.problems.add(f"{shown}:{META_SHEET}!C{at}", "fi_hidden_edited")
                continue
            said = {"plan": read.plan, "unit": tracker.index.name(read.unit_id)}
            own = _indicators(tracker, target_id)  # the plan's since the form (a17_03)
            say_changed(sheet, where, (target, cells, first), own, said, read.problems, new_form)
            continue
        if _formulas(cells, formulas, where, read):
            continue
        if not check_text(mark, target, f"{where}C{first}", read.problems, new_form):
            continue
        row = (row_id, cells, mark)
        plan_row(sheet, where, target, row, tracker, existing, today, moment, read)
    edited, locked = _locked(meta.values.get("locked"))
    if edited:
        at = meta.places.get("locked", 1)
        read.problems.add(f"{shown}:{META_SHEET}!B{at}", "fi_hidden_edited")
    elif not any(p.startswith(f"{shown}:{META_SHEET}!") for p in read.problems):
        # a hidden row edited: which cells the form reads is not known, nor what is stray
        said = {"plan": read.plan, "unit": tracker.index.name(read.unit_id), "form": form}
        cells_read = read_cells(c for *_, c, _ in meta.rows)
        lines = {t: _line_of(c["code"]) for _, t, _, c, _ in meta.rows if c is not None}
        listing = Listing(
            lines,
            lambda code: _indicators(tracker, code),
            lambda code, day: _assigned(tracker, code, read.unit_id, day),
            lambda code, day: added_row_form(read, code, day),
        )
        check_strays(sheet, where, locked, cells_read, said, read.problems, read.notes, listing)
    if read.problems:
        read.planned.clear()
    return read


def _locked(said: str | None) -> tuple[bool, dict[str, str] | None]:
    """Whether the hidden sheet's line of read-only cells was edited past reading, and the
    fingerprints it holds (None for a form made before they were kept)."""
    if said is None:
        return False, None
    found = _json(said)
    if isinstance(found, dict) and all(isinstance(v, str) for v in found.values()):
        return False, found
    return True, None


def _assigned(tracker: Tracker, code: str, unit_id: str, day: dt.date) -> bool:
    """Whether the unit answers for target `code` on `day` (the rule of `progress add`,
    questions/catalog.roles_of); True for a code the plan has not, said by its own check."""
    from cds_tracker.questions.catalog import roles_of

    try:
        _, target = tracker.target(code)
    except UsageError:
        return True
    return bool(roles_of(tracker, target.on(day.isoformat()), unit_id, day))


def _indicators(tracker: Tracker, code: str) -> list[tuple[str, str]]:
    """A target's indicators as (key, name as a form's column H shows it); [] for none."""
    from cds_tracker.output.tables import indicator_name

    try:
        _, target = tracker.target(code)
    except UsageError:
        return []
    return [(i.key, indicator_name(i)) for i in target.indicators]


def _line_of(address: str) -> int:
    found = re.fullmatch(r"[A-Z]{1,3}([1-9][0-9]{0,6})", address)
    return int(found.group(1)) if found else 0


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
    places: dict[str, int] = {}
    rows: list[tuple[int, str, str, dict[str, Any] | None, str]] = []
    in_rows = False
    for number, line in enumerate(sheet.iter_rows(values_only=True), 1):
        key = str(line[0]) if line and line[0] is not None else ""
        if in_rows:
            cells = _cells(line)
            mark = str(line[3]) if len(line) > 3 and line[3] is not None else ""
            rows.append((number, key, str(line[1]), cells, mark))
        elif key == "rows":
            in_rows = True
            values[key] = "" if len(line) < 2 or line[1] is None else str(line[1])
            places[key] = number
        elif key:
            values[key] = "" if len(line) < 2 or line[1] is None else str(line[1])
            places[key] = number
    return _Meta(values, rows, places)


def _cells(line: tuple[Any, ...]) -> dict[str, Any] | None:
    """A hidden row's cell map (column C), or None when it is not one the form wrote: not JSON,
    nested past what the decoder takes, or of another shape: said as that row edited, at its
    cell."""
    if len(line) < 3 or not isinstance(line[2], str):
        return None
    cells = _json(line[2])
    return cells if _well_formed(cells) else None


def _json(text: str) -> Any:
    """The value a hidden-sheet cell's JSON text holds, or None: the one place a form's JSON is
    decoded, whatever was put there (nested 5,000 deep: RecursionError, a15_01)."""
    if len(text) > _MAX_CELLS:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


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
    elif (note := check_plan(info, document.year, shown, read)) is not None:
        read.notes.append(label(note, read.problems.lang, plan=document.plan.reference or "…"))
    read.unit_id = unit_id
    return not read.problems
