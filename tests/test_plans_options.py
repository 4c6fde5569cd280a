"""The plans commands' options as a clerk meets them: formats refused in words, metavars that
say what a value is (Vietnamese, English with --lang en), errors naming the option typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def two_plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    init_registry(tmp_path / "plans" / "2024")
    return tmp_path


@pytest.mark.parametrize("command", [["plans"], ["diff", "2023", "2024"]])
@pytest.mark.parametrize("fmt", ["docx", "markdown"])
def test_a_format_the_command_lacks_is_refused(
    two_plans: Path, command: list[str], fmt: str
) -> None:
    result = cds(*command, "--format", fmt)
    assert result.exit_code == 2
    assert f"cds: lỗi: giá trị không hợp lệ cho --format: '{fmt}'; chọn một trong: table, json" in (
        result.output
    )
    result = cds(*command, "--format", fmt, "--lang", "en")
    assert result.exit_code == 2
    assert f"cds: error: invalid value for --format: '{fmt}'; choose one of: table, json" in (
        result.output
    )


def test_diff_help_is_vietnamese_throughout() -> None:
    shown = cds("diff", "--help").output
    assert "Cách dùng: cds diff [TÙY_CHỌN] {CŨ} {MỚI}" in shown
    assert "Cùng các loại đó, để so với CŨ." in shown
    assert "OLD" not in shown and "NEW" not in shown
    english = cds("diff", "--help", "--lang", "en").output
    assert "The same kinds, compared with OLD." in english


def test_metavars_say_what_the_value_is() -> None:
    carry = cds("carry-over", "--help").output
    assert "--from KẾ_HOẠCH" in carry and "--to KẾ_HOẠCH" in carry
    assert "--deadline THÁNG|NGÀY" in carry and "VĂN_BẢN" not in carry
    assert "--plan KẾ_HOẠCH" in cds("--help").output
    english = cds("carry-over", "--help", "--lang", "en").output
    assert "--from PLAN" in english and "--to PLAN" in english
    assert "--deadline MONTH|DATE" in english and "TEXT" not in english
    assert "--plan PLAN" in cds("--help", "--lang", "en").output


@pytest.mark.parametrize("option", ["--from", "--to"])
def test_carry_over_names_the_option_typed(two_plans: Path, option: str) -> None:
    given = {"--from": "2023", "--to": "2024", option: "2025"}
    result = cds("carry-over", "--from", given["--from"], "--to", given["--to"])
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == (
        f"cds: lỗi: {option}: không có kế hoạch '2025' trong thư mục làm việc này "
        "(các kế hoạch: 2023, 2024)"
    )
    result = cds("carry-over", "--from", given["--from"], "--to", given["--to"], "--lang", "en")
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == (
        f"cds: error: {option}: no plan '2025' in this workspace (plans: 2023, 2024)"
    )
