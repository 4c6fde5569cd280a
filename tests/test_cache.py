"""The cache may make commands fast; it must never make them wrong."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cds_tracker.app import cache
from cds_tracker.cli import app
from cds_tracker.core.entries import Entry
from cds_tracker.progress.fast_check import fast_entry
from cds_tracker.registry.models import ProgressEntry, check_entry

runner = CliRunner()
LINE = (
    "- {{id: '{id}', target: III.4, unit: phong-y-te, status: {status}, date: '2023-10-{day}', "
    "note: {note}, written: '2023-10-{day}T08:00:00+07:00'}}\n"
)


def late(folder: Path, *extra: str) -> list[tuple[str, str]]:
    result = runner.invoke(
        app,
        [*extra, "late", "--registry", str(folder), "--as-of", "01/11/2023", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    return [(r["id"], r["status"]) for r in json.loads(result.output)]


def show(folder: Path, *extra: str) -> dict[str, Any]:
    result = runner.invoke(
        app,
        [
            *extra,
            "show",
            "III.4",
            "--registry",
            str(folder),
            "--as-of",
            "01/11/2023",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


def cache_files() -> list[Path]:
    return sorted(p for p in cache.root().rglob("*") if p.is_file())


def test_cache_lives_in_the_user_cache_folder(own_registry: Path) -> None:
    assert cache.root() == Path(os.environ["XDG_CACHE_HOME"]) / "cds-tracker"
    late(own_registry)
    names = {p.name for p in cache_files()}
    assert {"key", "registry", "snapshot", "ids", "units"} <= names
    assert not any(
        p.name.startswith(".") or p.suffix == ".cache"
        for p in own_registry.rglob("*")
        if p.is_file() and p.name != ".gitattributes" and p.name != ".gitignore"
    )


def test_same_size_same_mtime_different_content_is_seen(own_registry: Path) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.write_text(
        LINE.format(id="aaaaaa111111", status="done", day="20", note="x"), encoding="utf-8"
    )
    assert show(own_registry)["status"] == "done"  # cached now
    stat = file.stat()
    same_size = LINE.format(id="aaaaaa111111", status="done", day="21", note="y")
    file.write_text(same_size, encoding="utf-8")
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert file.stat().st_size == stat.st_size and file.stat().st_mtime_ns == stat.st_mtime_ns
    data = show(own_registry)
    assert [h["note"] for h in data["history"]] == ["y"]
    assert data["history"][0]["date"] == "2023-10-21"


def test_registry_edit_is_seen(own_registry: Path) -> None:
    assert ("III.4", "late") in late(own_registry)
    registry = own_registry / "phu_luc_01.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text.replace('due: "2023-10"', 'due: "2023-12"', 1).replace(
            "text: Tháng 10/2023", "text: Tháng 12/2023", 1
        ),
        encoding="utf-8",
    )
    assert ("II.4", "late") not in late(own_registry)


def test_appended_entries_are_read_incrementally_and_exactly(own_registry: Path) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.write_text(
        "# đầu tệp\n" + LINE.format(id="aaaaaa111111", status="in_progress", day="01", note="a"),
        encoding="utf-8",
    )
    first = show(own_registry)
    assert first["status"] == "late"
    with file.open("a", encoding="utf-8") as handle:
        handle.write(LINE.format(id="bbbbbb222222", status="done", day="30", note="b"))
    incremental = show(own_registry)
    uncached = show(own_registry, "--no-cache")
    assert incremental == uncached
    assert incremental["status"] == "done"
    assert [h["id"] for h in incremental["history"]] == ["bbbbbb222222", "aaaaaa111111"]


def test_appended_correction_updates_status(own_registry: Path) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.write_text(
        LINE.format(id="aaaaaa111111", status="done", day="01", note="a"), encoding="utf-8"
    )
    assert show(own_registry)["status"] == "done"
    with file.open("a", encoding="utf-8") as handle:
        handle.write(
            "- {id: 'cccccc333333', target: III.4, unit: phong-y-te, status: "
            "in_progress, date: '2023-10-01', corrects: aaaaaa111111, written: "
            "'2023-10-02T08:00:00+07:00'}\n"
        )
    assert show(own_registry)["status"] == show(own_registry, "--no-cache")["status"] == "late"


@pytest.mark.usefixtures("english")
def test_a_bad_append_is_reported_as_without_cache(own_registry: Path) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.write_text(
        LINE.format(id="aaaaaa111111", status="done", day="01", note="a"), encoding="utf-8"
    )
    late(own_registry)
    with file.open("a", encoding="utf-8") as handle:
        handle.write(LINE.format(id="aaaaaa111111", status="done", day="02", note="dup"))
    result = runner.invoke(app, ["late", "--registry", str(own_registry)])
    assert result.exit_code == 1
    assert f"{file}:2:8: duplicate entry id 'aaaaaa111111'" in result.output


@pytest.mark.parametrize("damage", [b"", b"garbage", b"cds-cache 3 0.1.0\n\x80\x04junk"])
def test_corrupt_cache_is_ignored_and_rebuilt(own_registry: Path, damage: bytes) -> None:
    expected = late(own_registry)
    for path in cache_files():
        path.write_bytes(damage)
    assert late(own_registry) == expected
    # every file rewritten; a damaged key is replaced by the next process (this one keeps its own)
    assert all(p.read_bytes() != damage for p in cache_files() if p.name != "key")


def test_cache_refuses_foreign_pickles(own_registry: Path) -> None:
    import pickle

    late(own_registry)
    snapshot = next(p for p in cache_files() if p.name == "snapshot")
    magic = snapshot.read_bytes().split(b"\n", 1)[0] + b"\n"
    snapshot.write_bytes(magic + pickle.dumps(os.system))  # a cache must not run anything
    assert cache.load_snapshot(own_registry / "phu_luc_01.yaml") is None
    assert late(own_registry)


def test_no_cache_flag_and_environment(own_registry: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    late(own_registry, "--no-cache")
    assert cache_files() == []
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    late(own_registry)
    assert cache_files() == []
    monkeypatch.delenv("CDS_NO_CACHE")
    late(own_registry)
    assert len(cache_files()) > 2


def test_version_change_invalidates(own_registry: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    late(own_registry)
    assert cache.load_snapshot(own_registry / "phu_luc_01.yaml") is not None
    monkeypatch.setattr(cache, "__version__", "9.9.9")
    assert cache.load_snapshot(own_registry / "phu_luc_01.yaml") is None


values = st.one_of(
    st.text(max_size=5),
    st.integers(-5, 5),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=3), st.floats(0, 1) | st.text(max_size=2), max_size=2),
)
base = {
    "id": "abcdef123456",
    "target": "II.4",
    "unit": "van-phong",
    "status": "done",
    "date": "2023-10-15",
    "written": "2023-10-16T08:00:00+07:00",
}
keys = st.sampled_from(
    [
        *base,
        "values",
        "note",
        "obstacles",
        "proposals",
        "evidence",
        "by",
        "corrects",
        "forced",
        "extra",
    ]
)


@settings(max_examples=500)
@given(changes=st.dictionaries(keys, values, max_size=4), drop=st.sets(st.sampled_from(list(base))))
def test_fast_check_never_accepts_what_the_schema_refuses(
    changes: dict[str, Any], drop: set[str]
) -> None:
    item = {k: v for k, v in {**base, **changes}.items() if k not in drop}
    entry = fast_entry(item)
    if entry is None:
        return
    assert check_entry(item) == entry


def test_fast_check_knows_the_schema_fields() -> None:

    assert [f.name for f in dataclasses.fields(ProgressEntry)] == list(Entry._fields)


def _answers(folder: Path, as_of: str, *extra: str) -> list[str]:
    """What the commands that read aggregates print, as JSON, on one day."""
    outputs = []
    for command in (
        ["late"],
        ["due", "--month", "10/2023"],
        ["report", "--unit", "Phòng Y tế"],
        ["summary"],
        ["show", "III.4"],
        ["progress", "list", "III.4"],
        ["progress", "list", "--unit", "Phòng Y tế"],
        ["progress", "list"],
    ):
        result = runner.invoke(
            app,
            [*extra, *command, "--registry", str(folder), "--format", "json"]
            + ([] if command[0] == "progress" else ["--as-of", as_of]),
        )
        assert result.exit_code == 0, (command, result.output)
        outputs.append(result.output)
    return outputs


def test_aggregates_answer_as_a_full_read_does(own_registry: Path) -> None:
    """Today's answers come from per-target aggregates, earlier days and histories from one
    target's entries: on every day, before and after an append and a correction, they must be
    what reading every file says."""
    progress = own_registry / "progress"
    progress.mkdir(exist_ok=True)
    file = progress / "phong-y-te.yaml"
    line = (
        '- {{"id": "{id}", "target": "III.4", "unit": "phong-y-te", "status": "{status}", '
        '"date": "2023-{date}", "values": {{"health_facilities_cashless": {value}}}, '
        '"written": "2023-12-01T08:00:00+07:00"{extra}}}\n'
    )
    file.write_text(
        line.format(id="aaaaaa000001", status="in_progress", date="09-10", value=40, extra="")
        + line.format(id="aaaaaa000002", status="done", date="10-20", value=90, extra=""),
        encoding="utf-8",
    )
    days = ["01/09/2023", "15/09/2023", "25/10/2023", "01/01/2030"]
    for day in days:
        assert _answers(own_registry, day) == _answers(own_registry, day, "--no-cache")
    with file.open("a", encoding="utf-8") as handle:
        handle.write(
            line.format(
                id="aaaaaa000003",
                status="in_progress",
                date="10-20",
                value=70,
                extra=', "corrects": "aaaaaa000002"',
            )
        )
    for day in days:
        assert _answers(own_registry, day) == _answers(own_registry, day, "--no-cache")


def test_cached_figures_of_an_ongoing_target_follow_the_period(own_registry: Path) -> None:
    """An ongoing target's figure is its current period's (I.2: monthly, 15th to 14th): cached
    per period, it must be what reading every file says in the period of its report, in the next
    one (nothing reported yet) and after a report in that next one."""
    progress = own_registry / "progress"
    progress.mkdir(exist_ok=True)
    file = progress / "phong-van-hoa-thong-tin.yaml"
    line = (
        '- {{"id": "{id}", "target": "I.2", "unit": "phong-van-hoa-thong-tin", '
        '"status": "in_progress", "date": "{date}", "values": {{"lgsp_requests_met": {value}}}, '
        '"written": "{date}T08:00:00+07:00"}}\n'
    )
    file.write_text(line.format(id="bbbbbb000001", date="2023-10-05", value=60), encoding="utf-8")
    show = ["show", "I.2", "--registry", str(own_registry), "--format", "json", "--as-of"]

    def value(day: str) -> Any:
        cached = runner.invoke(app, [*show, day]).output
        assert cached == runner.invoke(app, ["--no-cache", *show, day]).output, day
        return json.loads(cached)["indicators"][0]["value"]

    assert [value(d) for d in ("05/10/2023", "10/10/2023", "25/10/2023")] == [60, 60, None]
    with file.open("a", encoding="utf-8") as handle:
        handle.write(line.format(id="bbbbbb000002", date="2023-10-20", value=90))
    assert [value(d) for d in ("25/10/2023", "20/11/2023", "10/11/2023")] == [90, None, 90]
