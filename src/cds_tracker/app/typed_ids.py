"""The target a clerk types on `show`, `progress add` and `progress list`, understood as meant.

A plan that carried targets from 2023 holds two kinds of "II.4": its own target with id II.4,
and the target carried from 2023/II.4 (id II.6 here), which the clerk knew by that number all
last year. Taking the plan's II.4 silently would file a report under the wrong target, so a
typed id that is both refuses (exit 2) naming both, unless it is named as one target only: the
plan's own as '2024/II.4' (or `progress add --id`), the carried one as '2023/II.4' or 'II.4
(2023)' as the letters cite it (docs/carry-over.md).
"""

from __future__ import annotations

from pathlib import Path

from cds_tracker.core.errors import Msg, msg
from cds_tracker.core.records import Registry, Target
from cds_tracker.progress.new_entry import AmbiguousCode

SHORT = 60  # characters of a target's text beside its id in the refusal


class CarriedClash(AmbiguousCode):
    """`AmbiguousCode` of a plain id that is also a carried target's number in its own plan:
    the CLI asks on a terminal with these words."""

    ask = "carried.clash_ask"
    choice = "carried.clash_choice"


def typed_target(path: Path, registry: Registry, typed: str, *, adding: bool = False) -> str:
    """What `Tracker.target` takes for `typed`: '2024/II.4' (this plan named) → 'II.4'; 'I.2
    (2023)' as the documents print it → the `carried_from` of the one target cited so; any
    other text as typed, after refusing one that names two targets (`CarriedClash`, a usage
    error: exit 2 unless the CLI can ask). `adding`: for `progress add`, whose hint adds --id."""
    from cds_tracker.questions.origin_ids import carried_target, clashing, origin_named, own_named

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
    if origin_named(typed.strip()) is not None:
        if "/" in typed:
            return typed
        found = carried_target(typed.strip(), registry.targets(), said)
        return str(found[1].carried_from) if found is not None else typed
    clash = clashing(typed, registry.targets(), said)
    if clash is None:
        return typed
    raise _refusal(typed.strip(), clash, origins, plans[0], adding)


def _own_plans(path: Path, registry: Registry) -> list[str]:
    """The names this plan goes by in 'plan/ID': its folder under plans/, its year."""
    from cds_tracker.registry.unit_changes import PLANS

    names = [path.parent.name] if path.parent.parent.name == PLANS else []
    if registry.document.year:
        names.append(str(registry.document.year))
    return list(dict.fromkeys(names)) or ["—"]


def _refusal(
    typed: str, clash: tuple[Target, list[Target]], origins: object, plan: str, adding: bool
) -> CarriedClash:
    from cds_tracker.output.carried import Origins, named, origin_number, origin_year

    known: Origins = origins  # type: ignore[assignment]
    own, others = clash
    choices: list[Msg] = [msg("carried.clash_own", id=own.id, content=_short(own.content))]
    ways: list[Msg] = []
    for other in others:
        number, year = origin_number(other, known), origin_year(other, known)
        said = dict(id=other.id, number=number, year=year)
        choices.append(msg("carried.clash_carried", **said, content=_short(other.content)))
        ways.append(msg("carried.hint.clash_one", **said, origin=str(other.carried_from)))
    hint = msg(
        "carried.hint.clash_add" if adding else "carried.hint.clash",
        id=own.id,
        own=f"{plan}/{own.id}",
        carried=_joined(ways),
    )
    error = msg("carried.clash", typed=typed, plan=plan, choices=_joined(choices))
    listed = ((own.id, own.id, own.content), *((t.id, named(t, known), t.content) for t in others))
    return CarriedClash(error, hint, listed)


def _joined(parts: list[Msg]) -> Msg:
    """Several messages as one, '; ' between them (each put into words in the run's language)."""
    if len(parts) == 1:
        return parts[0]
    return msg("carried.joined", first=parts[0], rest=_joined(parts[1:]))


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SHORT else flat[: SHORT - 1].rstrip() + "…"
