"""`cds import NEW.docx --revise`: a revised appendix applied to the plan's registry.

Propose, then (once confirmed, or `--yes`) write, as `carry-over` does: the registry is edited
in round-trip mode (comments, quotes and layout stay), checked like any registry, and replaced
atomically under the plan's write lock, only if its bytes are still those the proposal was made
from. The proposal is the diff of the registry before and after (`cds diff` words), then what
the diff alone would not say: ids kept for renumbered rows, new rows given a free number,
carried targets kept, indicators to look at again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import stat
from pathlib import Path
from typing import Any

from cds_tracker.app.carry_marks import round_trip
from cds_tracker.app.discovery import Found, again, display_path, other_plan
from cds_tracker.app.importing import (
    _mark,
    carried_read,
    note_text,
    problems_text,
    read_appendix,
    with_changes_file,
)
from cds_tracker.app.revise_day import check_year, revising_cited, revision_day
from cds_tracker.app.revise_json import RevisionFacts, next_year_note
from cds_tracker.app.revise_unread import marks_written, table_marks
from cds_tracker.core.errors import (
    DataError,
    UsageError,
    msg,
    os_reason,
    unwritten,
)
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import Lang, label, resolve_lang
from cds_tracker.registry.importing import CellProblem
from cds_tracker.registry.likeness import TooMany
from cds_tracker.registry.revision import Revision, apply_revision, record_revision
from cds_tracker.registry.unit_changes import changes_path


@dataclasses.dataclass(frozen=True)
class Proposal:
    registry: Path
    read: bytes  # the registry as proposed from: written over only if unchanged
    raw: bytes  # what would be written
    text: str  # the diff and the notes, for the user to confirm
    revision: Revision
    marked: int  # needs_review lines written: the command ends with exit 1
    anything: bool
    facts: RevisionFacts  # the same, for `--format json`
    # The diff's counts (output/diff_text.py `counts`): the proposal's first line and the line
    # saying what was written count alike
    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    # needs_review lines the table's own problems would write into the plan in use: refused,
    # nothing written (app/revise_unread.py `marks_refused`)
    refused: int = 0


def prepare(
    file: Path,
    registry: Path | None,
    on: str | None,
    reason: str | None,
    lang_option: str | None,
    chosen: tuple[str, ...] = (),
) -> Proposal:
    from cds_tracker.app.opening import open_for_writing
    from cds_tracker.core.files import read_regular
    from cds_tracker.registry.yamlio import decode, parse

    lang = resolve_lang(lang_option)
    # The one rule for a registry written to (the bundled copy refused): the plan revised must
    # be valid already.
    found, base = open_for_writing(registry)
    path = found.path
    shown = visible_line(display_path(path))
    _check_regular(path, shown)
    own = base.document.year  # a revision of this plan: its deadlines are read against its year
    imported = read_appendix(file, base, lang, year=own, plan_year=own)
    with_changes_file(imported.problems, changes_path(path))
    file_shown = visible_line(display_path(file))
    check_year(imported, base.document.year, file_shown, shown, found)
    day = revision_day(imported, base, file, on, base.document.year)
    table = _mark(imported.data, imported.problems, imported.sheets)
    from_table = table_marks(table)  # before the revision settles any (a person's fix kept)
    read = read_regular(path, follow_links=False)
    before = parse(decode(read))
    yaml = round_trip()
    data = yaml.load(decode(read))
    why = reason if reason is not None else _reason(imported, base, file, day)
    notes = (label("revise_review_indicator", "vi"), label("revise_review_pairing", "vi"))
    pairs = chosen_pairs(chosen, before, table)  # the registry's words are the office's: vi
    on_day = day.strftime("%d/%m/%Y")
    from cds_tracker.app.revise_unread import check_unread, table_unread, unread_cells

    unread = table_unread(imported, file_shown)
    try:
        revision = apply_revision(
            data,
            table,
            on_day,
            why,
            notes,
            pairs,
            imported.absent,
            unread,
            unread_cells(imported, file_shown),
        )
    except TooMany as error:  # too many targets to pair: refused before anything is written
        raise error.located(shown, file_shown) from None
    check_unread(revision, file_shown, lang)
    from cds_tracker.app.revise_parts import refuse_moves

    refuse_moves(revision.renumbered)
    cited = revising_cited(imported, base.document.plan)
    if cited is not None:  # the revising plan, cited after the plan from now on
        record_revision(data, cited, revision)
    else:  # a heading naming no plan, or the plan itself: its day from --on, recorded with
        # its number left blank, so the plan is cited and numbered by it and a later revision
        # finds its days recorded (clerk 17, F1)
        record_revision(data, {"date": on_day}, revision)
    for line in table.get("needs_review") or ():  # each once: a revision applied again adds none
        if line not in (data.get("needs_review") or ()):
            data.setdefault("needs_review", []).append(line)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    raw = buffer.getvalue().encode("utf-8")
    _check_written(raw, path, shown)
    after = parse(decode(raw))
    # refused (the table's problems would mark the plan in use): the preview says nothing
    # written as written, no `needs_review` line kept nor revising plan recorded (a11 follow-up)
    refused = marks_written(after, from_table)
    lines = problems_text(file_shown, imported.problems, lang, imported.sheets, written=not refused)
    lines += [note_text(file_shown, _kept(n), lang, imported.sheets) for n in imported.notes]
    lines += carried_read(imported.data, imported, lang, revising=True)
    names = {unit.id: unit.name for unit in base.catalog.units}  # the changes file's too
    said, counted = _diff_text(before, after, (shown, file_shown), names, lang)
    lines.append(said.rstrip("\n"))
    lines += _notes(revision, lang, day.strftime("%d/%m/%Y"), found, recorded=not refused)
    lines += filter(None, [next_year_note(day, own, lang)])  # a revision of the next year
    from cds_tracker.app.revise_parts import finished_dropped, reports_left

    lines += finished_dropped(path, before, after, day, lang)
    lines += reports_left(path, before, after, day, lang, again(found))
    marked = sum(len(t.get("needs_review") or ()) for _, t in _all(after))
    marked += len(after.get("needs_review") or ())
    facts = RevisionFacts(shown, file_shown, before, after, imported, day, why, own)
    text = "\n".join(lines) + "\n"
    proposal = Proposal(path, read, raw, text, revision, marked, raw != read, facts, counted)
    return dataclasses.replace(proposal, refused=refused)


def _kept(note: CellProblem) -> CellProblem:
    """A column the revised table lacks leaves the registry's cells as they are: said so."""
    if note.key != "import_optional_column":
        return note
    return dataclasses.replace(note, key="revise_optional_column")


