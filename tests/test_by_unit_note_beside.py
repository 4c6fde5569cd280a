"""`late --by-unit`: the note on a part taken over stands beside the unit that took it over, not
after the lead cell's last unit (clerk19 F3; output/tables.py `lead_cell`).

Plan 2024 (tests/heir_plan.py): I.1 led by "UBND phường Nam Sơn; Phòng Nội vụ", I.2 by "UBND
các phường, xã; Phòng Nội vụ", both due Tháng 11/2024 (last day 30/11/2024); Nam Sơn merged
into UBND phường Tam Điệp from 01/07/2025. Phòng Nội vụ reported both done on 20/11/2024, so as
of 01/08/2025 (30/11/2024 + 244 days) Tam Điệp owes them with no part of its own: I.1 Nam
Sơn's part, by name; I.2 through the wards' collective, the parts of both merged wards Bắc Sơn
and Nam Sơn (the other wards each owe I.2 too, in blocks of their own). Main glued "(thay UBND
phường Nam Sơn, đã sáp nhập)" after "Phòng Nội vụ", as if the department had replaced the
ward."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from heir_plan import import_2024, lines

runner = CliRunner()

ROWS = [
    "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ",
    ("1", "Rà soát dữ liệu dân cư phường Nam Sơn.", "UBND phường Nam Sơn; Phòng Nội vụ", "",
     "Tháng 11/2024", ""),
    ("2", "Số hóa hồ sơ thủ tục hành chính.", "UBND các phường, xã; Phòng Nội vụ", "",
     "Tháng 11/2024", ""),
]  # fmt: skip
AFTER = ("--as-of", "01/08/2025")


def ok(*args: str) -> str:
    result = runner.invoke(app, ["--plan", "2024", *args])
    assert result.exit_code == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    import_2024(tmp_path, monkeypatch, ROWS)
    for target in ("I.1", "I.2"):
        ok("progress", "add", target, "--unit", "Phòng Nội vụ", "--status", "done", "--date",
           "20/11/2024")  # fmt: skip
    return tmp_path


def _rows(text: str) -> list[str]:
    """The rows of Tam Điệp's block (the first: most rows), to the next unit's heading."""
    shown = lines(text)
    at = shown.index("**UBND phường Tam Điệp (2)**")
    end = next((i for i in range(at + 1, len(shown)) if shown[i].startswith("**")), len(shown))
    return [line for line in shown[at:end] if line.startswith("| I.")]


def test_markdown_note_beside_the_heir(workspace: Path) -> None:
    vi = ok("late", "--by-unit", "--format", "markdown", *AFTER)
    assert _rows(vi) == [
        "| I.1 | Rà soát dữ liệu dân cư phường Nam Sơn. | UBND phường Nam Sơn; Phòng Nội vụ → "
        "UBND phường Tam Điệp (từ 01/07/2025) (thay UBND phường Nam Sơn, đã sáp nhập); "
        "Phòng Nội vụ | Tháng 11/2024 | 244 |",
        "| I.2 | Số hóa hồ sơ thủ tục hành chính. | UBND các phường, xã (thay UBND phường Bắc "
        "Sơn, UBND phường Nam Sơn, đã sáp nhập); Phòng Nội vụ | Tháng 11/2024 | 244 |",
    ]
    en = ok("late", "--by-unit", "--format", "markdown", "--lang", "en", *AFTER)
    assert _rows(en) == [
        "| I.1 | Rà soát dữ liệu dân cư phường Nam Sơn. | UBND phường Nam Sơn; Phòng Nội vụ → "
        "UBND phường Tam Điệp (from 01/07/2025) (in place of UBND phường Nam Sơn, merged); "
        "Phòng Nội vụ | Tháng 11/2024 | 244 |",
        "| I.2 | Số hóa hồ sơ thủ tục hành chính. | UBND các phường, xã (in place of UBND "
        "phường Bắc Sơn, UBND phường Nam Sơn, merged); Phòng Nội vụ | Tháng 11/2024 | 244 |",
    ]


def _lead_lines(text: str, target: str) -> list[str]:
    """The lead cell (3rd column) of `target`'s row in Tam Điệp's block (the first), line by
    line."""
    shown = lines(text)
    start = shown.index("UBND phường Tam Điệp (2)")
    at = next(i for i in range(start, len(shown)) if shown[i].startswith(f"| {target} "))
    cell = []
    for line in shown[at:]:
        if line.startswith(("|--", "+--")):
            break
        cell.append(line.split("|")[3].strip())
    return cell


def test_screen_note_on_the_line_of_the_heir(workspace: Path) -> None:
    vi = ok("late", "--by-unit", *AFTER)
    assert _lead_lines(vi, "I.1") == [
        "UBND phường Nam Sơn; Phòng Nội vụ",
        "→ UBND phường Tam Điệp (từ 01/07/2025)",
        "(thay UBND phường Nam Sơn, đã sáp nhập); Phòng Nội vụ",
    ]
    assert _lead_lines(vi, "I.2") == [
        "UBND các phường, xã",
        "(thay UBND phường Bắc Sơn, UBND phường Nam Sơn, đã sáp nhập); Phòng Nội vụ",
    ]
    en = ok("late", "--by-unit", "--lang", "en", *AFTER)
    assert _lead_lines(en, "I.1") == [
        "UBND phường Nam Sơn; Phòng Nội vụ",
        "→ UBND phường Tam Điệp (from 01/07/2025)",
        "(in place of UBND phường Nam Sơn, merged); Phòng Nội vụ",
    ]
