"""A registry value longer than one cell can be (registry/long_values.py): one hand-written
value of 7.8 MB made `cds validate` take about a minute (ruamel's round-trip reading, which
locates problems, scans a scalar character by character). Refused at its line:col in seconds,
with the limit `cds import` holds a cell to (32,767 characters, Excel's)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.registry.importing.limits import MAX_CELL_TEXT
from cds_tracker.registry.long_values import MAX_TEXT

runner = CliRunner()
I2_FIRST = "          100% các yêu cầu về cung cấp dịch vụ"  # I.2's folded text, line 389
I2_CONTENT = "        content: >-\n" + I2_FIRST  # its key on line 388, the value at 388:18


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    init_registry(tmp_path / "p")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "p" / "phu_luc_01.yaml"


def _lengthen(path: Path, extra: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(I2_FIRST) == 1
    path.write_text(text.replace(I2_FIRST, I2_FIRST[:10] + extra + I2_FIRST[10:]), encoding="utf-8")


def test_the_limit_is_the_imports() -> None:
    assert MAX_TEXT == MAX_CELL_TEXT == 32_767


def test_a_value_of_megabytes_is_refused_at_its_place_in_seconds(plan: Path) -> None:
    """7.8 MB in I.2's text ("dữ liệu số " 700,000 times, 7,700,000 characters, before its
    own 132): one problem at 388:18, where the folded value starts; nothing else checked."""
    _lengthen(plan, "dữ liệu số " * 700_000)
    assert plan.stat().st_size > 7_800_000
    start = time.monotonic()
    result = runner.invoke(app, ["validate", "--registry", "p"])
    spent = time.monotonic() - start
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "p/phu_luc_01.yaml:388:18: giá trị dài 7700132 ký tự, quá giới hạn 32767 ký tự của một ô "
        "(như khi nhập từ Word hay Excel); chưa kiểm tra phần còn lại của tệp",
        "  388 |         content: >-",
        "      |                  ^",
        "  gợi ý: rút gọn giá trị đó (nội dung một chỉ tiêu thường chỉ vài trăm ký tự; có lẽ dán "
        "nhầm), rồi chạy lại cds validate",
        "1 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
    ]
    assert spent < 20  # about 1.5 s measured; a minute before
    english = runner.invoke(app, ["--lang", "en", "validate", "--registry", "p"])
    assert english.output.splitlines()[0] == (
        "p/phu_luc_01.yaml:388:18: a value of 7700132 characters, over the limit of 32767 "
        "characters of one cell (as when importing from Word or Excel); the rest of the file is "
        "not checked yet"
    )
    data = json.loads(
        runner.invoke(app, ["validate", "--registry", "p", "--format", "json"]).output
    )
    assert [(p["line"], p["col"], p["code"]) for p in data] == [(388, 18, "load.text_too_long")]
    listed = runner.invoke(app, ["list", "--registry", "p"])  # every command reads it so
    assert listed.exit_code == 1
    assert "p/phu_luc_01.yaml:388:18: giá trị dài 7700132 ký tự" in listed.output


def test_a_long_line_is_shown_cut(plan: Path) -> None:
    """A quoted value on one line: the excerpt shows its first 120 characters and "…"."""
    text = plan.read_text(encoding="utf-8")
    start = text.index(I2_CONTENT)
    end = text.index("\n        directing:", start)
    quoted = '        content: "' + "x" * 40_000 + '"'
    plan.write_text(text[:start] + quoted + text[end:], encoding="utf-8")
    result = runner.invoke(app, ["validate", "--registry", "p"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("p/phu_luc_01.yaml:388:18: giá trị dài 40000 ký tự")
    assert lines[1].startswith('  388 |         content: "xxxxxxxxxx')
    assert lines[1].endswith("x…")
    assert len(lines[1]) <= 8 + 121  # not 40,000 characters on the screen


def test_the_limit_itself_is_kept(plan: Path) -> None:
    """I.2's text of exactly 32,767 characters is valid ("100% " kept: its indicator quotes it);
    one more is refused."""
    text = plan.read_text(encoding="utf-8")
    start = text.index(I2_CONTENT)
    end = text.index("\n        directing:", start)

    def content(length: int) -> str:
        return '        content: "100% ' + "a" * (length - 5) + '"'

    plan.write_text(text[:start] + content(MAX_TEXT) + text[end:], encoding="utf-8")
    assert runner.invoke(app, ["validate", "--registry", "p"]).exit_code == 0
    plan.write_text(text[:start] + content(MAX_TEXT + 1) + text[end:], encoding="utf-8")
    over = runner.invoke(app, ["validate", "--registry", "p"])
    assert over.exit_code == 1
    assert over.output.splitlines()[0].startswith(
        "p/phu_luc_01.yaml:388:18: giá trị dài 32768 ký tự, quá giới hạn 32767 ký tự"
    )