def _check_regular(path: Path, shown: str) -> None:
    """The registry is replaced, never written through: a link or a pipe at its path is
    refused before anything is read."""
    from cds_tracker.core.files import NotRegular, existing_kind

    mode = existing_kind(path)
    if mode is not None and not stat.S_ISREG(mode):
        reason = os_reason(NotRegular(mode))
        raise DataError(msg("revise.cannot_write", path=shown, reason=reason))


def _reason(imported: Any, base: Any, file: Path, day: dt.date) -> str:
    """The default reason: the revising plan as its heading names it, else (a heading naming
    none, or the plan itself: never its own revision) the revision of `day` (--on) with no
    number, and the file it was read from, said as a file."""
    from cds_tracker.registry.importing.heading import revising_name

    source = revising_name(revising_cited(imported, base.document.plan) or {})
    if not source:
        shown = day.strftime("%d/%m/%Y")
        source = label("revise_reason_unnamed", "vi", date=shown, file=file.name)
    return label("revise_reason", "vi", source=source)


def _check_written(raw: bytes, path: Path, shown: str) -> None:
    """The revised registry is checked like any: only targets (or rows) marked for review may
    hold problems, and only those the marks announce."""
    from cds_tracker.app.diff_checks import announced
    from cds_tracker.registry.loading import load_registry_bytes
    from cds_tracker.registry.yamlio import decode, parse

    checked = load_registry_bytes(raw, path=path, display=shown)
    data = parse(decode(raw))
    reviewed = {str(t["id"]) for _, t in _all(data) if t.get("needs_review")}
    # A mark is the one problem written on purpose (a person decides); any other finding of
    # `validate` (a revision that is the plan itself, revisions out of date order …) refuses
    # the write, whatever else is marked (issue 16: a registry validate refused was written).
    # The rule `cds diff` holds a registry's problems to (app/diff_checks.py `announced`).
    outside = tuple(announced(checked.problems, data)[1])
    if checked.registry is None and (outside or not (reviewed or data.get("needs_review"))):
        raise DataError(
            msg("revise.would_be_invalid", path=shown), unwritten(outside or checked.problems)
        )


