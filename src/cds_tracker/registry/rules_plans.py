"""Rules of plans that change: units over time, and the marks `cds import` leaves.

Part of `rules.RULES`; each a small function over the parsed parts, returning findings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Finding, Msg, msg
from cds_tracker.core.field_types import ROLES
from cds_tracker.core.records import Target, Unit
from cds_tracker.core.text import did_you_mean
from cds_tracker.registry.succession import exists_on, heir, successor_loops
from cds_tracker.registry.unit_absence import changes_until

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts


def units_change_consistently(parts: Parts) -> Iterator[Finding]:
    """Validity periods in order, successors known and each one unit, and no chain of
    successors that loops (each loop reported once, at its unit written first)."""
    units = {unit.id: unit for _, unit in parts.units}
    loops = successor_loops(units)
    # a loop is said once, as a loop; a refused day leaves nothing to compare
    skipped = parts.undated | {u for loop in loops for u in loop}
    for path, unit in parts.units:
        if unit.is_collective:  # its members end and pass their work on, never the collective
            yield from _collective_changes(path, unit)
            continue
        if unit.valid_from and unit.valid_to and unit.valid_to < unit.valid_from:
            yield Finding(
                (*path, "valid_to"),
                msg("rule.unit_ends_before", unit=unit.id),
                msg("rule.hint.unit_days"),
                at_key=True,
            )
        if unit.successor is None:
            continue
        after = units.get(unit.successor)
        if after is None:
            yield Finding(
                (*path, "successor"),
                msg("rule.unknown_successor", successor=unit.successor, unit=unit.id),
                did_you_mean(unit.successor, sorted(units)),
            )
        elif after.is_collective:
            yield Finding(
                (*path, "successor"),
                msg("rule.successor_collective", unit=unit.id, successor=after.id, name=after.name),
                msg("rule.hint.successor_one_unit"),
            )
        elif (gap := _successor_absent(units, unit, after, skipped)) is not None:
            yield Finding((*path, "successor"), *gap)
        if unit.valid_to is None and unit.id not in parts.undated:
            yield Finding(
                (*path, "successor"),
                msg("rule.successor_no_end", unit=unit.id),
                msg("rule.hint.successor_no_end"),
                at_key=True,
            )
    where = {unit.id: path for path, unit in parts.units}
    for loop in loops:
        yield Finding(
            (*where[loop[0]], "successor"),
            msg("rule.successor_loop", unit=loop[0], chain=" → ".join(loop)),
            msg("rule.hint.successor_loop"),
        )


def _collective_changes(path: tuple[str | int, ...], unit: Unit) -> Iterator[Finding]:
    """A collective ("UBND các phường, xã") given a last day or a successor (`merged_into`):
    refused at each key, as a collective is refused as a successor. A collective stands for
    the members that exist on each day (succession.py): a merger is recorded on the member
    ward, and the collective then counts its heir. Accepted, the lead cell said the whole
    collective's work passed to one ward while every member still owed its part (review 15)."""
    for key in ("valid_to", "successor"):
        if getattr(unit, key) is not None:
            yield Finding(
                (*path, key),
                msg("rule.collective_changes", unit=unit.id, name=unit.name),
                msg("rule.hint.collective_changes", unit=unit.id),
                at_key=True,
            )


def _successor_absent(
    units: dict[str, Unit], unit: Unit, after: Unit, undated: set[str]
) -> tuple[Msg, Msg] | None:
    """The successor takes over on the day after `unit` ends: one begun later (a gap) or
    already ended leaves the unit's work with nobody (`report --unit` would dead-end). One
    already merged away in turn is a mistake too, as one not begun yet: the unit was merged
    into the unit that existed then, which the hint names (attack 21 a21-04: accepted, `show`
    said its heir took over two months before it ended)."""
    if unit.valid_to is None or unit.valid_to >= "9999-12-31" or {unit.id, after.id} & undated:
        return None
    day = dt.date.fromisoformat(unit.valid_to) + dt.timedelta(days=1)
    iso = day.isoformat()
    begun = after.valid_from is None or after.valid_from <= iso
    if begun and (after.valid_to is None or iso <= after.valid_to):
        return None
    if begun and after.successor is not None:  # ended: its work went on to its own successor
        if after.valid_to is None or after.valid_to >= unit.valid_to:
            return None  # the same day as the unit: the chain's work passes on at once
        then = heir(units, after.id, day)  # ended first: `unit` was merged into this one
        said = msg(
            "rule.successor_gone",
            unit=unit.id,
            successor=after.id,
            day=day.strftime("%d/%m/%Y"),
            how=changes_until(units, after.id, then),
        )
        return said, msg("rule.hint.successor_gone", unit=unit.id, heir=then, day=_dmy(iso))
    said = msg(
        "rule.successor_absent",
        unit=unit.id,
        successor=after.id,
        day=day.strftime("%d/%m/%Y"),
        since=_dmy(after.valid_from) if after.valid_from else "…",
        until=_dmy(after.valid_to) if after.valid_to else "…",
    )
    return said, msg("rule.hint.successor_absent", unit=unit.id, successor=after.id)


