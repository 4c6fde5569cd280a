"""A carried target whose last part is reported after carry-over ran, done on or before the carry
day (clerk20 F2): it was finished in the old plan, not carried unfinished.

plans/2023 as `cds init` makes it, a small 2024 plan of 4 targets (tests/test_revise.py `PLAN`).
2023 IV.4 (UBND các phường, xã: 9 wards, Tháng 12/2023): eight wards report "hoàn thành" on
05/12/2023, Nam Sơn "đang thực hiện" on 15/12/2023. Carry-over on 31/12/2023 carries all 31
targets of 2023 (none finished), IV.4 to 2024/IV.4. In January Nam Sơn reports, in 2023 as the
guide says, that it finished on 28/12/2023 (within Tháng 12/2023: on time).

Figured by hand, as of 15/01/2024:
- 2023: IV.4 "Hoàn thành" 9/9, finished 28/12/2023 (it read "Đã chuyển sang kế hoạch sau");
  Tổng: 31 chỉ tiêu — Hoàn thành: 1 (1/31 = 3%), Đã chuyển sang kế hoạch sau: 30 (97%).
- 2024 after carry-over is run again: its IV.4 annulled from 01/01/2024 (the day it arrived),
  counted apart: 34 targets (4 own + 30 carried), done 0, cancelled 1 (it read done 1 of 35).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from test_revise import HEADING, PLAN, cds, ok

WARDS = ("Trung Sơn", "Tây Sơn", "Tân Bình", "Yên Bình", "Đông Sơn", "Quang Sơn", "Yên Sơn")
LATE_REPORT = ("--unit", "Nam Sơn", "--status", "hoàn thành", "--date", "28/12/2023")
AS_OF = ("--as-of", "15/01/2024")
CARRY = ("carry-over", "--from", "2023", "--to", "2024")
REASON = (
    "đã hoàn thành ở kế hoạch 2023 (IV.4) ngày 28/12/2023, trước ngày chuyển 31/12/2023: "
    "không theo dõi ở kế hoạch này"
)


def _add(unit: str, state: str, day: str) -> None:
    args = ("--unit", unit, "--status", state, "--date", day)
    ok("--plan", "2023", "progress", "add", "IV.4", *args)


@pytest.fixture
def carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", PLAN, HEADING)
    ok("import", str(source), "--out", "plans/2024/phu_luc_01.yaml", "--registry", "plans/2023")
    for ward in (*WARDS, "Bắc Sơn"):
        _add(ward, "hoàn thành", "05/12/2023")
    _add("Nam Sơn", "đang thực hiện", "15/12/2023")
    ok(*CARRY, "--as-of", "31/12/2023", "--yes")
    return tmp_path


def _status(plan: str) -> tuple[str, int, int, str | None]:
    out = ok("--plan", plan, "show", "IV.4", *AS_OF, "--format", "json")
    found = json.loads(out)
    row = found[0] if isinstance(found, list) else found
    return row["status"], row["units_done"], row["units_required"], row.get("finished_on")


def _plans() -> dict[str, dict[str, int]]:
    return {p["plan"]: p for p in json.loads(ok("plans", *AS_OF, "--format", "json"))}


def test_the_old_plan_counts_it_finished_on_time(carried: Path) -> None:
    ok("--plan", "2023", "progress", "add", "IV.4", *LATE_REPORT)
    assert _status("2023")[:3] == ("done", 9, 9)
    out = ok("--plan", "2023", "summary", *AS_OF)
    assert "Tổng: 31 chỉ tiêu — Hoàn thành: 1 (3%); Đã chuyển sang kế hoạch sau: 30 (97%)" in out
    out = ok("--plan", "2023", "--lang", "en", "summary", *AS_OF)
    assert "Total: 31 targets — Done: 1 (3%); Carried over: 30 (97%)" in out
    old = _plans()["2023"]
    assert (old["targets"], old["done"], old["carried_over"]) == (31, 1, 30)
    # a part still unfinished on the carry day: carried over, as before
    out = ok("--plan", "2023", "summary", "--as-of", "31/12/2023")
    assert "Tổng: 31 chỉ tiêu — Hoàn thành: 1 (3%)" in out  # on its last day: finished


def test_a_target_finished_after_its_carry_day_is_the_new_plans(carried: Path) -> None:
    """Nam Sơn finished on 05/01/2024, reported in 2024: the old plan left it unfinished."""
    ok("--plan", "2024", "progress", "add", "IV.4", *LATE_REPORT[:4], "--date", "05/01/2024")
    assert _status("2023")[:3] == ("carried_over", 8, 9)
    assert _status("2024")[:3] == ("done", 9, 9)
    data = json.loads(ok(*CARRY, "--format", "json"))
    assert (data["status"], data["withdrawn"]) == ("nothing", [])


def test_the_warning_says_what_carrying_again_does(carried: Path) -> None:
    out = ok("--plan", "2023", "progress", "add", "IV.4", *LATE_REPORT)
    said = " ".join(out.split())
    assert (
        "chạy lại cds carry-over --from 2023 --to 2024 để chép sang (chỉ thêm những gì còn "
        "thiếu); nếu mọi phần việc đã hoàn thành đến hết ngày 31/12/2023, chỉ tiêu là hoàn thành "
        "ở kế hoạch 2023 và lệnh đó ghi bãi bỏ IV.4 ở kế hoạch 2024 (không tính là chỉ tiêu của "
        "kế hoạch 2024)" in said
    )
    out = ok("--plan", "2023", "--lang", "en", "progress", "add", "IV.4", *LATE_REPORT)
    said = " ".join(out.split())
    assert (
        "run cds carry-over --from 2023 --to 2024 again to copy it (it adds what is missing); if "
        "every part was finished by 31/12/2023, the target is finished in plan 2023 and that run "
        "annuls IV.4 in plan 2024 (not counted among plan 2024's targets)" in said
    )
    # a report not "hoàn thành" cannot finish the target: the note says no more than before
    day = ("--date", "27/12/2023")
    out = ok("--plan", "2023", "progress", "add", "IV.4", *LATE_REPORT[:3], "đang thực hiện", *day)
    assert "ghi bãi bỏ" not in out and "để chép sang (chỉ thêm những gì còn thiếu)" in out


def test_carrying_again_annuls_the_copy_in_the_new_plan(carried: Path) -> None:
    ok("--plan", "2023", "progress", "add", "IV.4", *LATE_REPORT)
    before = _plans()["2024"]  # Nam Sơn's copied "đang thực hiện": in progress there
    assert (before["targets"], before["in_progress"], before["cancelled"]) == (35, 1, 0)
    preview = " ".join(cds(*CARRY, stdin="n\n").output.split())
    assert (
        "Đã hoàn thành ở kế hoạch 2023 đến hết ngày chuyển, rút khỏi kế hoạch 2024: - IV.4 "
        "(2023): hoàn thành ngày 28/12/2023, trước khi chuyển (31/12/2023): IV.4 của kế hoạch "
        "2024 ghi bãi bỏ từ ngày 01/01/2024, không tính vào chỉ tiêu của kế hoạch 2024"
    ) in preview
    preview = " ".join(cds("--lang", "en", *CARRY, stdin="n\n").output.split())
    assert (
        "Finished in plan 2023 by the day it was carried, taken out of plan 2024: - IV.4 (2023): "
        "finished on 28/12/2023, before it was carried (31/12/2023): IV.4 of plan 2024 is "
        "annulled from 01/01/2024, not counted among plan 2024's targets"
    ) in preview
    data = json.loads(ok(*CARRY, "--format", "json"))
    assert data["withdrawn"] == [
        {
            "origin": "2023/IV.4",
            "id": "IV.4",
            "finished": "2023-12-28",
            "carried_on": "2023-12-31",
            "cancelled": "2024-01-01",
        }
    ]
    out = ok(*CARRY, "--yes")
    assert (
        "Đã ghi bãi bỏ 1 chỉ tiêu đã hoàn thành ở kế hoạch 2023 trong plans/2024/phu_luc_01.yaml."
        in out
    )
    text = (carried / "plans" / "2024" / "phu_luc_01.yaml").read_text(encoding="utf-8")
    assert f"cancelled: 01/01/2024\n        cancelled_reason: '{REASON}'" in text
    after = _plans()["2024"]  # not the new plan's achievement: counted apart
    assert (after["targets"], after["done"], after["in_progress"], after["cancelled"]) == (
        34,
        0,
        0,
        1,
    )
    assert _status("2024")[0] == "cancelled"
    assert _status("2023")[:3] == ("done", 9, 9)  # the old plan as before
    assert "Hợp lệ" in ok("validate")
    again = ok(*CARRY, "--yes")  # nothing left to do: one line, nothing written
    assert "chưa ghi gì" in again and "bãi bỏ" not in again


def test_without_the_fix_the_new_plan_counted_it_done(carried: Path) -> None:
    """The run the clerk was told to make: once, the target is no longer done in 2024."""
    ok("--plan", "2023", "progress", "add", "IV.4", *LATE_REPORT)
    out = ok("--lang", "en", *CARRY, "--yes")
    assert "Annulled 1 target finished in plan 2023 in plans/2024/phu_luc_01.yaml." in out
    assert _plans()["2024"]["done"] == 0


def test_a_correction_taking_the_finish_back_follows_the_copy_again(carried: Path) -> None:
    """Nam Sơn's "hoàn thành" corrected to "đang thực hiện" after the copy was annulled: the
    target was unfinished on its carry day after all, carried over; 2024 follows its IV.4 again."""
    ok("--plan", "2023", "progress", "add", "IV.4", *LATE_REPORT)
    ok(*CARRY, "--yes")
    listed = ok("--plan", "2023", "progress", "list", "--unit", "Nam Sơn", "-f", "json")
    done = next(e["id"] for e in json.loads(listed) if e["status"] == "done")
    fix = ("--unit", "Nam Sơn", "--status", "đang thực hiện", "--date", "28/12/2023")
    ok("--plan", "2023", "progress", "add", "IV.4", *fix, "--corrects", done)
    assert _status("2023")[:3] == ("carried_over", 8, 9)
    preview = " ".join(cds(*CARRY, stdin="n\n").output.split())
    assert (
        "Không còn hoàn thành ở kế hoạch 2023 đến hết ngày chuyển, theo dõi lại ở kế hoạch 2024: "
        "- IV.4 (2023): một báo cáo đính chính đã bỏ việc hoàn thành đến hết ngày 31/12/2023: "
        "IV.4 của kế hoạch 2024 bỏ ghi bãi bỏ, lại là chỉ tiêu của kế hoạch 2024"
    ) in preview
    preview = " ".join(cds("--lang", "en", *CARRY, stdin="n\n").output.split())
    assert (
        "No longer finished in plan 2023 by the day it was carried, followed again in plan 2024: "
        "- IV.4 (2023): a correction took back its finishing by 31/12/2023: IV.4 of plan 2024 "
        "is no longer annulled, a target of plan 2024 again"
    ) in preview
    data = json.loads(ok(*CARRY, "--format", "json"))
    assert (data["withdrawn"], data["lifted"]) == ([], [{"origin": "2023/IV.4", "id": "IV.4"}])
    out = ok("--lang", "en", *CARRY, "--yes")  # vi: tests/test_carry_boundary.py
    assert "Lifted the annulment of 1 target, followed again in plans/2024/phu_luc_01.yaml." in out
    assert "cancelled" not in (carried / "plans/2024/phu_luc_01.yaml").read_text("utf-8")
    assert _status("2024")[:3] == ("in_progress", 8, 9)
    after = _plans()["2024"]
    assert (after["targets"], after["in_progress"], after["cancelled"]) == (35, 1, 0)
    assert "Hợp lệ" in ok("validate")


def test_an_annulment_by_a_revision_is_never_lifted(carried: Path) -> None:
    """A copy annulled by hand (or a revision), with its own reason, stays annulled."""
    path = carried / "plans" / "2024" / "phu_luc_01.yaml"
    text = path.read_text("utf-8")
    at = text.index("carried_from: 2023/IV.4\n") + len("carried_from: 2023/IV.4\n")
    path.write_text(
        text[:at]
        + "        cancelled: 01/02/2024\n        cancelled_reason: Thôi thực hiện\n"
        + text[at:],
        "utf-8",
    )
    data = json.loads(ok(*CARRY, "--format", "json"))
    assert (data["status"], data["withdrawn"], data["lifted"]) == ("nothing", [], [])
