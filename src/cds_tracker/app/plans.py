"""Commands over several plans: `cds plans`, `--all-plans`, and `cds diff OLD NEW`."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.app import workspace
from cds_tracker.app.discovery import display_path, find_registry
from cds_tracker.app.opening import as_of_date, open_tracker
from cds_tracker.core.errors import DataError, UsageError, msg, os_reason
from cds_tracker.core.statuses import STATUSES, in_force, shown_statuses
from cds_tracker.core.tuples import Record
from cds_tracker.output.sanitize import json_text, visible_line
from cds_tracker.output.words import Lang, label, resolve_lang, say

if TYPE_CHECKING:
    from cds_tracker.app.diff_checks import Checked
    from cds_tracker.output.report import Report
    from cds_tracker.registry.unread_rows import Unread

    Unreadable = tuple[list[Unread], dict[tuple[str, str], tuple[str, str]]]


@dataclass(frozen=True)
class Answer:
    """What a command over several plans prints (`text`), and, when a plan's data is invalid,
    the error to end with (exit 1) once the other plans have answered."""

    text: str
    left_out: DataError | None = None


def plans(as_of_text: str | None, fmt: str, lang_option: str | None) -> Answer:
    """Each plan of the workspace with its targets counted by status as of the day. A plan
    whose data is invalid is listed too, with its first problem; the listing then ends in an
    error (exit 1) that says how to see them all."""
    from cds_tracker.output.emit import render

    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    found = workspace.all_plans()
    current = find_registry().path.resolve()
    records: list[dict[str, Any]] = []
    left: list[tuple[workspace.Plan, DataError]] = []
    ended: list[str] = []  # plans whose year is over, with a last window not fully reported
    for plan in found:
        record: dict[str, Any] = {"plan": plan.name, "in_use": plan.registry.resolve() == current}
        try:
            tracker = open_tracker(plan.registry)
        except DataError as error:  # listed all the same: the others stay in view
            left.append((plan, error))
            record.update(dict.fromkeys(("year", "targets", *STATUSES)))
            record.update(registry=display_path(plan.registry), problem=_first_problem(error, lang))
            records.append(record)
            continue
        rows = tracker.rows(as_of)
        counts = Counter(row.status.code for row in rows)
        if any(r.ended is not None and r.status.code == "unreported" for r in rows):
            ended.append(plan.name)  # counted `unreported`: said of its last window, under
        record.update(
            year=tracker.registry.document.year,
            targets=sum(in_force(counts).values()),  # an annulled one: in its column
            **{status: counts.get(status, 0) for status in STATUSES},
            registry=display_path(plan.registry),
            problem=None,
        )
        records.append(record)
    report = _plans_report(found, records, dict(left), lang, ended)
    text = render(report, "json" if fmt == "json" else "table")
    return Answer(text, _left_out(left, lang))


def _plans_report(
    found: list[workspace.Plan],
    records: list[dict[str, Any]],
    invalid: dict[workspace.Plan, DataError],
    lang: Lang,
    ended: Sequence[str] = (),
) -> Report:
    """One column per plan and one row per count, as a clerk's summary sheet: a plan adds a
    narrow column, so a few plans fit 80 columns, piped too, one count a line. Each plan's
    registry, and an invalid plan's first problem, are lines under the table."""
    from cds_tracker.core.statuses import NOT_IN_FORCE
    from cds_tracker.output.report import Column, Line, Report, Table

    names = [r["plan"] + (" *" if r["in_use"] else "") for r in records]
    columns = (
        Column("what", "Kế hoạch", "Plan", ratio=3),
        *(Column(str(i), visible_line(n), visible_line(n), ratio=1) for i, n in enumerate(names)),
    )
    heads = {
        "year": Column("year", "Năm", "Year"),
        "targets": Column("targets", "Chỉ tiêu", "Targets"),
    }
    # The one rule of totals (core/statuses.py): the status rows add up to "Chỉ tiêu", carried
    # targets included; annulled ones are counted apart, on the last row, named so.
    shown = shown_statuses(records)
    apart = tuple(s for s in shown if s in NOT_IN_FORCE)
    words = {s: label("plans_apart", lang, status=label(s, lang)) for s in apart}
    rows = tuple(
        {"what": heads[key].header(lang) if key in heads else words.get(key) or label(key, lang)}
        | {str(i): "–" if r[key] is None else str(r[key]) for i, r in enumerate(records)}
        for key in ("year", "targets", *(s for s in shown if s not in apart), *apart)
    )
    lines = [Line(label("plans_note", lang))]
    if any(r.get("carried_over") for r in records):
        lines.append(Line(label("plans_carried_counted", lang)))
    if ended:  # one row for every plan: the words of `unreported` are of the current window
        lines.append(Line(label("plans_unreported_last", lang, plans=", ".join(ended))))
    lines.append(Line(label("plans_registries", lang)))
    for plan, record in zip(found, records, strict=True):
        lines.append(Line(f"  {visible_line(plan.name)}: {record['registry']}"))
    for plan, error in invalid.items():
        said = label(
            "plans_invalid_row",
            lang,
            problem=_first_problem(error, lang),
            command=_validate_command(plan),
        )
        lines.append(Line(f"{visible_line(plan.name)}: {said}"))
    table = Table(columns, rows, lang, title=label("plans_title", lang), compact=True)
    return Report((table, *lines), data=records)


