"""What a returned form holds outside the cells it is read from: a report lost unless said.

A unit may unprotect the sheet (Review › Unprotect Sheet takes no password) and type where the
form has no place: a row added under the table for a target the form does not list, a figure
beside a row. cds reads only the cells the hidden sheet names, so such a report would be dropped
without a word (attack 15, a15_10). Every cell that holds something is therefore accounted for:

- a cell the form left empty (and does not read) that now holds something refuses the file, at
  that cell (a row under the table at its first filled cell, with the command that records it):
  the clerk records it another way, or has it put on a form, then clears it and imports again;
- a read-only cell the form filled (title, a target's text, its deadline) that was changed is
  said as a note at its cell, the file still imported: cds never reads those cells, and nothing
  the unit reports is in them that the yellow cells do not hold.

A form made since cds kept its read-only cells' fingerprints (`locked` in the hidden sheet,
output/xlsx_form.py) is checked cell by cell; an older one only for cells below or beside the
table, the one place nothing was written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cds_tracker.core.dates import try_parse_date
from cds_tracker.output.words import label
from cds_tracker.output.xlsx_form import HEADER_ROW, cell_mark
from cds_tracker.progress.form_cells import Complaints, cell_text
from cds_tracker.progress.form_commands import day_word, row_command

LAST_COLUMN = 13  # M: the form's last column


@dataclass(frozen=True)
class Listing:
    """What a row added under the table is told against: the form's own targets and the
    plan's indicators, so that its command carries the row's figure under the right key."""

    lines: dict[str, int]  # each target the form lists → the form's row of it
    indicators: Callable[[str], list[tuple[str, str]]]  # a target's (key, name as column H)
    # whether the form's unit is assigned the target on a day (True when the plan has no such
    # target): a row of one it is not is said so, its command --force (clerk19 F2)
    assigned: Callable[[str, dt.date], bool] = lambda code, day: True
    # the `cds form` command of a new form listing a target, for a row reported on a day
    # (progress/form_commands.py `listing_form`); "" when no form of the unit lists it
    form: Callable[[str, dt.date | None], str] = lambda code, day: ""


def read_cells(rows: Iterable[dict[str, Any] | None]) -> set[str]:
    """Every address the hidden sheet names (code, status, date, note, evidence, values)."""
    found: set[str] = set()
    for cells in rows:
        if cells is None:
            continue
        found.update(str(cells[k]) for k in ("code", "status", "date", "note", "evidence"))
        found.update(a for spots in cells["values"].values() for a in spots.values())
    return found


def check_strays(
    sheet: Any,
    where: str,
    locked: dict[str, str] | None,
    read: set[str],
    said: dict[str, str],
    problems: Complaints,
    notes: list[str],
    listing: Listing,
) -> None:
    """Refuse what was typed where the form has no place; note a changed read-only cell.
    `locked`: the form's fingerprints of its filled read-only cells, None for an older form;
    `said`: `plan` ("--plan 2024 " or ""), `unit` (its name) and `form` (a `cds form` command)."""
    last = max((_row_of(a) for a in read), default=HEADER_ROW)  # the table's last row
    added: dict[int, list[Any]] = {}
    for line in sheet.iter_rows():
        for cell in line:
            address = getattr(cell, "coordinate", "")
            if not address or address in read:
                continue
            value = cell.value
            blank = value is None or (isinstance(value, str) and not value.strip())
            mark = None if locked is None else locked.get(address)
            if mark is None and blank:
                continue
            if mark is not None:
                if blank or cell_mark(value) != mark:
                    text = label("fi_locked_changed", problems.lang)
                    notes.append(f"{where}{address}: {text}")
            elif cell.row > last:
                added.setdefault(cell.row, []).append(cell)
            elif locked is not None or cell.column > LAST_COLUMN:
                place = where + address
                if not any(p.startswith(place + ": ") for p in problems):  # said (a figure)
                    problems.add(place, "fi_stray_cell")
    for row, cells in added.items():
        _added_row(sheet, where, (row, cells), said, listing, problems)


def _added_row(
    sheet: Any,
    where: str,
    added: tuple[int, list[Any]],
    said: dict[str, str],
    listing: Listing,
    problems: Complaints,
) -> None:
    """A row under the table, refused at its first filled cell with the `progress add` command
    that records all it holds (progress/form_commands.py): one with the status alone recorded
    no figure, the figure lost (a17_07). A row of a target the form lists is a second report
    of it, said so, never sent for a form that lists the target; one of a target no form of
    the period lists is sent for none (clerk19 F1: a form that does not list it)."""
    row, cells = added
    code = cell_text(sheet[f"B{row}"].value).split("\n")[0]
    indicators = listing.indicators(code) if code else []
    day = try_parse_date(day_word(sheet[f"G{row}"].value))
    listed = listing.lines.get(code)
    # a target the unit is not assigned: no form of the unit lists it, and `progress add`
    # records it only by --force, which the hint says (as progress add's own refusal does)
    foreign = bool(code) and listed is None and day is not None and not listing.assigned(code, day)
    command, before = row_command(sheet, row, code, indicators, said, problems.lang, foreign)
    # a new form that lists the target, "" when none of the period does; a row naming no
    # target is sent for the form's own period (what it reports is the clerk's to find out)
    form = said["form"] if not code else listing.form(code, day) if listed is None else ""
    said_row: dict[str, object] = {
        "row": row,
        "command": command,
        "form": form,
        "before": before,
        "target": code,
        "line": listed or 0,
        "unit": said["unit"],
        "on_plan": said["plan"],
    }
    place = where + cells[0].coordinate
    if foreign:
        problems.add(
            place, "fi_added_row_not_assigned", "fi_hint_added_row_not_assigned", **said_row
        )
        return
    problems.add(
        place,
        "fi_added_row",
        "fi_hint_added_row_listed"
        if listed
        else "fi_hint_added_row"
        if form
        else "fi_hint_added_row_no_form",
        **said_row,
    )


def _row_of(address: str) -> int:
    digits = address.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) if digits.isdigit() else 0
