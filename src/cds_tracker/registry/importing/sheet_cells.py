"""A workbook's cells as Excel shows them to the person reading the sheet.

What a person does not see is not the plan: a hidden or "very hidden" sheet (a draft, last
year's table), a hidden row (a dropped target), a hidden column (an old "Đơn vị chủ trì") are
left out, each said as a note at its place with its text, so nothing is lost silently (attack
8: a hidden column's units won over the visible ones). A cell is shown as its number format
shows it: a date formatted "mm/yyyy" (even "[Red]mm/yyyy": a colour, a condition or a quoted
literal is no part of the date) is a month, one formatted "yyyy" the year Excel shows ("2024",
never the January the date stored falls in); a time, a duration or true/false is said as what
it is, never as Python prints it ("10:30:00", "3 days, 0:00:00", "True"). A custom number
format is applied as Excel applies it (number_format.py): 0.8 formatted `0%` is "80%", a date
formatted `"Tháng "mm/yyyy` is "Tháng 06/2024"; a format that reader does not render leaves the
value as stored, and the cell is a problem for a person to check; a value the format hides
(`;;;`) is an empty cell, said in a note.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cds_tracker.registry.importing.heard import ReadNote

_FORMULA_PREFIXES = ("=", "+", "-", "@")
# In a number format: a [colour], [condition] or [$-locale], a "quoted literal", an escaped
# character (\d), a padding (_x) or a fill (*x): none of them is a part of the date shown.
_NOT_SHOWN = re.compile(r'\[[^\]]*\]|"[^"]*"|\\.|_.|\*.')


def _codes(number_format: str) -> str:
    """The date codes of a number format's first section, without what it does not show."""
    return _NOT_SHOWN.sub("", number_format.split(";")[0]).lower()


def shows_day(number_format: str) -> bool:
    """Whether a date's number format shows its day ("dd/mm/yyyy"), not only its month and
    year ("mm/yyyy", "[Red]mm/yyyy")."""
    return "d" in _codes(number_format)


def shows_month(number_format: str) -> bool:
    """Whether a date's number format shows both its month and its year ("mm.yy",
    "yyyy-mm-dd"), not a year alone ("yyyy", "Năm "yyyy") nor a day or a month without its
    year ("d", "mm", "m/d"): only then is the date stored what Excel shows, in other words."""
    codes = _codes(number_format)
    return "m" in codes and ("y" in codes or "e" in codes)


def cell_text(value: object, number_format: str = "General") -> tuple[str, str | None]:
    """A cell's text as Excel shows it, and its kind when it holds no text, number nor date:
    "time", "duration" or "boolean" (a deadline cannot be one)."""
    if value is None:
        return "", None
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), "boolean"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value)), None  # past 15 digits a float is not the number typed: "1e+308"
    if isinstance(value, dt.datetime | dt.date):
        # Excel turns a typed "10/2023" into a date shown as a month: give the month back.
        return value.strftime("%d/%m/%Y" if shows_day(number_format) else "%m/%Y"), None
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M"), "time"
    if isinstance(value, dt.timedelta):
        minutes, seconds = divmod(int(value.total_seconds()), 60)
        hours, minutes = divmod(minutes, 60)  # as Excel's [h]:mm:ss shows it
        return f"{hours}:{minutes:02d}" + (f":{seconds:02d}" if seconds else ""), "duration"
    text = str(value)
    # Our own export writes "'=…" so that Excel shows a formula-like text as text: undo it.
    if text.startswith("'") and text[1:2] in _FORMULA_PREFIXES:
        return text[1:], None
    return text, None


# Excel's built-in date and time formats (ids 14–22, 45–47) are shown in the system's own
# short date, whatever their code says ("mm-dd-yy" is 30/11/2024 in Vietnam): read as before.
_BUILT_IN_DATES = frozenset(
    ("mm-dd-yy", "d-mmm-yy", "d-mmm", "mmm-yy", "h:mm AM/PM", "h:mm:ss AM/PM", "h:mm")
) | frozenset(("h:mm:ss", "m/d/yy h:mm", "mm:ss", "[h]:mm:ss", "mmss.0"))


