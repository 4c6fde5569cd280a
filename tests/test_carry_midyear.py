"""A target carried over in the middle of the old plan's year (attack 11, finding a11-08).

`carry-over --as-of` takes any day from 1/1 of the old plan's year (app/carry_day.py). Carried on
20/10/2023, 2023's I.1 is followed by the 2024 plan from 21/10/2023 — before that plan's own
start, 15/12/2023. A report of 15/11/2023 used to be refused by both plans: the 2023 plan sent
it to 2024's I.2, the 2024 plan refused it as before its start, --force or not. The one rule
now: the plan a target was carried into takes its reports from the day after its carry day
(progress/new_entry.py, progress/carried_away.py `carried_in`), and a report before that goes
to the plan it came from — each refusal names the plan that takes it.

Workspace of test_carry_day.py: plans/2023 I.1 "Số hóa hồ sơ y tế." (Phòng Y tế, due 10/2023),
reported in progress on 20/10/2023; plans/2024 its own I.1, so 2023's I.1 becomes 2024's I.2.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_carry_day import two_plans  # noqa: F401  (the fixture)
from test_carry_units import cds, ok


@pytest.fixture
def carried(two_plans: Path) -> Path:  # noqa: F811
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "20/10/2023", "--yes")
    return two_plans


def _add(plan: str, target: str, day: str, *more: str, lang: str = "vi") -> tuple[int, list[str]]:
    args = ("--plan", plan, "progress", "add", target, "--unit", "Phòng Y tế", "--date", day)
    result = cds("--lang", lang, *args, "--status", "done", *more)
    return result.exit_code, result.stderr.splitlines()


def test_a_report_after_the_carry_day_goes_in_the_new_plan_before_its_year(
    carried: Path,
) -> None:
    assert _add("2023", "I.1", "15/11/2023") == (
        2,
        [
            "cds: lỗi: chỉ tiêu I.1 đã chuyển sang kế hoạch 2024 (chỉ tiêu I.2) ngày 20/10/2023: "
            "báo cáo ngày 15/11/2023 không ghi vào kế hoạch này nữa",
            "  gợi ý: ghi vào kế hoạch 2024, chỉ tiêu I.2: cds --plan 2024 progress add I.2 "
            '--unit "Phòng Y tế" --status "hoàn thành" --date 15/11/2023 --id (việc xong '
            "trước khi chuyển thì ghi đúng ngày đó, đến hết 20/10/2023)",
        ],
    )
    # following the hint: recorded, and counted in 2024 from that day
    assert _add("2024", "I.2", "15/11/2023") == (0, [])
    assert _add("2024", "I.2", "21/10/2023") == (0, [])  # the day after the carry day
    # carry-over gave I.2 the new plan's year (Tháng 12/2024): done on 21/10/2023, in time
    rows = json.loads(ok("--plan", "2024", "list", "--as-of", "30/11/2023", "-f", "json"))
    assert [(r["id"], r["status"], r["units_done"]) for r in rows] == [
        ("I.1", "not_started", 0),
        ("I.2", "done", 1),
    ]
    assert rows[1]["deadline_text"] == "Tháng 12/2024"
    assert cds("validate").exit_code == 0


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_a_report_up_to_the_carry_day_is_sent_to_the_old_plan(
    carried: Path, force: tuple[str, ...]
) -> None:
    forced = " --force" * bool(force)  # kept in the hint's command, as typed
    assert _add("2024", "I.2", "20/10/2023", *force) == (
        2,
        [
            "cds: lỗi: chỉ tiêu I.2 chuyển từ kế hoạch 2023 (chỉ tiêu I.1) vào kế hoạch này từ "
            "ngày 21/10/2023: báo cáo ngày 20/10/2023 thuộc kế hoạch 2023",
            "  gợi ý: ghi vào kế hoạch 2023, chỉ tiêu I.1: cds --plan 2023 progress add I.1 "
            f'--unit "Phòng Y tế" --status "hoàn thành" --date 20/10/2023{forced} --id (kế '
            "hoạch đó theo dõi chỉ tiêu đến hết 20/10/2023)",
        ],
    )
    assert _add("2024", "I.2", "20/10/2023", *force, lang="en") == (
        2,
        [
            "cds: error: target I.2 was carried into this plan from plan 2023 (target I.1) from "
            "21/10/2023: a report dated 20/10/2023 belongs to plan 2023",
            "  hint: record it in plan 2023, target I.1: cds --plan 2023 progress add I.1 "
            f'--unit "Phòng Y tế" --status done --date 20/10/2023{forced} --id (that plan '
            "follows the target up to 20/10/2023)",
        ],
    )
    code, lines = _add("2023", "I.1", "20/10/2023")  # following the hint: recorded there
    assert code == 0 and lines[0].startswith("cảnh báo: chỉ tiêu I.1 đã chuyển sang kế hoạch")


def test_the_new_plans_own_target_still_starts_with_its_plan(carried: Path) -> None:
    assert _add("2024", "I.1", "15/11/2023") == (
        2,
        [
            "cds: lỗi: ngày 15/11/2023 trước khi kế hoạch năm 2024 bắt đầu (15/12/2023)",
            "  gợi ý: kiểm tra năm của ngày (dd/mm/yyyy); kế hoạch năm 2024 nhận báo cáo từ "
            "15/12/2023 (đầu kỳ báo cáo năm, Nghị định 09/2019); việc của kế hoạch khác ghi vào "
            "kế hoạch đó (--plan)",
        ],
    )


def test_a_form_row_before_the_arrival_is_sent_to_the_old_plan() -> None:
    # a form's row: the same refusal at the date cell, with a hint the clerk can follow
    import datetime as dt
    from types import SimpleNamespace

    from cds_tracker.core.errors import UsageError
    from cds_tracker.progress.carried_away import carried_in
    from cds_tracker.progress.form_refusals import form_refusal

    target = SimpleNamespace(id="I.2", carried_from="2023/I.1")
    error = UsageError(*carried_in(target, "2023-10-20", "2023-10-21"))
    row = {"target": "I.2", "unit": "Phòng Y tế", "day": dt.date(2023, 10, 20)}
    row |= {"status": "done", "plan": "--plan 2024 "}
    cells = {"date": "F8", "status": "E8"}
    assert form_refusal(error, "f.xlsx:Phiếu!", cells, row, "vi").splitlines() == [
        "f.xlsx:Phiếu!F8: chỉ tiêu I.2 chuyển từ kế hoạch 2023 (chỉ tiêu I.1) vào kế hoạch này "
        "từ ngày 21/10/2023: báo cáo ngày 20/10/2023 thuộc kế hoạch 2023",
        "  gợi ý: việc đến hết 20/10/2023 thuộc kế hoạch 2023: xoá dòng này khỏi phiếu, nhập "
        'lại, rồi ghi bằng lệnh cds --plan 2023 progress add I.1 --id --unit "Phòng Y tế" '
        '--status "hoàn thành" --date 20/10/2023; việc từ 21/10/2023 trở đi: sửa ô Ngày báo '
        "cáo F8 thành ngày thật, rồi nhập lại",
    ]
    assert form_refusal(error, "f.xlsx:Phiếu!", cells, row, "en").splitlines()[1] == (
        "  hint: work up to 20/10/2023 belongs to plan 2023: clear this row of the form, import "
        'again, then record it with cds --plan 2023 progress add I.1 --id --unit "Phòng Y tế" '
        "--status done --date 20/10/2023; work from 21/10/2023 on: change the Report date cell "
        "F8 to the real day, then import again"
    )


def _moved(root: Path, old: str, new: str) -> None:
    """A report's day changed by hand in the 2024 plan's file (or so merged from another copy):
    `progress add` would have refused it."""
    path = root / "plans/2024/progress/phong-y-te.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(f'"date": "{old}"') == 1
    path.write_text(text.replace(f'"date": "{old}"', f'"date": "{new}"'), encoding="utf-8")


def _flagged(lang: str) -> tuple[int, list[str]]:
    """validate's exit code and its problem and hint lines (the excerpt holds the written time)."""
    result = cds("--lang", lang, "validate")
    said = [
        line for line in result.output.splitlines() if line.startswith(("plans/", "  g", "  h"))
    ]
    return result.exit_code, said


