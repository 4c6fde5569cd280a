"""One rule for the parts an heir answers for (issue 16, questions/heir_parts.py): `show`,
`report --unit`, `late --by-unit`, `summary`, `list` and their JSON agree.

Plan 2024: I.3 led by UBND phường Bắc Sơn and UBND phường Nam Sơn, due Tháng 11/2024 (last day
30/11/2024); both wards merged into UBND phường Tam Điệp from 01/07/2025 (tests/ward_merger.py).
Bắc Sơn reported it done on 20/06/2025 (after the deadline: done late), Nam Sơn "in progress" on
21/06/2025. Hand-computed, as of 01/08/2025 (30/11/2024 + 244 days): I.3 has two parts, both Tam
Điệp's now — Bắc Sơn's done late (20/06/2025), Nam Sơn's late — so 1 of 2 done and the target
late by 244 days. Before the merger (25/06/2025) each ward keeps its own part. Main's code merged
Tam Điệp's two parts into one on Nam Sơn's report (0/1) in `show`, `late` and `summary`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from heir_plan import import_2024, lines, show_parts, unit_row

runner = CliRunner()

ROWS = [
    "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ",
    ("1", "100% các phòng, đơn vị cập nhật dữ liệu dùng chung.", "Phòng VH&TT",
     "Các phòng, đơn vị thuộc UBND thành phố", "Tháng 12/2025", ""),
    ("2", "Số hóa sổ hộ tịch của phường Bắc Sơn và phường Nam Sơn.",
     "UBND phường Bắc Sơn; UBND phường Nam Sơn", "Phòng Tư pháp", "Tháng 11/2024", ""),
]  # fmt: skip
AFTER = ("--as-of", "01/08/2025")


def cds(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--plan", "2024", *args])
    return result.exit_code, result.stdout, result.stderr


def ok(*args: str) -> str:
    code, out, err = cds(*args)
    assert code == 0, out + err
    return out


def add(unit: str, status: str, day: str) -> str:
    code, _, err = cds("progress", "add", "I.2", "--unit", unit, "--status", status, "--date",
                       day, "--id")  # fmt: skip
    assert code == 0, err
    return err


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    import_2024(tmp_path, monkeypatch, ROWS)
    assert add("Bắc Sơn", "done", "20/06/2025") == ""
    assert add("Nam Sơn", "in_progress", "21/06/2025") == ""
    return tmp_path


def _show_parts(*args: str) -> list[str]:
    """`show I.2`'s status line and its parts, from "Trạng thái"/"Status" to the blank line."""
    return show_parts(ok(*args))


def _unit_row(*lang: str) -> list[str]:
    """The I.2 row of `report --unit "Tam Điệp"`, its part lines included."""
    return unit_row(ok(*lang, "report", "--unit", "Tam Điệp", *AFTER))


VI_SHOW = [
    "Trạng thái                                  Quá hạn (1/2) — 244 ngày (tính đến ngày "
    "01/08/2025)",
    "Phần việc của từng đơn vị (1/2 hoàn thành)  UBND phường Tam Điệp (thay UBND phường Bắc Sơn, "
    "đã sáp nhập): Hoàn thành trễ hạn (20/06/2025)",
    "                                            UBND phường Tam Điệp (thay UBND phường Nam Sơn, "
    "đã sáp nhập): Quá hạn (21/06/2025)",
]


