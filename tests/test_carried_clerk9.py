"""A clerk's review of carried targets and merged wards (round 9, items 1, 3, 4, 6).

1. A carried target starts where its units stood: Phòng Y tế reported 2023/III.4 "đang thực
   hiện" on 20/10/2023; carried on 31/12/2023 (2024/III.4), it is "Đang thực hiện" there, in
   the report, the letter and `cds plans`; a workspace carried without that copy gets it by
   running carry-over again, once.
3. One form for a carried target: 'I.2 (I.1 (2023))' (its id here, then its origin), broken
   over two lines in a narrow column: the screens, the Excel form, the Word summary; the origin
   row says plainly which plan and which text it went to.
4, 6. Phường Bắc Sơn and Nam Sơn merged into Tam Điệp on 01/07/2025: `show` names the heir,
   the form says Nam Sơn's report is Nam Sơn's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import openpyxl
import pytest

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from test_plans import HEADING, ok, report
from test_plans import workspace as workspace  # the fixture: 2023 bundled, 2024 with I.1

CARRY = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
COPIED = "Đã chép 1 báo cáo cuối của phần việc chưa hoàn thành sang kế hoạch mới."


def _health_reported_then_carried() -> str:
    report("2023", "III.4", "Phòng Y tế", "in_progress", "20/10/2023")
    return ok(*CARRY)


def _health_rows(plan: str, as_of: str) -> dict[str, dict[str, object]]:
    args = ("--plan", plan, "report", "--unit", "Phòng Y tế", "--as-of", as_of, "-f", "json")
    return {r["id"]: r for r in json.loads(ok(*args))}


def test_a_carried_target_keeps_the_units_last_report(workspace: Path) -> None:
    said = _health_reported_then_carried().splitlines()
    # 31 targets of 2023 carried (none done); the one report copied before the marks.
    assert said[-3:] == [
        "Đã ghi 31 chỉ tiêu vào plans/2024/phu_luc_01.yaml.",
        COPIED,
        "Đã ghi dấu 'đã chuyển' cho 31 chỉ tiêu trong plans/2023/phu_luc_01.yaml.",
    ]
    copy = json.loads(
        ok("--plan", "2024", "progress", "list", "--unit", "Phòng Y tế", "-f", "json")
    )
    assert [(e["target"], e["status"], e["date"], e["note"]) for e in copy] == [
        (
            "III.4",
            "in_progress",
            "2023-10-20",
            "Báo cáo trong kế hoạch cũ (III.4 (2023)), chuyển theo chỉ tiêu",
        )
    ]
    # Phòng Y tế leads 2024/III.4 alone: its status is its report's.
    assert _health_rows("2024", "15/01/2024")["III.4"]["status"] == "in_progress"
    # The letter of 01/2025 (deadline Tháng 12/2024: 15 days late) says what it reported.
    letter = ok(
        "--plan", "2024", "remind", "--unit", "Phòng Y tế", "--month", "01/2025",
        "--as-of", "15/01/2025",
    )  # fmt: skip
    # cited by its 2024 id and its origin (fix9d: 'III.4' alone is also 2024's own number)
    line = next(line for line in letter.splitlines() if "| III.4 (III.4 (2023)) |" in line)
    assert line.endswith("| Tháng 12/2024 | Quá hạn 15 ngày | Đang thực hiện (20/10/2023) |")
    # `cds plans` on 01/06/2024: 32 targets in 2024 (its I.1 and the 31 carried): III.4 in
    # progress, the ongoing I.3 and II.2 (2023's I.2, II.2) owe their month, 29 not started.
    plans = json.loads(ok("plans", "--as-of", "01/06/2024", "-f", "json"))
    counts = {k: plans[1][k] for k in ("targets", "in_progress", "not_started", "unreported")}
    assert counts == {"targets": 32, "in_progress": 1, "not_started": 29, "unreported": 2}


def test_carrying_again_adds_the_missing_report_once(workspace: Path) -> None:
    _health_reported_then_carried()
    progress = workspace / "plans/2024/progress/phong-y-te.yaml"
    progress.unlink()  # as an earlier version left it: no copy of the in-progress report
    assert _health_rows("2024", "15/01/2024")["III.4"]["status"] == "not_started"
    again = ok(*CARRY).splitlines()
    assert again[1] == "Đã chuyển trước đây, còn thiếu dấu 'đã chuyển' hoặc báo cáo của phần việc:"
    at = next(i for i, line in enumerate(again) if line.startswith("| III.4 (2023) "))
    said = " ".join(re.sub(r"^\|.*?\|.*?\| (.*?) *\|$", r"\1", line) for line in again[at : at + 2])
    assert said == (
        "Phòng Y tế đã báo cáo 'Đang thực hiện' ngày 20/10/2023: giữ báo cáo đó ở kế hoạch mới"
    )
    assert again[-1] == COPIED
    assert _health_rows("2024", "15/01/2024")["III.4"]["status"] == "in_progress"
    third = ok(*CARRY).splitlines()  # nothing left: no second copy
    assert len(third) == 1 and "(31 chỉ tiêu đã chuyển trước đây); chưa ghi gì." in third[0]
    assert len([line for line in progress.read_text("utf-8").splitlines() if line[:2] == "- "]) == 1


def test_a_carried_target_is_cited_one_way(workspace: Path) -> None:
    """2023/I.1 (Phòng Y tế leads it through 'Các phòng, đơn vị') is 2024's I.2 (the 2024 plan
    has an I.1 of its own)."""
    _health_reported_then_carried()
    table = ok("--plan", "2024", "list", "--group", "I")
    assert re.search(r"^\| I\.2 +\|.*\n\| \(I\.1 \(2023\)\) +\|", table, re.M)
    markdown = ok("--plan", "2024", "list", "--group", "I", "-f", "markdown")
    assert "| I.2 (I.1 (2023)) |" in markdown
    # The Excel form: the id (what an import reads), the origin under it in brackets.
    ok(
        "--plan", "2024", "form", "--unit", "Phòng Y tế", "--month", "01/2025",
        "--as-of", "15/01/2025", "--out", "phieu.xlsx",
    )  # fmt: skip
    sheet = openpyxl.load_workbook("phieu.xlsx")["Phiếu báo cáo"]
    codes = [sheet.cell(r, 2).value for r in range(8, sheet.max_row + 1)]
    assert "I.2\n(I.1 (2023))" in codes and not any("STT" in str(c) for c in codes)
    # The Word summary's part of carried targets: the same form.
    ok("--plan", "2024", "summary", "--as-of", "15/01/2024", "--format", "docx", "--out", "b.docx")
    carried = docx.Document("b.docx").tables[-1]
    assert [c.text for c in carried.rows[2].cells[:1]] == ["I.2\n(I.1 (2023))"]
    # The origin row says which plan and which text it went to: 2023 has an I.2 of its own.
    origin = ok("report", "--unit", "Phòng Y tế", "--all-plans", "--as-of", "15/01/2024")
    assert "## Kế hoạch 2023" not in origin and origin.startswith("Kế hoạch 2023\n")
    markdown = ok(
        "report", "--unit", "Phòng Y tế", "--all-plans", "--as-of", "15/01/2024", "-f", "markdown"
    )
    row = next(line for line in markdown.splitlines() if line.startswith("| I.1 |"))
    assert row.endswith(
        "| Đã chuyển sang kế hoạch 2024, chỉ tiêu I.2 ở đó (“100% các phòng, đơn vị…”) "
        "(phần của đơn vị: Đã chuyển sang kế hoạch sau) |"
    )
    english = ok(
        "--plan", "2023", "show", "I.1", "--as-of", "15/01/2024", "--lang", "en",
    )  # fmt: skip
    assert "Carried over to plan 2024, target I.2 there (“100% các phòng, đơn" in " ".join(
        english.split()
    )


WARDS_2024 = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    (
        "1.",
        "Số hóa 100% sổ hộ tịch của phường Bắc Sơn và phường Nam Sơn.",
        "",
        "UBND phường Bắc Sơn; UBND phường Nam Sơn",
        "Phòng Tư pháp",
        "Tháng 11/2024",
        "",
    ),
]
MERGER = """units:
  - id: phuong-bac-son
    valid_to: 30/06/2025
    merged_into: phuong-tam-diep
  - id: phuong-nam-son
    valid_to: 30/06/2025
    merged_into: phuong-tam-diep
  - id: phuong-tam-diep
    name: UBND phường Tam Điệp
    kind: ward
    source: user
    valid_from: 01/07/2025
