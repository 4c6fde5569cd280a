"""Rules of a target's indicators (the figures its text states): keys unique, text quoted from
the target, percentages within 0-100, and a city-wide figure reported by one known unit. Part
of `rules.RULES`; each a small function over the parsed parts, returning findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Finding, msg
from cds_tracker.core.text import did_you_mean

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts


def indicators_consistent(parts: Parts) -> Iterator[Finding]:
    for path, _, target in parts.targets:
        keys: set[str] = set()
        for i, indicator in enumerate(target.indicators):
            where = (*path, "indicators", i)
            if indicator.key in keys:
                yield Finding(
                    (*where, "key"),
                    msg("rule.duplicate_indicator", key=indicator.key),
                    target=target.id,
                )
            keys.add(indicator.key)
            if indicator.text.casefold() not in target.content.casefold():
                yield Finding(
                    (*where, "text"),
                    msg("rule.indicator_not_in_content", text=indicator.text),
                    msg("rule.hint.quote_threshold"),
                    target=target.id,
                )
            if indicator.unit == "%" and not 0 <= indicator.value <= 100:
                yield Finding(
                    (*where, "value"),
                    msg("rule.percentage_range", value=f"{indicator.value:g}"),
                    target=target.id,
                )


def indicator_reporters_known(parts: Parts) -> Iterator[Finding]:
    """A city-wide figure has one unit that reports it: named, or a lead unit that is one unit."""
    units = {unit.id: unit for _, unit in parts.units}
    for path, _, target in parts.targets:
        for i, indicator in enumerate(target.indicators):
            where = (*path, "indicators", i)
            if indicator.reporter is not None:
                unit = units.get(indicator.reporter)
                if unit is None or unit.is_collective:
                    yield Finding(
                        (*where, "reporter"),
                        msg("rule.bad_reporter", reporter=indicator.reporter),
                        did_you_mean(indicator.reporter, sorted(units)),
                        target=target.id,
                    )
            elif indicator.scope == "city" and all(
                u in units and units[u].is_collective  # an unknown unit is reported already
                for u in target.lead.units
            ):
                yield Finding(
                    (*where, "scope"),
                    msg("rule.no_reporter", key=indicator.key),
                    msg("rule.hint.reporter"),
                    target=target.id,
                )
