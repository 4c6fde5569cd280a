"""`cds diff` of two different plans (2023 and 2024): targets paired by carry-over only.

Two versions of one plan (a revised table) name the same targets, so `registry/matching.py`
pairs them by number and text. Two plans of different years do not: a 2024 target that reads
like a finished 2023 one ("100% chợ …" and "100% cơ sở giáo dục … thanh toán không dùng tiền
mặt") is another plan's target, not that one renumbered, and pairing them by likeness showed
finished 2023 targets as "~ III.2 (trước là III.3)" (final review 11, J). The new plan records
exactly which of its targets the old one's are: those carry-over copied say `carried_from:
2023/II.4`. So between two plans a target is paired only by that record (or by `--pair`, the
user's word), never by its text or number; the old plan's targets left behind are finished
there or gone, and the new plan's own are new (`registry/diff.py` says which). One exception,
a record of its own kind: an ongoing target the new plan restates word for word for the same
lead, which carry-over leaves in the old plan (registry/restated.py, clerk15 F1), is paired with
that restatement: the same work followed on, not "finished in the old plan" and a new one.

Compared the other way round (`cds diff 2024 2023`: OLD the later plan), the same record pairs
the same targets, mirrored (`pair_carried_back`): a clerk who types the years in either order
sees one pairing, what was added one way removed the other.

Two plans with one between (`cds diff 2023 2025`, carried 2023 → 2024 → 2025): the record is
the chain of `carried_from` through 2024, which the app reads from the workspace (`through`:
a later target's origins beyond its own `carried_from`, app/diffing.py). A target carried
through is paired with its 2023 origin, said "via 2024" (`via`); one 2023 carried into 2024
that went no further is said so (`between`), not "no carry-over recorded yet" with a
`carry-over --from 2023 --to 2025` that writes nothing (attack21 a21-09).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from cds_tracker.registry.matching import DROPPED, Pairing
from cds_tracker.registry.restated import restatement, restating

# A later plan's carried target's id → the origins its chain reaches beyond its own
# `carried_from`, nearest first (2025's I.3 from 2024/I.2: ("2023/I.1",)); read by the app
Through = Mapping[str, Sequence[str]]


def year(data: Mapping[str, Any]) -> str:
    document = data.get("document")
    return str((document.get("year") or "") if isinstance(document, Mapping) else "")


def different_plans(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Whether OLD and NEW are two plans, not two versions of one: both state their year and
    the years differ. (A table of another year that names OLD's plan as the plan it revises is
    a revision: the caller says so, `compare(revision=True)`, and that wins.)"""
    years = year(old), year(new)
    return all(years) and years[0] != years[1]


