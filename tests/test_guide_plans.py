"""The user guide walks a clerk from "received the 2024 plan as Word" to "cds due for 2024" in
under ten commands (issue 16): run literally, one after another, in an empty folder holding only
the Word file, they work, and what the guide says they print is what they print."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.cli import _lift_plan_option, app
from test_import import HEADING, ROWS

GUIDE = Path(__file__).parent.parent / "docs" / "huong-dan-su-dung.md"
TITLE = "Nhận kế hoạch năm mới bằng Word: từ tệp `.docx` đến `cds due` năm 2024"


def _section(title: str) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _blocks(section: str) -> list[str]:
    """The fenced blocks, in order, without their fences and indentation."""
    found = re.findall(r"^( *)```[a-z]*\n(.*?)^\1```", section, flags=re.S | re.M)
    return [
        "\n".join(line[len(indent) :] for line in body.rstrip("\n").split("\n"))
        for indent, body in found
    ]


def _decide(path: Path) -> None:
    """Step 3 as the guide says it: I.2's lead and deadline corrected, its marks deleted."""
    text = path.read_text(encoding="utf-8")
    text = text.replace("text: Phòng Ngoại vụ; phòng Nội vụ", "text: phòng Nội vụ")
    text = text.replace(
        "text: Quý II/2024\n          due: ongoing", "text: Tháng 6/2024\n          due: 2024-06"
    )
    start = text.index("        needs_review:")
    path.write_text(text[:start] + text[text.index("  - id: II\n", start) :], encoding="utf-8")


def test_from_a_word_plan_to_due_in_2024(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_docx(tmp_path / "ke-hoach-2024.docx", ROWS, HEADING)
    blocks = _blocks(_section(TITLE))
    commands = [i for i, block in enumerate(blocks) if block.startswith("cds ")]
    assert [shlex.split(blocks[i])[1] for i in commands] == [
        "init",
        "import",
        "validate",
        "diff",
        "carry-over",
        "plans",
        "due",
    ]
    assert len(commands) < 10
    outputs: dict[str, str] = {}
    for i in commands:
        args = shlex.split(blocks[i])[1:]
        if args[0] == "validate":
            _decide(tmp_path / "plans/2024/phu_luc_01.yaml")
        argv = ["cds", *args]
        _lift_plan_option(argv)  # as the console script does: --plan after the command
        result = CliRunner().invoke(app, argv[1:], input="y\n")
        assert result.exit_code == (1 if args[0] == "import" else 0), (blocks[i], result.output)
        outputs[args[0]] = result.output
        shown = blocks[i + 1] if i + 1 < len(blocks) and i + 1 not in commands else None
        if shown is not None and not shown.startswith("cds "):
            assert result.output.strip() == shown.strip(), blocks[i]
    assert "    thời hạn: Tháng 10/2023 → Tháng 12/2024" in outputs["carry-over"]
    assert "Đã ghi 31 chỉ tiêu vào plans/2024/phu_luc_01.yaml." in outputs["carry-over"]
    row = next(line for line in outputs["due"].splitlines() if line.startswith("| I.1 "))
    assert "Tháng 3/2024" in row and "Chưa thực hiện" in row
