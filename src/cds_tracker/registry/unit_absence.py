"""A unit absent on a day: why it cannot speak, how it became its heir, whose its late report is.

Apart from the chains themselves (succession.py: who the heir is, the parts it took over)
because these are the refusals and their words: `progress add`, a filled form, `validate`, a
query as of a day and carry-over's proposal say them; a warm `cds due` never does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from cds_tracker.core.errors import Msg, msg
from cds_tracker.core.records import Unit
from cds_tracker.registry.succession import chain_memo, exists_on, heir, is_rename


def taken_by_heir(units: Mapping[str, Unit], unit_id: str, day: dt.date) -> bool:
    """Whether a report of `unit_id` dated `day`, after its last day, is its heir's work: the
    unit was merged or renamed and an heir existed that day. `progress add` and a form's import
    refuse such a report (the hint: report as the heir), so one in a progress file was written
    before the merger was recorded — mergers are often recorded late (review 15, a15_09). It is
    accepted, never edited away (progress files are append-only), and counts as the heir's own
    report made after the merger (`reporters`): the ward's staff who wrote it are the heir's."""
    unit = units.get(unit_id)
    if unit is None or unit.valid_to is None or day.isoformat() <= unit.valid_to:
        return False
    after = heir(units, unit_id, day)
    return after != unit_id and (after not in units or exists_on(units[after], day))


def absent(units: Mapping[str, Unit], unit_id: str, day: dt.date) -> Msg | None:
    """Why `unit_id` cannot speak on `day` (None when it existed): merged into or renamed as
    its heir from the day after its last, or not begun yet. The one wording of `progress add`,
    a filled form, a query as of a day and `validate`."""
    unit = units[unit_id]
    if exists_on(unit, day):
        return None
    shown = day.strftime("%d/%m/%Y")
    if unit.valid_from is not None and day.isoformat() < unit.valid_from:
        return msg("unit.not_yet", unit=unit.name, day=shown, since=_dmy(unit.valid_from))
    after = heir(units, unit_id, day)
    if after == unit_id or unit.valid_to is None:
        return msg("unit.gone", unit=unit.name, day=shown, until=_dmy(unit.valid_to or ""))
    return msg("unit.changed", unit=unit.name, day=shown, how=changes_until(units, unit_id, after))


def gone_before(
    units: Mapping[str, Unit], unit_id: str, start: str, day: dt.date
) -> tuple[Msg, str] | None:
    """Why `unit_id` has no part in the plan that began on `start` (yyyy-mm-dd; "" for none),
    and who answers in its place on `day` (or on `start`, if earlier), when it was merged or
    renamed before the plan began; None else. The plan asked its heir from its first day: no
    day of it, before it or after, is the unit's own."""
    unit = units[unit_id]
    if not start or unit.valid_to is None or unit.valid_to >= start:
        return None
    after = heir(units, unit_id, max(day, dt.date.fromisoformat(start)))
    if after == unit_id:
        return None  # ended with nobody: `absent` says so on any day after it
    how = changes_until(units, unit_id, after)
    said = msg("unit.gone_before_plan", unit=unit.name, how=how, start=_dmy(start))
    return said, after


def came_before(units: Mapping[str, Unit], unit_id: str, day: dt.date) -> list[str]:
    """The units that answered on `day` for `unit_id`, not made yet then: those merged into it
    or renamed as it that existed that day, walking back through any not made yet either (a
    ward made of wards themselves merged). Catalog order; none for a unit made from nothing."""
    found: list[str] = []
    wanted, seen = [unit_id], {unit_id}
    while wanted:
        into = wanted.pop(0)
        for unit in units.values():
            if unit.successor != into or unit.id in seen:
                continue
            seen.add(unit.id)
            if exists_on(unit, day):
                found.append(unit.id)
            elif unit.valid_from is not None and day.isoformat() < unit.valid_from:
                wanted.append(unit.id)  # not made yet either: who answered for it
    return found


