"""A co-lead merged into the other co-lead: the heir's own part, reported done before the
merger, stays done; it is asked only for the part it took over (registry/succession.py
`own_finished`). Plan 2023, II.7 led by Phòng Kinh tế and Phòng Quản lý đô thị, due Tháng
10/2023; Phòng Quản lý đô thị merged into Phòng Kinh tế from 01/07/2023; Phòng Kinh tế reported
its part done on 01/05/2023. Hand-computed."""

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


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.output)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    init_registry(tmp_path / "plans" / "2023")
    path = tmp_path / "plans" / "2023" / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("      - id: II.7\n")
    old = (
        "        lead:\n          text: Phòng Văn hóa và Thông tin\n"
        "          units:\n            - phong-van-hoa-thong-tin\n"
    )
    new = (
        "        lead:\n          text: Phòng Kinh tế; Phòng Quản lý đô thị\n"
        "          units:\n            - phong-kinh-te\n            - phong-quan-ly-do-thi\n"
    )
    at = text.index(old, start)
    text = text[:at] + new + text[at + len(old) :]
    due = '          text: Tháng 7/2023\n          due: "2023-07"\n'
    at = text.index(due, start)
    text = text[:at] + due.replace("7/", "10/").replace("07", "10") + text[at + len(due) :]
    path.write_text(text, encoding="utf-8")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(MERGER, encoding="utf-8")
    ok("validate")
    ok(
        *("progress", "add", "II.7", "--unit", "Phòng Kinh tế", "--status", "done"),
        "--date",
        "01/05/2023",
    )
    return tmp_path


def _show(day: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok("show", "II.7", "--as-of", day, "--format", "json"))
    return data


def _parts(day: str) -> list[tuple[str, str, str | None, list[str]]]:
    return [(p["unit"], p["status"], p["reported"], p["in_place_of"]) for p in _show(day)["parts"]]


def test_before_the_merger_each_co_lead_its_own_part(workspace: Path) -> None:
    assert _parts("01/06/2023") == [
        ("phong-kinh-te", "done", "2023-05-01", []),
        ("phong-quan-ly-do-thi", "not_started", None, []),
    ]


def test_after_the_merger_the_heirs_own_part_stays_done(workspace: Path) -> None:
    assert _parts("01/08/2023") == [
        ("phong-kinh-te", "done", "2023-05-01", []),
        ("phong-kinh-te", "not_started", None, ["Phòng Quản lý đô thị"]),
    ]
    record = _show("01/08/2023")
    # one of two parts done, the heir started (its own part is done): in progress, not late
    assert (record["status"], record["units_done"], record["units_required"]) == (
        "in_progress",
        1,
        2,
    )
    text = ok("show", "II.7", "--as-of", "01/08/2023")
    assert (
        "Phần việc của từng đơn vị (1/2 hoàn thành)  Phòng Kinh tế: Hoàn thành (01/05/2023)" in text
    )
    assert (
        "Phòng Kinh tế (thay Phòng Quản lý đô thị, đã sáp nhập): Chưa thực hiện (chưa báo cáo)"
        in text
    )
    text = ok("--lang", "en", "show", "II.7", "--as-of", "01/08/2023")
    assert (
        "Phòng Kinh tế (in place of Phòng Quản lý đô thị, merged): Not started (not reported)"
        in text
    )


def test_the_letter_urges_only_the_part_taken_over(workspace: Path) -> None:
    # 01/11/2023 is one day past 31/10/2023
    text = ok("remind", "--month", "10/2023", "--as-of", "01/11/2023", "--unit", "Phòng Kinh tế")
    row = next(line for line in text.splitlines() if "| II.7 |" in line)
    assert row.endswith(
        "(đề nghị thực hiện phần việc nhận thay Phòng Quản lý đô thị, đã sáp nhập) | Tháng 10/2023 "
        "| Quá hạn 1 ngày "
        "| Chưa báo cáo; phần việc của đơn vị đã hoàn thành ngày 01/05/2023 |"
    )


def test_the_heir_reporting_after_the_merger_finishes_both(workspace: Path) -> None:
    ok(
        *("progress", "add", "II.7", "--unit", "Phòng Kinh tế", "--status", "done"),
        "--date",
        "15/09/2023",
    )
    assert _parts("01/11/2023") == [
        ("phong-kinh-te", "done", "2023-05-01", []),
        ("phong-kinh-te", "done", "2023-09-15", ["Phòng Quản lý đô thị"]),
    ]
    record = _show("01/11/2023")
    assert (record["status"], record["units_done"], record["units_required"]) == ("done", 2, 2)
    text = ok("remind", "--month", "10/2023", "--as-of", "01/11/2023", "--unit", "Phòng Kinh tế")
    assert "| II.7 |" not in text
