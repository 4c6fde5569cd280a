"""What a cold read shares or keeps to go faster never changes an answer (docs/performance.md):
cell resolutions shared between indexes of one catalog, days accepted once per load, the
writer's order of `written` asked once for all entries, the read held until the process ends,
the registry taken from the cache when only progress changed."""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app import opening
from cds_tracker.cli import app
from cds_tracker.core.entries import Entry
from cds_tracker.core.records import Unit
from cds_tracker.progress import typed_lines
from cds_tracker.questions.aggregates import Aggregate, Memory
from cds_tracker.questions.timeline import in_order, text_orders
from cds_tracker.registry import loading
from cds_tracker.registry.units import Resolution, UnitIndex


def _unit(unit_id: str, name: str) -> Unit:
    return Unit(unit_id, name, "department", "appendix")


def test_an_index_of_another_catalog_never_takes_the_cells_resolved_for_one() -> None:
    health = [_unit("so-y-te", "Sở Y tế"), _unit("so-tai-chinh", "Sở Tài chính")]
    finance_only = [_unit("so-tai-chinh", "Sở Tài chính")]
    cell = "Sở Y tế; Sở Tài chính"
    first = UnitIndex(health).resolve(cell)
    assert first.unit_ids == ("so-y-te", "so-tai-chinh") and first.unresolved == ()
    other = UnitIndex(finance_only).resolve(cell)  # the last catalog indexed is another one
    assert other.unit_ids == ("so-tai-chinh",) and other.unresolved == ("Sở Y tế",)
    again = UnitIndex(health).resolve(cell)
    assert again.unit_ids == ("so-y-te", "so-tai-chinh") and again.unresolved == ()
    with_titles = UnitIndex(health, ("Giám đốc",)).resolve(cell)  # titles are of the catalog
    assert with_titles == first


def test_indexes_of_one_catalog_resolve_a_cell_once(monkeypatch: pytest.MonkeyPatch) -> None:
    units = [_unit("so-y-te", "Sở Y tế")]
    calls: list[str] = []
    first, second = UnitIndex(units), UnitIndex(list(units))
    real = UnitIndex._resolve

    def counting(self: UnitIndex, cell: str) -> Resolution:
        calls.append(cell)
        return real(self, cell)

    monkeypatch.setattr(UnitIndex, "_resolve", counting)
    assert first.resolve("Sở Y tế") == second.resolve("Sở Y tế")
    assert calls == ["Sở Y tế"]


def _file(*days: str) -> bytes:
    rows = [
        f'- {{"id": "e{i:06d}", "target": "I.1", "unit": "u1", "status": "done", "date": '
        f'"{day}", "by": "Cán bộ", "written": "2024-01-15T08:00:00+07:00"}}'
        for i, day in enumerate(days)
    ]
    return ("\n".join(["# Tiến độ", *rows]) + "\n").encode()


def test_a_day_accepted_in_one_file_does_not_let_a_bad_one_through_in_the_next() -> None:
    good = _file("2023-02-07", "2023-02-08")
    raw = good
    assert typed_lines.typed_entries(raw, {}) is not None
    for bad in ("2023-02-30", "2023-2-07", "2023-02-07 ") * 2:  # refused again, too
        raw = _file("2023-02-07", bad)
        assert typed_lines.typed_entries(raw, {}) is None, bad
    raw = _file("2023-02-08")  # accepted days still accepted
    found = typed_lines.typed_entries(raw, {})
    assert found is not None and [e.date for e in found] == ["2023-02-08"]


def test_the_accepted_days_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typed_lines, "_ACCEPTED_MOST", 2)
    typed_lines._ACCEPTED.clear()
    for month in range(1, 7):
        raw = _file(f"2023-{month:02d}-01", f"2023-{month:02d}-02")
        assert typed_lines.typed_entries(raw, {}) is not None
        assert all(len(texts) <= 4 for texts in typed_lines._ACCEPTED.values())


def _entry(entry_id: str, target: str, unit: str, day: str, written: str) -> Entry:
    return Entry(entry_id, target, unit, "in_progress", day, written, {})


