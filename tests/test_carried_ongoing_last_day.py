"""An ongoing target's report after its carry day: the hint names the old plan's real last day
(attack21 a21-05).

plans/2023: I.1 "Duy trì một cửa điện tử." (Thường xuyên, monthly), led by phường Bắc Sơn and
phường Nam Sơn. plans/2024: its own I.1 (Phòng Y tế). `carry-over --as-of 31/12/2023` makes
2023's I.1 the 2024 plan's I.2. The 2024 plan takes its reports from 15/12/2023, the start of
its first window 15/12/2023–14/01/2024 (app/origins.py `departures`), so the 2023 plan's last
day for it is 14/12/2023, the end of its last window 15/11–14/12/2023.

A report dated 10/01/2024 given to the 2023 plan is refused (right), but its hint said "việc
xong trước khi chuyển thì ghi đúng ngày đó, đến hết 31/12/2023" (a form: "việc xong đến hết
31/12/2023: sửa ô Ngày báo cáo … thành ngày xong thật"; validate: "việc xong đến hết 31/12/2023
thì sửa ngày cho đúng"); a day obeying it, 20/12/2023, was refused again. Now each names
14/12/2023, in the words of that second refusal, and the command recording it in 2024; a day
obeying it is recorded in 2023. A target due in a month keeps its carry day (31/12/2023).
"""

from __future__ import annotations

import shlex
from pathlib import Path

import openpyxl
import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

WARDS = _cell("Phường Bắc Sơn, phường Nam Sơn", "phuong-bac-son", "phuong-nam-son")
BAC_SON = "UBND phường Bắc Sơn"
REFUSED_VI = (
    "cds: lỗi: chỉ tiêu I.1 đã chuyển sang kế hoạch 2024 (chỉ tiêu I.2) ngày 31/12/2023: "
    "báo cáo ngày 10/01/2024 không ghi vào kế hoạch này nữa"
)
REFUSED_EN = (
    "cds: error: target I.1 was carried over to plan 2024 (target I.2) on 31/12/2023: a "
    "report dated 10/01/2024 no longer belongs to this plan"
)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    ongoing = _target(1, "Duy trì một cửa điện tử.", (EMPTY, WARDS, EMPTY), "12/2023")
    ongoing["deadline"] = {"text": "Thường xuyên", "due": "ongoing"}
    monthly = _target(2, "Số hóa hồ sơ.", (EMPTY, WARDS, EMPTY), "11/2023")
    _plan(tmp_path, 2023, [ongoing, monthly])
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2024, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2024")])
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    return tmp_path


def _add(target: str, day: str, lang: str = "vi", plan: str = "2023") -> tuple[int, list[str]]:
    args = ("--plan", plan, "progress", "add", target, "--unit", "Bắc Sơn", "--date", day)
    result = cds("--lang", lang, *args, "--status", "done")
    return result.exit_code, result.stderr.splitlines()


def test_progress_add_names_the_old_plans_last_window(workspace: Path) -> None:
    assert _add("I.1", "10/01/2024") == (
        2,
        [
            REFUSED_VI,
            "  gợi ý: ghi vào kế hoạch 2024, chỉ tiêu I.2: cds --plan 2024 progress add I.2 "
            f'--unit "{BAC_SON}" --status "hoàn thành" --date 10/01/2024 --id (báo cáo của kỳ '
            "trước, ngày đến hết 14/12/2023, mới ghi vào kế hoạch này)",
        ],
    )
    assert _add("I.1", "10/01/2024", lang="en") == (
        2,
        [
            REFUSED_EN,
            "  hint: record it in plan 2024, target I.2: cds --plan 2024 progress add I.2 "
            f'--unit "{BAC_SON}" --status done --date 10/01/2024 --id (a report for an earlier '
            "period, dated 14/12/2023 or before, goes in this plan)",
        ],
    )
    # the day it names is taken here; the day after it is the 2024 plan's (as said before)
    assert _add("I.1", "14/12/2023") == (0, [])
    assert _add("I.1", "15/12/2023")[0] == 2
    # the command it gives records the report in 2024
    _, lines = _add("I.1", "10/01/2024")
    command = shlex.split(lines[1].split(": ", 2)[2].split(" (", 1)[0])
    result = cds(*command[1:])
    assert (result.exit_code, result.stderr) == (0, "")
    assert cds("validate").exit_code == 0


