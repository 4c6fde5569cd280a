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
import re
from collections.abc import Sequence
from typing import Any

from cds_tracker.core.command_words import command_word, name_word
from cds_tracker.core.errors import Msg, UsageError, msg
from cds_tracker.core.text import number
from cds_tracker.output.words import Lang, label, say

# the builder's reason → (the row's cell it is said at, the form's hint)
_REFUSALS: dict[str, tuple[str, str]] = {
    "entry.future": ("date", "fi_hint_future"),
    "entry.before_plan": ("date", "fi_hint_before_plan"),
    "progress.before_added": ("date", "fi_hint_before_added"),
    "entry.carried_away": ("date", "fi_hint_carried_away"),
    "entry.carried_away_on": ("date", "fi_hint_carried_away"),
    "entry.carried_ahead": ("date", "fi_hint_carried_ahead"),
    "entry.carried_in": ("date", "fi_hint_carried_in"),
    "entry.carried_in_back": ("date", "fi_hint_carried_in"),
    "entry.carried_before_all": ("date", "fi_hint_carried_before_all"),
    "entry.cancelled": ("date", "fi_hint_cancelled"),
    "entry.cancelled_from_start": ("date", "fi_hint_cancelled_from_start"),
    "entry.cancelled_from_start_done": ("date", "fi_hint_cancelled_from_start"),
    "entry.cancelled_between": ("date", "fi_hint_cancelled_between"),
    # merged or renamed: its heir reports that day, by `progress add`, which always can; its
    # form is not named: whether it lists the row hangs on progress an import does not read
    "unit.changed": ("date", "fi_hint_heir"),
    "unit.gone": ("date", "fi_hint_date"),
    "unit.not_yet": ("date", "fi_hint_not_yet"),  # made later: who answered that day
}
# the builder's hint → the form's, where it says more than the reason: an ongoing target's
# report after its carry day, whose old plan's last day is its last window's (attack21 a21-05)
_BY_HINT = {"entry.hint.carried_ahead": "fi_hint_carried_ahead"}


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
    if isinstance(error.hint, Msg):
        hint = _BY_HINT.get(error.hint.key, hint)
    cell = str(cells.get("date", ""))
    day: dt.date = row["day"]
    said |= {
        "cell": cell,
        "target": row["target"],
        "unit": row["unit"],
        "on_plan": row["plan"],
        "status": status_word(row["status"], lang),
        "extras": row.get("extras", ""),
        "day": day.strftime("%d/%m/%Y"),
        "month": day.strftime("%m/%Y"),
    }
    if key == "unit.not_yet":
        hint = _not_yet(said)
    if key == "entry.city_figure":  # said at the figure's cell, not as a --value
        message, hint = _city_figure(said, cells, lang)
        cells, cell_name = {**cells, "figure": said["cell"]}, "figure"
    # names go into a command as one word each ('UBND phường "A" $(touch X)' from a catalog
    # stays a name, never run: attack 14, a14_02; one printed as "…" is refused by cds)
    said["unit_word"] = name_word(str(said["unit"]))
    if "heir" in said:
        said["heir_word"] = name_word(str(said["heir"]))
    text = f"{where}{cells.get(cell_name, '')}: {say(message, lang)}"
    names = [str(said["unit"]), *([str(said["heir"])] if "heir" in said else [])]
    option = str(said.get("option", ""))  # another plan's (carried), "…" if unprintable
    withheld = [*(["--unit"] if any(command_word(n) is None for n in names) else []),
                *([option.partition(" ")[0]] if option.endswith("…") else []),
                *row.get("withheld", ())]  # fmt: skip
    before = say(withheld_note(withheld), lang)
    before += "; " if before else ""
    return text + f"\n  {label('hint', lang)}: {before}{say(msg(hint, **said), lang)}"


def _not_yet(said: dict[str, object]) -> str:
    """A row dated before the form's unit was made (a ward a merger makes): the day to write
    from, and the command that records the work for each unit that did it then (the units that
    became it: registry/unit_absence.absence_hint), in `said["commands"]`."""
    before = said.get("before")
    if not isinstance(before, tuple) or not before:
        return "fi_hint_not_yet_alone"
    commands = [
        f"cds {said['on_plan']}progress add {said['target']} --id --unit {name_word(str(name))} "
        f"--status {said['status']} --date {said['day']}{said['extras']}"
        for name in before
    ]
    said["commands"] = (
        commands[0]
        if len(commands) == 1
        else msg("unit.hint.or", first=", ".join(commands[:-1]), then=commands[-1])
    )
    return "fi_hint_not_yet"


