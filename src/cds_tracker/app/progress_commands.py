"""The commands that write or read progress entries: `progress add` (one report recorded, said
as the tables cite its target), `progress list` (the entries asked for, with a carried target's
last reports under its old plan) and `progress normalise` (files rewritten as JSON lines).

As the other commands (commands.py): parse the values, ask, return the answer as a value; nothing
here prints.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from cds_tracker.app.opening import open_registry
from cds_tracker.core.dates import parse_date
from cds_tracker.output.report import Report
from cds_tracker.output.words import label, resolve_lang, say

if TYPE_CHECKING:
    from cds_tracker.core.records import Registry
    from cds_tracker.output.words import Lang
    from cds_tracker.questions.tracker import Tracker


def progress_add(
    registry: Path | None,
    target_id: str,
    unit_query: str,
    status: str,
    date_text: str | None,
    values: list[str],
    note: str,
    obstacles: str,
    proposals: str,
    evidence: list[str],
    by: str,
    corrects: str | None,
    force: bool,
    lang_option: str | None,
    by_id: bool = False,
) -> tuple[str, list[str]]:
    """The line saying what was recorded where, and the warnings for stderr. `by_id`: the code
    is the target's id, confirmed (else one that is also another target's printed number
    raises `AmbiguousCode`, nothing written)."""
    from cds_tracker.app.city_figures import Typed, as_typed, without_figures
    from cds_tracker.app.discovery import again, display_path, other_plan
    from cds_tracker.app.opening import (
        arrivals_of,
        departures_of,
        earlier_of,
        find_entry,
        later_of,
        open_for_writing,
        unit_entries,
    )
    from cds_tracker.progress.carried_away import OtherPlan
    from cds_tracker.progress.files import HEADER, progress_file
    from cds_tracker.progress.new_entry import CityFigure, build_entry
    from cds_tracker.progress.reopening import reopened
    from cds_tracker.progress.writing import append_entry
    from cds_tracker.questions.tracker import Tracker

    lang = resolve_lang(lang_option)
    day = parse_date(date_text, option="--date") if date_text is not None else dt.date.today()
    found, loaded = open_for_writing(registry)
    # no progress is read: a write needs only the registry (and carried targets' arrivals)
    arrived, earlier = arrivals_of(found.path, loaded), earlier_of(found.path, loaded)
    leaving, later = departures_of(found.path, loaded), later_of(found.path, loaded)
    tracker = Tracker(loaded, arrivals=arrived, earlier=earlier, departures=leaving, later=later)
    notes: list[str] = []
    typed = not by_id  # --id: the code is the id, whatever else it may be
    if typed:
        from cds_tracker.app.typed_ids import typed_target

        plain = target_id
        target_id = typed_target(found.path, loaded, target_id)
        by_id = target_id != plain and "/" not in target_id  # '2024/II.4': this plan's, named
    unit = tracker.index.find(unit_query)
    if typed:  # the plan's own taken: say so, if the unit has a part in the other
        from cds_tracker.app.typed_ids import has_part, keep_notes, take_notes

        keep_notes(has_part(tracker, unit.id, day))
        notes = [say(note, lang) for note in take_notes()]
    try:
        new = build_entry(
            tracker,
            lambda entry_id: find_entry(found, loaded, unit.id, entry_id),
            target_id=target_id,
            unit_id=unit.id,
            status=status,
            day=day,
            values=values,
            note=note,
            obstacles=obstacles,
            proposals=proposals,
            evidence=evidence,
            by=by,
            corrects=corrects,
            force=force,
            siblings=lambda: unit_entries(found, loaded, unit.id),
            by_id=by_id,
            again=again(found),
            elsewhere=lambda plan: other_plan(found, plan),
        )
    except (CityFigure, OtherPlan) as refused:  # its hint: the command as typed, amended
        given = Typed(target_id, unit.name, status, day, tuple(values), note, obstacles)
        given = given._replace(proposals=proposals, evidence=tuple(evidence), by=by)
        given = given._replace(corrects=corrects, force=force, by_id=by_id)
        if isinstance(refused, CityFigure):  # without those figures
            command = without_figures(again(found), tracker, given, refused.keys, lang)
            raise refused.told(command) from None
        from cds_tracker.app.cross_correction import across_plans

        mine = given._replace(target=tracker.target(target_id)[1].id)  # '2024/I.1' typed: I.1
        both = across_plans(found, loaded, refused, mine, unit.id, lang)
        if both is not None:  # a correction whose day is the other plan's: the steps in both
            raise both from None
        plan, there = refused.aimed  # aimed at the plan it belongs to, by the id there (--id:
        # that plan may print another target's number as this id)
        aimed = as_typed(other_plan(found, plan), there, given._replace(by_id=True), lang)
        raise refused.told(aimed) from None
    cited = cited_line(found.path, loaded, new.entry.target, day, lang)
    reopens = reopened(found.path, loaded, new.entry, cited, again=again(found))
    path = progress_file(found.path, unit.id)
    append_entry(
        path,
        new.entry,
        HEADER.format(name=unit.name, unit_id=unit.id),
        # Shown as the path it is (not resolved: a link there is named, not its target).
        display=f"{display_path(found.path.parent)}/{path.relative_to(found.path.parent).as_posix()}",
    )
    message = label(
        "recorded",
        lang,
        id=new.entry.id,
        unit=unit.name,
        target=cited,
        status=label(status, lang),
        file=display_path(path),
    )
    warnings = [*new.warnings, *([reopens] if reopens is not None else [])]
    warned = [f"{label('warning', lang)}: {say(warning, lang)}" for warning in warnings]
    return message, notes + warned


def cited_line(path: Path, registry: Registry, target_id: str, day: dt.date, lang: Lang) -> str:
    """The target written to, as the tables cite it (output/tables.py `id_line`): 'I.4 (I.1
    (2023))' for one carried, 'I.9 (STT I.3)' for one the plan in force on `day` renumbered."""
    from cds_tracker.output.tables import id_line
    from cds_tracker.registry.numbering import numbers_on

    target = next(t for _, t in registry.targets() if t.id == target_id)
    if target.carried_from is None:
        return id_line(target, lang, number=numbers_on(registry, day).get(target_id))
    from cds_tracker.app.origins import carried_origins

    return id_line(target, lang, carried_origins(path, registry))


