"""Carried targets as a clerk meets them (review 8 of issue 16): which "I.1" is meant, how the
letters cite a carried one, and what a cancelled ongoing target still owes.

The workspace of test_revise.py: 2024's own I.1, and I.4 carried from 2023/I.1 (so "I.1" is
both 2024's I.1 and the number the clerk knew I.4 by all of 2023)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_revise import cds, ok
from test_revise import workspace as workspace  # the fixture

AS_OF = ("--as-of", "01/12/2024")


def test_an_id_that_is_also_a_carried_targets_origin_is_refused(workspace: Path) -> None:
    """'I.1' is 2024's I.1 and 2023's I.1 (carried as I.4): exit 2 naming both, and how to
    pick; '2024/I.1' is 2024's own, '2023/I.1' and 'I.1 (2023)' the carried one."""
    for args in (("show", "I.1", *AS_OF), ("progress", "list", "I.1")):
        result = cds("--plan", "2024", *args)
        assert result.exit_code == 2, result.output
        first, hint = result.output.splitlines()[:2]
        assert first.startswith(
            "cds: lỗi: 'I.1' ứng với hai chỉ tiêu khác nhau của kế hoạch 2024: chỉ tiêu mã I.1 ("
        )
        assert "; chỉ tiêu mã I.4, chuyển tiếp từ chỉ tiêu I.1 Kế hoạch năm 2023 (" in first
        assert hint == (
            "  gợi ý: chỉ tiêu mã I.1 của kế hoạch này: ghi '2024/I.1'; chỉ tiêu chuyển tiếp "
            "từ I.1 năm 2023 (mã I.4): ghi '2023/I.1'"
        )
    english = cds("--plan", "2024", "show", "I.1", *AS_OF, "--lang", "en")
    assert english.exit_code == 2
    assert english.output.splitlines()[1] == (
        "  hint: this plan's target I.1: type '2024/I.1'; the one carried over from I.1 of 2023 "
        "(id I.4): type '2023/I.1'"
    )
    assert ok("--plan", "2024", "show", "2024/I.1", *AS_OF).splitlines()[0] == "I.1"
    assert ok("--plan", "2024", "show", "2023/I.1", *AS_OF).splitlines()[0] == "I.4"
    assert ok("--plan", "2024", "show", "I.1 (2023)", *AS_OF).splitlines()[0] == "I.4"


def test_progress_add_of_an_ambiguous_id_writes_nothing(workspace: Path) -> None:
    """Not on a terminal: exit 2, the hint naming --id; nothing appended. '2024/I.1' and --id
    write to I.1, '2023/I.1' to I.4."""
    files = sorted(Path("plans/2024/progress").glob("*.yaml"))
    before = {p: p.read_bytes() for p in files}
    add = ("--unit", "Phòng Y tế", "--status", "in_progress", "--date", "01/11/2024")
    result = cds("--plan", "2024", "progress", "add", "I.1", *add)
    assert result.exit_code == 2
    assert "ghi '2024/I.1' hoặc thêm --id" in result.output
    assert {p: p.read_bytes() for p in files} == before
    said = ok("--plan", "2024", "progress", "add", "2023/I.1", *add)
    assert ", chỉ tiêu I.4 (I.1 (2023)), Đang thực hiện" in said


def test_a_cancelled_ongoing_target_owes_no_period_after_its_cancel_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """I.2 of the bundled appendix is ongoing, monthly; cancelled here on 01/07/2023. On
    10/06/2023 it owes the window 15/05–14/06/2023 (due in 06/2023); on 15/08/2023 none: no
    period in show or list, not due in 08/2023; and due --month 07/2023 asked on 20/06/2023
    leaves out the window 15/06–14/07, which ends after the cancel day."""
    monkeypatch.chdir(tmp_path)
    ok("init", "reg")
    path = tmp_path / "reg/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "        reporting: monthly  # no period in the appendix: the committee's monthly "
    anchor += "report\n"
    assert text.count(anchor) == 2  # I.2 first
    path.write_text(text.replace(anchor, anchor + "        cancelled: 01/07/2023\n", 1), "utf-8")
    reg = ("--registry", str(path))

    def period(day: str) -> object:
        shown = json.loads(ok(*reg, "show", "I.2", "--as-of", day, "--format", "json"))
        return shown["period"], shown["status"]

    assert period("10/06/2023") == (
        {"reporting": "monthly", "start": "2023-05-15", "end": "2023-06-14"},
        "unreported",
    )
    assert period("15/08/2023") == (None, "cancelled")
    shown = ok(*reg, "show", "I.2", "--as-of", "15/08/2023")
    assert "kỳ 15/08/2023" not in shown and "Bãi bỏ từ 01/07/2023" in shown
    rows = json.loads(ok(*reg, "list", "--as-of", "15/08/2023", "--format", "json"))
    assert next(r for r in rows if r["id"] == "I.2")["period"] is None
    due = ok(*reg, "due", "--month", "07/2023", "--as-of", "20/06/2023", "--format", "json")
    assert "I.2" not in [r["id"] for r in json.loads(due)]
    due = ok(*reg, "due", "--month", "06/2023", "--as-of", "10/06/2023", "--format", "json")
    assert "I.2" in [r["id"] for r in json.loads(due)]
