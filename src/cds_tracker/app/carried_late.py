"""A report on an ongoing target carried away that its new plan takes: said by `cds validate` at
the report's date.

An ongoing target carried 2023 → 2024 on 31/12/2023 is taken by the 2024 plan from 15/12/2023,
the start of its first window (app/origins.py `departures`); `progress add` and a form's import
refuse a report of that span in 2023 (progress/carried_ahead.py). A line already there (written
before carry-over ran, by hand, or merged from another copy) counts in neither plan: 2023 asks
no window it answers, 2024 never reads it, and carry-over copies no ongoing report. `validate`
flags it with the refusal's words and a hint to move it (clerk20 F1).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import Finding, Problem
from cds_tracker.core.records import Registry


def late_reports(
    registry_path: Path, registry: Registry, entries: Sequence[Entry], display: Any
) -> list[Problem]:
    """Each report of this plan on an ongoing target carried away dated on or after the day its
    new plan takes it, up to the carry day (a later one is `carried_away`'s, said by the loader),
    at its `date`, with the plan that takes it."""
    from cds_tracker.app.opening import departures_of

    leaving = departures_of(registry_path, registry)
    if not leaving:
        return []
    from cds_tracker.progress.carried_ahead import carried_ahead

    targets = {t.id: t for _, t in registry.targets() if t.id in leaving}
    by_unit: dict[str, list[tuple[Entry, Any]]] = {}
    for entry in entries:
        if entry.target not in targets:
            continue
        said = carried_ahead(targets[entry.target], entry.date, leaving[entry.target], entry)
        if said is not None:
            by_unit.setdefault(entry.unit, []).append((entry, said))
    problems: list[Problem] = []
    for unit, found in sorted(by_unit.items()):
        problems += said_at_dates(registry_path, unit, found, display)
    return problems


def said_at_dates(
    registry_path: Path, unit: str, found: list[tuple[Entry, Any]], display: Any
) -> tuple[Problem, ...]:
    """The unit's reports, each with its (message, hint) at its `date` in the unit's progress
    file: one home for where validate says a report belongs to another plan (this module's
    ongoing reports, app/carried_early.py's early ones)."""
    from cds_tracker.progress.files import progress_file
    from cds_tracker.progress.reading import read_items
    from cds_tracker.registry.loading import locate
    from cds_tracker.registry.yamlio import decode

    path = progress_file(registry_path, unit)
    text = decode(path.read_bytes())
    items = read_items(text)
    index = {_id(item): i for i, item in enumerate(items or ())}
    findings = []
    for entry, (message, hint) in found:
        at = (index[entry.id], "date") if entry.id in index else ()
        findings.append(Finding(at, message, hint, entry.target))
    shown = display(path) if callable(display) else str(path)
    return locate(findings, text, str(shown))


def _id(item: Any) -> str:
    return str(item.get("id")) if isinstance(item, dict) else str(getattr(item, "id", ""))
