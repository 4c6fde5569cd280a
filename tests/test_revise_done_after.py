"""A lead's "done" dated on or after the day a revision takes the target from it, recorded before
the revision was imported (attack 11, a11-01): by the hand-over rule (progress/handed_over.py)
no report of the lead's any more, so the new lead owes the target. Said before anything is
written, and by `show`, never silently.

Plan 2024 of two targets (I.1 Phòng Nội vụ, Tháng 6/2024; I.2 Phòng Y tế, Tháng 9/2024);
revision Kế hoạch số 12 of 20/03/2024 gives I.2 to Phòng Kinh tế. Phòng Y tế reported I.2
"done" on 25/03/2024, five days after the revision's day: on 01/10/2024 I.2 is late by 1 day
(deadline 30/09/2024) and Phòng Kinh tế owes it. A "done" of 15/02/2024 (before the day) keeps
I.2 finished (the older note, "revise_finished_kept"), and the new note is not said.
A "done" by the new lead dated 10/03/2024, before it was given the target, is refused without
--force (not assigned that day) and counts, marked forced, with it: the clerk vouched for it.
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
NOTE_VI = (
    "Lưu ý: Phòng Y tế đã báo cáo hoàn thành I.2 ngày 25/03/2024, khi bản điều chỉnh đã giao "
    "I.2 cho Phòng Kinh tế từ 20/03/2024: báo cáo đó không còn được tính là của đơn vị chủ trì, "
    "I.2 được tính là chưa hoàn thành và Phòng Kinh tế phải thực hiện (bị đôn đốc nếu quá hạn). "
    "Nếu việc đã xong trước 20/03/2024: ghi đính chính báo cáo đó (--corrects) với ngày thực tế."
)
NOTE_EN = (
    "Note: Phòng Y tế reported I.2 done on 25/03/2024, when the revision had given I.2 to "
    "Phòng Kinh tế from 20/03/2024: that report no longer counts as the lead's, I.2 counts as "
    "not finished and Phòng Kinh tế owes it (urged once late). If the work was done before "
    "20/03/2024: record a correction of that report (--corrects) with the real day."
)


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--registry", REGISTRY, *args])


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    write_docx(tmp_path / "rev.docx", [("header",), GROUP, ONE, MOVED], HEADING_12)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    return tmp_path


def _done(unit: str, day: str, *more: str) -> None:
    added = cds("progress", "add", "I.2", "--unit", unit, "--status", "done", "--date", day, *more)
    assert added.exit_code == 0, added.output


def _notes(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(("Lưu ý", "Note"))]


def _pairs(output: str, *starts: str) -> list[str]:
    """`show`'s pairs beginning with one of `starts`, each on one line (a long value wraps)."""
    found: list[list[str]] = []
    for line in output.splitlines():
        if line.startswith(starts):
            found.append([line])
        elif found and line.startswith(" ") and line.strip() and len(found[-1]) < 9:
            found[-1].append(line)
        elif found:
            found.append([])
    return [" ".join(" ".join(lines).split()) for lines in found if lines]


@pytest.mark.parametrize(("lang", "note"), [("vi", NOTE_VI), ("en", NOTE_EN)])
def test_the_preview_names_a_done_report_of_after_the_hand_over(
    plan: Path, lang: str, note: str
) -> None:
    _done("phong-y-te", "25/03/2024")
    args = ["--registry", REGISTRY, "import", "rev.docx", "--revise", "--lang", lang]
    preview = runner.invoke(app, args, input="n\n")  # declined: nothing written
    assert preview.exit_code == 0, preview.output
    assert "before:" not in (plan / REGISTRY).read_text(encoding="utf-8")
    assert _notes(preview.output) == [note]


def test_show_says_the_report_does_not_count_and_the_target_is_late(plan: Path) -> None:
    _done("phong-y-te", "25/03/2024")
    revised = cds("import", "rev.docx", "--revise", "--yes")
    assert revised.exit_code == 0, revised.output
    assert _notes(revised.output) == [NOTE_VI]
    shown = cds("show", "I.2", "--as-of", "01/10/2024")
    assert _pairs(shown.output, "Trạng thái", "Phần việc", "Báo cáo sau") == [
        "Trạng thái Quá hạn — 1 ngày (tính đến ngày 01/10/2024)",
        "Phần việc của từng đơn vị (0/1 hoàn thành) Phòng Kinh tế: Quá hạn (chưa báo cáo)",
        "Báo cáo sau ngày bàn giao Phòng Y tế báo cáo hoàn thành ngày 25/03/2024, từ ngày "
        "20/03/2024 bản điều chỉnh đã giao chỉ tiêu cho Phòng Kinh tế: không tính là báo cáo "
        "của đơn vị chủ trì, Phòng Kinh tế vẫn phải thực hiện",
    ]
    english = cds("show", "I.2", "--as-of", "01/10/2024", "--lang", "en")
    assert _pairs(english.output, "Reported after") == [
        "Reported after the hand-over Phòng Y tế reported it done on 25/03/2024; from "
        "20/03/2024 a revision gave the target to Phòng Kinh tế: not counted as the lead's "
        "report, Phòng Kinh tế still owes it"
    ]
    data = json.loads(cds("show", "I.2", "--as-of", "01/10/2024", "--format", "json").output)
    assert (data["status"], data["done_after_hand_over"]) == (
        "late",
        [{"unit": "Phòng Y tế", "date": "2024-03-25", "handed_over": "2024-03-20"}],
    )
    before = cds("show", "I.2", "--as-of", "19/03/2024")  # not handed over yet: nothing to say
    assert _pairs(before.output, "Báo cáo sau") == []


def test_a_done_report_of_before_the_hand_over_keeps_the_older_note(plan: Path) -> None:
    _done("phong-y-te", "15/02/2024")
    revised = cds("import", "rev.docx", "--revise", "--yes")
    assert _notes(revised.output) == [
        "Lưu ý: Phòng Y tế đã hoàn thành I.2 ngày 15/02/2024, trước khi bản điều chỉnh giao I.2 "
        "cho đơn vị khác từ 20/03/2024: I.2 vẫn được tính là đã hoàn thành, đơn vị chủ trì mới "
        "không phải thực hiện lại (sổ ghi đơn vị chủ trì cũ ở mục `before`)."
    ]
    shown = cds("show", "I.2", "--as-of", "01/10/2024")
    assert _pairs(shown.output, "Trạng thái", "Báo cáo sau") == [
        "Trạng thái Hoàn thành (tính đến ngày 01/10/2024)"
    ]


def test_the_new_leads_report_of_before_it_led_counts_only_forced(plan: Path) -> None:
    revised = cds("import", "rev.docx", "--revise", "--yes")
    assert revised.exit_code == 0, revised.output
    refused = cds("progress", "add", "I.2", "--unit", "phong-kinh-te", "--status", "done",
                  "--date", "10/03/2024")  # fmt: skip
    assert refused.exit_code == 2, refused.output
    _done("phong-kinh-te", "10/03/2024", "--force")
    shown = cds("show", "I.2", "--as-of", "01/10/2024")
    assert _pairs(shown.output, "Trạng thái", "Báo cáo sau") == [
        "Trạng thái Hoàn thành (tính đến ngày 01/10/2024)"
    ]