def _all(data: Any) -> list[tuple[str, Any]]:
    return [(str(g["id"]), t) for g in data.get("groups") or () for t in g.get("targets") or ()]


def _diff_text(
    before: Any, after: Any, sides: tuple[str, str], names: dict[str, str], lang: Lang
) -> tuple[str, dict[str, int]]:
    """The proposal's diff, units said by `names`: the catalogue as loaded (clerk20 F3)."""
    from cds_tracker.output.diff_text import counts, diff_text
    from cds_tracker.registry.diff import compare
    from cds_tracker.registry.revision import kept_ids

    try:
        diff = compare(before, after, kept_ids(before, after), names=names)
    except TooMany as error:
        raise error.located(*sides) from None
    # a cell's value before the revision, kept under `before`, is the change's own old side:
    # the preview says each change once
    for i, change in enumerate(diff.changed):
        kept = tuple(f for f in change.fields if not f.field.startswith("before."))
        diff.changed[i] = dataclasses.replace(change, fields=kept)
    return diff_text(diff, *sides, lang), counts(diff)


_SIDES = {"old": "pair_side_old", "new": "pair_side_new"}


def chosen_pairs(chosen: tuple[str, ...], old: Any, new: Any) -> dict[str, str]:
    """`--pair OLD=NEW` options as a mapping, each side checked against the targets (registry
    data) it names: a usage error for a malformed choice or a target not there."""
    from cds_tracker.core.field_types import written_number
    from cds_tracker.registry.matching import check_chosen

    pairs: dict[str, str] = {}
    for choice in chosen:  # read as `printed` reads a number: 'Ｉ．１＝I.1' is 'I.1=I.1'
        old_id, sep, new_id = written_number(choice).partition("=")
        if not sep or not old_id.strip() or not new_id.strip():
            raise UsageError(msg("pair.bad", choice=choice))
        old_id, new_id = old_id.strip(), new_id.strip()
        if pairs.get(old_id, new_id) != new_id:  # two answers for one target: neither wins
            said = f"--pair {old_id}={pairs[old_id]}, --pair {old_id}={new_id}"
            raise UsageError(
                msg("pair.again", choices=said, id=old_id), hint=msg("pair.hint.unknown")
            )
        pairs[old_id] = new_id
    # A carried target is not in the revising plan's table (its number is its origin's): pairing
    # it with a row would give it that row's text under its origin's name, dropping it nothing.
    carried = {str(t["id"]): t["carried_from"] for _, t in _all(old) if t.get("carried_from")}
    for old_id, new_id in pairs.items():
        if old_id in carried:
            raise UsageError(
                msg("pair.carried", choice=f"--pair {old_id}={new_id}", id=old_id,
                    origin=carried[old_id]),
                hint=msg("pair.hint.carried", id=old_id),
            )  # fmt: skip
    wrong = check_chosen(pairs, (str(t["id"]) for _, t in _all(old)), _ids(new))
    if wrong:
        kind, target = wrong[0]
        said = ", ".join(f"--pair {o}={n}" for o, n in pairs.items() if target in (o, n))
        if kind == "twice":
            raise UsageError(
                msg("pair.twice", choices=said, id=target), hint=msg("pair.hint.unknown")
            )
        rows = [i for i in _ids(new) if i.rpartition(".")[2] == target] if kind == "new" else []
        if len(rows) > 1:  # '1' of a table that numbers each group from 1: which group's?
            raise UsageError(
                msg("pair.ambiguous", choice=said, id=target, count=len(rows)),
                hint=msg("pair.hint.ambiguous", id=target, rows=", ".join(rows)),
            )
        raise UsageError(
            msg("pair.unknown", choice=said, side=msg(_SIDES[kind]), id=target),
            hint=msg("pair.hint.unknown"),
        )
    return pairs


def _ids(data: Any) -> list[str]:
    return [str(t["id"]) for _, t in _all(data)]


_REDATED = {"cancelled": "revise_redated_cancelled", "added": "revise_redated_added"}


