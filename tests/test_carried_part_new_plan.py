"""A unit's part finished in 2023, read in the 2024 plan its target was carried into (clerk21 F2):
it keeps on time or late by the 2023 deadline it was finished under, as the 2023 plan says it
(tests/test_carried_part_status.py), never by the 2024 deadline that came after it.

plans/2023 as `cds init` makes it, carried into a small 2024 plan on 31/12/2023, after these
2023 reports (figured by hand from the shipped registry's deadlines):

- I.1 (Tháng 5/2023), Phòng Y tế done 25/10/2023: after 31/05/2023 → `done_late` in 2023; in
  2024 (deadline Tháng 12/2024 there) it read `done`, "Hoàn thành", and counted on time;
- I.4 (Tháng 11/2023), Phòng Y tế done 20/11/2023: by 30/11/2023 → `done` in both plans;
- I.3 (Tháng 7/2023), UBND phường Bắc Sơn done 20/11/2023: after 31/07/2023 → `done_late`.

Every other unit of these targets has not reported, so each is carried over with these parts
copied (app/carry_marks.py).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.core.dates import YearMonth
from cds_tracker.questions.came_from import Came
from cds_tracker.questions.status import finished_code
from test_carried_part_status import _details
from test_revise import HEADING, PLAN, ok

AS_OF = ("--as-of", "01/02/2024")
LATE_VI = "Hoàn thành trễ hạn so với kế hoạch 2023"
LATE_EN = "Done late against the 2023 plan"


def _add(target: str, unit: str, day: str) -> None:
    args = ("progress", "add", target, "--unit", unit, "--status", "hoàn thành", "--date", day)
    ok("--plan", "2023", *args)


def _workspace(tmp_path: Path) -> None:
    init_registry(tmp_path / "plans" / "2023")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", PLAN, HEADING)
    ok("import", str(source), "--out", "plans/2024/phu_luc_01.yaml", "--registry", "plans/2023")
    _add("I.1", "Y tế", "25/10/2023")
    _add("I.4", "Y tế", "20/11/2023")
    _add("I.3", "Bắc Sơn", "20/11/2023")
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")


@pytest.fixture
def carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """2023 id → its id in the 2024 plan."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    _workspace(tmp_path)
    data = yaml.safe_load(Path("plans/2024/phu_luc_01.yaml").read_text(encoding="utf-8"))
    return {
        t["carried_from"].partition("/")[2]: t["id"]
        for g in data["groups"]
        for t in g["targets"]
        if t.get("carried_from")
    }


def _json(unit: str) -> dict[str, dict[str, object]]:
    out = ok("--plan", "2024", "report", "--unit", unit, *AS_OF, "--format", "json")
    return {row["id"]: row for row in json.loads(out)}


def test_a_part_finished_late_in_2023_stays_late_in_2024(carried: dict[str, str]) -> None:
    late, on_time, ward = carried["I.1"], carried["I.4"], carried["I.3"]
    rows = _json("Y tế")
    assert (rows[late]["unit_status"], rows[late]["unit_finished_on"]) == (
        "done_late",
        "2023-10-25",
    )
    assert (rows[on_time]["unit_status"], rows[on_time]["unit_finished_on"]) == (
        "done",
        "2023-11-20",
    )
    assert _json("Bắc Sơn")[ward]["unit_status"] == "done_late"
    # the 2024 target itself is not finished: 1 of the 12 departments
    assert (rows[late]["status"], rows[late]["units_done"]) == ("in_progress", 1)
    screen = ok("--plan", "2024", "report", "--unit", "Y tế", *AS_OF)
    assert _details(screen, late) == f"(phần của đơn vị: {LATE_VI}, báo cáo ngày 25/10/2023)"
    assert _details(screen, on_time) == "(phần của đơn vị: Hoàn thành, báo cáo ngày 20/11/2023)"
    total = " ".join(screen.split())
    assert "Hoàn thành: 1;" in total and "Hoàn thành trễ hạn: 1;" in total
    screen_en = ok("--plan", "2024", "--lang", "en", "report", "--unit", "Y tế", *AS_OF)
    assert _details(screen_en, late) == f"(own part: {LATE_EN}, reported 25/10/2023)"
    assert _details(screen_en, on_time) == "(own part: Done, reported 20/11/2023)"
    total_en = " ".join(screen_en.split())
    assert "Done: 1;" in total_en and "Done late: 1;" in total_en
    shown = " ".join(ok("--plan", "2024", "show", late, *AS_OF).split())
    assert f"Phòng Y tế: {LATE_VI} (25/10/2023)" in shown
    shown_en = " ".join(ok("--plan", "2024", "--lang", "en", "show", ward, *AS_OF).split())
    assert f"UBND phường Bắc Sơn: {LATE_EN} (20/11/2023)" in shown_en
    out = ok("--plan", "2024", "show", late, *AS_OF, "-f", "json")
    parts = json.loads(out[out.index("{") :])["parts"]  # after the note on the id (stderr)
    assert [p["status"] for p in parts if p["unit"] == "phong-y-te"] == ["done_late"]
    table = csv.DictReader(
        io.StringIO(ok("--plan", "2024", "report", "--unit", "Y tế", *AS_OF, "-f", "csv"))
    )
    by_id = {row["id"]: row["unit_status"] for row in table}
    assert (by_id[late], by_id[on_time]) == ("done_late", "done")


