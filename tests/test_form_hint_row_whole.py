"""A form import's hint names a new form only when `cds form` lists the target on it, and every
command it prints to record a row carries all the row holds (clerk21 F1, F7).

F1: a row added under the table for a target whose part the unit already finished was sent "or
ask for a new form that lists its target: cds form …", but the import reads no progress, so by
it every part looked unfinished; `cds form`, which does read it, lists no finished part. The
hint now asks `form_rows` with the progress `cds form` reads: no form lists it, so the hint
gives the `progress add` command alone, with "the unit's form for this period does not list
this target".

F7: a row of the 2024 plan's V.1 (carried from the 2023 plan's V.1 on 31/12/2023) dated
28/12/2023 is work of the 2023 plan; its hint's command there carried the status and date
alone: typed as printed, after the row was cleared from the form, its figures, note and
evidence were lost. It now carries them, as every other form hint's command does.

The workspace (test_carried_clerk.py `plans_workspace`): plans/2023 as `cds init` makes it,
plans/2024 imported from a Word appendix. Phòng Y tế's form for 12/2023 as of 01/12/2023, with
IV.8 reported done on 15/11/2023, lists the 12 other targets it owes: I.1 I.3 I.4 I.5 II.8 II.9
III.4 IV.6 IV.7 V.1 V.2 V.3 (rows 8–19; row 21 is under the table). After the carry-over of
31/12/2023, its 2024 form for 12/2024 as of 01/12/2024 lists 13 carried targets on rows 8–20:
I.2 I.4 I.5 I.6 II.8 II.9 III.4 IV.6 IV.7 IV.8 V.1 V.2 V.3; with IV.8 reported done on
15/11/2024, 12 (rows 8–19), V.1 on row 18.
"""

from __future__ import annotations

import datetime as dt
import json
import shlex
from pathlib import Path

import openpyxl
import pytest

from test_carried_clerk import plans_workspace as plans_workspace  # the fixture
from test_revise import cds, ok

SHEET = "Phiếu báo cáo"
UNIT = "Phòng Y tế"
DEC_2023 = ["I.1", "I.3", "I.4", "I.5", "II.8", "II.9", "III.4", "IV.6", "IV.7", "V.1", "V.2",
            "V.3"]  # fmt: skip
DEC_2024 = ["I.2", "I.4", "I.5", "I.6", "II.8", "II.9", "III.4", "IV.6", "IV.7", "V.1", "V.2",
            "V.3"]  # fmt: skip


def _form(plan: str, month: str, as_of: str, name: str = "yte.xlsx") -> str:
    ok("--plan", plan, "form", "--unit", UNIT, "--month", month, "--as-of", as_of, "--out", name)
    return name


def _fill(name: str, cells: dict[str, object], unprotect: bool = False) -> None:
    book = openpyxl.load_workbook(name)
    sheet = book[SHEET]
    if unprotect:  # Review › Unprotect Sheet (no password), to type under the table
        sheet.protection.sheet = False
    for address, value in cells.items():
        sheet[address] = value
    book.save(name)


def _codes(name: str) -> list[str]:
    sheet = openpyxl.load_workbook(name)[SHEET]
    return [str(v).split("\n")[0] for v in (sheet[f"B{r}"].value for r in range(8, 40)) if v]


def _refused(plan: str, name: str, lang: str) -> list[str]:
    result = cds("--plan", plan, "progress", "import", name, "--lang", lang)
    assert result.exit_code == 1, result.output
    return list(result.stderr.splitlines())


def _recorded(plan: str, target: str) -> list[tuple[object, ...]]:
    listed = json.loads(ok("--plan", plan, "progress", "list", target, "-f", "json"))
    return [
        (
            e["unit"],
            e["status"],
            e["date"],
            e["values"],
            e.get("counts", {}),
            e.get("note"),
            e.get("evidence", []),
        )
        for e in listed
    ]


def _added_row_hint(plan: str, year: str, record: str) -> None:
    """The form for 12/`year` as of 01/12/`year` lists no IV.8 (done 15/11): a row added
    under it for IV.8 on 05/12/`year` names no new form, and its command records it all."""
    ok("--plan", plan, "progress", "add", "IV.8", "--unit", UNIT, "--status", "hoàn thành",
       "--date", f"15/11/{year}", "--value", "population_with_health_record=85")  # fmt: skip
    name = _form(plan, f"12/{year}", f"01/12/{year}")
    row = {"B21": "IV.8", "F21": "Hoàn thành", "G21": dt.datetime(int(year), 12, 5), "I21": 90}
    row |= {"L21": "Đã cập nhật", "M21": "QĐ 15/YT"}
    _fill(name, row, unprotect=True)
    english = record.replace('"hoàn thành"', "done")
    assert _refused(plan, name, "vi") == [
        f"{name}:{SHEET}!B21: dòng 21 không phải dòng của phiếu (thêm dưới bảng): cds không đọc "
        "dòng này; không nhập tệp này",
        f"  gợi ý: ghi báo cáo ở dòng 21 bằng lệnh {record} (phiếu của đơn vị cho kỳ này không "
        "có chỉ tiêu này); rồi xoá dòng 21 khỏi phiếu và nhập lại",
    ]
    assert _refused(plan, name, "en") == [
        f"{name}:{SHEET}!B21: row 21 is not a row of the form (added under the table): cds does "
        "not read it; the file is not imported",
        f"  hint: record the report of row 21 with {english} (the unit's form for this period "
        "does not list this target); then clear row 21 of the form and import again",
    ]
    # the forms the hint tried, as `cds form` makes them: neither lists IV.8
    for day in ("01", "05"):
        tried = _form(plan, f"12/{year}", f"{day}/12/{year}", f"thu-{day}.xlsx")
        assert "IV.8" not in _codes(tried)
    done = cds(*shlex.split(record)[1:])  # as printed
    assert done.exit_code == 0, done.output
    assert [e for e in _recorded(plan, "IV.8") if e[2] == f"{year}-12-05"] == [
        (
            "phong-y-te",
            "done",
            f"{year}-12-05",
            {"population_with_health_record": 90.0},
            {},
            "Đã cập nhật",
            ["QĐ 15/YT"],
        )
    ]


