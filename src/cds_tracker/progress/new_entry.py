"""Building a new progress entry from what `cds progress add` was given, with every check.

A new entry is checked here against the registry (unit assigned, date not in the future, values
within their indicator's range, a correction of the same target and unit) before the writer
turns it into one line.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cds_tracker.core.errors import msg
from cds_tracker.core.records import Entry
from cds_tracker.core.text import did_you_mean

if TYPE_CHECKING:
    from cds_tracker.questions.queries import Tracker
    from cds_tracker.registry.models import ProgressEntry


def new_entry_id() -> str:
    import secrets

    return secrets.token_hex(6)


def now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


@dataclass(frozen=True)
class NewEntry:
    entry: ProgressEntry  # the pydantic record: what is written is checked by the schema
    warnings: tuple[str, ...]


def build_entry(
    tracker: Tracker,
    find_entry: Callable[[str], Entry | None],
    *,
    target_id: str,
    unit_id: str,
    status: str,
    day: dt.date,
    values: Sequence[str],
    note: str = "",
    obstacles: str = "",
    proposals: str = "",
    evidence: Sequence[str] = (),
    by: str = "",
    corrects: str | None = None,
    force: bool = False,
    written: dt.datetime | None = None,
) -> NewEntry:
    """A checked entry ready to append; usage problems raise `UsageError` and write nothing."""
    from cds_tracker.core.errors import UsageError
    from cds_tracker.core.text import nfc
    from cds_tracker.questions.queries import roles_of
    from cds_tracker.registry.models import ProgressEntry

    _, target = tracker.target(target_id)
    unit = tracker.index.units[unit_id]
    if unit.is_collective:
        raise UsageError(
            msg("entry.collective", unit=unit.name),
            hint=msg("entry.hint.member", member=tracker.index.name(unit.members[0]))
            if unit.members
            else None,
        )
    moment = written or now()
    if day > moment.date():
        raise UsageError(
            msg("entry.future", day=day.strftime("%d/%m/%Y")),
            hint=msg("entry.hint.future"),
        )
    forced = False
    if not roles_of(tracker, target, unit_id):
        if not force:
            raise UsageError(
                msg("entry.not_assigned", unit=unit.name, target=target.id),
                hint=msg("entry.hint.force"),
            )
        forced = True
    parsed = _values(target, values)
    if corrects is not None:
        original = find_entry(corrects)
        if original is None:
            raise UsageError(
                msg("entry.corrects_missing", id=corrects),
                hint=msg("entry.hint.list_ids", target=target.id),
            )
        if (original.target, original.unit) != (target.id, unit_id):
            raise UsageError(
                msg(
                    "entry.corrects_other",
                    id=corrects,
                    target=original.target,
                    unit=tracker.index.name(original.unit),
                )
            )
    entry = ProgressEntry(
        id=new_entry_id(),
        target=target.id,
        unit=unit_id,
        status=status,  # type: ignore[arg-type]
        date=day.isoformat(),
        written=moment.isoformat(),
        values=parsed,
        note=nfc(note),
        obstacles=nfc(obstacles),
        proposals=nfc(proposals),
        evidence=tuple(nfc(e) for e in evidence),
        by=nfc(by),
        corrects=corrects,
        forced=forced,
    )
    warnings = []
    if status == "done":
        for indicator in target.indicators:
            if indicator.key in parsed and not indicator.is_met(parsed[indicator.key]):
                warnings.append(
                    f"marked done, but {indicator.key} = {parsed[indicator.key]:g} does not meet "
                    f"{indicator.comparator} {indicator.value:g}{indicator.unit}"
                )
    return NewEntry(entry, tuple(warnings))


def _values(target: Any, values: Sequence[str]) -> dict[str, float]:
    from cds_tracker.core.errors import UsageError

    keys = [i.key for i in target.indicators]
    parsed: dict[str, float] = {}
    for text in values:
        key, sep, number = text.partition("=")
        if not sep:
            if len(keys) != 1:
                raise UsageError(
                    msg("entry.value_which", text=text),
                    hint=msg("entry.hint.indicators_of", target=target.id, keys=", ".join(keys))
                    if keys
                    else msg("progress.hint.no_indicators", target=target.id),
                )
            key, number = keys[0], text
        key = key.strip()
        if key not in keys:
            raise UsageError(
                msg("entry.value_no_indicator", target=target.id, key=key),
                hint=did_you_mean(key, keys)
                or (
                    msg("entry.hint.indicators_of", target=target.id, keys=", ".join(keys))
                    if keys
                    else msg("progress.hint.no_indicators", target=target.id)
                ),
            )
        try:
            value = float(number.strip().replace(",", ".").rstrip("%"))
        except ValueError:
            raise UsageError(msg("entry.value_not_number", text=text, number=number)) from None
        if not math.isfinite(value):
            raise UsageError(msg("entry.value_not_finite", text=text, number=number))
        indicator = next(i for i in target.indicators if i.key == key)
        if indicator.unit == "%" and not 0 <= value <= 100:
            raise UsageError(msg("entry.value_percent", text=text))
        parsed[key] = value
    return parsed
