"""A filled row of a return form made an entry: new, a correction of the row's latest entry, or
nothing when that entry already says the same (`form_import.read_form` reads the form and hands
each checked row here).

Each row has a stable id (from the unit, the target and the form's month: two forms made for the
same unit and month share it), and its entries are `<row id>v1z<digest>`, `<row id>v2z<digest>`…:
a row whose latest entry already says the same is skipped, so importing a form twice adds nothing;
a row that now says something else becomes a correction (`corrects`) of it. The digest is taken
over the whole entry, `written` included, so the same form imported in two git clones never gives
one id to two different lines: identical lines are kept once by git's union merge, different
ones stay two entries with two ids (see docs/progress.md, "Phiếu Excel và git").

An older copy of the form (saved before the row's latest entry was written, or whose row is dated
before it) adds nothing where its row says what an entry the unit later corrected says: that row
was imported before, and is said to be from an old copy. A row dated before the row's latest entry
that says otherwise what that entry says is its report date corrected (a date typed wrong, 02/08
for 28/07: a16_03): a correction of it, dated earlier. A row dated before it and saying something
new besides is skipped as probably from an old copy (clerk15 F6: recorded, it would undo the
newer report with old figures), with the one command that records it if the unit did correct it
(`--corrects` the latest entry). The file's saved time tells nothing here: a copy opened and saved
again in Excel is new by it. An older copy whose row would change the latest entry otherwise is
imported with a warning: it may undo a correction made since.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cds_tracker.core.command_words import name_word
from cds_tracker.core.dates import format_date
from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import Text, UsageError
from cds_tracker.core.records import Indicator, Target
from cds_tracker.output.words import Lang, label, say
from cds_tracker.progress.form_cells import Complaints, cell_text, cell_value, read_filled
from cds_tracker.progress.form_commands import listing_form, row_command
from cds_tracker.progress.form_guard import text_ended
from cds_tracker.progress.form_refusals import (
    add_extras,
    form_refusal,
    left_out,
    status_word,
    withheld_note,
)

if TYPE_CHECKING:
    from cds_tracker.progress.form_import import FormRead
    from cds_tracker.questions.tracker import Tracker


@dataclass(frozen=True)
class Planned:
    """What one filled row leads to: a new entry (maybe a correction) or nothing (already in)."""

    target_id: str
    entry: Entry | None
    same_as: str | None = None  # the entry already written that says the same
    later: Entry | None = None  # skipped as a row of an old copy: the unit's later entry
    day: dt.date | None = None  # a row so skipped: its report date
    hint: str = ""  # a row so skipped: the command recording it if the unit did mean it
    warnings: tuple[Text, ...] = ()  # as `progress add` gives them, e.g. done below threshold

    def describe(self, tracker: Tracker, lang: Lang, cited: str, *, with_id: bool = True) -> str:
        """One line per row, the target `cited` as the form and `progress add` cite it ('I.2
        (STT I.1)', app/progress_commands.py `cited_line`), then its figures one a line under
        it as `progress list` shows them ('Tỷ lệ …: 77,78% (70/90)', output/tables.py
        `values_text`; an indicator's name is a sentence long): a raw
        'chi_so_1=77.7778' was the one place a clerk met the key and a decimal point (clerk 12,
        F4). A dry run shows no new id: the id's digest covers the moment the entry is written,
        which a dry run cannot know, and an id shown must be the one written."""
        from cds_tracker.output.figures import indicators_of, values_text

        if self.entry is None:
            return f"{cited}: {self._skipped(lang)}"
        e = self.entry
        what = (
            label("import_correction", lang, id=e.corrects)
            if e.corrects
            else label("import_new", lang)
        )
        values = "".join(
            f"\n    {v}" for v in values_text(e, indicators_of(tracker.registry), lang)
        )
        warned = "".join(f"\n    {label('warning', lang)}: {say(w, lang)}" for w in self.warnings)
        head = f"{cited}: {e.id} — " if with_id else f"{cited} — "
        head += f"{what}: {label(e.status, lang)}, {format_date(e.day)}"
        return head + values + warned

    def _skipped(self, lang: Lang) -> str:
        """Why a row adds nothing: already imported as it stands, or (`later`) a row of an old
        copy, the unit's later report named with its status and day."""
        if self.later is None:
            return f"{self.same_as} — {label('import_same', lang)}"
        later = {"id": self.later.id, "status": label(self.later.status, lang)}
        later["date"] = format_date(self.later.day)
        hint = f"\n    {label('hint', lang)}: {self.hint}" if self.hint else ""
        if self.same_as is not None:
            return f"{self.same_as} — {label('import_superseded', lang, **later)}{hint}"
        day = format_date(self.day) if self.day is not None else ""
        return label("import_older_row", lang, day=day, **later) + hint


def _predated(
    sheet: Any,
    target: Target,
    cells: dict[str, Any],
    tracker: Tracker,
    today: dt.date,
    read: FormRead,
) -> Callable[[], dict[str, str]] | None:
    """For a row the form gave no figure cell though the unit gives a figure of its target
    today (the form made before the indicator was confirmed: a17_02, or before the unit was
    named its reporter), why (`why`: a message key) and what the hint of a figure typed there
    offers: a new form, or the command recording the row with it. None when another unit
    gives every figure of it today."""
    from cds_tracker.output.tables import indicator_name
    from cds_tracker.questions.figures import figure_giver

    if cells.get("values") or not target.indicators:
        return None

    def gives(day: dt.date) -> list[Indicator]:
        givers = {i.key: figure_giver(i, target, tracker.index, day) for i in target.indicators}
        return [i for i in target.indicators if givers[i.key] in (None, unit_id)]

    unit_id = read.unit_id
    given = gives(today)
    if not given:
        return None
    own = [(i.key, indicator_name(i)) for i in given]
    unit = tracker.index.name(unit_id)
    said = {"plan": read.plan, "unit": unit}
    # the new form as of the form's own day when the unit gives these figures then (a form of
    # a plan since carried on makes none as of today: clerk19 F1), else as of today
    as_of = read.as_of if read.as_of is not None and gives(read.as_of) == given else today

    def hint() -> dict[str, str]:
        line = _line_of(cells)
        command, before = row_command(sheet, line, target.id, own, said, read.problems.lang)
        form = listing_form(read, target.id, [(unit_id, read.month, as_of)])
        # what column H said when the form was made: no indicator yet, or another's figure
        none = {label("form_no_indicator", "vi"), label("form_no_indicator", "en")}
        shown = cell_text(cell_value(sheet, f"H{line}"))
        why = "fi_figure_predates" if shown in none else "fi_figure_now_given"
        hint = "fi_hint_figure_predates" if form else "fi_hint_figure_predates_no_form"
        return {"command": command, "before": before, "form": form, "why": why, "hint": hint}

    return hint


def _line_of(cells: dict[str, Any]) -> int:
    found = re.fullmatch(r"B([1-9][0-9]{0,6})", str(cells.get("code", "")))
    return int(found[1]) if found else 0


def plan_row(
    sheet: Any,
    where: str,
    target: Target,
    row: tuple[str, dict[str, Any], str],
    tracker: Tracker,
    existing: Sequence[Entry],
    today: dt.date,
    moment: dt.datetime,
    read: FormRead,
) -> None:
    """Check one target's row (`row`: its id, its cells' addresses, its text's fingerprint) and
    plan its entry: new, a correction, or already imported."""
    from cds_tracker.progress.new_entry import build_entry, check_existed

    row_id, cells, mark = row
    problems = read.problems
    before = len(problems)
    code_cell = str(cells.get("code", ""))
    shown_code = cell_text(cell_value(sheet, code_cell))
    if shown_code.partition("\n")[0] != target.id:  # under it, the number in force (a form)
        problems.add(where + code_cell, "fi_code_changed", target=target.id, found=shown_code)
    predated = _predated(sheet, target, cells, tracker, today, read)
    filled = read_filled(sheet, where, target, cells, today, problems, predated)
    if filled is None:
        return
    day, unit = filled.day, tracker.index.name(read.unit_id)

    def refused(error: UsageError, into: list[str] = problems) -> None:  # its words, the
        lang = problems.lang  # form's hint (form_refusals.py)
        said = {"target": target.id, "unit": unit, "day": day, "plan": read.plan}
        said |= {"status": filled.status, "extras": extras, "withheld": withheld}
        into.append(form_refusal(error, where, cells, said, lang))

    extras = add_extras(filled.values, filled.note, filled.evidence)
    withheld = left_out(filled.values, filled.note, filled.evidence)
    command = {"on_plan": read.plan, "month": read.month, "extras": extras, "withheld": withheld}

    # Who may report on the row's day is asked whatever else is wrong with the row, and said
    # first: a former lead's figures refused at their cells, with a hint to move them to the
    # note, would otherwise be followed only to learn at the date cell that the unit no longer
    # leads the target that day (clerk12 F7). Every problem of the row comes in one run.
    date_cell = where + str(cells.get("date", ""))
    places, cause = (where + code_cell, date_cell), Complaints(problems.lang)
    try:  # the rule of `progress add`: a unit reports for the days it existed, and leads the
        check_existed(tracker, read.unit_id, filled.day)  # target on that day, not the import's
    except UsageError as error:
        refused(error, cause)
    else:
        command["status"] = status_word(filled.status, problems.lang)
        if _leads(tracker, target, read, day, command, places, cause):
            ended = text_ended(mark, target, filled.day.isoformat())
            if ended is not None:  # made before a revision rewrote the text; the day is after
                said = {"target": target.id, "date": _shown(ended), "day": format_date(day)}
                # the new form as of the revision's day: the first to show the new text; when
                # it does not list the target (the unit's part since finished), the command
                when = max(dt.date.fromisoformat(ended), read.as_of or dt.date.min)
                said["form"] = listing_form(read, target.id, [(read.unit_id, read.month, when)])
                if not said["form"]:
                    said |= _record(target.id, unit, day, command, problems.lang)
                cause.add(
                    date_cell,
                    "fi_text_ended",
                    "fi_hint_text_ended" if said["form"] else "fi_hint_text_ended_no_form",
                    **said,
                )
    problems[before:before] = cause
    if len(problems) > before:
        return
    chain = sorted(
        (int(m[1]), str(e.written), e.id, e)
        for e in existing
        if (m := re.fullmatch(re.escape(row_id) + r"v(\d+)(?:z[0-9a-f]{6})?", e.id))
        and e.unit == read.unit_id
    )
    latest = chain[-1][3] if chain else None
    try:
        new = build_entry(
            tracker,
            lambda wanted: next((e for e in existing if e.id == wanted), None),
            target_id=target.id,
            unit_id=read.unit_id,
            status=filled.status,
            day=filled.day,
            values=filled.values,
            note=filled.note,
            evidence=filled.evidence,
            corrects=latest.id if latest else None,
            written=moment,
            entry_id=f"{row_id}v{chain[-1][0] + 1 if chain else 1}",  # + digest below
            siblings=lambda: existing,  # corrections obey the one rule here too
            by_id=True,  # the code cell's first line is the id (the form prints the number apart)
            elsewhere=read.elsewhere,
        )
    except UsageError as error:
        refused(error)
        return
    if latest is not None and _same(latest, new.entry):
        read.planned.append(Planned(target.id, None, latest.id))
        return
    # dated before the row's latest entry and saying something else besides: a row of an old
    # copy; only its date moved earlier: the date corrected (see the module's doc)
    earlier_day = latest is not None and filled.day < latest.day
    redated = latest is not None and _same(latest, new.entry._replace(date=latest.date))
    if latest is not None and (earlier_day or _older(read.saved, latest)):
        # an old copy: a row it says as an entry since corrected says was imported before
        again = next((c[3] for c in reversed(chain[:-1]) if _same(c[3], new.entry)), None)
        if again is not None or (earlier_day and not redated):
            same = again.id if again is not None else None
            old: dict[str, Any] = {**command, "target": target.id, "id": latest.id}
            old |= {"day": format_date(day), "unit_word": name_word(unit)}
            left = [*(["--unit"] if old["unit_word"] == "…" else []), *withheld]
            old["before"] = say(withheld_note(left), problems.lang) + ("; " if left else "")
            hint = label("fi_hint_old_row", problems.lang, **old)
            skipped = Planned(target.id, None, same, later=latest, day=filled.day, hint=hint)
            read.planned.append(skipped)
            return
    warnings = new.warnings
    if latest is not None and _older(read.saved, latest):
        warnings = (*warnings, label("fi_older_copy", problems.lang, id=latest.id))
    entry = new.entry._replace(id=f"{new.entry.id}z{_digest(new.entry)}")
    read.planned.append(Planned(target.id, entry, warnings=warnings))


def _leads(
    tracker: Tracker,
    target: Target,
    read: FormRead,
    day: dt.date,
    command: dict[str, Any],
    places: tuple[str, str],
    problems: Complaints,
) -> bool:
    """The rule of `progress add`: the unit leads (or is asked a part of) the target on the
    report's day, not on the day of the import. A form made before a revision handed the target
    over, filled with a day before the hand-over, is the then-lead's own report (c_05); one
    dated on or after it is refused at its date cell naming the new lead and the day, with what
    works. `places`: the row's code cell and date cell; `command`: the row's status (quoted),
    other options (`extras`), the form's plan option and month, for the commands a hint gives;
    `read`: the form's unit, and its new form's command (`FormRead.form`)."""
    from cds_tracker.progress.handed_over import handed_over
    from cds_tracker.questions.status import required_units

    unit_id = read.unit_id
    if unit_id in required_units(target.on(day.isoformat()), tracker.units_on(day)):
        return True
    said = handed_over(tracker, target, unit_id, day)
    if said is not None:
        heirs = target.on(day.isoformat()).lead.units
        heir_id = heirs[0] if heirs else "moi"
        # the heir's form as of the hand-over: the first day the heir's form lists the target;
        # when it does not (the heir already finished its part), the command recording the row
        handed = dt.datetime.strptime(str(said["date"]), "%d/%m/%Y").date()
        when = max(handed, read.as_of or dt.date.min)
        said["form"] = listing_form(read, target.id, [(heir_id, read.month, when)])
        if not said["form"]:
            said |= _record(target.id, str(said["heir"]), day, command, problems.lang)
        problems.add(
            places[1],
            "fi_handed_over",
            "fi_hint_handed_over" if said["form"] else "fi_hint_handed_over_no_form",
            **said,
        )
        return False
    unit = tracker.index.name(unit_id)
    said = {"target": target.id, "unit": unit, "day": format_date(day), **command}
    said["unit_word"] = name_word(unit)  # one word whatever the catalog calls it (a14_02)
    left = [*(["--unit"] if said["unit_word"] == "…" else []), *command["withheld"]]
    said["before"] = say(withheld_note(left), problems.lang) + ("; " if left else "")
    problems.add(places[0], "fi_not_lead", "fi_hint_not_lead", **said)
    return False


def _record(
    target_id: str, unit: str, day: dt.date, command: dict[str, Any], lang: Lang
) -> dict[str, str]:
    """The `progress add` command recording a table row for `unit` (the form's, or the new
    lead's) with all the row holds, for a hint whose new form would not list the target
    (`listing_form`); `before`: what the clerk must type in themself ("…; ", or "")."""
    word = name_word(unit)  # one word whatever the catalog calls it (a14_02)
    text = (
        f"cds {command['on_plan']}progress add {target_id} --id --unit {word} --status "
        f"{command['status']} --date {format_date(day)}{command['extras']}"
    )
    left = [*(["--unit"] if word == "…" else []), *command["withheld"]]
    return {"command": text, "before": say(withheld_note(left), lang) + ("; " if left else "")}


def _shown(day: str) -> str:
    return dt.date.fromisoformat(day).strftime("%d/%m/%Y")


def _digest(entry: Entry) -> str:
    """Six hex digits of the entry's whole content, `written` included (see the module's doc)."""
    from cds_tracker.core.entries import entry_data

    data = {k: v for k, v in entry_data(entry).items() if k != "id"}
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:6]


def _older(saved: dt.datetime | None, latest: Entry) -> bool:
    """The file was saved (by Excel: naive UTC) before `latest` was written."""
    if not isinstance(saved, dt.datetime):
        return False
    stamp = saved if saved.tzinfo else saved.replace(tzinfo=dt.timezone.utc)
    try:
        return stamp < latest.written_at
    except (ValueError, TypeError):  # a hand-written `written` without an offset
        return False


def _same(old: Entry, new: Entry) -> bool:
    def counts(entry: Entry) -> dict[str, tuple[int, int]]:
        return {key: (int(a), int(b)) for key, (a, b) in entry.counts.items()}

    return (old.status, old.date, dict(old.values), old.note, tuple(old.evidence), counts(old)) == (
        new.status,
        new.date,
        dict(new.values),
        new.note,
        tuple(new.evidence),
        counts(new),
    )
