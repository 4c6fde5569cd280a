"""A unit is urged only for what it still owes (a clerk's trial of issue 16, plan 2024).

The 2024 plan (a Word table without a directing column), the wards Bắc Sơn and Nam Sơn merged
into Tam Điệp on 01/07/2025:
- I.1 led by Phòng VH&TT (Tháng 6/2024); the city's departments cooperate;
- I.2 led by "UBND các phường, xã" (9 wards and communes, Quý III/2024, due 30/09/2024); Phòng
  VH&TT and Phòng Tư pháp cooperate;
- I.3 led by Bắc Sơn and Nam Sơn (Tháng 10/2024); Phòng Tư pháp cooperates.
Reports: Nam Sơn I.2 done 15/09/2024; Bắc Sơn I.3 done 20/10/2024; Nam Sơn I.3 in progress
25/10/2024. Every figure below is counted by hand from these.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from heir_plan import import_2024

runner = CliRunner()
ROWS = [
    "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ",
    ("1", "100% các phòng, đơn vị cập nhật dữ liệu dùng chung.", "Phòng VH&TT",
     "Các phòng, đơn vị thuộc UBND thành phố", "Tháng 6/2024", ""),
    ("2", "100% UBND các phường, xã số hóa hồ sơ thủ tục hành chính.", "UBND các phường, xã",
     "Phòng VH&TT; Phòng Tư pháp", "Quý III/2024", ""),
    ("3", "Số hóa sổ hộ tịch của phường Bắc Sơn và phường Nam Sơn.",
     "UBND phường Bắc Sơn; UBND phường Nam Sơn", "Phòng Tư pháp", "Tháng 10/2024", ""),
]  # fmt: skip


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--plan", "2024", *args])


def ok(*args: str) -> str:
    result = cds(*args)
    assert result.exit_code == 0, result.output
    return str(result.output)


def add(target: str, unit: str, status: str, day: str) -> None:
    ok("progress", "add", target, "--unit", unit, "--status", status, "--date", day, "--id")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    import_2024(tmp_path, monkeypatch, ROWS)
    add("I.2", "Nam Sơn", "done", "15/09/2024")
    add("I.3", "Bắc Sơn", "done", "20/10/2024")
    add("I.3", "Nam Sơn", "in_progress", "25/10/2024")
    return tmp_path


def _excel(*args: str) -> str:
    """The CSV for Excel (people's words, a BOM first)."""
    return ok(*args, "-f", "csv", "--excel").lstrip("\ufeff")


def _rows(*args: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(ok(*args, "--format", "json"))
    return rows


def test_in_place_of_names_every_merged_ward_the_unit_answers_for(workspace: Path) -> None:
    """On 01/09/2025 Tam Điệp answers for I.3 in place of both wards: its role names both
    (the row lists both parts: Bắc Sơn's done, Nam Sơn's owed), while `late --by-unit` lists it
    for Nam Sơn's part only, the one still owed (questions/owing.py `still_owed`)."""
    day = ("--as-of", "01/09/2025")
    rows = {r["id"]: r for r in _rows("report", "--unit", "Tam Điệp", *day)}
    assert rows["I.3"]["role_details"] == [
        {"role": "lead", "via": None, "in_place_of": "UBND phường Bắc Sơn, UBND phường Nam Sơn"}
    ]
    assert rows["I.2"]["role_details"] == [
        {"role": "lead", "via": "UBND các phường, xã", "in_place_of": None}
    ]
    table = csv.reader(io.StringIO(_excel("report", "--unit", "Tam Điệp", *day)))
    [i3] = [r for r in table if r and r[0] == "I.3"]
    assert "Chủ trì (thay UBND phường Bắc Sơn, UBND phường Nam Sơn, đã sáp nhập)" in i3
    english = _excel("--lang", "en", "report", "--unit", "Tam Điệp", *day)
    [i3] = [r for r in csv.reader(io.StringIO(english)) if r and r[0] == "I.3"]
    assert "Lead (in place of UBND phường Bắc Sơn, UBND phường Nam Sơn, merged)" in i3
    late = [r for r in _rows("late", "--by-unit", *day) if r["id"] == "I.3"]
    assert [(r["unit"], r["in_place_of"]) for r in late] == [
        ("UBND phường Tam Điệp", ["UBND phường Nam Sơn"])
    ]


def _docx_rows(path: Path) -> dict[str, list[str]]:
    from docx import Document

    return {
        cells[0]: cells
        for table in Document(str(path)).tables
        for cells in ([c.text for c in row.cells] for row in table.rows)
    }


def test_the_last_report_column_of_an_heir_is_its_wards_latest(workspace: Path) -> None:
    """Tam Điệp on 01/09/2025 has no report of its own: the Word and Excel reports' "Báo cáo
    gần nhất" is the latest of the wards' parts it took over, and whose: I.2 Nam Sơn's done of
    15/09/2024 (Bắc Sơn never reported), I.3 Nam Sơn's of 25/10/2024 (after Bắc Sơn's
    20/10/2024). Nam Sơn itself on 01/11/2024: its own 25/10/2024, no name. Was empty."""
    import datetime as dt

    from openpyxl import load_workbook

    day = ("--as-of", "01/09/2025")
    ok("report", "--unit", "Tam Điệp", *day, "--out", "tam-diep.docx")
    rows = _docx_rows(workspace / "tam-diep.docx")
    assert rows["I.2"][-1] == "15/09/2024 (UBND phường Nam Sơn)"
    assert rows["I.3"][-1] == "25/10/2024 (UBND phường Nam Sơn)"
    assert rows["I.3"][2] == "Chủ trì (thay UBND phường Bắc Sơn, UBND phường Nam Sơn, đã sáp nhập)"
    ok("--lang", "en", "report", "--unit", "Tam Điệp", *day, "--out", "tam-diep-en.docx")
    english = _docx_rows(workspace / "tam-diep-en.docx")
    assert english["I.3"][-1] == "25/10/2024 (UBND phường Nam Sơn)"
    assert (
        english["I.3"][2] == "Lead (in place of UBND phường Bắc Sơn, UBND phường Nam Sơn, merged)"
    )
    ok("report", "--unit", "Tam Điệp", *day, "--out", "tam-diep.xlsx")
    sheet = load_workbook(workspace / "tam-diep.xlsx").active
    assert sheet is not None
    cells = {row[1].value: row[10] for row in sheet.iter_rows() if len(row) > 10}
    assert cells["I.3"].value == dt.datetime(2024, 10, 25)  # a date still: sorts as one
    assert cells["I.3"].number_format == 'DD/MM/YYYY" (UBND phường Nam Sơn)"'
    assert cells["I.2"].value == dt.datetime(2024, 9, 15)
    ok("report", "--unit", "Nam Sơn", "--as-of", "01/11/2024", "--out", "nam-son.docx")
    assert _docx_rows(workspace / "nam-son.docx")["I.3"][-1] == "25/10/2024"


def test_in_place_of_names_both_wards_once_both_finished(workspace: Path) -> None:
    """Nam Sơn finishes on 28/10/2024: Tam Điệp owes nothing of I.3, and its report says in
    place of whom it answers for the finished target (both wards)."""
    add("I.3", "Nam Sơn", "done", "28/10/2024")
    rows = {r["id"]: r for r in _rows("report", "--unit", "Tam Điệp", "--as-of", "01/09/2025")}
    assert rows["I.3"]["role_details"][0]["in_place_of"] == (
        "UBND phường Bắc Sơn, UBND phường Nam Sơn"
    )
    assert rows["I.3"]["unit_status"] == "done"


def test_a_units_totals_count_its_own_part(workspace: Path) -> None:
    """Nam Sơn on 01/11/2024: I.2 is late for the city (7 of 9 never reported) but Nam Sơn's
    part is done (15/09/2024); I.3 is late and so is its part (in progress). One late, not two."""
    day = ("--as-of", "01/11/2024")
    rows = {
        r["id"]: (r["status"], r["unit_status"]) for r in _rows("report", "--unit", "Nam Son", *day)
    }
    assert rows == {"I.2": ("late", "done"), "I.3": ("late", "late")}
    said = " ".join(ok("report", "--unit", "Nam Son", *day).split())
    assert "Tổng: 2 chỉ tiêu — Hoàn thành: 1; Quá hạn: 1 " in said + " "
    english = " ".join(ok("--lang", "en", "report", "--unit", "Nam Son", *day).split())
    assert "Total: 2 targets — Done: 1; Late: 1 " in english + " "
    # Phòng Tư pháp only cooperates (I.1 as one of the city's departments, I.2, I.3): I.2 and
    # I.3 late for the city, none its own to do.
    justice = " ".join(ok("report", "--unit", "Tư pháp", *day).split())
    assert "Tổng: 3 chỉ tiêu — Không có phần riêng (chỉ đạo, phối hợp): 3 " in justice + " "


def test_a_cooperating_units_report_does_not_start_the_target(workspace: Path) -> None:
    """Phòng VH&TT cooperates on I.2 and reports done on 25/06/2024: I.2 stays not started
    (no ward or commune reported by 01/07/2024), 0 of 9; a lead unit's report starts it."""
    fresh = {r["id"]: r for r in _rows("list", "--as-of", "01/07/2024")}
    assert (fresh["I.2"]["status"], fresh["I.2"]["units_done"]) == ("not_started", 0)
    add("I.2", "VH&TT", "done", "25/06/2024")
    rows = {r["id"]: r for r in _rows("list", "--as-of", "01/07/2024")}
    assert (rows["I.2"]["status"], rows["I.2"]["units_done"], rows["I.2"]["units_required"]) == (
        "not_started", 0, 9
    )  # fmt: skip
    add("I.2", "Tây Sơn", "in_progress", "30/06/2024")
    rows = {r["id"]: r for r in _rows("list", "--as-of", "01/07/2024")}
    assert (rows["I.2"]["status"], rows["I.2"]["units_done"]) == ("in_progress", 0)