def excel_text(
    value: object, number_format: str, epoch: dt.datetime | None = None
) -> tuple[str, str | None, str | None]:
    """A cell's text as Excel shows it, its kind (`cell_text`), and why a person should look:
    "format" (a number format not rendered here: the stored value is given) or "hidden" (a
    value the format shows as nothing, given as "")."""
    from cds_tracker.registry.importing.number_format import shown

    text, kind = cell_text(value, number_format)
    if value is None or isinstance(value, bool) or number_format in _BUILT_IN_DATES:
        return text, kind, None
    if number_format in ("General", "@"):  # Excel shows a number typed in a Text cell as is
        return text, kind, None
    said = shown(value, number_format, epoch)
    if said is None:  # a time or a duration ("[h]:mm") is said as one already: no guess
        return text, kind, "format" if kind is None else None
    if not said.strip() and text.strip():
        return "", kind, "hidden"
    if (
        isinstance(value, dt.date)
        and shows_month(number_format)
        and _no_deadline(said)
        and not _no_deadline(text)
    ):  # "yyyy-mm-dd" shows 2024-06-01: the same date, as a deadline reads it
        return text, kind, None
    # A format that hides the month ("yyyy" shows 01/01/2024 as "2024") gives what Excel shows,
    # never the date it hides: "2024" read as a deadline is (the year's end), "24" or "2024-Q1"
    # a cell to check (attack 11: "2024" became January 2024, silently).
    return said, kind, None


def _no_deadline(text: str) -> bool:
    from cds_tracker.core.deadline_words import parse_deadline_text

    return parse_deadline_text(text) is None


# A row whose height (`ht`, in points) is below this shows no line of text: a row of height 0
# (a file written by a program; Excel itself marks a row it hides `hidden`) is hidden to the eye.
FLAT_ROW = 3.0


def unseen(
    sheet: Any, grid: list[list[str]], number: int, collapsed: set[int] | None = None
) -> list[ReadNote]:
    """Blank the sheet's hidden rows and columns in `grid` (kept in place: every other cell is
    said where Excel says it), and a note for each that held text, at its first such cell. A
    row lower than FLAT_ROW points, or of a custom height not stated (`collapsed`: its
    numbers), is hidden as one marked hidden, said as what it is."""
    from openpyxl.utils import column_index_from_string

    from cds_tracker.registry.importing.heard import ReadNote

    notes: list[ReadNote] = []
    width = len(grid[0]) if grid else 0
    dimensions = sheet.row_dimensions.items()
    hidden_rows = {r: "import_read_hidden_row" for r, dim in dimensions if dim.hidden}
    for r, dim in sheet.row_dimensions.items():  # collapsed, not marked hidden: shown as hidden
        if r not in hidden_rows and dim.ht is not None and dim.ht < FLAT_ROW:
            hidden_rows[r] = "import_read_flat_row"
    for r in collapsed or ():  # a custom height never stated: Excel shows the row hidden
        hidden_rows.setdefault(r, "import_read_flat_row")
    for r, key in sorted(hidden_rows.items()):
        if r <= len(grid) and (texts := [t for t in grid[r - 1] if t.strip()]):
            col = next(c for c, t in enumerate(grid[r - 1], 1) if t.strip())
            said = _some(texts, len(texts))
            notes.append(ReadNote(key, {"text": said}, number, r, col))
            grid[r - 1] = [""] * width
    hidden_columns: set[int] = set()
    for key, dim in sheet.column_dimensions.items():
        if dim.hidden:
            low = dim.min or column_index_from_string(key)
            hidden_columns.update(range(low, (dim.max or low) + 1))
    for c in sorted(c for c in hidden_columns if c <= width):
        texts = [row[c - 1] for row in grid if row[c - 1].strip()]
        if texts:
            r = next(i for i, row in enumerate(grid, 1) if row[c - 1].strip())
            said = _some(texts)
            notes.append(ReadNote("import_read_hidden_column", {"text": said}, number, r, c))
            for row in grid:
                row[c - 1] = ""
    return notes


def _some(texts: list[str], most: int = 3) -> str:
    """The first different texts of a row (all) or column (three) left out, enough to know it
    by, each on one line."""
    different = list(dict.fromkeys(" ".join(t.split()) for t in texts))
    return " | ".join(different[:most]) + (" | …" if len(different) > most else "")