def assigned_units_exist_in_year(parts: Parts) -> Iterator[Finding]:
    """A unit a target names existed during the plan's year: one merged away (or renamed)
    before the year began, or begun only after it ended, is a mistake to fix, and the hint
    names who answers for it. A unit that ends or begins within the year is fine: its work
    passes to its successor on the day (registry/succession.py)."""
    if parts.document is None or not any(u.valid_from or u.valid_to for _, u in parts.units):
        return
    year = parts.document.year
    first, last = f"{year}-01-01", f"{year}-12-31"
    units = {unit.id: unit for _, unit in parts.units}
    successors = {u.successor for u in units.values() if u.successor}  # have a predecessor
    dead_ends: dict[str, dict[str, str]] = {}  # heir ending with nobody → target → its last day
    for path, _, target in parts.targets:
        for role in ROLES:
            for i, unit_id in enumerate(target.assignment(role).units):
                unit = units.get(unit_id)
                if unit is None:
                    continue  # reported by assignments_resolve
                found = _outside_year(units, unit, year, first, last, role)
                if found is None and role == "lead":
                    found = _outside_span(units, unit, target, first, successors)
                    if found is None and (end := chain_end(units, unit, target, first)):
                        dead_ends.setdefault(end[0], {})[target.id] = end[1]
                if found is not None:
                    message, hint = found
                    yield Finding((*path, role, "units", i), message, hint, target=target.id)
        for j, earlier in enumerate(target.before):  # a cell as it stood before a revision
            for role in ROLES:  # its days are the plan's year's too (a12_01)
                cell = getattr(earlier, role)
                for i, unit_id in enumerate(cell.units if cell is not None else ()):
                    unit = units.get(unit_id)
                    found = _outside_year(units, unit, year, first, last, role) if unit else None
                    if found is not None:
                        where = (*path, "before", j, role, "units", i)
                        yield Finding(where, *found, target=target.id)
    yield from _dead_ends(parts, units, dead_ends)


def chain_end(
    units: dict[str, Unit], unit: Unit, target: Target, first: str
) -> tuple[str, str] | None:
    """The heir that ends with no successor of its own while the target still asks for the
    part `unit` passed on to it (the whole chain of successors followed, a loop stopped: loops
    are `units_change_consistently`'s), and the target's last day; None when the part reaches a
    unit that lasts, or `unit` itself ends with nobody (`_outside_span` says that)."""
    last = _span_end(target, first)
    current, seen = unit, {unit.id}
    while current.valid_to is not None and current.valid_to < last:
        after = dt.date.fromisoformat(current.valid_to) + dt.timedelta(days=1)
        found = heir(units, current.id, after)
        if found == current.id or found not in units:
            return (current.id, last) if current.id != unit.id else None
        nxt = units[found]
        if found in seen or not exists_on(nxt, after):
            return None  # a loop, or a successor absent the day it takes over: said apart
        seen.add(found)
        current = nxt
    return None


def _dead_ends(
    parts: Parts, units: dict[str, Unit], dead_ends: dict[str, dict[str, str]]
) -> Iterator[Finding]:
    """One finding at the catalog entry of each heir that ends with nobody to take over the
    parts it answers for (`chain_end`): the targets, and whose parts they were."""
    where = {unit.id: path for path, unit in parts.units}
    for unit_id, targets in dead_ends.items():
        unit = units[unit_id]
        last = max(targets.values())
        yield Finding(
            (*where[unit_id], "valid_to"),
            msg(
                "rule.heir_ends",
                name=unit.name,
                unit=unit_id,
                until=_dmy(unit.valid_to or ""),
                targets=", ".join(targets),
                last=_dmy(last),
            ),
            msg("rule.hint.heir_ends", unit=unit_id),
            at_key=True,
        )


def _span_end(target: Target, first: str) -> str:
    """The last day a target asks for its lead (its deadline, the year's end for an ongoing
    one; the day it was carried on or annulled, if earlier)."""
    month = target.deadline.month
    last = month.last_day.isoformat() if month is not None else f"{first[:4]}-12-31"
    return min(last, min(d for d in (target.carried_on, target.cancelled, "9999") if d))


