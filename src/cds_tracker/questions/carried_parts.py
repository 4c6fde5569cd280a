"""Where a carried target comes from, and which of a plan's targets are its own: the rules every
answer and document that says carried targets apart reads (the summary's groups, the appendix's
parts, a letter's order), from plain values (`Origins`, read by `app/origins.py`) to plain values.
How the documents cite them in words is `output/carried.py`'s concern.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TypeVar

from cds_tracker.core.records import Target
from cds_tracker.core.tuples import Record


class Origin(Record):
    """An origin plan as its documents print it: `cited` 'Kế hoạch số …/KH-BCĐ ngày …/5/2023 của
    Ban Chỉ đạo …', its `year`, and the number its plan in force prints each target under
    (origin id → number, where a revision renumbered it)."""

    cited: str
    year: int
    printed: Mapping[str, str]
    carried: Mapping[str, str] = MappingProxyType({})  # its own carried ones: id → carried_from
    left: Mapping[str, str] = MappingProxyType({})  # its targets carried on: id → carried_on
    sent: Mapping[str, str] = MappingProxyType({})  # and where to: id → carried_to
    due: Mapping[str, str] = MappingProxyType({})  # each target's deadline there: id → its `due`


Origins = Mapping[str, Origin]  # plan name (its folder under plans/) → what its documents print
UNREAD: Origins = MappingProxyType({})  # none read: each carried target cited by carried_from
T = TypeVar("T")


def origin_of(target: Target, origins: Origins = UNREAD) -> tuple[str, str] | None:
    """(plan name, target id there) for a carried target, else None: the plan that printed it
    first, a target carried on from 2023 into 2024 and then 2025 being 2023's (its 2024 id is
    no more printed than its 2025 one), as far as the origins read tell."""
    if target.carried_from is None:
        return None
    return followed(target.carried_from, origins)


def followed(carried_from: str, origins: Origins = UNREAD) -> tuple[str, str]:
    """(plan name, target id there) of what `carried_from` ('2024/I.4') names, followed back
    to the plan that printed it first (`origin_of`)."""
    plan, _, origin_id = carried_from.partition("/")
    seen = set()
    while (plan, origin_id) not in seen:  # a loop written by hand ends where it closes
        seen.add((plan, origin_id))
        origin = origins.get(plan)
        further = origin.carried.get(origin_id) if origin is not None else None
        if not further:
            break
        plan, _, origin_id = further.partition("/")
    return plan, origin_id


def origin_year(target: Target, origins: Origins) -> str:
    """'2023': the origin plan's year, else (not readable) the plan's name, which is its year as
    a rule (plans/2023/)."""
    found = origin_of(target, origins)
    assert found is not None
    return found_year(found, origins)


def found_year(found: tuple[str, str], origins: Origins) -> str:
    """The year of the plan `found` (plan name, id there) names: read, else its name."""
    origin = origins.get(found[0])
    return str(origin.year) if origin is not None else found[0]


def parts(
    items: Iterable[T],
    target: Callable[[T], Target],
    origins: Origins,
    numbers: Mapping[str, str] | None = None,
) -> tuple[list[T], dict[str, list[T]]]:
    """The plan's own items, and the carried ones by origin plan (plans in the order met), each
    plan's in the order it numbers them (I.1 … V.4), whatever order they were carried in. With
    `numbers` (registry/numbering.py), a carried target the plan in force numbers (a revision
    lists it in its own table: `listed`) is among the own, as that table prints it."""
    own: list[T] = []
    carried: dict[str, list[T]] = {}
    for item in items:
        found = origin_of(target(item), origins)
        if found is not None and numbers is not None and target(item).id in numbers:
            found = None
        if found is None:
            own.append(item)
        else:
            carried.setdefault(found[0], []).append(item)
    for listed in carried.values():
        listed.sort(key=lambda item: id_order(origin_of(target(item), origins) or ("", "")))
    return own, carried


def in_order(
    items: Iterable[T],
    target: Callable[[T], Target],
    origins: Origins,
    numbers: Mapping[str, str] | None = None,
) -> list[T]:
    """The plan's own items first, then the carried ones by origin plan (`parts`): a letter's
    table reads in the order of the documents its opening cites."""
    own, carried = parts(items, target, origins, numbers)
    return [*own, *(item for listed in carried.values() for item in listed)]


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def id_order(origin: tuple[str, str]) -> tuple[int, int]:
    """'IV.2' → (4, 2): a group's Roman numeral as a number, then the target's."""
    from cds_tracker.registry.numbering import within

    group = origin[1].partition(".")[0]
    values = [_ROMAN.get(ch, 0) for ch in group]
    value = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    return value, within(origin[1])
