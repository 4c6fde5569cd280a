"""The cells of a filled return form, read as a person may have typed them, each problem named.

Dates come as date cells, Excel serial numbers or text ("20/10/2023"); numbers as number cells,
percentage cells (0.815 for 81.5 %) or text with a decimal comma ("81,5"); status as the drop-down's
words, in any case, with or without diacritics, or as the status code.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from cds_tracker.core.dates import FIRST_YEAR, LAST_YEAR, date_flaw, format_date, try_parse_date
from cds_tracker.core.records import Target
from cds_tracker.core.text import fold, nfc, number
from cds_tracker.output.words import Lang, label, say
from cds_tracker.progress.typed_numbers import (
    MOST_DIGITS,
    CountFault,
    read_cell_number,
    read_count,
    read_value,
)

STATUS_CODES = ("not_started", "in_progress", "done")
_SPLIT_EVIDENCE = re.compile(r"[\n;]+")


# a problem's key → the hint said under it when the caller names none
DEFAULT_HINTS: dict[str, str] = {
    "fi_no_status": "fi_hint_no_status",
    "fi_bad_status": "fi_hint_bad_status",
    "fi_no_date": "fi_hint_bad_date",
    "fi_impossible_date": "fi_hint_bad_date",
    "fi_bad_date": "fi_hint_bad_date",
    "fi_not_day": "fi_hint_bad_date",
    "fi_stray_cell": "fi_hint_stray_cell",
    "fi_year": "fi_hint_bad_date",
    "fi_not_number": "fi_hint_number",
    "fi_whole_counts": "fi_hint_whole_counts",
    "fi_half_count": "fi_hint_half_count",
    "fi_bad_count": "fi_hint_bad_count",
    "fi_mismatch": "fi_hint_mismatch",
    "fi_percent": "fi_hint_percent",
    "fi_formula": "fi_hint_formula",
    "fi_code_changed": "fi_hint_code_changed",
    "fi_not_form": "fi_hint_ask_again",
    "fi_format": "fi_hint_ask_again",
    "fi_hidden_edited": "fi_hint_ask_again",
    "fi_no_target": "fi_hint_ask_again",
    "fi_not_worksheet": "fi_hint_ask_again",
    "fi_no_sheet": "fi_hint_ask_again",
    "fi_no_unit": "fi_hint_ask_again",
    "fi_other_unit": "fi_hint_other_unit",
    "fi_other_plan": "fi_hint_other_plan",
    "fi_too_big": "fi_hint_too_big",
    "fi_too_large": "fi_hint_too_big",
}


class Complaints(list[str]):
    """Problems as `place: message`, the message in the user's language."""

    def __init__(self, lang: Lang = "vi") -> None:
        super().__init__()
        self.lang: Lang = lang

    def add(self, place: str, key: str, hint: str | None = None, **values: object) -> None:
        """`hint`: the key of a hint, said with the same values on a line of its own, as every
        error's hint is ("  gợi ý: …"), never inline after the message (review 10). None: the
        problem's own hint (DEFAULT_HINTS, words in output/words_form_hints.py), said of the
        cell in `place` (`{cell}`), so that every problem of a form has one (clerk13 F1)."""
        text = f"{place}: {label(key, self.lang, **values)}"
        hint = hint or DEFAULT_HINTS.get(key)
        values.setdefault("cell", place.rpartition("!")[2] or place)
        if hint is not None:
            text += f"\n  {label('hint', self.lang)}: {label(hint, self.lang, **values)}"
        self.append(text)


@dataclass(frozen=True)
class Filled:
    """What a unit filled in on one target's row, ready for `build_entry`."""

    status: str
    day: dt.date
    values: list[str]  # "key=number", as `progress add --value` takes them
    note: str
    evidence: list[str]


