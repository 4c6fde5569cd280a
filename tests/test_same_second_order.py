"""Two reports by one unit on one target for one day, written within one second (a .bat file, a
quick re-type): the one written last, the lower line of the unit's progress file, is the latest
everywhere, whichever of the two random ids is the larger (clerk14, same-second-latest-report).

Phòng Y tế leads III.4 (indicator health_facilities_cashless, %, target 100%). Both entries are
dated 20/10/2023 and written at 2023-10-20T09:15:00+07:00: first "done" with 40, then, re-typed,
"in_progress" with 60. As of 01/11/2023 (after III.4's deadline) the latest is the second: the
part is "late" (in progress past the deadline, not done), reported 20/10/2023, the city's
figure 60 (one member, Phòng Y tế, 60), and `progress list` and the history put the second
first. Before the fix the id decided: with the first entry's id the larger, the target read
"done" with 40 while the list showed the "in_progress" one as newest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.core.entries import Entry

runner = CliRunner()
LINE = (
    '- {{"id": "{id}", "target": "III.4", "unit": "phong-y-te", "status": "{status}", '
    '"date": "2023-10-20", "values": {{"health_facilities_cashless": {value}}}, '
    '"written": "2023-10-20T09:15:00+07:00"}}\n'
)
# (first written, written second): the first's id the larger, then the smaller
ID_ORDERS = [("ffffff000001", "aaaaaa000002"), ("aaaaaa000001", "ffffff000002")]


def _lines(first: str, second: str) -> tuple[str, str]:
    return (
        LINE.format(id=first, status="done", value=40),
        LINE.format(id=second, status="in_progress", value=60),
    )


def _json(folder: Path, *args: str) -> Any:
    result = runner.invoke(app, [*args, "--registry", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _answers(folder: Path, *extra: str) -> tuple[list[str], str, list[Any], float, list[Any]]:
    """(`progress list` ids, show's status, its parts, its figure, its members)."""
    listed = _json(folder, *extra, "progress", "list", "III.4")
    shown = _json(folder, *extra, "show", "III.4", "--as-of", "01/11/2023")
    (indicator,) = shown["indicators"]
    assert [h["id"] for h in shown["history"]] == [e["id"] for e in listed]
    members = [(m["unit"], m["value"], m["date"]) for m in indicator["members"]]
    return [e["id"] for e in listed], shown["status"], shown["parts"], indicator["value"], members


def _expected(first: str, second: str) -> tuple[list[str], str, list[Any], float, list[Any]]:
    part = {
        "unit": "phong-y-te",
        "name": "Phòng Y tế",
        "status": "late",
        "reported": "2023-10-20",
        "finished_on": None,
        "in_place_of": [],
    }
    return [second, first], "late", [part], 60.0, [("phong-y-te", 60.0, "2023-10-20")]


@pytest.mark.parametrize(("first", "second"), ID_ORDERS)
def test_the_report_written_last_is_the_latest_cold_and_warm(
    own_registry: Path, first: str, second: str
) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.write_text("".join(_lines(first, second)), encoding="utf-8")
    expected = _expected(first, second)
    assert _answers(own_registry, "--no-cache") == expected  # read from the files
    assert _answers(own_registry) == expected  # the cache made
    assert _answers(own_registry) == expected  # and read from it


@pytest.mark.parametrize(("first", "second"), ID_ORDERS)
def test_the_report_appended_within_the_second_is_the_latest_in_the_cache(
    own_registry: Path, first: str, second: str
) -> None:
    """The cache made with the first report, then the second appended (as `progress add`, or
    another process, appends it): the cache's appended read agrees with the files."""
    file = own_registry / "progress" / "phong-y-te.yaml"
    one, two = _lines(first, second)
    file.write_text(one, encoding="utf-8")
    alone = _answers(own_registry)
    assert (alone[0], alone[1], alone[3]) == ([first], "done", 40.0)
    with file.open("a", encoding="utf-8") as handle:
        handle.write(two)
    assert _answers(own_registry) == _answers(own_registry, "--no-cache")
    assert _answers(own_registry) == _expected(first, second)


def test_the_screen_list_puts_the_report_written_last_first(own_registry: Path) -> None:
    first, second = ID_ORDERS[0]
    (own_registry / "progress" / "phong-y-te.yaml").write_text(
        "".join(_lines(first, second)), encoding="utf-8"
    )
    result = runner.invoke(
        app, ["progress", "list", "III.4", "--registry", str(own_registry), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert [row.split(",")[0].lstrip("\ufeff") for row in rows[1:]] == [second, first]


def _entry(entry_id: str, unit: str, written: str, target: str = "III.4") -> Entry:
    return Entry(entry_id, target, unit, "in_progress", "2023-10-20", written, {})


@pytest.mark.parametrize("written", ["2023-10-20T09:15:00+07:00", "2023-10-20T02:15:00Z"])
def test_in_order_keeps_ties_as_given_and_orders_units_and_targets(written: str) -> None:
    """One rule, fast path (one zone) and moment path (with an entry in another zone) alike:
    by day, written, unit, target; ties kept in the order given (the file's)."""
    from cds_tracker.questions.timeline import in_order, newest_first

    other_zone = _entry("cccccc000009", "phong-y-te", "2023-10-20T01:00:00Z")  # 08:00+07:00
    given = [
        _entry("ffffff000001", "phong-y-te", written),
        _entry("aaaaaa000002", "phong-y-te", written),
        _entry("bbbbbb000003", "phong-noi-vu", written),
        _entry("000000000004", "phong-y-te", written, "III.3"),
        other_zone,
    ]
    ids = [e.id for e in in_order(given)]
    assert ids == ["cccccc000009", "bbbbbb000003", "000000000004", "ffffff000001", "aaaaaa000002"]
    assert [e.id for e in newest_first(given)] == ids[::-1]
    assert [e.id for e in in_order(given[:2])] == ["ffffff000001", "aaaaaa000002"]
    assert [e.id for e in in_order(given[1::-1])] == ["aaaaaa000002", "ffffff000001"]
