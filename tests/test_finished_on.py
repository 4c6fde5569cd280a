"""A part stays finished from its first "hoàn thành" of an unbroken run (review 9): a unit that
sends "done" again after the deadline (the evidence, a copy) did not finish late.

II.7 of the shipped appendix: Phòng Văn hóa và Thông tin alone leads it, deadline Tháng 7/2023
(due until 31/07/2023). Done on 20/07/2023 (on time), done again on 10/08/2023: on 01/09/2023
the target is "done", its part dated 20/07/2023. Then "in progress" on 15/08/2023 and done on
20/08/2023: the run begins again, so it is done late, 20 days (20/08 − 31/07), dated 20/08.
Both through the cache (each target's aggregate) and without it (the target's entries)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()


def cds(registry: Path, *args: str) -> Any:
    result = runner.invoke(app, [*args, "--registry", str(registry)])
    assert result.exit_code == 0, result.output
    return result


def add(registry: Path, status: str, day: str) -> None:
    cds(registry, "progress", "add", "II.7", "--unit", "VH&TT", "--status", status, "--date", day)


def shown(registry: Path, day: str) -> tuple[str, int | None, list[tuple[str, str, str]]]:
    data = json.loads(cds(registry, "show", "II.7", "--as-of", day, "--format", "json").stdout)
    parts = [(p["unit"], p["status"], p["reported"]) for p in data["parts"]]
    return data["status"], data["days_late"], parts


@pytest.mark.parametrize("cache", ["0", "1"])
def test_a_second_done_does_not_make_it_late(
    own_registry: Path, monkeypatch: pytest.MonkeyPatch, cache: str
) -> None:
    monkeypatch.setenv("CDS_NO_CACHE", cache)
    add(own_registry, "done", "20/07/2023")
    add(own_registry, "done", "10/08/2023")
    unit = "phong-van-hoa-thong-tin"
    assert shown(own_registry, "01/09/2023") == ("done", None, [(unit, "done", "2023-07-20")])
    add(own_registry, "in_progress", "15/08/2023")
    add(own_registry, "done", "20/08/2023")
    assert shown(own_registry, "01/09/2023") == (
        "done_late",
        20,
        [(unit, "done_late", "2023-08-20")],
    )
    # before the second run: the day asked sees the first run only
    assert shown(own_registry, "12/08/2023") == ("done", None, [(unit, "done", "2023-07-20")])