def _first_problem(error: DataError, lang: Lang) -> str:
    """`file:line:col: message` of the first problem (else the error itself), on one line."""
    if not error.problems:
        return visible_line(say(error.message, lang))
    first = error.problems[0]
    return visible_line(f"{first.file}:{first.line}:{first.col}: {say(first.message, lang)}")


def _validate_command(plan: workspace.Plan) -> str:
    folder = display_path(plan.registry.parent)
    return f'cds validate "{folder}"' if " " in folder else f"cds validate {folder}"


def _left_out(left: list[tuple[workspace.Plan, DataError]], lang: Lang) -> DataError | None:
    """One error naming every plan left out, with each one's first problem, and how to see all."""
    if not left:
        return None
    names = ", ".join(visible_line(plan.name) for plan, _ in left)
    key = "plans.left_out_one" if len(left) == 1 else "plans.left_out_many"
    firsts = tuple(error.problems[0] for _, error in left if error.problems)
    error = DataError(msg(key, count=len(left), names=names), firsts)
    error.hint = msg(
        "plans.hint.validate", commands="; ".join(_validate_command(p) for p, _ in left)
    )
    return error


def across_plans(
    answer: Callable[[Path], Report],
    fmt: str,
    lang_option: str | None,
    *,
    excel: bool = False,
) -> Answer:
    """One command answered by every plan, each answer under the plan's name (and, on a screen,
    over the line naming its registry); JSON is one list of `{plan, rows}` and CSV one table
    with a `plan` column first (for Excel too, headed in words). A plan whose catalog lacks the
    unit says so; when no plan can answer, that is the error. A plan whose data is invalid is
    left out, said in its place, and the answer ends in an error (exit 1)."""
    from cds_tracker.output.emit import render

    lang = resolve_lang(lang_option)
    parts: list[str] = []
    answers: list[dict[str, Any]] = []
    sheet = _Sheet(lang, excel)
    refused: list[UsageError] = []
    left: list[tuple[workspace.Plan, DataError]] = []
    found = workspace.all_plans(option="--all-plans")
    for plan in found:
        heading = label("plan_heading", lang, name=visible_line(plan.name))  # a folder's name
        between = "\n" if parts and fmt == "table" else ""  # after the plan before's footer
        parts.append(f"## {heading}\n\n" if fmt == "markdown" else f"{between}{heading}\n")
        try:
            report = answer(plan.registry)
        except UsageError as error:  # e.g. a unit the older plan's catalog does not know
            refused.append(error)
            said = say(error.message, lang)
            answers.append({"plan": plan.name, "error": said})
            parts.append(f"({visible_line(said)})\n")
            continue
        except DataError as error:  # this plan's files are invalid: the others still answer
            left.append((plan, error))
            said, first = say(error.message, lang), _first_problem(error, lang)
            answers.append({"plan": plan.name, "error": said, "problem": first})
            note = label("plan_left_out", lang, problem=first, command=_validate_command(plan))
            parts.append(_fitted(note, fmt) + "\n")
            continue
        if fmt == "json":
            answers.append({"plan": plan.name, "rows": report.data})
        elif fmt == "csv":
            sheet.add(plan.name, report)
        else:
            text = render(report, fmt)
            parts.append(text if text.endswith("\n") else text + "\n")
            if fmt == "table":
                parts.append(_registry_line(plan.registry, lang) + "\n")
    if refused and len(refused) == len(found):
        raise refused[0]
    if fmt == "json":
        text = json_text(json.dumps(answers, ensure_ascii=False, indent=2)) + "\n"
    elif fmt == "csv":
        text = sheet.text()
    else:
        text = "".join(parts)
    return Answer(text, _left_out(left, lang))