def test_validate_flags_a_report_dated_before_the_arrival(carried: Path) -> None:
    """Line 7 of the file: the header's five lines, carry-over's copy of 20/10/2023 (its id the
    2023 report's: not flagged, though dated before 21/10/2023), then this report; column 91 is
    where its date's value starts. The hint names the plan that takes it, as `progress add`'s."""
    assert _add("2024", "I.2", "15/11/2023") == (0, [])
    assert cds("validate").exit_code == 0
    _moved(carried, "2023-11-15", "2023-10-19")
    where = "plans/2024/progress/phong-y-te.yaml:7:91"
    assert _flagged("vi") == (
        1,
        [
            f"{where}: chỉ tiêu I.2 chuyển từ kế hoạch 2023 (chỉ tiêu I.1) vào kế hoạch này từ "
            "ngày 21/10/2023: báo cáo ngày 19/10/2023 thuộc kế hoạch 2023",
            "  gợi ý: báo cáo này thuộc kế hoạch 2023, chỉ tiêu I.1: "
            "ghi vào kế hoạch đó trước, rồi mới xóa dòng này: "
            'cds --plan 2023 progress add I.1 --id --unit phong-y-te --status "hoàn thành" '
            "--date 19/10/2023 (việc xong từ 21/10/2023 trở đi thì sửa ngày cho đúng)",
        ],
    )
    assert _flagged("en") == (
        1,
        [
            f"{where}: target I.2 was carried into this plan from plan 2023 (target I.1) from "
            "21/10/2023: a report dated 19/10/2023 belongs to plan 2023",
            "  hint: this report belongs to plan 2023, target I.1: "
            "record it there first, then delete this line: "
            "cds --plan 2023 progress add I.1 --id --unit phong-y-te --status done --date "
            "19/10/2023 (work finished on 21/10/2023 or later: correct its day)",
        ],
    )
    _moved(carried, "2023-10-19", "2023-10-21")  # the day after the carry day: the plan's
    assert cds("validate").exit_code == 0


