"""Units that change over time: which units existed on a day, and who took over their work.

A catalog entry may say `valid_from` / `valid_to` (ISO days, both inclusive) and `successor`: the
unit that took over its work (a merger or a rename). On a day after the merge, the old unit's
progress entries count for its successor, and a collective stands for the members that exist
that day (a merged ward is replaced by the ward it became part of). A catalog without any of these
fields behaves exactly as before, at no cost.

Why a unit cannot speak on a day, and how it became its heir in words, are unit_absence.py's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from cds_tracker.core.errors import Msg
from cds_tracker.core.records import Unit
from cds_tracker.core.tuples import Record
from cds_tracker.registry.units import UnitIndex


def exists_on(unit: Unit, day: dt.date) -> bool:
    iso = day.isoformat()
    return (unit.valid_from is None or unit.valid_from <= iso) and (
        unit.valid_to is None or iso <= unit.valid_to
    )


def successor_loops(units: Mapping[str, Unit]) -> list[list[str]]:
    """Each chain of successors that comes back on itself, once: its units from the one written
    first in the catalog, back to it (`a → b → a`; `a → a` for a unit its own successor).

    Linear: every unit is walked once (colouring: unseen, on the walk being made, done), so a
    catalog of thousands of units takes milliseconds; a unit whose chain runs into a loop is not
    in it, and is not reported (the loop is)."""
    order = {unit_id: i for i, unit_id in enumerate(units)}
    done: set[str] = set()
    loops: list[list[str]] = []
    for start in units:
        walk: dict[str, int] = {}  # the units of this walk, and their places in it
        current: str | None = start
        while current is not None and current in units and current not in done:
            if current in walk:  # back on this walk: the units since `current` are a loop
                loop = list(walk)[walk[current] :]
                first = min(range(len(loop)), key=lambda i: order[loop[i]])
                loops.append([*loop[first:], *loop[:first], loop[first]])
                break
            walk[current] = len(walk)
            current = units[current].successor
        done.update(walk)
    return loops


def heir(units: Mapping[str, Unit], unit_id: str, day: dt.date) -> str:
    """Who speaks for `unit_id` on `day`: itself until its last day, then its successor's heir.

    Remembered per catalog: the entries of one unit on one day (a file of them) walk its chain
    once, not once each."""
    known = chain_memo(units).heirs
    found = known.get((unit_id, day))
    if found is None:
        found = known[unit_id, day] = _heir(units, unit_id, day)
    return found


def _heir(units: Mapping[str, Unit], unit_id: str, day: dt.date) -> str:
    seen = {unit_id}
    current = unit_id
    iso = day.isoformat()
    while True:
        unit = units.get(current)
        if unit is None or unit.successor is None or unit.valid_to is None:
            return current
        if iso <= unit.valid_to or unit.successor in seen:
            return current  # still there; or a loop, which validate reports
        current = unit.successor
        seen.add(current)


def heirs_on(units: Mapping[str, Unit], day: dt.date) -> dict[str, str]:
    """`heir` of every unit that has one on `day` (merged unit → who speaks for it), each chain
    walked once: a unit's heir is its successor's, already known when the walk meets it."""
    iso = day.isoformat()
    found: dict[str, str] = {}
    settled: set[str] = set()
    for start in units:
        walk: dict[str, None] = {}  # in order, and a set: a long chain is walked in linear time
        current = start
        while current not in settled and current not in walk:
            unit = units.get(current)
            if unit is None or unit.successor is None or unit.valid_to is None:
                break
            if iso <= unit.valid_to:
                break
            walk[current] = None
            current = unit.successor
        last = found.get(current, current) if current in settled else current
        if current in walk:  # a loop, which validate reports: stop where it closes, as `heir`
            last = next(reversed(walk))
        for unit_id in walk:
            if unit_id != last:
                found[unit_id] = last
        settled.update(walk)
        settled.add(current)
    return found


# (id of an index, day) → (that index, its view): holding the index keeps its id from being
# reused by another catalog; a view maps to itself, so asking again for its day costs nothing.
_VIEWS: dict[tuple[int, dt.date], tuple[UnitIndex, UnitIndex]] = {}


def index_on(index: UnitIndex, day: dt.date) -> UnitIndex:
    """The catalog as it stood on `day`: collectives list the members existing then (a merged
    member replaced by its heir), and `heir(u)` names who answers for a merged unit. The same
    index when the catalog never changes."""
    if not index.changes:
        return index
    found = _VIEWS.get((id(index), day))
    if found is not None:
        return found[1]
    heirs = heirs_on(index.units, day)
    units = []
    for unit in index.units.values():
        if unit.is_collective:
            members = (heirs.get(m, m) for m in unit.members)
            alive = (m for m in members if m in index.units and exists_on(index[m], day))
            unit = unit._replace(members=tuple(dict.fromkeys(alive)))
        units.append(unit)
    view = UnitIndex(units, index.official_titles)
    view.heirs = heirs
    view.base = index
    view.plan_start = index.plan_start
    if len(_VIEWS) > 256:
        _VIEWS.clear()
    _VIEWS[(id(index), day)] = (index, view)
    _VIEWS[(id(view), day)] = (view, view)
    return view


def asked_units(index: UnitIndex, leads: Iterable[str]) -> tuple[str, ...]:
    """The units a lead cell asks, in order, each once: lead units, and a collective's members
    unless its scope is `concerned` ("… có liên quan" names no one in particular). The one home
    of this rule: the parts a target has (questions/status.py) and the parts an heir took over
    (`taken_over`) must not disagree on it."""
    asked: list[str] = []
    for unit_id in leads:
        unit = index.units.get(unit_id)
        if unit is None:
            continue
        if unit.is_collective:
            if unit.scope != "concerned":
                asked.extend(unit.members)
        else:
            asked.append(unit_id)
    return tuple(dict.fromkeys(asked))


class TakenOver(Record):
    """The parts of one target a unit answers for on a day besides (or instead of) its own: the
    units the target asks (`units`, the unit itself among them when it existed and was asked
    before the merger) and the last day any of the merged ones existed (`until`, yyyy-mm-dd)."""

    units: tuple[str, ...]
    until: str


def taken_over(index: UnitIndex, leads: Iterable[str], day: dt.date) -> dict[str, TakenOver]:
    """Heir on `day` → the parts of a target (led by `leads`, as the appendix names them) that it
    took over from merged units: each lead unit, each member of a collective that requires all
    its members, whose heir it is. Empty when the catalog never changed.

    A unit that ended before the plan began (`UnitIndex.plan_start`) is no part of it: the plan
    asked its heir of that day alone, and when that heir merges in turn, its own heir takes
    over the heir's one part, never a second one for the unit gone before the plan (attack 21
    a21-01: a collective "Hoàn thành (8/8)" became "Quá hạn (8/9)" on the second merger)."""
    base = index.base or index
    if not base.changes:
        return {}
    view = index_on(base, day)
    asked = asked_units(base, leads)
    start = base.plan_start
    merged: dict[str, list[str]] = {}
    for unit_id in asked:
        owner = view.heir(unit_id)
        ended = base.units[unit_id].valid_to
        if start and ended is not None and ended < start:
            continue  # gone before the plan: its heir of the plan's first day is asked instead
        if owner != unit_id:
            merged.setdefault(owner, []).append(unit_id)
    found = {}
    for owner, units in merged.items():
        until = max(base.units[u].valid_to or "" for u in units)
        mine = base.units.get(owner)
        before = mine is not None and (mine.valid_from is None or mine.valid_from <= until)
        own = (owner,) if owner in asked and before else ()
        found[owner] = TakenOver((*own, *units), until)
    return found


def own_finished(
    latest_on: Callable[[dt.date], Mapping[str, tuple[str, str]]], owes: Mapping[str, TakenOver]
) -> dict[str, tuple[str, str]]:
    """Heir → its own (status, date) of done, for an heir the target asked before the merger
    that finished its own part by the merger's last day: that part stays done after the merger
    (a report is never erased by a merger), and the heir owes only the parts it took over.
    `latest_on(day)` is each unit's own latest report as of a day (not carried). Queries show
    such an heir with two parts: its own, done, and the one in place of the merged units
    (questions/status.py `parts_of`); a report it makes after the merger speaks for the latter."""
    found = {}
    for owner, parts in owes.items():
        if owner in parts.units:
            said = latest_on(dt.date.fromisoformat(parts.until)).get(owner)
            if said is not None and said[0] == "done":
                found[owner] = said
    return found


def carry_latest(
    index: UnitIndex,
    latest: Mapping[str, tuple[str, str]],
    day: dt.date,
    owes: Mapping[str, TakenOver] | None = None,
    *,
    every: bool = False,
) -> dict[str, tuple[str, str]]:
    """Each unit's latest (status, date), a merged unit's counted for its heir on `day` (with
    `owes`, `taken_over`'s parts of the target: see `reporters`)."""
    if not index.changes:
        return dict(latest)
    return {
        owner: (status, date)
        for owner, (status, date, _) in reporters(index, latest, day, owes, every=every).items()
    }


def reporters(
    index: UnitIndex,
    latest: Mapping[str, tuple[str, str]],
    day: dt.date,
    owes: Mapping[str, TakenOver] | None = None,
    *,
    every: bool = False,
) -> dict[str, tuple[str, str, str]]:
    """As `carry_latest`, with the unit that made the report: the heir itself, or the merged
    unit that reported before its merger (a letter names who reported, on what day).

    A unit that took over parts of a target (`owes`) owes each one not finished before the
    merger: its part is its own report made after the merger, if any; else done (on the last
    of their days) when every part it took over was reported done; else the latest report of
    an unfinished part, or none when no unfinished part reported. `every` (the reports of one
    window): none as soon as one part it took over did not report (docs/registry-format.md)."""
    carried: dict[str, tuple[str, str, str]] = {}
    for unit_id, (status, date) in latest.items():
        owner = heir(index.units, unit_id, day) if index.changes else unit_id
        if owner not in carried or carried[owner][1] <= date:
            carried[owner] = (status, date, unit_id)
    for owner, parts in (owes or {}).items():
        own = latest.get(owner)
        if own is not None and own[1] > parts.until:  # the heir speaks for all of it
            carried[owner] = (*own, owner)
            continue
        said = [(*latest[u], u) for u in parts.units if u in latest]
        open_ = [s for s in said if s[0] != "done"]
        missing = len(said) < len(parts.units)
        if not missing and not open_:
            carried[owner] = max(said, key=lambda s: s[1])
        elif open_ and not (every and missing):
            carried[owner] = max(open_, key=lambda s: s[1])
        else:  # an unfinished part never reported (in the window)
            carried.pop(owner, None)
    return carried


def is_rename(units: Mapping[str, Unit], unit_id: str) -> bool:
    """A rename, not a merger: the unit's successor took over from this unit alone (the same
    work under a new name) and began only when it ended; two or more predecessors make it a
    merger, and so does a successor that already existed (a ward absorbed into its neighbour
    is not renamed to it). A unit written `merged_into` is merged, whatever its successor: the
    field the clerk chose is what happened (attack 17 a17_05: a ward merged into a new ward
    whose other predecessors the catalog lacks was said "đã đổi tên")."""
    unit = units.get(unit_id)
    if unit is None or unit.successor is None or unit.merged:
        return False
    heir = units.get(unit.successor)
    if heir is not None and (
        heir.valid_from is None or (unit.valid_to is not None and heir.valid_from <= unit.valid_to)
    ):
        return False
    return chain_memo(units).predecessors[unit.successor] == 1


def renamed_as(units: Mapping[str, Unit], unit_id: str, heir_id: str) -> bool:
    """Whether `heir_id` is `unit_id` under a new name: every step from the one to the other a
    rename (`is_rename`). A part it answers for is then its own under its former name, never
    "taken over from a merged unit": one merger on the way (renamed, then merged) makes it a
    merger. The one answer of every note beside a part taken over (output/heirs_shown.py)."""
    current, seen = unit_id, {unit_id}
    while current != heir_id:
        if not is_rename(units, current):
            return False
        current = str(units[current].successor)
        if current in seen:
            return False
        seen.add(current)
    return heir_id != unit_id


class ChainMemo:
    """What a catalog's chains say, worked out once per catalog: how many units name each unit
    as successor (so a step along a chain of n in a catalog of m units costs n + m, not n × m),
    and each (unit, day)'s heir."""

    def __init__(self, units: Mapping[str, Unit]) -> None:
        self.units = units  # held, so its id is not reused by another catalog while remembered
        self.predecessors = Counter(u.successor for u in units.values() if u.successor)
        self.heirs: dict[tuple[str, dt.date], str] = {}
        self.changes: dict[tuple[str, str, bool], Msg] = {}


_MEMOS: dict[int, ChainMemo] = {}


def chain_memo(units: Mapping[str, Unit]) -> ChainMemo:
    """The memo of this catalog (`units`), made afresh when it is another catalog or has grown
    large; unit_absence.py keeps its words of a change (`changes_until`) in it too."""
    found = _MEMOS.get(id(units))
    if (
        found is not None
        and found.units is units
        and len(found.heirs) + len(found.changes) < 100_000
    ):
        return found
    if len(_MEMOS) > 16:
        _MEMOS.clear()
    found = _MEMOS[id(units)] = ChainMemo(units)
    return found
