"""A carried target's report dated before the first plan that had it began (a23-05).

2024's I.2 came from 2023's I.1; a report dated 15/03/2022 (a mistyped 2024) was said to
"belong to plan 2023", and the hint's command — `progress add`'s, a form's, `validate`'s "delete
this line and record it with cds --plan 2023 …" — was refused there in turn ("trước khi kế
hoạch năm 2023 bắt đầu"): the line, deleted first, was lost. Likewise a report on 2025's I.2,
carried from 2024's own I.1, dated in 2023: 2024 did not have it then. Now the date is said to
be before any plan that has the target, the hint says to check its year, and no plan is named
to send it to (progress/carried_away.py `_before_all`).
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from test_carry_units import EMPTY, _cell, _plan, _target
from test_revise import cds, ok


@pytest.fixture
def chain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """2023's I.1 (Phòng Y tế) carried into 2024 as I.2 (2025 is there, not carried into)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.delenv("CDS_LANG", raising=False)
    health, home = _cell("Phòng Y tế", "phong-y-te"), _cell("Phòng Nội vụ", "phong-noi-vu")
    justice = _cell("Phòng Tư pháp", "phong-tu-phap")
    _plan(tmp_path, 2023, [_target(1, "Số hóa sổ hộ tịch.", (EMPTY, health, EMPTY), "6/2023")])
    _plan(tmp_path, 2024, [_target(1, "Trợ lý ảo.", (EMPTY, home, EMPTY), "6/2024")])
    _plan(tmp_path, 2025, [_target(1, "Cổng dữ liệu.", (EMPTY, justice, EMPTY), "6/2025")])
    ok("carry-over", "--from", "2023", "--to", "2024", "--yes")
    return tmp_path


@pytest.fixture
def further(chain: Path) -> Path:
    """Then 2024's own I.1 (Phòng Nội vụ) and its I.2 carried into 2025 as I.2 and I.3."""
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    return chain