def test_a_year_end_carry_of_a_dated_target_takes_reports_from_its_arrival(
    two_plans: Path,  # noqa: F811
) -> None:
    """Carried on 31/12/2023, I.1 (due 10/2023) arrives in 2024 as I.2 on 01/01/2024, and the
    2024 plan takes its reports from then, not from its own start, 15/12/2023: work finished on
    20/12/2023 is the 2023 plan's (late there), and used to be recorded in 2024 as done on time
    while 2023 kept the unit's part "Quá hạn" (clerk 18, C2). `progress add` refuses it naming
    the 2023 plan's command; `validate` flags one written by hand with the same words."""
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    refused = (
        "cds: lỗi: chỉ tiêu I.2 chuyển từ kế hoạch 2023 (chỉ tiêu I.1) vào kế hoạch này từ ngày "
        "01/01/2024: báo cáo ngày 20/12/2023 thuộc kế hoạch 2023",
        "  gợi ý: ghi vào kế hoạch 2023, chỉ tiêu I.1: cds --plan 2023 progress add I.1 "
        '--unit "Phòng Y tế" --status "hoàn thành" --date 20/12/2023 --id (kế hoạch đó theo '
        "dõi chỉ tiêu đến hết 31/12/2023)",
    )
    assert _add("2024", "I.2", "20/12/2023") == (2, list(refused))
    assert _add("2024", "I.2", "20/12/2023", "--force", lang="en") == (
        2,
        [
            "cds: error: target I.2 was carried into this plan from plan 2023 (target I.1) from "
            "01/01/2024: a report dated 20/12/2023 belongs to plan 2023",
            "  hint: record it in plan 2023, target I.1: cds --plan 2023 progress add I.1 "
            '--unit "Phòng Y tế" --status done --date 20/12/2023 --force --id (that plan '
            "follows the target up to 31/12/2023)",
        ],
    )
    assert not (two_plans / "plans/2024/progress/phong-y-te.yaml").exists() or (
        "2023-12-20" not in (two_plans / "plans/2024/progress/phong-y-te.yaml").read_text()
    )
    assert _add("2024", "I.2", "01/01/2024") == (0, [])  # the arrival: the new plan's
    assert cds("validate").exit_code == 0
    _moved(two_plans, "2024-01-01", "2023-12-20")
    assert _flagged("vi") == (
        1,
        [
            "plans/2024/progress/phong-y-te.yaml:7:91: chỉ tiêu I.2 chuyển từ kế hoạch 2023 (chỉ "
            "tiêu I.1) vào kế hoạch này từ ngày 01/01/2024: báo cáo ngày 20/12/2023 thuộc kế "
            "hoạch 2023",
            "  gợi ý: báo cáo này thuộc kế hoạch 2023, chỉ tiêu I.1: "
            "ghi vào kế hoạch đó trước, rồi mới xóa dòng này: "
            'cds --plan 2023 progress add I.1 --id --unit phong-y-te --status "hoàn thành" '
            "--date 20/12/2023 (việc xong từ 01/01/2024 trở đi thì sửa ngày cho đúng)",
        ],
    )
    assert _flagged("en")[1][1] == (
        "  hint: this report belongs to plan 2023, target I.1: "
        "record it there first, then delete this line: "
        "cds --plan 2023 progress add I.1 --id --unit phong-y-te --status done --date "
        "20/12/2023 (work finished on 01/01/2024 or later: correct its day)"
    )
    _moved(two_plans, "2023-12-20", "2024-01-01")
    # following the hint: recorded in 2023 (late there), then copied by carry-over's re-run
    assert _add("2023", "I.1", "20/12/2023")[0] == 0
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    assert cds("validate").exit_code == 0


