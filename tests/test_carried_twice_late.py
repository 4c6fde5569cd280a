"""A report on a target carried twice, dated after both carries, is sent to the plan that follows
the target on that day at once (fix13k): 2023's I.3 went to 2024 as I.6 on 31/12/2023, and on
to 2025 as I.8 on 31/12/2024 (test_carried_hint_typed.py's workspace). A report of 20/03/2025
on 2023's I.3 was refused and sent to 2024's I.6, whose `progress add` refused it again and
sent it to 2025: now the first refusal names 2025 and I.8, and its command, run as printed,
records it there. The same rule says it for `progress add`, a 2023 form's row and a line
`cds validate` reads (progress/carried_away.py `carried_away`, its `later` plans read by
app/origins.py `later_plans`), as test_carried_twice_early.py does the other way.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from test_carried_hint_typed import reopened as reopened  # the fixture
from test_revise import cds
from test_revised_plan import revised as revised  # the fixture under it
from test_revised_plan import workspace as workspace  # the fixture under that

ADD = ("--plan", "2023", "progress", "add", "I.3", "--unit", "Tư pháp")
WORKING = ("--status", "đang thực hiện")
STATUS = {"vi": '"đang thực hiện"', "en": "in_progress"}
REFUSED = {
    "vi": "chỉ tiêu I.3 đã chuyển sang kế hoạch 2024 (chỉ tiêu I.6) ngày 31/12/2023, rồi sang"
    " kế hoạch 2025 (chỉ tiêu I.8) ngày 31/12/2024: báo cáo ngày 20/03/2025 thuộc kế hoạch 2025",
    "en": "target I.3 was carried over to plan 2024 (target I.6) on 31/12/2023, then to plan"
    " 2025 (target I.8) on 31/12/2024: a report dated 20/03/2025 belongs to plan 2025",
}


def _last(root: Path, plan: str) -> dict[str, object]:
    """The last line of Phòng Tư pháp's progress file in `plan`, as JSON."""
    lines = (root / f"plans/{plan}/progress/phong-tu-phap.yaml").read_text("utf-8").splitlines()
    entry: dict[str, object] = json.loads(lines[-1][2:])
    return entry


def _recorded_in_2025(root: Path, status: str = "in_progress") -> None:
    entry = _last(root, "2025")
    assert (entry["target"], entry["status"], entry["date"]) == ("I.8", status, "2025-03-20")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_report_after_both_carries_is_sent_where_the_target_is_then(
    reopened: Path, lang: str
) -> None:
    refused = cds("--lang", lang, *ADD, *WORKING, "--date", "20/03/2025")
    assert refused.exit_code == 2
    command = (
        'cds --plan 2025 progress add I.8 --unit "Phòng Tư pháp" --status'
        f" {STATUS[lang]} --date 20/03/2025 --id"
    )
    expected = {
        "vi": [
            f"cds: lỗi: {REFUSED['vi']}",
            f"  gợi ý: ghi vào kế hoạch 2025, chỉ tiêu I.8: {command} (việc xong trước khi"
            " chuyển thì ghi đúng ngày đó, đến hết 31/12/2023)",
        ],
        "en": [
            f"cds: error: {REFUSED['en']}",
            f"  hint: record it in plan 2025, target I.8: {command} (work finished before the"
            " carry-over: give its real day, 31/12/2023 or earlier)",
        ],
    }
    assert refused.output.splitlines() == expected[lang]
    recorded = cds("--lang", lang, *shlex.split(command)[1:])  # as printed: 2025 takes it
    assert recorded.exit_code == 0, recorded.output
    _recorded_in_2025(reopened)


def test_a_report_between_the_carries_still_goes_to_the_next_plan(reopened: Path) -> None:
    """Dated 20/03/2024, after the first carry and before the second: 2024's, as before."""
    refused = cds(*ADD, *WORKING, "--date", "20/03/2024")
    assert refused.exit_code == 2
    assert refused.output.splitlines() == [
        "cds: lỗi: chỉ tiêu I.3 đã chuyển sang kế hoạch 2024 (chỉ tiêu I.6) ngày 31/12/2023:"
        " báo cáo ngày 20/03/2024 không ghi vào kế hoạch này nữa",
        "  gợi ý: ghi vào kế hoạch 2024, chỉ tiêu I.6: cds --plan 2024 progress add I.6 --unit"
        ' "Phòng Tư pháp" --status "đang thực hiện" --date 20/03/2024 --id (việc xong trước'
        " khi chuyển thì ghi đúng ngày đó, đến hết 31/12/2023)",
    ]


