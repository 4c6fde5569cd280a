"""A target one revision cancels and a later one lists again keeps the days it was cancelled
(`cancelled_before`, issue 16, attack 9 B).

Plan 2024 of two targets (I.1 Phòng Nội vụ, Tháng 6/2024; I.2 Phòng Y tế, Tháng 9/2024);
revision Kế hoạch số 12 of 20/03/2024 lists I.1 only (I.2 cancelled from 20/03/2024); revision
Kế hoạch số 60 of 10/06/2024 lists both again (I.2 in force from 10/06/2024). So I.2 was
cancelled 20/03/2024–09/06/2024: on 01/04/2024 it is "cancelled" and out of the total (1 target),
on 01/07/2024 it is in force (2 targets), and a report dated 01/04/2024 is refused.
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
REGISTRY = "plans/2024/phu_luc_01.yaml"
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")
ONE = ("1.", "Nội dung một.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
TWO = ("2.", "Nội dung hai.", "", "Phòng Y tế", "", "Tháng 9/2024", "")


def heading(number: int, day: str) -> list[str]:
    plan = f"Kế hoạch số {number}/KH-BCĐ ngày {day} của Ban Chỉ đạo chuyển đổi số thành phố"
    return [*HEADING_2024[:2], f"(Kèm theo {plan})"]


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--registry", REGISTRY, *args])


@pytest.fixture
def lifted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    write_docx(tmp_path / "a.docx", [("header",), GROUP, ONE], heading(12, "20/03/2024"))
    write_docx(tmp_path / "b.docx", [("header",), GROUP, ONE, TWO], heading(60, "10/06/2024"))
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    for name in ("a.docx", "b.docx"):
        result = cds("import", name, "--revise", "--yes")
        assert result.exit_code == 0, result.output
    return tmp_path


def test_the_cancelled_days_are_written(lifted: Path) -> None:
    text = (lifted / REGISTRY).read_text(encoding="utf-8")
    assert (
        "        cancelled_before:\n          - since: 20/03/2024\n            until: 10/06/2024\n"
        in text
    )
    assert "\n        cancelled: " not in text  # in force now
    assert cds("validate").exit_code == 0


@pytest.mark.parametrize(
    ("day", "status", "total"),
    [
        ("19/03/2024", "not_started", 2),
        ("01/04/2024", "cancelled", 1),
        ("09/06/2024", "cancelled", 1),
        ("10/06/2024", "not_started", 2),
    ],
)
def test_status_and_summary_by_day(lifted: Path, day: str, status: str, total: int) -> None:
    shown = json.loads(cds("show", "I.2", "--as-of", day, "--format", "json").output)
    assert shown["status"] == status
    summary = json.loads(cds("summary", "--as-of", day, "--format", "json").output)
    assert summary["total"] == total
    cancelled = [{"id": "I.2", "date": "2024-03-20"}] if status == "cancelled" else []
    assert summary["cancelled"] == cancelled


def test_show_says_the_window(lifted: Path) -> None:
    out = cds("show", "I.2", "--as-of", "01/07/2024", "--lang", "en", "--format", "json").output
    assert json.loads(out)["status"] == "not_started"
    table = cds("show", "I.2", "--as-of", "01/07/2024").output
    assert "từ 20/03/2024 đến 09/06/2024" in " ".join(table.split())


def test_a_report_inside_the_window_is_refused(lifted: Path) -> None:
    args = ("progress", "add", "I.2", "--id", "--unit", "phong-y-te", "--status", "done")
    refused = cds(*args, "--date", "01/04/2024")
    assert refused.exit_code == 2
    assert " ".join(refused.output.split()) == (
        "cds: lỗi: chỉ tiêu I.2 bị bãi bỏ từ 20/03/2024 đến 09/06/2024 (áp dụng lại từ "
        "10/06/2024): ngày 01/04/2024 nằm trong thời gian bãi bỏ gợi ý: việc đã làm thì ghi "
        "ngày trước 20/03/2024 hoặc từ 10/06/2024 (--date); vẫn muốn ghi: --force"
    )
    en = cds(*args, "--date", "09/06/2024", "--lang", "en")
    assert en.exit_code == 2
    assert " ".join(en.output.split()) == (
        "cds: error: target I.2 was annulled from 20/03/2024 to 09/06/2024 (in force again "
        "from 10/06/2024): 09/06/2024 falls while it was annulled hint: date the work before "
        "20/03/2024 or from 10/06/2024 (--date); to record it anyway: --force"
    )
    assert cds(*args, "--date", "10/06/2024").exit_code == 0


def test_validate_refuses_overlapping_windows(lifted: Path) -> None:
    path = lifted / REGISTRY
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("until: 10/06/2024", "until: 01/03/2024"), encoding="utf-8")
    result = cds("validate", "--lang", "en")
    assert result.exit_code == 1
    assert (
        "target I.2: the annulment from 20/03/2024 overlaps another or ends before it begins"
        in (" ".join(result.output.split()))
    )
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "- since: 20/03/2024" in s)
    assert f"{REGISTRY}:{line}:" in result.output


# A revision whose heading names no plan, applied with --on (attack 9 J): recorded in
# document.revisions with its day and its number left blank, so the appendix cites it and
# numbers the plan by it (I.1 kept "1.", I.3 printed "2.").


def test_an_unnamed_revision_with_on_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    three = ("3.", "Nội dung ba.", "", "Phòng Tư pháp", "", "Tháng 10/2024", "")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO, three], HEADING_2024)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    rows = [("header",), GROUP, ONE, ("2.", *three[1:])]
    write_docx(tmp_path / "rev1.docx", rows, list(HEADING_2024[:2]))
    result = cds("import", "rev1.docx", "--revise", "--yes", "--on", "20/03/2024")
    assert result.exit_code == 0, result.output
    text = (tmp_path / REGISTRY).read_text(encoding="utf-8")
    assert (
        "  revisions:\n    - reference: ''\n      number: ''\n      symbol: ''\n"
        "      date: 20/03/2024\n      printed:\n        - id: I.3\n          number: I.2\n"
    ) in text
    reason = "Bãi bỏ theo văn bản điều chỉnh: ngày 20/03/2024 (không ghi số; đọc từ tệp rev1.docx)"
    assert f"cancelled_reason: '{reason}'" in " ".join(text.split())
    again = cds("import", "rev1.docx", "--revise", "--yes", "--on", "20/03/2024")
    assert again.exit_code == 0, again.output
    assert (tmp_path / REGISTRY).read_text(encoding="utf-8").count("date: 20/03/2024") == 1
    assert cds("validate").exit_code == 0
    out = cds("export", "--format", "docx", "--out", "a.docx", "--as-of", "01/04/2024")
    assert out.exit_code == 0, out.output
    import docx

    document = docx.Document(str(tmp_path / "a.docx"))
    lines = [p.text for p in document.paragraphs if p.text]
    assert "(đã điều chỉnh theo Kế hoạch số …………/………… ngày 20/03/2024)" in lines
    numbers = [row.cells[0].text for row in document.tables[-1].rows[2:]]
    assert numbers == ["I. CHỈ TIÊU VỀ DỮ LIỆU SỐ", "1.", "2."]


# A revision taking a target from a lead unit that finished it (attack 9 D): the former lead is
# kept with the revision's day (`before`), the target stays finished; said before writing.


def test_a_finished_part_dropped_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    added = cds("progress", "add", "I.2", "--id", "--unit", "phong-y-te", "--status", "done",
                "--date", "15/02/2024")  # fmt: skip
    assert added.exit_code == 0, added.output
    moved = ("2.", "Nội dung hai.", "", "Phòng Kinh tế", "", "Tháng 9/2024", "")
    write_docx(tmp_path / "rev.docx", [("header",), GROUP, ONE, moved], heading(12, "20/03/2024"))
    before = (tmp_path / REGISTRY).read_bytes()
    en = cds("import", "rev.docx", "--revise", "--lang", "en")  # not confirmed: nothing written
    assert (tmp_path / REGISTRY).read_bytes() == before
    assert (
        "Note: Phòng Y tế finished I.2 on 15/02/2024, before the revision gives I.2 to other "
        "units from 20/03/2024: I.2 still counts as finished, the new lead units owe nothing "
        "(the registry keeps the former lead in its before entries)."
    ) in " ".join(en.output.split())
    vi = cds("import", "rev.docx", "--revise", "--yes")
    assert vi.exit_code == 0, vi.output
    assert (
        "Lưu ý: Phòng Y tế đã hoàn thành I.2 ngày 15/02/2024, trước khi bản điều chỉnh giao I.2 "
        "cho đơn vị khác từ 20/03/2024: I.2 vẫn được tính là đã hoàn thành"
    ) in " ".join(vi.output.split())
    # Phòng Nội vụ kept on I.1 (nothing reported): no note for it.
    assert "Phòng Nội vụ" not in vi.output


# A revision printing a target in another group (attack 9 I): refused with a hint, nothing
# written; the hinted --pair I.2=- annuls I.2 and adds II.2 to group II.


def test_a_target_moved_to_another_group_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    second = ("group", "II. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ")
    three = ("1.", "Nội dung ba.", "", "Phòng Tư pháp", "", "Tháng 10/2024", "")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO, second, three], HEADING_2024)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    rows = [("header",), GROUP, ONE, second, three, ("2.", *TWO[1:])]
    write_docx(tmp_path / "rev.docx", rows, heading(12, "20/03/2024"))
    before = (tmp_path / REGISTRY).read_bytes()
    refused = cds("import", "rev.docx", "--revise", "--yes", "--lang", "en")
    assert refused.exit_code == 2
    assert " ".join(refused.output.split()) == (
        "cds: error: the revised table prints a target in another group (I.2 → II.2): cds does "
        "not move targets between groups (the id I.2 belongs to its group and its progress "
        "reports); nothing written hint: if it really moves: --pair I.2=- (I.2 annulled, II.2 a "
        "new target, the old reports stay with I.2); if paired wrongly: --pair I.2=<number in "
        "the table>; or print it in group I in the table"
    )
    vi = cds("import", "rev.docx", "--revise", "--yes")
    assert vi.exit_code == 2
    assert "bảng điều chỉnh in chỉ tiêu sang nhóm khác (I.2 → II.2)" in vi.output
    assert (tmp_path / REGISTRY).read_bytes() == before
    # Phòng Y tế had finished I.2: following the hint leaves that report with I.2, said so
    reported = cds("progress", "add", "I.2", "--unit", "Phòng Y tế", "--status", "done",
                   "--date", "01/03/2024")  # fmt: skip
    assert reported.exit_code == 0, reported.output
    moved = cds("import", "rev.docx", "--revise", "--yes", "--pair", "I.2=-")
    assert moved.exit_code == 0, moved.output
    assert (
        "Lưu ý: I.2 bị bãi bỏ và II.2 (cùng nội dung) được thêm mới; các báo cáo đã có (Phòng "
        "Y tế: Hoàn thành, 01/03/2024) ở lại với I.2, II.2 bắt đầu chưa có báo cáo nào: các đơn "
        "vị cần báo cáo lại cho II.2 (cds --registry plans/2024 progress add II.2 …), nếu không "
        "sẽ bị đôn đốc như chưa thực hiện." in " ".join(moved.output.split())
    )
    listed = json.loads(cds("list", "--group", "II", "--format", "json").output)
    assert [row["id"] for row in listed] == ["II.1", "II.2"]
    assert cds("validate").exit_code == 0


# `cds diff` of two plans whose new one has a target it has since cancelled (clerk 9, item 5):
# the added line says so, the cancellation is counted and said once ("bãi bỏ" not repeated).


def test_diff_marks_an_added_target_since_cancelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    write_docx(tmp_path / "old.docx", [("header",), GROUP, ONE], HEADING_2024)
    for name, out in (("kh.docx", REGISTRY), ("old.docx", "old/phu_luc_01.yaml")):
        made = runner.invoke(app, ["import", name, "--registry", "plans/2023", "--out", out])
        assert made.exit_code == 0, made.output
    write_docx(tmp_path / "a.docx", [("header",), GROUP, ONE], heading(12, "20/03/2024"))
    assert cds("import", "a.docx", "--revise", "--yes").exit_code == 0
    lines = runner.invoke(app, ["diff", "old/phu_luc_01.yaml", REGISTRY]).output.splitlines()
    assert lines[0] == (
        f"old/phu_luc_01.yaml → {REGISTRY}: thêm 1, bỏ 0, sửa 0 chỉ tiêu; bãi bỏ 1."
    )
    assert "+ I.2 (bãi bỏ từ 20/03/2024)  Nội dung hai." in lines
    assert (
        "x I.2  bãi bỏ từ 20/03/2024 theo văn bản điều chỉnh Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
    ) in lines
    en = runner.invoke(app, ["diff", "old/phu_luc_01.yaml", REGISTRY, "--lang", "en"]).output
    assert "+ I.2 (annulled from 20/03/2024)  Nội dung hai." in en.splitlines()


def test_a_target_cancelled_again_says_the_cancellation_in_force(lifted: Path) -> None:
    """Review 9: a third revision (Kế hoạch số 90 of 01/09/2024) cancels I.2 again. On
    01/04/2024 the cancellation in force is the first (from 20/03/2024), not the one of
    01/09/2024, which had not happened yet; on 02/09/2024 it is the second."""
    write_docx(lifted / "c.docx", [("header",), GROUP, ONE], heading(90, "01/09/2024"))
    result = cds("import", "c.docx", "--revise", "--yes")
    assert result.exit_code == 0, result.output

    def status_line(day: str, *lang: str) -> str:
        table = cds("show", "I.2", "--as-of", day, *lang).output
        return next(
            line for line in table.splitlines() if line.startswith(("Trạng thái", "Status"))
        )

    assert " ".join(status_line("01/04/2024").split()) == (
        "Trạng thái Bãi bỏ từ 20/03/2024 (tính đến ngày 01/04/2024)"
    )
    assert "Bãi bỏ từ 01/09/2024" in " ".join(status_line("02/09/2024").split())
    rows = json.loads(cds("list", "--as-of", "01/04/2024", "--format", "json").output)
    assert [r["status"] for r in rows if r["id"] == "I.2"] == ["cancelled"]
    listed = cds("list", "--as-of", "01/04/2024").output
    assert "Bãi bỏ từ 20/03/2024" in listed and "01/09/2024" not in listed


# The days a 2024 revision kept I.2 cancelled are the 2024 plan's history: a 2025 plan that
# carries I.2 (carry-over) or is imported with the 2024 plan as its base starts without them,
# as it starts without the printed numbers and former leads (REVISION_HISTORY).
HEADING_2025 = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2025",
    "(Kèm theo Kế hoạch số 7/KH-BCĐ ngày 10/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố)",
]


def test_the_cancelled_days_stay_in_their_plan(lifted: Path) -> None:
    own = ("1.", "Nội dung hai.", "", "Phòng Y tế", "", "Tháng 6/2025", "")  # I.2's text again
    write_docx(lifted / "k25.docx", [("header",), GROUP, own], HEADING_2025)
    made = runner.invoke(
        app, ["import", "k25.docx", "--registry", REGISTRY, "--out", "plans/2025/phu_luc_01.yaml"]
    )
    assert made.exit_code == 0, made.output
    carried = runner.invoke(app, ["carry-over", "--from", "2024", "--to", "2025", "--yes"])
    assert carried.exit_code == 0, carried.output
    text = (lifted / "plans" / "2025" / "phu_luc_01.yaml").read_text(encoding="utf-8")
    assert "carried_from: 2024/I.2" in text  # I.2 went over, unfinished
    assert "cancelled_before" not in text
    assert "2024-03-20" not in text and "20/03/2024" not in text
    shown = runner.invoke(app, ["--plan", "2025", "show", "I.3", "--as-of", "01/07/2025"])
    assert shown.exit_code == 0, shown.output
    assert "bãi bỏ" not in shown.output.lower()
