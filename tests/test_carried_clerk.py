"""Carried targets as a clerk meets them (review 8 of issue 16): which "I.1" is meant (the
plan's own, with a note), and what a cancelled ongoing target still owes.

The workspace of test_revise.py: 2024's own I.1, and I.4 carried from 2023/I.1 (so "I.1" is
both 2024's I.1 and the number the clerk knew I.4 by all of 2023)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import test_plans
from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from test_revise import cds, ok
from test_revise import workspace as workspace  # the fixture
from test_revised_plan import lines

AS_OF = ("--as-of", "01/12/2024")


@pytest.fixture
def plans_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """test_plans.py's: plans/2023 as `cds init` makes it; plans/2024 (one target of its own)
    imported from a Word appendix."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", test_plans.PLAN_2024, test_plans.HEADING)
    ok("import", str(source), "--out", "plans/2024/phu_luc_01.yaml", "--registry", "plans/2023")
    return tmp_path


# 2024's own I.1 (I1 of test_revise.py, 58 characters: whole in the note)
NOTE_VI = (
    "Chú ý: I.1 là chỉ tiêu I.1 của Kế hoạch năm 2024 («100% UBND các phường, xã số hóa hồ sơ "
    "thủ tục hành chính.»); chỉ tiêu chuyển tiếp từ I.1 Kế hoạch năm 2023 là I.4 — gõ 2023/I.1 "
    "nếu muốn chỉ tiêu đó."
)
NOTE_EN = (
    "Note: I.1 is target I.1 of the 2024 plan («100% UBND các phường, xã số hóa hồ sơ thủ tục "
    "hành chính.»); the target carried over from I.1 of the 2023 plan is I.4 — type 2023/I.1 "
    "for that one."
)


def test_an_id_that_is_also_a_carried_targets_origin_is_the_plans_own(workspace: Path) -> None:
    """'I.1' is 2024's I.1 and 2023's I.1 (carried as I.4): the plan's own I.1 is shown, with a
    note on stderr naming the carried one and how to reach it (never in the JSON on stdout);
    '2024/I.1' is 2024's own with no note, '2023/I.1' and 'I.1 (2023)' the carried one."""
    for args in (("show", "I.1", *AS_OF), ("progress", "list", "I.1")):
        result = cds("--plan", "2024", *args)
        assert result.exit_code == 0, result.output
        assert result.stderr.splitlines() == [NOTE_VI]
        assert NOTE_VI not in result.stdout
    assert cds("--plan", "2024", "show", "I.1", *AS_OF).stdout.splitlines()[0] == "I.1"
    english = cds("--plan", "2024", "show", "I.1", *AS_OF, "--lang", "en", "--format", "json")
    assert english.exit_code == 0
    assert english.stderr.splitlines() == [NOTE_EN]
    assert json.loads(english.stdout)["id"] == "I.1"  # stdout: the JSON alone
    listed = cds("--plan", "2024", "progress", "list", "I.1", "-f", "json")
    assert [(e["target"], e["unit"]) for e in json.loads(listed.stdout)] == [
        ("I.1", "phuong-bac-son")
    ]
    for typed, shown in (("2024/I.1", "I.1"), ("2023/I.1", "I.4"), ("I.1 (2023)", "I.4")):
        result = cds("--plan", "2024", "show", typed, *AS_OF)
        assert result.exit_code == 0, result.output
        assert (result.stdout.splitlines()[0], result.stderr) == (shown, "")
    # the carried I.4 typed by its id: itself, though 2023's I.4 is carried too (as I.7)
    shown = cds("--plan", "2024", "show", "I.4", *AS_OF)
    assert shown.stdout.splitlines()[0] == "I.4"
    assert shown.stderr.startswith("Chú ý: I.4 là chỉ tiêu I.4 của Kế hoạch năm 2024 («100% ")
    assert shown.stderr.endswith("chỉ tiêu chuyển tiếp từ I.4 Kế hoạch năm 2023 là I.7 — gõ "
                                 "2023/I.4 nếu muốn chỉ tiêu đó.\n")  # fmt: skip