def _form_2023(folder: Path) -> str:
    """Phòng Tư pháp's 2023 form for 12/2023, made as of 01/12/2023 (before the carries), its
    I.3 row (row 9) filled as done on 20/03/2025."""
    import openpyxl

    made = cds("--plan", "2023", "form", "--unit", "Tư pháp", "--month", "12/2023", "--as-of",
               "01/12/2023", "--out", "tp.xlsx", "--force")  # fmt: skip
    assert made.exit_code == 0, made.output
    book = openpyxl.load_workbook(folder / "tp.xlsx")
    sheet = book["Phiếu báo cáo"]
    assert str(sheet["B9"].value).split("\n")[0] == "I.3"
    sheet["F9"], sheet["G9"] = "Đang thực hiện", "20/03/2025"
    book.save(folder / "tp.xlsx")
    return "tp.xlsx"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_form_row_after_both_carries_names_the_plan_between(reopened: Path, lang: str) -> None:
    """The row is 2025's, and the hint names 2024's days (01/01/2024 to 31/12/2024, I.6)
    between this plan's and 2025's: "work after it belongs to plan 2025" right after 2023's
    days would send a real day of 2024 there. Its command, run as printed, records it in
    2025."""
    name = _form_2023(reopened)
    refused = cds("--lang", lang, "--plan", "2023", "progress", "import", name)
    assert refused.exit_code == 1
    command = (
        'cds --plan 2025 progress add I.8 --id --unit "Phòng Tư pháp" --status'
        f" {STATUS[lang]} --date 20/03/2025"
    )
    expected = {
        "vi": [
            f"tp.xlsx:Phiếu báo cáo!G9: {REFUSED['vi']}",
            "  gợi ý: việc xong đến hết 31/12/2023: sửa ô Ngày báo cáo G9 thành ngày xong thật,"
            " rồi nhập lại; việc từ 01/01/2024 đến hết 31/12/2024 thuộc kế hoạch 2024, chỉ tiêu"
            " I.6 (cds --plan 2024 progress add I.6 …); việc sau đó thuộc kế hoạch 2025: xoá dòng"
            f" này khỏi phiếu, nhập lại, rồi ghi bằng lệnh {command}",
        ],
        "en": [
            f"tp.xlsx:Phiếu báo cáo!G9: {REFUSED['en']}",
            "  hint: work finished by 31/12/2023: change the Report date cell G9 to the real day,"
            " then import again; work from 01/01/2024 to 31/12/2024 belongs to plan 2024, target"
            " I.6 (cds --plan 2024 progress add I.6 …); work after it belongs to plan 2025: clear"
            f" this row of the form, import again, then record it with {command}",
        ],
    }
    assert refused.stderr.splitlines() == expected[lang]
    recorded = cds("--lang", lang, *shlex.split(command)[1:])  # the row's own command
    assert recorded.exit_code == 0, recorded.output
    _recorded_in_2025(reopened)


LINE = (
    '- {"id": "a1b2c3d4e5f6", "target": "I.3", "unit": "phong-tu-phap", "status": "done",'
    ' "date": "2025-03-20", "values": {}, "note": "xong", "written":'
    ' "2025-03-21T08:00:00+07:00"}\n'
)
FILE = "plans/2023/progress/phong-tu-phap.yaml"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_line_after_both_carries_is_said_to_belong_where_the_target_is_then(
    reopened: Path, lang: str
) -> None:
    """A line written by hand in 2023 (line 1; its date at column 94): `validate` names 2025's
    I.8, and the command its hint gives, the line deleted, records it there."""
    path = reopened / FILE
    path.write_text(LINE, encoding="utf-8")
    result = cds("--lang", lang, "--plan", "2023", "validate")
    lines = [line for line in result.output.splitlines() if not re.match(r"  [ 0-9]+ \|", line)]
    status = '"hoàn thành"' if lang == "vi" else "done"
    command = (
        f"cds --plan 2025 progress add I.8 --id --unit phong-tu-phap --status {status}"
        " --date 20/03/2025 --note xong"
    )
    assert (result.exit_code, lines) == (
        1,
        {
            "vi": [
                f"{FILE}:1:94: {REFUSED['vi']}",
                f"  gợi ý: báo cáo này thuộc kế hoạch 2025, chỉ tiêu I.8: "
                f"ghi vào kế hoạch đó trước, rồi mới xóa dòng này:"
                f" {command} (việc xong đến hết 31/12/2023 thì sửa ngày cho đúng)",
                "1 lỗi trong 1 tệp (đã kiểm tra 2 tệp).",
            ],
            "en": [
                f"{FILE}:1:94: {REFUSED['en']}",
                "  hint: this report belongs to plan 2025, target I.8: "
                "record it there first, then delete this line:"
                f" {command} (work finished by 31/12/2023: correct its day)",
                "1 problem in 1 file (2 files checked).",
            ],
        }[lang],
    )
    # any other command on the plan refuses to read it with the same words
    listed = cds("--lang", lang, "--plan", "2023", "list")
    assert listed.exit_code == 1
    assert listed.output.splitlines()[1] == lines[0]
    path.write_text("", encoding="utf-8")
    recorded = cds("--lang", lang, *shlex.split(command)[1:])
    assert recorded.exit_code == 0, recorded.output
    entry = _last(reopened, "2025")
    assert (entry["target"], entry["status"], entry["date"], entry["note"]) == (
        "I.8",
        "done",
        "2025-03-20",
        "xong",
    )