def _fitted(text: str, fmt: str) -> str:
    """A note as wide as the screen's tables (Markdown keeps its lines whole)."""
    if fmt != "table":
        return visible_line(text)
    import shutil

    from cds_tracker.output.screen import wrap

    width = max(40, shutil.get_terminal_size((80, 24)).columns)
    return "\n".join(wrap(visible_line(text), width))


def _registry_line(registry: Path, lang: Lang) -> str:
    """The footer a single plan's table ends with (`Sổ đăng ký: …`), for each plan in turn; a
    long path folds after one of its separators."""
    import shutil

    from cds_tracker.output.screen import wrap

    line = say(msg("open.registry_line", path=display_path(registry)), lang)
    width = shutil.get_terminal_size((80, 24)).columns
    return "\n" + "\n".join(wrap(line, width, breaks="/\\") if width > 20 else [line])


class _Sheet:
    """The CSV of every plan's rows under one header, the plan's name first: the machine's
    columns, or for Excel the same columns in words (the one CSV writer: cells never start a
    formula, a plan's name included)."""

    def __init__(self, lang: Lang, excel: bool) -> None:
        self.lang, self.excel = lang, excel
        self.columns: tuple[str, ...] = ()
        self.headers: list[str] = []
        self.rows: list[dict[str, Any]] = []

    def add(self, name: str, report: Report) -> None:
        if report.csv_columns is None:
            command = report.command
            raise UsageError(msg("emit.no_csv", command=command), hint=msg("emit.hint.json"))
        self.columns = ("plan", *report.csv_columns)
        if self.excel and report.excel is not None:
            headers, rows = report.excel()
            self.headers = [label("csv.plan", self.lang), *headers]
        else:
            rows = list(report.data)
        self.rows += [{"plan": name, **row} for row in rows]

    def text(self) -> str:
        from cds_tracker.output.emit import to_csv

        if not self.columns:
            return ""
        return to_csv(self.rows, self.columns, excel=self.excel, headers=self.headers)


class Compared(Record):
    """`cds diff`'s answer: the diff, the lines to say before it (stderr: the problems of a
    side `cds validate` refuses, and those an import marked), and the sides found invalid (the
    command then fails, exit 1, after printing the diff: app/diff_checks.py)."""

    text: str
    warnings: list[str]
    invalid: list[str]


