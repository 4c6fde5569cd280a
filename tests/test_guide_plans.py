"""The user guide walks a clerk from "received the 2024 plan as Word" to "cds due for 2024" in
under ten commands (issue 16). tests/test_guide.py runs every example of the guide in order in an
empty folder and compares what it prints; here, that this walk is short and complete."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

GUIDE = Path(__file__).parent.parent / "docs" / "huong-dan-su-dung.md"
TITLE = "Nhận kế hoạch năm mới bằng Word: từ tệp `.docx` đến `cds due` năm 2024"


def _section(title: str) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_from_a_word_plan_to_due_in_2024_in_under_ten_commands() -> None:
    run = re.findall(r"<!-- chạy[^:]*: (.+?) -->", _section(TITLE))
    commands = [shlex.split(line) for line in run if line.startswith("cds ")]
    names = [words[1] for words in commands]
    assert names == ["init", "import", "validate", "validate", "diff", "carry-over", "plans", "due"]
    start = names.index("import")  # the Word file has arrived
    assert len(commands[start:]) < 10
    assert commands[start][2].endswith(".docx")
    assert commands[-1][:4] == ["cds", "due", "--plan", "2024"]
    # What to decide between the two validations is said, field by field.
    prose = _section(TITLE)
    for needed in ("Phòng Nội vụ", "`Quý II/2024`", "`due: 2024-06`", "`needs_review`"):
        assert needed in prose, needed
