"""The workspace the heir tests share (issue 16): plans/2023 the shipped registry, the wards
Bắc Sơn and Nam Sơn merged into Tam Điệp on 01/07/2025 (ward_merger.py) in the workspace's
unit changes, and plans/2024 imported from a Word table of the test's own rows with plans/2023
as its base. One builder, so that the tests differ only in their rows and their reports; and
the readers of the `show` and `report --unit` screens they check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from test_optional_columns import HEADING, write_table
from ward_merger import merger_units

runner = CliRunner()


def import_2024(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[Any]) -> Path:
    """The workspace in `tmp_path` (made the current folder), with no report yet."""
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(
        "units:\n" + merger_units(2025), encoding="utf-8"
    )
    source = write_table(tmp_path / "ke-hoach-2024.docx", rows, HEADING)
    args = ("import", str(source), "--out", "plans/2024/phu_luc_01.yaml")
    done = runner.invoke(app, [*args, "--registry", "plans/2023"])
    assert done.exit_code == 0, done.output
    return tmp_path


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def show_parts(text: str) -> list[str]:
    """`show`'s status line and its parts, from "Trạng thái"/"Status" to the blank line."""
    shown = lines(text)
    at = next(i for i, line in enumerate(shown) if line.startswith(("Trạng thái", "Status ")))
    return shown[at : shown.index("", at)]


def unit_row(text: str) -> list[str]:
    """The I.2 row of a `report --unit` table, its part lines included."""
    shown = lines(text)
    at = next(i for i, line in enumerate(shown) if line.startswith("| I.2 "))
    end = next(i for i in range(at, len(shown)) if shown[i].startswith("+--"))
    return [" ".join(cell.strip() for cell in line.strip("|").split("|")) for line in shown[at:end]]
