"""Rules of plans that change: units over time, and the marks `cds import` leaves.

Part of `rules.RULES`; each a small function over the parsed parts, returning findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Finding, msg
from cds_tracker.core.text import did_you_mean
from cds_tracker.registry.succession import successor_loop

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts


def units_change_consistently(parts: Parts) -> Iterator[Finding]:
    """Validity periods in order, successors known, and no chain of successors that loops."""
    units = {unit.id: unit for _, unit in parts.units}
    for path, unit in parts.units:
        if unit.valid_from and unit.valid_to and unit.valid_to < unit.valid_from:
            yield Finding(
                (*path, "valid_to"),
                msg("rule.unit_ends_before", unit=unit.id),
                msg("rule.hint.unit_days"),
                at_key=True,
            )
        if unit.successor is None:
            continue
        if unit.successor not in units:
            yield Finding(
                (*path, "successor"),
                msg("rule.unknown_successor", successor=unit.successor, unit=unit.id),
                did_you_mean(unit.successor, sorted(units)),
            )
        elif (loop := successor_loop(units, unit.id)) is not None:
            yield Finding(
                (*path, "successor"),
                msg("rule.successor_loop", unit=unit.id, chain=" → ".join(loop)),
                msg("rule.hint.successor_loop"),
            )
        if unit.valid_to is None:
            yield Finding(
                (*path, "successor"),
                msg("rule.successor_no_end", unit=unit.id),
                msg("rule.hint.successor_no_end"),
                at_key=True,
            )


def imported_values_reviewed(parts: Parts) -> Iterator[Finding]:
    """`cds import` marks what it could not read; the mark stays an error until a person decides,
    and the hint says how to clear it."""
    for i, note in enumerate(parts.needs_review):
        yield Finding(
            ("needs_review", i), msg("rule.needs_review", note=note), msg("rule.hint.review_file")
        )
    for path, _, target in parts.targets:
        for i, note in enumerate(target.needs_review):
            yield Finding(
                (*path, "needs_review", i),
                msg("rule.needs_review", note=note),
                msg("rule.hint.review_target"),
                target=target.id,
            )
