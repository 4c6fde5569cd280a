"""An ongoing target's report of late December belongs to the plan it was carried to (clerk20 F1).

plans/2023: I.1 "Duy trì một cửa điện tử." (Thường xuyên, monthly), led by phường Bắc Sơn and
phường Nam Sơn. plans/2024: its own I.1 (Phòng Y tế, Tháng 6/2024). `carry-over --as-of
31/12/2023` makes 2023's I.1 the 2024 plan's I.2. A report of 20/12/2023 answers the window
15/12/2023–14/01/2024, the 2024 plan's first (questions/periods.py): the 2024 plan takes it
(progress/carried_away.py `taken_from`), the 2023 plan asks no window it answers.

Before the fix `progress add --plan 2023` (and a 2023 form's import) recorded it with a warning
to re-run carry-over, which copies no ongoing report and wrote nothing: the report counted in
neither plan and the ward was urged in January for it. Now the 2023 plan refuses it (exit 2; a
form's row at its date cell, exit 1), the hint the command that records it in 2024; `validate`
flags a line already in 2023; a report of 14/12/2023 (the 2023 plan's last window) is recorded
in 2023 without a warning.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import openpyxl
import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

WARDS = _cell("Phường Bắc Sơn, phường Nam Sơn", "phuong-bac-son", "phuong-nam-son")
BAC_SON = "UBND phường Bắc Sơn"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    ongoing = _target(1, "Duy trì một cửa điện tử.", (EMPTY, WARDS, EMPTY), "12/2023")
    ongoing["deadline"] = {"text": "Thường xuyên", "due": "ongoing"}
    _plan(tmp_path, 2023, [ongoing])
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2024, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2024")])
    return tmp_path


def _carry() -> None:
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")


def _add(plan: str, target: str, day: str, *more: str, lang: str = "vi") -> tuple[int, list[str]]:
    args = ("--plan", plan, "progress", "add", target, "--unit", "Bắc Sơn", "--date", day)
    result = cds("--lang", lang, *args, "--status", "done", *more)
    return result.exit_code, result.stderr.splitlines()


def _parts(plan: str, target: str, day: str) -> list[tuple[str, str]]:
    shown = json.loads(ok("--plan", plan, "show", target, "--as-of", day, "-f", "json"))
    return [(p["unit"], p["status"]) for p in shown["parts"]]


def _urged(day: str) -> list[str]:
    args = ("--plan", "2024", "remind", "--month", "1/2024", "--as-of", day, "-f", "json")
    return [
        letter["unit_id"]
        for letter in json.loads(ok(*args))
        if any(t["id"] == "I.2" for t in letter["targets"])
    ]


def test_the_old_plan_refuses_it_and_its_hint_records_it_in_the_new_one(workspace: Path) -> None:
    _carry()
    before = sorted(p.name for p in workspace.glob("plans/2023/progress/*.yaml"))
    assert _add("2023", "I.1", "20/12/2023") == (
        2,
        [
            "cds: lỗi: chỉ tiêu I.1 đã chuyển sang kế hoạch 2024 (chỉ tiêu I.2) ngày 31/12/2023: "
            "báo cáo ngày 20/12/2023 là báo cáo kỳ 15/12/2023–14/01/2024, kỳ của kế hoạch 2024 "
            "(kế hoạch 2024 nhận báo cáo của chỉ tiêu này từ 15/12/2023), nên không ghi vào kế "
            "hoạch này",
            "  gợi ý: ghi vào kế hoạch 2024, chỉ tiêu I.2: cds --plan 2024 progress add I.2 "
            f'--unit "{BAC_SON}" --status "hoàn thành" --date 20/12/2023 --id (báo cáo của kỳ '
            "trước, ngày đến hết 14/12/2023, mới ghi vào kế hoạch này)",
        ],
    )
    assert _add("2023", "I.1", "15/12/2023", "--force", lang="en") == (
        2,
        [
            "cds: error: target I.1 was carried over to plan 2024 (target I.2) on 31/12/2023: a "
            "report dated 15/12/2023 is the report for the period 15/12/2023–14/01/2024, a "
            "period of plan 2024 (it takes this target's reports from 15/12/2023), so it does "
            "not belong to this plan",
            "  hint: record it in plan 2024, target I.2: cds --plan 2024 progress add I.2 "
            f'--unit "{BAC_SON}" --status done --date 15/12/2023 --force --id (a report for an '
            "earlier period, dated 14/12/2023 or before, goes in this plan)",
        ],
    )
    assert sorted(p.name for p in workspace.glob("plans/2023/progress/*.yaml")) == before
    assert _urged("05/01/2024") == ["phuong-bac-son", "phuong-nam-son"]
    # the hint's command, as printed, records it in 2024: counted for 15/12/2023–14/01/2024
    _, lines = _add("2023", "I.1", "20/12/2023")
    command = shlex.split(lines[1].split(": ", 2)[2].split(" (", 1)[0])
    result = cds(*command[1:])
    assert (result.exit_code, result.stderr) == (0, "")
    assert _parts("2024", "I.2", "05/01/2024") == [
        ("phuong-bac-son", "done"),
        ("phuong-nam-son", "unreported"),
    ]
    assert _urged("05/01/2024") == ["phuong-nam-son"]
    assert cds("validate").exit_code == 0


def test_a_report_of_the_old_plans_last_window_stays_there_without_a_warning(
    workspace: Path,
) -> None:
    _carry()
    # 14/12/2023 answers 15/11–14/12/2023, the 2023 plan's last window; carry-over copies no
    # ongoing report, so there is no re-run to ask for (before: "chạy lại cds carry-over …")
    assert _add("2023", "I.1", "14/12/2023") == (0, [])
    assert _add("2023", "I.1", "14/12/2023", lang="en") == (0, [])
    assert _parts("2023", "I.1", "31/12/2023") == [
        ("phuong-bac-son", "done"),
        ("phuong-nam-son", "unreported"),
    ]
    assert _add("2024", "I.2", "14/12/2023")[0] == 2  # and 2024 sends it back to 2023
    assert cds("validate").exit_code == 0


def test_validate_flags_such_a_line_already_in_the_old_plan(workspace: Path) -> None:
    assert _add("2023", "I.1", "20/12/2023") == (0, [])  # before the carry-over: nothing knew
    _carry()
    path = "plans/2023/progress/phuong-bac-son.yaml"
    line = next(
        (n, text.index('"date"') + 9)
        for n, text in enumerate((workspace / path).read_text("utf-8").splitlines(), 1)
        if "2023-12-20" in text
    )
    for lang, said in (
        (
            "vi",
            [
                f"{path}:{line[0]}:{line[1]}: chỉ tiêu I.1 đã chuyển sang kế hoạch 2024 (chỉ "
                "tiêu I.2) ngày 31/12/2023: báo cáo ngày 20/12/2023 là báo cáo kỳ 15/12/2023–"
                "14/01/2024, kỳ của kế hoạch 2024 (kế hoạch 2024 nhận báo cáo của chỉ tiêu này "
                "từ 15/12/2023), nên không ghi vào kế hoạch này",
                "  gợi ý: báo cáo này thuộc kế hoạch 2024, chỉ tiêu I.2: ghi vào kế hoạch đó "
                "trước, rồi mới xóa dòng này: cds --plan 2024 progress add I.2 --id --unit "
                "phuong-bac-son --status "
                '"hoàn thành" --date 20/12/2023 (báo cáo của kỳ trước, ngày đến hết '
                "14/12/2023, thì sửa ngày cho đúng)",
            ],
        ),
        (
            "en",
            [
                f"{path}:{line[0]}:{line[1]}: target I.1 was carried over to plan 2024 (target "
                "I.2) on 31/12/2023: a report dated 20/12/2023 is the report for the period "
                "15/12/2023–14/01/2024, a period of plan 2024 (it takes this target's reports "
                "from 15/12/2023), so it does not belong to this plan",
                "  hint: this report belongs to plan 2024, target I.2: record it there first, "
                "then delete this line: cds --plan 2024 progress add I.2 --id --unit "
                "phuong-bac-son "
                "--status done --date 20/12/2023 (a report for an earlier period, dated "
                "14/12/2023 or before: correct its day)",
            ],
        ),
    ):
        result = cds("--lang", lang, "--plan", "2023", "validate")
        assert result.exit_code == 1
        lines = result.output.splitlines()
        at = lines.index(said[0])
        assert [lines[at], lines[at + 3]] == said
    # the hint's command, as printed, once the line is deleted: counted in 2024, valid
    command = shlex.split(said[1][said[1].index(" cds ") :].split(" (", 1)[0])
    text = (workspace / path).read_text("utf-8").splitlines(keepends=True)
    (workspace / path).write_text("".join(text[: line[0] - 1] + text[line[0] :]), "utf-8")
    result = cds(*command[1:])
    assert (result.exit_code, result.stderr) == (0, "")
    assert _parts("2024", "I.2", "05/01/2024") == [
        ("phuong-bac-son", "done"),
        ("phuong-nam-son", "unreported"),
    ]
    assert cds("validate").exit_code == 0


def test_a_december_form_row_is_refused_at_its_date_cell(workspace: Path) -> None:
    args = ("form", "--unit", "Bắc Sơn", "--month", "12/2023", "--as-of", "20/12/2023")
    ok("--plan", "2023", *args, "--out", "bs.xlsx")
    _carry()
    book = openpyxl.load_workbook("bs.xlsx")
    sheet = book["Phiếu báo cáo"]
    row = next(r[0].row for r in sheet.iter_rows(min_row=8) if r[1].value == "I.1")
    sheet.cell(row, 6).value, sheet.cell(row, 7).value = "Hoàn thành", "20/12/2023"
    book.save("bs.xlsx")
    before = sorted(p.name for p in workspace.glob("plans/*/progress/*.yaml"))
    result = cds("--plan", "2023", "progress", "import", "bs.xlsx")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"bs.xlsx:Phiếu báo cáo!G{row}: chỉ tiêu I.1 đã chuyển sang kế hoạch 2024 (chỉ tiêu "
        "I.2) ngày 31/12/2023: báo cáo ngày 20/12/2023 là báo cáo kỳ 15/12/2023–14/01/2024, kỳ "
        "của kế hoạch 2024 (kế hoạch 2024 nhận báo cáo của chỉ tiêu này từ 15/12/2023), nên "
        "không ghi vào kế hoạch này",
        f"  gợi ý: báo cáo của kỳ trước, ngày đến hết 14/12/2023: sửa ô Ngày báo cáo G{row} cho "
        "đúng, rồi nhập lại; báo cáo ngày 20/12/2023 thuộc kế hoạch 2024: xoá dòng này khỏi "
        "phiếu, nhập lại, rồi ghi bằng lệnh cds --plan 2024 progress add I.2 --id --unit "
        f'"{BAC_SON}" --status "hoàn thành" --date 20/12/2023',
    ]
    english = cds("--lang", "en", "--plan", "2023", "progress", "import", "bs.xlsx")
    assert english.exit_code == 1
    assert english.stderr.splitlines()[1] == (
        f"  hint: a report for an earlier period, dated 14/12/2023 or before: correct the Report "
        f"date cell G{row}, then import again; a report dated 20/12/2023 belongs to plan 2024: "
        "clear this row of the form, import again, then record it with cds --plan 2024 "
        f'progress add I.2 --id --unit "{BAC_SON}" --status done --date 20/12/2023'
    )
    assert sorted(p.name for p in workspace.glob("plans/*/progress/*.yaml")) == before