def later_first(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Whether OLD is the later of two plans (`cds diff 2024 2023`): both years are numbers and
    OLD's the greater. Its carried targets then name NEW's as their origin."""
    years = year(old), year(new)
    return all(y.isdigit() for y in years) and int(years[0]) > int(years[1])


def pair_carried(
    old: Iterable[dict[str, Any]],
    new: Iterable[dict[str, Any]],
    old_year: str,
    chosen: Mapping[str, str] | None = None,
    through: Through | None = None,
) -> Pairing:
    """The targets of two plans paired: the user's `--pair` first, then each new target carried
    from the old plan (`carried_from: <old year>/<id>`, or an origin further back its chain
    reaches, `through`) with that target, then a target carried from the same earlier plan on
    both sides (one origin, copied into both). Nothing uncertain: every pair is a record's."""
    before = {str(t.get("id")): t for t in old}
    after = {str(t.get("id")): t for t in new}
    matched: dict[str, str] = {}  # new id → old id
    dropped = [o for o, n in (chosen or {}).items() if n == DROPPED]
    matched.update({n: o for o, n in (chosen or {}).items() if n != DROPPED})
    taken = set(matched.values()) | set(dropped)
    by_origin = {str(t["carried_from"]): i for i, t in before.items() if t.get("carried_from")}
    for new_id, target in after.items():
        origin = str(target.get("carried_from") or "")
        back = (origin, *(through or {}).get(new_id, ())) if origin else ()
        reached = [i for p, _, i in (o.partition("/") for o in back) if p == old_year]
        old_id = reached[0] if reached and reached[0] in before else by_origin.get(origin)
        if new_id not in matched and origin and old_id and old_id not in taken:
            matched[new_id] = old_id
            taken.add(old_id)
    # an ongoing target the new plan restates, which carry-over left in the old plan without a
    # record (registry/restated.py): one work, paired when neither side has a rival
    free = restating(t for i, t in after.items() if i not in matched and not t.get("carried_from"))
    found = {
        o: free.get(at, ())
        for o, t in before.items()
        if o not in taken and not t.get("carried_to") and (at := restatement(t)) is not None
    }
    claims = Counter(i for ids in found.values() for i in ids)
    for old_id, ids in found.items():
        if len(ids) == 1 and claims[ids[0]] == 1:
            matched[ids[0]] = old_id
            taken.add(old_id)
    return Pairing(
        [(matched[i], i) for i in after if i in matched],
        [i for i in before if i not in matched.values()],
        [i for i in after if i not in matched],
    )


def pair_carried_back(
    old: Iterable[dict[str, Any]],
    new: Iterable[dict[str, Any]],
    new_year: str,
    chosen: Mapping[str, str] | None = None,
    through: Through | None = None,
) -> Pairing:
    """`pair_carried` with OLD the later plan: NEW's targets paired with OLD's carried from
    them, as `pair_carried(new, old)` pairs them, each pair turned round (old id, new id); the
    later plan's targets left unpaired are OLD's only, the earlier plan's NEW's. `chosen`
    (`--pair`, old id → new id) is the user's word either way; an old target `--pair`
    drops stays unpaired."""
    dropped = {o for o, n in (chosen or {}).items() if n == DROPPED}
    ordered = {str(t.get("id")): t for t in old}
    later = [t for i, t in ordered.items() if i not in dropped]
    swapped = {n: o for o, n in (chosen or {}).items() if n != DROPPED}
    mirrored = pair_carried(new, later, new_year, swapped, through)
    paired = {o: n for n, o in mirrored.pairs}
    return Pairing(
        [(o, paired[o]) for o in ordered if o in paired],
        [o for o in ordered if o not in paired],
        list(mirrored.old_only),
    )


def no_record(
    earlier: Iterable[dict[str, Any]], later: Iterable[dict[str, Any]], years: tuple[str, str]
) -> bool:
    """Whether nothing ties two plans' targets: no target of the later plan says it was carried
    from the earlier (`carried_from: 2023/…`), none of the earlier that it was carried into the
    later (`carried_to: 2024/…`), nor through a plan between (`between`). So it is before any
    carry-over (a 2024 plan just imported, or its Word table): the earlier plan's targets the
    later does not list are not removed by it, only not (yet) recorded as carried or finished.
    `years`: (earlier, later)."""
    earlier, later = list(earlier), list(later)
    after = any(str(t.get("carried_from") or "").startswith(f"{years[0]}/") for t in later)
    before = any(str(t.get("carried_to") or "").startswith(f"{years[1]}/") for t in earlier)
    return not (after or before or between(earlier, later, years))


def between(
    earlier: Iterable[dict[str, Any]], later: Iterable[dict[str, Any]], years: tuple[str, str]
) -> set[str]:
    """The plans between two (`years`: earlier, later) that tie them: the earlier carried
    targets into each (`carried_to: 2024/…`), the later took targets from it (`carried_from:
    2024/…`). Both carry-overs ran: an earlier target carried there and not on was followed on
    there (finished, or left), not "not yet recorded"."""
    sent = {str(t.get("carried_to") or "").partition("/")[0] for t in earlier}
    taken = {str(t.get("carried_from") or "").partition("/")[0] for t in later}
    return (sent & taken) - {"", *years}


def via(origin: str, through: Through, target_id: str, old_year: str) -> str:
    """The plans a target carried from `origin` passed on its way from the plan `old_year`
    ("2024"; "2024, 2025" for two), "" when it came from that plan straight."""
    chain = [origin, *through.get(target_id, ())]
    plans = [o.partition("/")[0] for o in chain]
    return ", ".join(plans[: plans.index(old_year)]) if old_year in plans[1:] else ""


def carried_into(old: dict[str, Any], raw_old: dict[str, Any], raw_new: dict[str, Any]) -> bool:
    """Whether NEW is a later plan OLD was carried into: some target of OLD says it was carried
    to a target of NEW (`carried_to: 2024/I.4`) that says it comes from it (`carried_from`)."""
    old_year = year(old)
    for old_id, target in raw_old.items():
        plan, _, new_id = str(target.get("carried_to") or "").partition("/")
        origin = str((raw_new.get(new_id) or {}).get("carried_from") or "")
        if plan and plan != old_year and origin.partition("/")[2] == old_id:
            return True
    return False
