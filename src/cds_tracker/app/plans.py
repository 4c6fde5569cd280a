"""Commands over several plans: `cds plans`, `--all-plans`, and `cds diff OLD NEW`."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cds_tracker.app import workspace
from cds_tracker.app.discovery import display_path, find_registry
from cds_tracker.app.opening import as_of_date, open_tracker
from cds_tracker.core.errors import UsageError, msg, os_reason
from cds_tracker.core.statuses import STATUSES, shown_statuses
from cds_tracker.output.sanitize import json_text, visible_line
from cds_tracker.output.words import label, resolve_lang, say


def plans(as_of_text: str | None, fmt: str, lang_option: str | None) -> str:
    """Each plan of the workspace with its targets counted by status as of the day."""
    from cds_tracker.output.emit import render
    from cds_tracker.output.report import Column, Line, Report, Table

    lang = resolve_lang(lang_option)
    as_of = as_of_date(as_of_text)
    found = workspace.all_plans()
    current = find_registry().path.resolve()
    records: list[dict[str, Any]] = []
    for plan in found:
        tracker = open_tracker(plan.registry)
        counts = Counter(row.status.code for row in tracker.rows(as_of))
        records.append(
            {
                "plan": plan.name,
                "in_use": plan.registry.resolve() == current,
                "year": tracker.registry.document.year,
                "targets": sum(counts.values()),
                **{status: counts.get(status, 0) for status in STATUSES},
                "registry": display_path(plan.registry),
            }
        )
    columns = (
        Column("plan", "Kế hoạch", "Plan", no_wrap=True),
        Column("year", "Năm", "Year", no_wrap=True),
        Column("targets", "Chỉ tiêu", "Targets", no_wrap=True),
        *(Column(s, label(s, "vi"), label(s, "en"), ratio=1) for s in shown_statuses(records)),
        Column("registry", "Sổ đăng ký", "Registry", ratio=2),
    )
    rows = tuple(
        {**{k: str(v) for k, v in r.items()}, "plan": r["plan"] + (" *" if r["in_use"] else "")}
        for r in records
    )
    table = Table(columns, rows, lang, title=label("plans_title", lang))
    report = Report((table, Line(label("plans_note", lang))), data=records)
    return render(report, "json" if fmt == "json" else "table")


def across_plans(run: Callable[[Path], str], fmt: str, lang_option: str | None) -> str:
    """One command run on every plan (`run` gives its answer as text in `fmt`), each answer
    under the plan's name; JSON is one document and CSV one table with a `plan` column. A plan
    whose catalog lacks the unit says so; when no plan can answer, that is the error."""
    lang = resolve_lang(lang_option)
    parts: list[str] = []
    answers: list[dict[str, Any]] = []
    refused: list[UsageError] = []
    found = workspace.all_plans()
    for plan in found:
        heading = label("plan_heading", lang, name=visible_line(plan.name))  # a folder's name
        if fmt == "table":
            parts.append(f"{heading}\n")
        elif fmt == "markdown":
            parts.append(f"## {heading}\n\n")
        try:
            text = run(plan.registry)
        except UsageError as error:  # e.g. a unit the older plan's catalog does not know
            refused.append(error)
            said = say(error.message, lang)
            answers.append({"plan": plan.name, "error": said})
            if fmt in ("table", "markdown"):
                parts.append(f"({visible_line(said)})\n")
            continue
        if fmt == "json":
            answers.append({"plan": plan.name, "rows": json.loads(text or "null")})
        elif fmt == "csv":
            parts.append(_with_plan_column(text, plan.name, first=not parts))
        else:
            parts.append(text if text.endswith("\n") else text + "\n")
    if refused and len(refused) == len(found):
        raise refused[0]
    if fmt == "json":
        return json_text(json.dumps(answers, ensure_ascii=False, indent=2)) + "\n"
    return "".join(parts)


def _with_plan_column(text: str, name: str, *, first: bool) -> str:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if first:
        writer.writerow(["plan", *rows[0]])
    writer.writerows([name, *row] for row in rows[1:])
    return out.getvalue()


def diff(
    old_arg: str, new_arg: str, registry: Path | None, fmt: str, lang_option: str | None
) -> str:
    from cds_tracker.output.diff_text import diff_json, diff_text
    from cds_tracker.registry.diff import compare

    lang = resolve_lang(lang_option)
    old, old_shown = _side(old_arg, new_arg, registry)
    new, new_shown = _side(new_arg, old_arg, registry)
    try:
        result = compare(old, new)
    except (AttributeError, TypeError, KeyError):  # a file that only looks like a registry
        raise UsageError(
            msg("diff.not_well_formed", old=old_arg, new=new_arg), hint=msg("diff.hint.validate")
        ) from None
    if fmt == "json":
        return diff_json(result, old_shown, new_shown)
    return diff_text(result, old_shown, new_shown, lang)


def _side(arg: str, other: str, registry: Path | None) -> tuple[dict[str, Any], str]:
    """A registry's data from a .yaml path, a folder, a plan name, or a .docx/.xlsx appendix
    (read with the catalog of the other side when that is a registry, else the one in use)."""
    path = _registry_path(arg)
    if path is not None and path.suffix.lower() in (".docx", ".xlsx", ".xlsm"):
        from cds_tracker.app.importing import base_registry, read_appendix

        other_path = _registry_path(other)
        use = other_path if other_path and other_path.suffix.lower() in (".yaml", ".yml") else None
        base, _ = base_registry(use or registry)
        return read_appendix(path, base, resolve_lang(None)).data, display_path(path)
    if path is None:
        raise UsageError(msg("diff.no_such_side", arg=arg), hint=msg("diff.hint.sides"))
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    try:
        data = parse(decode(path.read_bytes()))
    except YamlFault as fault:
        reason = fault.where.message
        raise UsageError(
            msg("diff.cannot_read", arg=arg, reason=reason), hint=msg("diff.hint.one")
        ) from None
    except OSError as error:
        reason = os_reason(error)
        raise UsageError(
            msg("diff.cannot_read", arg=arg, reason=reason), hint=msg("diff.hint.one")
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise UsageError(msg("diff.not_registry", arg=arg), hint=msg("diff.hint.one"))
    return data, display_path(path)


def _registry_path(arg: str) -> Path | None:
    path = Path(arg)
    if path.is_dir() and (path / workspace.REGISTRY_NAME).is_file():
        return path / workspace.REGISTRY_NAME
    if path.is_file():
        return path
    folder = workspace.find_workspace()
    if folder is not None:
        for plan in workspace.plans_in(folder):
            if plan.name == arg:
                return plan.registry
    return None
