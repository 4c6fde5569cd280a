"""The target a clerk types on `show`, `progress add` and `progress list`, understood as meant.

A plan that carried targets from 2023 holds two kinds of "II.4": its own target with id II.4,
and the target carried from 2023/II.4 (id II.6 here), which the unit knew by that number all
last year. In a 2024 workspace nearly every plain id is also some carried target's old number,
so refusing or asking would stop a clerk on almost every command: the plan's own id wins (it is
what the plan on the clerk's desk prints), and a note on stderr names the carried target and
how to reach it ('2023/II.4', or 'II.4 (2023)' as the letters cite it). '2024/II.4' names the
plan's own with no note (docs/progress.md).

The note is said only where the clerk could mean the carried target (`keep_notes`): a unit
named (`progress add`, `progress list --unit`) with no part in it did not mean it; `show` of a
day the carried target is finished by asks about the open one. Once per id per run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Msg, msg
from cds_tracker.core.records import Registry, Target

if TYPE_CHECKING:
    from cds_tracker.output.carried import Origins
    from cds_tracker.questions.tracker import Tracker

SHORT = 60  # characters of a target's text beside its id in the note


@dataclass
class _Clash:
    typed: str
    own: Target
    others: list[Target]
    origins: Origins
    year: str
    typed_as: dict[str, str]  # carried target's id → what the note tells to type for it


# The clashes of the last `typed_target`, for the CLI to say on stderr (`take_notes`): never in
# the answer itself, whose JSON a program reads.
_notes: list[_Clash] = []


def keep_notes(could_mean: Callable[[Target], bool]) -> None:
    """Keep in the notes only the carried targets the clerk could mean (`could_mean`): a note
    left with none is not said."""
    for clash in _notes:
        clash.others = [t for t in clash.others if could_mean(t)]
    _notes[:] = [c for c in _notes if c.others]


def has_part(
    tracker: Tracker, unit_id: str, day: dt.date | None = None
) -> Callable[[Target], bool]:
    """A unit named may mean a carried target it has a part in (as itself, a unit merged into
    it by `day`, or a collective it belongs to); it did not mean one it has none in."""
    from cds_tracker.questions.catalog import roles_of

    return lambda target: bool(roles_of(tracker, target, unit_id, day))


def open_on(tracker: Tracker, as_of: dt.date) -> Callable[[Target], bool]:
    """With no unit named (`show`), a carried target may be meant while it is not finished on
    the day asked: its old number is looked up to follow or report on it."""
    from cds_tracker.core.statuses import FINISHED

    def still_open(target: Target) -> bool:
        group = next(g for g, t in tracker.registry.targets() if t.id == target.id)
        return tracker.row(group, target, as_of).status.code not in FINISHED

    return still_open


def take_notes() -> list[Msg]:
    """The notes `typed_target` left (an own id that is also a carried target's old number),
    emptied: each id's said once."""
    said = {c.typed.upper(): _note(c) for c in _notes}
    _notes.clear()
    return list(said.values())


def typed_target(path: Path, registry: Registry, typed: str) -> str:
    """What `Tracker.target` takes for `typed`: '2024/II.4' (this plan named) → 'II.4'; 'I.2
    (2023)' as the documents print it → the `carried_from` of the one target cited so; any
    other text as typed. A plain id that is also a carried target's number in its old plan is
    the plan's own, with a note for `take_notes`."""
    from cds_tracker.questions.origin_ids import carried_target, clashing, origin_named, own_named

    _notes.clear()
    plans = _own_plans(path, registry)
    own = own_named(typed, plans)
    if own is not None:
        return own
    if not any(t.carried_from for _, t in registry.targets()):
        return typed  # nothing carried: no other reading (and no origin plan read)
    from cds_tracker.app.origins import carried_origins
    from cds_tracker.output.carried import cited

    origins = carried_origins(path, registry)
    said = {t.id: cited(t, origins) for _, t in registry.targets() if t.carried_from}
    if origin_named(typed.strip()) is not None:  # 'II.2 (2024)' and '2024/II.2' alike
        found = carried_target(typed.strip(), registry.targets(), said)
        return str(found[1].carried_from) if found is not None else typed
    clash = clashing(typed, registry.targets(), said)
    if clash is not None:
        year = str(registry.document.year) if registry.document.year else plans[0]
        ways = {t.id: _typed_as(t, registry, origins, said) for t in clash[1]}
        _notes.append(_Clash(typed.strip(), clash[0], clash[1], origins, year, ways))
    return typed


def _typed_as(target: Target, registry: Registry, origins: Origins, said: dict[str, str]) -> str:
    """What the note tells to type for a carried target: what the sentence names, the plan that
    printed it first and its number there ('2023/I.2', matched as `cited` says it: 'I.2
    (2023)'), when that names this target alone; else its id here. A revision of the origin
    plan that renumbered its targets makes '2024/I.2' both the target the plan in force prints
    as I.2 and the one whose `carried_from` is 2024/I.2 — refused as several (clerk12 F2) — and
    the id here is the one way that always names it alone (the plan's own id wins)."""
    from cds_tracker.core.errors import UsageError
    from cds_tracker.output.carried import origin_number, origin_year
    from cds_tracker.questions.origin_ids import carried_target

    origin = f"{origin_year(target, origins)}/{origin_number(target, origins)}"
    try:
        found = carried_target(origin, registry.targets(), said)
    except UsageError:
        found = None
    return origin if found is not None and found[1].id == target.id else target.id


def _own_plans(path: Path, registry: Registry) -> list[str]:
    """The names this plan goes by in 'plan/ID': its folder under plans/, its year."""
    from cds_tracker.registry.plan_names import own_name

    names = [own] if (own := own_name(path)) is not None else []
    if registry.document.year:
        names.append(str(registry.document.year))
    return list(dict.fromkeys(names)) or ["—"]


def _note(clash: _Clash) -> Msg:
    """'Chú ý: II.4 là chỉ tiêu II.4 của Kế hoạch năm 2024 («…»); chỉ tiêu chuyển tiếp từ II.4
    Kế hoạch năm 2023 là II.6 — gõ 2023/II.4 nếu muốn chỉ tiêu đó.'"""
    from cds_tracker.output.carried import origin_number, origin_year

    known = clash.origins
    own, others = clash.own, clash.others
    ways = []
    for other in others:
        # What to type is what the sentence names: the plan that printed it first and its number
        # there, '2023/I.2', matched as `cited` says it ('I.2 (2023)'). A target carried twice
        # has a `carried_from` of the plan between ('2024/I.5'), which the sentence does not
        # name (clerk11 F); that is taken too (`carried_target`), but not said.
        number, year = origin_number(other, known), origin_year(other, known)
        ways.append(
            msg(
                "carried.own_wins_other",
                id=other.id,
                number=number,
                year=year,
                origin=clash.typed_as[other.id],
            )
        )
    joined = ways[0]
    for way in ways[1:]:
        joined = msg("carried.joined", first=joined, rest=way)
    return msg(
        "carried.own_wins",
        typed=clash.typed,
        id=own.id,
        year=clash.year,
        content=_short(own.content),
        others=joined,
    )


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SHORT else flat[: SHORT - 1].rstrip(" ,;:") + "…"
