"""A report that lowers a part already finished ("đang thực hiện" after "hoàn thành"): allowed
(work can truly reopen), but said, naming the earlier report, so an heir of merged wards does not
reopen its predecessor's finished work without knowing (clerk review 9, item 8), even where
another part it took over is still open (issue 16).

The part is judged as it stands with every report known, before this one and after it (the
day of the latest report, this one's or an earlier one dated later): said only when a part
finished before is no longer finished after (review 12). So a report a former lead makes after
a revision handed the target over, taken as its cooperating part, lowers nothing (a12_02: the
target stays finished as the former lead left it); a correction of one of two "done" reports
lowers nothing while the other stands (a12_06); a report dated between a "done" and a later
"done" lowers nothing. Whose report counts for which part on which day is the status rules'
(questions/status.py, heir_parts.py, `Tracker.held`), asked here, not written again. The
report named is the latest "done" behind the lowered part that still stands: a correction
that takes back the only "done" says the part never finished, and nothing is said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cds_tracker.core.errors import Msg, msg
from cds_tracker.core.statuses import FINISHED

if TYPE_CHECKING:
    from pathlib import Path

    from cds_tracker.core.entries import Entry
    from cds_tracker.core.records import Registry
    from cds_tracker.questions.status import Part


def reopened(
    registry_path: Path, registry: Registry, entry: Entry, cited: str, *, again: str
) -> Msg | None:
    """The warning when `entry` (not yet written; not "done") leaves a part of its dated target
    unfinished that stood finished without it (`cited`: the target as the tables cite it;
    `again`: the option choosing this run's registry, for the command it prints); None
    otherwise.

    A unit's parts depend only on its own reports and those of the units merged into it, so
    only their files are read, and of those only the target's lines: `cds progress add` costs
    the same whatever the rest of the history holds (issue 14: ≤ 1.2× on 1M entries; reading
    every entry through the cache made it 1.7×)."""
    if entry.status == "done":
        return None
    from cds_tracker.progress.files import progress_file
    from cds_tracker.progress.lines import target_entries
    from cds_tracker.questions.timeline import in_order, replaced
    from cds_tracker.questions.tracker import Tracker
    from cds_tracker.registry.succession import heirs_on

    bare = Tracker(registry)
    _, target = bare.target(entry.target)
    if target.deadline.ongoing or target.deadline.month is None:
        return None  # an ongoing target's parts are about a period: every report is new
    merged = heirs_on(bare.index.units, entry.day)
    speakers = [entry.unit, *(unit for unit, heir in merged.items() if heir == entry.unit)]
    entries = [
        e
        for unit in speakers
        for e in target_entries(registry, progress_file(registry_path, unit), entry.target)
    ]
    if not entries:
        return None
    when = max(entry.day, *(e.day for e in entries))  # every report known
    before = Tracker.of(registry, entries)
    was = {_key(p) for p in before.parts(target, when) if p.status in FINISHED}
    after = Tracker.of(registry, [*entries, entry]).parts(target, when)
    lowered = [p for p in after if _key(p) in was and p.status not in FINISHED]
    if not lowered:
        return None
    whose = {u for p in lowered for u in (p.unit, *p.in_place_of)}
    gone = replaced(((e.corrects, e.date) for e in (*entries, entry)), when)
    done = [
        e
        for e in entries
        if e.status == "done" and e.date <= entry.date and e.unit in whose and e.id not in gone
    ]
    if not done:
        return None  # the "done" taken back was the only one: the part never finished
    last = in_order(done)[-1]
    return msg(
        "entry.reopens",
        target=cited,
        unit=before.index.name(last.unit),
        date=last.day.strftime("%d/%m/%Y"),
        status=msg(entry.status),
        command=_correcting(entry, again),
    )


def _correcting(entry: Entry, again: str) -> Msg:
    """The command that undoes a reopening made by mistake: this report corrected to "done" (the
    part finished as before), runnable as typed: its id, target (an id, so `--id`), unit (the
    id: no quotes needed), date, figures, note and evidence kept (a13_07: the hint
    "cds progress add --corrects MÃ-MỤC" exited 2; a14_05: figures were dropped). It printed the
    report's own status, so typed it recorded a correction identical to what it corrected
    (clerk review 14); the status is written as the reader types it ("hoàn thành", `done` with
    --lang en). `again` chooses this run's registry (app/discovery.again: a14_08, --registry was
    left out and the command ran against the bundled copy). The figures, note and evidence come
    last: a note or evidence with no printable form (core/command_words.py) is left out at the
    command's end and said before it (`withheld_note`), and the command then stops at cds's
    "needs a value" and records nothing."""
    from cds_tracker.progress.entry_commands import typed_values
    from cds_tracker.progress.form_refusals import add_extras, left_out, withheld_note

    values = typed_values(entry)  # the figures as typed back: counts as a/b, a value as digits
    command = msg(
        "entry.reopens_command",
        again=f" {again}" if again else "",
        target=entry.target,
        unit=entry.unit,
        status=msg("entry.typed_done"),
        day=entry.day.strftime("%d/%m/%Y"),
        extras=add_extras(values, entry.note or "", tuple(entry.evidence or ())),
        id=entry.id,
    )
    left = left_out(values, entry.note or "", tuple(entry.evidence or ()))
    if not left:
        return command
    return msg("cmd.then", first=withheld_note(left), command=command)


def _key(part: Part) -> tuple[str, tuple[str, ...]]:
    """A part, the same before and after the report: its unit and whose part it took over."""
    return part.unit, part.in_place_of