def read_filled(
    sheet: Any,
    where: str,
    target: Target,
    cells: dict[str, Any],
    today: dt.date,
    problems: Complaints,
    predated: Callable[[], dict[str, str]] | None = None,
) -> Filled | None:
    """The row's input, or None: left blank (not a problem), or its status or date unreadable
    (a problem added to `problems`). A row with other problems (a figure in a cell read from
    nowhere, a figure unreadable) is returned too, its problems added: the caller checks who
    may report on its day as well, so that a file's every problem comes in one run, the
    root cause among them (clerk12 F7). `predated`: a row's `form` and `command` for a figure
    in a grey cell of a form made before its unit gave the figure (`_stray_figures`)."""
    fill = {name: str(cells.get(name, "")) for name in ("status", "date", "note", "evidence")}
    value_cells: dict[str, dict[str, str]] = cells.get("values") or {}
    raw_values = [
        cell_value(sheet, a) for spots in value_cells.values() for a in spots.values() if a
    ]
    _stray_figures(sheet, where, target, cells, problems, predated)
    status_raw = cell_value(sheet, fill["status"])
    others = [cell_value(sheet, fill[n]) for n in ("date", "note", "evidence")] + raw_values
    if _blank(status_raw):
        if any(not _blank(v) for v in others):
            problems.add(where + fill["status"], "fi_no_status")
        return None
    status = _status(status_raw)
    if status is None:
        words = [label(code, problems.lang) for code in STATUS_CODES]
        choices = f"{', '.join(words[:-1])} {label('fi_or', problems.lang)} {words[-1]}"
        problems.add(
            where + fill["status"], "fi_bad_status", text=cell_text(status_raw), choices=choices
        )
    day = _day(cell_value(sheet, fill["date"]), where + fill["date"], today, problems)
    values = []
    for indicator in target.indicators:
        spots = value_cells.get(indicator.key, {})
        number = _indicator_value(sheet, where, spots, indicator.unit == "%", problems)
        if number is not None:
            values.append(f"{indicator.key}={number}")
    note = cell_text(cell_value(sheet, fill["note"]))
    evidence = evidence_items(cell_value(sheet, fill["evidence"]))
    if status is None or day is None:
        return None
    return Filled(status, day, values, note, evidence)


def _stray_figures(
    sheet: Any,
    where: str,
    target: Target,
    cells: dict[str, Any],
    problems: Complaints,
    predated: Callable[[], dict[str, str]] | None,
) -> bool:
    """A figure typed in a grey figure cell (Giá trị, Số đạt, Tổng số) the form reads nothing
    from: the row of a target without an indicator (or whose figure another unit reports), the
    count cells of an indicator that is no percentage. The cells are locked, but a protection
    without a password is lifted in two clicks, and some programs ignore it; dropping the figure
    in silence would lose what the clerk typed, so the file is refused at the cell, the hint
    saying where the figure goes (review of #16, a_03); on a form made before the target had an
    indicator the unit gives, that the form predates it and how its figure is recorded, never
    that another unit reports it (a17_02). True if any."""
    first = re.fullmatch(r"B([1-9][0-9]{0,6})", str(cells.get("code", "")))
    if first is None:
        return False
    spots: dict[str, dict[str, str]] = cells.get("values") or {}
    read = {a: key for key, found in spots.items() for a in found.values()}
    keys = list(spots) or [""]
    from cds_tracker.output.tables import indicator_name

    names = {i.key: indicator_name(i) for i in target.indicators}
    found = False
    for offset, key in enumerate(keys):
        line = int(first[1]) + offset
        for column in "IJK":
            address = f"{column}{line}"
            value = cell_value(sheet, address)
            if address in read or _blank(value):
                continue
            said = {
                "target": target.id,
                "text": cell_text(value),
                "indicator": names.get(key, key),  # as column H names it, never the key
                "cell": f"I{line}",
            }
            if key:
                problems.add(
                    where + address, "fi_figure_not_counted", "fi_hint_figure_value", **said
                )
            elif target.indicators and predated is not None:
                said |= {"line": str(line), **predated()}
                problems.add(where + address, said.pop("why"), said.pop("hint"), **said)
            elif target.indicators:
                problems.add(where + address, "fi_figure_elsewhere", "fi_hint_figure_note", **said)
            else:
                problems.add(
                    where + address, "fi_figure_no_indicator", "fi_hint_figure_note", **said
                )
            found = True
    return found


