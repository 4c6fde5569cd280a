"""The user guide (docs/huong-dan-su-dung.md) shows what `cds` really prints (issue 12).

Its example outputs are written by docs/tools/make_guide.py, which runs every example in order
in a fresh folder at 80 columns; here the guide is made again and compared with the one in the
repository, so a change of wording, layout or behaviour that the guide does not show fails.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from paths import ROOT

TOOLS = ROOT / "docs" / "tools"
REGENERATE = "python docs/tools/make_guide.py"

# Lines a terminal shows wider than 80 columns, each a message not yet folded to the terminal's
# width (reported to the modules that print them): (command starts with, line matches). A new
# wide line fails; so does an entry no longer needed, so that the list only shrinks.
KNOWN_WIDE = [
    ("cds init ", r"^(Dùng: chạy cds trong thư mục |  hoặc thêm --registry )"),
    ("cds progress add ", r"^Đã ghi tiến độ \w+: "),
    ("cds progress add ", r"^cds: lỗi: .* không còn tồn tại ngày "),  # a merged ward's report
    # a city-wide figure from a unit that does not give it: the figure's name, then the command
    # to type without it (a hint's command stays on one line, to paste whole)
    ("cds progress add ", r"^(cds: lỗi: --value \S+: |  gợi ý: ghi báo cáo không kèm số liệu này)"),
    # a figure under its row, named as `progress list` names it: the name is a sentence long
    ("cds progress import ", r"^    Tỷ lệ .*: [\d,]+%"),
    ("cds import ", r"^  gợi ý: có phải "),
    # --revise: its diff (a new target's line names the number the table prints beside its id)
    ("cds import ", r"^(\S+ → \S+: thêm |x [IV]+\.\d+  bãi bỏ từ |\+ [IV]+\.\d+ \(bảng in là )"),
    ("cds validate ", r"^  gợi ý: có phải "),  # the unit it may mean, before how to add it
    ("cds validate ", r"^ +\d+ \| "),  # the quoted source line is cut at 100 columns, not 80
    ("cds diff ", r"^(\S+ → \S+: thêm |    Nội dung chỉ tiêu: )"),
    # after the carry-over: a new target beside its printed number; the carried ones, apart
    ("cds diff ", r"^(\+ [IV]+\.\d+ \(bảng in là |Chỉ tiêu chuyển từ kế hoạch trước)"),
]


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_guide", TOOLS / "make_guide.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_guide"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Any]:
    tool = load_tool()
    guide = tool.GUIDE.read_text(encoding="utf-8")
    return guide, tool.generate(guide, tmp_path_factory.mktemp("guide"))


def test_the_guide_is_what_cds_prints(made: tuple[str, Any]) -> None:
    guide, done = made
    assert done.problems == []
    if done.text != guide:
        old, new = guide.splitlines(), done.text.splitlines()
        first = next(
            (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
            min(len(old), len(new)),
        )
        pytest.fail(
            f"docs/huong-dan-su-dung.md differs from what cds prints, from line {first + 1}:\n"
            f"  guide: {old[first] if first < len(old) else '(end)'}\n"
            f"  cds:   {new[first] if first < len(new) else '(end)'}\n"
            f"regenerate it with `{REGENERATE}` and read the change before committing it"
        )


def test_no_line_of_the_guide_is_wider_than_80_columns(made: tuple[str, Any]) -> None:
    _, done = made
    unknown, used = [], set()
    for command, line in done.wide:
        known = [
            i
            for i, (start, pattern) in enumerate(KNOWN_WIDE)
            if (command + " ").startswith(start) and re.match(pattern, line)
        ]
        used.update(known)
        if not known:
            unknown.append(f"{command}: {line}")
    assert unknown == [], "wider than 80 columns:\n" + "\n".join(unknown)
    fixed = [KNOWN_WIDE[i] for i in range(len(KNOWN_WIDE)) if i not in used]
    assert fixed == [], f"now within 80 columns: remove from KNOWN_WIDE: {fixed}"


def test_every_guide_command_pastes_into_powershell_and_cmd() -> None:
    """One line each (the two shells continue lines differently), double quotes only (cmd has
    no single quotes), `&` only inside quotes (both shells start another command with it)."""
    tool = load_tool()
    commands = [
        m["what"]
        for m in tool.DIRECTIVE.finditer(tool.GUIDE.read_text(encoding="utf-8"))
        if m["kind"] == "chạy"
    ]
    assert len(commands) > 40
    for command in commands:
        assert "'" not in command and "\\" not in command and "“" not in command, command
        unquoted = re.sub(r'"[^"]*"', "", command)
        assert "&" not in unquoted, command
        assert shlex.split(command)[0] in ("cds", "cd"), command


def test_the_generator_shows_a_failing_example_as_an_error(tmp_path: Path) -> None:
    """An example whose exit code is not the one the guide states stops the generator: a
    renamed option never turns into a usage error printed in the guide."""
    tool = load_tool()
    page = "<!-- chạy: cds due --no-such-option -->\n<!-- /chạy -->\n"
    with pytest.raises(tool.GuideError, match="exit code 2, the guide expects 0"):
        tool.generate(page, tmp_path)


def test_the_generator_writes_the_command_its_output_and_nothing_else(tmp_path: Path) -> None:
    """The region's old body is replaced by the command and what it printed (first line only
    here, then "…"), indented as the marker is; the text around it is kept as it was."""
    tool = load_tool()
    page = "Trước.\n\n  <!-- chạy đầu=1: cds due --help -->\n  cũ\n  <!-- /chạy -->\n\nSau.\n"
    done = tool.generate(page, tmp_path)
    command = "  <!-- chạy đầu=1: cds due --help -->\n  ```\n  cds due --help\n  ```\n\n"
    output = "  ```\n  (?P<first>.*cds due.*)\n  …\n  ```\n  <!-- /chạy -->\n"
    expected = re.escape("Trước.\n\n" + command) + output + re.escape("\nSau.\n")
    assert re.fullmatch(expected, done.text), done.text
