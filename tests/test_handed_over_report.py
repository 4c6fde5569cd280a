"""`progress add` from the lead a revision took a target from, dated on or after the hand-over,
names the new lead and the day (review 10, c_06), as a merged ward's report names its heir: it
used to say only "không được phân công chỉ tiêu" and propose --force.

Plan 2024 of tests/test_carry_former_lead.py: I.1 led by Phòng Nội vụ until the revision of
15/05/2024, by Phòng Y tế from that day."""

from __future__ import annotations

from pathlib import Path

from test_carry_former_lead import moved
from test_carry_units import cds, ok

__all__ = ["moved"]

ADD = ("--plan", "2024", "progress", "add", "I.1", "--unit", "Phòng Nội vụ", "--status",
       "hoàn thành")  # fmt: skip


def test_the_former_lead_is_told_who_leads_from_which_day(moved: Path) -> None:
    before = (moved / "plans/2024/progress/phong-noi-vu.yaml").read_bytes()
    result = cds(*ADD, "--date", "15/05/2024")
    assert (result.exit_code, result.stderr.splitlines()) == (
        2,
        [
            "cds: lỗi: Phòng Nội vụ không còn chủ trì chỉ tiêu I.1 từ 15/05/2024: bản điều chỉnh "
            "kế hoạch đã giao chỉ tiêu cho Phòng Y tế từ ngày đó",
            '  gợi ý: báo cáo với --unit "Phòng Y tế"; việc Phòng Nội vụ làm trước 15/05/2024 '
            "thì ghi với --date trước ngày đó",
        ],
    )
    result = cds("--lang", "en", *ADD, "--date", "20/05/2024")
    assert (result.exit_code, result.stderr.splitlines()) == (
        2,
        [
            "cds: error: Phòng Nội vụ no longer leads I.1 from 15/05/2024: a revision of the "
            "plan gave the target to Phòng Y tế from that day",
            '  hint: report as --unit "Phòng Y tế"; work Phòng Nội vụ did before 15/05/2024 is '
            "recorded with a --date before that day",
        ],
    )
    assert (moved / "plans/2024/progress/phong-noi-vu.yaml").read_bytes() == before


def test_the_former_lead_still_reports_the_days_it_led(moved: Path) -> None:
    ok(*ADD, "--date", "14/05/2024")
    result = cds("--plan", "2024", "progress", "add", "I.1", "--unit", "Phòng Kinh tế",
                 "--status", "hoàn thành", "--date", "20/05/2024")  # fmt: skip
    assert result.exit_code == 2  # never the lead: still "không được phân công"
    assert "không được phân công chỉ tiêu I.1" in result.stderr
