"""A report on a target carried twice, dated before both carries, is sent to the plan that
held the target on that day at once (attack 19, a19_03): 2025's I.8 came from 2024/I.6, itself
2023/I.3, each carried on 31/12 (test_carried_hint_typed.py's workspace). A report of
20/12/2023 was refused as 2024's, whose `progress add` refused it again as 2023's; now the
first refusal names 2023 and I.3, and its command, run as printed, records it there. The
same row on a 2025 return form names 2024's days between 2023's and 2025's (fix13a).
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


FORM_ROW = {"F9": "Đang thực hiện", "G9": "20/12/2023"}  # I.8, the form's second row


def _form_2025(folder: Path, cells: dict[str, str]) -> str:
    """Phòng Tư pháp's 2025 form for 12/2025 (I.6, I.8, … due then), I.8 on row 9, filled."""
    import openpyxl

    made = cds("--plan", "2025", "form", "--unit", "Tư pháp", "--month", "12/2025", "--as-of",
               "01/03/2025", "--out", "tp.xlsx", "--force")  # fmt: skip
    assert made.exit_code == 0, made.output
    book = openpyxl.load_workbook(folder / "tp.xlsx")
    assert str(book["Phiếu báo cáo"]["B9"].value).split("\n")[0] == "I.8"
    for address, value in cells.items():
        book["Phiếu báo cáo"][address] = value
    book.save(folder / "tp.xlsx")
    return "tp.xlsx"


def test_a_form_row_before_both_carries_names_each_plan_and_its_days(reopened: Path) -> None:
    """The form's hint sends 20/12/2023 to 2023 (up to 31/12/2023), names 2024's own days —
    01/01/2024 to 31/12/2024, I.6 — and then this plan's, from 01/01/2025: it said "from
    01/01/2025" right after 2023's days, and a real day of 2024 typed into the cell as told
    was refused again."""
    name = _form_2025(reopened, FORM_ROW)
    refused = cds("--plan", "2025", "progress", "import", name)
    assert refused.exit_code == 1
    command = (
        'cds --plan 2023 progress add I.3 --id --unit "Phòng Tư pháp" --status "đang thực hiện"'
        " --date 20/12/2023"
    )
    assert refused.stderr.splitlines() == [
        "tp.xlsx:Phiếu báo cáo!G9: chỉ tiêu I.8 chuyển từ kế hoạch 2024 (chỉ tiêu I.6) vào kế"
        " hoạch này từ ngày 01/01/2025, trước đó thuộc kế hoạch 2023 (chỉ tiêu I.3): báo cáo"
        " ngày 20/12/2023 thuộc kế hoạch 2023",
        "  gợi ý: việc đến hết 31/12/2023 thuộc kế hoạch 2023: xoá dòng này khỏi phiếu, nhập"
        f" lại, rồi ghi bằng lệnh {command}; việc từ 01/01/2024 đến hết 31/12/2024 thuộc kế"
        " hoạch 2024, chỉ tiêu I.6 (cds --plan 2024 progress add I.6 …); việc từ 01/01/2025"
        " trở đi: sửa ô Ngày báo cáo G9 thành ngày thật, rồi nhập lại",
    ]
    english = cds("--plan", "2025", "progress", "import", name, "--lang", "en")
    assert english.exit_code == 1
    assert english.stderr.splitlines()[1] == (
        "  hint: work up to 31/12/2023 belongs to plan 2023: clear this row of the form, import"
        " again, then record it with cds --plan 2023 progress add I.3 --id --unit"
        ' "Phòng Tư pháp" --status in_progress --date 20/12/2023; work from 01/01/2024 to'
        " 31/12/2024 belongs to plan 2024, target I.6 (cds --plan 2024 progress add I.6 …);"
        " work from 01/01/2025 on: change the Report date cell G9 to the real day, then import"
        " again"
    )
    # what it names holds: a day of 2024 on this form is 2024's, which takes it
    _form_2025(reopened, {**FORM_ROW, "G9": "15/06/2024"})
    again = cds("--plan", "2025", "progress", "import", name)
    assert again.exit_code == 1
    assert again.stderr.splitlines()[0].endswith(": báo cáo ngày 15/06/2024 thuộc kế hoạch 2024")
    taken = cds("--plan", "2024", "progress", "add", "I.6", "--unit", "Tư pháp", *WORKING,
                "--date", "15/06/2024")  # fmt: skip
    assert taken.exit_code == 0, taken.output
    recorded = cds(*shlex.split(command)[1:])  # the row's own command, as printed
    assert recorded.exit_code == 0, recorded.output
    assert "Phòng Tư pháp, chỉ tiêu I.3" in recorded.stdout


def test_a_form_row_between_the_carries_names_no_plan_between(reopened: Path) -> None:
    """Dated 20/12/2024, before the one carry into 2025: 2024's up to 31/12/2024, then
    this plan's from 01/01/2025, nothing between (as before)."""
    name = _form_2025(reopened, {**FORM_ROW, "G9": "20/12/2024"})
    refused = cds("--plan", "2025", "progress", "import", name, "--lang", "en")
    assert refused.exit_code == 1
    assert refused.stderr.splitlines()[1] == (
        "  hint: work up to 31/12/2024 belongs to plan 2024: clear this row of the form, import"
        " again, then record it with cds --plan 2024 progress add I.6 --id --unit"
        ' "Phòng Tư pháp" --status in_progress --date 20/12/2024; work from 01/01/2025 on:'
        " change the Report date cell G9 to the real day, then import again"
    )
