"""When the note "Chú ý: I.1 là chỉ tiêu I.1 của Kế hoạch năm 2024 …; chỉ tiêu chuyển tiếp từ
I.1 … gõ 2023/I.1 …" is said (review 10: on nearly every command of a workspace whose plan
carried most targets). Only where the clerk could mean the carried target: a unit named that
has no part in it did not mean it (`progress add`, `progress list --unit`); with no unit
(`show`), a carried target finished on the day asked is not what is looked up.

The workspace of test_revise.py: 2024's own I.1 (the wards lead it) and I.4 carried from
2023/I.1 (the city's offices, "các phòng, đơn vị"); II.7 carried from 2023/II.6 and II.8
carried from 2023/II.7, which VH&TT, its one lead unit, reported done on 02/03/2024."""

from __future__ import annotations

from pathlib import Path

from test_carried_clerk import NOTE_EN, NOTE_VI
from test_revise import cds
from test_revise import workspace as workspace  # the fixture

# II.7's content (2023's II.6), cut at 60 characters (app/typed_ids.py SHORT): 59 and '…'
II7 = "100% kết quả giải quyết thủ tục hành chính được số hóa; tối…"


def test_a_unit_with_no_part_in_the_carried_target_is_not_told(workspace: Path) -> None:
    add = ("--status", "in_progress", "--date", "01/11/2024")
    ward = cds("--plan", "2024", "progress", "add", "I.1", "--unit", "Bắc Sơn", *add)
    assert ward.exit_code == 0, ward.output
    assert ward.stdout.startswith("Đã ghi tiến độ ") and ward.stderr == ""  # no part in I.4
    office = cds("--plan", "2024", "progress", "add", "I.1", "--unit", "VH&TT", *add)
    assert office.exit_code == 0 and office.stderr.splitlines() == [NOTE_VI]  # one of I.4's
    listed = cds("--plan", "2024", "progress", "list", "I.1", "--unit", "Bắc Sơn")
    assert listed.exit_code == 0 and listed.stderr == ""
    english = cds("--plan", "2024", "progress", "list", "I.1", "--unit", "VH&TT", "--lang", "en")
    assert english.exit_code == 0 and english.stderr.splitlines() == [NOTE_EN]
    anyone = cds("--plan", "2024", "progress", "list", "I.1")  # no unit: either may be meant
    assert anyone.stderr.splitlines() == [NOTE_VI]


def test_show_says_it_while_the_carried_target_is_open(workspace: Path) -> None:
    before = cds("--plan", "2024", "show", "II.7", "--as-of", "01/03/2024")
    assert before.exit_code == 0, before.output
    assert before.stderr.splitlines() == [
        f"Chú ý: II.7 là chỉ tiêu II.7 của Kế hoạch năm 2024 («{II7}»); chỉ tiêu chuyển tiếp "
        "từ II.7 Kế hoạch năm 2023 là II.8 — gõ 2023/II.7 nếu muốn chỉ tiêu đó."
    ]
    english = cds("--plan", "2024", "show", "II.7", "--as-of", "01/03/2024", "--lang", "en")
    assert english.stderr.splitlines() == [
        f"Note: II.7 is target II.7 of the 2024 plan («{II7}»); the target carried over from "
        "II.7 of the 2023 plan is II.8 — type 2023/II.7 for that one."
    ]
    after = cds("--plan", "2024", "show", "II.7", "--as-of", "02/03/2024")  # II.8 done that day
    assert after.exit_code == 0 and after.stdout.splitlines()[0] == "II.7"
    assert after.stderr == ""
