"""A carried target named the way the documents cite it: "I.1 (2023)" or "2023/I.1".

A letter cites a target carried from 2023 by its id here and its origin, "I.4 (I.1 (2023))", the
exported appendix by its origin alone (output/carried.py). A clerk who types the origin part,
"I.1 (2023)" or "2023/I.1", is understood: the one target carried from that plan's target, or,
where the text names none or several, a refusal that lists the carried targets to choose from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from cds_tracker.core.errors import Msg, UsageError, msg
from cds_tracker.core.records import Group, Target

_CITED = re.compile(r"^(?P<number>[^\s()/]+)\s*\(\s*(?:năm\s+|nam\s+)?(?P<plan>[^\s()/]+)\s*\)$")
_WRITTEN = re.compile(r"^(?P<plan>[^\s()/]+)\s*/\s*(?P<number>[^\s()/]+)$")


def origin_named(text: str) -> str | None:
    """'I.1 (2023)', 'i.1 (năm 2023)' or '2023/I.1' → '2023/I.1' (upper-cased: ids are); None
    for any other text (an id of this registry)."""
    found = _CITED.match(text) or _WRITTEN.match(text)
    if found is None:
        return None
    return f"{found['plan']}/{found['number']}".upper()


def carried_target(
    text: str,
    targets: Iterable[tuple[Group, Target]],
    cited: Mapping[str, str] | None = None,
) -> tuple[Group, Target] | None:
    """The target carried from the origin `text` names, exactly and alone; None when `text` is
    no origin form; UsageError (exit 2) naming the carried targets when it names none or
    several. `cited` (target id → 'I.2 (2023)' as the documents cite it, the origin plan read:
    app/origins.py) matches 'I.2 (2023)' by what the documents print, which differs from
    `carried_from` where the origin plan's revision renumbered the target. The two forms are
    one (docs/registry-format.md): each names the target the origin plan prints under that
    number, or, as the clerk may know it, whose `carried_from` id it is; one named both ways
    by two targets is several."""
    origin = origin_named(text)
    if origin is None:
        return None
    carried = [(g, t) for g, t in targets if t.carried_from]
    said = dict(cited or {})
    for _, t in carried:
        said.setdefault(t.id, _cited(str(t.carried_from)))
    found = [
        (g, t)
        for g, t in carried
        if origin in {origin_named(said[t.id]), str(t.carried_from).upper()}
    ]
    if len(found) == 1:
        return found[0]
    key = "query.carried_ambiguous" if found else "query.unknown_carried"
    listed = [t for _, t in found or carried]
    if not listed:
        raise UsageError(msg(key, target=text), hint=msg("query.hint.list"))
    choices = _choice(listed[0], said)
    for t in listed[1:]:
        choices = msg("carried.joined", first=choices, rest=_choice(t, said))
    raise UsageError(msg(key, target=text), hint=msg("query.hint.carried", choices=choices))


def _choice(target: Target, said: Mapping[str, str]) -> Msg:
    """'I.3 cho chỉ tiêu I.1 (2024) (mã nguồn trong sổ đăng ký: 2024/I.2)': what to type for
    one carried target — its id here, which names it alone (the plan's own id wins: app/
    typed_ids.py) — and what it is, with its `carried_from` where that differs from what the
    documents print: a refusal of '2024/I.2' that two targets answer to says why both do
    (clerk12 F2)."""
    registry = str(target.carried_from).upper()
    if origin_named(said[target.id]) == registry:
        return msg("carried.choice", id=target.id, cited=said[target.id])
    return msg(
        "carried.choice_registry",
        id=target.id,
        cited=said[target.id],
        carried_from=str(target.carried_from),
    )


def _cited(carried_from: str) -> str:
    """'2023/I.1' → 'I.1 (2023)', as the documents cite it."""
    plan, _, number = carried_from.partition("/")
    return f"{number} ({plan})"


def own_named(text: str, plans: Iterable[str]) -> str | None:
    """'2024/II.4' → 'II.4' when '2024' is one of `plans` (this plan's folder name, its year):
    the plan's own target named with its plan, as no carried target's origin is; else None."""
    found = _WRITTEN.match(text.strip())
    if found is None or found["plan"] not in set(plans):
        return None
    return str(found["number"]).upper()


def clashing(
    typed: str, targets: Iterable[tuple[Group, Target]], cited: Mapping[str, str]
) -> tuple[Target, list[Target]] | None:
    """(the target whose id `typed` is, the carried targets whose number in their origin plan
    `typed` also is), when there are such (2024's II.4, and II.6 carried from 2023/II.4); else
    None. `cited`: target id → 'II.4 (2023)' as the documents cite it (the number the origin
    plan in force prints); a carried target's `carried_from` id counts too, the number a clerk
    may know it by. A carried target at the id of its origin (III.1 from 2023/III.1) is one."""
    wanted = typed.strip().upper()
    if not wanted or origin_named(wanted) is not None:
        return None  # '2023/II.4', 'II.4 (2023)': named as one target only
    listed = [t for _, t in targets]
    own = next((t for t in listed if t.id.upper() == wanted), None)
    if own is None:
        return None
    others = []
    for t in listed:
        if not t.carried_from or t.id == own.id:
            continue
        numbers = {str(t.carried_from).partition("/")[2].upper()}
        printed = origin_named(cited.get(t.id, ""))
        if printed is not None:
            numbers.add(printed.partition("/")[2])
        if wanted in numbers:
            others.append(t)
    return (own, others) if others else None
