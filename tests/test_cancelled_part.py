"""A unit's own part of a target a revision cancelled (issue 16): the note says what the unit
itself last reported, and on a line of its own since when and by which document the target was
cancelled. The part's status is the one JSON, CSV, Word and Excel give (`cancelled`, clerk16 F3),
the unit's last report after it ("Bãi bỏ; báo cáo gần nhất: Đang thực hiện, 10/06/2024"), so it
never reads as if the unit had reported the cancellation nor as a part still at work."""

from __future__ import annotations

import datetime as dt

from cds_tracker.core.entries import Entry
from cds_tracker.core.records import (
    Assignment,
    Catalog,
    Deadline,
    Document,
    Group,
    Plan,
    Registry,
    Target,
    Unit,
)
from cds_tracker.output.tables import row_details
from cds_tracker.questions.aggregates import Memory
from cds_tracker.questions.status import Part
from cds_tracker.questions.tracker import Tracker

D = dt.date
WARD = Unit("ts", "UBND phường Trung Sơn", "ward", "user")
REASON = "Bãi bỏ theo văn bản điều chỉnh: Kế hoạch số 150/KH-BCĐ ngày 10/09/2024"


def _target(number: int, reason: str) -> Target:
    return Target(
        f"I.{number}",
        number,
        f"Chỉ tiêu {number}",
        Assignment("", ()),
        Assignment("", ("ts",)),
        Assignment("", ()),
        Deadline("", "2024-12"),
        cancelled="2024-09-10",
        cancelled_reason=reason,
    )


TARGETS = (_target(1, REASON), _target(2, "trùng chỉ tiêu I.1"), _target(3, ""))
GROUP = Group("I", "Nhóm", TARGETS)
REGISTRY = Registry(
    Document("01", "Phụ lục", Plan("", "", "", ""), "UBND", 2024), Catalog((), (WARD,)), (GROUP,)
)
ENTRIES = [
    Entry(f"e{n}", t.id, "ts", "in_progress", "2024-06-10", "2024-06-10T09:00:00+07:00", {})  # type: ignore[arg-type]
    for n, t in enumerate(TARGETS)
]


def _details(target: Target, as_of: dt.date, lang: str = "vi") -> tuple[str, ...]:
    tracker = Tracker(REGISTRY, Memory(ENTRIES))
    (part,) = tracker.parts(target, as_of)
    row = tracker.row(GROUP, target, as_of, part=part)
    return row_details(row, lang)  # type: ignore[arg-type]


def test_the_units_own_report_and_the_cancellation_apart() -> None:
    after = D(2024, 10, 1)
    tracker = Tracker(REGISTRY, Memory(ENTRIES))
    assert tracker.parts(TARGETS[0], after) == (
        Part("ts", "cancelled", "2024-06-10", "in_progress"),
    )
    assert _details(TARGETS[0], after) == (  # its status as JSON says it, then its report
        "(phần của đơn vị: Bãi bỏ; báo cáo gần nhất: Đang thực hiện, 10/06/2024)",
        "(chỉ tiêu bãi bỏ từ 10/09/2024 theo Kế hoạch số 150/KH-BCĐ ngày 10/09/2024)",
    )
    assert _details(TARGETS[0], after, "en")[1] == (
        "(target annulled from 10/09/2024 by Kế hoạch số 150/KH-BCĐ ngày 10/09/2024)"
    )
    assert _details(TARGETS[1], after)[1] == "(chỉ tiêu bãi bỏ từ 10/09/2024: trùng chỉ tiêu I.1)"
    assert _details(TARGETS[2], after)[1] == "(chỉ tiêu bãi bỏ từ 10/09/2024)"


def test_before_the_cancellation_no_such_line() -> None:
    assert _details(TARGETS[0], D(2024, 9, 9)) == (
        "(phần của đơn vị: Đang thực hiện, báo cáo ngày 10/06/2024)",
    )
