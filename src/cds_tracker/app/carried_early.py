"""A report on a carried target dated before its new plan takes it: said by `cds validate` at
the report's date.

A target carried into this plan (`carried_from: 2023/I.1`) is followed here from its arrival,
the day after its carry day (an ongoing one from the start of the window its arrival falls in,
or the plan's start when that is earlier):
progress/carried_away.py `taken_from`, the rule `progress add` refuses an earlier report by
(exit 2, naming the plan that takes it). A line written by hand or merged from another copy
escapes that refusal: the new plan counts a report the old plan follows the target for, and the
old plan never sees it. `validate` flags it with the same words, and a hint to move it.

Carry-over's own copies are not such reports: it copies each unit's last report on or before the
carry day into the new plan, keeping the report's id (app/carry_marks.py `links`), so a line
whose id the old plan's progress has for the target it came from is one of them. The old plan's
progress is read only when some report may be early: on an ongoing target, before the plan's
start; on a dated one, before the day after the plan's year (its arrival can be no later).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import CdsError, Problem
from cds_tracker.core.records import Registry

if TYPE_CHECKING:
    from cds_tracker.progress.carried_away import Hop


def early_reports(
    registry_path: Path, registry: Registry, entries: Sequence[Entry], display: Any
) -> list[Problem]:
    """Each report of this plan on a target carried into it dated before the plan takes the
    target (and not a copy carry-over made), at its `date`, with the plan that takes it."""
    from cds_tracker.progress.carried_away import reported_by, taken_from
    from cds_tracker.questions.periods import plan_start

    carried = {t.id: t for _, t in registry.targets() if t.carried_from and not t.added}
    if not carried:
        return []
    year = registry.document.year
    start = plan_start(year, registry.document.plan.date)
    # the latest day `taken_from` can be: an ongoing target's, the plan's start; a dated one's,
    # its arrival, at most the day after the new plan's year (app/carry_day.py's window)
    latest = {True: start.isoformat(), False: dt.date(year + 1, 1, 1).isoformat()}
    early = [
        e
        for e in entries
        if e.target in carried and e.date < latest[carried[e.target].deadline.ongoing]
    ]
    if not early:
        return []
    from cds_tracker.app.origins import arrivals

    arrived = arrivals(registry_path, registry)
    early = [
        e
        for e in early
        if e.target in arrived
        and e.day < taken_from(start, arrived[e.target], reported_by(carried[e.target]))
    ]
    copies = _copied_ids(registry_path, {str(carried[e.target].carried_from) for e in early})
    by_unit: dict[str, list[Entry]] = {}
    for entry in early:
        if entry.id not in copies:
            by_unit.setdefault(entry.unit, []).append(entry)
    from cds_tracker.app.origins import earlier_plans

    earlier = earlier_plans(registry_path, registry)
    problems: list[Problem] = []
    taken = {
        i: taken_from(start, day, reported_by(carried[i]))
        for i, day in arrived.items()
        if i in carried
    }
    for unit, found in sorted(by_unit.items()):
        days = (arrived, taken)
        problems += _said(registry_path, unit, found, carried, days, earlier, display)
    return problems


def _copied_ids(registry_path: Path, origins: set[str]) -> set[str]:
    """The ids of the reports the plans targets came from have on them ("2023/I.1": plan 2023's
    reports on I.1): carry-over's copies keep them. A plan that cannot be read gives none (its
    own check, or `carried_from`'s, says why)."""
    from cds_tracker.progress.reading import load_progress, progress_files
    from cds_tracker.registry.loading import load_registry
    from cds_tracker.registry.plan_names import registry_of

    wanted: dict[str, set[str]] = {}
    for origin in origins:
        plan, _, origin_id = origin.partition("/")
        wanted.setdefault(plan, set()).add(origin_id)
    found: set[str] = set()
    for plan, ids in sorted(wanted.items()):
        source = registry_of(registry_path, plan)  # its folder in NFC (registry/plan_names.py)
        if source is None or not source.is_file():
            continue
        loaded = load_registry(source)
        if loaded.registry is None:
            continue
        try:
            entries = load_progress(loaded.registry, progress_files(source)).entries
        except (CdsError, OSError):
            continue
        found |= {e.id for e in entries if e.target in ids}
    return found


def _said(
    registry_path: Path,
    unit: str,
    entries: list[Entry],
    carried: dict[str, Any],
    days: tuple[dict[str, str], dict[str, dt.date]],
    earlier: dict[str, tuple[Hop, ...]],
    display: Any,
) -> tuple[Problem, ...]:
    """The unit's early reports, each at its `date` in the unit's progress file. `days`: each
    target's arrival (yyyy-mm-dd) and the first day this plan takes its reports; `earlier`: the
    plans a target carried twice was in before (app/origins.py `earlier_plans`), so that a
    report dated before both carries names the plan that held it then, as `progress add` does
    (2025's I.8 from 2024/I.6, itself 2023/I.3: a report of 20/12/2023 is 2023's; fix13b)."""
    from cds_tracker.app.carried_late import said_at_dates
    from cds_tracker.progress.carried_away import carried_in

    found = []
    for entry in entries:
        target = carried[entry.target]
        arrived, taken = days[0][entry.target], days[1][entry.target]
        said = carried_in(
            target,
            entry.date,
            arrived,
            written=(taken, entry),
            earlier=earlier.get(entry.target, ()),
        )
        found.append((entry, said))
    return said_at_dates(registry_path, unit, found, display)
