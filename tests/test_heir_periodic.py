"""An heir of an ongoing target owes the merged unit's periodic reports from the merger on
(docs/registry-format.md, "Units that change"). Plan 2023, II.2 ("Thường xuyên", monthly
windows 15th–14th) led by Văn phòng and every ward and commune; UBND phường Nam Sơn merged into
UBND phường Bắc Sơn from 01/07/2023 (its last day 30/06/2023). Hand-computed:

- the window 15/06–14/07/2023 straddles the merger: a report Nam Sơn made in it before its
  merger is its part's; one Bắc Sơn made before the merger is its own part's only; one it makes
  after the merger speaks for both;
- a window wholly after the merger (15/07–14/08/2023) needs one report of Bắc Sơn's for both."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()

MERGER = """units:
  - id: phuong-nam-son
    valid_to: 30/06/2023
    merged_into: phuong-bac-son
"""


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.output)


def add(unit: str, status: str, day: str) -> None:
    ok("progress", "add", "II.2", "--unit", unit, "--status", status, "--date", day)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(MERGER, encoding="utf-8")
    ok("validate")
    return tmp_path


def _parts(day: str) -> list[tuple[str | None, str | None, str]]:
    rows = json.loads(ok("report", "--unit", "Bắc Sơn", "--as-of", day, "--format", "json"))
    row: dict[str, Any] = next(r for r in rows if r["id"] == "II.2")
    return [(p["taken_over_from"], p["since"], p["status"]) for p in row["unit_parts"]]


def _urged(day: str, month: str) -> dict[str, Any] | None:
    args = ("remind", "--month", month, "--as-of", day, "--unit", "Bắc Sơn", "--format", "json")
    notes = json.loads(ok(*args))
    items = [t for n in notes for t in n["targets"] if t["id"] == "II.2"]
    return items[0] if items else None


def test_a_window_across_the_merger(workspace: Path) -> None:
    add("UBND phường Bắc Sơn", "in_progress", "16/06/2023")  # its own, before the merger
    assert _parts("14/07/2023") == [
        (None, None, "ongoing"),
        ("UBND phường Nam Sơn", "2023-07-01", "unreported"),
    ]
    item = _urged("14/07/2023", "07/2023")
    assert item is not None
    assert (item["in_place_of"], item["own_part_owed"]) == (["UBND phường Nam Sơn"], False)
    # Its report after the merger speaks for both parts: nothing owed in that window.
    add("UBND phường Bắc Sơn", "in_progress", "10/07/2023")
    assert _parts("14/07/2023") == [
        (None, None, "ongoing"),
        ("UBND phường Nam Sơn", "2023-07-01", "ongoing"),
    ]
    assert _urged("14/07/2023", "07/2023") is None


def test_a_report_the_merged_ward_made_before_its_merger_counts(workspace: Path) -> None:
    add("UBND phường Nam Sơn", "in_progress", "20/06/2023")
    assert _parts("14/07/2023") == [
        (None, None, "unreported"),
        ("UBND phường Nam Sơn", "2023-07-01", "ongoing"),
    ]
    item = _urged("14/07/2023", "07/2023")
    assert item is not None
    assert (item["in_place_of"], item["own_part_owed"]) == ([], None)  # its own part alone


def test_a_window_after_the_merger_needs_one_report_for_both(workspace: Path) -> None:
    add("UBND phường Nam Sơn", "in_progress", "20/06/2023")  # an earlier window's
    assert _parts("10/08/2023") == [
        (None, None, "unreported"),
        ("UBND phường Nam Sơn", "2023-07-01", "unreported"),
    ]
    item = _urged("14/08/2023", "08/2023")
    assert item is not None
    assert (item["in_place_of"], item["own_part_owed"]) == (["UBND phường Nam Sơn"], True)
    add("UBND phường Bắc Sơn", "in_progress", "05/08/2023")
    assert _parts("10/08/2023") == [
        (None, None, "ongoing"),
        ("UBND phường Nam Sơn", "2023-07-01", "ongoing"),
    ]
    assert _urged("14/08/2023", "08/2023") is None
