"""A report that lowers a part already finished ("đang thực hiện" after "hoàn thành"): allowed
(work can truly reopen), but said, naming the earlier report, so an heir of merged wards does not
reopen its predecessor's finished work without knowing (clerk review 9, item 8), even where
another part it took over is still open (issue 16)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Msg, msg
from cds_tracker.core.statuses import FINISHED

if TYPE_CHECKING:
    from pathlib import Path

    from cds_tracker.core.records import Registry


def reopened(
    registry_path: Path,
    registry: Registry,
    target_id: str,
    unit_id: str,
    status: str,
    day: dt.date,
    cited: str,
) -> Msg | None:
    """The warning when `unit_id`'s part of a dated target stood finished on `day` before this
    report of `status` (not done; `cited`: the target as the tables cite it); None otherwise.
    Called before the report is written.

    A unit's parts depend only on its own reports and those of the units merged into it, so
    only their files are read, and of those only the target's lines: `cds progress add` costs
    the same whatever the rest of the history holds (issue 14: ≤ 1.2× on 1M entries; reading
    every entry through the cache made it 1.7×)."""
    if status == "done":
        return None
    from cds_tracker.progress.files import progress_file
    from cds_tracker.progress.lines import target_entries
    from cds_tracker.questions.tracker import Tracker
    from cds_tracker.registry.succession import heirs_on, index_on

    bare = Tracker(registry)
    _, target = bare.target(target_id)
    if target.deadline.ongoing or target.deadline.month is None:
        return None  # an ongoing target's parts are about a period: every report is new
    merged = heirs_on(bare.index.units, day)
    speakers = [unit_id, *(unit for unit, heir in merged.items() if heir == unit_id)]
    entries = [
        e
        for unit in speakers
        for e in target_entries(registry, progress_file(registry_path, unit), target_id)
    ]
    if not entries:
        return None
    tracker = Tracker.of(registry, entries)
    # Each part the unit answers for apart (questions/heir_parts.py): its report speaks for all
    # of them, so it lowers any one finished, even beside another still open.
    finished = [p for p in tracker.parts(target, day) if p.unit == unit_id and p.status in FINISHED]
    if not finished:
        return None
    view = index_on(tracker.index, day)
    whose = {unit_id, *(u for p in finished for u in p.in_place_of)}
    done = [
        e
        for e in tracker.entries_of(target.id)
        if e.status == "done" and e.date <= day.isoformat() and view.heir(e.unit) == unit_id
        if e.unit in whose or not any(p.in_place_of for p in finished)
    ]
    if not done:
        return None
    last = max(done, key=lambda e: (e.date, e.written))
    return msg(
        "entry.reopens",
        target=cited,
        unit=tracker.index.name(last.unit),
        date=last.day.strftime("%d/%m/%Y"),
        status=msg(status),
    )
