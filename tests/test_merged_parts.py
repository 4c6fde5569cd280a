"""Two wards merged into a new one (Trung Sơn + Tây Sơn → Trung Tây from 01/07/2025): the new
ward answers for each old ward's part apart, one part each (questions/heir_parts.py, issue 16:
the parts were merged into one before), and owes those not finished before the merger
(docs/registry-format.md). Hand-computed."""

from __future__ import annotations

import datetime as dt

from cds_tracker.core.entries import Entry
from cds_tracker.core.records import (
    Assignment,
    Catalog,
    Deadline,
    Document,
    Group,
    Indicator,
    Plan,
    Registry,
    Target,
    Unit,
)
from cds_tracker.questions.aggregates import Memory
from cds_tracker.questions.owing import owed_parts
from cds_tracker.questions.queries import unit_part
from cds_tracker.questions.status import Part, Status
from cds_tracker.questions.tracker import Tracker

D = dt.date
UNITS = (
    Unit("ts", "UBND phường Trung Sơn", "ward", "user", valid_to="2025-06-30", successor="tt"),
    Unit("tys", "UBND phường Tây Sơn", "ward", "user", valid_to="2025-06-30", successor="tt"),
    Unit("tt", "UBND phường Trung Tây", "ward", "user", valid_from="2025-07-01"),
    Unit("x", "UBND xã X", "commune", "user"),
    Unit("wards", "Các phường, xã", "collective", "user", members=("ts", "tys", "tt", "x")),
)


def _target(
    number: int, lead: tuple[str, ...], due: str, reporting: str = "monthly", *figures: Indicator
) -> Target:
    return Target(
        f"I.{number}",
        number,
        f"Chỉ tiêu {number}",
        Assignment("", ()),
        Assignment("", lead),
        Assignment("", ()),
        Deadline("", due),
        indicators=figures,
        reporting=reporting,  # type: ignore[arg-type]
    )


SHARE = Indicator("k", "Tỷ lệ", "100%", ">=", 100, "%", "each", None)


TARGETS = (
    _target(1, ("wards",), "2024-06"),  # Trung Sơn done, Tây Sơn never reported
    _target(2, ("wards",), "2024-09"),  # both done before the merger, Tây Sơn late
    _target(3, ("wards",), "2025-12"),  # Tây Sơn never reported; Trung Tây reports done itself
    _target(4, ("ts",), "2024-06"),  # only Trung Sơn asked: its part alone passes on
    _target(5, ("wards",), "ongoing", "yearly"),  # one report each in 2025's window
    _target(6, ("wards",), "2025-12", "monthly", SHARE),  # figures: both old wards' counts
    _target(7, ("wards",), "2025-12", "monthly", SHARE),  # figures: Tây Sơn gave none
)
REGISTRY = Registry(
    Document("01", "Phụ lục", Plan("", "", "", ""), "UBND", 2025),
    Catalog((), UNITS),
    (Group("I", "Nhóm", TARGETS),),
)
REPORTS = (  # target, unit, status, day
    ("I.1", "ts", "done", "2024-05-20"),
    ("I.1", "x", "done", "2024-06-10"),
    ("I.2", "ts", "done", "2024-08-01"),
    ("I.2", "tys", "done", "2024-09-20"),
    ("I.2", "x", "done", "2024-07-01"),
    ("I.3", "ts", "done", "2025-03-01"),
    ("I.3", "x", "done", "2025-07-10"),
    ("I.3", "tt", "done", "2025-07-15"),
    ("I.4", "ts", "done", "2024-05-20"),
    ("I.5", "ts", "in_progress", "2025-03-01"),
    ("I.5", "tys", "done", "2025-04-01"),
)
FIGURES = (  # target, unit, day, numerator, denominator
    ("I.6", "ts", "2025-05-01", 4, 5),
    ("I.6", "tys", "2025-06-01", 3, 10),
    ("I.6", "x", "2025-06-01", 1, 5),
    ("I.7", "ts", "2025-05-01", 4, 5),
    ("I.7", "x", "2025-06-01", 1, 5),
)
ENTRIES = [
    Entry(f"e{n}", t, u, s, d, f"{d}T09:00:00+07:00", {})  # type: ignore[arg-type]
    for n, (t, u, s, d) in enumerate(REPORTS)
] + [
    Entry(  # type: ignore[arg-type]
        f"f{n}",
        t,
        u,
        "in_progress",
        d,
        f"{d}T09:00:00+07:00",
        {"k": 100 * a / b},
        counts={"k": (a, b)},
    )
    for n, (t, u, d, a, b) in enumerate(FIGURES)
]
AFTER = D(2025, 8, 1)


def _tracker() -> Tracker:
    return Tracker(REGISTRY, Memory(ENTRIES))


def _target_of(number: int) -> Target:
    return TARGETS[number - 1]


