"""Carry-over of an ongoing ("Thường xuyên") target: its units' last reports are each their
period's, "hoàn thành" too, so none is a finished part kept done in the new plan, and none is
copied into it (clerk12 F5): the new plan asks for each of its own periods, and a copy would be
the unit's "Báo cáo gần nhất" in the letter urging the period it owes. The report stays the old
plan's history, which `show` gives as such.

Plan 2024 (5/KH-BCĐ): I.1 "Nội dung một." Phòng Nội vụ, Tháng 6/2024; I.2 "Tuyên truyền …"
Phòng Y tế, Thường xuyên (monthly); I.3 "Nội dung ba." Phòng Kinh tế with Phòng Nội vụ, Tháng
12/2024. Reports: I.1 done by Nội vụ 10/05/2024 (not carried); I.2 "hoàn thành" by Y tế on
10/06/2024 (the window 15/05–14/06/2024); I.3 Nội vụ's part done on 01/07/2024. Plan 2025
(3/KH-BCĐ) has one target, I.1; carried on 31/12/2024: I.2 → 2025's I.2, I.3 → I.3.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")
ONE = ("1.", "Nội dung một.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
TWO = ("2.", "Tuyên truyền về chuyển đổi số.", "", "Phòng Y tế", "", "Thường xuyên", "")
THREE = ("3.", "Nội dung ba.", "", "Phòng Kinh tế", "Phòng Nội vụ", "Tháng 12/2024", "")
HEADING_2025 = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2025",
    "(Kèm theo Kế hoạch số 3/KH-BCĐ ngày 08/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
NEW = ("1.", "Nội dung năm 2025.", "", "Phòng Nội vụ", "", "Tháng 10/2025", "")
CARRY = ("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024")


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


def ok(*args: str) -> str:
    result = cds(*args)
    assert result.exit_code == 0, result.output
    return str(result.stdout)


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO, THREE], HEADING_2024)
    write_docx(tmp_path / "kh25.docx", [("header",), GROUP, NEW], HEADING_2025)
    for source, out in (("kh.docx", "2024"), ("kh25.docx", "2025")):
        ok("import", source, "--registry", "plans/2023", "--out", f"plans/{out}/phu_luc_01.yaml")
    for target, unit, day in (("I.1", "Phòng Nội vụ", "10/05/2024"),
                              ("I.2", "Phòng Y tế", "10/06/2024"),
                              ("I.3", "Phòng Nội vụ", "01/07/2024")):  # fmt: skip
        ok("--plan", "2024", "progress", "add", target, "--unit", unit, "--status", "hoàn thành",
           "--date", day, "--note", "Phát 20 tin bài" if target == "I.2" else "")  # fmt: skip
    return tmp_path


def _lines(text: str) -> list[str]:
    return [" ".join(line.strip("| ").split()) for line in text.splitlines()]


def _flat(text: str) -> str:
    """A table's wrapped cells read on: the lines' texts inside the borders, joined."""
    return " ".join(line for line in _lines(text) if not line.startswith(("+-", "|-")))


def test_the_preview_says_a_periodic_report_is_not_copied(plans: Path) -> None:
    text = ok(*CARRY, "--yes")
    said, flat = _lines(text), _flat(text)
    assert (
        "I.2 (2024) | I.2 | Chưa báo cáo kỳ này | Thường xuyên Tuyên truyền về chuyển đổi số."
        " vào nhóm I. CHỈ TIÊU VỀ DỮ LIỆU SỐ Phòng Y tế đã báo cáo 'Hoàn thành' ngày 10/06/2024:"
        " báo cáo của kỳ đó (chỉ tiêu thường xuyên), không chép; ở kế hoạch mới đơn vị báo cáo"
        " từng kỳ -------------+" in flat
    )
    assert flat.count("giữ là hoàn thành") == 1
    # the part of a target with a deadline is finished for good: kept done, as before
    assert "đã hoàn thành phần của Phòng Nội vụ ngày 01/07/2024: giữ là hoàn thành ở kế" in flat
    assert said[-3:] == [
        "Đã ghi 2 chỉ tiêu vào plans/2025/phu_luc_01.yaml.",
        "Đã chép 1 phần việc đã hoàn thành sang kế hoạch mới.",  # I.3's, not I.2's
        "Đã ghi dấu 'đã chuyển' cho 2 chỉ tiêu trong plans/2024/phu_luc_01.yaml.",
    ]
    copied = [
        json.loads(line[2:])
        for path in sorted((plans / "plans/2025/progress").glob("*.yaml"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("- {")
    ]
    assert [(e["target"], e["unit"], e["date"]) for e in copied] == [
        ("I.3", "phong-noi-vu", "2024-07-01")
    ]


def test_the_preview_in_english_and_json(plans: Path) -> None:
    english = _flat(ok("--lang", "en", *CARRY))
    assert (
        "Phòng Y tế reported 'Done' on 10/06/2024: that period's report (an ongoing target), not"
        " copied; under the new plan the unit reports each period" in english
    )
    data = json.loads(ok(*CARRY, "--format", "json"))
    periodic = {t["id"]: t for t in data["targets"]}["I.2"]
    assert (periodic["parts_done"], periodic["parts_kept"]) == ([], [])
    assert periodic["periodic_not_copied"] == [
        {"unit": "phong-y-te", "date": "2024-06-10", "status": "done"}
    ]


def test_the_new_plan_urges_the_period_and_shows_the_old_report_as_history(plans: Path) -> None:
    ok(*CARRY, "--yes")
    letter = ok("--plan", "2025", "remind", "--unit", "Phòng Y tế", "--as-of", "20/01/2025")
    row = next(line for line in letter.splitlines() if line.startswith("| 1 |"))
    # was "| Chưa báo cáo kỳ này | Hoàn thành (10/06/2024) |": June 2024's, as if current
    assert row.endswith("| Báo cáo kỳ 15/12/2024–14/01/2025 | Chưa báo cáo kỳ này | Chưa báo cáo |")
    shown = _flat(ok("--plan", "2025", "show", "I.2", "--as-of", "20/01/2025"))
    assert (
        "Tiến độ đã báo cáo (mới nhất trước) Chưa có báo cáo tiến độ nào. Báo cáo cuối cùng của"
        " các đơn vị trong Kế hoạch năm 2024 (chỉ tiêu I.2), trước khi chuyển tiếp" in shown
    )
    assert "| 10/06/2024 | I.2 | Phòng Y tế | Hoàn thành (Kế hoạch năm 2024) Phát 20 tin" in shown