def _city_figure(said: dict[str, object], cells: dict[str, Any], lang: Lang) -> tuple[Msg, str]:
    """A city-wide figure the form's unit does not give on the row's day (a form made before
    the reporter changed, or its hidden sheet edited to ask it): named at its Giá trị cell."""
    key = str(said["key"])
    spots = (cells.get("values") or {}).get(key) or {}
    said["cell"] = str(spots.get("value", ""))
    typed = str(said["text"]).partition("=")[2]  # "40.0" as read, "7/9" for counts
    said["number"] = typed if "/" in typed else number(float(typed), lang == "vi")
    return msg("fi_city_figure", **said), "fi_hint_city_figure"


def withheld_note(options: Sequence[str]) -> Msg | str:
    """What the clerk must type in themself, said before the command a hint gives ("…; "):
    the options whose value has no printable form (core/command_words.py), "" when none."""
    if not options:
        return ""
    return msg("cmd.withheld", options=", ".join(dict.fromkeys(options)))


def status_word(code: str, lang: Lang) -> str:
    """The status as the clerk picked it on the form ("hoàn thành"), quoted for a command;
    `progress add --status` takes the Vietnamese words as well as the code (the code in English,
    whose words "in progress" it does not take)."""
    return name_word(label(code, "vi").lower()) if lang == "vi" else code


Others = Sequence[tuple[str, str]]  # (option, text): --obstacles, --proposals, --by


def add_extras(
    values: Sequence[str], note: str, evidence: Sequence[str], others: Others = ()
) -> str:
    """The rest of a form row as `progress add` options (" --value k=v --note … --evidence …"),
    so the command a hint gives records what the clerk wrote, not the status alone (clerk13 F4).
    `others`: the options a progress file's line holds beyond a form row's (`--obstacles`…,
    progress/entry_commands.py), each given when its text is not empty.

    A value with no printable form (core/command_words.py) is left out, never printed in a form
    one window reads as other text: the first option left out ends the options with no value,
    and as they are the command's last words it stops at cds's "--note needs a value" and
    records nothing; the others are not printed. `left_out` names them for `withheld_note`."""
    options = _options(values, note, evidence, others)
    parts = [f" {option} {word}" for option, word in options if word is not None]
    left = left_out(values, note, evidence, others)
    return "".join(parts) + (f" {left[0]}" if left else "")


def left_out(
    values: Sequence[str], note: str, evidence: Sequence[str], others: Others = ()
) -> list[str]:
    """The options `add_extras` leaves out, in order, each once."""
    options = _options(values, note, evidence, others)
    return [*dict.fromkeys(option for option, word in options if word is None)]


def _options(
    values: Sequence[str], note: str, evidence: Sequence[str], others: Others
) -> list[tuple[str, str | None]]:
    """Each option of a row with its value as a command word (None: no printable form)."""
    named = [("--value", v) for v in values] + ([("--note", note)] if note else [])
    named += [(option, text) for option, text in others if text]
    named += [("--evidence", e) for e in evidence]
    return [(option, command_word(value)) for option, value in named]


def form_command(
    plan: str,
    unit: str,
    unit_id: str,
    month: str,
    as_of: dt.date | None = None,
    today: dt.date | None = None,
) -> str:
    """A `cds form` command that runs as printed: the form's plan ("--plan 2024 " or ""), the
    unit, the form's month (mm/yyyy) and a file to write (clerk13 F7), and `--as-of` the day
    the new form must be made as of (the refused form's own, or the day the hint needs: a
    revision's, a hand-over's) unless it is `today`, which `cds form` takes without it. Without
    it a command typed after the plan's targets were carried on (the 2023 plan in 2026) made no
    form at all: as of today its unit owes that plan nothing (clerk19 F1)."""
    when = f" --month {month}" if month else ""
    if as_of is not None and as_of != today:
        when += f" --as-of {as_of.strftime('%d/%m/%Y')}"
    return f"cds {plan}form --unit {name_word(unit)}{when} --out phieu-{unit_id}.xlsx"


def form_day(said: str | None) -> dt.date | None:
    """The as-of day a form's hidden sheet says it was made for (cds writes yyyy-mm-dd); None
    for an older form without one, or anything else a received file holds there: it never goes
    into a hint's command (a14_07)."""
    if said is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", said):
        return None
    try:
        return dt.date.fromisoformat(said)
    except ValueError:
        return None