def test_a_target_due_in_a_month_keeps_its_carry_day(workspace: Path) -> None:
    # 2023's I.2 (Tháng 11/2023) went to 2024 as I.3: the 2023 plan follows it to 31/12/2023
    assert _add("I.2", "10/01/2024") == (
        2,
        [
            "cds: lỗi: chỉ tiêu I.2 đã chuyển sang kế hoạch 2024 (chỉ tiêu I.3) ngày 31/12/2023: "
            "báo cáo ngày 10/01/2024 không ghi vào kế hoạch này nữa",
            "  gợi ý: ghi vào kế hoạch 2024, chỉ tiêu I.3: cds --plan 2024 progress add I.3 "
            f'--unit "{BAC_SON}" --status "hoàn thành" --date 10/01/2024 --id (việc xong trước '
            "khi chuyển thì ghi đúng ngày đó, đến hết 31/12/2023)",
        ],
    )
    assert _add("I.2", "31/12/2023")[0] == 0


def test_a_form_row_names_the_old_plans_last_window(workspace: Path) -> None:
    args = ("form", "--unit", "Bắc Sơn", "--month", "12/2023", "--as-of", "14/12/2023")
    ok("--plan", "2023", *args, "--out", "bs.xlsx")
    book = openpyxl.load_workbook("bs.xlsx")
    sheet = book["Phiếu báo cáo"]
    row = next(r[0].row for r in sheet.iter_rows(min_row=8) if r[1].value == "I.1")
    sheet.cell(row, 6).value, sheet.cell(row, 7).value = "Hoàn thành", "10/01/2024"
    book.save("bs.xlsx")
    before = sorted(p.name for p in workspace.glob("plans/*/progress/*.yaml"))
    result = cds("--plan", "2023", "progress", "import", "bs.xlsx")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"bs.xlsx:Phiếu báo cáo!G{row}: {REFUSED_VI.removeprefix('cds: lỗi: ')}",
        f"  gợi ý: báo cáo của kỳ trước, ngày đến hết 14/12/2023: sửa ô Ngày báo cáo G{row} cho "
        "đúng, rồi nhập lại; báo cáo ngày 10/01/2024 thuộc kế hoạch 2024: xoá dòng này khỏi "
        "phiếu, nhập lại, rồi ghi bằng lệnh cds --plan 2024 progress add I.2 --id --unit "
        f'"{BAC_SON}" --status "hoàn thành" --date 10/01/2024',
    ]
    english = cds("--lang", "en", "--plan", "2023", "progress", "import", "bs.xlsx")
    assert english.exit_code == 1
    assert english.stderr.splitlines() == [
        f"bs.xlsx:Phiếu báo cáo!G{row}: {REFUSED_EN.removeprefix('cds: error: ')}",
        f"  hint: a report for an earlier period, dated 14/12/2023 or before: correct the Report "
        f"date cell G{row}, then import again; a report dated 10/01/2024 belongs to plan 2024: "
        "clear this row of the form, import again, then record it with cds --plan 2024 "
        f'progress add I.2 --id --unit "{BAC_SON}" --status done --date 10/01/2024',
    ]
    assert sorted(p.name for p in workspace.glob("plans/*/progress/*.yaml")) == before
    # as the hint says: the day corrected to 14/12/2023, the row is recorded in 2023
    sheet.cell(row, 7).value = "14/12/2023"
    book.save("bs.xlsx")
    assert cds("--plan", "2023", "progress", "import", "bs.xlsx").exit_code == 0


