"""An indicator's series (a point per day reported) is cached apart from its figure, and read
only by what prints it: `summary` as a table costs what it shows, never what history holds.
Wrong, foreign or missing series files are never taken: the figures are made again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app import cache, cache_writes
from cds_tracker.cli import app

runner = CliRunner()
LINE = (
    '- {{"id": "{id}", "target": "I.2", "unit": "phong-van-hoa-thong-tin", '
    '"status": "in_progress", "date": "{date}", "values": {{"lgsp_requests_met": {value}}}, '
    '"written": "{date}T08:00:00+07:00"}}\n'
)
# I.2 is monthly (15th to 14th): on 25/10/2023 its figure is the report of 20/10, and its
# series runs over both reports, one point per day.
SERIES = [{"date": "2023-10-05", "value": 60.0}, {"date": "2023-10-20", "value": 90.0}]


@pytest.fixture
def reported(own_registry: Path) -> Path:
    progress = own_registry / "progress"
    progress.mkdir(exist_ok=True)
    (progress / "phong-van-hoa-thong-tin.yaml").write_text(
        LINE.format(id="bbbbbb000001", date="2023-10-05", value=60)
        + LINE.format(id="bbbbbb000002", date="2023-10-20", value=90),
        encoding="utf-8",
    )
    return own_registry


def run(folder: Path, *args: str) -> str:
    result = runner.invoke(app, [*args, "--registry", str(folder), "--as-of", "25/10/2023"])
    assert result.exit_code == 0, result.output
    return result.output


def warm(folder: Path) -> None:
    """A cold read caches the entries; the next command the figures and series it makes."""
    for _ in range(2):
        run(folder, "summary", "--format", "json")


def i2(summary_json: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = json.loads(summary_json)["indicators"]
    (i2,) = [i for i in found if i["target"] == "I.2"]
    return i2


def test_series_are_read_only_by_what_prints_them(
    reported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm(reported)
    names: list[str] = []
    real = cache.read

    def read(folder: Path, name: str) -> Any:
        names.append(name)
        return real(folder, name)

    monkeypatch.setattr(cache, "read", read)
    table = run(reported, "summary")
    assert any(n.startswith("f-") for n in names)
    assert not [n for n in names if n.startswith("s-")]
    assert table == run(reported, "--no-cache", "summary")
    assert "90" in table
    names.clear()
    found = i2(run(reported, "summary", "--format", "json"))
    assert [n for n in names if n.startswith("s-")]
    assert (found["value"], found["series"]) == (90.0, SERIES)


def series_files() -> list[Path]:
    return sorted(p for p in cache.root().rglob("s-*") if p.is_file())


@pytest.mark.parametrize("damage", ["remove", "tamper", "empty points"])
def test_a_lost_or_damaged_series_is_made_again(reported: Path, damage: str) -> None:
    warm(reported)
    (path,) = [p for p in series_files() if b'["I.2",' in p.read_bytes()]
    if damage == "remove":
        path.unlink()
    elif damage == "tamper":  # the tag no longer fits: the file is not ours
        path.write_bytes(path.read_bytes().replace(b"90.0", b"10.0"))
    else:  # correctly tagged, but no series for the figure: the figures are made again
        payload = path.read_bytes().partition(b"\n")[2]
        value = json.loads(payload)
        cache_writes.write(path.parent, path.name, [value[0], value[1], []])
    expected = run(reported, "--no-cache", "summary", "--format", "json")
    assert run(reported, "summary", "--format", "json") == expected
    assert i2(expected)["series"] == SERIES
    shown = json.loads(run(reported, "show", "I.2", "--format", "json"))
    assert shown["indicators"][0]["series"] == SERIES


def test_a_series_of_other_entries_is_never_taken(reported: Path) -> None:
    """The series file of an earlier state of the entries, put back beside the figures of the
    present one (its tag is valid: same name, same key), is refused by its key."""
    warm(reported)
    (path,) = [p for p in series_files() if b'["I.2",' in p.read_bytes()]
    old = path.read_bytes()
    with (reported / "progress" / "phong-van-hoa-thong-tin.yaml").open("a") as handle:
        handle.write(LINE.format(id="bbbbbb000003", date="2023-10-22", value=30))
    assert i2(run(reported, "summary", "--format", "json"))["value"] == 30.0
    path.write_bytes(old)
    found = i2(run(reported, "summary", "--format", "json"))
    assert found["series"] == [*SERIES, {"date": "2023-10-22", "value": 30.0}]
    assert found == i2(run(reported, "--no-cache", "summary", "--format", "json"))


def test_cached_figures_are_forgotten_with_their_series(reported: Path) -> None:
    warm(reported)
    assert series_files()
    cache_writes.forget_figures(reported / "phu_luc_01.yaml")
    assert not [p for p in cache.root().rglob("*") if p.name[:2] in ("f-", "s-")]
    assert i2(run(reported, "summary", "--format", "json"))["series"] == SERIES


def reading_names(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []
    real = cache.read

    def read(folder: Path, name: str) -> Any:
        names.append(name)
        return real(folder, name)

    monkeypatch.setattr(cache, "read", read)
    return names


def report_i2(report_json: str) -> dict[str, Any]:
    (row,) = [r for r in json.loads(report_json) if r["id"] == "I.2"]
    (reading,) = row["indicators"]
    return dict(reading)


@pytest.mark.parametrize(
    ("args", "prints_series"),
    [
        ((), False),
        (("--format", "markdown"), False),
        (("--excel",), False),  # the indicators in words, a figure each
        (("--format", "json"), True),
        (("--format", "csv"), True),  # the indicators cell flattens every record, series too
    ],
)
def test_report_reads_series_only_for_the_formats_that_print_them(
    reported: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], prints_series: bool
) -> None:
    """`report --unit` as a table, Markdown or Excel CSV reads the figures and no series file;
    as JSON or plain CSV it reads them; either way it prints what it prints without a cache."""
    report = ("report", "--unit", "phong-van-hoa-thong-tin", *args)
    warm(reported)
    names = reading_names(monkeypatch)
    shown = run(reported, *report)
    assert any(n.startswith("f-") for n in names)
    assert bool([n for n in names if n.startswith("s-")]) is prints_series
    assert shown == run(reported, "--no-cache", *report)
    assert ("2023-10-05" in shown) is prints_series  # the first report: in the series alone
    if args == ("--format", "json"):
        assert report_i2(shown)["series"] == SERIES
        assert report_i2(shown)["value"] == 90.0


def test_report_as_a_table_is_the_same_with_or_without_series(reported: Path) -> None:
    """The table made from figures without their series is the one made with them: the
    series never reached the screen (made cold, then warm from the cache, both unchanged)."""
    report = ("report", "--unit", "phong-van-hoa-thong-tin")
    cold = run(reported, "--no-cache", *report)
    assert "90" in cold
    warm(reported)
    assert run(reported, *report) == cold
    assert run(reported, *report, "--format", "markdown") == run(
        reported, "--no-cache", *report, "--format", "markdown"
    )
