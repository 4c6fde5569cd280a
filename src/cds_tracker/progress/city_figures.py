"""A city-wide figure in a progress file, from a unit that does not give it: `validate`'s
finding (progress/reading.py `_check_entry` asks it of an entry holding a city figure; the
fast checks of progress/clean.py send such an entry there unless its unit is the one named).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import Finding, msg
from cds_tracker.registry.succession import absent
from cds_tracker.registry.units import UnitIndex


def city_figure_findings(entry: Entry, target: Any, index: UnitIndex) -> Iterable[Finding]:
    """A city-wide figure written by a unit that does not give it on the entry's day
    (questions/figures.py `figure_giver`, the rule `progress add` refuses it by): `show` never
    counts it. An error, as a key the target does not measure is: both are figures that
    would sit in the file and count for nothing. A unit not known, or not existing that day,
    is said above."""
    if entry.unit not in index.units or absent(index.units, entry.unit, entry.day) is not None:
        return
    from cds_tracker.output.tables import indicator_name
    from cds_tracker.questions.figures import not_given

    for indicator, giver in not_given(target, index, entry.unit, entry.day, entry.values):
        reporter = index.name(giver)
        yield Finding(
            ("values", indicator.key),
            msg(
                "progress.city_figure",
                name=indicator_name(indicator),
                target=target.id,
                reporter=reporter,
                unit=index.name(entry.unit),
                day=entry.day.strftime("%d/%m/%Y"),
            ),
            msg("progress.hint.city_figure", key=indicator.key, reporter=reporter),
            at_key=True,
        )