def diff(
    old_arg: str,
    new_arg: str,
    registry: Path | None,
    fmt: str,
    lang_option: str | None,
    chosen: tuple[str, ...] = (),
) -> Compared:
    from cds_tracker.app.revising import chosen_pairs
    from cds_tracker.output.diff_json import diff_json
    from cds_tracker.output.diff_text import diff_text
    from cds_tracker.registry.diff import compare

    lang = resolve_lang(lang_option)
    old, old_shown, old_check, _unread = _side(old_arg, new_arg, registry)
    new, new_shown, new_check, (unread, cells) = _side(new_arg, old_arg, registry)
    if _table(old_arg) != _table(new_arg):  # like with like: see `_table`
        table, plan = (old, new) if _table(old_arg) else (new, old)
        table["catalog"] = plan.get("catalog")
    from cds_tracker.registry.likeness import TooMany

    pairs = chosen_pairs(chosen, old, new)  # `--pair`, as `import --revise` takes it
    try:
        revision = _revision(old, new, new_arg)
        result = compare(
            old,
            new,
            pairs,
            revision=revision,
            unread=unread if revision else (),
            unread_cells=cells if revision and not _table(old_arg) else {},  # fixes: a registry's
        )
    except TooMany as error:  # too many targets to pair: refused, named by both sides
        raise error.located(old_shown, new_shown) from None
    except (AttributeError, TypeError, KeyError):  # a file that only looks like a registry
        raise UsageError(
            msg("diff.not_well_formed", old=old_arg, new=new_arg), hint=msg("diff.hint.validate")
        ) from None
    if result.revising:  # annulled as `import --revise` annuls them, by the same words
        reason = label("revise_reason", "vi", source=result.revising)
        result.cancelled = [
            c if c.already or c.reason else dataclasses.replace(c, reason=reason)
            for c in result.cancelled
        ]
    from cds_tracker.app.diff_checks import warnings

    result.carried_cited = _cite_carried(result, new_arg, old_arg)
    text = (
        diff_json(result, old_shown, new_shown)
        if fmt == "json"
        else diff_text(result, old_shown, new_shown, lang)
    )
    sides = [old_check(lang), new_check(lang)]  # after the compare: a refused pairing says alone
    return Compared(text, warnings(sides, lang), [s.shown for s in sides if s.refused])


def _cite_carried(result: Any, *args: str) -> dict[str, str]:
    """Each carried target's origin ('2024/I.2') as the documents cite it ('I.1 (2024)',
    output/carried.py `cited_from`), read from the workspace either side is a plan of; none
    where neither is (the id is shown then)."""
    found = [
        origin for _, origin in (*result.carried_kept, *result.carried_in, *result.carried_old)
    ]
    if not found:
        return {}
    from cds_tracker.app.origins import origins_named
    from cds_tracker.output.carried import cited_from
    from cds_tracker.registry.unit_changes import PLANS, REGISTRY_NAME

    names = sorted({origin.partition("/")[0] for origin in found})
    for arg in args:
        path = _registry_path(arg)
        if path is not None and path.name == REGISTRY_NAME and path.parent.parent.name == PLANS:
            origins = origins_named(path.parent.parent, names)
            return {origin: cited_from(origin, origins) for origin in found}
    return {}


def _revision(old: dict[str, Any], new: dict[str, Any], new_arg: str) -> bool:
    """Whether NEW is a revised table of the plan OLD (a table of the same year, or stating
    none, as `import --revise` takes it, or one whose heading names OLD's plan as the plan it
    revises): its targets are then named as the revision would file them. A table of another
    year is another plan, whose import names them as printed."""
    from cds_tracker.registry.importing.heading import revised_plan

    if not _table(new_arg):
        return False
    years = [(side.get("document") or {}).get("year") for side in (old, new)]
    if not years[1] or str(years[0]) == str(years[1]):
        return True
    plan = (old.get("document") or {}).get("plan") or {}
    revises = revised_plan(str(((new.get("document") or {}).get("plan") or {}).get("reference")))
    named = f"số {plan.get('number', '')}/{plan.get('symbol', '')}" if plan.get("symbol") else ""
    return bool(named) and named in revises


