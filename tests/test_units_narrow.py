"""`cds units` on an 80-column screen (issue 16, review 8): the unit's code (never broken, up to
30 characters) took a third of the width and "Văn phòng HĐND và UBND thành phố" wrapped over three
lines. Below 100 columns the code, kind, other names and validity go under each row ("Mã: …"),
and the name has the room; a wide screen keeps them as columns."""

from __future__ import annotations

from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()


def _units(width: int, *options: str) -> list[str]:
    result = runner.invoke(app, [*options, "units"], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_at_80_columns_the_name_has_the_room_and_the_code_goes_under() -> None:
    lines = _units(80)
    assert lines[2] == "| Tên đơn vị" + " " * 35 + " | Chỉ đạo | Chủ trì | Phối hợp |"
    first = lines.index("| Mã: van-phong" + " " * 64 + "|")
    assert lines[first - 1].startswith("| Văn phòng HĐND và UBND thành phố ")
    assert lines[first + 1] == "| Loại: Văn phòng" + " " * 62 + "|"
    assert lines[first + 2].startswith("| Tên khác / thành viên: Văn phòng HĐND và UBND tp;")
    assert max(len(line) for line in lines) == 80
    english = _units(80, "--lang", "en")
    assert english[2].startswith("| Name ") and "| ID: van-phong" + " " * 64 + "|" in english


def test_a_wide_screen_keeps_the_code_as_a_column() -> None:
    lines = _units(160)
    assert lines[2].startswith("| Mã ") and "| Tên đơn vị " in lines[2] and "| Loại " in lines[2]
    assert not any(line.startswith("| Mã: ") for line in lines)
