"""`progress add` after a revision, from a unit the revision changed the picture for (clerk 11):

G — the letter names a unit's target by the number the revised plan prints ("I.2" for the old
I.3 once I.2 was annulled); a unit with no part in the annulled I.2 typing "I.2" used to be told
only "không được phân công … thêm --force", and --force filed its report on the annulled target
while its own I.3 stayed late. Now it is told I.2 is annulled and its number is I.3's, --force
or not (tests/test_revise.py: the workspace, Kế hoạch 12/KH-BCĐ annuls I.2 from 20/03/2024;
Phòng Văn hóa và Thông tin leads I.3, Phòng Nội vụ led I.2).

I — a lead a revision took the target from, still asked a part through "Các phòng, đơn vị có
liên quan" (cooperating), reported "hoàn thành" in silence and the target stayed "Chưa thực
hiện": now recorded as its cooperating part and told it no longer leads, from which day, and
who does (progress/handed_over.py, the rule `progress add` and a form's import share)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok
from test_revise import workspace

__all__ = ["workspace"]

REVISE = ("--revise", "--on", "20/03/2024", "--reason", "Theo Kế hoạch số 12", "--yes")
TYPED = ("--plan", "2024", "progress", "add", "I.2", "--unit", "VH&TT", "--status", "done",
         "--date", "25/03/2024")  # fmt: skip


def test_the_printed_number_of_an_annulled_id_names_the_target_meant(workspace: Path) -> None:
    ok("--plan", "2024", "import", "sua-doi.docx", *REVISE)
    progress = workspace / "plans/2024/progress"
    before = {p.name: p.read_bytes() for p in progress.glob("*.yaml")}
    result = cds(*TYPED)
    assert (result.exit_code, result.stderr.splitlines()) == (
        2,
        [
            "cds: lỗi: chỉ tiêu I.2 đã bãi bỏ từ 20/03/2024: không cần báo cáo nữa",
            "  gợi ý: số thứ tự I.2 trong Kế hoạch 12/KH-BCĐ là chỉ tiêu mã I.3: cds --plan 2024 "
            "progress add I.3 --id …; việc đã làm cho I.2 trước khi bãi bỏ thì ghi ngày trước "
            "20/03/2024 (--date)",
        ],
    )
    result = cds("--lang", "en", *TYPED, "--force")  # --force files nothing on the annulled I.2
    assert (result.exit_code, result.stderr.splitlines()) == (
        2,
        [
            "cds: error: target I.2 is annulled from 20/03/2024: it needs no more reports",
            "  hint: number I.2 in Plan 12/KH-BCĐ is the target with id I.3: cds --plan 2024 "
            "progress add I.3 --id …; date work done on I.2 before the annulment before "
            "20/03/2024 (--date)",
        ],
    )
    assert {p.name: p.read_bytes() for p in progress.glob("*.yaml")} == before
    # the hint followed: I.3 (printed "2.") is the unit's own, recorded (--id: I.3 is also the
    # number of the added I.9, which `progress add` asks about apart)
    done = ok(*TYPED[:4], "I.3", *TYPED[5:], "--id")
    assert (
        done.startswith("Đã ghi tiến độ ") and ": Phòng Văn hóa và Thông tin, chỉ tiêu I.3 " in done
    )


@pytest.fixture
def handed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Plan 2024, I.1 led by Phòng Nội vụ until the revision of 15/05/2024, by Phòng Y tế
    from that day; cooperating all along: "Các phòng, đơn vị có liên quan" (Phòng Nội vụ and
    Phòng Tư pháp among its members)."""
    monkeypatch.chdir(tmp_path)
    concerned = _cell("Các phòng, đơn vị có liên quan", "cac-phong-lien-quan")
    target = _target(1, "Thanh toán trực tuyến.", (EMPTY, _cell("Phòng Y tế", "phong-y-te"),
                     concerned), "9/2024")  # fmt: skip
    target["before"] = [{"until": "15/05/2024", "lead": _cell("Phòng Nội vụ", "phong-noi-vu")}]
    _plan(tmp_path, 2024, [target])
    return tmp_path


ADD = ("--plan", "2024", "progress", "add", "I.1", "--status", "hoàn thành", "--date",
       "20/05/2024", "--unit")  # fmt: skip


def test_the_former_lead_cooperating_is_told_it_no_longer_leads(handed: Path) -> None:
    result = cds(*ADD, "Phòng Nội vụ")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Đã ghi tiến độ ")
    assert result.stdout.endswith(
        ": Phòng Nội vụ, chỉ tiêu I.1, Hoàn thành → plans/2024/progress/phong-noi-vu.yaml\n"
    )
    assert result.stderr.splitlines() == [
        "cảnh báo: Phòng Nội vụ không còn chủ trì chỉ tiêu I.1 từ 15/05/2024: bản điều chỉnh kế "
        "hoạch đã giao chỉ tiêu cho Phòng Y tế từ ngày đó; báo cáo được ghi là phần phối hợp "
        "của Phòng Nội vụ, không tính là báo cáo của đơn vị chủ trì (báo cáo của đơn vị chủ trì: "
        '--unit "Phòng Y tế"; việc Phòng Nội vụ làm khi còn chủ trì thì ghi với --date trước '
        "15/05/2024)"
    ]
    result = cds("--lang", "en", *ADD[:-2], "21/05/2024", "--unit", "Phòng Nội vụ")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "warning: Phòng Nội vụ no longer leads I.1 from 15/05/2024: a revision of the plan gave "
        "the target to Phòng Y tế from that day; the report is recorded as Phòng Nội vụ's "
        "cooperating part, not as the lead's (the lead's report: --unit \"Phòng Y tế\"; work "
        "Phòng Nội vụ did while it led is recorded with a --date before 15/05/2024)"
    ]
    shown = ok("--plan", "2024", "list", "--format", "json", "--as-of", "22/05/2024")
    assert '"status": "not_started"' in shown  # the lead has not reported


def test_no_note_for_a_plain_cooperating_unit_nor_the_days_it_led(handed: Path) -> None:
    result = cds(*ADD, "Phòng Tư pháp")  # cooperating, never the lead
    assert (result.exit_code, result.stderr) == (0, "")
    result = cds(*ADD[:-2], "14/05/2024", "--unit", "Phòng Nội vụ")  # while it led
    assert (result.exit_code, result.stderr) == (0, "")
    result = cds(*ADD, "Phòng Y tế")  # the new lead
    assert (result.exit_code, result.stderr) == (0, "")
