"""A correction (`--corrects ID`) whose right day is in the other plan of a carried target
(clerk22 F1–F3): the hint gives the steps in both plans, each command working as printed.

plans/2023 as `cds init` makes it, the small 2024 plan of tests/test_revise.py, carry-over on
31/12/2023 of all 31 targets: 2023 I.3 (lead: the offices and the wards, Tháng 7/2023) is 2024's
I.6 (Tháng 12/2024), IV.4 (the nine wards, Tháng 12/2023) and IV.7 (Phòng Y tế, Tháng 10/2023)
keep their ids (both Tháng 12/2024 in 2024).

Figured by hand:
- F1: Y tế "đang thực hiện" 20/10/2023; in 2024 "hoàn thành" 12/01/2024, then its day corrected
  to 28/12/2023, a day of 2023. Following the hint (the report in 2023, carry-over again): 2023's
  IV.7 done_late (finished 28/12/2023, due 10/2023), 2024's IV.7 annulled from 01/01/2024.
- F2: Bắc Sơn "hoàn thành" 20/12/2023 in 2023 (typed in January, copied by a re-run), corrected
  to 03/01/2024. Following the hint: 2023 at 31/12/2023, Bắc Sơn's part of I.3 `late` (in
  progress since 20/12/2023, due 7/2023) and listed by `late --by-unit`; 2024's I.6, its part
  `done`, finished 03/01/2024 (due 12/2024).
- F3: eight wards done 05/12/2023, Nam Sơn "đang thực hiện" 15/12/2023, then "hoàn thành"
  28/12/2023 (a re-run annuls 2024's IV.4), corrected to 03/01/2024. Following the hint: 2023's
  IV.4 at 31/12/2023 in_progress 8/9, at 15/01/2024 carried_over 8/9; 2024's IV.4 followed again,
  done 9/9 at 15/01/2024.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from test_revise import HEADING, PLAN, cds, ok

CARRY = ("carry-over", "--from", "2023", "--to", "2024")
WARDS = ("Trung Sơn", "Tây Sơn", "Tân Bình", "Yên Bình", "Đông Sơn", "Quang Sơn", "Yên Sơn")


@pytest.fixture
def carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", PLAN, HEADING)
    ok("import", str(source), "--out", "plans/2024/phu_luc_01.yaml", "--registry", "plans/2023")
    return tmp_path


def _add(plan: str, target: str, unit: str, state: str, day: str, *more: str) -> str:
    args = ("--unit", unit, "--status", state, "--date", day, *more)
    out = ok("--plan", plan, "progress", "add", target, *args)
    found = re.search(r"(?:tiến độ|Recorded progress) ([0-9a-f]{12})", out)
    assert found, out
    return found.group(1)


def _refused(*args: str) -> str:
    result = cds(*args)
    assert result.exit_code == 2, result.output
    return " ".join(result.output.split())


def _run(command: str) -> str:
    words = shlex.split(command)
    assert words[0] == "cds"
    return ok(*words[1:])


def _show(plan: str, target: str, day: str) -> tuple[str, int, int]:
    row = json.loads(ok("--plan", plan, "show", target, "--as-of", day, "--format", "json"))
    return row["status"], row["units_done"], row["units_required"]


def test_f1_a_2024_report_redated_into_2023(carried: Path) -> None:
    _add("2023", "IV.7", "Y tế", "đang thực hiện", "20/10/2023")
    ok(*CARRY, "--as-of", "31/12/2023", "--yes")
    rid = _add("2024", "IV.7", "Y tế", "hoàn thành", "12/01/2024")
    fix = ("IV.7", "--unit", "Y tế", "--status", "hoàn thành", "--date", "28/12/2023")
    said = _refused("--plan", "2024", "progress", "add", *fix, "--corrects", rid)
    record = (
        'cds --plan 2023 progress add IV.7 --unit "Phòng Y tế" --status "hoàn thành" --date '
        "28/12/2023 --id"
    )
    assert (
        f"gợi ý: báo cáo {rid} (ngày 12/01/2024) ở kế hoạch này, ngày đúng 28/12/2023 thuộc kế "
        f"hoạch 2023: (1) ghi báo cáo ngày 28/12/2023 vào kế hoạch 2023, chỉ tiêu IV.7: {record}; "
        "(2) cds carry-over --from 2023 --to 2024 — chép sang kế hoạch này, hoặc ghi bãi bỏ IV.7 "
        "ở đây nếu mọi phần việc đã hoàn thành đến hết ngày chuyển; báo cáo "
        f"{rid} để nguyên: cùng trạng thái, ghi sau ngày 28/12/2023, không đổi ngày hoàn thành"
    ) in said
    fix_en = (*fix[:4], "done", *fix[5:])
    said = _refused("--lang", "en", "--plan", "2024", "progress", "add", *fix_en, "--corrects", rid)
    record_en = (
        'cds --plan 2023 progress add IV.7 --unit "Phòng Y tế" --status done --date 28/12/2023 --id'
    )
    assert (
        f"hint: report {rid} (12/01/2024) is in this plan, and the right day 28/12/2023 belongs "
        f"to plan 2023: (1) record the report of 28/12/2023 in plan 2023, target IV.7: "
        f"{record_en}; (2) cds carry-over --from 2023 --to 2024 — copies it to this plan, or "
        "annuls IV.7 here if every part was finished by the carry day; leave report "
        f"{rid} as it is: the same status, later than 28/12/2023, it moves no finishing day"
    ) in said
    _run(record)  # was: `… --corrects ID --id`, refused "--corrects: không có báo cáo" (exit 2)
    ok(*CARRY, "--yes")
    assert _show("2023", "IV.7", "15/01/2024") == ("done_late", 1, 1)
    assert _show("2024", "IV.7", "15/01/2024")[0] == "cancelled"
    assert "Hợp lệ" in ok("validate")


def test_f1_a_different_status_corrects_the_report_here_too(carried: Path) -> None:
    """A report of "đang thực hiện" on 12/01/2024 said wrongly: the work was done on 28/12/2023.
    The report here is corrected on its day before carry-over annuls the target here."""
    _add("2023", "IV.7", "Y tế", "đang thực hiện", "20/10/2023")
    ok(*CARRY, "--as-of", "31/12/2023", "--yes")
    rid = _add("2024", "IV.7", "Y tế", "đang thực hiện", "12/01/2024")
    fix = ("IV.7", "--unit", "Y tế", "--status", "hoàn thành", "--date", "28/12/2023")
    said = _refused("--plan", "2024", "progress", "add", *fix, "--corrects", rid)
    step2 = (
        'cds --plan 2024 progress add IV.7 --unit "Phòng Y tế" --status "hoàn thành" --date '
        f"12/01/2024 --corrects {rid} --id"
    )
    assert (
        f"(2) đính chính báo cáo {rid} ở kế hoạch này, cùng ngày 12/01/2024: {step2}; (3) cds "
        "carry-over --from 2023 --to 2024 — chép báo cáo ngày 28/12/2023 sang kế hoạch này"
    ) in said
    said_en = _refused(
        "--lang", "en", "--plan", "2024", "progress", "add", *fix[:4], "done", *fix[5:],
        "--corrects", rid,
    )  # fmt: skip
    step2_en = step2.replace('"hoàn thành"', "done")
    assert (
        f"(2) correct report {rid} in this plan, on the same day 12/01/2024: "
        f"{step2_en}; (3) cds carry-over --from 2023 --to 2024 — "
        "copies the report of 28/12/2023 to this plan"
    ) in said_en
    first = re.search(r"\(1\) [^:]*: (cds [^;]*);", said)
    assert first
    _run(first.group(1))
    _run(step2)
    ok(*CARRY, "--yes")
    assert _show("2023", "IV.7", "15/01/2024") == ("done_late", 1, 1)
    assert _show("2024", "IV.7", "15/01/2024")[0] == "cancelled"


def _steps(said: str) -> tuple[str, str]:
    """The commands of steps (1) and (3) of a correction into the later plan."""
    first = re.search(r"\(1\) [^:]*: (cds [^;]*);", said)
    third = re.search(r"\(3\) [^:]*: (cds .*)$", said)
    assert first and third, said
    return first.group(1), third.group(1)


def test_f2_a_2023_report_redated_into_2024(carried: Path) -> None:
    ok(*CARRY, "--as-of", "31/12/2023", "--yes")
    rid = _add("2023", "I.3", "Bắc Sơn", "hoàn thành", "20/12/2023")
    ok(*CARRY, "--yes")  # as the warning says: the copy in 2024
    fix = ("I.3", "--unit", "Bắc Sơn", "--status", "hoàn thành", "--date", "03/01/2024")
    said = _refused("--plan", "2023", "progress", "add", *fix, "--corrects", rid)
    withdraw = (
        'cds --plan 2023 progress add I.3 --unit "UBND phường Bắc Sơn" --status "đang thực '
        f'hiện" --date 20/12/2023 --corrects {rid} --id'
    )
    record = (
        'cds --plan 2024 progress add I.6 --unit "UBND phường Bắc Sơn" --status "hoàn thành" '
        "--date 03/01/2024 --id"
    )
    assert (
        f"gợi ý: báo cáo {rid} (ngày 20/12/2023) ở kế hoạch này, ngày đúng 03/01/2024 thuộc kế "
        "hoạch 2024: sửa ở cả hai kế hoạch, theo thứ tự: (1) đính chính báo cáo "
        f"{rid} thành chưa hoàn thành vào ngày 20/12/2023, để kế hoạch này thôi tính nó: "
        f"{withdraw}; (2) cds carry-over --from 2023 --to 2024 — chép đính chính đó sang kế "
        "hoạch 2024, theo dõi lại I.6 ở đó nếu đã ghi bãi bỏ; (3) ghi báo cáo ngày 03/01/2024 "
        f"vào kế hoạch 2024, chỉ tiêu I.6: {record}"
    ) in said
    said_en = _refused(
        "--lang", "en", "--plan", "2023", "progress", "add", *fix[:4], "done", *fix[5:],
        "--corrects", rid,
    )  # fmt: skip
    withdraw_en = withdraw.replace('"đang thực hiện"', "in_progress")
    record_en = record.replace('"hoàn thành"', "done")
    assert (
        f"hint: report {rid} (20/12/2023) is in this plan, and the right day 03/01/2024 belongs "
        "to plan 2024: correct it in both plans, in this order: (1) correct report "
        f"{rid} to unfinished on 20/12/2023, so that this plan stops counting it: "
        f"{withdraw_en}; (2) cds carry-over --from "
        "2023 --to 2024 — copies that correction to plan 2024, and follows I.6 there again if it "
        "was annulled; (3) record the report of 03/01/2024 in plan 2024, target I.6: "
        f"{record_en}"
    ) in said_en
    assert _steps(said) == (withdraw, record)
    _run(withdraw)
    ok(*CARRY, "--yes")
    _run(record)
    rows = json.loads(
        ok("--plan", "2023", "report", "--unit", "Bắc Sơn", "--as-of", "31/12/2023", "-f", "json")
    )
    part = next(r for r in rows if r["id"] == "I.3")
    assert (part["unit_status"], part["unit_reported"]) == ("late", "2023-12-20")
    late = ok("--plan", "2023", "late", "--by-unit", "--as-of", "31/12/2023", "-f", "json")
    assert any(r["id"] == "I.3" and r["unit"] == "UBND phường Bắc Sơn" for r in json.loads(late))
    rows = json.loads(
        ok("--plan", "2024", "report", "--unit", "Bắc Sơn", "--as-of", "15/01/2024", "-f", "json")
    )
    part = next(r for r in rows if r["id"] == "I.6")
    assert (part["unit_status"], part["unit_finished_on"]) == ("done", "2024-01-03")
    assert "Hợp lệ" in ok("validate")


def test_f3_a_correction_after_the_new_plan_withdrew_the_target(carried: Path) -> None:
    for ward in (*WARDS, "Bắc Sơn"):
        _add("2023", "IV.4", ward, "hoàn thành", "05/12/2023")
    _add("2023", "IV.4", "Nam Sơn", "đang thực hiện", "15/12/2023")
    ok(*CARRY, "--as-of", "31/12/2023", "--yes")
    rid = _add("2023", "IV.4", "Nam Sơn", "hoàn thành", "28/12/2023")
    ok(*CARRY, "--yes")  # every part done by the carry day: 2024's IV.4 annulled
    assert _show("2024", "IV.4", "15/01/2024")[0] == "cancelled"
    fix = ("IV.4", "--unit", "Nam Sơn", "--status", "hoàn thành", "--date", "03/01/2024")
    said = _refused("--plan", "2023", "progress", "add", *fix, "--corrects", rid)
    withdraw, record = _steps(said)
    assert withdraw == (
        'cds --plan 2023 progress add IV.4 --unit "UBND phường Nam Sơn" --status "đang thực '
        f'hiện" --date 28/12/2023 --corrects {rid} --id'
    )
    assert record == (
        'cds --plan 2024 progress add IV.4 --unit "UBND phường Nam Sơn" --status "hoàn thành" '
        "--date 03/01/2024 --id"
    )
    _run(withdraw)
    lifted = ok(*CARRY, "--yes")
    assert "Đã bỏ ghi bãi bỏ 1 chỉ tiêu, theo dõi lại trong plans/2024/phu_luc_01.yaml." in lifted
    _run(record)  # was refused: "chỉ tiêu IV.4 đã bãi bỏ từ 01/01/2024"
    assert _show("2023", "IV.4", "31/12/2023") == ("in_progress", 8, 9)
    assert _show("2023", "IV.4", "15/01/2024") == ("carried_over", 8, 9)
    assert _show("2024", "IV.4", "15/01/2024") == ("done", 9, 9)
    assert "Hợp lệ" in ok("validate")
