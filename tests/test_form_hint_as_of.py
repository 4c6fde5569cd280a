"""The `cds form` command a form import's hint prints makes, typed as printed, the form it
promises (clerk19 F1).

`cds form` makes a form as of today unless told `--as-of`. A form of the 2023 plan filled in
November 2023 and imported after the plan's targets were carried to 2024 on 31/12/2023 was
sent for a new form by a command without `--as-of`: typed in 2026 it made no form at all (the
unit owes the 2023 plan nothing today). The command now carries the form's own as-of day, or
the day the situation needs (a row added under the table: the day it reports), unless that is
today.

The workspace: plans/2023 as `cds init` makes it (the bundled appendix), plans/2024 imported
from a Word appendix (test_carried_clerk.py `plans_workspace`), carried over on
31/12/2023. Phòng Y tế's form for 10/2023 as of 01/10/2023 lists its 7 targets due by then
and unfinished: I.1, I.3, II.8, III.4, IV.7, V.1, V.2 (rows 8–14). I.4 and I.5 are due in
11/2023: on 05/11/2023 its form for 11/2023 lists those 7 and I.4, I.5, II.9, IV.6, IV.8, V.3.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import openpyxl
import pytest

from test_carried_clerk import plans_workspace as plans_workspace  # the fixture
from test_revise import cds, ok

SHEET = "Phiếu báo cáo"
UNIT = "Phòng Y tế"
OCTOBER = ["I.1", "I.3", "II.8", "III.4", "IV.7", "V.1", "V.2"]
NOVEMBER = ["I.1", "I.3", "I.4", "I.5", "II.8", "II.9", "III.4", "IV.6", "IV.7", "IV.8", "V.1",
            "V.2", "V.3"]  # fmt: skip


@pytest.fixture
def carried(plans_workspace: Path) -> Path:
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    return plans_workspace


def _form(name: str, month: str, as_of: str) -> str:
    ok("--plan", "2023", "form", "--unit", UNIT, "--month", month, "--as-of", as_of,
       "--out", name)  # fmt: skip
    return name


def _fill(name: str, cells: dict[str, object]) -> None:
    book = openpyxl.load_workbook(name)
    for address, value in cells.items():
        book[SHEET][address] = value
    book.save(name)


def _codes(name: str) -> list[str]:
    sheet = openpyxl.load_workbook(name)[SHEET]
    return [str(v).split("\n")[0] for v in (sheet[f"B{r}"].value for r in range(8, 40)) if v]


def _refused(name: str, lang: str) -> list[str]:
    result = cds("--plan", "2023", "progress", "import", name, "--lang", lang)
    assert result.exit_code == 1, result.output
    return list(result.stderr.splitlines())


def test_a_row_added_for_a_target_due_later_is_sent_for_the_form_that_lists_it(
    carried: Path,
) -> None:
    """I.4 added under October's table, reported 05/11/2023: the new form is November's as of
    that day — the form's own month and day list no I.4 — and typed as printed it is made,
    with I.4 on it. The command the hint gave before (no --as-of) makes none today."""
    name = _form("yte.xlsx", "10/2023", "01/10/2023")
    assert _codes(name) == OCTOBER
    _fill(name, {"B15": "I.4", "F15": "Đang thực hiện", "G15": "05/11/2023"})
    form = (
        'cds --plan 2023 form --unit "Phòng Y tế" --month 11/2023 --as-of 05/11/2023 --out '
        "phieu-phong-y-te.xlsx"
    )
    record = (
        'cds --plan 2023 progress add I.4 --unit "Phòng Y tế" --status "đang thực hiện" '
        "--date 05/11/2023"
    )
    assert _refused(name, "vi") == [
        f"{name}:{SHEET}!B15: dòng 15 không phải dòng của phiếu (thêm dưới bảng): cds không đọc "
        "dòng này; không nhập tệp này",
        f"  gợi ý: ghi báo cáo ở dòng 15 bằng lệnh {record}, hoặc xin phiếu mới có chỉ tiêu đó: "
        f"{form}; rồi xoá dòng 15 khỏi phiếu và nhập lại",
    ]
    assert _refused(name, "en") == [
        f"{name}:{SHEET}!B15: row 15 is not a row of the form (added under the table): cds does "
        "not read it; the file is not imported",
        "  hint: record the report of row 15 with "
        f"{record.replace(chr(34) + 'đang thực hiện' + chr(34), 'in_progress')}, or ask for a "
        f"new form that lists its target: {form}; then clear row 15 of the form and import again",
    ]
    made = cds(*shlex.split(form)[1:])  # as printed
    assert made.exit_code == 0, made.output
    assert (
        made.stdout == "Đã lập phiếu báo cáo của Phòng Y tế (13 chỉ tiêu): phieu-phong-y-te.xlsx\n"
    )
    assert _codes("phieu-phong-y-te.xlsx") == NOVEMBER
    before = cds(
        *shlex.split(form.replace(" --as-of 05/11/2023", "").replace(".xlsx", "-2.xlsx"))[1:]
    )
    assert (before.exit_code, Path("phieu-phong-y-te-2.xlsx").exists()) == (0, False)


def test_a_form_older_than_a_renamed_indicator_is_sent_for_a_form_of_its_own_day(
    carried: Path,
) -> None:
    """I.1's key renamed in the 2023 plan after October's form was made: the new form is
    October's as of the form's own 01/10/2023, which typed as printed is made with I.1's cell
    under the new key (as of today the 2023 plan asks Phòng Y tế nothing)."""
    name = _form("yte.xlsx", "10/2023", "01/10/2023")
    path = carried / "plans/2023/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    old = "- key: departments_providing_data\n"
    assert text.count(old) == 1
    path.write_text(text.replace(old, "- key: phong_cung_cap_du_lieu\n"), "utf-8")
    _fill(name, {"F8": "Hoàn thành", "G8": "25/10/2023", "J8": 4, "K8": 5})
    form = (
        'cds --plan 2023 form --unit "Phòng Y tế" --month 10/2023 --as-of 01/10/2023 --out '
        "phieu-phong-y-te.xlsx"
    )
    assert _refused(name, "vi")[1].startswith(
        f"  gợi ý: xin phiếu mới theo kế hoạch hiện nay: {form}, điền lại rồi nhập phiếu đó; "
    )
    assert _refused(name, "en")[1].startswith(
        f"  hint: ask for a new form made by the plan as it is now: {form}, fill it in and "
    )
    made = cds(*shlex.split(form)[1:])  # as printed
    assert made.exit_code == 0, made.output
    assert (
        made.stdout == "Đã lập phiếu báo cáo của Phòng Y tế (7 chỉ tiêu): phieu-phong-y-te.xlsx\n"
    )
    assert _codes("phieu-phong-y-te.xlsx") == OCTOBER
    _fill("phieu-phong-y-te.xlsx", {"F8": "Hoàn thành", "G8": "25/10/2023", "J8": 4, "K8": 5})
    imported = cds("--plan", "2023", "progress", "import", "phieu-phong-y-te.xlsx")
    assert imported.exit_code == 0, imported.output
    assert "phong_cung_cap_du_lieu" in ok("--plan", "2023", "progress", "list", "I.1", "-f", "json")
