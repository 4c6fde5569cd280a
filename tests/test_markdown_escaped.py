"""Markdown output carries no raw HTML nor link syntax from the data (attack review 10, 07): a
note or a target's text holding "<script>…</script>" or "[x](javascript:…)" is written with
"\\", "<", "[", "]" backslash-escaped (output/sanitize.py `markdown_text`, `markdown_cell`: the one
home of Markdown escaping), in `progress list`, `list`, `summary` and the urging notes alike, so
a renderer shows the text typed and runs or links nothing.

Plan 2023 as `cds init` makes it, with II.4's text and group II's title given the markup; II.4
(due Tháng 10/2023) is led by Văn phòng HĐND và UBND thành phố.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
MARKUP = "<script>alert(1)</script> [x](javascript:alert(1))"
ESCAPED = "\\<script>alert(1)\\</script> \\[x\\](javascript:alert(1))"
CONTENT = "30% thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh"


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.stdout)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    init_registry(tmp_path / "plans" / "2023")
    path = tmp_path / "plans/2023/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(CONTENT) == 1 and text.count("title: Chính quyền số\n") == 1
    text = text.replace(CONTENT, f"<b>II.4</b> [y](javascript:alert(2)) {CONTENT}")
    text = text.replace("title: Chính quyền số\n", "title: Chính quyền số <i>x</i>\n")
    path.write_text(text, encoding="utf-8")
    ok("validate")
    return tmp_path


def test_no_markup_from_the_data_in_markdown(workspace: Path) -> None:
    unit = ("--unit", "Văn phòng HĐND và UBND thành phố")
    day = ("--status", "đang thực hiện", "--date", "02/10/2023")
    ok("progress", "add", "II.4", *unit, *day, "--note", f"a | b {MARKUP}")
    listed = ok("progress", "list", "--format", "markdown")
    row = next(line for line in listed.splitlines() if "| II.4 |" in line)
    assert row.endswith(f"| a \\| b {ESCAPED} |")
    targets = ok("list", "--format", "markdown", "--as-of", "02/10/2023")
    row = next(line for line in targets.splitlines() if line.startswith("| II.4 "))
    assert "| \\<b>II.4\\</b> \\[y\\](javascript:alert(2)) 30% thanh toán" in row
    summary = ok("summary", "--format", "markdown", "--as-of", "02/10/2023")
    assert "Chính quyền số \\<i>x\\</i>" in summary
    notes = ok("remind", "--month", "10/2023", "--as-of", "02/10/2023",
               "--unit", "Văn phòng HĐND và UBND thành phố")  # fmt: skip
    row = next(line for line in notes.splitlines() if "\\<b>II.4\\</b>" in line)
    assert "\\[y\\](javascript:alert(2)) 30% thanh toán" in row
    for text in (listed, targets, summary, notes):  # nothing left unescaped
        bare = text.replace("\\<", "").replace("\\[", "").replace("\\]", "")
        assert "<" not in bare and "[" not in bare and "]" not in bare