def _table(arg: str) -> bool:
    """Whether `arg` is a Word/Excel appendix. A table has no unit catalogue of its own: it is
    read against the other side's, as loaded (with the workspace's unit changes file merged in).
    Against a registry file, which keeps its catalogue as written, it takes that catalogue, so
    the workspace's unit changes are no difference between the two (both tables: the same)."""
    return Path(arg).suffix.lower() in _TABLES and Path(arg).is_file()


_TABLES = (".docx", ".docm", ".xlsx", ".xlsm")


def _side(
    arg: str, other: str, registry: Path | None
) -> tuple[dict[str, Any], str, Callable[[Lang], Checked], Unreadable]:
    """A registry's data from a .yaml path, a folder, a plan name, or a .docx/.xlsx appendix
    (read with the catalog of the other side when that is a registry, else the one in use),
    as shown, and how to check it as `cds validate` would (app/diff_checks.py)."""
    from cds_tracker.app.diff_checks import registry_problems, registry_side, table_side

    path = _registry_path(arg)
    if path is not None and path.suffix.lower() in _TABLES:
        from cds_tracker.app.importing import base_registry, read_appendix

        other_path = _registry_path(other)
        use = other_path if other_path and other_path.suffix.lower() in (".yaml", ".yml") else None
        try:
            base, _ = base_registry(use or registry)
        except DataError:  # the other side is invalid (said with it): the registry in use reads
            if use is None:  # the table's names, else the other side's problems stop the diff
                raise
            base, _ = base_registry(registry)
        imported = read_appendix(path, base, resolve_lang(None))
        shown = display_path(path)
        from cds_tracker.app.revise_unread import table_unread, unread_cells

        seen = visible_line(shown)  # its rows and cells the importer could not read
        unread = (table_unread(imported, seen), unread_cells(imported, seen))
        return imported.data, shown, lambda lang: table_side(imported, shown, lang), unread
    if path is None and Path(arg).is_dir():  # a folder, but no registry in it
        folder = arg.rstrip("/\\") or arg
        raise UsageError(
            msg("diff.no_registry_in", arg=folder), hint=msg("diff.hint.no_registry_in", arg=folder)
        )
    if path is None:
        raise UsageError(msg("diff.no_such_side", arg=arg), hint=msg("diff.hint.sides"))
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    try:
        from cds_tracker.core.files import read_regular

        raw = read_regular(path)  # non-blocking: a pipe put there never waits
        data = parse(decode(raw))
    except YamlFault as fault:  # invalid data, located as `validate` says it (exit 1)
        from cds_tracker.app.opening import invalid
        from cds_tracker.registry.loading import fault_problem

        shown = display_path(path)
        raise invalid(shown, (fault_problem(fault, raw, shown),)) from None
    except OSError as error:
        reason = os_reason(error)
        raise UsageError(
            msg("diff.cannot_read", arg=arg, reason=reason), hint=msg("diff.hint.one")
        ) from None
    shown = display_path(path)
    # before any shape is trusted: a top level that is no mapping, a key missing, … is refused
    # as `validate` locates it, exit 1 (a13_05: it was "không phải là sổ đăng ký", exit 2)
    found = registry_problems(raw, path, shown)
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise UsageError(msg("diff.not_registry", arg=arg), hint=msg("diff.hint.one"))
    return data, shown, lambda lang: registry_side(found, shown, data, lang), ([], {})


def _registry_path(arg: str) -> Path | None:
    """The registry `arg` names: a file, a folder holding one, or a plan's name. Something else
    at that path (a pipe, a device, a file that may not be read) is said as what it is."""
    from cds_tracker.core.files import check_named

    path = Path(arg)
    if path.is_dir() and (path / workspace.REGISTRY_NAME).is_file():
        return path / workspace.REGISTRY_NAME
    if (path.is_symlink() or path.exists()) and not path.is_dir():
        check_named(path, hint=msg("diff.hint.sides"))  # exit 2 unless a readable file
        return path
    folder = workspace.find_workspace()
    if folder is not None:
        plan = workspace.named(workspace.plans_in(folder), arg)  # as --plan names it
        return plan.registry if plan is not None else None
    return None
