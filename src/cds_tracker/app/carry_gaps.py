"""A report the old plan has and the carried target lacks (attack 9, finding E): said by `cds
validate` at the report's line.

Carry-over copies into the new plan what a unit had reported on a carried target
(app/carry_marks.py `links`). A unit may still record in the old plan work done on or before the
carry day (docs/progress.md: a report is filed under the plan that followed the target on its date);
the new plan never reads the old plan's progress, so the carried target stays "not started" and
the unit is urged for work it reported. Running carry-over again adds what is missing; this
check asks for it, by the very rule carry-over copies by (whatever `links` would copy and the new
plan does not have), so a re-run always silences it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import CdsError, Problem, msg
from cds_tracker.core.records import Registry
from cds_tracker.registry.plan_names import own_name, registry_of

if TYPE_CHECKING:
    from cds_tracker.questions.tracker import Tracker


def missing_copies(
    registry_path: Path, registry: Registry, entries: Sequence[Entry], display: Any
) -> list[Problem]:
    """Each report of a target carried from this plan (a plan of a workspace) dated on or before
    its carry day that carry-over would copy and the new plan does not have."""
    from cds_tracker.app.workspace import PLANS
    from cds_tracker.questions.tracker import Tracker

    if registry_path.absolute().parent.parent.name != PLANS:
        return []
    by_plan: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for _, target in registry.targets():
        if target.carried_to is None or not target.carried_on:
            continue
        plan, _, new_id = str(target.carried_to).partition("/")
        by_plan.setdefault((plan, str(target.carried_on)), []).append((target.id, new_id))
    if not by_plan:
        return []
    source = Tracker.of(registry, entries)
    source_name = own_name(registry_path) or ""  # NFC, as carried_to's are read
    problems: list[Problem] = []
    for (plan, day), pairs in sorted(by_plan.items()):
        for entry, new_id in _lacking(registry_path, source, source_name, plan, day, pairs):
            problems.append(_said(registry_path, entry, new_id, plan, day, source_name, display))
    return problems


def _lacking(
    registry_path: Path,
    source: Tracker,
    source_name: str,
    plan: str,
    day: str,
    pairs: list[tuple[str, str]],
) -> list[tuple[Entry, str]]:
    from cds_tracker.app.carry_marks import known_copies, links
    from cds_tracker.progress.reading import load_progress, progress_files
    from cds_tracker.registry.loading import load_registry

    destination = registry_of(registry_path, plan)
    if destination is None or not destination.is_file():
        return []  # carried_to naming no plan: rules_carried says so
    loaded = load_registry(destination)
    if loaded.registry is None:
        return []  # its own check says why
    try:
        known = load_progress(loaded.registry, progress_files(destination)).entries
    except (CdsError, OSError):  # an unreadable folder: that plan's own check says why
        return []
    known_ids = known_copies(known)
    known_units = {unit.id for unit in loaded.registry.catalog.units}
    last = dt.date.fromisoformat(day)  # reports dated on the carry day or before
    found = links(source, source_name, pairs, last, known_ids, known_units, "")
    origin = {new: old for old, new in pairs}
    return [
        (_origin_entry(source, origin[link.new_id], copied), link.new_id)
        for link in found
        for copied in link.parts
    ]


def _origin_entry(source: Tracker, target_id: str, copied: Entry) -> Entry:
    """The old plan's entry a copy was shaped from (same id)."""
    for entry in source.entries_of(target_id):
        if entry.id == copied.id:
            return entry
    return copied


def _said(
    registry_path: Path,
    entry: Entry,
    new_id: str,
    plan: str,
    day: str,
    source_name: str,
    display: Any,
) -> Problem:
    from cds_tracker.core.dates import format_date
    from cds_tracker.progress.files import progress_file

    path = progress_file(registry_path, entry.unit)
    line, col = _place(path, entry.id)
    shown = display(path) if callable(display) else str(path)
    return Problem(
        str(shown),
        line,
        col,
        msg(
            "carry.copy_missing",
            target=entry.target,
            date=format_date(entry.day),
            plan=plan,
            new=new_id,
            day=format_date(dt.date.fromisoformat(day)),
        ),
        msg("carry.hint.copy_missing", source=source_name, plan=plan),
        entry.target,
    )


def _place(path: Path, entry_id: str) -> tuple[int, int]:
    """1-based line and column of the entry's id in its progress file (1:1 if not found)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return 1, 1
    for number, line in enumerate(text.splitlines(), 1):
        for spelled in (f'"{entry_id}"', f"id: {entry_id}"):
            at = line.find(spelled)
            if at >= 0:
                return number, at + 1 + (spelled.startswith("id: ") * 4)
    return 1, 1
