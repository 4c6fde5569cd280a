"""The `progress add` command that records a form row as the unit typed it, for a hint.

A row cds cannot import (one added under the table, one whose figure has no cell on a form made
before its target had an indicator) is recorded by `progress add`; a command carrying the status
alone would record it without the figure, the figure lost in silence (a17_07). So the command
carries all the row holds, read from the form's columns: status F, date G, the figure — counts
J/K when both are typed, else the value I — note L, each evidence item of M; a value no command
window reads alike is left out and said (progress/form_refusals.py `add_extras`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from cds_tracker.core.command_words import name_word
from cds_tracker.core.dates import format_date, try_parse_date
from cds_tracker.output.words import Lang, label, say
from cds_tracker.progress.form_cells import cell_text, evidence_items, status_code
from cds_tracker.progress.form_refusals import add_extras, left_out, status_word, withheld_note
from cds_tracker.progress.typed_numbers import read_cell_number

if TYPE_CHECKING:
    from cds_tracker.progress.form_import import FormRead


def row_command(
    sheet: Any,
    row: int,
    code: str,
    indicators: list[tuple[str, str]],
    said: dict[str, str],
    lang: Lang,
    force: bool = False,
) -> tuple[str, str]:
    """The command for row `row` of target `code` ("" when unknown: a placeholder), and what
    the clerk must type in themself, said before it ("…; ", or ""). `indicators`: the target's
    (key, name as column H shows it) a figure may go under; `said`: `plan` ("--plan 2024 " or
    "") and `unit` (its name); `force`: the unit is not assigned the target (` --force`)."""
    status = status_code(sheet[f"F{row}"].value)
    day = day_word(sheet[f"G{row}"].value)
    note = cell_text(sheet[f"L{row}"].value)
    evidence = evidence_items(sheet[f"M{row}"].value)
    values = _figure(sheet, row, indicators, lang)
    code_word = name_word(code) if code else label("fi_code_word", lang)
    status_said = status_word(status, lang) if status else label("fi_status_word", lang)
    command = (
        f"cds {said['plan']}progress add {code_word} --unit {name_word(said['unit'])}"
        f" --status {status_said} --date {day or 'dd/mm/yyyy'}{' --force' if force else ''}"
        f"{add_extras(values, note, evidence)}"
    )
    before = say(withheld_note(left_out(values, note, evidence)), lang)
    return command, f"{before}; " if before else ""


def day_word(value: Any) -> str:
    """A date cell as `--date` takes it (dd/mm/yyyy), or "" when it holds no day."""
    if isinstance(value, dt.datetime):
        return format_date(value.date())
    if isinstance(value, dt.date):
        return format_date(value)
    found = try_parse_date(cell_text(value)) if isinstance(value, str) else None
    return format_date(found) if found is not None else ""


def _figure(sheet: Any, row: int, indicators: list[tuple[str, str]], lang: Lang) -> list[str]:
    """The row's figure as `--value key=…`: the counts J/K when both are typed, else the value
    I; the key the target's one indicator's, or the one column H names, else a placeholder."""
    top, bottom, value = (_figure_text(sheet[f"{c}{row}"]) for c in "JKI")
    typed = f"{top}/{bottom}" if top and bottom else value or top or bottom
    if not typed:
        return []
    name = cell_text(sheet[f"H{row}"].value)
    keys = [k for k, n in indicators if len(indicators) == 1 or n == name]
    key = keys[0] if keys else label("fi_key_word", lang)
    return [f"{key}={typed}"]


def _figure_text(cell: Any) -> str:
    """A figure cell as `--value` reads it: a number cell as Excel shows it (70, never 70.0;
    a percentage cell's 0.7 as 70), a text as typed."""
    value = cell.value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        from cds_tracker.registry.importing.number_format import Unread

        try:
            number = read_cell_number(float(value), str(cell.number_format))
        except Unread:  # refused at its cell (form_cells.py `_cell_number`): as stored
            return cell_text(value)
        return str(int(number)) if number.is_integer() else format(Decimal(repr(number)), "f")
    return cell_text(value)


Try = tuple[str, str, dt.date]  # (a unit's id, the form's month mm/yyyy or "", its as-of day)


def listing_form(read: FormRead, code: str, tries: Sequence[Try]) -> str:
    """The `cds form` command of the first of `tries` whose form lists target `code`, as typed;
    "" when none does. The one check every hint naming a new form makes ("xin phiếu mới": a row
    added under the table, a figure with no cell, changed indicators, a rewritten text, a
    hand-over): a command named for a form that does not list the target sends the clerk round
    for nothing (a target the unit only cooperates on, one not due, one whose part it, or the
    new lead, already finished), and the hint then gives the `progress add` command alone. The
    forms are asked of `read.forms`, the tracker `cds form` makes forms from: the registry with
    all its progress (app/opening.py `open_found`), opened only here, when such a hint is said:
    the import's own reads no progress, and by it every part looked unfinished, so a form was
    named for a target the unit had finished, which that form does not list (clerk21 F1). Its
    rows are chosen by `form_rows`, the one rule `cds form` lists them by; progress that cannot
    be read makes no form either, and names none. `read`: the form (progress/form_import.py
    `FormRead`)."""
    from cds_tracker.core.dates import YearMonth, try_parse_month
    from cds_tracker.core.errors import CdsError
    from cds_tracker.questions.form_rows import form_rows

    if read.forms is None:
        return ""
    try:
        tracker = read.forms()
    except CdsError:  # `cds form` stops at the same problems: no form is named
        return ""
    for unit_id, month, as_of in tries:
        months = try_parse_month(month) if month else YearMonth.of(as_of)
        try:
            rows = form_rows(tracker, unit_id, months or YearMonth.of(as_of), as_of)
        except (CdsError, KeyError):  # the unit not yet, or no longer, one that reports
            continue
        if any(row.row.target.id == code for row in rows):
            return read.form(tracker.index.name(unit_id), unit_id, as_of, month)
    return ""


def added_row_form(read: FormRead, code: str, day: dt.date | None) -> str:
    """The new form of the form's unit listing target `code`, for a row added under the table
    reported on `day` (`listing_form`): this form's month as of its own day, else the month of
    the row's report day as of that day; one without `--as-of` typed after the plan's targets
    were carried on made no form at all (clerk19 F1)."""
    own = read.as_of or read.today or dt.date.today()
    tries = [(read.unit_id, read.month, own)]
    if day is not None:
        tries.append((read.unit_id, day.strftime("%m/%Y"), day))
    return listing_form(read, code, tries)