def test_show_says_each_part_taken_over(workspace: Path) -> None:
    # main: "Phần việc của từng đơn vị (0/1 hoàn thành)  UBND phường Tam Điệp: Quá hạn (21/06/2025)"
    assert _show_parts("show", "I.2", *AFTER) == VI_SHOW
    assert _show_parts("--lang", "en", "show", "I.2", *AFTER) == [
        "Status                       Late (1/2) — 244 days (as of 01/08/2025)",
        "Each unit's part (1/2 done)  UBND phường Tam Điệp (in place of UBND phường Bắc Sơn, "
        "merged): Done late (20/06/2025)",
        "                             UBND phường Tam Điệp (in place of UBND phường Nam Sơn, "
        "merged): Late (21/06/2025)",
    ]
    record = json.loads(ok("show", "I.2", *AFTER, "-f", "json"))
    assert (record["status"], record["days_late"], record["units_done"]) == ("late", 244, 1)
    assert record["units_required"] == 2
    assert [(p["unit"], p["status"], p["reported"], p["in_place_of"]) for p in record["parts"]] == [
        ("phuong-tam-diep", "done_late", "2025-06-20", ["UBND phường Bắc Sơn"]),
        ("phuong-tam-diep", "late", "2025-06-21", ["UBND phường Nam Sơn"]),
    ]
    assert [(m["unit"], m["status"], m["date"]) for m in record["members"]] == [
        ("UBND phường Tam Điệp", "done", "2025-06-20"),
        ("UBND phường Tam Điệp", "in_progress", "2025-06-21"),
    ]


def test_before_the_merger_each_ward_its_own_part(workspace: Path) -> None:
    # 25/06/2025 - 30/11/2024 = 207 days
    assert _show_parts("show", "I.2", "--as-of", "25/06/2025") == [
        "Trạng thái                                  Quá hạn (1/2) — 207 ngày (tính đến ngày "
        "25/06/2025)",
        "Phần việc của từng đơn vị (1/2 hoàn thành)  UBND phường Bắc Sơn: Hoàn thành trễ hạn "
        "(20/06/2025)",
        "                                            UBND phường Nam Sơn: Quá hạn (21/06/2025)",
    ]


def test_report_by_unit_says_the_same_parts(workspace: Path) -> None:
    assert _unit_row() == [
        "I.2 Số hóa sổ hộ tịch của phường Bắc Sơn và phường Nam Sơn. Chủ trì (thay UBND phường Bắc "
        "Sơn, UBND phường Nam Sơn, đã sáp nhập) Tháng 11/2024 Quá hạn (1/2)",
        "(phần nhận thay UBND phường Bắc Sơn từ 01/07/2025: Hoàn thành trễ hạn, UBND phường Bắc "
        "Sơn báo cáo ngày 20/06/2025)",
        "(phần nhận thay UBND phường Nam Sơn từ 01/07/2025: Quá hạn, UBND phường Nam Sơn báo cáo "
        "ngày 21/06/2025)",
    ]
    assert _unit_row("--lang", "en")[1:] == [
        "(part of UBND phường Bắc Sơn, taken over from 01/07/2025: Done late, reported by UBND "
        "phường Bắc Sơn on 20/06/2025)",
        "(part of UBND phường Nam Sơn, taken over from 01/07/2025: Late, reported by UBND phường "
        "Nam Sơn on 21/06/2025)",
    ]
    (row,) = json.loads(ok("report", "--unit", "Tam Điệp", *AFTER, "-f", "json"))
    assert (row["status"], row["units_done"], row["units_required"]) == ("late", 1, 2)
    assert (row["unit_status"], row["unit_reported"]) == ("late", None)
    assert [(p["taken_over_from"], p["status"], p["reported"]) for p in row["unit_parts"]] == [
        ("UBND phường Bắc Sơn", "done_late", "2025-06-20"),
        ("UBND phường Nam Sơn", "late", "2025-06-21"),
    ]


def test_late_summary_and_list_count_two_parts(workspace: Path) -> None:
    late = lines(ok("late", "--by-unit", *AFTER))
    assert "UBND phường Tam Điệp (1)" in late
    row = next(line for line in late if line.startswith("| I.2 "))
    assert row.split("|")[3:5] == [" UBND phường Bắc Sơn; UBND phường Nam Sơn ", " Tháng 11/2024 "]
    assert row.split("|")[5].strip() == "244"
    (item,) = json.loads(ok("late", "--by-unit", *AFTER, "-f", "json"))
    assert (item["unit"], item["in_place_of"], item["own_part_owed"]) == (
        "UBND phường Tam Điệp",
        ["UBND phường Nam Sơn"],  # Bắc Sơn's part is done: not owed
        None,  # Tam Điệp was not asked before the merger: no part of its own
    )
    assert (item["units_done"], item["units_required"], item["days_late"]) == (1, 2, 244)
    summary = json.loads(ok("summary", *AFTER, "-f", "json"))
    assert (summary["counts"]["late"], summary["counts"]["not_started"]) == (1, 1)
    assert {"unit": "UBND phường Tam Điệp", "leads": 1, "late": 1} in summary["units"]
    rows = json.loads(ok("list", *AFTER, "-f", "json"))
    i2 = next(r for r in rows if r["id"] == "I.2")
    assert (i2["status"], i2["units_done"], i2["units_required"]) == ("late", 1, 2)