def absence_hint(
    units: Mapping[str, Unit], unit_id: str, day: dt.date, *, option: str = "--as-of"
) -> Msg:
    """What to do about `absent`'s refusal, for a query as of a day (`option` "--as-of") or a
    report of a day (`progress add`, "--date"): the heir to ask or report as, for a unit gone;
    for a unit not made yet, the units that answered that day (each as a --unit to type) and
    the day from which it exists. The one home of these hints; a form's row says its own words
    with the same values (progress/form_refusals.py)."""
    unit = units[unit_id]
    after = heir(units, unit_id, day)
    if after != unit_id:
        key = "unit.hint.ask_heir" if option == "--as-of" else "unit.hint.report_as"
        return msg(key, heir=units[after].name if after in units else after)
    query = option == "--as-of"
    if unit.valid_from is None or day.isoformat() >= unit.valid_from:
        return msg("unit.hint.other_day" if query else "unit.hint.check_date")
    since = _dmy(unit.valid_from)
    before = tuple(units[u].name for u in came_before(units, unit_id, day))
    if not before:
        return msg("unit.hint.from_day" if query else "unit.hint.date_from", since=since)
    from cds_tracker.core.command_words import name_word

    words = [f"--unit {name_word(name)}" for name in before]
    either = words[0] if len(words) == 1 else msg("unit.hint.or", first=", ".join(words[:-1]),
                                                  then=words[-1])  # fmt: skip
    key = "unit.hint.ask_before" if query else "unit.hint.report_before"
    return msg(key, day=day.strftime("%d/%m/%Y"), names=", ".join(before), options=either,
               since=since, before=before)  # fmt: skip


def changes_until(
    units: Mapping[str, Unit], unit_id: str, last: str, *, short: bool = False
) -> Msg:
    """How `unit_id` became `last` (its heir on some day), each step in order and true to itself:
    "đổi tên thành B từ 01/03/2025, rồi sáp nhập vào C từ 01/07/2025" — a rename then a merger
    is neither "renamed C" nor "merged into C". `short` leaves out the names ("sáp nhập từ …"),
    for a line that already shows the heir. The one wording of validate's hints, `absent` and
    carry-over's proposal."""
    known = chain_memo(units).changes
    found = known.get((unit_id, last, short))
    if found is None:
        found = known[unit_id, last, short] = _changes(units, unit_id, last, short)
    return found


def _changes(units: Mapping[str, Unit], unit_id: str, last: str, short: bool) -> Msg:
    chain: list[Unit] = []  # the units that changed, in order: a walk, words only for those shown
    current, seen = unit_id, {unit_id}
    while current != last:
        unit = units[current]
        if unit.successor is None or unit.valid_to is None or unit.successor in seen:
            break  # not a chain to `last` (validate reports a loop or a missing end)
        chain.append(unit)
        current = unit.successor
        seen.add(current)
    if not chain:
        return msg("unit.step_none")
    steps = [_step(units, unit, short) for unit in chain[:1] + chain[1:][-(_SHOWN_STEPS - 1) :]]
    if len(chain) > _SHOWN_STEPS:
        # A chain of any length says its first step (what became of the unit the person wrote)
        # and its last (who answers now), the count between: the message stays one line and
        # nests two deep, where one message per step nested once per step (a 600-step chain
        # is valid data) overflowed the stack of `say`.
        return msg("unit.steps_more", first=steps[0], count=len(chain) - 2, then=steps[-1])
    said = steps[-1]
    for step in reversed(steps[:-1]):
        said = msg("unit.steps_then", first=step, then=said)
    return said


def _step(units: Mapping[str, Unit], unit: Unit, short: bool) -> Msg:
    since = (dt.date.fromisoformat(unit.valid_to or "") + dt.timedelta(days=1)).strftime("%d/%m/%Y")
    successor = unit.successor or ""
    after = units[successor].name if successor in units else successor
    return msg(_STEPS[is_rename(units, unit.id), short], heir=after, since=since)


_SHOWN_STEPS = 3  # steps a message spells out; a longer chain shows its first and last

_STEPS = {  # (a rename?, short?) → its words
    (False, False): "unit.step_merged",
    (True, False): "unit.step_renamed",
    (False, True): "unit.step_merged_short",
    (True, True): "unit.step_renamed_short",
}


def _dmy(iso: str) -> str:
    return "/".join(reversed(iso.split("-"))) if iso else "…"