def _notes(
    revision: Revision, lang: Lang, day: str, found: Found, *, recorded: bool = True
) -> list[str]:
    """What the revision does beside the diff; the revising plan it records only when it is
    `recorded` (written: a refused revision records none). `found`: how this run found its
    registry, so that a command naming the later plan reaches it (app/discovery.other_plan)."""
    unsure = set(revision.uncertain)  # said below, uncertainly: not "the same target"
    lines = [
        label("revise_renumbered", lang, id=kept, number=table)
        for kept, table in revision.renumbered
        if (kept, table) not in unsure
    ]
    lines += [
        label("revise_new_number", lang, id=given, number=table)
        for given, table in revision.added
        if given != table
    ]
    lines += [
        label(
            "revise_carried_cancelled",
            lang,
            id=i,
            copy=copy,
            on=on,
            day=day,
            plan=copy.partition("/")[0],
            option=other_plan(found, copy.partition("/")[0]),
        )
        for i, copy, on in revision.carried_cancelled
    ]
    if revision.carried_kept:
        ids = ", ".join(i for i, _ in revision.carried_kept)
        lines.append(label("revise_carried_kept", lang, count=len(revision.carried_kept), ids=ids))
    lines += [
        label(_REDATED[key], lang, id=target, before=before, day=day)
        for target, key, before in revision.redated
    ]
    if revision.recorded and recorded:
        lines.append(label("revise_recorded", lang, plan=visible_line(revision.recorded)))
    if revision.recorded_blank and recorded:
        lines.append(label("revise_recorded_blank", lang, day=revision.recorded_blank))
    lines += [
        label("revise_fix_kept", lang, place=visible_line(place), id=target,
              column=column, kept=visible_line(kept), text=visible_line(text))
        for target, place, column, text, kept in revision.fix_kept
    ]  # fmt: skip
    lines += [
        label("unread_kept", lang, id=kept, place=visible_line(row.place),
              number=visible_line(row.number))
        for kept, row in revision.kept_unread
    ]  # fmt: skip
    lines += [_unsure(revision, kept, table, lang) for kept, table in revision.uncertain]
    lines += [
        label("revise_stale_indicator", lang, id=target, key=key, text=visible_line(text))
        for target, key, text in revision.stale_indicators
    ]
    return lines


def write(proposal: Proposal, lang_option: str | None) -> str:
    """The revised registry, under the plan's write lock (the one progress writers take), over
    the file only if it is still what was proposed from; never one the table's problems would
    mark (`Proposal.refused`: the plan in use stays usable)."""
    from cds_tracker.app.revise_unread import marks_refused
    from cds_tracker.core.atomic import replace_file
    from cds_tracker.core.files import read_regular
    from cds_tracker.progress.files import progress_dir
    from cds_tracker.progress.writing import progress_lock

    lang = resolve_lang(lang_option)
    shown = visible_line(display_path(proposal.registry))
    if proposal.refused:
        raise marks_refused(shown, proposal.facts.file, proposal.refused, lang)
    folder = progress_dir(proposal.registry)
    try:
        folder.mkdir(exist_ok=True)
        with progress_lock(folder):
            _check_regular(proposal.registry, shown)
            if read_regular(proposal.registry, follow_links=False) != proposal.read:
                raise DataError(msg("revise.changed_since", path=shown))
            replace_file(proposal.registry, proposal.raw)
    except OSError as exc:
        raise DataError(msg("revise.cannot_write", path=shown, reason=os_reason(exc))) from None
    counted = proposal.counts  # as the proposal's first line counted them
    said = label(
        "revise_written",
        lang,
        path=shown,
        updated=counted["changed"],
        added=counted["added"],
        cancelled=counted["cancelled"],
    )
    if proposal.marked:
        said += "\n" + label("import_review", lang, count=proposal.marked)
    return said


def _unsure(revision: Revision, kept: str, table: str, lang: Lang) -> str:
    """A pair made uncertainly: by likeness, or one of a text on several rows (`tied`)."""
    from cds_tracker.output.diff_text import same_text_rows

    tied = revision.tied.get(kept)
    if tied is None:
        return label("revise_uncertain", lang, id=kept, number=table)
    others = same_text_rows(*tied, lang=lang)
    return label("revise_uncertain_same", lang, id=kept, number=table, others=others)
