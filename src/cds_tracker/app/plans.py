"""Commands over several plans: `cds plans` and `--all-plans` (`cds diff`: app/diffing.py)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.app import workspace
from cds_tracker.app.discovery import display_path, find_registry
from cds_tracker.app.opening import as_of_date, open_tracker
from cds_tracker.core.errors import DataError, UsageError, msg
from cds_tracker.core.statuses import STATUSES, in_force, shown_statuses
from cds_tracker.output.sanitize import json_text, visible_line
from cds_tracker.output.words import Lang, label, resolve_lang, say

if TYPE_CHECKING:
    from cds_tracker.output.report import Report


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
    firsts = tuple(error.problems[0] for _, error in left if error.problems)
    error = DataError(msg("plans.left_out", count=len(left), names=names), firsts)
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
