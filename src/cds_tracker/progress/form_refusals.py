"""A form row `build_entry` refused, said for the clerk who filled the form in Excel.

The builder (progress/new_entry.py) is the one home of every rule a report obeys; its refusal
carries a hint for `cds progress add` (`--date`, `--force`, `--id`), which a clerk filling the
form cannot follow. Here the refusal keeps its message and gets, by the builder's reason (its
message's key), the cell it is said at and the form's own hint (output/words_form_refusals.py):
the cell to change, the row to clear, or the command that is the only way. A reason without
form words gets a hint that still names the row and the command (`fi_hint_refused`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cds_tracker.core.errors import Msg, UsageError, msg
from cds_tracker.output.words import Lang, label, say

# the builder's reason → (the row's cell it is said at, the form's hint)
_REFUSALS: dict[str, tuple[str, str]] = {
    "entry.future": ("date", "fi_hint_future"),
    "entry.before_plan": ("date", "fi_hint_before_plan"),
    "progress.before_added": ("date", "fi_hint_before_added"),
    "entry.carried_away": ("date", "fi_hint_carried_away"),
    "entry.carried_in": ("date", "fi_hint_carried_in"),
    "entry.cancelled": ("date", "fi_hint_cancelled"),
    "entry.cancelled_between": ("date", "fi_hint_cancelled_between"),
    "correction.earlier": ("date", "fi_hint_correction_earlier"),
    # merged or renamed: its heir reports that day, by `progress add`, which always can; its
    # form is not named: whether it lists the row hangs on progress an import does not read
    "unit.changed": ("date", "fi_hint_heir"),
    "unit.gone": ("date", "fi_hint_date"),
    "unit.not_yet": ("date", "fi_hint_date"),
}


def form_refusal(
    error: UsageError,
    where: str,
    cells: dict[str, Any],
    row: dict[str, Any],
    lang: Lang,
) -> str:
    """`file:sheet!cell: message` and the form's hint on a line of its own (form_cells.Complaints).

    `where`: "file:sheet!"; `cells`: the row's addresses; `row`: its `target` id, the form's
    `unit` by name, the report's `day` and `status` (its code, as a command takes it), and
    `plan`, the option naming the plan in a command ("--plan 2024 ", or "" where plans are not
    kept by year): a command a hint gives is one the clerk can run as it stands."""
    message = error.message
    said: dict[str, object] = {}
    if isinstance(message, Msg) and message.key == "entry.corrects":  # the form has no --corrects
        message = dict(message.values)["problem"]  # type: ignore[assignment]
    if isinstance(message, Msg):
        said.update(message.values)
    if isinstance(error.hint, Msg):
        said.update((k, v) for k, v in error.hint.values if k not in said)  # the heir's name
    key = message.key if isinstance(message, Msg) else ""
    cell_name, hint = _REFUSALS.get(key, ("status", "fi_hint_refused"))
    if key == "correction.earlier":
        said["date"] = said.pop("day")  # the corrected report's day, not the row's
    cell = str(cells.get("date", ""))
    day: dt.date = row["day"]
    said |= {
        "cell": cell,
        "target": row["target"],
        "unit": row["unit"],
        "on_plan": row["plan"],
        "status": row["status"],
        "day": day.strftime("%d/%m/%Y"),
        "month": day.strftime("%m/%Y"),
    }
    text = f"{where}{cells.get(cell_name, '')}: {say(message, lang)}"
    return text + f"\n  {label('hint', lang)}: {say(msg(hint, **said), lang)}"
