"""A report that lowers a part already finished ("đang thực hiện" after "hoàn thành"): allowed
(work can truly reopen), but said, naming the earlier report, so an heir of merged wards does not
reopen its predecessor's finished work without knowing (clerk review 9, item 8)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Msg, msg
from cds_tracker.core.statuses import FINISHED

if TYPE_CHECKING:
    from pathlib import Path


def reopened(
    registry: Path | None, target_id: str, unit_id: str, status: str, day: dt.date, cited: str
) -> Msg | None:
    """The warning when `unit_id`'s part of a dated target stood finished on `day` before this
    report of `status` (not done; `cited`: the target as the tables cite it); None otherwise.
    Reads the progress only then. Called before the report is written."""
    if status == "done":
        return None
    from cds_tracker.app.opening import open_tracker
    from cds_tracker.registry.succession import index_on

    tracker = open_tracker(registry)
    _, target = tracker.target(target_id)
    if target.deadline.ongoing or target.deadline.month is None:
        return None  # an ongoing target's parts are about a period: every report is new
    mine = [p for p in tracker.parts(target, day) if p.unit == unit_id]
    if not mine or any(p.status not in FINISHED for p in mine):
        return None
    view = index_on(tracker.index, day)
    done = [
        e
        for e in tracker.entries_of(target.id)
        if e.status == "done" and e.date <= day.isoformat() and view.heir(e.unit) == unit_id
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
