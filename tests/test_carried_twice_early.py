"""A report on a target carried twice, dated before both carries, is sent to the plan that
held the target on that day at once (attack 19, a19_03): 2025's I.8 came from 2024/I.6, itself
2023/I.3, each carried on 31/12 (test_carried_hint_typed.py's workspace). A report of
20/12/2023 was refused as 2024's, whose `progress add` refused it again as 2023's; now the
first refusal names 2023 and I.3, and its command, run as printed, records it there.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from test_carried_hint_typed import reopened as reopened  # the fixture
from test_revise import cds
from test_revised_plan import revised as revised  # the fixture under it
from test_revised_plan import workspace as workspace  # the fixture under that

ADD = ("--plan", "2025", "progress", "add", "I.8", "--unit", "Tư pháp")
WORKING = ("--status", "đang thực hiện")


def test_a_report_before_both_carries_is_sent_where_it_was_then(reopened: Path) -> None:
    refused = cds(*ADD, *WORKING, "--date", "20/12/2023")
    assert refused.exit_code == 2
    command = (
        'cds --plan 2023 progress add I.3 --unit "Phòng Tư pháp" --status "đang thực hiện"'
        " --date 20/12/2023 --id"
    )
    assert refused.output.splitlines() == [
        "cds: lỗi: chỉ tiêu I.8 chuyển từ kế hoạch 2024 (chỉ tiêu I.6) vào kế hoạch này từ ngày"
        " 01/01/2025, trước đó thuộc kế hoạch 2023 (chỉ tiêu I.3): báo cáo ngày 20/12/2023"
        " thuộc kế hoạch 2023",
        f"  gợi ý: ghi vào kế hoạch 2023, chỉ tiêu I.3: {command} (kế hoạch đó theo dõi chỉ"
        " tiêu đến hết 31/12/2023)",
    ]
    english = cds(*ADD, *WORKING, "--date", "20/12/2023", "--lang", "en")
    assert english.exit_code == 2
    assert english.output.splitlines() == [
        "cds: error: target I.8 was carried into this plan from plan 2024 (target I.6) from"
        " 01/01/2025, and before that was in plan 2023 (target I.3): a report dated 20/12/2023"
        " belongs to plan 2023",
        "  hint: record it in plan 2023, target I.3: cds --plan 2023 progress add I.3 --unit"
        ' "Phòng Tư pháp" --status in_progress --date 20/12/2023 --id (that plan'
        " follows the target up to 31/12/2023)",
    ]
    recorded = cds(*shlex.split(command)[1:])  # as printed: 2023 takes it
    assert recorded.exit_code == 0, recorded.output
    assert "Phòng Tư pháp, chỉ tiêu I.3" in recorded.stdout


def test_a_report_between_the_carries_still_goes_to_the_plan_it_came_from(
    reopened: Path,
) -> None:
    refused = cds(*ADD, *WORKING, "--date", "20/12/2024")
    assert refused.exit_code == 2
    assert refused.output.splitlines() == [
        "cds: lỗi: chỉ tiêu I.8 chuyển từ kế hoạch 2024 (chỉ tiêu I.6) vào kế hoạch này từ ngày"
        " 01/01/2025: báo cáo ngày 20/12/2024 thuộc kế hoạch 2024",
        "  gợi ý: ghi vào kế hoạch 2024, chỉ tiêu I.6: cds --plan 2024 progress add I.6 --unit"
        ' "Phòng Tư pháp" --status "đang thực hiện" --date 20/12/2024 --id (kế hoạch đó theo'
        " dõi chỉ tiêu đến hết 31/12/2024)",
    ]
