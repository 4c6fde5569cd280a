"""`carry-over --deadline` takes a day too (dd/mm/yyyy), as plans write day deadlines ("Trước
ngày 15/10/2024", `due: 2024-10-15`): the carried targets due before the new plan's year are
given that day, due on it and late from the next.

The workspace of test_plans.py: plans/2023 as `cds init` makes it (nothing reported: every one
of its 31 targets carries; the 29 dated ones, all due in 2023, move; I.2 and II.2 are ongoing),
plans/2024 imported from a Word appendix. 2023/II.4 (Tháng 10/2023) is the row looked at."""

from __future__ import annotations

import json
from pathlib import Path

from test_plans import cds, ok, proposed
from test_plans import workspace as workspace  # the fixture

ARGS = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023")


def test_a_day_deadline_is_written_as_a_day(workspace: Path) -> None:
    shown = cds(*ARGS, "--deadline", "15/10/2024", stdin="n\n")
    assert shown.exit_code == 0, shown.output
    rows = proposed(shown.output)
    assert rows["II.4 (2023)"][2] == "Tháng 10/2023 → Trước ngày 15/10/2024"
    assert sum(d.endswith(" → Trước ngày 15/10/2024") for _, _, d in rows.values()) == 29
    ok(*ARGS, "--deadline", "15/10/2024", "--yes")
    new = next(r for r in _rows("15/10/2024") if r.get("carried_from") == "2023/II.4")
    assert (new["deadline"], new["deadline_text"]) == ("2024-10-15", "Trước ngày 15/10/2024")
    assert new["status"] == "not_started"  # due on the day itself, not late
    after = next(r for r in _rows("16/10/2024") if r["id"] == new["id"])
    assert (after["status"], after["days_late"]) == ("late", 1)


def test_a_day_outside_the_plan_is_refused_in_both_languages(workspace: Path) -> None:
    vi = cds(*ARGS, "--deadline", "31/12/2023")
    assert (vi.exit_code, vi.output.splitlines()) == (
        2,
        [
            "cds: lỗi: --deadline 31/12/2023 ở trước năm 2024 của kế hoạch nhận",
            "  gợi ý: chọn một tháng hay một ngày của năm 2024, ví dụ --deadline 6/2024 hay "
            "--deadline 15/10/2024",
        ],
    )
    en = cds(*ARGS, "--deadline", "31/02/2024", "--lang", "en")
    assert en.exit_code == 2
    assert en.output.splitlines()[0] == (
        "cds: error: invalid value for --deadline: '31/02/2024': February 2024 has only 29 days"
    )


def _rows(as_of: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = json.loads(
        ok("--plan", "2024", "list", "--format", "json", "--as-of", as_of)
    )
    return rows
