"""The numbers the plan in force on a day prints its targets under, and the revisions in force.

A target's id never changes (progress entries name it); the number an office reads in its plan
does. Before any revision is in force, the plan prints each of its own targets at its id (`cds
import` makes ids of the table's numbers). Once the latest revision is in force, its table
prints the targets it lists at `printed` (or at their id), every group numbered 1, 2, 3… as
printed. Between two revisions, the numbers the revision in force printed, as `import --revise`
recorded them (`revisions[].printed`); where a registry has not recorded them (written before
the field), the targets still in force on the day keep the latest order, numbered 1, 2, 3….

A target carried from an earlier plan (`carried_from`) has no number in this plan: the plan never
printed it (`cds carry-over` only gives it an id of the registry's). Every document cites it by
its origin, its number in the plan it came from and that plan's year, "II.4 (2023)"
(`output/carried.py`, docs/documents.md), reading the origin plan from the workspace. Unless a
revision lists it in its own table (revised appendices often list every target): `import
--revise` then records the number it prints (`printed: I.2`, `revisions[].printed`), and from
that revision on the plan prints it there like its own, so every document numbers it so and
the appendix lists it in its group, not in the carried part (`listed`, attack 11 a11-16).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from cds_tracker.core.dates import try_parse_date
from cds_tracker.core.records import Document, Plan, Registry, Renumbered, Target


def revisions_in_force(document: Document, day: dt.date) -> tuple[Plan, ...]:
    """The revisions issued on or before `day`, oldest first. A revision whose date is still a
    blank to fill by hand is taken as in force: the registry already holds what it changed."""
    return tuple(
        revision
        for revision in document.revisions
        if (issued := try_parse_date(revision.date)) is None or issued <= day
    )


def numbers_on(registry: Registry, day: dt.date) -> Mapping[str, str]:
    """Target id → the number the plan in force on `day` prints it under ('I.2'); a target
    cancelled by then (or, the latest revision in force, cancelled at all: its table leaves
    it out), or added by a revision not in force yet (`Target.added_by`), has none, nor has a
    carried target (`carried_from`: the plan never printed it; the documents cite it by its id
    here with its number in its own plan, 'I.5 (II.1 (2023))', output/carried.py) the revision
    in force does not list in its own table (`listed`)."""
    revisions = registry.document.revisions
    in_force = revisions_in_force(registry.document, day)
    iso = day.isoformat()
    found: dict[str, str] = {}
    for group in registry.groups:
        if not in_force:  # the plan as issued: every target at its id
            own = [t for t in group.targets if t.carried_from is None and t.added_by(iso)]
            found.update((t.id, t.id) for t in own if not _cancelled_by(t, iso))
            continue
        latest = len(in_force) == len(revisions)
        recorded = in_force[-1].printed
        # one a later revision adds has no number yet; a carried one none in this plan unless
        # the revision in force lists it in its own table (`listed`)
        own = [t for t in group.targets if _own(t, latest, recorded) and t.added_by(iso)]
        if not latest and recorded is not None:  # the numbers that revision printed, kept
            at = {r.id: r.number for r in recorded}
            found.update((t.id, at.get(t.id, t.id)) for t in own if not _cancelled_by(t, iso))
            continue
        kept = [
            t for t in own if not (t.cancelled is not None if latest else _cancelled_by(t, iso))
        ]
        elsewhere = {t.id: t.printed for t in kept if t.printed and _group(t.printed) != group.id}
        found.update((i, str(printed)) for i, printed in elsewhere.items())  # by hand: as written
        ordered = sorted((t for t in kept if t.id not in elsewhere), key=_order)
        found.update((t.id, f"{group.id}.{n}") for n, t in enumerate(ordered, 1))
    return found


def in_force_on(registry: Registry, day: dt.date) -> frozenset[str]:
    """The ids of the targets in force on `day` as `numbers_on` counts them: the plan's own it
    numbers, and the carried ones not cancelled (by then, or at all once the latest revision is
    in force), which the documents list apart under their origin's numbers."""
    in_force = revisions_in_force(registry.document, day)
    latest = bool(in_force) and len(in_force) == len(registry.document.revisions)
    iso = day.isoformat()
    carried = (
        t.id
        for _, t in registry.targets()
        if t.carried_from is not None
        and not (t.cancelled is not None if latest else _cancelled_by(t, iso))
    )
    return frozenset((*numbers_on(registry, day), *carried))


def _own(target: Target, latest: bool, recorded: Sequence[Renumbered] | None) -> bool:
    """Whether the revision in force numbers `target` among the plan's own: any of the plan's,
    and a carried one it lists in its table (`listed`)."""
    if target.carried_from is None:
        return True
    if latest:
        return listed(target)
    return any(r.id == target.id for r in recorded or ())


def listed(target: Target) -> bool:
    """A carried target the latest revision lists in its own table: `import --revise` recorded
    the number it prints (`printed`; a row of the table's carried part records none)."""
    return target.carried_from is not None and bool(target.printed)


def _group(number: str) -> str:
    return number.partition(".")[0]


def _cancelled_by(target: Target, iso: str) -> bool:
    return target.cancelled_since(iso) is not None  # or inside a window a revision lifted


def _order(target: Target) -> tuple[int, int]:
    """The latest revision's order: its number there (`printed`, else the id's)."""
    printed = within(target.printed) if target.printed else target.number
    return (printed, target.number)


def within(number: str) -> int:
    """'I.12' → 12: the number inside its group, 0 for one that is not (field_types.PRINTED bounds
    what `validate` lets through; a reader never trusts the text to be short)."""
    digits = number.partition(".")[2]
    return int(digits) if digits.isascii() and digits.isdigit() and len(digits) <= 6 else 0
