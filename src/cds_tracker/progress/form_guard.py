"""What a return form must be before its cells are believed: small enough to open, laid out as
`cds form` lays it out, and with no formula standing in for a typed value.

- Size: an .xlsx is a zip; a small file may unpack to gigabytes (a "zip bomb"). The zip's own
  table of contents declares each part's unpacked size, and Python's zip reader never yields more
  than declared, so summing the declared sizes before openpyxl reads anything bounds the memory.
- Layout: the hidden sheet names every cell to read; a form made by cds puts a target's cells on
  its first row (B, F, G, L, M) and its indicators one per row below (I, and J/K for counts), the
  targets one after another from the row under the header. Addresses edited to point elsewhere
  no longer fit that and are refused.
- Formulas: openpyxl reads the result Excel stored with a formula; a formula typed by hand in a
  file never recalculated (or written by another tool) has none and would read as blank.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

MAX_FILE = 10 * 1024 * 1024  # bytes: a form for all 31 targets is about 20 KB
MAX_UNPACKED = 64 * 1024 * 1024  # bytes, all parts together once unpacked


def form_plan(path: Path) -> str | None:
    """For a return form (its hidden sheet says the form's format): the plan folder it was made
    for ("2024", or "" where plans are not kept by year), which the caller turns into an option
    by app/discovery.py `other_plan` (a18_01); None for any other file. Asked by `cds import`
    and `cds diff` of a file without an appendix table: a form given there is sent to
    `cds progress import` (a15_03)."""
    from openpyxl import load_workbook

    from cds_tracker.output.xlsx_form import FORMAT, META_SHEET
    from cds_tracker.registry.importing.cells import unheard

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return None
    try:
        with unheard():
            book = load_workbook(path, read_only=True)
            if META_SHEET not in book.sheetnames:
                return None
            info = {
                str(line[0]): str(line[1])
                for line in book[META_SHEET].iter_rows(max_row=20, max_col=2, values_only=True)
                if len(line) > 1 and line[0] is not None and line[1] is not None
            }
    except Exception:  # openpyxl raises many kinds; the caller's own message stands
        return None
    if info.get("format") != FORMAT:
        return None
    folder = info.get("folder", "")
    return folder if re.fullmatch(r"\d{4}", folder) else ""  # a year: one word


def too_big(data: bytes) -> int | None:
    """The unpacked size (bytes) when it is beyond the limit, else None (also for a non-zip:
    openpyxl then says it is not a workbook)."""
    if len(data) > MAX_FILE:
        return len(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    return total if total > MAX_UNPACKED else None


def formula_cells(data: bytes, sheet_name: str) -> set[str]:
    """Addresses in `sheet_name` holding a formula whose stored result is missing."""
    from openpyxl import load_workbook

    from cds_tracker.registry.importing.cells import unheard

    try:
        with unheard():  # openpyxl's warnings: raw, in English, of nothing a reader needs
            formulas = load_workbook(io.BytesIO(data), data_only=False)[sheet_name]
            values = load_workbook(io.BytesIO(data), data_only=True)[sheet_name]
    except Exception:  # openpyxl raises many kinds; the caller already opened this file once
        return set()
    found = set()
    for row in formulas.iter_rows():
        for cell in row:
            if getattr(cell, "data_type", None) == "f" and values[cell.coordinate].value is None:
                found.add(cell.coordinate)
    return found


def expected_layout(
    first_line: int, values: dict[str, Any], percent_keys: set[str]
) -> dict[str, Any]:
    """The addresses `cds form` gives a target starting at `first_line` with these indicators
    (in the hidden sheet's order), for comparison with what the hidden sheet says."""
    cells: dict[str, Any] = {
        "code": f"B{first_line}",
        "status": f"F{first_line}",
        "date": f"G{first_line}",
        "note": f"L{first_line}",
        "evidence": f"M{first_line}",
    }
    spots = {}
    for offset, key in enumerate(values):
        line = first_line + offset
        wanted = "IJK" if key in percent_keys else "I"
        spots[key] = {
            name: f"{column}{line}"
            for name, column in zip(("value", "numerator", "denominator"), wanted, strict=False)
        }
    cells["values"] = spots
    return cells


def check_plan(info: dict[str, str], year: int, shown: str, read: Any) -> str | None:
    """Refuse a form made under a plan of another year, at the sheet's plan line (A3), naming
    the plan it was made for. A form made before cds kept the year (no `year` in the hidden
    sheet) is checked by reference and appendix only: the returned note says so. `read`: the
    form's FormRead (its problems; `name`, the file as named, `shown` being its picture; and
    `elsewhere`, the option choosing the other plan)."""
    problems = read.problems
    made_for = info.get("year", "")
    place = f"{shown}:{info.get('sheet', '')}!A3"
    if not made_for:
        return "fi_plan_unconfirmed"
    if made_for != str(year):
        folder = info.get("folder", "") or made_for
        # the hidden sheet's words go into a command the clerk types: one word each, so a
        # received file's folder name ("2022 $(touch X)") is never run (attack 14, a14_06);
        # one with no printable form (core/command_words.py) is printed "…" (no plan, no
        # file: cds refuses the command) and said before it. The plan is the folder of that
        # name here, else that year's, reached as this run reached its own (fix12p)
        from cds_tracker.core.command_words import command_word, name_word
        from cds_tracker.core.errors import msg
        from cds_tracker.output.words import say
        from cds_tracker.progress.form_refusals import withheld_note

        year_made = int(made_for) if made_for.isdigit() else None
        option = read.elsewhere(folder, year_made)
        flag = option.partition(" ")[0]
        notes = [withheld_note([flag] if option.endswith("…") else [])]
        notes += [msg("cmd.withheld_file") if command_word(read.name) is None else ""]
        before = "; ".join(said for said in (say(n, problems.lang) for n in notes) if said)
        said = {
            "year": made_for,
            "our_year": year,
            "option": option,
            "file": name_word(read.name),
            "before": before + ("; " if before else ""),
        }
        problems.add(place, "fi_other_year", "fi_hint_other_year", **said)
    return None


def check_text(
    mark: str, target: Any, where: str, problems: Any, form: Callable[[], str] = lambda: ""
) -> bool:
    """A row whose target text is none the target ever had in this plan (another plan's I.1):
    False, with the problem at its text cell. A form made before a revision rewrote the text
    shows the text of its day, and passes here: whether that text held on the report's day is
    `text_ended`'s to say, once the day is read. A row without a mark (an older form) passes:
    the plan checks are all it has. `form`: the `cds form` command of a new form listing the
    target, "" when none does (progress/form_commands.py `listing_form`), asked only when the
    row is refused; the hint then names no form: the row, another text's, has no command."""
    if text_fits(mark, target):
        return True
    new_form = form()
    problems.add(
        where,
        "fi_other_text",
        "fi_hint_other_text" if new_form else "fi_hint_other_text_no_form",
        target=target.id,
        form=new_form,
    )
    return False


def text_fits(mark: str, target: Any) -> bool:
    """The row's text is one the target had in this plan, or the row has no mark (older)."""
    return not mark or mark in _marks(target)


def text_ended(mark: str, target: Any, day: str) -> str | None:
    """The day (yyyy-mm-dd) a revision replaced the form's text of `target`, when that is on or
    before `day` (yyyy-mm-dd): the report speaks of a day the form's text no longer held. None
    when the text held on `day` or later, or the row has no mark (review of #16, c_05)."""
    from cds_tracker.output.xlsx_form import text_mark

    if not mark or mark == text_mark(target.content):
        return None
    ends = [
        e.until for e in target.earlier() if e.content is not None and text_mark(e.content) == mark
    ]
    if not ends or max(ends) > day:
        return None
    return str(max(ends))


def _marks(target: Any) -> set[str]:
    """The fingerprints of every text the target had: now, and before each revision."""
    from cds_tracker.output.xlsx_form import text_mark

    texts = [target.content, *(e.content for e in target.earlier() if e.content is not None)]
    return {text_mark(t) for t in texts}


def appendix(book: Any) -> bool:
    """A sheet of the workbook has an appendix's header row among its first rows: a plan's
    appendix given to `progress import`, which `cds import` reads (a15_03)."""
    from cds_tracker.registry.importing.header import heads_appendix

    for sheet in book.worksheets:
        for line in sheet.iter_rows(max_row=30, max_col=20, values_only=True):
            if heads_appendix(tuple("" if v is None else str(v) for v in line)):
                return True
    return False