def evidence_items(value: Any) -> list[str]:
    """An Hồ sơ minh chứng cell as `--evidence` items: one per line or per ";"."""
    return [p.strip() for p in _SPLIT_EVIDENCE.split(cell_text(value)) if p.strip()]


def cell_value(sheet: Any, address: str) -> Any:
    if not re.fullmatch(r"[A-Z]{1,3}[1-9][0-9]{0,6}", address):
        return None
    return sheet[address].value


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str:
    """A cell's text as Excel shows it: a TRUE typed in a cell is the boolean TRUE, said so
    (as sheet_cells.cell_text says it for an appendix), never Python's 'True' (clerk21)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    text = nfc(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def status_code(value: Any) -> str | None:
    """The status code a cell's words name, or None."""
    return _status(value)


def _status(value: Any) -> str | None:
    wanted = fold(cell_text(value))
    for code in STATUS_CODES:
        if wanted in (
            code,
            fold(code.replace("_", " ")),
            fold(label(code, "vi")),
            fold(label(code, "en")),
        ):
            return code
    return None


# what openpyxl reads from a cell holding an Excel error, or a number a date cell cannot show
_EXCEL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_EXCEL_DAY_ONE = dt.date(1900, 1, 1)  # Excel's first day: a date cell before it holds no day


def _day(value: Any, where: str, today: dt.date, problems: Complaints) -> dt.date | None:
    from openpyxl.utils.datetime import from_excel

    day: dt.date | None = None
    if _blank(value):
        problems.add(where, "fi_no_date")
        return None
    typed = isinstance(value, str) and value not in _EXCEL_ERRORS
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            converted = from_excel(value)
            day = converted.date() if isinstance(converted, dt.datetime) else None
        except (ValueError, OverflowError, TypeError):
            day = None
    elif typed:
        day = try_parse_date(cell_text(value))
    if not typed and (day is None or day < _EXCEL_DAY_ONE):
        # a time (0 read as '00:00:00'), a number ≤ 0 (read as a day of 1899), a number no day
        # is (read as '#VALUE!'): Excel shows '########' or an error, never what openpyxl gives;
        # said plainly, never quoting what the clerk did not type (a15_11)
        problems.add(where, "fi_not_day")
        return None
    flaw = date_flaw(cell_text(value)) if day is None else None  # "31/9/2024": 30 days
    if flaw is not None:
        problems.add(
            where, "fi_impossible_date", text=cell_text(value), why=say(flaw, problems.lang)
        )
    elif day is None:
        problems.add(where, "fi_bad_date", text=cell_text(value))
    elif not FIRST_YEAR <= day.year <= LAST_YEAR:  # as `progress add` rules (core.dates)
        text = cell_text(value) if typed else format_date(day)  # a date cell: as Excel shows it
        problems.add(where, "fi_year", text=text, first=FIRST_YEAR, last=LAST_YEAR)
        return None
    elif day > today:
        cell = where.rpartition("!")[2]
        problems.add(where, "fi_future", "fi_hint_future", date=format_date(day), cell=cell)
        return None
    return day


def _number(value: Any, where: str, problems: Complaints, number_format: str) -> float | None:
    """A Giá trị cell: a number cell, or a text read as `progress add --value` reads one
    (progress/typed_numbers.py)."""
    if _blank(value):
        return None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = _cell_number(float(value), where, problems, number_format)  # 0.58: 58 (clerk16)
        if number is None:
            return None
    else:
        number = read_value(cell_text(value))
    if number is None or not math.isfinite(number):
        _not_a_number(value, where, problems)
        return None
    return number


def _cell_number(
    stored: float, where: str, problems: Complaints, number_format: str
) -> float | None:
    """`read_cell_number`, or None and the cell asked about: a format whose [conditions]
    leave unsure whether Excel shows the number as a percentage (attack 19, a19_02)."""
    from cds_tracker.registry.importing.number_format import Unread

    try:
        return read_cell_number(stored, number_format)
    except Unread:
        problems.add(where, "fi_condition", "fi_hint_condition", format=number_format)
        return None


