"""A form row whose indicators the plan changed after the form was made: said as that.

The hidden sheet names a row's figure cells by indicator key (`chi_so_1`: I8, J8, K8). When the
committee renames a key (as `cds import` asks: "Xem lại `key`"), drops an indicator, or makes a
percentage a plain value, the map no longer fits the plan, and an untouched form was refused as
"dòng trong trang ẩn bị sửa" with a hint blaming the unit for edits outside the yellow cells
(a17_03). A map laid out exactly as `cds form` lays one out (form_guard.expected_layout, for its
own keys and its own count cells), on a row whose text the target had (a forged row is not),
was written by cds for the plan of that day: the row is said
as the plan's indicators having changed since, with a new form or the `progress add` command
that records the row (progress/form_commands.py). A row left blank imports nothing, so it is
no problem. Any other map is an edited hidden sheet, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cds_tracker.core.records import Target
from cds_tracker.output.words import label
from cds_tracker.progress.form_cells import Complaints, cell_value
from cds_tracker.progress.form_commands import row_command
from cds_tracker.progress.form_guard import expected_layout


def made_for_other_indicators(cells: dict[str, Any], first: int) -> bool:
    """The row map is one `cds form` writes, for indicators of its own (keys, count cells)."""
    values = cells.get("values")
    if not isinstance(values, dict) or not all(isinstance(s, dict) for s in values.values()):
        return False
    counted = {key for key, spots in values.items() if len(spots) == 3}
    return bool(cells == expected_layout(first, values, counted))


def say_changed(
    sheet: Any,
    where: str,
    row: tuple[Target, dict[str, Any], int],
    indicators: list[tuple[str, str]],
    said: dict[str, str],
    problems: Complaints,
    form: Callable[[], str],
) -> None:
    """Refuse a filled row whose indicators changed in the plan, at its code cell; a blank row
    is passed over. `row`: the target, its cell map and first line; `indicators`: the plan's
    (key, name as column H shows it); `said`: `plan` and `unit`; `form`: the `cds form` command
    of a new form listing the target, "" when none does (progress/form_commands.py
    `listing_form`), asked only for a row refused here."""
    target, cells, first = row
    spots = [str(cells.get(k, "")) for k in ("status", "date", "note", "evidence")]
    spots += [a for found in cells["values"].values() for a in found.values()]
    if all(_blank(cell_value(sheet, a)) for a in spots):
        return
    lang = problems.lang
    command, before = row_command(sheet, first, target.id, indicators, said, lang)
    new_form = form()
    problems.add(
        where + str(cells.get("code", "")),
        "fi_indicators_changed",
        "fi_hint_indicators_changed" if new_form else "fi_hint_indicators_changed_no_form",
        target=target.id,
        keys=", ".join(cells["values"]) or label("fi_no_indicator", lang),
        now=", ".join(k for k, _ in indicators) or label("fi_no_indicator", lang),
        line=first,
        command=command,
        before=before,
        form=new_form,
    )


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
