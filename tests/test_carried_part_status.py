"""A unit's part of a target carried to the next plan, read in the old plan after the carry day
(clerk16 F1, F3): one status in every format, and a part finished late stays late.

plans/2023 as `cds init` makes it, carried into a small 2024 plan on 31/12/2023, after these
2023 reports (figured by hand from the shipped registry's deadlines):

- I.1 (Tháng 5/2023), Phòng Y tế done 25/10/2023: 147 days late → `done_late`, carried day or not
  (it read `done`, "Hoàn thành", from 01/01/2024 on);
- II.4 (Tháng 10/2023), UBND phường Bắc Sơn done 05/11/2023: after 31/10/2023 → `done_late`;
- II.8 (Tháng 10/2023), Phòng Y tế "đang thực hiện" 30/10/2023: not finished, carried →
  `carried_over`, its last report "Đang thực hiện, 30/10/2023" said after it (the screen said
  "Đang thực hiện, báo cáo ngày 30/10/2023" alone while JSON and Excel said carried over);
- II.2 (Thường xuyên, monthly), Bắc Sơn "đang thực hiện" 20/11/2023: the same, `carried_over`.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from test_revise import HEADING, PLAN, ok
from ward_merger import merger_units

AS_OF = ("--as-of", "01/02/2024")
CARRIED_VI = "Đã chuyển sang kế hoạch sau; báo cáo gần nhất: Đang thực hiện, 30/10/2023"
CARRIED_EN = "Carried over; latest report: In progress, 30/10/2023"
WARD_VI = "Đã chuyển sang kế hoạch sau; báo cáo gần nhất: Đang thực hiện, 20/11/2023"


def _add(target: str, unit: str, state: str, day: str) -> None:
    args = ("progress", "add", target, "--unit", unit, "--status", state, "--date", day)
    ok("--plan", "2023", *args)


@pytest.fixture
def carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", PLAN, HEADING)
    ok("import", str(source), "--out", "plans/2024/phu_luc_01.yaml", "--registry", "plans/2023")
    _add("I.1", "Y tế", "hoàn thành", "25/10/2023")
    _add("II.8", "Y tế", "đang thực hiện", "30/10/2023")
    _add("II.4", "Bắc Sơn", "hoàn thành", "05/11/2023")
    _add("II.2", "Bắc Sơn", "đang thực hiện", "20/11/2023")
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    return tmp_path


def _details(screen: str, target: str) -> str:
    """The lines under a target's row that span the whole table (its own part), as one line."""
    rows = screen.splitlines()
    at = next(i for i, line in enumerate(rows) if line.startswith(f"| {target} "))
    found = []
    for line in rows[at + 1 :]:
        if line.startswith(("+", "|-", "|=", "| I.", "| II.")):  # the table's end, a next row
            break
        if line.count("|") == 2:  # one cell across the table
            found.append(line.strip("| ").strip())
    return " ".join(" ".join(found).split())


def _json(unit: str, *lang: str) -> dict[str, dict[str, object]]:
    out = ok("--plan", "2023", *lang, "report", "--unit", unit, *AS_OF, "--format", "json")
    return {row["id"]: row for row in json.loads(out)}