def test_a_year_end_carry_of_an_ongoing_target_takes_the_december_window(
    two_plans: Path,  # noqa: F811
) -> None:
    """An ongoing target's reports answer monthly windows, and the one from 15/12/2023 to
    14/01/2024 is the 2024 plan's first: carried on 31/12/2023, the target's report of
    20/12/2023 is the 2024 plan's (`taken_from`: its start, earlier than the arrival), one of
    14/12/2023 is not."""
    for year, month in (("2023", "10"), ("2024", "06")):
        path = two_plans / f"plans/{year}/phu_luc_01.yaml"
        text = path.read_text(encoding="utf-8")
        dated = f"text: Tháng {int(month)}/{year}\n          due: {year}-{month}"
        assert text.count(dated) == 1
        ongoing = "text: Thường xuyên\n          due: ongoing"
        path.write_text(text.replace(dated, ongoing), encoding="utf-8")
    assert cds("validate").exit_code == 0
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    assert _add("2024", "I.2", "20/12/2023") == (0, [])
    assert cds("validate").exit_code == 0
    _moved(two_plans, "2023-12-20", "2023-12-14")
    assert _flagged("vi")[1][1] == (
        "  gợi ý: báo cáo này thuộc kế hoạch 2023, chỉ tiêu I.1: "
        "ghi vào kế hoạch đó trước, rồi mới xóa dòng này: "
        'cds --plan 2023 progress add I.1 --id --unit phong-y-te --status "hoàn thành" '
        "--date 14/12/2023 (việc xong từ 15/12/2023 trở đi thì sửa ngày cho đúng)"
    )
    assert _add("2024", "I.2", "14/12/2023")[0] == 2  # progress add refuses the same day


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_new_plans_form_row_dated_before_a_dated_targets_arrival_is_refused(
    two_plans: Path,  # noqa: F811
    lang: str,
) -> None:
    """The same rule at a 2024 form's date cell (progress/new_entry.py, one home): I.2's row
    "done" on 20/12/2023 is refused (exit 1, nothing written) and the hint's command, typed as
    printed, records it in the 2023 plan under I.1."""
    import datetime as dt
    import shlex

    import openpyxl

    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    ok("--plan", "2024", "form", "--unit", "Phòng Y tế", "--month", "12/2024", "--as-of",
       "02/01/2024", "--out", "f.xlsx")  # fmt: skip
    book = openpyxl.load_workbook("f.xlsx")
    sheet = book.worksheets[0]
    assert sheet["B8"].value == "I.2\n(I.1 (2023))"
    sheet["F8"] = "Hoàn thành"
    sheet["G8"] = dt.datetime(2023, 12, 20)
    book.save("f.xlsx")
    before = (two_plans / "plans/2024/progress/phong-y-te.yaml").read_bytes()
    result = cds("--lang", lang, "--plan", "2024", "progress", "import", "f.xlsx")
    assert (result.exit_code, result.stderr.splitlines()) == (1, FORM_REFUSED[lang])
    assert (two_plans / "plans/2024/progress/phong-y-te.yaml").read_bytes() == before
    said = FORM_REFUSED[lang][1]
    command = said[said.index("cds --plan") : said.index(" 20/12/2023") + len(" 20/12/2023")]
    assert cds(*shlex.split(command)[1:]).exit_code == 0
    text = (two_plans / "plans/2023/progress/phong-y-te.yaml").read_text(encoding="utf-8")
    assert '"target": "I.1", "unit": "phong-y-te", "status": "done"' in text
    assert '"date": "2023-12-20"' in text


FORM_REFUSED = {
    "vi": [
        "f.xlsx:Phiếu báo cáo!G8: chỉ tiêu I.2 chuyển từ kế hoạch 2023 (chỉ tiêu I.1) vào kế "
        "hoạch này từ ngày 01/01/2024: báo cáo ngày 20/12/2023 thuộc kế hoạch 2023",
        "  gợi ý: việc đến hết 31/12/2023 thuộc kế hoạch 2023: xoá dòng này khỏi phiếu, nhập "
        'lại, rồi ghi bằng lệnh cds --plan 2023 progress add I.1 --id --unit "Phòng Y tế" '
        '--status "hoàn thành" --date 20/12/2023; việc từ 01/01/2024 trở đi: sửa ô Ngày báo cáo '
        "G8 thành ngày thật, rồi nhập lại",
    ],
    "en": [
        "f.xlsx:Phiếu báo cáo!G8: target I.2 was carried into this plan from plan 2023 (target "
        "I.1) from 01/01/2024: a report dated 20/12/2023 belongs to plan 2023",
        "  hint: work up to 31/12/2023 belongs to plan 2023: clear this row of the form, import "
        'again, then record it with cds --plan 2023 progress add I.1 --id --unit "Phòng Y tế" '
        "--status done --date 20/12/2023; work from 01/01/2024 on: change the Report date cell G8 "
        "to the real day, then import again",
    ],
}
