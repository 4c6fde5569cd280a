"""Rules of a target's assignments: every unit cell's text resolves, completely, to exactly the
units listed (nothing silently lost), and a name no unit has gets a hint of what to add. Part of
`rules.RULES`; apart from the other rules because only it resolves cells through the catalog
(`Parts.index`, registry/units.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Finding, Msg, msg
from cds_tracker.core.field_types import ROLES
from cds_tracker.core.text import did_you_mean, fold
from cds_tracker.registry.unit_wordings import person_named

if TYPE_CHECKING:
    from cds_tracker.core.records import Assignment, Target
    from cds_tracker.registry.rules import Parts
    from cds_tracker.registry.units import UnitIndex
    from cds_tracker.registry.yamlio import PathKey


def assignments_resolve(parts: Parts) -> Iterator[Finding]:
    """Every unit text resolves, completely, to exactly the units listed: nothing silently lost."""
    index = parts.index()
    declared = parts.declared_unit_ids | set(index.units)
    for where, cell, target in _cells(parts):
        resolution = index.resolve(cell.text)
        for leftover in resolution.unresolved:
            if _without_title(leftover, parts.official_titles) in parts.invalid_unit_names:
                continue  # that unit is declared, and already reported as invalid
            yield Finding(
                (*where, "text"),
                msg("rule.no_such_unit_name", name=leftover),
                _unknown_hint(leftover, index, parts.changes_file),
                target=target.id,
                needle=leftover,
            )
        for i, unit_id in enumerate(cell.units):
            if unit_id not in declared:
                yield Finding(
                    (*where, "units", i),
                    msg("rule.unknown_unit", unit=unit_id),
                    did_you_mean(unit_id, sorted(declared)),
                    target=target.id,
                )
        if resolution.unresolved or not set(cell.units) <= set(index.units):
            continue
        wanted = resolution.unit_ids
        if set(wanted) != set(cell.units):
            listed = ", ".join(cell.units)
            yield Finding(
                (*where, "units"),
                msg("rule.units_mismatch", listed=listed, wanted=", ".join(wanted)),
                msg("rule.hint.set_units", wanted=", ".join(wanted)),
                target=target.id,
                at_key=True,
            )


def _cells(parts: Parts) -> Iterator[tuple[PathKey, Assignment, Target]]:
    """Each unit cell the registry holds, where it is written, and its target's: the target's
    own, then each `before` entry's (a cell a revision changed, as it stood before it), which
    `show --as-of` and every count of an earlier day read, so held to the same rules (a12_01)."""
    for path, _, target in parts.targets:
        for role in ROLES:
            yield (*path, role), target.assignment(role), target
        for i, earlier in enumerate(target.before):
            for role in ROLES:
                cell = getattr(earlier, role)
                if cell is not None:
                    yield (*path, "before", i, role), cell, target


def _unknown_hint(leftover: str, index: UnitIndex, changes_file: str | None) -> Msg:
    """What to do about a name no unit has: for a person ("Đ/c Trần Thị B"), the name to add as
    an alias; else add the unit, after the closest name if any (as `cds import` and `--unit`):
    in a plan of a workspace, a ward or commune (one a merger made) to the unit changes file."""
    from cds_tracker.registry.unit_changes import merger_hint

    person = person_named(leftover)
    if person is not None:
        return msg("rule.hint.add_person", person=person, said=" ".join(leftover.split()))
    merger = merger_hint(leftover, changes_file) if changes_file is not None else None
    then = merger or msg("rule.hint.add_unit")
    near = index.suggest(leftover)
    if near:
        return msg("rule.hint.near_unit", near=near[0], then=then)
    return then


def _without_title(text: str, titles: tuple[str, ...]) -> str:
    folded = fold(text)
    for title in titles:
        if folded.startswith(fold(title) + " "):
            return folded[len(fold(title)) + 1 :]
    return folded
