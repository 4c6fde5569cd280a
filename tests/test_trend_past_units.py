"""A past point of an indicator's trend is the city's figure with the units as they were on that
point's day: a ward merged later counts for itself before the merger, its report its
successor's only from the merger. Asked before or after the merger, the same past point reads
the same (clerk review 10, finding 09: 89,38% on 30/06/2025, 90% on 15/07/2025). The wards of
test_merged_parts.py: Trung Sơn + Tây Sơn → Trung Tây from 01/07/2025. Hand-computed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from test_merged_parts import AFTER, _target_of, _tracker
from ward_merger import merger_units

runner = CliRunner()

BEFORE = dt.date(2025, 6, 15)


def test_a_past_point_counts_the_units_of_its_day() -> None:
    """I.7: Trung Sơn 4/5 on 01/05, xã X 1/5 on 01/06; Tây Sơn never gave a figure. On 01/05
    Trung Sơn is a part of its own: 4/5 = 80%; on 01/06, 4/5 + 1/5 = 5/10 = 50%. After the
    merger Trung Tây answers for Trung Sơn's part, on its 4/5, and for Tây Sơn's, with none:
    the current figure is still 50%, 2 of 3 parts (questions/heir_parts.py), and the past
    points stay as they were: before the fix the 01/05 point vanished (Trung Tây incomplete)
    and the 01/06 one read 20%."""
    tracker = _tracker()
    for day in (BEFORE, AFTER):
        (reading,) = tracker.readings(_target_of(7), day)
        assert reading.series == (("2025-05-01", 80.0), ("2025-06-01", 50.0)), day
    (after,) = tracker.readings(_target_of(7), AFTER)
    assert (after.value, after.reported, after.expected) == (50.0, 2, 3)


def test_the_points_after_a_merger_fold_the_old_wards() -> None:
    """I.6: Trung Sơn 4/5 on 01/05; Tây Sơn 3/10 and xã X 1/5 on 01/06. 01/05: 4/5 = 80%;
    01/06: (4 + 3 + 1)/(5 + 10 + 5) = 8/20 = 40%, on either day asked (after the merger Trung
    Tây's 7/15 and xã X's 1/5 are the same 8/20)."""
    tracker = _tracker()
    for day in (BEFORE, AFTER):
        (reading,) = tracker.readings(_target_of(6), day)
        assert reading.series == (("2025-05-01", 80.0), ("2025-06-01", 40.0)), day


# The clerk's case through the CLI, its JSON and its cache: IV.4 of the 2023 plan, each ward and
# commune's figure ("UBND các phường, xã", 9 parts), Bắc Sơn and Nam Sơn merged into Tam Điệp
# on 01/07/2023. Seven wards 90/100 on 20/05; Bắc Sơn 85/100 on 10/06; Nam Sơn 40/100 on 25/06.
# 20/05: 630/700 = 90%; 10/06: 715/800 = 89,375%; 25/06: 755/900 = 83,888…%.
SEVEN = ("Trung Sơn", "Tây Sơn", "Tân Bình", "Yên Bình", "Đông Sơn", "Quang Sơn", "Yên Sơn")
POINTS = [("2023-05-20", 90.0), ("2023-06-10", 89.375), ("2023-06-25", 755 / 9)]


def test_the_clerks_trend_reads_the_same_before_and_after_the_merger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CDS_PLAN", "2023")
    monkeypatch.setenv("COLUMNS", "150")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(
        "units:\n" + merger_units(2023), encoding="utf-8"
    )
    reports = [(w, "90/100", "20/05/2023") for w in SEVEN]
    reports += [("Bắc Sơn", "85/100", "10/06/2023"), ("Nam Sơn", "40/100", "25/06/2023")]
    for unit, value, day in reports:
        args = ["progress", "add", "IV.4", "--unit", unit, "--status", "in_progress"]
        done = runner.invoke(app, [*args, "--date", day, "--value", value])
        assert done.exit_code == 0, done.output
    for day in ("30/06/2023", "15/07/2023", "15/07/2023"):  # the last one from the cache
        shown = runner.invoke(app, ["show", "IV.4", "--as-of", day, "--format", "json"])
        assert shown.exit_code == 0, shown.output
        (figure,) = json.loads(shown.stdout)["indicators"]
        assert [(p["date"], p["value"]) for p in figure["series"]] == POINTS, day
        text = runner.invoke(app, ["show", "IV.4", "--as-of", day]).stdout
        assert "90% (20/05/2023) → 89,38% (10/06/2023) → 83,89% (25/06/2023)" in text, day
