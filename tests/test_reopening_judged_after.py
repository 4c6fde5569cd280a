"""The reopening warning of `progress add` (progress/reopening.py) judges the part as it stands
with every report known, before the new report and after it (review 12).

Workspace of `cds init` (plan 2023): III.4, due 10/2023, led by Phòng Y tế. Hand-computed:

- a12_02: a revision hands III.4 from Phòng Văn hóa và Thông tin (still cooperating) to Phòng Y
  tế on 20/03/2023; VH&TT reported it done on 10/03/2023, so the target stays finished as VH&TT
  left it (`Tracker.held`). VH&TT's "đang thực hiện" of 25/03/2023 is its cooperating part:
  told it no longer leads, and nothing reopens (it was also told so, falsely).
- a12_06: Y tế done 10/09 and 20/09/2023; correcting the 10/09 entry to "đang thực hiện"
  leaves the part finished on 20/09 (it was warned, citing the very entry corrected).
- done 01/09 and 10/09, the 10/09 one corrected on 15/09 to "đang thực hiện": the part, done
  since 01/09, is open from 15/09: warned, citing 01/09 (not the corrected 10/09).
- the only "done" (10/09) corrected: the part never finished, nothing to reopen: silent.
- "đang thực hiện" dated 15/09 between done 10/09 and done 20/09: the part stays finished on
  20/09: silent (was warned: it stood finished on 15/09).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()

LEAD_VI = (
    "cảnh báo: Phòng Văn hóa và Thông tin không còn chủ trì chỉ tiêu III.4 từ 20/03/2023: bản "
    "điều chỉnh kế hoạch đã giao chỉ tiêu cho Phòng Y tế từ ngày đó; báo cáo được ghi là phần "
    "phối hợp của Phòng Văn hóa và Thông tin, không tính là báo cáo của đơn vị chủ trì (báo cáo "
    'của đơn vị chủ trì: --unit "Phòng Y tế"; việc Phòng Văn hóa và Thông tin làm khi còn chủ '
    "trì thì ghi với --date trước 20/03/2023)"
)


def cds(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def add(unit: str, status: str, day: str, *more: str) -> tuple[int, str]:
    code, _, err = cds("progress", "add", "III.4", "--unit", unit, "--status", status,
                       "--date", day, *more)  # fmt: skip
    return code, err


def entry_id(day: str) -> str:
    code, out, _ = cds("progress", "list", "III.4", "--format", "json")
    assert code == 0
    return str(next(e["id"] for e in json.loads(out) if e["date"] == day))


def status() -> str:
    code, out, _ = cds("show", "III.4", "--format", "json")
    assert code == 0
    return str(json.loads(out)["status"])


@pytest.fixture
def workspace(own_registry: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(own_registry)
    return own_registry


@pytest.fixture
def handed(workspace: Path) -> Path:
    """III.4 led by VH&TT until 20/03/2023 (a revision's `before`), as the repro a12_02 writes."""
    path = workspace / "phu_luc_01.yaml"
    text = path.read_text("utf-8")
    at = text.index("      - id: III.4")
    due = '          due: "2023-10"\n'
    end = text.index(due, at) + len(due)
    before = (
        "        before:\n          - until: 20/03/2023\n            lead:\n"
        "              text: Phòng Văn hóa và Thông tin\n"
        "              units: [phong-van-hoa-thong-tin]\n"
    )
    path.write_text(text[:end] + before + text[end:], "utf-8")
    assert cds("validate")[0] == 0
    return workspace


def test_a_former_leads_cooperating_report_reopens_nothing(handed: Path) -> None:
    assert add("VH&TT", "done", "10/03/2023") == (0, "")
    assert add("VH&TT", "in_progress", "25/03/2023") == (0, LEAD_VI + "\n")
    assert status() == "done"
    code, err = add("VH&TT", "not_started", "26/03/2023", "--lang", "en")
    assert code == 0
    assert err.splitlines() == [
        "warning: Phòng Văn hóa và Thông tin no longer leads III.4 from 20/03/2023: a revision "
        "of the plan gave the target to Phòng Y tế from that day; the report is recorded as "
        "Phòng Văn hóa và Thông tin's cooperating part, not as the lead's (the lead's report: "
        '--unit "Phòng Y tế"; work Phòng Văn hóa và Thông tin did while it led is recorded with '
        "a --date before 20/03/2023)"
    ]
    assert status() == "done"


def test_correcting_one_of_two_done_reports_reopens_nothing(workspace: Path) -> None:
    assert add("Y tế", "done", "10/09/2023") == (0, "")
    assert add("Y tế", "done", "20/09/2023") == (0, "")
    first = entry_id("2023-09-10")
    assert add("Y tế", "in_progress", "10/09/2023", "--corrects", first) == (0, "")
    assert status() == "done"
    code, out, _ = cds("show", "III.4")
    assert (code, "Phòng Y tế: Hoàn thành (20/09/2023)" in out) == (0, True)


def test_a_report_between_two_done_reports_reopens_nothing(workspace: Path) -> None:
    assert add("Y tế", "done", "10/09/2023") == (0, "")
    assert add("Y tế", "done", "20/09/2023") == (0, "")
    assert add("Y tế", "in_progress", "15/09/2023", "--lang", "en") == (0, "")
    assert status() == "done"


def test_taking_back_the_only_done_reopens_nothing(workspace: Path) -> None:
    assert add("Y tế", "done", "10/09/2023") == (0, "")
    only = entry_id("2023-09-10")
    assert add("Y tế", "in_progress", "10/09/2023", "--corrects", only) == (0, "")
    assert status() == "late"  # due 10/2023, asked today


def test_a_correction_that_does_reopen_names_the_done_still_standing(workspace: Path) -> None:
    assert add("Y tế", "done", "01/09/2023") == (0, "")
    assert add("Y tế", "done", "10/09/2023") == (0, "")
    second = entry_id("2023-09-10")
    assert add("Y tế", "in_progress", "15/09/2023", "--corrects", second) == (
        0,
        "cảnh báo: Phòng Y tế đã báo cáo hoàn thành chỉ tiêu III.4 ngày 01/09/2023; báo cáo này "
        "(Đang thực hiện) mở lại phần việc đã hoàn thành. Đã ghi; nếu ghi nhầm và việc vẫn hoàn "
        "thành, sửa báo cáo này thành hoàn thành, ngày sai thì đổi cả --date (cds progress add "
        'III.4 --id --unit phong-y-te --status "hoàn thành" --date 15/09/2023 --corrects '
        f"{entry_id('2023-09-15')})\n",
    )
    assert status() == "late"  # due 10/2023, asked today
    assert add("Y tế", "done", "16/09/2023") == (0, "")
    assert add("Y tế", "not_started", "17/09/2023", "--lang", "en") == (
        0,
        "warning: Phòng Y tế reported target III.4 done on 16/09/2023; this report (Not "
        "started) reopens that finished part. Recorded; if it was a mistake and the work is still "
        "done, correct this report to done, and its --date too if that is wrong (cds progress add "
        "III.4 --id --unit phong-y-te --status done --date 17/09/2023 --corrects "
        f"{entry_id('2023-09-17')})\n",
    )


def test_a_forms_correction_is_judged_the_same(own_registry: Path, tmp_path: Path) -> None:
    """The form of tests/test_forms.py (Phòng Y tế, 11/2023): row 8 is I.1. Imported "Hoàn
    thành" 25/10/2023, then I.1 done 28/10/2023 by `progress add`; the row changed to "Đang
    thực hiện" makes a correction of the row's entry (25/10): the part stays finished on
    28/10, so no warning (was: "… ngày 25/10/2023; … sẽ mở lại …", the entry corrected)."""
    from test_forms import FILLED, fill, make
    from test_forms import cds as form_cds

    path = make(own_registry, tmp_path)
    fill(path, FILLED)
    assert form_cds(own_registry, "progress", "import", str(path))[0] == 0
    code, _, err = form_cds(own_registry, "progress", "add", "I.1", "--unit", "Y tế", "--status",
                            "done", "--date", "28/10/2023")  # fmt: skip
    assert (code, err) == (0, "")
    fill(path, {"F8": "Đang thực hiện"})
    code, out, err = form_cds(own_registry, "progress", "import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert "mở lại" not in out
    assert out.splitlines()[0].startswith("  I.1 — ")