def test_the_word_and_excel_reports_say_it_as_the_screen(carried: dict[str, str]) -> None:
    import docx
    import openpyxl

    late, on_time = carried["I.1"], carried["I.4"]
    ok("--plan", "2024", "report", "--unit", "Y tế", *AS_OF, "--out", "y-te.xlsx")
    sheet = openpyxl.load_workbook("y-te.xlsx").worksheets[0]
    cells = {str(row[1]).split("\n")[0]: row[9] for row in sheet.iter_rows(values_only=True)}
    assert cells[late] == f"{LATE_VI} (25/10/2023)"
    assert cells[on_time] == "Hoàn thành (20/11/2023)"
    ok("--plan", "2024", "--lang", "en", "report", "--unit", "Y tế", *AS_OF, "--out", "en.xlsx")
    sheet = openpyxl.load_workbook("en.xlsx").worksheets[0]
    cells = {str(row[1]).split("\n")[0]: row[9] for row in sheet.iter_rows(values_only=True)}
    assert (cells[late], cells[on_time]) == (f"{LATE_EN} (25/10/2023)", "Done (20/11/2023)")
    ok("--plan", "2024", "report", "--unit", "Y tế", *AS_OF, "--out", "y-te.docx")
    document = docx.Document("y-te.docx")
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Mã chỉ tiêu")
    column = [cell.text for cell in table.rows[0].cells].index("Phần của đơn vị")
    words = {row.cells[0].text.split("\n")[0]: row.cells[column].text for row in table.rows[1:]}
    assert (words[late], words[on_time]) == (
        f"{LATE_VI} (25/10/2023)",
        "Hoàn thành (20/11/2023)",
    )
    totals = " ".join(p.text for p in document.paragraphs if p.text.startswith("Tổng:"))
    assert "Hoàn thành: 1;" in totals and "Hoàn thành trễ hạn: 1;" in totals


def test_the_cache_gives_the_same_cold_and_warm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CDS_NO_CACHE", raising=False)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    _workspace(tmp_path)
    asked = ("--plan", "2024", "report", "--unit", "Y tế", *AS_OF, "--format", "json")
    cold, warm = ok(*asked), ok(*asked)
    assert cold == warm
    assert [r["unit_status"] for r in json.loads(warm) if r["unit_finished_on"]] == [
        "done_late",
        "done",
    ]


def test_the_deadline_of_the_plan_that_held_it_that_day() -> None:
    """A target carried twice (2023 I.1, due 5/2023 → 2024, due 12/2024 → 2025, due 12/2025):
    each part by the deadline of the plan that followed the target the day it finished."""
    came = (Came("2024", "2024-12", "2025-01-01"), Came("2023", "2023-05", "2024-01-01"))
    month = YearMonth(2025, 12)
    assert finished_code("2023-05-31", month, came) == ("done", "2023")
    assert finished_code("2023-10-25", month, came) == ("done_late", "2023")
    assert finished_code("2024-06-01", month, came) == ("done", "2024")
    assert finished_code("2025-03-01", month, came) == ("done", None)
    assert finished_code("2026-01-01", month, came) == ("done_late", None)
    # a deadline there that cannot be read: this plan's, said as this plan's
    assert finished_code("2023-10-25", month, (Came("2023", "", "2024-01-01"),)) == (
        "done",
        None,
    )
    assert finished_code("2023-10-25", month, (Came("2023", "ongoing", "2024-01-01"),)) == (
        "done",
        "2023",
    )


def test_a_merged_wards_part_taken_over_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bắc Sơn finished its part of 2023 I.3 (Tháng 7/2023) on 20/11/2023, late; merged into
    Tam Điệp on 01/07/2025 (tests/ward_merger.py): Tam Điệp's 2024 report, asked on 01/08/2025,
    says the part it took over late, as 2023 does, not "Hoàn thành"."""
    from test_carried_part_status import MERGER

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(MERGER, encoding="utf-8")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", PLAN, HEADING)
    ok("import", str(source), "--out", "plans/2024/phu_luc_01.yaml", "--registry", "plans/2023")
    _add("I.3", "Bắc Sơn", "20/11/2023")
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    data = yaml.safe_load(Path("plans/2024/phu_luc_01.yaml").read_text(encoding="utf-8"))
    (new_id,) = [
        t["id"] for g in data["groups"] for t in g["targets"] if t.get("carried_from") == "2023/I.3"
    ]
    day = ("--as-of", "01/08/2025")
    out = ok("--plan", "2024", "report", "--unit", "Tam Điệp", *day, "-f", "json")
    (row,) = [r for r in json.loads(out) if r["id"] == new_id]
    assert [(p["taken_over_from"], p["status"]) for p in row["unit_parts"]] == [
        ("UBND phường Bắc Sơn", "done_late"),
        ("UBND phường Nam Sơn", "late"),
    ]
    screen = " ".join(
        ok("--plan", "2024", "report", "--unit", "Tam Điệp", *day).replace("|", " ").split()
    )
    assert (
        "(phần nhận thay UBND phường Bắc Sơn từ 01/07/2025: Hoàn thành trễ hạn, UBND phường "
        "Bắc Sơn báo cáo ngày 20/11/2023)" in screen
    )
