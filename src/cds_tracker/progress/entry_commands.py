"""The `progress add` command that records again a report a progress file already holds.

`cds validate` flags a line that belongs to the other plan of a carried target (dated before
this plan takes it, or in the old plan after it left: progress/carried_away.py); its hint said
"delete this line and record it with cds --plan 2023 progress add I.1 …", and the "…" could not
be typed: the clerk had to rebuild the line by hand (fix13b). The command here carries all the
line holds — its unit (the id: no quotes needed), its status as the reader types it
("hoàn thành"; `done` with --lang en), its date, its figures (counts as a/b), note, obstacles,
proposals, evidence, who gave it, and --force when it was recorded so — printed by the one
quoting rule (core/command_words.py) through `add_extras`, as a form row's command is
(progress/form_commands.py): a value with no printable form is left out and said after the
command, with the field of the line to copy it from (`entry.again_withheld`); the command then
stops at cds's "needs a value" and records nothing. The hints that give it (output/words_checks.py
`progress.hint.carried_*`) say to record in the other plan first and only then delete the line:
it is the report's only copy, and the withheld value is read from it (a23-08).
`--corrects` is not carried: the report it names is one of the plan the line leaves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cds_tracker.core.command_words import name_word
from cds_tracker.core.errors import Msg, msg

if TYPE_CHECKING:
    from cds_tracker.core.entries import Entry

# A status as `progress add --status` takes it from the reader: the Vietnamese words, quoted
# (progress/form_refusals.py `status_word`), or the code in English.
TYPED_STATUS = {
    "done": "entry.typed_done",
    "in_progress": "entry.typed_in_progress",
    "not_started": "entry.typed_not_started",
}


def typed_values(entry: Entry) -> list[str]:
    """The report's figures as `--value` takes them back: counts as a/b, a value as its digits
    (never "1e-05", never "70.0")."""
    return [
        f"{key}={entry.counts[key][0]}/{entry.counts[key][1]}"
        if key in entry.counts
        else f"{key}={format(value, 'f').rstrip('0').rstrip('.')}"
        for key, value in entry.values.items()
    ]


def again_command(entry: Entry, option: str, target: str) -> Msg:
    """The command that records `entry` as it is written, in the plan `option` reaches
    ("--plan 2023": app/discovery.py `other_plan`, which app/validate.py `_reaching` puts in
    place of it) under that plan's id of its target (`target`, so `--id`)."""
    from cds_tracker.progress.form_refusals import add_extras, left_out

    values, note, evidence = typed_values(entry), entry.note or "", tuple(entry.evidence or ())
    others = (
        ("--obstacles", entry.obstacles or ""),
        ("--proposals", entry.proposals or ""),
        ("--by", entry.by or ""),
    )
    command = msg(
        "entry.again_command",
        option=option,
        target=name_word(target),
        unit=name_word(entry.unit),
        status=msg(TYPED_STATUS[entry.status]),
        day=entry.day.strftime("%d/%m/%Y"),
        force=" --force" if entry.forced else "",
        extras=add_extras(values, note, evidence, others),
    )
    left = left_out(values, note, evidence, others)
    if not left:
        return command
    # The value left out is typed from the line itself: said after the command, naming the
    # line's field, as one sentence (a23-08: "record it with the value of --note holds …").
    fields = ", ".join(dict.fromkeys(f"`{_FIELDS[option]}`" for option in left))
    return msg("entry.again_withheld", command=command, options=", ".join(left), fields=fields)


# Each option `again_command` may leave out, and the field of the line its value is read from.
_FIELDS = {
    "--value": "values",
    "--note": "note",
    "--obstacles": "obstacles",
    "--proposals": "proposals",
    "--by": "by",
    "--evidence": "evidence",
}
