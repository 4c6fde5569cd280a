"""`--month` of a month already over (issue 16): a target due after the month is never listed as
due in it, and without `--as-of` a note on stderr says the statuses are today's, with the hint."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()
# the shipped registry's targets late on 01/12/2023 (tests/test_queries_cli.py), by deadline
DUE_NOVEMBER = {"I.4", "I.5", "II.6", "II.9", "III.2", "IV.1", "IV.2", "IV.6", "IV.8", "V.3", "V.4"}
DUE_OCTOBER = {"II.4", "II.5", "II.8", "III.3", "III.4", "III.5", "IV.3", "IV.7", "V.1", "V.2"}
BEFORE = {"I.1", "II.1", "IV.5", "I.3", "II.7", "II.3"}  # due 05/2023 … 08/2023


def _remind(*args: str) -> Any:
    result = runner.invoke(app, ["remind", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return result


def _targets(result: Any) -> set[str]:
    out = result.stdout
    notes = json.loads(out[out.index("[") :])
    return {t["id"] for note in notes for t in note["targets"] if t.get("period") is None}


def test_a_target_due_after_the_month_is_not_due_in_it() -> None:
    october = _targets(_remind("--month", "10/2023", "--as-of", "01/12/2023"))
    # late on 01/12 but due in 11/2023: not October's
    assert october == DUE_OCTOBER | BEFORE
    november = _targets(_remind("--month", "11/2023", "--as-of", "01/12/2023"))
    assert november == DUE_NOVEMBER | DUE_OCTOBER | BEFORE


def test_a_past_month_without_as_of_says_the_figures_are_todays() -> None:
    today = dt.date.today().strftime("%d/%m/%Y")
    note = (
        f"ghi chú: tháng 10/2023 đã qua; tình trạng tính đến hôm nay ({today}); để xem như cuối "
        "tháng đó, thêm --as-of 31/10/2023"
    )
    for command in (["remind"], ["due"]):
        result = runner.invoke(app, [*command, "--month", "10/2023"])
        assert result.exit_code == 0, result.output
        assert result.stderr.splitlines()[-1] == note
        assert note not in result.stdout
    english = runner.invoke(app, ["due", "--month", "10/2023", "--lang", "en"])
    assert english.stderr.splitlines()[-1] == (
        f"note: 10/2023 is over; statuses are as of today ({today}); to see them as the month "
        "ended, add --as-of 31/10/2023"
    )
    quiet_ones = (
        ["--month", "10/2023", "--as-of", "01/12/2023"],
        ["--month", "12/2999"],
        ["--month", "10/2023", "--format", "json"],  # JSON says its own as_of
    )
    for quiet in quiet_ones:
        result = runner.invoke(app, ["due", *quiet])
        assert result.exit_code == 0, result.output
        assert "ghi chú: tháng" not in result.stderr