"""


@pytest.fixture
def merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """2024's one target led by Bắc Sơn and Nam Sơn, Nam Sơn's report of 10/06/2024, the two
    wards merged into Tam Điệp on 01/07/2025."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", WARDS_2024, HEADING)
    ok("import", str(source), "--out", "plans/2024/phu_luc_01.yaml", "--registry", "plans/2023")
    report("2024", "I.1", "Nam Sơn", "in_progress", "10/06/2024")
    (tmp_path / "plans/don_vi_thay_doi.yaml").write_text(MERGER, encoding="utf-8")
    return tmp_path


def _lead(shown: str) -> str:
    at = shown.index("Chủ trì" if "Chủ trì" in shown else "Lead")
    return " ".join(shown[at : shown.index("\n", shown.index("→", at))].split())


def test_show_names_the_heir_of_merged_wards(merged: Path) -> None:
    after = ok("--plan", "2024", "show", "I.1", "--as-of", "15/07/2025")
    assert _lead(after) == (
        "Chủ trì UBND phường Bắc Sơn; UBND phường Nam Sơn → UBND phường Tam Điệp (từ 01/07/2025)"
    )
    english = ok("--plan", "2024", "show", "I.1", "--as-of", "15/07/2025", "--lang", "en")
    assert _lead(english).endswith("→ UBND phường Tam Điệp (from 01/07/2025)")
    before = ok("--plan", "2024", "show", "I.1", "--as-of", "30/06/2025")
    assert _lead(before) == (
        "Chủ trì UBND phường Bắc Sơn; UBND phường Nam Sơn → UBND phường Bắc Sơn; UBND phường "
        "Nam Sơn"
    )


