"""`cds late --by-unit` prints a block per unit that owes: in one run every block has the same
columns, in the same order, at the same widths, within 80 columns (a clerk reading the blocks one
under the other must not see the columns jump).

The 2023 plan, the two wards merged into UBND phường Tam Điệp on 01/07/2025, and on 01/09/2025
IV.4 owed by Tam Điệp in place of Nam Sơn ("thay …" under its lead units): before, each block was
measured alone, so the blocks whose codes were all short ("I.1", "II.3") had a narrower "Mã"
column than those holding "III.1" or "IV.4", and the columns of the blocks moved.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.output.screen import cell_len
from ward_merger import merger_units

runner = CliRunner()
HEADERS = ["Mã", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Thời hạn", "Số ngày quá hạn"]
HEADERS_EN = ["ID", "Target", "Lead units", "Deadline", "Days late"]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "80")
    init_registry(tmp_path / "plans" / "2023")
    changes = tmp_path / "plans" / "don_vi_thay_doi.yaml"
    changes.write_text("units:\n" + merger_units(2025), encoding="utf-8")
    for unit, status, day in [
        ("Phường Bắc Sơn", "done", "15/12/2023"),
        ("Phường Nam Sơn", "in_progress", "20/12/2023"),
    ]:
        args = ["--plan", "2023", "progress", "add", "IV.4", "--unit", unit]
        result = runner.invoke(app, [*args, "--status", status, "--date", day])
        assert result.exit_code == 0, result.output
    return tmp_path


def _blocks(output: str, side: str) -> list[tuple[str, str, list[str]]]:
    """Each block's title, its top rule and its header's cells."""
    lines = output.splitlines()
    found = []
    for i, line in enumerate(lines):
        top = i > 0 and not lines[i - 1].startswith(side)  # not a block's bottom rule
        if line.startswith(("+-", "╭")) and top and i + 1 < len(lines):
            header = [cell.strip() for cell in lines[i + 1].strip(side).split(side)]
            found.append((lines[i - 1], line, header))
    return found


@pytest.mark.parametrize(("lang", "headers"), [("vi", HEADERS), ("en", HEADERS_EN)])
def test_every_unit_block_has_the_same_columns_piped(
    workspace: Path, lang: str, headers: list[str]
) -> None:
    args = ["--plan", "2023", "late", "--by-unit", "--as-of", "01/09/2025", "--lang", lang]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    blocks = _blocks(result.output, "|")
    # one block per owing unit: the nine wards and communes become eight (Tam Điệp for two),
    # with the city's departments
    assert len(blocks) == 22
    assert "UBND phường Tam Điệp (16)" in [title for title, _, _ in blocks]
    assert {rule for _, rule, _ in blocks} == {blocks[0][1]}  # the same widths everywhere
    assert all(header == headers for _, _, header in blocks)
    assert max(cell_len(line) for line in result.output.splitlines()) <= 80
    widths = [len(part) - 2 for part in blocks[0][1].strip("+").split("+")]
    if lang == "vi":  # "Mã" holds "III.1" (5), the lead its title (14), "Tháng 12/2023" (13),
        # the days their title (15): the content has the rest, 80 - 47 - (3 × 5 + 1) = 17
        assert widths == [5, 17, 14, 13, 15]
    assert sum(widths) + 3 * 5 + 1 <= 80
    # the merged ward's part, said under the lead units ("(thay UBND phường Nam Sơn, đã sáp
    # nhập)", wrapped in its 14 columns), in Tam Điệp's block only
    rows = [line.split("|") for line in result.output.splitlines()]
    cells = [parts[3].strip() for parts in rows if len(parts) == 7]
    opening = "(thay UBND" if lang == "vi" else "(in place of"
    assert opening in cells


def test_the_terminal_draws_the_same_layout(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # a terminal's rounded box
    monkeypatch.setenv("NO_COLOR", "1")  # without escape codes, to read the lines
    args = ["--plan", "2023", "late", "--by-unit", "--as-of", "01/09/2025"]
    output = runner.invoke(app, args).output
    assert not re.search("\x1b", output)
    blocks = _blocks(output, "│")
    assert len(blocks) == 22
    assert {rule for _, rule, _ in blocks} == {blocks[0][1]}
    assert all(header == HEADERS for _, _, header in blocks)
    assert max(cell_len(line) for line in output.splitlines()) <= 80
