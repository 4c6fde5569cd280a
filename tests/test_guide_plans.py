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
    # The clerk's year in order: the plan arrives, is decided, takes 2023's unfinished targets,
    # answers `due`; the revision's diff comes mid-year, last.
    assert names == ["init", "import", "validate", "validate", "carry-over", "plans", "due", "diff"]
    start, due = names.index("import"), names.index("due")  # the Word file has arrived
    assert len(commands[start : due + 1]) < 10
    assert commands[start][2].endswith(".docx")
    assert commands[due][:4] == ["cds", "due", "--plan", "2024"]
    # What to decide between the two validations is said, field by field.
    prose = _section(TITLE)
    for needed in ("Phòng Nội vụ", "`Quý II/2024`", "`due: 2024-06`", "`needs_review`"):
        assert needed in prose, needed
    for needed in (
        "`units:`",
        "`due:`",
        "mã đơn vị (`units`) [] không khớp với văn bản",
        "`due: ongoing`",
    ):
        assert needed in prose, needed


def test_the_guide_shows_the_flagged_target_before_and_after_as_the_import_writes_it(
    tmp_path: Path,
) -> None:
    """The before/after of step 2 are what `cds import` writes and what the clerk must leave
    (text and value of each field): the import of the guide's table writes the one, and the
    other, with the needs_review lines gone, is valid."""
    import sys

    from typer.testing import CliRunner

    from cds_tracker.cli import app

    sys.path.insert(0, str(GUIDE.parent / "tools"))
    import preparations

    prose = _section(TITLE)
    for block in (preparations.FLAGGED_2024, preparations.DECIDED_2024):
        shown = "".join("   " + line if line.strip() else line for line in block.splitlines(True))
        assert f"```yaml\n{shown}   ```" in prose
    runner = CliRunner()
    preparations._appendix_docx(tmp_path / "ke-hoach-2024.docx", preparations.PLAN_2024)
    registry = tmp_path / "plans/2024/phu_luc_01.yaml"
    args = ["import", str(tmp_path / "ke-hoach-2024.docx"), "--out", str(registry)]
    assert runner.invoke(app, args).exit_code == 1
    assert preparations.FLAGGED_2024 in registry.read_text(encoding="utf-8")
    late = runner.invoke(app, ["--registry", str(registry), "late", "--as-of", "01/12/2024"])
    assert late.exit_code == 1 and "needs_review" not in late.stdout  # refused, not "ongoing"
    assert "giá trị nhập cần người quyết định" in late.output
    preparations.decide_2024(tmp_path, None)
    assert runner.invoke(app, ["validate", str(registry.parent)]).exit_code == 0