BEFORE = {
    "vi": [
        "cds: lỗi: báo cáo ngày 15/03/2022 có trước mọi kế hoạch có chỉ tiêu I.2: kế hoạch đầu "
        "tiên có chỉ tiêu này là kế hoạch 2023 (chỉ tiêu I.1), nhận báo cáo từ 15/12/2022",
        "  gợi ý: kiểm tra năm của ngày (dd/mm/yyyy): báo cáo của chỉ tiêu này ghi ngày từ "
        "15/12/2022 trở đi, và kế hoạch này nhận từ 01/01/2024",
    ],
    "en": [
        "cds: error: a report dated 15/03/2022 is before any plan that has target I.2: the "
        "first to have it is plan 2023 (target I.1), which takes reports from 15/12/2022",
        "  hint: check the year of the date (dd/mm/yyyy): this target's reports are dated "
        "15/12/2022 or later, and this plan takes them from 01/01/2024",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_progress_add_says_no_plan_has_the_target_then(chain: Path, lang: str) -> None:
    said = cds("--lang", lang, "--plan", "2024", "progress", "add", "I.2", "--unit",
               "Phòng Y tế", "--status", "đang thực hiện", "--date", "15/03/2022")  # fmt: skip
    assert (said.exit_code, said.output.splitlines()) == (2, BEFORE[lang])
    assert list(chain.glob("plans/*/progress/phong-y-te.yaml")) == []
    # the year corrected, as the hint says: recorded
    ok("--plan", "2024", "progress", "add", "I.2", "--unit", "Phòng Y tế", "--status",
       "đang thực hiện", "--date", "15/03/2024")  # fmt: skip


OWN = {
    "vi": [
        "cds: lỗi: báo cáo ngày 15/06/2023 có trước mọi kế hoạch có chỉ tiêu I.2: kế hoạch đầu "
        "tiên có chỉ tiêu này là kế hoạch 2024 (chỉ tiêu I.1), nhận báo cáo từ 15/12/2023",
        "  gợi ý: kiểm tra năm của ngày (dd/mm/yyyy): báo cáo của chỉ tiêu này ghi ngày từ "
        "15/12/2023 trở đi, và kế hoạch này nhận từ 01/01/2025",
    ],
    "en": [
        "cds: error: a report dated 15/06/2023 is before any plan that has target I.2: the "
        "first to have it is plan 2024 (target I.1), which takes reports from 15/12/2023",
        "  hint: check the year of the date (dd/mm/yyyy): this target's reports are dated "
        "15/12/2023 or later, and this plan takes them from 01/01/2025",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_copy_of_a_plans_own_target_dated_before_that_plan(further: Path, lang: str) -> None:
    """2025's I.2 came from 2024's own I.1: 15/06/2023 was sent to 2024, which began on
    15/12/2023 and refused it in turn."""
    said = cds("--lang", lang, "--plan", "2025", "progress", "add", "I.2", "--unit",
               "Phòng Nội vụ", "--status", "đang thực hiện", "--date", "15/06/2023")  # fmt: skip
    assert (said.exit_code, said.output.splitlines()) == (2, OWN[lang])
    # a day 2024 holds it is still sent there, by a command that records it
    said = cds("--plan", "2025", "progress", "add", "I.2", "--unit", "Phòng Nội vụ", "--status",
               "đang thực hiện", "--date", "15/06/2024")  # fmt: skip
    assert said.exit_code == 2
    assert "cds --plan 2024 progress add I.1" in said.output.splitlines()[1]


LINE = (
    '- {"id": "aaaaaaaaaaaa", "target": "I.2", "unit": "phong-y-te", "status": "in_progress", '
    '"date": "2022-03-15", "written": "2024-03-15T00:00:00+00:00"}\n'
)
CHECKED = {
    "vi": [
        "plans/2024/progress/phong-y-te.yaml:1:98: báo cáo ngày 15/03/2022 có trước mọi kế hoạch "
        "có chỉ tiêu I.2: kế hoạch đầu tiên có chỉ tiêu này là kế hoạch 2023 (chỉ tiêu I.1), "
        "nhận báo cáo từ 15/12/2022",
        "  gợi ý: kiểm tra năm của ngày ở dòng này (dd/mm/yyyy) rồi sửa cho đúng: báo cáo của "
        "chỉ tiêu này ghi ngày từ 15/12/2022 trở đi, và kế hoạch này nhận từ 01/01/2024",
        "1 lỗi trong 1 tệp (đã kiểm tra 3 tệp).",
    ],
    "en": [
        "plans/2024/progress/phong-y-te.yaml:1:98: a report dated 15/03/2022 is before any plan "
        "that has target I.2: the first to have it is plan 2023 (target I.1), which takes "
        "reports from 15/12/2022",
        "  hint: check the year of this line's date (dd/mm/yyyy) and correct it: this target's "
        "reports are dated 15/12/2022 or later, and this plan takes them from 01/01/2024",
        "1 problem in 1 file (3 files checked).",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_validate_says_check_the_year_never_delete_the_line(chain: Path, lang: str) -> None:
    path = chain / "plans/2024/progress/phong-y-te.yaml"
    path.write_text(LINE, encoding="utf-8")
    said = cds("--lang", lang, "validate", "plans/2023", "plans/2024")
    lines = [line for line in said.output.splitlines() if not re.match(r"  [ 0-9]+ \|", line)]
    assert (said.exit_code, lines) == (1, CHECKED[lang])
    path.write_text(LINE.replace("2022-03-15", "2024-03-15"), encoding="utf-8")  # corrected
    assert cds("validate", "plans/2023", "plans/2024").exit_code == 0


FORM = {
    "vi": [
        "yt.xlsx: 1 lỗi, không ghi mục nào từ tệp này",
        "yt.xlsx:Phiếu báo cáo!G8: báo cáo ngày 15/03/2022 có trước mọi kế hoạch có chỉ tiêu "
        "I.2: kế hoạch đầu tiên có chỉ tiêu này là kế hoạch 2023 (chỉ tiêu I.1), nhận báo cáo từ "
        "15/12/2022",
        "  gợi ý: kiểm tra năm ở ô Ngày báo cáo G8 (dd/mm/yyyy): sửa thành ngày thật, từ "
        "15/12/2022 trở đi, rồi nhập lại",
    ],
    "en": [
        "yt.xlsx: 1 problem, nothing written from this file",
        "yt.xlsx:Phiếu báo cáo!G8: a report dated 15/03/2022 is before any plan that has target "
        "I.2: the first to have it is plan 2023 (target I.1), which takes reports from "
        "15/12/2022",
        "  hint: check the year in the Report date cell G8 (dd/mm/yyyy): change it to the real "
        "day, 15/12/2022 or later, then import again",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_forms_row_is_told_to_check_the_year(chain: Path, lang: str) -> None:
    ok("--plan", "2024", "form", "--unit", "Phòng Y tế", "--month", "12/2024", "--as-of",
       "01/03/2024", "--out", "yt.xlsx")  # fmt: skip
    book = openpyxl.load_workbook("yt.xlsx")
    sheet = book["Phiếu báo cáo"]
    assert sheet["B8"].value.startswith("I.2")
    sheet["F8"], sheet["G8"] = "Đang thực hiện", "15/03/2022"
    book.save("yt.xlsx")
    said = cds("--lang", lang, "--plan", "2024", "progress", "import", "yt.xlsx")
    assert (said.exit_code, said.output.splitlines()) == (1, FORM[lang])
    sheet["G8"] = "15/03/2024"  # the year corrected, as the hint says
    book.save("yt.xlsx")
    assert cds("--plan", "2024", "progress", "import", "yt.xlsx").exit_code == 0