def test_progress_add_of_an_own_id_writes_to_the_plans_own_target(workspace: Path) -> None:
    """Not asked, nothing refused: 'I.1' records for 2024's I.1 (the note on stderr after the
    line saying so); '2023/I.1' for the carried I.4, with no note."""
    add = ("--unit", "VH&TT", "--status", "in_progress", "--date", "01/11/2024")
    result = cds("--plan", "2024", "progress", "add", "I.1", *add)
    assert result.exit_code == 0, result.output
    said = result.stdout.splitlines()
    assert len(said) == 1 and ", chỉ tiêu I.1, Đang thực hiện → plans/2024/progress/" in said[0]
    assert result.stderr.splitlines() == [NOTE_VI]
    english = cds("--plan", "2024", "progress", "add", "I.1", *add, "--lang", "en")
    assert english.exit_code == 0 and english.stderr.splitlines() == [NOTE_EN]
    listed = json.loads(cds("--plan", "2024", "progress", "list", "2024/I.1", "-f", "json").stdout)
    assert sorted((e["target"], e["unit"], e["date"]) for e in listed) == [
        ("I.1", "phong-van-hoa-thong-tin", "2024-11-01"),
        ("I.1", "phong-van-hoa-thong-tin", "2024-11-01"),
        ("I.1", "phuong-bac-son", "2024-03-01"),  # the fixture's
    ]
    carried = cds("--plan", "2024", "progress", "add", "2023/I.1", *add)
    assert carried.exit_code == 0 and carried.stderr == ""
    assert ", chỉ tiêu I.4 (I.1 (2023)), Đang thực hiện" in carried.stdout
    listed = json.loads(cds("--plan", "2024", "progress", "list", "I.4", "-f", "json").stdout)
    assert [(e["target"], e["unit"], e["date"]) for e in listed] == [
        ("I.4", "phong-van-hoa-thong-tin", "2024-11-01")
    ]


def test_a_cancelled_ongoing_target_owes_no_period_after_its_cancel_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """I.2 of the bundled appendix is ongoing, monthly; cancelled here on 01/07/2023. On
    10/06/2023 it owes the window 15/05–14/06/2023 (due in 06/2023); on 15/08/2023 none: no
    period in show or list, not due in 08/2023; and due --month 07/2023 asked on 20/06/2023
    leaves out the window 15/06–14/07, which ends after the cancel day."""
    monkeypatch.chdir(tmp_path)
    ok("init", "reg")
    path = tmp_path / "reg/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "        reporting: monthly  # no period in the appendix: the committee's monthly "
    anchor += "report\n"
    assert text.count(anchor) == 2  # I.2 first
    path.write_text(text.replace(anchor, anchor + "        cancelled: 01/07/2023\n", 1), "utf-8")
    reg = ("--registry", str(path))

    def period(day: str) -> object:
        shown = json.loads(ok(*reg, "show", "I.2", "--as-of", day, "--format", "json"))
        return shown["period"], shown["status"]

    assert period("10/06/2023") == (
        {"reporting": "monthly", "start": "2023-05-15", "end": "2023-06-14"},
        "unreported",
    )
    assert period("15/08/2023") == (None, "cancelled")
    shown = ok(*reg, "show", "I.2", "--as-of", "15/08/2023")
    assert "kỳ 15/08/2023" not in shown and "Bãi bỏ từ 01/07/2023" in shown
    rows = json.loads(ok(*reg, "list", "--as-of", "15/08/2023", "--format", "json"))
    assert next(r for r in rows if r["id"] == "I.2")["period"] is None
    due = ok(*reg, "due", "--month", "07/2023", "--as-of", "20/06/2023", "--format", "json")
    assert "I.2" not in [r["id"] for r in json.loads(due)]
    due = ok(*reg, "due", "--month", "06/2023", "--as-of", "10/06/2023", "--format", "json")
    assert "I.2" in [r["id"] for r in json.loads(due)]