def progress_list(
    registry: Path | None,
    target_id: str | None,
    unit_query: str | None,
    date_from: str | None,
    date_to: str | None,
    lang_option: str | None,
) -> Report:
    from cds_tracker.output.figures import indicators_of
    from cds_tracker.output.views_entries import entries_report

    lang = resolve_lang(lang_option)
    start = parse_date(date_from, option="--from") if date_from else None
    end = parse_date(date_to, option="--to") if date_to else None
    opened = open_registry(registry)
    tracker = opened.tracker
    wanted_target = None
    if target_id is not None:
        from cds_tracker.app.typed_ids import typed_target

        typed = typed_target(opened.found.path, tracker.registry, target_id)
        wanted_target = tracker.target(typed)[1].id
    wanted_unit = tracker.index.find(unit_query).id if unit_query is not None else None
    if target_id is not None and wanted_unit is not None:  # the other, if the unit has a part
        from cds_tracker.app.typed_ids import has_part, keep_notes

        keep_notes(has_part(tracker, wanted_unit))
    # Only the entries asked for are loaded: one target's, or one unit's, or (neither) all.
    scope = (
        tracker.entries_of(wanted_target)
        if wanted_target is not None
        else tracker.entries_of_unit(wanted_unit)
        if wanted_unit is not None
        else opened.entries
    )
    entries = [
        e
        for e in scope
        if (wanted_unit is None or e.unit == wanted_unit)
        and (start is None or e.day >= start)
        and (end is None or e.day <= end)
    ]
    from cds_tracker.app.origins import carried_origins
    from cds_tracker.output.carried import cited

    origins = carried_origins(opened.found.path, tracker.registry)
    said = {t.id: cited(t, origins) for _, t in tracker.registry.targets() if t.carried_from}
    from cds_tracker.questions.figures import uncounted

    indicators = indicators_of(tracker.registry)
    kept = uncounted((t for _, t in tracker.registry.targets()), tracker.index, entries)
    report = entries_report(entries, scope, tracker.index, lang, end, indicators, said, kept)
    if wanted_target is None or wanted_unit is not None or start is not None:
        return report
    return _with_before(opened.found.path, tracker, wanted_target, end, report, lang)


def _with_before(
    path: Path, tracker: Tracker, target_id: str, end: dt.date | None, report: Report, lang: Lang
) -> Report:
    """`progress list` of a carried target: for people, the units' last reports under the old
    plan after its own (app/carried_history.py); JSON and CSV keep this plan's entries only."""
    from cds_tracker.app.carried_history import last_before
    from cds_tracker.output.views_target import before_table

    target = tracker.target(target_id)[1]
    before = last_before(path, target, end or dt.date.max, tracker.entries_of(target_id))
    if not before:
        return report
    table = before_table(before, target, tracker, lang, end)[0]
    return report._replace(blocks=(*report.blocks, table))


def progress_normalise(registry: Path | None, lang_option: str | None) -> str:
    """Rewrite every progress file not yet in JSON lines; say what was done to each file."""
    from cds_tracker.app.discovery import display_path
    from cds_tracker.app.opening import open_for_writing
    from cds_tracker.core.errors import DataError, Problem
    from cds_tracker.progress.files import progress_files
    from cds_tracker.progress.normalising import normalise_file

    lang = resolve_lang(lang_option)
    found, loaded = open_for_writing(registry)
    lines: list[str] = []
    problems: list[Problem] = []
    for path in progress_files(found.path):
        shown = display_path(path)
        outcome = normalise_file(path, loaded, shown)
        problems += outcome.problems
        if outcome.rewritten:
            lines.append(label("normalise.rewritten", lang, path=shown, count=outcome.entries))
        elif not outcome.problems:
            lines.append(label("normalise.already", lang, path=shown))
    if problems:
        left = label("normalise.left", lang, count=len(problems))
        raise DataError("".join(f"{line}\n" for line in lines) + left, tuple(problems))
    return "".join(f"{line}\n" for line in lines)
