"""A report on a carried copy annulled from its first day in the new plan (a23-10).

2024's I.1 was carried into 2025 as I.2, then finished in 2024 by the carry day: carry-over
annulled the copy from 01/01/2025, its first day there. A report on it dated 05/12/2025 was
told "việc đã làm trước khi bãi bỏ thì ghi ngày trước 01/01/2025", and every such day was
refused by the same plan ("thuộc kế hoạch 2024"); a form's row looped the same way. Now the
refusal says the target was withdrawn from this plan from its first day because it was finished
in plan 2024 (the reason carry-over wrote in `cancelled_reason`), and the hint points to 2024's
command for work up to 31/12/2024 only (progress/cancelled_entry.py `_from_start`).
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import openpyxl
import pytest

from test_carry_units import EMPTY, _cell, _plan, _target
from test_revise import cds, ok


@pytest.fixture
def withdrawn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """2024's I.1 (Phòng Y tế and Phòng Tư pháp) carried into 2025 as I.2 with Tư pháp's part
    open; a form of Tư pháp made for 12/2025; Tư pháp's part then finished on 20/12/2024 and
    carry-over run again: 2025's I.2 annulled from 01/01/2025."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.delenv("CDS_LANG", raising=False)
    both = _cell("Phòng Y tế, Phòng Tư pháp", "phong-y-te", "phong-tu-phap")
    home = _cell("Phòng Nội vụ", "phong-noi-vu")
    _plan(tmp_path, 2024, [_target(1, "Số hóa sổ hộ tịch.", (EMPTY, both, EMPTY), "6/2024")])
    _plan(tmp_path, 2025, [_target(1, "Trợ lý ảo.", (EMPTY, home, EMPTY), "6/2025")])
    ok("--plan", "2024", "progress", "add", "I.1", "--unit", "phong-y-te", "--status",
       "hoàn thành", "--date", "15/08/2024")  # fmt: skip
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    ok("--plan", "2025", "form", "--unit", "Phòng Tư pháp", "--month", "12/2025", "--as-of",
       "01/12/2025", "--out", "tp.xlsx")  # fmt: skip
    ok("--plan", "2024", "progress", "add", "I.1", "--unit", "phong-tu-phap", "--status",
       "hoàn thành", "--date", "20/12/2024")  # fmt: skip
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    return tmp_path


ADD = ("--plan", "2025", "progress", "add", "I.2", "--id", "--unit", "Phòng Tư pháp",
       "--status", "hoàn thành", "--date", "05/12/2025")  # fmt: skip