def _count(value: Any, where: str, problems: Complaints, number_format: str) -> int | None:
    """A Số đạt or Tổng số cell: a number cell holding a whole number (1000 stays 1000), or a
    text read by the count rule of `progress add --value a/b` (progress/typed_numbers.py:
    "1.000" and "1 000" are 1000, "1,000" is refused as ambiguous, never read as 1)."""
    if _blank(value):
        return None
    read: int | CountFault
    if isinstance(value, bool):
        read = "other"
    elif isinstance(value, (int, float)):
        number = _cell_number(float(value), where, problems, number_format)
        if number is None:
            return None
        finite = math.isfinite(number)
        read = int(number) if finite and number.is_integer() else "fraction" if finite else "other"
        if isinstance(read, int) and len(str(abs(read))) > MOST_DIGITS:  # a number cell, as text
            read = "huge"  # (1e20 went on to `progress add`'s words, at the status cell: a14_03)
    else:
        read = read_count(cell_text(value))
    if isinstance(read, int):
        return read
    if read == "comma":
        problems.add(where, "fi_count_comma", "fi_hint_count_comma", text=cell_text(value))
    elif read == "fraction":
        problems.add(where, "fi_whole_counts")
    elif read == "huge":
        problems.add(where, "fi_count_huge", "fi_hint_count_huge", most=MOST_DIGITS)
    else:
        _not_a_number(value, where, problems, "fi_hint_whole_counts")
    return None


def _not_a_number(value: Any, where: str, problems: Complaints, hint: str | None = None) -> None:
    """A figure cell that holds no number, with what to type instead. A date there is what
    Excel made of "4/5" or "1/10" typed into a General cell: said as the day Excel shows,
    never as '2026-05-04 00:00:00', which nobody typed (a13_08)."""
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        shown = f"{day.day}/{day.month}"
        problems.add(
            where, "fi_number_date", "fi_hint_number_date", text=shown, date=format_date(day)
        )
    else:
        problems.add(where, "fi_not_number", hint, text=cell_text(value))


def _indicator_value(
    sheet: Any, where: str, spots: dict[str, str], percent: bool, problems: Complaints
) -> str | None:
    """What `--value key=…` takes: the value typed, or the counts `met/total` (the value follows
    from them); a value given beside counts must agree with them. A cell that holds no number
    is said once, at that cell, and the row's figure is not judged further: "năm" beside "10"
    is not also told to fill both counts (a12_08)."""
    read: dict[str, float | None] = {}
    unread = False
    for name in ("value", "numerator", "denominator"):
        address = spots.get(name, "")
        raw = cell_value(sheet, address)
        cell = sheet[address] if raw is not None else None
        shown_as = "General" if cell is None else str(cell.number_format)
        reader = _number if name == "value" else _count
        read[name] = reader(raw, where + address, problems, shown_as)
        unread = unread or (read[name] is None and not _blank(raw))
    if unread:
        return None
    value, top, bottom = read["value"], read["numerator"], read["denominator"]
    if (top is None) != (bottom is None):
        missing = spots["numerator" if top is None else "denominator"]
        problems.add(where + missing, "fi_half_count")
        return None
    if top is not None and bottom is not None:
        if bottom <= 0 or not 0 <= top <= bottom:
            problems.add(where + spots["numerator"], "fi_bad_count")
            return None
        share = 100 * top / bottom  # 29/50: 58, never 57.99999999999999 (clerk16 F2)
        if value is not None and abs(value - share) > 0.05:
            comma = problems.lang == "vi"  # '1.000.000', '50,00%' as the rest of cds (a13_03)
            problems.add(
                where + spots["value"],
                "fi_mismatch",
                "fi_hint_mismatch",
                value=number(value, comma),
                top=number(top, comma),
                bottom=number(bottom, comma),
                share=f"{share:.2f}".replace(".", "," if comma else "."),
            )
            return None
        return f"{int(top)}/{int(bottom)}"  # counts: the value follows from them
    if value is not None and percent and not 0 <= value <= 100:
        problems.add(where + spots["value"], "fi_percent")
        return None
    # in digits, never "1e+300": `--value` reads no exponent (progress/typed_numbers.py)
    return None if value is None else format(Decimal(repr(value)), "f")
