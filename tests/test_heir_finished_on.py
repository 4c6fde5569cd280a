"""The parts an heir took over finish on the first "done" of their run, as every part does
(questions/heir_parts.py by questions/finished.py's rule).

Plan 2024: I.2 led by UBND phường Bắc Sơn and UBND phường Nam Sơn, due Tháng 11/2024 (last day
30/11/2024); both wards merged into UBND phường Tam Điệp from 01/07/2025 (tests/ward_merger.py).
Bắc Sơn reported it done on 10/11/2024 (on time), and again on 20/12/2024 (re-sent with the
evidence: not a later finish); Nam Sơn "in progress" on 21/06/2025. Hand-computed, as of
01/08/2025 (30/11/2024 + 244 days): two parts, both Tam Điệp's — Bắc Sơn's done on time on
10/11/2024, Nam Sơn's late — so 1 of 2 done and the target late by 244 days. Before this rule
reached the heir's parts, Bắc Sơn's part taken over said "Hoàn thành trễ hạn (20/12/2024)".
Each question asked without the cache, then with it made and read warm: the same answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from heir_plan import import_2024, show_parts, unit_row

runner = CliRunner()

ROWS = [
    "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ",
    ("1", "100% các phòng, đơn vị cập nhật dữ liệu dùng chung.", "Phòng VH&TT",
     "Các phòng, đơn vị thuộc UBND thành phố", "Tháng 12/2025", ""),
    ("2", "Số hóa sổ hộ tịch của phường Bắc Sơn và phường Nam Sơn.",
     "UBND phường Bắc Sơn; UBND phường Nam Sơn", "Phòng Tư pháp", "Tháng 11/2024", ""),
]  # fmt: skip
AFTER = ("--as-of", "01/08/2025")
MODES = ("1", "0", "0")  # without the cache; the cache made; read warm


def ok(*args: str) -> str:
    result = runner.invoke(app, ["--plan", "2024", *args])
    assert result.exit_code == 0, result.stdout + result.stderr
    return result.stdout


def add(unit: str, status: str, day: str) -> None:
    ok("progress", "add", "I.2", "--unit", unit, "--status", status, "--date", day, "--id")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    import_2024(tmp_path, monkeypatch, ROWS)
    add("Bắc Sơn", "done", "10/11/2024")
    add("Bắc Sơn", "done", "20/12/2024")  # re-sent with the evidence
    add("Nam Sơn", "in_progress", "21/06/2025")
    return tmp_path


def _show_parts(*args: str) -> list[str]:
    """`show I.2`'s status line and its parts, from "Trạng thái"/"Status" to the blank line."""
    return show_parts(ok(*args))


def _unit_row(*lang: str) -> list[str]:
    """The I.2 row of `report --unit "Tam Điệp"`, its part lines included."""
    return unit_row(ok(*lang, "report", "--unit", "Tam Điệp", *AFTER))


def test_show_says_the_part_taken_over_finished_on_time(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vi = [
        "Trạng thái                                  Quá hạn (1/2) — 244 ngày (tính đến ngày "
        "01/08/2025)",
        "Phần việc của từng đơn vị (1/2 hoàn thành)  UBND phường Tam Điệp (thay UBND phường Bắc "
        "Sơn, đã sáp nhập): Hoàn thành (10/11/2024)",
        "                                            UBND phường Tam Điệp (thay UBND phường Nam "
        "Sơn, đã sáp nhập): Quá hạn (21/06/2025)",
    ]
    en = [
        "Status                       Late (1/2) — 244 days (as of 01/08/2025)",
        "Each unit's part (1/2 done)  UBND phường Tam Điệp (in place of UBND phường Bắc Sơn, "
        "merged): Done (10/11/2024)",
        "                             UBND phường Tam Điệp (in place of UBND phường Nam Sơn, "
        "merged): Late (21/06/2025)",
    ]
    for mode in MODES:
        monkeypatch.setenv("CDS_NO_CACHE", mode)
        assert _show_parts("show", "I.2", *AFTER) == vi
        assert _show_parts("--lang", "en", "show", "I.2", *AFTER) == en
        record = json.loads(ok("show", "I.2", *AFTER, "-f", "json"))
        assert [(p["status"], p["reported"], p["finished_on"]) for p in record["parts"]] == [
            ("done", "2024-12-20", "2024-11-10"),
            ("late", "2025-06-21", None),
        ]
        assert (record["status"], record["days_late"], record["units_done"]) == ("late", 244, 1)


def test_report_by_unit_says_the_same(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for mode in MODES:
        monkeypatch.setenv("CDS_NO_CACHE", mode)
        assert _unit_row()[1:] == [
            "(phần nhận thay UBND phường Bắc Sơn từ 01/07/2025: Hoàn thành, UBND phường Bắc Sơn "
            "báo cáo ngày 10/11/2024)",
            "(phần nhận thay UBND phường Nam Sơn từ 01/07/2025: Quá hạn, UBND phường Nam Sơn báo "
            "cáo ngày 21/06/2025)",
        ]
        assert _unit_row("--lang", "en")[1:] == [
            "(part of UBND phường Bắc Sơn, taken over from 01/07/2025: Done, reported by UBND "
            "phường Bắc Sơn on 10/11/2024)",
            "(part of UBND phường Nam Sơn, taken over from 01/07/2025: Late, reported by UBND "
            "phường Nam Sơn on 21/06/2025)",
        ]
        (row,) = json.loads(ok("report", "--unit", "Tam Điệp", *AFTER, "-f", "json"))
        assert (row["status"], row["units_done"], row["units_required"]) == ("late", 1, 2)
        assert [
            (p["taken_over_from"], p["status"], p["reported"], p["finished_on"])
            for p in row["unit_parts"]
        ] == [
            ("UBND phường Bắc Sơn", "done", "2024-12-20", "2024-11-10"),
            ("UBND phường Nam Sơn", "late", "2025-06-21", None),
        ]


def test_the_heirs_run_of_done_after_the_merger(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tam Điệp says done on 25/07/2025 and again on 30/07/2025: its report speaks for Nam Sơn's
    # part, finished on 25/07/2025 (30/11/2024 + 237 days); Bắc Sơn's part stays done on
    # 10/11/2024. The target: done late by 237 days, 2 of 2.
    add("Tam Điệp", "done", "25/07/2025")
    add("Tam Điệp", "done", "30/07/2025")
    for mode in MODES:
        monkeypatch.setenv("CDS_NO_CACHE", mode)
        record = json.loads(ok("show", "I.2", *AFTER, "-f", "json"))
        assert [(p["status"], p["reported"], p["finished_on"]) for p in record["parts"]] == [
            ("done", "2024-12-20", "2024-11-10"),
            ("done_late", "2025-07-30", "2025-07-25"),
        ]
        assert (record["status"], record["days_late"], record["units_done"]) == (
            "done_late",
            237,
            2,
        )
        assert _show_parts("show", "I.2", *AFTER)[0] == (
            "Trạng thái                                  Hoàn thành trễ hạn (2/2) — 237 ngày "
            "(tính đến ngày 01/08/2025)"
        )
