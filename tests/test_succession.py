"""Units over time, as pure functions: who existed on a day, who speaks for a merged unit."""

from __future__ import annotations

import datetime as dt

from cds_tracker.core.records import Unit
from cds_tracker.registry.succession import (
    carry_latest,
    exists_on,
    heir,
    heirs_on,
    index_on,
    successor_loops,
)
from cds_tracker.registry.units import UnitIndex

D = dt.date
A = Unit("a", "UBND phường A", "ward", "user", valid_to="2024-06-30", successor="b")
B = Unit(
    "b",
    "UBND phường B",
    "ward",
    "user",
    valid_from="2024-07-01",
    valid_to="2025-06-30",
    successor="c",
)
C = Unit("c", "UBND phường C", "ward", "user", valid_from="2025-07-01")
X = Unit("x", "UBND xã X", "commune", "user")
ALL = Unit(
    "all", "UBND các phường, xã", "collective", "user", members=("a", "b", "c", "x"), scope="all"
)
UNITS = {u.id: u for u in (A, B, C, X, ALL)}


def test_exists_on_both_ends_inclusive() -> None:
    assert [exists_on(A, d) for d in (D(2024, 6, 30), D(2024, 7, 1))] == [True, False]
    assert [exists_on(B, d) for d in (D(2024, 6, 30), D(2024, 7, 1))] == [False, True]
    assert exists_on(X, D(1900, 1, 1)) and exists_on(X, D(2999, 12, 31))


def test_heir_follows_the_chain_from_each_merge_date() -> None:
    assert heir(UNITS, "a", D(2024, 6, 30)) == "a"
    assert heir(UNITS, "a", D(2024, 7, 1)) == "b"
    assert heir(UNITS, "a", D(2025, 7, 1)) == "c"  # a → b → c
    assert heir(UNITS, "x", D(2025, 7, 1)) == "x"


def test_loops_are_found_and_do_not_hang() -> None:
    p = Unit("p", "P", "ward", "user", valid_to="2024-01-31", successor="q")
    q = Unit("q", "Q", "ward", "user", valid_to="2024-01-31", successor="p")
    units = {"p": p, "q": q}
    assert successor_loops(units) == [["p", "q", "p"]]
    assert successor_loops(UNITS) == []
    assert heir(units, "p", D(2024, 3, 1)) in ("p", "q")


def test_collective_members_on_a_day() -> None:
    index = UnitIndex(UNITS.values())
    members = {d: index_on(index, d)["all"].members for d in (D(2024, 1, 1), D(2024, 8, 1))}
    assert members == {D(2024, 1, 1): ("a", "x"), D(2024, 8, 1): ("b", "x")}
    assert index_on(index, D(2026, 1, 1))["all"].members == ("c", "x")
    plain = UnitIndex([X])
    assert index_on(plain, D(2024, 1, 1)) is plain  # a catalog that never changes: no copy


def test_latest_reports_pass_to_the_heir() -> None:
    index = UnitIndex(UNITS.values())
    latest = {"a": ("done", "2024-06-10"), "x": ("in_progress", "2024-06-01")}
    assert carry_latest(index, latest, D(2024, 6, 30)) == latest
    assert carry_latest(index, latest, D(2024, 7, 1)) == {
        "b": ("done", "2024-06-10"),
        "x": ("in_progress", "2024-06-01"),
    }
    later = {**latest, "b": ("in_progress", "2024-07-05")}
    assert carry_latest(index, later, D(2024, 7, 10))["b"] == ("in_progress", "2024-07-05")


def test_heirs_of_a_day_are_heir_of_each_unit() -> None:
    """`heirs_on` (each chain walked once, for a view of the catalog) says what `heir` says."""
    for day in (D(2024, 6, 30), D(2024, 7, 1), D(2025, 6, 30), D(2025, 7, 1)):
        expected = {u: heir(UNITS, u, day) for u in UNITS if heir(UNITS, u, day) != u}
        assert heirs_on(UNITS, day) == expected
    assert heirs_on(UNITS, D(2025, 7, 1)) == {"a": "c", "b": "c"}
