"""A filled return form's row that `build_entry` (the checks of `cds progress add`) refuses is
said with a hint the clerk filling the form in Excel can follow: the cell to change, the row to
clear, or the command that is the only way — never `progress add`'s --date, --force, --id alone
(progress/form_refusals.py). Nothing is written from the file (exit 1).

The workspace of test_revise.py after `import sua-doi.docx --revise --on 20/03/2024`: plan 2024
began 15/12/2023; I.2 (Phòng Nội vụ, Tháng 6/2024) annulled from 20/03/2024; I.9 (Văn phòng
HĐND và UBND thành phố, Tháng 12/2024) added from 20/03/2024; 2023's I.1 carried to 2024's I.4
on 31/12/2023; II.3 (Văn phòng, ongoing). Each form's first row is row 8 (F8 status, G8 date).
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from test_revise import cds, ok
from test_revise import workspace as workspace  # the fixture
from test_revise_lifted import lifted as lifted  # the fixture
from test_revision_added import revised as revised  # the fixture

SHEET = "Phiếu báo cáo"
OFFICE = "Văn phòng HĐND và UBND thành phố"


def _form(plan: str, unit: str, month: str, as_of: str, cells: dict[str, str]) -> str:
    name = f"{unit.split()[-1].lower()}-{month.replace('/', '-')}.xlsx"
    ok("--plan", plan, "form", "--unit", unit, "--month", month, "--as-of", as_of, "--out", name)
    book = openpyxl.load_workbook(name)
    for address, value in cells.items():
        book[SHEET][address] = value
    book.save(name)
    return name


def _progress(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.glob("plans/*/progress/*.yaml"))}


def _typed(command: str) -> list[str]:
    """The hint's command as a clerk types it: word for word, the row's status in it."""
    return shlex.split(command)[1:]


def _refused(folder: Path, plan: str, form: str, lang: str) -> Any:
    before = _progress(folder)
    result = cds("--plan", plan, "progress", "import", form, "--lang", lang)
    assert result.exit_code == 1, result.output
    done = ("{f}: 1 lỗi, không ghi mục nào từ tệp này", "{f}: 1 problem, nothing written from "
            "this file")[lang == "en"]  # fmt: skip
    assert result.stdout == done.format(f=form) + "\n"
    assert _progress(folder) == before  # nothing written
    return result.stderr.splitlines()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_day_before_the_plan_began(revised: Path, lang: str) -> None:
    form = _form("2024", "Phòng Nội vụ", "06/2024", "10/03/2024", {"F8": "Đang thực hiện",
                 "G8": "15/06/2023"})  # fmt: skip
    said = {
        "vi": [
            f"{form}:{SHEET}!G8: ngày 15/06/2023 trước khi kế hoạch năm 2024 bắt đầu (15/12/2023)",
            "  gợi ý: sửa ô Ngày báo cáo G8 thành ngày từ 15/12/2023 trở đi (kiểm tra năm, "
            "dd/mm/yyyy), rồi nhập lại; việc của kế hoạch năm khác thì xoá dòng này khỏi phiếu",
        ],
        "en": [
            f"{form}:{SHEET}!G8: 15/06/2023 is before the 2024 plan began (15/12/2023)",
            "  hint: change the Report date cell G8 to 15/12/2023 or later (check the year, "
            "dd/mm/yyyy), then import again; work of another year's plan: clear this row of the "
            "form",
        ],
    }
    assert _refused(revised, "2024", form, lang) == said[lang]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_day_before_a_revision_added_the_target(revised: Path, lang: str) -> None:
    form = _form("2024", OFFICE, "12/2024", "01/04/2024", {})
    assert openpyxl.load_workbook(form)[SHEET]["B12"].value.split("\n")[0] == "I.9"
    book = openpyxl.load_workbook(form)
    book[SHEET]["F12"], book[SHEET]["G12"] = "Đang thực hiện", "10/03/2024"
    book.save(form)
    said = {
        "vi": [  # at the date cell: it was the status cell
            f"{form}:{SHEET}!G12: báo cáo ngày 10/03/2024 cho chỉ tiêu I.9, mà bản điều chỉnh "
            "chỉ thêm chỉ tiêu này từ 20/03/2024",
            "  gợi ý: chỉ tiêu I.9 có trong kế hoạch từ 20/03/2024: sửa ô Ngày báo cáo G12 thành "
            "ngày từ 20/03/2024 trở đi, rồi nhập lại; việc làm trước ngày đó thì xoá dòng này "
            "khỏi phiếu",
        ],
        "en": [
            f"{form}:{SHEET}!G12: entry dated 10/03/2024 on target I.9, which a revision added "
            "only from 20/03/2024",
            "  hint: target I.9 is in the plan from 20/03/2024: change the Report date cell G12 "
            "to 20/03/2024 or later, then import again; for work done before that day, clear "
            "this row of the form",
        ],
    }
    assert _refused(revised, "2024", form, lang) == said[lang]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_day_after_the_target_was_annulled(revised: Path, lang: str) -> None:
    """The form made before the revision still lists I.2; the hint's command is the only way
    to record the report anyway, and it works."""
    form = _form("2024", "Phòng Nội vụ", "06/2024", "10/03/2024", {"F8": "Đang thực hiện",
                 "G8": "25/03/2024"})  # fmt: skip
    status = '"đang thực hiện"' if lang == "vi" else "in_progress"  # as the clerk picked it
    command = (  # plans kept in folders by year: the command names the form's plan
        f'cds --plan 2024 progress add I.2 --id --unit "Phòng Nội vụ" --status {status} '
        "--date 25/03/2024 --force"
    )
    said = {
        "vi": [  # at the date cell: it was the status cell
            f"{form}:{SHEET}!G8: chỉ tiêu I.2 đã bãi bỏ từ 20/03/2024: không cần báo cáo nữa",
            "  gợi ý: việc làm trước khi bãi bỏ: sửa ô Ngày báo cáo G8 thành ngày trước "
            "20/03/2024, rồi nhập lại; nếu không, xoá dòng này khỏi phiếu (chỉ tiêu không cần "
            f"báo cáo nữa); vẫn muốn ghi: {command} (đánh dấu là ghi ép)",
        ],
        "en": [
            f"{form}:{SHEET}!G8: target I.2 is annulled from 20/03/2024: it needs no more reports",
            "  hint: work done before the annulment: change the Report date cell G8 to a day "
            "before 20/03/2024, then import again; otherwise clear this row of the form (the "
            f"target needs no more reports); to record it anyway: {command} (marked as forced)",
        ],
    }
    assert _refused(revised, "2024", form, lang) == said[lang]
    ok(*_typed(command))  # the way the hint names
    fixed = openpyxl.load_workbook(form)
    fixed[SHEET]["G8"] = "19/03/2024"  # or the day changed as the hint says
    fixed.save(form)
    ok("--plan", "2024", "progress", "import", form)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_day_after_the_target_was_carried_to_the_next_plan(revised: Path, lang: str) -> None:
    form = _form("2023", "Phòng Văn hóa và Thông tin", "12/2023", "20/12/2023",
                 {"F8": "Đang thực hiện", "G8": "05/01/2024"})  # fmt: skip
    status = '"đang thực hiện"' if lang == "vi" else "in_progress"
    command = (
        'cds --plan 2024 progress add I.4 --id --unit "Phòng Văn hóa và Thông tin" --status '
        f"{status} --date 05/01/2024"
    )
    said = {
        "vi": [
            f"{form}:{SHEET}!G8: chỉ tiêu I.1 đã chuyển sang kế hoạch 2024 (chỉ tiêu I.4) ngày "
            "31/12/2023: báo cáo ngày 05/01/2024 không ghi vào kế hoạch này nữa",
            "  gợi ý: việc xong đến hết 31/12/2023: sửa ô Ngày báo cáo G8 thành ngày xong thật, "
            "rồi nhập lại; việc sau đó thuộc kế hoạch 2024: xoá dòng này khỏi phiếu, nhập lại, "
            f"rồi ghi bằng lệnh {command}",
        ],
        "en": [
            f"{form}:{SHEET}!G8: target I.1 was carried over to plan 2024 (target I.4) on "
            "31/12/2023: a report dated 05/01/2024 no longer belongs to this plan",
            "  hint: work finished by 31/12/2023: change the Report date cell G8 to the real "
            "day, then import again; work after it belongs to plan 2024: clear this row of the "
            f"form, import again, then record it with {command}",
        ],
    }
    assert _refused(revised, "2023", form, lang) == said[lang]
    ok(*_typed(command))  # the way the hint names


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_row_imported_again_with_an_earlier_day(revised: Path, lang: str) -> None:
    """The row's first import is its entry (II.3, Đang thực hiện, 15/03/2024); the form again,
    its row saying the same but dated 10/03/2024, is the unit's report date corrected (a16_03:
    it was called a row of an old copy and skipped, and no command could record the earlier
    day): v2, correcting v1, dated 10/03/2024. Exit 0, no warning (saved after v1)."""
    form = _form("2024", OFFICE, "04/2024", "01/04/2024", {"F8": "Đang thực hiện",
                 "G8": "15/03/2024"})  # fmt: skip
    ok("--plan", "2024", "progress", "import", form)
    book = openpyxl.load_workbook(form)
    book[SHEET]["G8"] = "10/03/2024"
    book.save(form)
    (first,) = re.findall(
        r'"id": "(\w+v1z[0-9a-f]{6})", "target": "II.3"',
        b"".join(_progress(revised).values()).decode(),
    )
    result = cds("--plan", "2024", "progress", "import", form, "--lang", lang)
    text = b"".join(_progress(revised).values()).decode()
    (second,) = re.findall(r'"id": "(\w+v2z[0-9a-f]{6})", "target": "II.3"', text)
    out = "plans/2024/progress/van-phong.yaml"
    said = {
        "vi": [
            f"  II.3 (II.2 (2023)): {second} — đính chính {first}: Đang thực hiện, 10/03/2024",
            f"{form}: đã ghi 1 mục vào {out}",
        ],
        "en": [
            f"  II.3 (II.2 (2023)): {second} — corrects {first}: In progress, 10/03/2024",
            f"{form}: wrote 1 entry to {out}",
        ],
    }
    assert (result.exit_code, result.stdout.splitlines(), result.stderr) == (0, said[lang], "")
    assert '"date": "2024-03-10"' in text and f'"corrects": "{first}"' in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_day_in_the_future(revised: Path, lang: str) -> None:
    form = _form("2024", OFFICE, "04/2024", "01/04/2024", {"F8": "Đang thực hiện",
                 "G8": "01/01/2999"})  # fmt: skip
    said = {
        "vi": [
            f"{form}:{SHEET}!G8: ngày 01/01/2999 ở tương lai; báo cáo việc đã làm",
            "  gợi ý: sửa ô Ngày báo cáo G8 thành ngày hôm nay hoặc trước đó (ngày việc đã "
            "làm), rồi nhập lại; việc chưa làm thì xoá dòng này khỏi phiếu",
        ],
        "en": [
            f"{form}:{SHEET}!G8: 01/01/2999 is in the future; report what has happened",
            "  hint: change the Report date cell G8 to today or earlier (the day the work was "
            "done), then import again; for work not done yet, clear this row of the form",
        ],
    }
    assert _refused(revised, "2024", form, lang) == said[lang]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_file_that_is_no_workbook(revised: Path, lang: str) -> None:
    (revised / "phieu.xlsx").write_bytes(b"not a workbook")
    said = {
        "vi": [
            "phieu.xlsx: không đọc được, không phải tệp Excel (.xlsx)",
            "  gợi ý: nhập tệp .xlsx do cds form lập và đơn vị điền: nếu tệp đã được lưu bằng "
            "chương trình khác, mở bằng Excel, chọn Tệp › Lưu thành (File › Save As), kiểu Sổ "
            "làm việc Excel (.xlsx), rồi nhập tệp đó; tệp hỏng thì xin đơn vị gửi lại",
        ],
        "en": [
            "phieu.xlsx: cannot be read: not an Excel file (.xlsx)",
            "  hint: import the .xlsx file cds form made and the unit filled in: if it was saved "
            "by another program, open it in Excel, choose File › Save As, type Excel Workbook "
            "(.xlsx), then import that file; a damaged file: ask the unit to send it again",
        ],
    }
    assert _refused(revised, "2024", "phieu.xlsx", lang) == said[lang]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_day_while_the_target_was_annulled_for_a_time(lifted: Path, lang: str) -> None:
    """test_revise_lifted.py's plan: I.2 (Phòng Y tế, Tháng 9/2024) annulled 20/03/2024 and
    listed again from 10/06/2024; the form made after that lists it, dated in the window."""
    form = _form("2024", "Phòng Y tế", "09/2024", "01/07/2024", {"F8": "Hoàn thành",
                 "G8": "01/04/2024"})  # fmt: skip
    status = '"hoàn thành"' if lang == "vi" else "done"
    command = (
        f'cds --plan 2024 progress add I.2 --id --unit "Phòng Y tế" --status {status} --date '
        "01/04/2024 --force"
    )
    said = {
        "vi": [
            f"{form}:{SHEET}!G8: chỉ tiêu I.2 bị bãi bỏ từ 20/03/2024 đến 09/06/2024 (áp dụng "
            "lại từ 10/06/2024): ngày 01/04/2024 nằm trong thời gian bãi bỏ",
            "  gợi ý: sửa ô Ngày báo cáo G8 thành ngày trước 20/03/2024 hoặc từ 10/06/2024, rồi "
            "nhập lại; nếu không, xoá dòng này khỏi phiếu; vẫn muốn ghi: "
            f"{command} (đánh dấu là ghi ép)",
        ],
        "en": [
            f"{form}:{SHEET}!G8: target I.2 was annulled from 20/03/2024 to 09/06/2024 (in force "
            "again from 10/06/2024): 01/04/2024 falls while it was annulled",
            "  hint: change the Report date cell G8 to a day before 20/03/2024 or from "
            "10/06/2024, then import again; otherwise clear this row of the form; to record it "
            f"anyway: {command} (marked as forced)",
        ],
    }
    assert _refused(lifted, "2024", form, lang) == said[lang]
    ok(*_typed(command))  # the way the hint names
