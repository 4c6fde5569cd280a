"""`cds form` and `cds progress import`: the Excel return form out to a unit, and back in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.app.opening import as_of_date
from cds_tracker.core.dates import YearMonth, parse_month
from cds_tracker.core.errors import CdsError, Msg, UsageError, msg
from cds_tracker.output.words import Lang, label, resolve_lang, say

if TYPE_CHECKING:
    from cds_tracker.app.discovery import Found
    from cds_tracker.app.opening import Opened
    from cds_tracker.progress.form_entries import Planned
    from cds_tracker.questions.form_rows import FormRow
    from cds_tracker.questions.tracker import Tracker


def make_forms(
    registry: Path | None,
    unit_query: str | None,
    month_text: str | None,
    as_of_text: str | None,
    out: Path,
    force: bool,
    lang_option: str | None,
) -> str:
    """One form for a unit to FILE.xlsx, or one per unit (of a collective, or all) into a folder."""
    from cds_tracker.app.opening import open_registry
    from cds_tracker.output.destinations import looks_like_file
    from cds_tracker.output.files import write_document, write_documents
    from cds_tracker.output.xlsx_form import form_file_name
    from cds_tracker.questions.form_rows import form_rows, form_units
    from cds_tracker.questions.queries import unit_on

    lang = resolve_lang(lang_option)
    if not out.is_dir() and out.suffix.lower() != ".xlsx" and looks_like_file(out):
        stem = out.with_suffix("")  # phieu.docx: neither a form's name nor a folder's
        raise UsageError(msg("out.form", path=out), hint=msg("out.hint.form", stem=stem))
    as_of = as_of_date(as_of_text)
    month = parse_month(month_text) if month_text is not None else YearMonth.of(as_of)
    opened = open_registry(registry)
    tracker = opened.tracker
    # A merged ward has no form after its merger: the error names the ward it became part of.
    unit_id = unit_on(tracker, unit_query, as_of) if unit_query is not None else None

    form_of = form_maker(opened, month, as_of, lang)

    to_folder = out.is_dir() or out.suffix.lower() != ".xlsx"
    if not to_folder:
        if unit_id is None or tracker.index.units[unit_id].is_collective:
            raise UsageError(msg("form.out_one_unit"), hint=msg("form.hint.one_unit"))
        rows = form_rows(tracker, unit_id, month, as_of)
        name = tracker.index.name(unit_id)
        if not rows:
            return label("form_none", lang, unit=name) + "\n"
        write_document(out, form_of(unit_id, rows), force=force)
        return label("form_made_one", lang, unit=name, rows=len(rows), out=out) + "\n"
    # every form made first, then written as one batch (output/files.py `write_documents`, the
    # rule `remind --out` follows): a name in the way refuses them all before any is written
    made = [
        (form_file_name(member, month), form_of(member, rows))
        for member in form_units(tracker, unit_id, as_of)
        if (rows := form_rows(tracker, member, month, as_of))
    ]
    if not made:  # nothing written, no folder made: said so, as `remind --out` says it (exit 0)
        if unit_id is None:
            return label("form_none_folder", lang, month=month.display(), out=out) + "\n"
        name = tracker.index.name(unit_id)
        said = label("form_none_folder_unit", lang, unit=name, month=month.display(), out=out)
        return said + "\n"
    write_documents(out, made, force=force)
    return label("form_made", lang, count=len(made), out=out) + "\n"


def form_maker(
    opened: Opened, month: YearMonth, as_of: dt.date, lang: Lang = "vi"
) -> Callable[[str, Sequence[FormRow]], bytes]:
    """The one maker of a unit's form from the registry `opened`, for `cds form` and `remind
    --with-form` alike: every form's hidden sheet names the plan it was made for — reference,
    year, the registry file and the plan's folder — whichever command made it. A form sent with
    a letter once had no folder: a hint read from it (a merged ward's row, a form given to
    `cds import`) named no `--plan`, and typed as printed it recorded into the default plan's
    target of the same number (clerk16 F4)."""
    from cds_tracker.app.origins import origins_of
    from cds_tracker.output.xlsx_form import make_form

    tracker, path = opened.tracker, opened.found.path
    origins = origins_of(path, tracker.registry)

    def form_of(member: str, rows: Sequence[FormRow]) -> bytes:
        return make_form(
            tracker,
            member,
            rows,
            month,
            as_of,
            lang=lang,
            registry_name=path.name,
            origins=origins,
            folder=path.parent.name,
        )

    return form_of


def forms_for(
    tracker: Tracker,
    unit_id: str,
    month: YearMonth,
    as_of: dt.date,
    made: dict[str, bytes],
    make: Callable[[str, Sequence[FormRow]], bytes],
) -> list[str]:
    """The return forms that go with one unit's urging note or letter: their file names, each
    made by `make` (`form_maker`).

    A unit urged both by name and through a collective gets one form: `made` (file name →
    workbook) keeps what this run already made, for the caller to write or attach.
    """
    from cds_tracker.output.xlsx_form import form_file_name
    from cds_tracker.questions.form_rows import form_rows, form_units

    names = []
    for member in form_units(tracker, unit_id, as_of):
        rows = form_rows(tracker, member, month, as_of)
        if rows:
            name = form_file_name(member, month)
            if name not in made:
                made[name] = make(member, rows)
            names.append(name)
    return names


def attached_lines(tracker: Tracker, names: list[str]) -> str:
    """What a Markdown note says about the forms beside it."""
    if not names:
        return ""
    listed = "\n".join(f"- {name}" for name in names)
    return "\n" + label("form_attached", "vi") + "\n\n" + listed + "\n"


@dataclass(frozen=True)
class ImportOutcome:
    text: str  # what was (or would be) written, per file
    problems: tuple[str, ...]  # 'file:sheet!cell: message' lines


def import_forms(
    registry: Path | None,
    files: Sequence[Path],
    dry_run: bool,
    unit_query: str | None,
    lang_option: str | None,
) -> ImportOutcome:
    """Each file is read and checked whole; a file with any problem writes nothing. A file
    whose unit's progress file cannot be written (read-only) is such a problem, said when its
    entries are appended: the files before it stay recorded and are said so, the files after it
    are imported (a11-05: only that error was said, the clerk took no file as recorded)."""
    from cds_tracker.app.opening import (
        arrivals_of,
        departures_of,
        earlier_of,
        later_of,
        open_for_writing,
    )
    from cds_tracker.core.files import check_named
    from cds_tracker.progress.files import progress_file
    from cds_tracker.progress.writing import progress_lock
    from cds_tracker.questions.tracker import Tracker

    lang = resolve_lang(lang_option)
    for file in files:  # each a readable regular file, or nothing is done (exit 2)
        check_named(file, hint=folder_hint(file, registry) if file.is_dir() else None)
    found, loaded = open_for_writing(registry)
    # no progress is read: a write needs only the registry (and carried targets' arrivals)
    arrived, earlier = arrivals_of(found.path, loaded), earlier_of(found.path, loaded)
    leaving, later = departures_of(found.path, loaded), later_of(found.path, loaded)
    tracker = Tracker(loaded, arrivals=arrived, earlier=earlier, departures=leaving, later=later)
    expected = tracker.index.find(unit_query).id if unit_query is not None else None
    lines: list[str] = []
    problems: list[str] = []
    folder = progress_file(found.path, "x").parent
    for file in files:
        # What is already written is read under the writers' lock, held until this file's entries
        # are appended: six imports of one form at once write its entries once.
        with progress_lock(folder):
            _import_one(file, found, loaded, tracker, expected, dry_run, lang, lines, problems)
    return ImportOutcome("\n".join(lines) + "\n", tuple(problems))


# more forms than this in a folder: the hint's command names them by a pattern (*.xlsx)
_LISTED = 3


def folder_hint(folder: Path, registry: Path | None) -> Msg:
    """What to type for a folder given to `progress import`, which takes files, several at
    once: the command naming the folder's .xlsx forms (up to `_LISTED`, or any of them an
    Excel lock file "~$…" a pattern would take too), else `FOLDER/*.xlsx`, which the shell
    expands (cmd and PowerShell leave it to cds, which expands it on Windows: click's
    `windows_expand_args`); with this run's --plan or --registry (app/discovery.py `again`).
    None in it: how to name the forms."""
    from cds_tracker.app.discovery import again, find_registry
    from cds_tracker.core.command_words import name_word
    from cds_tracker.core.errors import DataError

    try:
        names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() == ".xlsx")
        forms = [n for n in names if not n.startswith("~$") and (folder / n).is_file()]
    except OSError:  # said by check_named
        forms, names = [], []
    if not forms:
        return msg("import.hint.folder_none")
    try:
        option = again(find_registry(registry))
    except (UsageError, DataError):  # said when the files are right
        option = ""
    words = [name_word(f"{folder.as_posix()}/{n}") for n in forms]
    if len(forms) > _LISTED and len(names) == len(forms):
        words, key = [f"{name_word(folder.as_posix())}/*.xlsx"], "import.hint.folder_all"
    else:
        key = "import.hint.folder_forms"
    command = " ".join(["cds", *([option] if option else []), "progress", "import", *words])
    return msg(key, count=len(forms), command=command)


def _import_one(
    file: Path,
    found: Any,
    loaded: Any,
    tracker: Tracker,
    expected: str | None,
    dry_run: bool,
    lang: Lang,
    lines: list[str],
    problems: list[str],
) -> None:
    from functools import cache

    from cds_tracker.app.discovery import again, display_path, other_plan
    from cds_tracker.app.opening import open_found, unit_entries
    from cds_tracker.app.progress_commands import cited_line
    from cds_tracker.output.sanitize import visible_line
    from cds_tracker.progress.files import HEADER, progress_file
    from cds_tracker.progress.form_import import read_form
    from cds_tracker.progress.writing import append_entry

    shown = visible_line(str(file))  # said on the terminal, on one line
    result = read_form(
        file,
        tracker,
        lambda unit_id: unit_entries(found, loaded, unit_id),
        expected_unit=expected,
        shown=shown,
        today=dt.date.today(),
        lang=lang,
        again=again(found),
        elsewhere=lambda name, year=None: other_plan(found, name, year),
        forms=cache(lambda: open_found(found).tracker),  # read only for a hint: see its doc
    )
    if result.problems:
        problems.extend(result.problems)
        lines.append(label("import_refused", lang, file=shown, count=len(result.problems)))
        return
    planned_rows = [_reopening(found, loaded, p, dry_run, lang) for p in result.planned]
    for planned in planned_rows:
        day = planned.entry.day if planned.entry is not None else dt.date.today()
        cited = cited_line(found.path, loaded, planned.target_id, day, lang)
        lines.append("  " + planned.describe(tracker, lang, cited, with_id=not dry_run))
    lines.extend(f"  {label('note_word', lang)}: {note}" for note in result.notes)
    fresh = [p for p in planned_rows if p.entry is not None]
    if not fresh:
        lines.append(label("import_nothing", lang, file=shown))
    elif dry_run:
        lines.append(label("import_would", lang, file=shown, count=len(fresh)))
    else:
        path = progress_file(found.path, result.unit_id)
        header = HEADER.format(name=tracker.index.name(result.unit_id), unit_id=result.unit_id)
        # shown as the path it is (not resolved), as progress add shows it
        folder = found.path.parent
        shown_path = f"{display_path(folder)}/{path.relative_to(folder).as_posix()}"
        done = 0
        try:
            for planned in fresh:
                assert planned.entry is not None
                append_entry(path, planned.entry, header, display=shown_path, lock_held=True)
                done += 1
        except CdsError as error:  # this file's failure, said beside what the others recorded
            problems.append(f"{shown}: {say(error.message, lang)}")
            left = len(fresh) - done
            said = label("import_unwritten", lang, file=shown, count=left, out=shown_path)
            if done:
                said = label("import_part_written", lang, file=shown, done=done, count=left,
                             out=shown_path)  # fmt: skip
            lines.append(said)
            return
        lines.append(label("import_done", lang, file=shown, count=len(fresh), out=shown_path))


def _reopening(found: Found, loaded: Any, planned: Planned, dry_run: bool, lang: Lang) -> Planned:
    """The row with the warning `progress add` gives when its report lowers a part already
    finished (progress/reopening.py, the one rule), e.g. an heir's "Đang thực hiện" over a
    merged ward's "Hoàn thành"; a dry run says it would (nothing is written)."""
    from dataclasses import replace

    from cds_tracker.app.discovery import again
    from cds_tracker.app.progress_commands import cited_line
    from cds_tracker.progress.reopening import reopened

    e = planned.entry
    if e is None:
        return planned
    cited = cited_line(found.path, loaded, e.target, e.day, lang)
    warning = reopened(found.path, loaded, e, cited, again=again(found))
    if warning is None:
        return planned
    if dry_run:
        warning = warning._replace(key="entry.reopens_dry")
    return replace(planned, warnings=(*planned.warnings, warning))