def test_a_part_finished_late_stays_late_after_the_carry_day(carried: Path) -> None:
    for day in ("31/12/2023", "01/01/2024", "01/02/2024"):  # before, on and after carrying
        out = ok("--plan", "2023", "report", "--unit", "Y tế", "--as-of", day, "-f", "json")
        row = next(r for r in json.loads(out) if r["id"] == "I.1")
        assert (row["unit_status"], row["unit_finished_on"]) == ("done_late", "2023-10-25"), day
    rows = _json("Bắc Sơn")
    assert (rows["II.4"]["unit_status"], rows["II.4"]["unit_finished_on"]) == (
        "done_late",
        "2023-11-05",
    )
    shown = ok("--plan", "2023", "show", "I.1", *AS_OF)
    assert "Phòng Y tế: Hoàn thành trễ hạn (25/10/2023)" in " ".join(shown.split())
    shown_en = ok("--plan", "2023", "--lang", "en", "show", "II.4", *AS_OF)
    assert "UBND phường Bắc Sơn: Done late (05/11/2023)" in " ".join(shown_en.split())
    parts = json.loads(ok("--plan", "2023", "show", "I.1", *AS_OF, "-f", "json"))["parts"]
    (y_te,) = [p for p in parts if p["unit"] == "phong-y-te"]
    assert y_te["status"] == "done_late"
    screen = ok("--plan", "2023", "report", "--unit", "Y tế", *AS_OF)
    own = "(phần của đơn vị: Hoàn thành trễ hạn, báo cáo ngày 25/10/2023)"
    assert _details(screen, "I.1") == own
    assert "Hoàn thành trễ hạn: 1;" in " ".join(screen.split())
    screen_en = ok("--plan", "2023", "--lang", "en", "report", "--unit", "Y tế", *AS_OF)
    assert _details(screen_en, "I.1") == "(own part: Done late, reported 25/10/2023)"


def test_a_carried_part_says_one_status_in_every_format(carried: Path) -> None:
    rows = _json("Y tế")
    assert (
        rows["II.8"]["unit_status"],
        rows["II.8"]["unit_reported"],
        rows["II.8"]["unit_last_status"],
    ) == ("carried_over", "2023-10-30", "in_progress")
    assert rows["I.1"]["unit_last_status"] is None  # finished: nothing closed it unfinished
    ward = _json("Bắc Sơn")["II.2"]
    assert (ward["unit_status"], ward["unit_reported"], ward["unit_last_status"]) == (
        "carried_over",
        "2023-11-20",
        "in_progress",
    )
    screen = ok("--plan", "2023", "report", "--unit", "Y tế", *AS_OF)
    assert _details(screen, "II.8") == f"(phần của đơn vị: {CARRIED_VI})"
    screen_en = ok("--plan", "2023", "--lang", "en", "report", "--unit", "Y tế", *AS_OF)
    assert _details(screen_en, "II.8") == f"(own part: {CARRIED_EN})"
    ward_screen = ok("--plan", "2023", "report", "--unit", "Bắc Sơn", *AS_OF)
    assert _details(ward_screen, "II.2") == f"(phần của đơn vị: {WARD_VI})"
    # the machine CSV: the codes; the CSV for Excel: the screen's words
    table = csv.DictReader(
        io.StringIO(ok("--plan", "2023", "report", "--unit", "Y tế", *AS_OF, "-f", "csv"))
    )
    by_id = {row["id"]: row for row in table}
    assert (by_id["II.8"]["unit_status"], by_id["II.8"]["unit_last_status"]) == (
        "carried_over",
        "in_progress",
    )
    assert (by_id["I.1"]["unit_status"], by_id["I.1"]["unit_last_status"]) == ("done_late", "")


def test_the_word_and_excel_reports_say_it_as_the_screen(carried: Path) -> None:
    import docx
    import openpyxl

    ok("--plan", "2023", "report", "--unit", "Y tế", *AS_OF, "--out", "y-te.xlsx")
    sheet = openpyxl.load_workbook("y-te.xlsx").worksheets[0]
    cells = {row[1]: row[9] for row in sheet.iter_rows(values_only=True) if row[1]}
    assert cells["II.8"] == CARRIED_VI
    assert cells["I.1"] == "Hoàn thành trễ hạn (25/10/2023)"
    ok("--plan", "2023", "--lang", "en", "report", "--unit", "Y tế", *AS_OF, "--out", "en.xlsx")
    sheet = openpyxl.load_workbook("en.xlsx").worksheets[0]
    cells = {row[1]: row[9] for row in sheet.iter_rows(values_only=True) if row[1]}
    assert (cells["II.8"], cells["I.1"]) == (CARRIED_EN, "Done late (25/10/2023)")
    ok("--plan", "2023", "report", "--unit", "Y tế", *AS_OF, "--out", "y-te.docx")
    tables = docx.Document("y-te.docx").tables
    table = next(t for t in tables if t.rows[0].cells[0].text == "Mã chỉ tiêu")
    header = [cell.text for cell in table.rows[0].cells]
    column = header.index("Phần của đơn vị")
    words = {row.cells[0].text: row.cells[column].text for row in table.rows[1:]}
    assert words["II.8"] == CARRIED_VI
    assert words["I.1"] == "Hoàn thành trễ hạn (25/10/2023)"


