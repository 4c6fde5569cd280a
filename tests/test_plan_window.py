"""After its plan's year, an ongoing target is judged on the plan's last reporting window: its
status, its parts, a unit's own part and its figures all speak of that window, and the cache's
aggregates (questions/aggregates.py) answer exactly what the target's whole history answers."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cds_tracker.cli import app
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
from cds_tracker.questions.aggregates import Aggregate, Memory, Spliced, closing_days
from cds_tracker.questions.periods import periods_ending_between
from cds_tracker.questions.queries import own_part
from cds_tracker.questions.status import member_matrix
from cds_tracker.questions.tracker import Tracker

runner = CliRunner()
D = dt.date

# --- the hand-computed case: I.2 of the shipped 2023 plan, monthly, asked about in 2025 ---------

LINE = (
    '- {{"id": "{id}", "target": "I.2", "unit": "phong-van-hoa-thong-tin", "status": "{status}", '
    '"date": "{date}", "values": {{"lgsp_requests_met": {value}}}{extra}, '
    '"written": "{date}T08:00:00+07:00"}}\n'
)


def _ask(folder: Path, *command: str, cached: bool = True) -> Any:
    options = ["--registry", str(folder), "--as-of", "01/09/2025", "--format", "json"]
    result = runner.invoke(app, [*([] if cached else ["--no-cache"]), *command, *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_figures_after_the_plans_year_are_the_last_windows(own_registry: Path) -> None:
    """I.2's last window is 15/11–14/12/2023. Reports: 60 on 20/11 and 80 on 10/12 (in it), 95
    on 20/12 (after it), and on 22/12 a correction of the 10/12 report to 70. As the window stood
    at its end: the latest report in it is 80 of 10/12 (the correction, dated after the window,
    does not reach back into it, as for status); the series runs to the window's end. In 2025
    the current window (15/08–14/09/2025) has no report: figures from it said "no data" while
    the status spoke of the 2023 window."""
    file = own_registry / "progress" / "phong-van-hoa-thong-tin.yaml"
    file.parent.mkdir(exist_ok=True)
    rows = [
        ("dddddd000001", "in_progress", "2023-11-20", 60, ""),
        ("dddddd000002", "in_progress", "2023-12-10", 80, ""),
        ("dddddd000003", "done", "2023-12-20", 95, ""),
        ("dddddd000004", "in_progress", "2023-12-22", 70, ', "corrects": "dddddd000002"'),
    ]
    file.write_text(
        "".join(LINE.format(id=i, status=s, date=d, value=v, extra=x) for i, s, d, v, x in rows),
        encoding="utf-8",
    )
    last = {"reporting": "monthly", "start": "2023-11-15", "end": "2023-12-14"}
    for cached in (False, True, True):  # read whole, then the cache made, then the cache read
        shown = _ask(own_registry, "show", "I.2", cached=cached)
        assert (shown["status"], shown["period"]) == ("ongoing", last)
        (figure,) = shown["indicators"]
        assert (figure["value"], figure["date"], figure["verdict"]) == (
            80.0,
            "2023-12-10",
            "not_met",
        )
        assert figure["coverage"] == {"reported": 1, "expected": 1}
        assert [(p["date"], p["value"]) for p in figure["series"]] == [
            ("2023-11-20", 60.0),
            ("2023-12-10", 80.0),
        ]
        report = _ask(own_registry, "report", "--unit", "phong-van-hoa-thong-tin", cached=cached)
        (row,) = [r for r in report if r["id"] == "I.2"]
        # The unit's own part speaks of the same window as the row: it reported in it.
        assert (row["status"], row["unit_status"], row["unit_reported"]) == (
            "ongoing",
            "ongoing",
            "2023-12-22",
        )
        assert row["indicators"][0]["value"] == 80.0
        summary = _ask(own_registry, "summary", cached=cached)
        lines = [i for i in summary["indicators"] if i["target"] == "I.2"]
        assert [(i["value"], i["verdict"]) for i in lines] == [(80.0, "not_met")]


# --- the cached path against the whole history, over generated progress -------------------------


def _unit(unit_id: str, kind: str = "department", **more: Any) -> Unit:
    return Unit(unit_id, f"Đơn vị {unit_id}", kind, "user", **more)  # type: ignore[arg-type]


def _target(
    number: int, lead: Sequence[str], due: str, reporting: str, scope: str, reporter: str | None
) -> Target:
    indicator = Indicator("k", "Tỷ lệ", "100%", ">=", 100, "%", scope, reporter)  # type: ignore[arg-type]
    return Target(
        f"I.{number}",
        number,
        f"Chỉ tiêu {number}",
        Assignment("", ()),
        Assignment("", tuple(lead)),
        Assignment("", ()),
        Deadline("", due),
        indicators=(indicator,),
        reporting=reporting,  # type: ignore[arg-type]
    )


# Wards `a` and `a2` merge into `b` on 21/12/2023 (after the last window, before the days
# asked): `b` owes each one's unfinished part; `wards` must all report, `concerned` counts the
# members that do.
UNITS = (
    _unit("a", "ward", valid_to="2023-12-20", successor="b"),
    _unit("a2", "ward", valid_to="2023-12-20", successor="b"),
    _unit("b", "ward", valid_from="2023-12-21"),
    _unit("x", "commune"),
    _unit("c"),
    _unit("d"),
    _unit("wards", "collective", members=("a", "a2", "b", "x"), scope="all"),
    _unit("concerned", "collective", members=("c", "d"), scope="concerned"),
)
TARGETS = (
    _target(1, ["a"], "ongoing", "monthly", "each", None),
    _target(2, ["wards"], "ongoing", "quarterly", "each", None),
    _target(3, ["concerned", "x"], "ongoing", "half-yearly", "city", "x"),
    _target(4, [], "ongoing", "yearly", "each", None),
    _target(5, ["a", "x"], "2023-11", "monthly", "each", None),
    _target(6, ["a", "a2"], "2024-01", "monthly", "each", None),
)
REGISTRY = Registry(
    Document("01", "Phụ lục", Plan("", "", "", ""), "UBND", 2023),
    Catalog((), UNITS),
    (Group("I", "Nhóm", TARGETS),),
)
REPORTERS = ("a", "a2", "b", "x", "c", "d")
DAYS = [D(2023, 12, d) for d in (10, 14, 15, 20, 21, 28)] + [
    D(2024, 1, 2),
    D(2024, 3, 1),
    D(2025, 9, 1),
]


def _progress(rng: random.Random, count: int) -> list[Entry]:
    """Entries over 01/11/2023–29/02/2024, thickest around the window's end, by units that
    exist on their day (a merged ward's work is its heir's from then), a fifth of them
    corrections of an earlier entry of the same target and unit."""
    entries: list[Entry] = []
    corrected: set[str] = set()
    for n in range(count):
        target = rng.choice(TARGETS)
        day = D(2023, 11, 1) + dt.timedelta(days=min(rng.randrange(120), rng.randrange(120)))
        unit = rng.choice(REPORTERS)
        if unit in ("a", "a2", "b"):
            before = day <= D(2023, 12, 20)  # `b` begins on 21/12; `a`, `a2` end on 20/12
            unit = ("a" if unit == "b" else unit) if before else "b"
        status = rng.choice(("in_progress", "done", "not_started"))
        values: dict[str, float] = {}
        counts: dict[str, tuple[int, int]] = {}
        if rng.random() < 0.7:
            total = rng.randint(1, 9)
            part = rng.randint(0, total)
            values["k"] = round(100 * part / total, 2)
            if rng.random() < 0.5:
                counts["k"] = (part, total)
        earlier = [
            e
            for e in entries
            if (e.target, e.unit) == (target.id, unit) and e.date <= day.isoformat()
            if e.id not in corrected and e.corrects is None
        ]
        corrects = None
        if earlier and rng.random() < 0.2:
            corrects = rng.choice(earlier).id
            corrected.add(corrects)
        written = f"{day.isoformat()}T{rng.randrange(24):02}:00:00+07:00"
        entries.append(
            Entry(
                f"e{n:011x}",
                target.id,
                unit,
                status,
                day.isoformat(),
                written,
                values,
                corrects=corrects,
                counts=counts,
            )  # type: ignore[arg-type]
        )
    rng.shuffle(entries)  # files hold them in any order
    return entries


class _WholeHistory(Memory):
    """No aggregate at all: every answer from the target's whole timeline."""

    def aggregate(self, target_id: str) -> Aggregate | None:  # type: ignore[override]
        return None


