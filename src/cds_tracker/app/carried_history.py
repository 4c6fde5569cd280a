"""Where a carried target stood when it was carried: each unit's last report under the old plan.

`cds show II.6 --plan 2024` and `cds progress list II.6` add each unit's last report on the
origin target (who, day, figures, note), marked as from that plan; `cds report --unit U` adds
one line under each carried target U still owes and has not reported on under the new plan: its
last report under the old one (docs/progress.md).

Needed for an ongoing target, whose reports `cds carry-over` leaves in the old plan (each was
its period's, app/carry_marks.py `links`), and although it copies each other part's last
report, finished or not: a workspace carried by an older cds holds only the finished parts,
so a unit still at work in December 2023 reported under 2023's II.4 and the 2024 plan's II.6
would show it as never reported. The copies keep their ids, so `last_before` leaves out what
was copied and adds only what an older carry-over left behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.records import Target

if TYPE_CHECKING:
    from cds_tracker.output.report import Report
    from cds_tracker.output.words import Lang
    from cds_tracker.questions.tracker import Row, Tracker


def last_before(path: Path, target: Target, as_of: dt.date, own: Sequence[Entry]) -> list[Entry]:
    """Each unit's latest report on the origin target of `target` in the plan beside `path`
    (plans/<origin>/), dated on or before `as_of` and its carry day, corrections applied; none
    already among `own` (the finished parts carry-over copied) and none of a unit whose latest
    is 'done' (copied too) but on an ongoing target (never copied). [] when the target is not
    carried or its plan cannot be read."""
    if not target.carried_from:
        return []
    plan = str(target.carried_from).partition("/")[0]
    old = _origin_trackers(path, [plan]).get(plan)
    if old is None:
        return []
    copied = {e.id for e in own}
    latest = _latest(old, target, as_of)
    return [e for e in latest if e.id not in copied and _not_copied(e, target)]


def _not_copied(entry: Entry, target: Target) -> bool:
    """Whether carry-over left `entry` in the old plan: a finished part's report is copied, an
    ongoing target's is not (each is its period's, app/carry_marks.py `links`), 'done' too."""
    return entry.status != "done" or target.deadline.ongoing


def unit_stands(
    path: Path, rows: Sequence[Row], unit_id: str, as_of: dt.date
) -> list[Entry | None]:
    """For each row of `cds report --unit U`: U's last report on the carried target's origin
    under the old plan (not 'done', but on an ongoing target), when U still owes its part and
    has reported nothing on the target under this plan; else None. Each old plan is read once."""
    wanted = [
        r.target.carried_from is not None
        and r.part is not None
        and r.part.reported is None
        and r.status.code not in ("cancelled", "carried_over")
        for r in rows
    ]
    plans = {_plan_of(r.target) for r, w in zip(rows, wanted, strict=True) if w}
    trackers = _origin_trackers(path, plans) if plans else {}
    stands: list[Entry | None] = []
    for row, want in zip(rows, wanted, strict=True):
        old = trackers.get(_plan_of(row.target)) if want else None
        mine = [e for e in _latest(old, row.target, as_of) if e.unit == unit_id] if old else []
        stands.append(mine[0] if mine and _not_copied(mine[0], row.target) else None)
    return stands


def with_stands(
    path: Path,
    tracker: Tracker,
    unit_id: str,
    rows: list[Row],
    said: Report,
    as_of: dt.date,
    lang: Lang,
) -> Report:
    """`report --unit U`: under each carried target U still owes and has not reported on here,
    a line with its last report under the old plan (`stand_line`); in its JSON record
    `before_carried`."""
    from cds_tracker.output.report import Table

    stands = unit_stands(path, rows, unit_id, as_of)
    if not any(stands):
        return said
    table = said.blocks[0]
    assert isinstance(table, Table)
    details = tuple(
        (*lines, stand_line(stand, row.target, lang)) if stand is not None else lines
        for lines, stand, row in zip(table.details, stands, rows, strict=True)
    )
    records = [
        {**record, "before_carried": stand_record(stand, row.target, tracker)}
        if stand is not None
        else record
        for record, stand, row in zip(said.data, stands, rows, strict=True)
    ]
    return said._replace(blocks=(table._replace(details=details), *said.blocks[1:]), data=records)


def stand_line(entry: Entry, target: Target, lang: Lang) -> str:
    """'(báo cáo cuối trong Kế hoạch năm 2023, chỉ tiêu I.1, trước khi chuyển tiếp: Đang thực
    hiện, ngày 20/11/2023)'."""
    from cds_tracker.output.words import label

    plan, _, origin = str(target.carried_from).partition("/")
    day = f"{entry.date[8:]}/{entry.date[5:7]}/{entry.date[:4]}"
    status = label(entry.status, lang)
    return label("before_carried_line", lang, plan=plan, origin=origin, status=status, date=day)


def stand_record(entry: Entry, target: Target, tracker: Tracker) -> dict[str, Any]:
    from cds_tracker.output.records import entry_record

    plan = str(target.carried_from).partition("/")[0]
    return {**entry_record(entry, None, tracker.index), "plan": plan}


def _plan_of(target: Target) -> str:
    return str(target.carried_from).partition("/")[0]


def _origin_trackers(path: Path, plans: Iterable[str]) -> dict[str, Tracker]:
    """The old plans beside `path` (plans/<name>/) that can be read, by name."""
    from cds_tracker.core.errors import CdsError
    from cds_tracker.registry.plan_names import registry_of
    from cds_tracker.registry.unit_changes import PLANS

    if path.parent.parent.name != PLANS:
        return {}
    from cds_tracker.app.opening import open_tracker

    found = {}
    for plan in plans:
        origin = registry_of(path, plan)  # its folder in NFC (registry/plan_names.py)
        if origin is None or not origin.is_file():
            continue
        try:
            found[plan] = open_tracker(origin)
        except (CdsError, OSError):
            continue  # an unreadable old plan: `cds validate --plan` says why
    return found


def _latest(old: Tracker, target: Target, as_of: dt.date) -> list[Entry]:
    """Each unit's latest report on `target`'s origin in the old plan, up to `as_of` and the
    carry day, corrections applied; in the order the units first reported."""
    from cds_tracker.questions.timeline import effective, in_order

    origin_id = str(target.carried_from).partition("/")[2]
    gone = next((t for _, t in old.registry.targets() if t.id == origin_id), None)
    carried_on = (gone.carried_on if gone is not None else None) or target.added or "9999-12-31"
    cutoff = min(as_of.isoformat(), carried_on)
    entries = [e for e in old.entries_of(origin_id) if e.date <= cutoff]
    latest: dict[str, Entry] = {}
    for entry in in_order(effective(entries, as_of)):
        latest[entry.unit] = entry
    return list(latest.values())