REFUSED = {
    "vi": [
        "cds: lỗi: chỉ tiêu I.2 (chuyển từ kế hoạch 2024, chỉ tiêu I.1) đã rút khỏi kế hoạch "
        "này ngay từ ngày đầu, 01/01/2025, vì đã hoàn thành ở kế hoạch 2024 trước ngày chuyển "
        "(lý do ghi ở `cancelled_reason`): không cần báo cáo ở kế hoạch này",
        "  gợi ý: việc làm đến hết 31/12/2024 thuộc kế hoạch 2024, chỉ tiêu I.1: cds --plan "
        "2024 progress add I.1 …; việc sau đó không cần báo cáo; vẫn muốn ghi vào kế hoạch "
        "này: --force",
    ],
    "en": [
        "cds: error: target I.2 (carried from plan 2024, target I.1) was withdrawn from this "
        "plan from its first day, 01/01/2025, as it was finished in plan 2024 before the "
        "carry-over (the reason is in `cancelled_reason`): it needs no reports in this plan",
        "  hint: work done by 31/12/2024 belongs to plan 2024, target I.1: cds --plan 2024 "
        "progress add I.1 …; later work needs no report; to record it in this plan anyway: "
        "--force",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_progress_add_says_why_and_never_asks_for_a_day_this_plan_refuses(
    withdrawn: Path, lang: str
) -> None:
    path = withdrawn / "plans/2025/progress/phong-tu-phap.yaml"
    before = path.read_text("utf-8") if path.exists() else ""
    said = cds("--lang", lang, *ADD)
    assert (said.exit_code, said.output.splitlines()) == (2, REFUSED[lang])
    assert (path.read_text("utf-8") if path.exists() else "") == before  # nothing written
    # the plan it names takes work up to 31/12/2024, as the hint says
    ok("--plan", "2024", "progress", "add", "I.1", "--id", "--unit", "Phòng Tư pháp",
       "--status", "hoàn thành", "--date", "28/12/2024")  # fmt: skip
    # and --force records it here, marked forced
    ok(*ADD, "--force")
    entry = json.loads(path.read_text("utf-8").splitlines()[-1][2:])
    assert (entry["target"], entry["date"], entry["forced"]) == ("I.2", "2025-12-05", True)


def test_annulled_from_the_first_day_for_another_reason(withdrawn: Path) -> None:
    """An annulment from the first day whose reason is not carry-over's (a revision's, one
    written by hand) is not said to be a finished target: the same hint, the plain reason."""
    path = withdrawn / "plans/2025/phu_luc_01.yaml"
    text = path.read_text("utf-8")
    start = text.index("cancelled_reason:")
    end = text.index("\n", start)
    path.write_text(text[:start] + "cancelled_reason: bỏ theo Kế hoạch 99" + text[end:], "utf-8")
    said = cds("--lang", "en", *ADD)
    assert said.exit_code == 2
    assert said.output.splitlines()[0] == (
        "cds: error: target I.2 (carried from plan 2024, target I.1) is annulled in this plan "
        "from its first day, 01/01/2025: it needs no reports in this plan"
    )
    assert said.output.splitlines()[1] == REFUSED["en"][1]


FORM = {
    "vi": [
        "tp.xlsx: 1 lỗi, không ghi mục nào từ tệp này",
        "tp.xlsx:Phiếu báo cáo!G8: chỉ tiêu I.2 (chuyển từ kế hoạch 2024, chỉ tiêu I.1) đã rút "
        "khỏi kế hoạch này ngay từ ngày đầu, 01/01/2025, vì đã hoàn thành ở kế hoạch 2024 trước "
        "ngày chuyển (lý do ghi ở `cancelled_reason`): không cần báo cáo ở kế hoạch này",
        "  gợi ý: việc làm đến hết 31/12/2024 thuộc kế hoạch 2024, chỉ tiêu I.1 (cds --plan "
        "2024 progress add I.1 …); việc sau đó không cần báo cáo: xoá dòng này khỏi phiếu, rồi "
        "nhập lại; vẫn muốn ghi vào kế hoạch này: cds --plan 2025 progress add I.2 --id --unit "
        '"Phòng Tư pháp" --status "hoàn thành" --date 05/12/2025 --force (đánh dấu là ghi ép)',
    ],
    "en": [
        "tp.xlsx: 1 problem, nothing written from this file",
        "tp.xlsx:Phiếu báo cáo!G8: target I.2 (carried from plan 2024, target I.1) was "
        "withdrawn from this plan from its first day, 01/01/2025, as it was finished in plan "
        "2024 before the carry-over (the reason is in `cancelled_reason`): it needs no reports in "
        "this plan",
        "  hint: work done by 31/12/2024 belongs to plan 2024, target I.1 (cds --plan 2024 "
        "progress add I.1 …); later work needs no report: clear this row of the form, then "
        "import again; to record it in this plan anyway: cds --plan 2025 progress add I.2 --id "
        '--unit "Phòng Tư pháp" --status done --date 05/12/2025 --force (marked as forced)',
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_forms_row_is_told_to_clear_it_not_to_redate_it(withdrawn: Path, lang: str) -> None:
    book = openpyxl.load_workbook("tp.xlsx")
    sheet = book["Phiếu báo cáo"]
    assert sheet["B8"].value.startswith("I.2")
    sheet["F8"], sheet["G8"] = "Hoàn thành", "05/12/2025"
    book.save("tp.xlsx")
    said = cds("--lang", lang, "--plan", "2025", "progress", "import", "tp.xlsx")
    assert (said.exit_code, said.output.splitlines()) == (1, FORM[lang])
    # its --force command, typed as printed, records it
    command = said.output.splitlines()[2].split("cds ")[-1].partition(" (")[0]
    assert cds(*shlex.split(command)).exit_code == 0