class _Stored(Memory):
    """The aggregates as the cache stores them: through JSON and back."""

    def aggregate(self, target_id: str) -> Aggregate:
        return Aggregate.from_json(json.loads(json.dumps(super().aggregate(target_id).to_json())))


def _answers(tracker: Tracker) -> list[Any]:
    """Everything a command reads of a target's progress, on every day asked."""
    found: list[Any] = []
    windows = periods_ending_between(D(2023, 9, 1), D(2024, 2, 29), "monthly")  # and after
    for day in DAYS:
        for group, target in REGISTRY.targets():
            row = tracker.row(group, target, day)
            found.append((target.id, day, row.status, row.period))
            found.append(tracker.parts(target, day, row.period))
            found.append([own_part(tracker, target, u, day) for u in ("b", "x", "c", "d")])
            history = tracker.timeline_on(target.id, day, row.period)
            found.append(member_matrix(target, tracker.index, history, day))
            found.append(tracker.readings(target, day))
            found.append([tracker.status(target, day, w) for w in windows])
    return found


def _same_answers(entries: list[Entry]) -> int:
    """The three paths agree; how many answers the spliced aggregates gave."""
    closing = closing_days(REGISTRY)
    whole = Tracker(REGISTRY, _WholeHistory(entries, closing))
    cached = Tracker(REGISTRY, Memory(entries, closing))
    stored = Tracker(REGISTRY, _Stored(entries, closing))
    assert _answers(cached) == _answers(whole)
    assert _answers(stored) == _answers(whole)
    return sum(
        isinstance(cached.timeline_on(t.id, day, cached.window(t, day)), Spliced)
        for day in DAYS
        for _, t in REGISTRY.targets()
    )


def test_cached_answers_are_the_whole_historys() -> None:
    """A fixed history of 600 entries, where the spliced aggregates answer some targets after
    the plan's year (entries dated after 14/12/2023 exist for every target)."""
    entries = _progress(random.Random(14), 600)
    assert _same_answers(entries) > 0


@settings(max_examples=40)
@given(st.integers(0, 2**32), st.integers(0, 60))
def test_cached_answers_are_the_whole_historys_for_any_history(seed: int, count: int) -> None:
    _same_answers(_progress(random.Random(seed), count))


def test_a_closing_aggregate_only_when_an_entry_is_after_the_window() -> None:
    entries = [e for e in _progress(random.Random(3), 200) if e.target == "I.1"]
    end = D(2023, 12, 14)
    inside = [e for e in entries if e.date <= "2023-12-14" and e.corrects is None]
    assert Aggregate.of(inside, end).closing is None
    made = Aggregate.of(entries, end)
    assert made.closing is not None and made.closing.until == "2023-12-14"
    assert made.closing.covers(end) and not made.closing.covers(D(2023, 12, 15))
    assert Aggregate.from_json(made.to_json()) == made