def test_the_new_ward_owes_the_part_an_old_ward_never_finished() -> None:
    tracker, target = _tracker(), _target_of(1)
    assert tracker.parts(target, AFTER) == (
        Part("tt", "done", "2024-05-20", in_place_of=("ts",), finished="2024-05-20"),
        Part("tt", "late", in_place_of=("tys",)),
        Part("x", "done", "2024-06-10", finished="2024-06-10"),
    )
    # 01/08/2025 - 30/06/2024 = 397 days; 2 of 3 parts done (Tây Sơn's, now Trung Tây's, is not)
    assert tracker.status(target, AFTER) == Status("late", 397, 2, 3)
    row = tracker.row(REGISTRY.groups[0], target, AFTER)
    assert [owed.part.unit for owed in owed_parts(tracker, row, AFTER)] == ["tt"]
    # Trung Tây's share as one: late (one part open), on the latest report of its parts; none
    # of them its own
    part, reported, _ = unit_part(tracker, target, "tt", AFTER)
    assert (part, reported) == (Part("tt", "late", "2024-05-20"), None)
    # before the merger, each ward its own part: 2 of 3 done
    before = D(2024, 6, 15)
    assert tracker.status(target, before) == Status("in_progress", None, 2, 3)


def test_done_when_every_old_ward_finished_before_the_merger() -> None:
    tracker, target = _tracker(), _target_of(2)
    # finished on the later of the two days (Tây Sơn, 20/09/2024), by the deadline 30/09/2024
    assert tracker.parts(target, AFTER)[:2] == (
        Part("tt", "done", "2024-08-01", in_place_of=("ts",), finished="2024-08-01"),
        Part("tt", "done", "2024-09-20", in_place_of=("tys",), finished="2024-09-20"),
    )
    assert tracker.status(target, AFTER) == Status("done", None, 3, 3, D(2024, 9, 20))


def test_the_new_ward_finishes_it_itself_after_the_merger() -> None:
    tracker, target = _tracker(), _target_of(3)
    # Trung Sơn's part stays done on its own day; Trung Tây's "done" speaks for Tây Sơn's
    assert tracker.parts(target, AFTER)[:2] == (
        Part("tt", "done", "2025-03-01", in_place_of=("ts",), finished="2025-03-01"),
        Part("tt", "done", "2025-07-15", in_place_of=("tys",), finished="2025-07-15"),
    )
    assert tracker.status(target, AFTER) == Status("done", None, 3, 3, D(2025, 7, 15))
    # on 10/07/2025 Trung Tây has not reported, Tây Sơn's part is open: not started
    day = D(2025, 7, 10)
    assert tracker.parts(target, day) == (
        Part("tt", "done", "2025-03-01", in_place_of=("ts",), finished="2025-03-01"),
        Part("tt", "not_started", in_place_of=("tys",)),
        Part("x", "done", "2025-07-10", finished="2025-07-10"),
    )
    assert tracker.status(target, day) == Status("in_progress", None, 2, 3)


def test_only_the_parts_the_target_asks_pass_on() -> None:
    tracker, target = _tracker(), _target_of(4)
    assert tracker.parts(target, AFTER) == (
        Part("tt", "done", "2024-05-20", in_place_of=("ts",), finished="2024-05-20"),
    )
    assert tracker.status(target, AFTER) == Status("done", None, 1, 1, D(2024, 5, 20))


def test_a_window_needs_every_old_wards_report() -> None:
    tracker, target = _tracker(), _target_of(5)
    # 2025's window: both old wards reported (one still at work), each its part; x did not
    parts = tracker.parts(target, AFTER)
    assert parts == (
        Part("tt", "ongoing", "2025-03-01", in_place_of=("ts",)),
        Part("tt", "done", "2025-04-01", in_place_of=("tys",)),
        Part("x", "unreported"),
    )
    assert tracker.status(target, AFTER) == Status("unreported", None, 2, 3)


def test_figures_credit_the_new_ward_with_both_old_wards_counts() -> None:
    """The figure's parts are status's: Trung Tây one per old ward (3 parts with xã X), each on
    its old ward's figure, said as that ward's own (clerk review 11, finding E: the two were
    one part, dropped whole while one old ward had not given a figure)."""
    tracker = _tracker()
    (reading,) = tracker.readings(_target_of(6), AFTER)
    # Trung Sơn 4/5 + Tây Sơn 3/10 + xã X 1/5 = 8/20 = 40%, every one of the 3 parts
    assert (reading.value, reading.reported, reading.expected) == (40.0, 3, 3)
    assert [(m.unit, m.numerator, m.denominator) for m in reading.members] == [
        ("ts", 4, 5),
        ("tys", 3, 10),
        ("x", 1, 5),
    ]
    assert len(tracker.parts(_target_of(6), AFTER)) == reading.expected
    # Tây Sơn gave no figure: its part lacks one, Trung Sơn's keeps its 4/5: (4 + 1)/(5 + 5)
    (reading,) = tracker.readings(_target_of(7), AFTER)
    assert (reading.value, reading.reported, reading.expected) == (50.0, 2, 3)
    assert reading.verdict == "incomplete"
    # before the merger each ward counts for itself: 3 parts, 2 reported (4/5 + 1/5 = 50%)
    (reading,) = tracker.readings(_target_of(7), D(2025, 6, 15))
    assert (reading.value, reading.reported, reading.expected) == (50.0, 2, 3)
