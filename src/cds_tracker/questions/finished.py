"""The day a part finished (docs/progress.md): the first "hoàn thành" of the unbroken run of them
that its latest report ends. A unit that sends "done" again later (re-sent with the evidence
document, a copy) did not finish later; a report that is not done ("đang thực hiện") ends a
run, and a later "done" begins another, finished on its own day.

Only on time or late, and the day shown as finished, read it: every other rule (an heir's
report after a merger, a window's reports, reminders) reads each unit's latest report and its
day as they are (`Timeline.latest`).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cds_tracker.questions.timeline import History
    from cds_tracker.registry.succession import TakenOver
    from cds_tracker.registry.units import UnitIndex

_FIRST, _STATUS_DATE = operator.itemgetter(0), operator.itemgetter(2, 1)  # of a visible row
_THIRD = operator.itemgetter(2)


def run_starts(rows: Sequence[tuple[str, str, str]]) -> dict[str, str]:
    """(unit, date, status) rows, oldest first → each unit whose last row is done → the date of
    the first "done" of its last unbroken run of them (any other status ends a run)."""
    ends = dict(zip(map(_FIRST, rows), map(_STATUS_DATE, rows), strict=True))
    found = {unit: date for unit, (status, date) in ends.items() if status == "done"}
    if list(map(_THIRD, rows)).count("done") == len(found):  # each done once (asked in C)
        return found
    first: dict[str, str] = {}
    for unit, date, status in rows:
        if status != "done":
            first.pop(unit, None)
        elif unit not in first:
            first[unit] = date
    return {unit: first[unit] for unit in found}


def finished_days(
    index: UnitIndex,
    history: History,
    as_of: dt.date,
    owes: Mapping[str, TakenOver],
    mine: Mapping[str, tuple[str, str]],
    latest: Mapping[str, tuple[str, str]],
) -> dict[str, str]:
    """Each unit whose part is done in `latest` (each unit's latest report, a merged unit's
    carried to its heir: `carry_latest`; `mine`, before it was carried) → the day it finished.

    The choice of the report a part rests on is `reporters`'s, made on the latest reports' days;
    here only its day changes: the unit's own report, its run's first day; a report the heir
    made after the merger for every part it took over, the first day of its run after the
    merger's last day; parts taken over, all done, the day the last of them finished (an heir
    merged before the plan began: one part). An heir whose parts are said apart has each part's
    day from questions/heir_parts.py (`Share.finished`, by the same rule), which `parts_of`
    reads before this."""
    runs = history.finished(as_of)
    if not index.changes:  # nothing carried: `latest` is `mine`
        return runs
    found = {}
    for unit, (status, date) in latest.items():
        if status != "done":
            continue
        parts = owes.get(unit)
        said = mine.get(unit)
        if parts is None:  # its own report, or one carried from a unit it took over
            found[unit] = runs.get(unit, date) if said == (status, date) else date
        elif said is not None and said[1] > parts.until:  # the heir speaks for all of it
            found[unit] = history.finished(as_of, parts.until).get(unit, date)
        else:  # every part it took over reported done: finished when the last of them did
            days = [runs.get(u, mine[u][1]) for u in parts.units if u in mine]
            found[unit] = max(days, default=date)
    return found
