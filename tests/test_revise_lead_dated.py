"""A revision that gives a target to another lead unit keeps the former lead with its day
(`lead_before`, issue 16, review 10): before the revision's day the former lead owed the target,
from that day the new one does; a target the former lead had finished stays finished.

Plan 2024 of two targets (I.1 Phòng Nội vụ, Tháng 6/2024; I.2 Phòng Y tế, Tháng 9/2024);
revision Kế hoạch số 12 of 20/03/2024 gives I.2 to Phòng Kinh tế. So on 01/03/2024 Phòng Y tế
leads I.2 and on 01/04/2024 Phòng Kinh tế does. With Phòng Y tế's "done" of 15/02/2024, I.2 is
done on both days (finished 15/02/2024, before the deadline 30/09/2024) and not late on
01/10/2024, when only I.1 is (30/06 → 01/10: 93 days). With its "in progress" instead, I.2 is
Phòng Kinh tế's from 20/03/2024 (not started) and late by 1 day on 01/10/2024.
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
MOVED = ("2.", "Nội dung hai.", "", "Phòng Kinh tế", "", "Tháng 9/2024", "")
HEADING_12 = [
    *HEADING_2024[:2],
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--registry", REGISTRY, *args])


def _revised(tmp_path: Path, status: str) -> Path:
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    write_docx(tmp_path / "rev.docx", [("header",), GROUP, ONE, MOVED], HEADING_12)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    added = cds("progress", "add", "I.2", "--id", "--unit", "phong-y-te", "--status", status,
                "--date", "15/02/2024")  # fmt: skip
    assert added.exit_code == 0, added.output
    revised = cds("import", "rev.docx", "--revise", "--yes")
    assert revised.exit_code == 0, revised.output
    return tmp_path


@pytest.fixture
def finished(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return _revised(tmp_path, "done")


@pytest.fixture
def started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return _revised(tmp_path, "in_progress")


def _lines(output: str, *starts: str) -> list[str]:
    """The lines of `output` that begin with one of `starts`, spaces runs made one."""
    return [" ".join(line.split()) for line in output.splitlines() if line.startswith(starts)]


def test_the_former_lead_is_written_with_the_revision_day(finished: Path) -> None:
    text = (finished / REGISTRY).read_text(encoding="utf-8")
    assert (
        "        lead:\n          text: Phòng Kinh tế\n          units:\n"
        "            - phong-kinh-te\n"
    ) in text
    assert (
        "        before:\n          - until: 20/03/2024\n            lead:\n"
        "              text: Phòng Y tế\n              units:\n                - phong-y-te\n"
    ) in text
    assert text.count("\n        before:\n") == 1  # I.1 kept its lead: nothing handed over
    assert cds("validate").exit_code == 0


def test_show_names_the_lead_of_the_day(finished: Path) -> None:
    before = cds("show", "I.2", "--as-of", "01/03/2024")
    assert before.exit_code == 0, before.output
    assert _lines(before.output, "Chủ trì", "Trạng thái", "Phần việc") == [
        "Chủ trì Phòng Y tế",
        "Trạng thái Hoàn thành (tính đến ngày 01/03/2024)",
        "Phần việc của từng đơn vị (1/1 hoàn thành) Phòng Y tế: Hoàn thành (15/02/2024)",
    ]
    after = cds("show", "I.2", "--as-of", "01/04/2024", "--lang", "en")
    assert after.exit_code == 0, after.output
    assert _lines(after.output, "Lead", "Former lead", "Status", "Each unit") == [
        "Lead Phòng Kinh tế",
        "Former lead Phòng Y tế (until 19/03/2024)",
        "Status Done (as of 01/04/2024)",
        "Each unit's part (1/1 done) Phòng Y tế: Done (15/02/2024)",
    ]
    data = json.loads(cds("show", "I.2", "--as-of", "01/04/2024", "--format", "json").output)
    assert (data["status"], data["lead_units"]) == ("done", ["Phòng Kinh tế"])
    assert [(p["unit"], p["status"], p["reported"]) for p in data["parts"]] == [
        ("phong-y-te", "done", "2024-02-15")
    ]
    assert data["members"] == [{"unit": "Phòng Y tế", "status": "done", "date": "2024-02-15"}]


def test_a_target_finished_before_the_hand_over_is_owed_by_nobody(finished: Path) -> None:
    new = cds("report", "--unit", "phong-kinh-te", "--as-of", "01/04/2024")
    assert _lines(new.output, "| I.2", "| (", "Tổng") == [
        "| I.2 | Nội dung hai. | Chủ trì | Tháng 9/2024 | Hoàn thành |",
        "| (phần của đơn vị: Hoàn thành) |",
        "Tổng: 1 chỉ tiêu — Hoàn thành: 1",
    ]
    old = cds("report", "--unit", "phong-y-te", "--as-of", "01/03/2024", "--lang", "en")
    assert _lines(old.output, "| I.2", "| (", "Total") == [
        "| I.2 | Nội dung hai. | Lead | Tháng 9/2024 | Done |",
        "| (own part: Done, reported 15/02/2024) |",
        "Total: 1 target — Done: 1",
    ]
    late = cds("late", "--as-of", "01/10/2024", "--lang", "en")
    assert _lines(late.output, "| I.") == [
        "| I.1 | Nội dung một. | Phòng Nội vụ | Tháng 6/2024 | 93 |"
    ]
    reminded = json.loads(cds("remind", "--month", "09/2024", "--as-of", "01/10/2024",
                              "--format", "json").output)  # fmt: skip
    assert [(r["unit_id"], [t["id"] for t in r["targets"]]) for r in reminded] == [
        ("phong-noi-vu", ["I.1"])
    ]


def test_an_unfinished_target_passes_to_the_new_lead_on_the_day(started: Path) -> None:
    old = cds("report", "--unit", "phong-y-te", "--as-of", "01/03/2024")
    assert _lines(old.output, "| I.2", "| (", "Tổng") == [
        "| I.2 | Nội dung hai. | Chủ trì | Tháng 9/2024 | Đang thực hiện |",
        "| (phần của đơn vị: Đang thực hiện, báo cáo ngày 15/02/2024) |",
        "Tổng: 1 chỉ tiêu — Đang thực hiện: 1",
    ]
    gone = cds("report", "--unit", "phong-y-te", "--as-of", "01/04/2024", "--lang", "en")
    assert "Phòng Y tế is not assigned any target." in gone.output
    new = cds("report", "--unit", "phong-kinh-te", "--as-of", "01/04/2024", "--lang", "en")
    assert _lines(new.output, "| I.2", "| (", "Total") == [
        "| I.2 | Nội dung hai. | Lead | Tháng 9/2024 | Not started |",
        "| (own part: Not started) |",
        "Total: 1 target — Not started: 1",
    ]
    none = cds("report", "--unit", "phong-kinh-te", "--as-of", "01/03/2024", "--lang", "en")
    assert "Phòng Kinh tế is not assigned any target." in none.output
    late = cds("late", "--as-of", "01/10/2024")
    assert _lines(late.output, "| I.") == [
        "| I.1 | Nội dung một. | Phòng Nội vụ | Tháng 6/2024 | 93 |",
        "| I.2 | Nội dung hai. | Phòng Kinh tế | Tháng 9/2024 | 1 |",
    ]
    reminded = json.loads(cds("remind", "--month", "09/2024", "--as-of", "01/10/2024",
                              "--format", "json").output)  # fmt: skip
    assert [(r["unit_id"], [t["id"] for t in r["targets"]]) for r in reminded] == [
        ("phong-noi-vu", ["I.1"]),
        ("phong-kinh-te", ["I.2"]),
    ]


def test_validate_locates_a_bad_former_lead(finished: Path) -> None:
    path = finished / REGISTRY
    text = path.read_text(encoding="utf-8")
    written = (
        "        before:\n          - until: 20/03/2024\n            lead:\n"
        "              text: Phòng Y tế\n              units:\n                - phong-y-te\n"
    )
    legacy = (  # as registries written on 29/11/2026 hold it: still read and checked
        "        lead_before:\n          - text: Phòng Y tế\n            units:\n"
        "              - phong-y-tee\n            until: 20/03/2023\n"
    )
    assert written in text
    path.write_text(text.replace(written, legacy), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    unit = lines.index("              - phong-y-tee") + 1
    result = cds("validate", "--lang", "en")
    assert result.exit_code == 1
    assert _lines(result.output, REGISTRY) == [
        f"{REGISTRY}:{unit}:17: unknown unit 'phong-y-tee'",
        f"{REGISTRY}:{unit + 1}:20: target I.2: the lead_before entry of 20/03/2023 is outside "
        "the days a revision of the 2024 plan takes effect (01/01/2024 to 31/12/2025)",
    ]
    vi = cds("validate")
    assert f"{REGISTRY}:{unit}:17: không có đơn vị 'phong-y-tee'" in vi.output


# `cds diff` of a revision that prints a target in another group (review 10): said as a move
# from group I to group II and counted apart, not "renumbered".


def test_diff_says_a_target_moved_to_another_group(
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
    write_docx(tmp_path / "rev.docx", rows, HEADING_12)
    vi = runner.invoke(app, ["diff", REGISTRY, "rev.docx"])
    assert vi.exit_code == 0, vi.output
    assert vi.output.splitlines() == [
        f"{REGISTRY} → rev.docx: thêm 0, bỏ 0, sửa 0 chỉ tiêu; chuyển nhóm 1.",
        "Văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024",
        "~ I.2 (bảng in là II.2)  chuyển từ nhóm I sang nhóm II",
    ]
    en = runner.invoke(app, ["diff", REGISTRY, "rev.docx", "--lang", "en"])
    assert en.output.splitlines()[0] == (
        f"{REGISTRY} → rev.docx: 0 added, 0 removed, 0 changed targets; 1 moved to another group."
    )
    assert (
        en.output.splitlines()[2] == "~ I.2 (the table prints II.2)  moved from group I to group II"
    )


def test_the_exported_appendix_of_a_day_prints_that_days_lead(finished: Path) -> None:
    import docx

    leads = []
    for day in ("01/03/2024", "01/04/2024"):
        out = cds("export", "--format", "docx", "--out", "a.docx", "--as-of", day, "--force")
        assert out.exit_code == 0, out.output
        table = docx.Document(str(finished / "a.docx")).tables[-1]
        leads += [r.cells[2].text for r in table.rows if r.cells[0].text == "2."]
    assert leads == ["Phòng Y tế", "Phòng Kinh tế"]


def test_the_former_lead_reports_a_day_before_the_hand_over(started: Path) -> None:
    # Phòng Y tế (no role on I.2 since 20/03/2024) reports it done on 10/03/2024, afterwards:
    # its day is one it led, so the report is taken without --force, and I.2 stands finished
    # on 10/03/2024 and after the hand-over: Phòng Kinh tế owes nothing.
    late = cds("progress", "add", "I.2", "--id", "--unit", "phong-y-te", "--status", "done",
               "--date", "10/03/2024")  # fmt: skip
    assert late.exit_code == 0, late.output
    after = cds("progress", "add", "I.2", "--id", "--unit", "phong-y-te", "--status", "done",
                "--date", "25/03/2024", "--lang", "en")  # fmt: skip
    assert after.exit_code == 2
    assert after.output.splitlines()[0] == (  # the revision and the new lead named (c_06)
        "cds: error: Phòng Y tế no longer leads I.2 from 20/03/2024: a revision of the plan gave "
        "the target to Phòng Kinh tế from that day"
    )
    data = json.loads(cds("show", "I.2", "--as-of", "01/10/2024", "--format", "json").output)
    assert (data["status"], data["lead"]) == ("done", "Phòng Kinh tế")
    assert [(p["unit"], p["reported"]) for p in data["parts"]] == [("phong-y-te", "2024-03-10")]