def test_the_form_names_who_made_the_report_before_the_merger(merged: Path) -> None:
    ok(
        "--plan", "2024", "form", "--unit", "Tam Điệp", "--month", "07/2025",
        "--as-of", "15/07/2025", "--out", "phieu.xlsx",
    )  # fmt: skip
    sheet = openpyxl.load_workbook("phieu.xlsx")["Phiếu báo cáo"]
    # Tháng 11/2024 ends 30/11/2024; 15/07/2025 is 227 days later (31+31+28+31+30+31+30+15).
    assert (sheet["B8"].value, sheet["E8"].value) == (
        "I.1",
        # each part Tam Điệp took over, as `report --unit` says them (issue 16): Bắc Sơn never
        # reported; Nam Sơn's report, made before the merger, named as Nam Sơn's
        "Quá hạn (227 ngày)\n(phần nhận thay UBND phường Bắc Sơn từ 01/07/2025: Quá hạn)\n"
        "(phần nhận thay UBND phường Nam Sơn từ 01/07/2025: Quá hạn, UBND phường Nam Sơn báo cáo "
        "ngày 10/06/2024)",
    )
    ok(
        "--plan", "2024", "form", "--unit", "Tam Điệp", "--month", "07/2025",
        "--as-of", "15/07/2025", "--out", "form.xlsx", "--lang", "en",
    )  # fmt: skip
    sheet = openpyxl.load_workbook("form.xlsx").worksheets[0]
    assert sheet["E8"].value.endswith(
        "(part of UBND phường Nam Sơn, taken over from 01/07/2025: Late, reported by UBND "
        "phường Nam Sơn on 10/06/2024)"
    )