def test_a_row_added_for_a_part_already_finished_names_no_form_2023(
    plans_workspace: Path,
) -> None:
    """The clerk21 F1 case: the hint named `cds --plan 2023 form … --month 12/2023 --as-of
    01/12/2023`, whose form lists the 12 targets of DEC_2023 and no IV.8."""
    assert _codes(_form("2023", "12/2023", "01/12/2023", "truoc.xlsx"))[9] == "IV.8"
    record = (
        'cds --plan 2023 progress add IV.8 --unit "Phòng Y tế" --status "hoàn thành" --date '
        '05/12/2023 --value "population_with_health_record=90" --note "Đã cập nhật" --evidence '
        '"QĐ 15/YT"'
    )
    _added_row_hint("2023", "2023", record)
    assert _codes(_form("2023", "12/2023", "01/12/2023", "sau.xlsx")) == DEC_2023


def test_a_row_added_for_a_part_already_finished_names_no_form_2024(
    plans_workspace: Path,
) -> None:
    """The same in the 2024 plan, on IV.8 carried from the 2023 plan: its commands name
    `--plan 2024`."""
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    assert "IV.8" in _codes(_form("2024", "12/2024", "01/12/2024", "truoc.xlsx"))
    record = (
        'cds --plan 2024 progress add IV.8 --unit "Phòng Y tế" --status "hoàn thành" --date '
        '05/12/2024 --value "population_with_health_record=90" --note "Đã cập nhật" --evidence '
        '"QĐ 15/YT"'
    )
    _added_row_hint("2024", "2024", record)
    assert _codes(_form("2024", "12/2024", "01/12/2024", "sau.xlsx")) == DEC_2024


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_row_of_the_plan_it_came_from_gets_a_command_with_all_it_holds(
    plans_workspace: Path, lang: str
) -> None:
    """V.1 of 2024 (2023's V.1) on 28/12/2023, 5 of 10, a note and evidence: the command to
    record it in the 2023 plan carries --value 5/10, --note and --evidence, and typed as
    printed records them there."""
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    name = _form("2024", "12/2024", "01/12/2024")
    assert _codes(name)[10] == "V.1"  # row 18
    row = {"F18": "Đang thực hiện", "G18": dt.datetime(2023, 12, 28), "J18": 5, "K18": 10}
    _fill(name, row | {"L18": "Đang rà soát", "M18": "KH 12/YT"})
    status = '"đang thực hiện"' if lang == "vi" else "in_progress"
    record = (
        f'cds --plan 2023 progress add V.1 --id --unit "Phòng Y tế" --status {status} --date '
        '28/12/2023 --value "systems_level_approved=5/10" --note "Đang rà soát" --evidence '
        '"KH 12/YT"'
    )
    said = _refused("2024", name, lang)
    if lang == "vi":
        assert said == [
            f"{name}:{SHEET}!G18: chỉ tiêu V.1 chuyển từ kế hoạch 2023 (chỉ tiêu V.1) vào kế "
            "hoạch này từ ngày 01/01/2024: báo cáo ngày 28/12/2023 thuộc kế hoạch 2023",
            "  gợi ý: việc đến hết 31/12/2023 thuộc kế hoạch 2023: xoá dòng này khỏi phiếu, nhập "
            f"lại, rồi ghi bằng lệnh {record}; việc từ 01/01/2024 trở đi: sửa ô Ngày báo cáo G18 "
            "thành ngày thật, rồi nhập lại",
        ]
    else:
        assert said[1] == (
            "  hint: work up to 31/12/2023 belongs to plan 2023: clear this row of the form, "
            f"import again, then record it with {record}; work from 01/01/2024 on: change the "
            "Report date cell G18 to the real day, then import again"
        )
    done = cds(*shlex.split(record)[1:])  # as printed
    assert done.exit_code == 0, done.output
    assert _recorded("2023", "V.1") == [
        (
            "phong-y-te",
            "in_progress",
            "2023-12-28",
            {"systems_level_approved": 50.0},
            {"systems_level_approved": [5, 10]},
            "Đang rà soát",
            ["KH 12/YT"],
        )
    ]