def test_a_carried_target_shows_where_each_unit_stood_under_the_old_plan(
    plans_workspace: Path,
) -> None:
    """2023's I.1 (one figure per unit, 'departments_providing_data', %): Phòng Y tế reports 40%
    on 10/09 then 70% on 20/11/2023, Phòng Nội vụ done (100%) on 15/10, Phòng Tư pháp 20% on
    01/12; carried on 31/12/2023 as 2024's I.2. Nội vụ's part, finished, is copied into 2024
    (its own history); Y tế's and Tư pháp's last 2023 reports come after it, marked with the
    plan, 'show' and its JSON `before_carried` (units in the order they first reported); and
    `report --unit` gives the one line where the unit stood at the carry. A carry-over now
    copies every part's last report, so this holds for a workspace an older cds carried (its
    unfinished parts' copies removed below); a fresh carry has nothing "before" to show."""
    for unit, state, day, value, note in (
        ("Phòng Y tế", "in_progress", "10/09/2023", "40", "Đã gửi 4/10 bộ dữ liệu"),
        ("Phòng Y tế", "in_progress", "20/11/2023", "70", "Đã gửi 7/10 bộ dữ liệu"),
        ("Phòng Nội vụ", "done", "15/10/2023", "100", ""),
        ("Phòng Tư pháp", "in_progress", "01/12/2023", "20", ""),
    ):
        ok("--plan", "2023", "progress", "add", "I.1", "--unit", unit, "--status", state,
           "--date", day, "--value", value, "--note", note)  # fmt: skip
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    show = ("--plan", "2024", "show", "2023/I.1", "--as-of", "01/03/2024")
    # carry-over copies each part's last report (fix9g): the units' stand is the carried
    # target's own history, so nothing is left to show "before the carry"
    data = json.loads(cds(*show, "--format", "json").stdout)
    assert data["id"] == "I.2" and "before_carried" not in data
    # a workspace carried by an older cds has only the finished parts' copies: remove the
    # unfinished parts' ones, as such a carry left it
    folder = plans_workspace / "plans" / "2024" / "progress"
    for file in folder.glob("*.yaml"):
        text = file.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in text if "Báo cáo trong kế hoạch cũ (I.1 (2023))" not in line]
        assert len(text) - len(kept) == {"phong-y-te.yaml": 1, "phong-tu-phap.yaml": 1}.get(
            file.name, 0
        ), file.name
        file.write_text("".join(kept), encoding="utf-8")
    data = json.loads(cds(*show, "--format", "json").stdout)
    assert data["id"] == "I.2" and data["carried_from"] == "2023/I.1"
    figures = "departments_providing_data"
    assert [
        (e["unit_name"], e["date"], e["values"], e["status"], e.get("note"), e["plan"])
        for e in data["before_carried"]
    ] == [
        (
            "Phòng Y tế",
            "2023-11-20",
            {figures: 70.0},
            "in_progress",
            "Đã gửi 7/10 bộ dữ liệu",
            "2023",
        ),
        ("Phòng Tư pháp", "2023-12-01", {figures: 20.0}, "in_progress", None, "2023"),
    ]
    screen = lines(ok(*show))
    title = (
        "Báo cáo cuối cùng của các đơn vị trong Kế hoạch năm 2023 (chỉ tiêu I.1), trước khi "
        "chuyển tiếp"
    )
    table = screen[screen.index(title) :]
    rows = [
        line.split(" | ")[1:5] for line in table if line[15:17] == "| " and line[17:18].isdigit()
    ]
    assert rows == [
        ["01/12/2023", "I.1", "Phòng Tư pháp", "Đang thực hiện |"],
        ["20/11/2023", "I.1", "Phòng Y tế", "Đang thực hiện |"],
    ]
    assert sum("| (Kế hoạch năm 2023) |" in line for line in table) == 2
    said = " ".join(line.strip("| ") for line in table)  # the figures' lines, unwrapped
    named = "Tỷ lệ phòng, đơn vị thuộc UBND thành phố cung cấp dữ liệu theo chỉ đạo của tỉnh"
    assert said.count(f"{named}: 20%") == 1 and said.count(f"{named}: 70%") == 1
    assert said.count("Đã gửi 7/10 bộ dữ liệu") == 1
    assert not any("Phòng Nội vụ" in line for line in table)  # finished: copied, shown above

    report = ("--plan", "2024", "report", "--unit", "Phòng Y tế", "--as-of", "01/03/2024")
    said = ok(*report)
    stand = (
        "(báo cáo cuối trong Kế hoạch năm 2023, chỉ tiêu I.1, trước khi chuyển tiếp: Đang thực "
        "hiện, ngày 20/11/2023)"
    )
    assert stand in " ".join(" ".join(line.strip("| ").split()) for line in said.splitlines())
    assert said.count("trước khi chuyển tiếp") == 1  # I.2 only: no other 2023 report of Y tế
    english = ok(*report, "--lang", "en")
    stand_en = (
        "(last report under the 2023 plan, target I.1, before the carry-over: In progress, on "
        "20/11/2023)"
    )
    assert stand_en in " ".join(" ".join(line.strip("| ").split()) for line in english.splitlines())
    records = json.loads(ok(*report, "--format", "json"))
    assert [(r["id"], r["before_carried"]["date"]) for r in records if "before_carried" in r] == [
        ("I.2", "2023-11-20")
    ]
    done = json.loads(ok("--plan", "2024", "report", "--unit", "Phòng Nội vụ", "--as-of",
                         "01/03/2024", "--format", "json"))  # fmt: skip
    assert not any("before_carried" in r for r in done)  # its part finished, copied
