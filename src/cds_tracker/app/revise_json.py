"""`cds import NEW.docx --revise --format json`: what a revision changes, for a program.

The keys and the `status` and `code` values are the machine contract (English, stable); the
messages follow --lang. Each target the revision touches is in one list by what happens to it:
`kept` (the same id and cells), `renumbered` (the table prints another number: the id is kept),
`changed` (cells changed, field by field as `cds diff --format json` gives them), `added` (with
the id it is written under), `cancelled` (annulled, never deleted), `restored` (annulled before,
listed again), `redated` (a later `cancelled` or `added` day written before, moved to the
revision's), `carried_kept` (carried from an earlier plan: no table lists them).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from cds_tracker.output.sanitize import json_text
from cds_tracker.output.words import Lang

if TYPE_CHECKING:
    from cds_tracker.registry.importing import CellProblem, Imported
    from cds_tracker.registry.revision import Revision

# "refused": the table's problems would be written as needs_review lines (never written)
Status = Literal["proposed", "written", "unchanged", "refused"]


@dataclass(frozen=True)
class RevisionFacts:
    registry: str  # as shown
    file: str
    before: Any  # the registry's data before and after the revision
    after: Any
    imported: Imported
    day: dt.date  # the day dropped targets are annulled from
    reason: str
    plan_year: int  # the plan revised: a revision dated after its year is said once


def revision_json(
    facts: RevisionFacts, revision: Revision, status: Status, marked: int, lang: Lang
) -> str:
    from cds_tracker.output.diff_json import diff_json
    from cds_tracker.registry.diff import compare
    from cds_tracker.registry.likeness import TooMany
    from cds_tracker.registry.revision import kept_ids

    try:
        compared = compare(facts.before, facts.after, kept_ids(facts.before, facts.after))
    except TooMany as error:
        raise error.located(facts.registry, facts.file) from None
    diff = json.loads(diff_json(compared, facts.registry, facts.file))
    renumbered = {kept for kept, _ in revision.renumbered}
    touched = {*revision.updated, *renumbered, *revision.restored}
    contents = {str(t["id"]): str(t.get("content", "")) for t in _targets(facts.after)}
    data = {
        "registry": facts.registry,
        "file": facts.file,
        "status": status,
        "kept": [i for i in revision.paired if i not in touched],
        "renumbered": [{"id": kept, "table": table} for kept, table in revision.renumbered],
        "changed": [c for c in diff["changed"] if c["fields"]],  # renumbered: listed above
        "added": [
            {"id": given, "table": table, "content": contents.get(given, "")}
            for given, table in revision.added
        ],
        "cancelled": [
            {"id": i, "date": facts.day.strftime("%d/%m/%Y"), "reason": facts.reason}
            for i in revision.cancelled
        ],
        "restored": list(revision.restored),
        "redated": [
            _redated(target, key, before, facts.day) for target, key, before in revision.redated
        ],
        "carried_kept": [{"id": i, "carried_from": o} for i, o in revision.carried_kept],
        "indicators_to_review": [
            {"id": i, "key": key, "text": text} for i, key, text in revision.stale_indicators
        ],
        "uncertain": [{"id": kept, "table": table} for kept, table in revision.uncertain],
        "groups": diff["groups"],
        "document": diff["document"],
        "problems": [
            _problem(facts, p, lang, hint=True, written=status != "refused")
            for p in facts.imported.problems
        ],
        "notes": [_problem(facts, n, lang, hint=False) for n in facts.imported.notes],
        "needs_review": marked,
        "after_plan_year": _after_plan_year(facts, lang),
    }
    return json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def next_year_note(day: dt.date, plan_year: int, lang: Lang) -> str | None:
    """A revision dated in the next year (Kế hoạch số 3/KH-BCĐ ngày 15/01/2025 revising the 2024
    plan) is said once, never as each target's deadline: "Lưu ý: bản điều chỉnh có hiệu lực từ
    15/01/2025, sau năm của kế hoạch (2024): …"; None for a revision of the plan's own year. The
    text form prints it (app/revising.py), `--format json` gives it as `after_plan_year`."""
    from cds_tracker.output.words import label

    if day.year <= plan_year:
        return None
    return label("revise_next_year", lang, day=day.strftime("%d/%m/%Y"), year=plan_year)


def _after_plan_year(facts: RevisionFacts, lang: Lang) -> dict[str, Any] | None:
    note = next_year_note(facts.day, facts.plan_year, lang)
    if note is None:
        return None
    return {"date": facts.day.strftime("%d/%m/%Y"), "plan_year": facts.plan_year, "message": note}


def _redated(target: str, key: str, before: str, day: dt.date) -> dict[str, str]:
    """A day moved to the revision's (the text form's "I.2: ngày bãi bỏ 31/12/2025 (ghi trước
    đây) sửa thành 20/03/2024"): `field` is `cancelled` or `added`, days as `cancelled` gives
    them (dd/mm/yyyy)."""
    from cds_tracker.core.dates import try_parse_date

    was = try_parse_date(before)
    shown = was.strftime("%d/%m/%Y") if was is not None else before
    return {"id": target, "field": key, "before": shown, "date": day.strftime("%d/%m/%Y")}


def _targets(data: Any) -> list[Any]:
    return [t for g in data.get("groups") or () for t in g.get("targets") or ()]


def _problem(
    facts: RevisionFacts, item: CellProblem, lang: Lang, *, hint: bool, written: bool = True
) -> dict[str, Any]:
    """A cell the table's reading stumbled on: where (as the text form says it), its catalogue
    key as `code`, the words in the reader's language; its hint, when the revision is refused
    (not `written`), without what a `needs_review` line would keep."""
    from cds_tracker.app.import_problems import hint_text, position, problem_values, problem_words

    sheets = facts.imported.sheets
    values = problem_values(item, sheets, lang)
    said: dict[str, Any] = {
        "place": position(item, sheets),
        "target": item.target,
        "code": item.key,
        "message": problem_words(item, values, lang),
    }
    if hint:  # as the text form says it: the name it is near first
        said["hint"] = hint_text(item.key, values, lang, written=written)
    return said
