"""`cds validate`'s hint for a report line that belongs to the other plan of a carried target
gives the whole command that records it there, typed as printed (fix13b).

The hint used to end in "cds --plan 2023 progress add I.3 …": the "…" cannot be typed, and the
clerk had to rebuild the line by hand. The two plans are test_carried_reports.py's (2024/I.1
carried on 31/12/2024 as 2025/I.2).
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from test_carried_reports import carried as carried  # the fixture
from test_revise import cds


def _said(*args: str) -> tuple[int, list[str]]:
    """validate's exit code and its lines less the excerpt and caret under each message."""
    result = cds(*args)
    lines = result.output.splitlines()
    return result.exit_code, [line for line in lines if not re.match(r"  [ 0-9]+ \|", line)]


def _away_hint(lang: str, command: str) -> str:
    return {
        "vi": "  gợi ý: báo cáo này thuộc kế hoạch 2025, chỉ tiêu I.2: xóa dòng này rồi ghi lại"
        f" bằng {command} (việc xong đến hết 31/12/2024 thì sửa ngày cho đúng)",
        "en": "  hint: this report belongs to plan 2025, target I.2: delete this line and record"
        f" it with {command} (work finished by 31/12/2024: correct its day)",
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
    # a note with "$": left out, said before the command
    path.write_text(
        '- {"id": "a1b2c3d4e5f7", "target": "I.1", "unit": "phong-y-te", "status": "done", '
        '"date": "2025-02-11", "note": "chi $5", "written": "2025-02-11T08:00:00+07:00"}\n',
        encoding="utf-8",
    )
    code, lines = _said("--lang", lang, "validate", "plans/2024")
    withheld = {
        "vi": "giá trị của --note có ký tự mà cửa sổ dòng lệnh (PowerShell, cmd) đọc theo cách"
        " riêng nên không in ra; lệnh sau thiếu nó nên không ghi gì: hãy tự gõ nó vào sau"
        " --note (thay cho dấu … nếu có)",
        "en": "the value of --note holds characters a command window (PowerShell, cmd) reads in"
        " its own way, so it is not printed; the command that follows lacks it and records"
        " nothing: type it in after --note (in place of the … if any)",
    }[lang]
    command = (
        f"{withheld}; cds --registry plans/2025 progress add I.2 --id --unit phong-y-te --status"
        f" {status} --date 11/02/2025 --note"
    )
    assert (code, lines[1]) == (1, _away_hint(lang, command))