MERGER = "units:\n" + merger_units(2025)  # tests/ward_merger.py, the one merger
WARDS_2024 = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", "100% UBND các phường, xã số hóa hồ sơ.", "", "UBND các phường, xã", "",
     "Tháng 6/2024", ""),
]  # fmt: skip
WARDS_2025 = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", "100% UBND các phường, xã số hóa hồ sơ hộ tịch.", "", "UBND các phường, xã", "",
     "Tháng 12/2025", ""),
]  # fmt: skip
NAM_SON_VI = (
    "(phần nhận thay UBND phường Nam Sơn từ 01/07/2025: Đã chuyển sang kế hoạch sau; báo cáo "
    "gần nhất: Đang thực hiện, 20/06/2024)"
)
NAM_SON_EN = (
    "(part of UBND phường Nam Sơn, taken over from 01/07/2025: Carried over; latest report: "
    "In progress, 20/06/2024)"
)


def test_a_part_taken_over_of_a_carried_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tam Điệp answers for Bắc Sơn's and Nam Sơn's parts of 2024/I.1, carried into 2025 on
    31/12/2024; Nam Sơn last said "đang thực hiện" on 20/06/2024: its line says the part is
    carried, then that report (it said "Đang thực hiện, UBND phường Nam Sơn báo cáo ngày
    20/06/2024" while `unit_parts[].status` said `carried_over`)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(MERGER, encoding="utf-8")
    heading_2024 = [HEADING[0], "Phân công phụ trách các chỉ tiêu năm 2024", HEADING[2]]
    ok("import", str(write_docx(tmp_path / "kh2024.docx", WARDS_2024, heading_2024)),
       "--out", "plans/2024/phu_luc_01.yaml", "--registry", "plans/2023")  # fmt: skip
    heading_2025 = [
        HEADING[0],
        "Phân công phụ trách các chỉ tiêu năm 2025",
        "(Kèm theo Kế hoạch số 7/KH-BCĐ ngày 10/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố)",
    ]
    ok("import", str(write_docx(tmp_path / "kh2025.docx", WARDS_2025, heading_2025)),
       "--out", "plans/2025/phu_luc_01.yaml", "--registry", "plans/2024")  # fmt: skip
    ok("--plan", "2024", "progress", "add", "I.1", "--unit", "Nam Sơn",
       "--status", "đang thực hiện", "--date", "20/06/2024")  # fmt: skip
    ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")
    day = ("--as-of", "01/08/2025")
    screen = ok("--plan", "2024", "report", "--unit", "Tam Điệp", *day)
    assert NAM_SON_VI in " ".join(screen.replace("|", " ").split())
    screen_en = ok("--plan", "2024", "--lang", "en", "report", "--unit", "Tam Điệp", *day)
    assert NAM_SON_EN in " ".join(screen_en.replace("|", " ").split())
    (row,) = json.loads(ok("--plan", "2024", "report", "--unit", "Tam Điệp", *day, "-f", "json"))
    assert [(p["status"], p["last_status"], p["reported"]) for p in row["unit_parts"]] == [
        ("carried_over", None, None),
        ("carried_over", "in_progress", "2024-06-20"),
    ]
    ok("--plan", "2024", "report", "--unit", "Tam Điệp", *day, "--out", "tam-diep.xlsx")
    import openpyxl

    sheet = openpyxl.load_workbook("tam-diep.xlsx").worksheets[0]
    (cell,) = [row[9] for row in sheet.iter_rows(values_only=True) if row[1] == "I.1"]
    assert str(cell).splitlines() == [
        "Đã chuyển sang kế hoạch sau; báo cáo gần nhất: Đang thực hiện, 20/06/2024",
        "(phần nhận thay UBND phường Bắc Sơn từ 01/07/2025: Đã chuyển sang kế hoạch sau)",
        NAM_SON_VI,
    ]