def _outside_year(
    units: dict[str, Unit], unit: Unit, year: int, first: str, last: str, role: str
) -> tuple[Msg, Msg] | None:
    said = {"role": msg(_ROLE_WORDS[role]), "name": unit.name, "year": year}
    if unit.valid_to is not None and unit.valid_to < first:
        until = _dmy(unit.valid_to)
        heir_id = heir(units, unit.id, dt.date(year, 1, 1))
        if heir_id == unit.id or heir_id not in units:
            hint = msg("rule.hint.gone_no_successor", unit=unit.id)
        else:
            how = changes_until(units, unit.id, heir_id)
            hint = msg("rule.hint.gone_changed", heir=units[heir_id].name, how=how)
        return msg("rule.gone_before_plan", **said, until=until), hint
    if unit.valid_from is not None and unit.valid_from > last:
        return (
            msg("rule.begins_after_plan", **said, since=_dmy(unit.valid_from)),
            msg("rule.hint.begins_after_plan", unit=unit.id, year=year),
        )
    return None


def _outside_span(
    units: dict[str, Unit], unit: Unit, target: Target, first: str, successors: set[str]
) -> tuple[Msg, Msg] | None:
    """A lead unit that does not exist for the whole time the target asks of it (from the
    plan's first day to its deadline, or the year's end for an ongoing one; until it was carried
    on or annulled): one that ends before with no successor leaves its part to nobody, one that
    begins after with no predecessor, or after the deadline, is urged on days it does not
    exist. `remind` and `late` never address a unit on such a day (questions/owing.py)."""
    last = _span_end(target, first)
    said = {"name": unit.name, "unit": unit.id, "first": _dmy(first), "last": _dmy(last)}
    if unit.valid_to is not None and unit.valid_to < last:
        after = (dt.date.fromisoformat(unit.valid_to) + dt.timedelta(days=1)).isoformat()
        if heir(units, unit.id, dt.date.fromisoformat(after)) == unit.id:
            until = _dmy(unit.valid_to)
            return msg("rule.gone_in_span", **said, until=until), msg(
                "rule.hint.gone_in_span", **said
            )
    begins = unit.valid_from
    if begins is not None and begins > first and (begins > last or unit.id not in successors):
        since = _dmy(begins)
        hint = "rule.hint.begins_after_deadline" if begins > last else "rule.hint.begins_in_span"
        return msg("rule.begins_in_span", **said, since=since), msg(hint, **said, since=since)
    return None


_ROLE_WORDS = {
    "directing": "rule.role_directing",
    "lead": "rule.role_lead",
    "cooperating": "rule.role_cooperating",
}


def _dmy(iso: str) -> str:
    return "/".join(reversed(iso.split("-")))


def _missing_column() -> str:
    """How `cds import` starts the line of a column the table lacks (its words, always in
    Vietnamese: the registry is the office's), to give that line its own hint."""
    from cds_tracker.output.words import label

    return label("import_missing_column", "vi", field="").removesuffix("'")


def imported_values_reviewed(parts: Parts) -> Iterator[Finding]:
    """`cds import` marks what it could not read; the mark stays an error until a person decides,
    and the hint says how to clear it."""
    for i, note in enumerate(parts.needs_review):
        column = note.startswith(_missing_column())
        hint = msg("rule.hint.review_column" if column else "rule.hint.review_file")
        yield Finding(("needs_review", i), msg("rule.needs_review", note=note), hint)
    for i, note in enumerate(parts.document.needs_review if parts.document else ()):
        yield Finding(
            ("document", "needs_review", i),
            msg("rule.needs_review", note=note),
            msg("rule.hint.review_document"),
        )
    for path, _, target in parts.targets:
        for i, note in enumerate(target.needs_review):
            yield Finding(
                (*path, "needs_review", i),
                msg("rule.needs_review", note=note),
                msg("rule.hint.review_target"),
                target=target.id,
            )


def year_of_folder(registry: Path, parts: Parts) -> Iterator[Finding]:
    """A plan of a workspace is filed under its year (`plans/2024/`, `plans/2024-sua-doi/`): a
    registry there stating another year is the wrong plan's heading, cited on every letter."""
    folder = registry.absolute().parent
    found = re.match(r"([0-9]{4})(?![0-9])", folder.name)  # ASCII: "٢٠٢٨" is no year
    if parts.document is None or folder.parent.name != "plans" or found is None:
        return
    if parts.document.year != int(found[1]):
        yield Finding(
            ("document", "year"),
            msg("rule.year_not_folder", year=parts.document.year, folder=folder.name),
            msg("rule.hint.year_not_folder", year=found[1], folder=folder.name),
        )
