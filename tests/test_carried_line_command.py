"""`cds validate`'s hint for a report line that belongs to the other plan of a carried target
gives the whole command that records it there, typed as printed (fix13b), and a report in the
newest plan of a target carried twice names the plan that held the target on its day.

The hint used to end in "cds --plan 2023 progress add I.3 …": the "…" cannot be typed, and the
clerk had to rebuild the line by hand. And validate judged an early report only against the plan
the target came from last: a report of 20/12/2023 on 2025's I.8 (2024/I.6, itself 2023/I.3,
each carried on 31/12) was said to be 2024's, whose `progress add` refuses it in turn; `progress
add` itself names 2023 at once (test_carried_twice_early.py).

The three plans are test_carried_hint_typed.py's workspace; the two plans test_carried_reports.py's
(2024/I.1 carried on 31/12/2024 as 2025/I.2).
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from test_carried_hint_typed import reopened as reopened  # the fixture
from test_carried_reports import carried as carried  # the fixture
from test_revise import cds, ok
from test_revised_plan import revised as revised  # the fixture under it
from test_revised_plan import workspace as workspace  # the fixture under that

FILE = "plans/2025/progress/phong-tu-phap.yaml"
ADD = ("--plan", "2025", "progress", "add", "I.8", "--unit", "Tư pháp")
KEY = "units_using_data_warehouse"  # I.8's indicator, I.6's in 2024 and I.3's in 2023


def _two_early_lines(root: Path) -> None:
    """Two reports of Phòng Tư pháp on 2025's I.8 (lines 6 and 7 of its file: the header is
    five), their days then moved by hand to 20/12/2023 (2023's: before both carries) and
    20/12/2024 (2024's: before the second)."""
    ok(*ADD, "--status", "đang thực hiện", "--date", "01/01/2025", "--value", "7/21",
       "--note", "đạt 80%", "--obstacles", "thiếu máy", "--evidence", "bao-cao/tp.pdf")  # fmt: skip
    ok(*ADD, "--status", "chưa thực hiện", "--date", "02/01/2025")
    path = root / FILE
    text = path.read_text(encoding="utf-8")
    text = text.replace('"2025-01-01"', '"2023-12-20"').replace('"2025-01-02"', '"2024-12-20"')
    path.write_text(text, encoding="utf-8")


def _said(*args: str) -> tuple[int, list[str]]:
    """validate's exit code and its lines less the excerpt and caret under each message."""
    result = cds(*args)
    lines = result.output.splitlines()
    return result.exit_code, [line for line in lines if not re.match(r"  [ 0-9]+ \|", line)]


# "id", "target", "unit", "status" before the date: its value starts at column 101
# (3 + 6 + 14 + 2 + 10 + 5 + 2 + 8 + 15 + 2 + 10 + 13 + 2 + 8 = 100 characters before it).
VI = [
    f"{FILE}:6:101: chỉ tiêu I.8 chuyển từ kế hoạch 2024 (chỉ tiêu I.6) vào kế hoạch này từ"
    " ngày 01/01/2025, trước đó thuộc kế hoạch 2023 (chỉ tiêu I.3): báo cáo ngày 20/12/2023"
    " thuộc kế hoạch 2023",
    "  gợi ý: báo cáo này thuộc kế hoạch 2023, chỉ tiêu I.3: "
    "ghi vào kế hoạch đó trước, rồi mới xóa dòng này: cds"
    ' --plan 2023 progress add I.3 --id --unit phong-tu-phap --status "đang thực hiện" --date'
    f' 20/12/2023 --value "{KEY}=7/21" --note "đạt 80%" --obstacles "thiếu máy" --evidence'
    " bao-cao/tp.pdf (việc xong từ 01/01/2025 trở đi thì sửa ngày cho đúng)",
    f"{FILE}:7:101: chỉ tiêu I.8 chuyển từ kế hoạch 2024 (chỉ tiêu I.6) vào kế hoạch này từ"
    " ngày 01/01/2025: báo cáo ngày 20/12/2024 thuộc kế hoạch 2024",
    "  gợi ý: báo cáo này thuộc kế hoạch 2024, chỉ tiêu I.6: "
    "ghi vào kế hoạch đó trước, rồi mới xóa dòng này: cds"
    ' --plan 2024 progress add I.6 --id --unit phong-tu-phap --status "chưa thực hiện" --date'
    " 20/12/2024 (việc xong từ 01/01/2025 trở đi thì sửa ngày cho đúng)",
    "2 lỗi trong 1 tệp (đã kiểm tra 4 tệp).",
]
EN = [
    f"{FILE}:6:101: target I.8 was carried into this plan from plan 2024 (target I.6) from"
    " 01/01/2025, and before that was in plan 2023 (target I.3): a report dated 20/12/2023"
    " belongs to plan 2023",
    "  hint: this report belongs to plan 2023, target I.3: "
    "record it there first, then delete this line:"
    " cds --plan 2023 progress add I.3 --id --unit phong-tu-phap --status in_progress --date"
    f' 20/12/2023 --value "{KEY}=7/21" --note "đạt 80%" --obstacles "thiếu máy" --evidence'
    " bao-cao/tp.pdf (work finished on 01/01/2025 or later: correct its day)",
    f"{FILE}:7:101: target I.8 was carried into this plan from plan 2024 (target I.6) from"
    " 01/01/2025: a report dated 20/12/2024 belongs to plan 2024",
    "  hint: this report belongs to plan 2024, target I.6: "
    "record it there first, then delete this line:"
    " cds --plan 2024 progress add I.6 --id --unit phong-tu-phap --status not_started --date"
    " 20/12/2024 (work finished on 01/01/2025 or later: correct its day)",
    "2 problems in 1 file (4 files checked).",
]


def _command(hint: str, lang: str) -> list[str]:
    """The command a hint gives, as the shell splits it (after "dòng này:"/"this line:", before
    "(")."""
    said = hint.split(" dòng này: " if lang == "vi" else " this line: ", 1)[1]
    return shlex.split(said.rsplit(" (", 1)[0])


def _last(root: Path, plan: str) -> dict[str, object]:
    lines = (root / f"plans/{plan}/progress/phong-tu-phap.yaml").read_text("utf-8").splitlines()
    entry: dict[str, object] = json.loads(lines[-1][2:])
    return entry


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_report_of_a_target_carried_twice_names_the_plan_that_held_it(
    reopened: Path, lang: str
) -> None:
    _two_early_lines(reopened)
    expected = VI if lang == "vi" else EN
    assert _said("--lang", lang, "--plan", "2025", "validate") == (1, expected)
    # each hint's command, the lines deleted, typed as printed: each plan records its report
    path = reopened / FILE
    kept = [line for line in path.read_text("utf-8").splitlines(True) if "-12-20" not in line]
    path.write_text("".join(kept), encoding="utf-8")
    for hint in (expected[1], expected[3]):
        command = _command(hint, lang)
        assert command[0] == "cds"
        result = cds("--lang", lang, *command[1:])
        assert result.exit_code == 0, result.output
    first, second = _last(reopened, "2023"), _last(reopened, "2024")
    assert {k: v for k, v in first.items() if k not in ("id", "written")} == {
        "target": "I.3",
        "unit": "phong-tu-phap",
        "status": "in_progress",
        "date": "2023-12-20",
        "values": {KEY: 100 * 7 / 21},
        "note": "đạt 80%",
        "obstacles": "thiếu máy",
        "evidence": ["bao-cao/tp.pdf"],
        "counts": {KEY: [7, 21]},
    }
    assert (second["target"], second["status"], second["date"]) == (
        "I.6",
        "not_started",
        "2024-12-20",
    )
    # what `progress add` says of the same report in 2025: the same plan
    refused = cds("--lang", lang, *ADD, "--status", "done", "--date", "20/12/2023")
    assert refused.exit_code == 2
    assert "--plan 2023 progress add I.3" in refused.output


def _away_hint(lang: str, command: str) -> str:
    return {
        "vi": "  gợi ý: báo cáo này thuộc kế hoạch 2025, chỉ tiêu I.2: "
        "ghi vào kế hoạch đó trước, rồi mới xóa dòng này:"
        f" {command} (việc xong đến hết 31/12/2024 thì sửa ngày cho đúng)",
        "en": "  hint: this report belongs to plan 2025, target I.2: "
        "record it there first, then delete this line:"
        f" {command} (work finished by 31/12/2024: correct its day)",
    }[lang]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_report_left_in_the_old_plan_gives_the_command_for_the_new_one(
    carried: Path, lang: str
) -> None:
    """A line written by hand in plan 2024 after I.1 left it (line 1, column 91): the hint's
    command records it in 2025 as I.2, its note and evidence with it; a note no window prints
    alike ($) is left out and said before the command, which then stops at "--note"."""
    path = carried / "plans/2024/progress/phong-y-te.yaml"
    path.write_text(
        '- {"id": "a1b2c3d4e5f6", "target": "I.1", "unit": "phong-y-te", "status": "done", '
        '"date": "2025-02-10", "values": {}, "note": "xong 100%", "evidence": ["a b.pdf"], '
        '"written": "2025-02-10T08:00:00+07:00"}\n',
        encoding="utf-8",
    )
    code, lines = _said("--lang", lang, "validate", "plans/2024")
    status = '"hoàn thành"' if lang == "vi" else "done"
    command = (
        f"cds --registry plans/2025 progress add I.2 --id --unit phong-y-te --status {status}"
        ' --date 10/02/2025 --note "xong 100%" --evidence "a b.pdf"'
    )
    assert (code, lines[1]) == (1, _away_hint(lang, command))
    path.write_text("", encoding="utf-8")
    result = cds(*shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    entry = json.loads((carried / "plans/2025/progress/phong-y-te.yaml").read_text("utf-8")
                       .splitlines()[-1][2:])  # fmt: skip
    assert (entry["target"], entry["date"], entry["note"], entry["evidence"]) == (
        "I.2",
        "2025-02-10",
        "xong 100%",
        ["a b.pdf"],
    )
    # a note with "$": left out, and said after the command, with the line's field to copy it
    # from; recorded there first, the line deleted after (a23-08)
    path.write_text(
        '- {"id": "a1b2c3d4e5f7", "target": "I.1", "unit": "phong-y-te", "status": "done", '
        '"date": "2025-02-11", "note": "chi $5", "written": "2025-02-11T08:00:00+07:00"}\n',
        encoding="utf-8",
    )
    code, lines = _said("--lang", lang, "validate", "plans/2024")
    withheld = {
        "vi": " — lệnh này thiếu giá trị của --note (có ký tự mà cửa sổ dòng lệnh (PowerShell,"
        " cmd) đọc theo cách riêng nên không in ra) nên chưa ghi gì: hãy tự gõ vào sau --note"
        " giá trị chép từ trường `note` của dòng này",
        "en": " — it lacks the value of --note (which holds characters a command window"
        " (PowerShell, cmd) reads in its own way, so it is not printed) and records nothing as"
        " it stands: type after --note the value copied from this line's `note` field",
    }[lang]
    typed = (
        f"cds --registry plans/2025 progress add I.2 --id --unit phong-y-te --status {status}"
        " --date 11/02/2025 --note"
    )
    command = typed + withheld
    assert (code, lines[1]) == (1, _away_hint(lang, command))
    # as the hint says: first the command, the note typed in from the line, then the line goes
    as_typed = cds(*shlex.split(typed)[1:], "chi $5")
    assert as_typed.exit_code == 0, as_typed.output
    entry = json.loads((carried / "plans/2025/progress/phong-y-te.yaml").read_text("utf-8")
                       .splitlines()[-1][2:])  # fmt: skip
    assert (entry["target"], entry["date"], entry["note"]) == ("I.2", "2025-02-11", "chi $5")
    path.write_text("", encoding="utf-8")
    assert _said("--lang", lang, "validate", "plans/2024")[0] == 0
