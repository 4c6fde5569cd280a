"""Where a carried target stood when it was carried: each unit's last report under the old plan.

`cds carry-over` copies into the new plan only the parts finished under the old one (its
`carry_part_note`); a unit still at work in December 2023 reported under 2023's II.4, and the
2024 plan's II.6 would show it as never reported. `cds show II.6 --plan 2024` and `cds
progress list II.6` add each unit's last report on the origin target (who, day, figures, note),
marked as from that plan (docs/carry-over.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from cds_tracker.core.records import Entry, Target


def last_before(path: Path, target: Target, as_of: dt.date, own: Sequence[Entry]) -> list[Entry]:
    """Each unit's latest report on the origin target of `target` in the plan beside `path`
    (plans/<origin>/), dated on or before `as_of` and its carry day, corrections applied; none
    already among `own` (the finished parts carry-over copied) and none of a unit whose latest
    is 'done' (copied too). [] when the target is not carried or its plan cannot be read."""
    from cds_tracker.core.errors import CdsError
    from cds_tracker.questions.status import effective
    from cds_tracker.registry.unit_changes import PLANS, REGISTRY_NAME

    if not target.carried_from or path.parent.parent.name != PLANS:
        return []
    plan, _, origin_id = str(target.carried_from).partition("/")
    origin = path.parent.parent / plan / REGISTRY_NAME
    if not origin.is_file():
        return []
    from cds_tracker.app.opening import open_tracker

    try:
        tracker = open_tracker(origin)
    except (CdsError, OSError):
        return []  # an unreadable old plan: `cds validate --plan` says why
    old = next((t for _, t in tracker.registry.targets() if t.id == origin_id), None)
    carried_on = (old.carried_on if old is not None else None) or target.added or "9999-12-31"
    cutoff = min(as_of.isoformat(), carried_on)
    entries = [e for e in tracker.entries_of(origin_id) if e.date <= cutoff]
    latest: dict[str, Entry] = {}
    for entry in sorted(effective(entries, as_of), key=lambda e: (e.date, e.written, e.id)):
        latest[entry.unit] = entry
    copied = {e.id for e in own}
    return [e for e in latest.values() if e.id not in copied and e.status != "done"]
