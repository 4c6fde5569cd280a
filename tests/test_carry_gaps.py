"""A report filed in the old plan after carry-over, for work done before the carry day, is said
until carry-over copies it (attack 9, finding E): the carried target used to stay "not started"
and urged, validate silent.

plans/2023: I.1 "Số hóa hồ sơ y tế." led by Phòng Y tế, due 10/2023; plans/2024: one target of
its own. Carried over on 31/12/2023 (2023/I.1 becomes 2024/I.2). Then Phòng Y tế records, in
plan 2023, I.1 done on 20/12/2023 (as docs/progress.md tells: a report goes to the plan that
followed the target on its date): progress/phong-y-te.yaml's 6th line (5 header lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

ADD = ("--plan", "2023", "progress", "add", "I.1", "--unit", "Phòng Y tế", "--status")


@pytest.fixture
def carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2023, [_target(1, "Số hóa hồ sơ y tế.", (EMPTY, health, EMPTY), "10/2023")])
    _plan(tmp_path, 2024, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2024")])
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    return tmp_path


def test_a_late_filed_report_is_noted_then_said_by_validate_until_carried_again(
    carried: Path,
) -> None:
    added = cds(*ADD, "hoàn thành", "--date", "20/12/2023")
    assert added.exit_code == 0, added.output
    assert added.stderr.splitlines() == [
        "cảnh báo: chỉ tiêu I.1 đã chuyển sang kế hoạch 2024 (I.2) ngày 31/12/2023: báo cáo "
        "này ghi ở đây nhưng chưa có ở kế hoạch 2024; chạy lại cds carry-over --from 2023 --to "
        "2024 để chép sang (chỉ thêm những gì còn thiếu); nếu mọi phần việc đã hoàn thành đến "
        "hết ngày 31/12/2023, chỉ tiêu là hoàn thành ở kế hoạch 2023 và lệnh đó ghi bãi bỏ I.2 "
        "ở kế hoạch 2024 (không tính là chỉ tiêu của kế hoạch 2024)"
    ]  # its one part done by the carry day: finished (late) in 2023 (clerk20 F2)
    text = (carried / "plans/2023/progress/phong-y-te.yaml").read_text().splitlines()
    entry_id = text[5].split('"')[3]
    col = text[5].index(f'"{entry_id}"') + 1
    checked = cds("validate")
    assert checked.exit_code == 1, checked.output
    assert checked.stdout.splitlines() == [
        f"plans/2023/progress/phong-y-te.yaml:6:{col}: báo cáo chỉ tiêu I.1 ngày 20/12/2023 ghi "
        "ở kế hoạch này, trước khi chỉ tiêu chuyển sang kế hoạch 2024 (I.2) ngày 31/12/2023, "
        "nhưng chưa có ở kế hoạch 2024: ở đó I.2 vẫn tính như chưa báo cáo",
        "  gợi ý: chạy lại cds carry-over --from 2023 --to 2024 (chỉ thêm những gì còn thiếu)",
        "1 lỗi trong 1 tệp (đã kiểm tra 3 tệp).",
    ]
    english = cds("--lang", "en", "validate")
    assert english.stdout.splitlines()[:2] == [
        f"plans/2023/progress/phong-y-te.yaml:6:{col}: the report on target I.1 dated "
        "20/12/2023 is recorded in this plan, before the target was carried to plan 2024 (I.2) "
        "on 31/12/2023, but plan 2024 does not have it: there I.2 still counts as unreported",
        "  hint: run cds carry-over --from 2023 --to 2024 again (it adds what is missing)",
    ]
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    assert cds("validate").exit_code == 0
    assert entry_id in (carried / "plans/2024/progress/phong-y-te.yaml").read_text()
    # finished (late) in 2023 by the carry day: the copy is annulled in 2024 (clerk20 F2)
    assert "cancelled: 01/01/2024" in (carried / "plans/2024/phu_luc_01.yaml").read_text()


def test_english_note_and_the_same_for_a_report_of_any_status(carried: Path) -> None:
    added = cds("--lang", "en", *ADD, "done", "--date", "20/12/2023")
    assert added.stderr.splitlines() == [
        "warning: target I.1 was carried to plan 2024 (I.2) on 31/12/2023: this report is "
        "recorded here but plan 2024 does not have it; run cds carry-over --from 2023 --to 2024 "
        "again to copy it (it adds what is missing); if every part was finished by 31/12/2023, "
        "the target is finished in plan 2023 and that run annuls I.2 in plan 2024 (not counted "
        "among plan 2024's targets)"
    ]
    # carry-over copies each part's last report, finished or not (app/carry_marks.py)
    again = cds(*ADD, "chưa thực hiện", "--date", "21/12/2023", "--force")
    assert again.exit_code == 0, again.output
    assert again.stderr.startswith("cảnh báo: chỉ tiêu I.1 đã chuyển sang kế hoạch 2024 (I.2)")