WARNING_VI = (
    "cảnh báo: UBND phường Bắc Sơn đã báo cáo hoàn thành chỉ tiêu I.2 ngày 20/06/2025; báo cáo "
    "này (Đang thực hiện) mở lại phần việc đã hoàn thành. Đã ghi; nếu ghi nhầm và việc vẫn hoàn "
    "thành, sửa báo cáo này thành hoàn thành, ngày sai thì đổi cả --date (cds --plan 2024 "
    'progress add I.2 --id --unit phuong-tam-diep --status "hoàn thành" --date 20/07/2025 '
    "--corrects ID)"
)


def unid(text: str) -> str:
    """`text` with the id of the entry to correct as ID: a new report's id is random."""
    return re.sub(r"--corrects \w+\)", "--corrects ID)", text)


def test_the_heirs_report_reopening_a_finished_part_is_warned(workspace: Path) -> None:
    # main said nothing: Nam Sơn's part was open, and the two were one part
    assert unid(add("Tam Điệp", "in_progress", "20/07/2025")).splitlines() == [WARNING_VI]
    # its report speaks for both parts: Bắc Sơn's reopened, 0 of 2 done
    assert _show_parts("show", "I.2", *AFTER)[1:] == [
        "Phần việc của từng đơn vị (0/2 hoàn thành)  UBND phường Tam Điệp (thay UBND phường "
        "Bắc Sơn, đã sáp nhập): Quá hạn (20/07/2025)",
        "                                            UBND phường Tam Điệp (thay UBND phường "
        "Nam Sơn, đã sáp nhập): Quá hạn (20/07/2025)",
    ]


def test_in_english(workspace: Path) -> None:
    code, _, err = cds("--lang", "en", "progress", "add", "I.2", "--unit", "Tam Điệp", "--status",
                       "not_started", "--date", "20/07/2025", "--id")  # fmt: skip
    assert (code, unid(err).splitlines()) == (
        0,
        [
            "warning: UBND phường Bắc Sơn reported target I.2 done on 20/06/2025; this report (Not "
            "started) reopens that finished part. Recorded; if it was a mistake and the work is "
            "still done, correct this report to done, and its --date too if that is wrong (cds "
            "--plan 2024 progress add I.2 --id --unit phuong-tam-diep --status done --date "
            "20/07/2025 --corrects ID)"
        ],
    )


def test_the_heirs_done_finishes_the_open_part_and_keeps_the_other(workspace: Path) -> None:
    assert add("Tam Điệp", "done", "25/07/2025") == ""
    # Bắc Sơn's part stays done on 20/06/2025; Nam Sơn's done 25/07/2025: the target is done
    # late on the later day, 25/07/2025 - 30/11/2024 = 237 days
    record = json.loads(ok("show", "I.2", *AFTER, "-f", "json"))
    assert [(p["status"], p["reported"]) for p in record["parts"]] == [
        ("done_late", "2025-06-20"),
        ("done_late", "2025-07-25"),
    ]
    assert (record["status"], record["days_late"], record["units_done"]) == ("done_late", 237, 2)
    (row,) = json.loads(ok("report", "--unit", "Tam Điệp", *AFTER, "-f", "json"))
    assert (row["unit_status"], row["unit_reported"]) == ("done_late", "2025-07-25")
    assert [p["reported_by"] for p in row["unit_parts"]] == [
        "UBND phường Bắc Sơn",
        "UBND phường Tam Điệp",
    ]
