"""What an heir answers for, said part by part (questions/answers.py, review 9 of issue 16).

Plan 2023, II.7 led by Phòng Kinh tế and Phòng Quản lý đô thị (QLĐT), due Tháng 10/2023; QLĐT
merged into Phòng Kinh tế from 01/07/2023 (its last day 30/06/2023). Asked on 01/11/2023, one
day past the deadline. Hand-computed: a part not done by 31/10/2023 is late; the target is
finished for Phòng Kinh tế only when both parts are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()

MERGER = """units:
  - id: phong-quan-ly-do-thi
    valid_to: 30/06/2023
    merged_into: phong-kinh-te
"""
AS_OF = ("--as-of", "01/11/2023")


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.output)


def add(unit: str, status: str, day: str, target: str = "II.7") -> None:
    ok("progress", "add", target, "--unit", unit, "--status", status, "--date", day)


def _replace(text: str, start: int, old: str, new: str) -> str:
    at = text.index(old, start)
    return text[:at] + new + text[at + len(old) :]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    init_registry(tmp_path / "plans" / "2023")
    path = tmp_path / "plans" / "2023" / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("      - id: II.7\n")
    text = _replace(
        text,
        start,
        "        lead:\n          text: Phòng Văn hóa và Thông tin\n"
        "          units:\n            - phong-van-hoa-thong-tin\n",
        "        lead:\n          text: Phòng Kinh tế; Phòng Quản lý đô thị\n"
        "          units:\n            - phong-kinh-te\n            - phong-quan-ly-do-thi\n",
    )
    text = _replace(
        text,
        start,
        '          text: Tháng 7/2023\n          due: "2023-07"\n',
        '          text: Tháng 10/2023\n          due: "2023-10"\n',
    )
    path.write_text(text, encoding="utf-8")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(MERGER, encoding="utf-8")
    ok("validate")
    return tmp_path


def _row(*lang: str) -> list[str]:
    """The II.7 row of `report --unit "Phòng Kinh tế"`: its lines, up to the next row."""
    text = ok("report", "--unit", "Phòng Kinh tế", *AS_OF, *lang)
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("| II.7 "))
    end = next(i for i in range(at + 1, len(lines)) if lines[i].startswith(("|--", "+--")))
    return [line.strip("| ").rstrip() for line in lines[at:end] if line.startswith("| (")]


def _json() -> dict[str, Any]:
    rows = json.loads(ok("report", "--unit", "Phòng Kinh tế", *AS_OF, "--format", "json"))
    found: dict[str, Any] = next(r for r in rows if r["id"] == "II.7")
    return found


def test_own_part_done_the_part_taken_over_late(workspace: Path) -> None:
    add("Phòng Kinh tế", "done", "01/05/2023")
    # Before the fix the row said "(phần của đơn vị: Hoàn thành …)" alone, and counted as done.
    assert _row() == [
        "(phần của đơn vị: Hoàn thành, báo cáo ngày 01/05/2023)",
        "(phần nhận thay Phòng Quản lý đô thị từ 01/07/2023: Quá hạn)",
    ]
    assert _row("--lang", "en") == [
        "(own part: Done, reported 01/05/2023)",
        "(part of Phòng Quản lý đô thị, taken over from 01/07/2023: Late)",
    ]
    row = _json()
    assert (row["unit_status"], row["unit_reported"]) == ("late", "2023-05-01")
    assert row["unit_parts"] == [
        {
            "taken_over_from": None,
            "renamed": False,
            "since": None,
            "status": "done",
            "last_status": None,
            "reported": "2023-05-01",
            "reported_by": "Phòng Kinh tế",
            "finished_on": "2023-05-01",  # its one "done"
        },
        {
            "taken_over_from": "Phòng Quản lý đô thị",
            "renamed": False,  # merged into Phòng Kinh tế, which existed
            "since": "2023-07-01",
            "status": "late",
            "last_status": None,
            "reported": None,
            "reported_by": None,
            "finished_on": None,
        },
    ]
    # The lead role names the merged co-lead beside the unit's own name.
    assert row["role_details"][0] == {
        "role": "lead",
        "via": None,
        "in_place_of": "Phòng Quản lý đô thị",
    }


def test_the_totals_count_the_target_as_the_unit_stands_on_it(workspace: Path) -> None:
    add("Phòng Kinh tế", "done", "01/05/2023")
    before = json.loads(ok("report", "--unit", "Phòng Kinh tế", *AS_OF, "--format", "json"))
    # Phòng Kinh tế reported nothing else: no target is done for it (II.7 is late, its part of
    # QLĐT's not done); before the fix II.7 was counted "Hoàn thành: 1".
    assert [r["id"] for r in before if r["unit_status"] in ("done", "done_late")] == []
    total = ok("report", "--unit", "Phòng Kinh tế", *AS_OF).splitlines()
    line = next(t for t in total if t.startswith("Tổng:"))
    assert "Hoàn thành" not in line
    late = sum(r["unit_status"] == "late" for r in before)
    assert f"Quá hạn: {late};" in line and late >= 1


def test_a_merged_units_report_is_its_own_not_the_heirs(workspace: Path) -> None:
    add("Phòng Kinh tế", "done", "01/05/2023")
    add("Phòng Quản lý đô thị", "in_progress", "20/06/2023")  # before its merger
    assert _row() == [
        "(phần của đơn vị: Hoàn thành, báo cáo ngày 01/05/2023)",
        "(phần nhận thay Phòng Quản lý đô thị từ 01/07/2023: Quá hạn, Phòng Quản lý đô thị "
        "báo cáo ngày 20/06/2023)",
    ]
    row = _json()
    assert row["unit_reported"] == "2023-05-01"  # Phòng Kinh tế's own report, not QLĐT's
    assert row["unit_parts"][1]["reported_by"] == "Phòng Quản lý đô thị"


def test_the_heirs_report_after_the_merger_speaks_for_the_part_taken_over(
    workspace: Path,
) -> None:
    add("Phòng Kinh tế", "done", "01/05/2023")
    add("Phòng Kinh tế", "done", "15/09/2023")
    assert _row() == [
        "(phần của đơn vị: Hoàn thành, báo cáo ngày 01/05/2023)",
        "(phần nhận thay Phòng Quản lý đô thị từ 01/07/2023: Hoàn thành, Phòng Kinh tế báo "
        "cáo ngày 15/09/2023)",
    ]
    assert (_json()["unit_status"], _json()["unit_reported"]) == ("done", "2023-09-15")


def test_neither_part_done(workspace: Path) -> None:
    assert _row() == [
        "(phần của đơn vị: Quá hạn)",
        "(phần nhận thay Phòng Quản lý đô thị từ 01/07/2023: Quá hạn)",
    ]


def _late_note(*lang: str) -> list[str]:
    text = ok("late", "--by-unit", *AS_OF, *lang)
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("| II.7 "))
    end = next(i for i in range(at + 1, len(lines)) if lines[i].startswith(("|--", "+--")))
    return [line.split("|")[3].strip() for line in lines[at:end]]


def test_late_by_unit_says_what_the_heir_still_owes(workspace: Path) -> None:
    # Neither part done: it owes its own and the one it took over.
    assert " ".join(_late_note()) == (
        "Phòng Kinh tế; Phòng Quản lý đô thị → Phòng Kinh tế; Phòng Kinh tế (từ 01/07/2023) "
        "(nợ phần của đơn vị và phần nhận thay Phòng Quản lý đô thị, đã sáp nhập)"
    )
    data = json.loads(ok("late", "--by-unit", *AS_OF, "--format", "json"))
    row = next(r for r in data if r["id"] == "II.7")
    assert (row["unit"], row["in_place_of"], row["own_part_owed"]) == (
        "Phòng Kinh tế",
        ["Phòng Quản lý đô thị"],
        True,
    )
    letter = ok("remind", "--month", "10/2023", *AS_OF, "--unit", "Phòng Kinh tế")
    line = next(t for t in letter.splitlines() if "| II.7 |" in t)
    assert (
        "(đề nghị thực hiện phần việc của đơn vị và phần việc nhận thay Phòng Quản lý đô thị, "
        "đã sáp nhập) | Tháng 10/2023 | Quá hạn 1 ngày | Chưa báo cáo |"
    ) in line
    # Its own part done: only the part taken over.
    add("Phòng Kinh tế", "done", "01/05/2023")
    assert " ".join(_late_note("--lang", "en")) == (
        "Phòng Kinh tế; Phòng Quản lý đô thị → Phòng Kinh tế; Phòng Kinh tế (from 01/07/2023) "
        "(owes only the part of Phòng Quản lý đô thị, merged, it took over; its own part is done)"
    )
    data = json.loads(ok("late", "--by-unit", *AS_OF, "--format", "json"))
    row = next(r for r in data if r["id"] == "II.7")
    assert row["own_part_owed"] is False
    notes = json.loads(ok("remind", "--month", "10/2023", *AS_OF, "--format", "json"))
    owed = [t for n in notes if n["unit"] == "Phòng Kinh tế" for t in n["targets"]]
    item = next(t for t in owed if t["id"] == "II.7")
    assert (item["in_place_of"], item["own_part_owed"]) == (["Phòng Quản lý đô thị"], False)


def test_list_by_unit_says_the_same(workspace: Path) -> None:
    add("Phòng Kinh tế", "done", "01/05/2023")
    rows = json.loads(ok("list", "--unit", "Phòng Kinh tế", *AS_OF, "--format", "json"))
    row = next(r for r in rows if r["id"] == "II.7")
    assert (row["unit_status"], row["unit_reported"]) == ("late", "2023-05-01")
    assert [(p["taken_over_from"], p["status"]) for p in row["unit_parts"]] == [
        (None, "done"),
        ("Phòng Quản lý đô thị", "late"),
    ]


def test_the_unit_reports_word_and_excel_say_each_part(workspace: Path) -> None:
    import openpyxl

    add("Phòng Kinh tế", "done", "01/05/2023")
    ok("report", "--unit", "Phòng Kinh tế", *AS_OF, "--out", "bao-cao.xlsx")
    sheet = openpyxl.load_workbook(workspace / "bao-cao.xlsx").active
    assert sheet is not None
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert (
        "Quá hạn\n(phần của đơn vị: Hoàn thành, báo cáo ngày 01/05/2023)\n"
        "(phần nhận thay Phòng Quản lý đô thị từ 01/07/2023: Quá hạn)"
    ) in cells


def test_a_part_finished_beside_one_not_started_is_in_progress(workspace: Path) -> None:
    """clerk13 F5: QLĐT finished its part on 10/06/2023 before its merger; Phòng Kinh tế's own
    part has no report. On 15/07/2023 (deadline Tháng 10/2023) the unit's part is begun, so
    "Đang thực hiện" — as the target's own status (1/2) — not "Chưa thực hiện"."""
    import csv
    import io

    import openpyxl

    add("Phòng Quản lý đô thị", "done", "10/06/2023")
    july = ("--as-of", "15/07/2023")
    rows = json.loads(ok("report", "--unit", "Phòng Kinh tế", *july, "--format", "json"))
    row = next(r for r in rows if r["id"] == "II.7")
    assert (row["status"], row["unit_status"]) == ("in_progress", "in_progress")
    assert [(p["taken_over_from"], p["status"]) for p in row["unit_parts"]] == [
        (None, "not_started"),
        ("Phòng Quản lý đô thị", "done"),
    ]
    data = ok("report", "--unit", "Phòng Kinh tế", *july, "--format", "csv")
    found = next(r for r in csv.DictReader(io.StringIO(data)) if r["id"] == "II.7")
    assert (found["status"], found["unit_status"]) == ("in_progress", "in_progress")
    started = sum(r["unit_status"] == "in_progress" for r in rows)
    for lang, words in (((), "Đang thực hiện"), (("--lang", "en"), "In progress")):
        text = ok("report", "--unit", "Phòng Kinh tế", *july, *lang).splitlines()
        line = " ".join(t for t in text if t.startswith(("Tổng:", "Total:")) or "thực hiện:" in t)
        assert f"{words}: {started}" in line
    ok("report", "--unit", "Phòng Kinh tế", *july, "--out", "bc.xlsx")
    sheet = openpyxl.load_workbook(workspace / "bc.xlsx").active
    assert sheet is not None
    cells = [str(c.value) for r in sheet.iter_rows() for c in r if c.value]
    assert any(c.startswith("Đang thực hiện\n(phần của đơn vị: Chưa thực hiện)") for c in cells)
