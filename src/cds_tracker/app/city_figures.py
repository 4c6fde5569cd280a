"""The command a refused city-wide figure's hint gives: the `progress add` typed, without it.

A ward's `--value` for a figure Phòng Kinh tế gives for the whole city is refused
(progress/new_entry.py `CityFigure`, by questions/figures.py `figure_giver`); the rest of its
report is good, so the hint is the command that records it, runnable as printed: every option
the clerk gave kept (the other figures, note, obstacles, proposals, evidence, by, corrects,
force, id), the unit and texts one word each that PowerShell, cmd and bash read alike
(core/command_words.py), the status as typed in the clerk's language, the registry chosen as
this run chose it (app/discovery.again). The texts come last: one with no printed form is left
out, the first of them ending the command with no value (cds then stops at "needs a value",
records nothing), and said before it (form_refusals.add_extras, the same way).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from cds_tracker.core.tuples import Record

if TYPE_CHECKING:
    from cds_tracker.output.words import Lang
    from cds_tracker.questions.tracker import Tracker


class Typed(Record):
    """What `progress add` was given (the target by id, the unit by name, the status's code)."""

    target: str
    unit: str
    status: str
    day: dt.date
    values: tuple[str, ...] = ()
    note: str = ""
    obstacles: str = ""
    proposals: str = ""
    evidence: tuple[str, ...] = ()
    by: str = ""
    corrects: str | None = None
    force: bool = False
    by_id: bool = False


def without_figures(
    again: str, tracker: Tracker, typed: Typed, keys: Iterable[str], lang: Lang
) -> str:
    """`typed` as a command, without the `--value`s of `keys`; `again`, the option choosing
    this run's registry (app/discovery.again: "--registry kh", "--plan 2024" or "")."""
    _, target = tracker.target(typed.target)
    dropped, first = set(keys), target.indicators[0].key if target.indicators else ""

    def kept(text: str) -> bool:
        key, sep, _ = text.partition("=")
        return (key.strip() if sep else first) not in dropped

    return as_typed(again, target.id, typed, lang, kept)


def as_typed(
    again: str, target_id: str, typed: Typed, lang: Lang, kept: Callable[[str], bool] = bool
) -> str:
    """The one rule for a `progress add` given back in a hint: `typed` aimed at `target_id`
    in the registry `again` chooses (this run's, or another plan's: app/discovery.py
    `other_plan`), only the `--value`s `kept` says; said after what the clerk must type in
    themself when a text has no printed form (`withheld_note`)."""
    from cds_tracker.core.command_words import command_word, name_word
    from cds_tracker.output.words import say
    from cds_tracker.progress.form_refusals import status_word, withheld_note

    words = [f"cds{' ' + again if again else ''} progress add {target_id}"]
    words.append(f"--unit {name_word(typed.unit)} --status {status_word(typed.status, lang)}")
    words.append(f"--date {typed.day.strftime('%d/%m/%Y')}")
    if typed.corrects:
        words.append(f"--corrects {name_word(typed.corrects)}")
    words += ["--force"] * typed.force + ["--id"] * typed.by_id
    texts = [("--value", text) for text in typed.values if kept(text)]
    texts += [
        (option, text)
        for option, text in (
            ("--note", typed.note),
            ("--obstacles", typed.obstacles),
            ("--proposals", typed.proposals),
        )
        if text
    ]
    texts += [("--evidence", e) for e in typed.evidence] + [("--by", typed.by)] * bool(typed.by)
    shown = [(option, command_word(text)) for option, text in texts]
    words += [f"{option} {word}" for option, word in shown if word is not None]
    left = [*dict.fromkeys(option for option, word in shown if word is None)]
    words += left[:1]
    command = " ".join(words)
    return f"{say(withheld_note(left), lang)}; {command}" if left else command
