"""The column-wise clean test (`Columns.all_clean`) answers, for a whole file, exactly what the
per-entry one (`cleaner`) answers of all its entries: a file it calls clean skips the checks
that find and word problems, so calling a file with one bad entry clean would hide a problem.
Likewise both ways of finding an id written twice find the same.
"""

from __future__ import annotations

import math
from array import array
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_tracker.core.entries import Entry
from cds_tracker.progress import cross_file
from cds_tracker.progress.clean import Columns, cleaner
from cds_tracker.registry.units import UnitIndex
from test_lines import shipped_registry


def _target(
    target_id: str, *indicators: tuple[str, str], added: str | None = None, carried: str = ""
) -> Any:
    return SimpleNamespace(
        id=target_id,
        indicators=[SimpleNamespace(key=k, unit=u) for k, u in indicators],
        added=added,
        carried_to="2024/A.1" if carried else None,
        carried_on=carried or None,
    )


# A percentage, a count, a key written twice (the first indicator of a key counts), none.
TARGETS = {
    "A.1": _target("A.1", ("share", "%")),
    "A.2": _target("A.2", ("systems", "hệ thống"), ("share", "%")),
    "A.3": _target("A.3", ("twice", "%"), ("twice", "lượt")),
    "A.4": _target("A.4"),
    # added by a revision from 01/12/2023: an entry dated before is no clean one
    "A.5": _target("A.5", ("share", "%"), added="2023-12-01"),
    # carried to the next plan on 02/12/2023 (its last day here): an entry dated later is no
    # clean one
    "A.6": _target("A.6", ("share", "%"), carried="2023-12-02"),
}
VALUE = st.one_of(
    st.floats(-1, 101), st.sampled_from([0.0, 100.0, 250.0, math.nan, math.inf, -math.inf])
)
ENTRY = st.builds(
    Entry,
    id=st.just("aaaaaa111111"),
    target=st.sampled_from([*TARGETS, "B.9"]),
    unit=st.sampled_from(["phong-y-te", "van-phong"]),
    status=st.just("done"),
    date=st.sampled_from(["2023-10-15", "2023-12-01", "2023-12-02", "2023-1-05", "15/10/2023"]),
    written=st.sampled_from(
        [
            "2023-12-01T08:00:00+07:00",
            "2023-12-01T01:00:00Z",
            "2023-12-01 08:00:00+07:00",
            "2023-12-0108:00:00Z",
            "x023-12-01T08:00:00Z",
        ]
    ),
    values=st.dictionaries(st.sampled_from(["share", "systems", "twice", "other"]), VALUE),
    counts=st.one_of(st.just({}), st.just({"share": (1, 2)})),
)


@settings(max_examples=400, deadline=None)
@given(
    entries=st.lists(ENTRY, max_size=6),
    file_unit=st.sampled_from(["phong-y-te", "van-phong", None]),
)
def test_a_file_is_clean_column_wise_exactly_when_every_entry_is(
    entries: list[Entry], file_unit: str | None
) -> None:
    registry = shipped_registry()
    index = UnitIndex(registry.catalog.units, registry.catalog.official_titles)
    each = all(map(cleaner(file_unit, TARGETS, index), entries))
    # Twice over one `Columns`: what the first file looked up must not change the second answer.
    columns = Columns(TARGETS, index)
    assert columns.all_clean(entries, file_unit) == each
    assert columns.all_clean(entries, file_unit) == each


def test_the_cases_a_wrong_shortcut_would_miss() -> None:
    """Hand-computed: each entry below is clean alone; one slip makes the file unclean."""
    registry = shipped_registry()
    index = UnitIndex(registry.catalog.units, registry.catalog.official_titles)
    good = Entry(
        "aaaaaa111111", "A.2", "phong-y-te", "done", "2023-12-01", "2023-12-01T08:00:00Z",
        {"systems": 250.0, "share": 40.0},
    )  # fmt: skip
    columns = Columns(TARGETS, index)
    assert columns.all_clean([good, good], "phong-y-te")
    slips = [
        good._replace(values={"share": 100.5}),  # a percentage over 100
        good._replace(values={"share": math.nan}),  # not a number
        good._replace(target="A.3", values={"twice": 101.0}),  # the first `twice` is a %
        good._replace(values={"other": 1.0}),  # no such indicator
        good._replace(date="2023-12-02"),  # dated after it was written
        good._replace(unit="van-phong"),  # in another unit's file
        good._replace(counts={"share": (2, 5)}),  # counts: checked one by one
        good._replace(target="B.9"),  # no such target
        good._replace(target="A.5", values={}, date="2023-11-30"),  # before A.5 was added
        good._replace(target="A.6", values={}, date="2023-12-03", written="2023-12-03T08:00:00Z"),
    ]
    for slip in slips:
        assert not columns.all_clean([good, slip], "phong-y-te"), slip
    assert columns.all_clean([good._replace(target="A.3", values={"twice": 99.0})], "phong-y-te")
    assert columns.all_clean([good._replace(target="A.5", values={})], "phong-y-te")  # its day
    assert columns.all_clean([good._replace(target="A.6", values={})], "phong-y-te")  # the eve
    carry_day = good._replace(
        target="A.6", values={}, date="2023-12-02", written="2023-12-02T08:00:00Z"
    )
    assert columns.all_clean([carry_day], "phong-y-te")  # the carry day: still this plan's
    assert not columns.all_clean([good], None)


@pytest.mark.parametrize("one_set", [cross_file._ONE_SET, 0])
def test_an_id_written_twice_is_found_in_one_set_or_by_sixteenths(
    one_set: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways of finding repeated ids (one set below `_ONE_SET` entries, a sixteenth of the
    ids at a time above it) find a repeat across files, within a file, and none where none is."""
    monkeypatch.setattr(cross_file, "_ONE_SET", one_set)
    entry = Entry("aaaaaa111111", "A.1", "u", "done", "2023-12-01", "2023-12-01T08:00:00Z", {})

    def files(*ids: list[str]) -> Any:
        return [
            (Path(f"u{n}.yaml"), [entry._replace(id=i) for i in each], array("I", range(len(each))))
            for n, each in enumerate(ids)
        ]

    assert not cross_file._repeats(files(["aaaaaa111111", "aaaaaa111112"], ["aaaaaa111113"]))
    assert cross_file._repeats(files(["aaaaaa111111", "aaaaaa111112"], ["aaaaaa111112"]))
    assert cross_file._repeats(files(["aaaaaa111113", "aaaaaa111113"], []))
    assert not cross_file._repeats(files([], []))
