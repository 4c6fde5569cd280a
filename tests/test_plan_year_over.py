"""Ongoing targets after their plan's year, and a reporting period read from the Ghi chú cell
(clerk review 9, item 7).

One rule: a plan's reporting windows run to the end of its year (the last ends 14/12); from
1/1 of the next year its ongoing targets owe nothing more. `due` and `remind` already stopped
asking; `report`, `summary` and `show` now say "kế hoạch đã hết năm" with the last window. A
last window not fully reported stays `unreported`, said "Chưa báo cáo kỳ cuối" and counted so
(clerk review 11, C: it was "Thường xuyên", the words of every lead unit having reported);
one fully reported is "Thường xuyên".

Plan 2024, imported from Word: I.1 dated (Tháng 6/2024), I.2 "Thường xuyên" with the note "Báo
cáo 6 tháng" (half-yearly: windows 15/12/2023–14/06/2024 and 15/06–14/12/2024), I.3
"Thường xuyên" with "Báo cáo hằng tuần" (no such period in the registry: monthly, for review).
Nobody reports. On 20/12/2024 (still the plan's year) both are judged on the plan's last
window, 15/06–14/12/2024 (I.2) and 15/11–14/12/2024 (I.3), still owed: "Chưa báo cáo kỳ này".
On 15/07/2025 both say the plan's year is over, with that last window not fully reported, and
are "Chưa báo cáo kỳ cuối" (JSON `unreported`); `due --month 7/2025` lists neither.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from test_optional_columns import HEADING, write_table

runner = CliRunner()
ROWS = [
    "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ",
    ("1", "100% các phòng cập nhật dữ liệu dùng chung.", "Phòng VH&TT", "Phòng Tư pháp",
     "Tháng 6/2024", ""),
    ("2", "Trên 80% học sinh được phổ cập kỹ năng số.", "Phòng GD&ĐT", "Phòng VH&TT",
     "Thường xuyên", "Báo cáo 6 tháng"),
    ("3", "Tuyên truyền chuyển đổi số trên đài phát thanh.", "Phòng VH&TT", "Phòng Tư pháp",
     "Thường xuyên", ""),
]  # fmt: skip
WEEKLY = [*ROWS[:3], (*ROWS[3][:5], "Báo cáo hằng tuần")]


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--plan", "2024", *args])


def _import(folder: Path, rows: list[Any]) -> Any:
    init_registry(folder / "plans" / "2023")
    source = write_table(folder / "ke-hoach-2024.docx", rows, HEADING)
    args = ["import", str(source), "--out", "plans/2024/phu_luc_01.yaml"]
    return runner.invoke(app, [*args, "--registry", "plans/2023"])


@pytest.fixture
def imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return _import(tmp_path, ROWS)


def test_the_note_sets_the_period(imported: Any, tmp_path: Path) -> None:
    assert imported.exit_code == 0, imported.output
    assert imported.stderr.splitlines()[1] == (
        "ke-hoach-2024.docx:1:5:6: ghi chú: cột Ghi chú 'Báo cáo 6 tháng': đã đọc kỳ báo cáo là "
        "6 tháng (`reporting: half-yearly`, docs/registry-format.md)"
    )
    # the period in words ("6 tháng", "Half-yearly"), the YAML written beside it in backquotes
    args = ["import", "ke-hoach-2024.docx", "--registry", "plans/2023", "--lang", "en"]
    english = runner.invoke(app, args)
    assert english.stderr.splitlines()[1] == (
        "ke-hoach-2024.docx:1:5:6: note: the Ghi chú (notes) cell 'Báo cáo 6 tháng': reporting "
        "period read as Half-yearly (`reporting: half-yearly`, docs/registry-format.md)"
    )
    text = (tmp_path / "plans/2024/phu_luc_01.yaml").read_text("utf-8")
    assert "notes: Báo cáo 6 tháng\n        reporting: half-yearly\n" in text
    assert text.count("reporting:") == 1


def test_a_period_the_registry_lacks_is_left_for_review(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = _import(tmp_path, WEEKLY)
    assert done.exit_code == 1  # written, with a needs_review line: validate asks until decided
    lines = done.stderr.splitlines()
    assert lines[2:4] == [
        "ke-hoach-2024.docx:1:6:6: cột Ghi chú 'Báo cáo hằng tuần' nói về báo cáo nhưng không "
        "nêu kỳ sổ đăng ký hỗ trợ: tạm để hằng tháng",
        "  gợi ý: ghi kỳ báo cáo vào chỉ tiêu: `reporting: monthly` (hằng tháng), `quarterly` "
        "(hằng quý), `half-yearly` (6 tháng) hoặc `yearly` (hằng năm) (docs/registry-format.md)",
    ]
    text = (tmp_path / "plans/2024/phu_luc_01.yaml").read_text("utf-8")
    assert "Báo cáo hằng tuần' nói về báo cáo" in text  # its needs_review line
    assert text.count("reporting:") == 1  # I.2's half-yearly only


def _rows(*args: str) -> dict[str, Any]:
    result = cds(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return {r["id"]: r for r in json.loads(result.stdout)}


def test_across_the_year_boundary(imported: Any) -> None:
    assert imported.exit_code == 0, imported.output
    before = _rows("list", "--as-of", "20/12/2024")
    assert [(before[t]["status"], before[t]["period"]) for t in ("I.2", "I.3")] == [
        ("unreported", {"reporting": "half-yearly", "start": "2024-06-15", "end": "2024-12-14"}),
        ("unreported", {"reporting": "monthly", "start": "2024-11-15", "end": "2024-12-14"}),
    ]
    after = _rows("list", "--as-of", "15/07/2025")
    assert [(after[t]["status"], after[t]["period"]) for t in ("I.2", "I.3")] == [
        ("unreported", {"reporting": "half-yearly", "start": "2024-06-15", "end": "2024-12-14"}),
        ("unreported", {"reporting": "monthly", "start": "2024-11-15", "end": "2024-12-14"}),
    ]
    summary = json.loads(cds("summary", "--as-of", "15/07/2025", "--format", "json").stdout)
    assert (summary["counts"]["ongoing"], summary["counts"]["unreported"]) == (0, 2)
    screen = cds("summary", "--as-of", "15/07/2025").stdout
    assert "Tổng: 3 chỉ tiêu — Quá hạn: 1 (33%); Chưa báo cáo kỳ cuối: 2 (67%)" in screen
    assert "Chưa báo cáo kỳ này" not in screen
    english = cds("--lang", "en", "summary", "--as-of", "15/07/2025").stdout
    assert "Total: 3 targets — Late: 1 (33%); Last period not reported: 2 (67%)" in english
    for word in ("chưa báo cáo kỳ cuối", "unreported"):  # list --status agrees with the counts
        assert list(_rows("list", "--as-of", "15/07/2025", "--status", word)) == ["I.2", "I.3"]
    assert _rows("list", "--as-of", "15/07/2025", "--status", "ongoing") == {}
    listed = cds("list", "--as-of", "15/07/2025").stdout
    assert "Tổng: 3 chỉ tiêu — Quá hạn: 1; Chưa báo cáo kỳ cuối: 2" in listed
    plans = cds("plans", "--as-of", "15/07/2025").stdout  # 2023's I.2, II.2 as well: never reported
    assert "| Thường xuyên        | 0    | 0      |" in plans
    assert "| Chưa báo cáo kỳ này | 2    | 2      |" in plans
    assert (
        "Kế hoạch đã hết năm (2023, 2024): dòng Chưa báo cáo kỳ này đếm các chỉ tiêu thường xuyên "
        "chưa báo cáo đủ kỳ cuối của kế hoạch (Chưa báo cáo kỳ cuối)."
    ) in " ".join(plans.split())
    report = ("report", "--unit", "GD&ĐT", "--as-of", "15/07/2025")
    assert "Tổng: 1 chỉ tiêu — Chưa báo cáo kỳ cuối: 1" in cds(*report).stdout
    assert "(phần của đơn vị: Chưa báo cáo kỳ cuối)" in cds(*report).stdout
    assert "— Last period not reported: 1\n" in cds("--lang", "en", *report).stdout
    cells = cds(*report, "-f", "csv", "--excel").stdout
    assert "6 tháng, kế hoạch đã hết năm, kỳ cuối 15/06/2024–14/12/2024 thiếu báo cáo" in cells
    english = cds("--lang", "en", *report, "-f", "csv", "--excel").stdout
    assert "the plan's year is over, last period 15/06/2024–14/12/2024 not fully" in english
    shown = json.loads(cds("show", "I.3", "--as-of", "15/07/2025", "--format", "json").stdout)
    assert (shown["status"], [p["status"] for p in shown["parts"]]) == (
        "unreported",
        ["unreported"],
    )
    text = " ".join(cds("show", "I.3", "--as-of", "15/07/2025").stdout.split())
    assert "Trạng thái Chưa báo cáo kỳ cuối (tính đến ngày 15/07/2025)" in text
    assert "Phòng Văn hóa và Thông tin: Chưa báo cáo kỳ cuối" in text
    text = " ".join(cds("--lang", "en", "show", "I.3", "--as-of", "15/07/2025").stdout.split())
    assert "Last period not reported (as of 15/07/2025)" in text
    due = cds("due", "--month", "7/2025", "--as-of", "15/07/2025").stdout
    assert "I.2" not in due and "I.3" not in due
    remind = cds("remind", "--month", "7/2025", "--as-of", "15/07/2025").stdout
    assert "I.2" not in remind and "I.3" not in remind  # nothing is owed after the year


def test_a_last_window_fully_reported_is_ongoing_after_the_year(imported: Any) -> None:
    """GD&ĐT reports I.2 on 01/12/2024, in its last window (15/06–14/12/2024): on 15/07/2025
    I.2 is "Thường xuyên" (every lead reported), I.3 (never reported) "Chưa báo cáo kỳ cuối"."""
    assert imported.exit_code == 0, imported.output
    args = ["progress", "add", "I.2", "--unit", "GD&ĐT", "--status", "đang thực hiện"]
    done = cds(*args, "--date", "01/12/2024")
    assert done.exit_code == 0, done.output
    after = _rows("list", "--as-of", "15/07/2025")
    assert [after[t]["status"] for t in ("I.2", "I.3")] == ["ongoing", "unreported"]
    summary = json.loads(cds("summary", "--as-of", "15/07/2025", "--format", "json").stdout)
    assert (summary["counts"]["ongoing"], summary["counts"]["unreported"]) == (1, 1)
    listed = cds("list", "--as-of", "15/07/2025").stdout
    assert "Tổng: 3 chỉ tiêu — Quá hạn: 1; Thường xuyên: 1; Chưa báo cáo kỳ cuối: 1" in listed