def test_aggregates_are_the_same_whether_written_orders_as_text_for_all_or_not() -> None:
    # Target A alone is in the writer's shape; with B (another zone, and a moment that orders
    # otherwise as text) the load is not: A's aggregate must come out the same either way.
    a = [
        _entry("a2", "A", "u1", "2023-05-01", "2023-05-01T10:00:00+07:00"),
        _entry("a1", "A", "u1", "2023-05-01", "2023-05-01T09:00:00+07:00"),
        _entry("a3", "A", "u2", "2023-04-01", "2023-04-02T08:00:00+07:00"),
    ]
    b = [
        _entry("b1", "B", "u1", "2023-05-01", "2023-05-01T09:00:00+01:00"),
        _entry("b2", "B", "u1", "2023-05-01", "2023-05-01T10:00:00+07:00"),
    ]
    assert text_orders(a) and not text_orders(a + b)
    assert Memory(a).aggregate("A") == Memory(a + b).aggregate("A") == Aggregate.of(a)
    # B: 10:00+07:00 is 03:00 UTC, before 09:00+01:00 (08:00 UTC): b1 is the latest
    assert [e.id for e in in_order(b)] == ["b2", "b1"]
    # (unit, status, day, the day its run of "done" began: the day itself when not done)
    latest = (("u1", "in_progress", "2023-05-01", "2023-05-01"),)
    assert Memory(a + b).aggregate("B").latest == latest
    assert Memory(a + b).aggregate("B").stamp == "2:b2"


def test_a_full_read_is_held_until_the_next_one(own_registry: Path) -> None:
    first = opening._read_everything(opening.find_registry(own_registry))
    memory = weakref.ref(first.tracker.source)
    del first
    gc.collect()
    assert memory() is not None  # held: a command exits without freeing it
    opening._read_everything(opening.find_registry(own_registry))
    gc.collect()
    assert memory() is None  # the next read lets it go


_LINE = (
    '- {{"id": "{id}", "target": "III.4", "unit": "phong-y-te", "status": "{status}", '
    '"date": "2023-10-01", "by": "Cán bộ", "written": "2023-10-02T08:00:00+07:00"}}\n'
)


def _late(folder: Path, *extra: str) -> list[str]:
    result = CliRunner().invoke(
        app,
        [*extra, "late", "--registry", str(folder), "--as-of", "01/11/2023", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    return [row["id"] for row in json.loads(result.output)]


def test_a_full_read_takes_the_registry_from_the_cache_when_only_progress_changed(
    own_registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    progress = own_registry / "progress" / "phong-y-te.yaml"
    progress.write_text(_LINE.format(id="aaaaaa111111", status="done"), encoding="utf-8")
    assert "III.4" not in _late(own_registry)  # a cold read: the registry parsed and cached
    progress.write_text(_LINE.format(id="bbbbbb222222", status="in_progress"), encoding="utf-8")
    expected = _late(own_registry, "--no-cache")
    assert "III.4" in expected
    parsed: list[str] = []
    real = loading.load_registry_bytes

    def counting(raw: bytes, **kwargs: object) -> loading.LoadResult:
        parsed.append(str(kwargs["display"]))
        return real(raw, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "load_registry_bytes", counting)
    # Edited, not appended: every progress file is read again, the registry is not parsed.
    assert _late(own_registry) == expected and parsed == []
    registry = own_registry / "phu_luc_01.yaml"
    registry.write_bytes(registry.read_bytes() + b"# edited\n")  # other bytes: parsed again
    progress.write_text(_LINE.format(id="cccccc333333", status="done"), encoding="utf-8")
    assert "III.4" not in _late(own_registry) and len(parsed) == 1


def test_the_registry_cached_reads_back_as_the_registry_checked(own_registry: Path) -> None:
    """Written by msgspec straight from the records (each a list of its fields), read back by
    the cache's decoder: the same registry, field for field, and the JSON a record's fields
    make (a record is a named tuple: a list)."""
    from cds_tracker.app import cache, cache_writes

    path = own_registry / "phu_luc_01.yaml"
    registry = loading.load_registry(path).registry
    assert registry is not None
    cache_writes.save_registry(path, "key", registry)
    assert cache.load_registry(path, "key") == registry
    assert cache.load_registry(path, "other key") is None
    folder = cache.folder_of(path)
    assert folder is not None
    stored = json.loads((folder / "registry").read_bytes().partition(b"\n")[2])
    assert stored == ["key", _as_lists(registry)]


def _as_lists(value: object) -> object:
    if isinstance(value, tuple | list):
        return [_as_lists(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_lists(item) for key, item in value.items()}
    return value