def test_validate_names_the_old_plans_last_window(workspace: Path) -> None:
    assert _add("I.1", "14/12/2023") == (0, [])
    path = workspace / "plans/2023/progress/phuong-bac-son.yaml"
    written = path.read_text("utf-8").splitlines()[-1]
    late = written.replace("2023-12-14", "2024-01-10").replace('"id": "', '"id": "a', 1)
    path.write_text(path.read_text("utf-8") + late + "\n", "utf-8")
    column = late.index('"2024-01-10"') + 1  # at its opening quote, counted from 1
    at = f"plans/2023/progress/phuong-bac-son.yaml:{len(path.read_text().splitlines())}:{column}"
    for lang, said in (
        (
            "vi",
            [
                f"{at}: {REFUSED_VI.removeprefix('cds: lỗi: ')}",
                "  gợi ý: báo cáo này thuộc kế hoạch 2024, chỉ tiêu I.2: ghi vào kế hoạch đó "
                "trước, rồi mới xóa dòng này: cds --plan 2024 progress add I.2 --id --unit "
                "phuong-bac-son --status "
                '"hoàn thành" --date 10/01/2024 (báo cáo của kỳ trước, ngày đến hết '
                "14/12/2023, thì sửa ngày cho đúng)",
            ],
        ),
        (
            "en",
            [
                f"{at}: {REFUSED_EN.removeprefix('cds: error: ')}",
                "  hint: this report belongs to plan 2024, target I.2: record it there first, "
                "then delete this line: cds --plan 2024 progress add I.2 --id --unit "
                "phuong-bac-son "
                "--status done --date 10/01/2024 (a report for an earlier period, dated "
                "14/12/2023 or before: correct its day)",
            ],
        ),
    ):
        result = cds("--lang", lang, "--plan", "2023", "validate")
        assert result.exit_code == 1
        lines = result.output.splitlines()
        assert [lines[0], lines[3]] == said


def test_the_new_plan_names_the_old_plans_last_window_too(workspace: Path) -> None:
    # a report of 10/12/2023 given to 2024's I.2: the 2023 plan takes it (up to 14/12/2023, not
    # up to its carry day 31/12/2023); 2024 takes them from 15/12/2023
    assert _add("I.2", "10/12/2023", plan="2024") == (
        2,
        [
            "cds: lỗi: chỉ tiêu I.2 chuyển từ kế hoạch 2023 (chỉ tiêu I.1) vào kế hoạch này từ "
            "ngày 01/01/2024: báo cáo ngày 10/12/2023 thuộc kế hoạch 2023",
            "  gợi ý: ghi vào kế hoạch 2023, chỉ tiêu I.1: cds --plan 2023 progress add I.1 "
            f'--unit "{BAC_SON}" --status "hoàn thành" --date 10/12/2023 --id (kế hoạch đó '
            "theo dõi chỉ tiêu đến hết 14/12/2023)",
        ],
    )
    assert _add("I.2", "10/12/2023", lang="en", plan="2024")[1][1] == (
        "  hint: record it in plan 2023, target I.1: cds --plan 2023 progress add I.1 "
        f'--unit "{BAC_SON}" --status done --date 10/12/2023 --id (that plan follows the '
        "target up to 14/12/2023)"
    )
    assert _add("I.2", "15/12/2023", plan="2024")[0] == 0  # (a note: 2023's I.2 is 2024's I.3)
    # a 2024 form's row of that day: the old plan's days, then this plan's from 15/12/2023
    args = ("form", "--unit", "Bắc Sơn", "--month", "01/2024", "--as-of", "01/01/2024")
    ok("--plan", "2024", *args, "--out", "bs24.xlsx")
    book = openpyxl.load_workbook("bs24.xlsx")
    sheet = book["Phiếu báo cáo"]
    row = next(r[0].row for r in sheet.iter_rows(min_row=8) if r[1].value == "I.2\n(I.1 (2023))")
    sheet.cell(row, 6).value, sheet.cell(row, 7).value = "Hoàn thành", "10/12/2023"
    book.save("bs24.xlsx")
    result = cds("--plan", "2024", "progress", "import", "bs24.xlsx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1] == (
        "  gợi ý: việc đến hết 14/12/2023 thuộc kế hoạch 2023: xoá dòng này khỏi phiếu, nhập "
        "lại, rồi ghi bằng lệnh cds --plan 2023 progress add I.1 --id --unit "
        f'"{BAC_SON}" --status "hoàn thành" --date 10/12/2023; việc từ 15/12/2023 trở đi: '
        f"sửa ô Ngày báo cáo G{row} thành ngày thật, rồi nhập lại"
    )
    english = cds("--lang", "en", "--plan", "2024", "progress", "import", "bs24.xlsx")
    assert english.stderr.splitlines()[1] == (
        "  hint: work up to 14/12/2023 belongs to plan 2023: clear this row of the form, import "
        "again, then record it with cds --plan 2023 progress add I.1 --id --unit "
        f'"{BAC_SON}" --status done --date 10/12/2023; work from 15/12/2023 on: change the '
        f"Report date cell G{row} to the real day, then import again"
    )
