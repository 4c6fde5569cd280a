"""An heir's return form (issue 16): the form names each part the unit answers for, and importing
a row that lowers a finished part warns as `cds progress add` does (progress/reopening.py).

The workspace of tests/test_heir_one_rule.py (plan 2024): I.2 led by UBND phường Bắc Sơn and UBND
phường Nam Sơn, due Tháng 11/2024; both wards merged into UBND phường Tam Điệp from 01/07/2025.
Bắc Sơn reported it done on 20/06/2025 (done late), Nam Sơn "in progress" on 21/06/2025. Tam
Điệp's form for 09/2025 as of 01/09/2025 lists I.2 (late: 30/11/2024 + 275 days = 01/09/2025) on
row 8 (the appendix's I.1 is the other units' part). Filling it "Đang thực hiện" on 05/09/2025
reopens Bắc Sơn's finished part: said under the row, naming Bắc Sơn's report of 20/06/2025.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from cds_tracker.cli import app
from test_heir_one_rule import workspace as workspace  # the fixture

runner = CliRunner()
FORM = ("form", "--unit", "Tam Điệp", "--month", "09/2025", "--as-of", "01/09/2025")


def cds(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--plan", "2024", *args])
    return result.exit_code, result.stdout, result.stderr


def make_form(folder: Path, *lang: str) -> Path:
    path = folder / f"f9{'-'.join(lang)}.xlsx"
    code, out, err = cds(*lang, *FORM, "--out", str(path))
    assert code == 0, out + err
    return path


def fill(path: Path, cells: dict[str, object]) -> None:
    book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    sheet = book.worksheets[0]
    for address, value in cells.items():
        sheet[address] = value
    book.save(path)


def cell(path: Path, address: str) -> object:
    return openpyxl.load_workbook(path).worksheets[0][address].value


def test_the_form_names_each_part_the_heir_answers_for(workspace: Path) -> None:
    # main: "Quá hạn (275 ngày)\nĐơn vị đã báo: Đang thực hiện (21/06/2025, do UBND phường Nam
    # Sơn báo cáo trước khi sáp nhập)": Bắc Sơn's finished part was not said
    path = make_form(workspace)
    assert cell(path, "B8") == "I.2"
    assert cell(path, "E8") == (
        "Quá hạn (275 ngày)\n"
        "(phần nhận thay UBND phường Bắc Sơn từ 01/07/2025: Hoàn thành trễ hạn, UBND phường Bắc "
        "Sơn báo cáo ngày 20/06/2025)\n"
        "(phần nhận thay UBND phường Nam Sơn từ 01/07/2025: Quá hạn, UBND phường Nam Sơn báo cáo "
        "ngày 21/06/2025)"
    )
    english = make_form(workspace, "--lang", "en")
    assert cell(english, "E8") == (
        "Late (275 days)\n"
        "(part of UBND phường Bắc Sơn, taken over from 01/07/2025: Done late, reported by UBND "
        "phường Bắc Sơn on 20/06/2025)\n"
        "(part of UBND phường Nam Sơn, taken over from 01/07/2025: Late, reported by UBND phường "
        "Nam Sơn on 21/06/2025)"
    )


VI_WARNING = (
    "    cảnh báo: UBND phường Bắc Sơn đã báo cáo hoàn thành chỉ tiêu I.2 ngày 20/06/2025; báo "
    "cáo này (Đang thực hiện) "
)


def test_importing_a_row_that_reopens_a_finished_part_warns(workspace: Path) -> None:
    # main: "  I.2 — ghi mới: Đang thực hiện, 05/09/2025" and nothing more, exit 0
    path = make_form(workspace)
    fill(path, {"F8": "Đang thực hiện", "G8": "05/09/2025"})
    code, out, err = cds("progress", "import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        "  I.2 — ghi mới: Đang thực hiện, 05/09/2025",
        VI_WARNING + "sẽ mở lại phần việc đã hoàn thành",
    ]
    code, out, err = cds("progress", "import", str(path))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("  I.2: ") and lines[0].endswith(
        " — ghi mới: Đang thực hiện, 05/09/2025"
    )
    entry_id = lines[0].removeprefix("  I.2: ").partition(" ")[0]
    assert lines[1] == (
        VI_WARNING + "mở lại phần việc đã hoàn thành. Đã ghi; nếu ghi nhầm và việc vẫn hoàn thành, "
        "sửa báo cáo này thành hoàn thành, ngày sai thì đổi cả --date (cds --plan 2024 progress "
        'add I.2 --id --unit phuong-tam-diep --status "hoàn thành" --date 05/09/2025 --corrects '
        f"{entry_id})"
    )
    # the words of `progress add` (tests/test_reopened_part.py), the finished part named


def test_in_english(workspace: Path) -> None:
    path = make_form(workspace, "--lang", "en")
    fill(path, {"F8": "In progress", "G8": "05/09/2025"})
    code, out, err = cds("--lang", "en", "progress", "import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        "  I.2 — new: In progress, 05/09/2025",
        "    warning: UBND phường Bắc Sơn reported target I.2 done on 20/06/2025; this report (In "
        "progress) would reopen that finished part",
    ]
    code, out, err = cds("--lang", "en", "progress", "import", str(path))
    assert (code, err) == (0, "")
    entry_id = out.splitlines()[0].removeprefix("  I.2: ").partition(" ")[0]
    assert out.splitlines()[1] == (
        "    warning: UBND phường Bắc Sơn reported target I.2 done on 20/06/2025; this report (In "
        "progress) reopens that finished part. Recorded; if it was a mistake and the work is still "
        "done, correct this report to done, and its --date too if that is wrong (cds --plan 2024 "
        "progress add I.2 --id --unit phuong-tam-diep --status done --date 05/09/2025 --corrects "
        f"{entry_id})"
    )


def test_a_row_that_reopens_nothing_gives_no_warning(workspace: Path) -> None:
    path = make_form(workspace)
    fill(path, {"F8": "Hoàn thành", "G8": "05/09/2025"})
    code, out, err = cds("progress", "import", str(path))
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 2  # the row and the file's line: no warning
    assert out.splitlines()[0].endswith(" — ghi mới: Hoàn thành, 05/09/2025")


def test_a_collective_s_forms_are_for_its_members_of_that_day(workspace: Path) -> None:
    # attack 11, a11-09: `form --unit "UBND các phường, xã"` took the catalog's members (Bắc
    # Sơn, Nam Sơn, not Tam Điệp): 0 forms, while Tam Điệp owes I.2 (late) on 01/09/2025 and
    # `remind --unit` (the members of that day, `Tracker.units_on`) urges it. Now one form.
    for lang, said in (
        ((), "Đã lập 1 phiếu báo cáo trong {}\n"),
        (("--lang", "en"), "Made 1 return form in {}\n"),
    ):
        out = workspace / f"forms{len(lang)}"
        args = ("form", "--unit", "UBND các phường, xã", *FORM[3:], "--out", str(out))
        assert cds(*lang, *args) == (0, said.format(out), "")
        assert sorted(p.name for p in out.iterdir()) == [
            "phieu-bao-cao-phuong-tam-diep-2025-09.xlsx"
        ]
