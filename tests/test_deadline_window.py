"""A deadline falls in its plan's year or the five after it (core/dates.py `outside_plan`):
`validate` says one outside at its `due`, `import` at its cell (an Excel cell typed 6 in a date
format is 06/01/1900), `carry-over --deadline` refuses one (exit 2). Hand-computed: a 2023 plan
takes 1/2021 to 12/2028 (two years before it: a plan may restate a target it follows up on);
a 2024 plan 1/2022 to 12/2029; carry-over's --deadline from the new plan's year on."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_xlsx
from cds_tracker.cli import app
from test_plans import cds, workspace  # noqa: F401  (the fixture)

REGISTRY = Path(__file__).resolve().parents[1] / "data" / "phu_luc_01.yaml"
runner = CliRunner()
II4_DUE = '          text: Tháng 10/2023\n          due: "2023-10"\n'  # lines 624-625


@pytest.mark.parametrize(
    ("text", "due", "refused"),
    [
        ("Tháng 6/2204", "2204-06", True),
        ("Tháng 6/2014", "2014-06", True),
        ("Tháng 12/2020", "2020-12", True),
        ("Tháng 1/2021", "2021-01", False),
        ("Tháng 1/2023", "2023-01", False),
        ("Tháng 12/2028", "2028-12", False),
        ("Tháng 1/2029", "2029-01", True),
    ],
)
def test_validate_says_a_deadline_outside_the_plan_at_its_due(
    tmp_path: Path, text: str, due: str, refused: bool
) -> None:
    source = REGISTRY.read_text(encoding="utf-8")
    assert source.splitlines()[624] == '          due: "2023-10"'  # II.4, line 625
    path = tmp_path / "r.yaml"
    changed = f'          text: {text}\n          due: "{due}"\n'
    path.write_text(source.replace(II4_DUE, changed, 1), encoding="utf-8")
    vi = runner.invoke(app, ["validate", str(path)])
    en = runner.invoke(app, ["--lang", "en", "validate", str(path)])
    if not refused:
        assert (vi.exit_code, en.exit_code) == (0, 0), vi.output
        return
    assert (vi.exit_code, en.exit_code) == (1, 1)
    assert vi.stdout.splitlines()[:4] == [
        f"{path}:625:16: thời hạn '{text}' nằm ngoài thời gian của kế hoạch năm 2023 "
        "(từ tháng 1/2021 đến tháng 12/2028)",
        f'  625 |           due: "{due}"',
        "      |                ^",
        "  gợi ý: sửa theo văn bản gốc, ví dụ 'Tháng 6' của năm kế hoạch; số 6 gõ vào ô Excel "
        "định dạng ngày tháng thành ngày 06/01/1900",
    ]
    assert en.stdout.splitlines()[0] == (
        f"{path}:625:16: the deadline '{text}' is outside the time of the plan of 2023 "
        "(from 1/2021 to 12/2028)"
    )


def test_import_says_an_excel_date_of_1900_at_its_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "1000")
    rows = [
        ("header",),
        ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ"),
        ("1.", "Nội dung 1.", "", "Phòng Nội vụ", "", "X", ""),
        ("2.", "Nội dung 2.", "", "Phòng Nội vụ", "", "Tháng 6/2024", ""),
    ]
    write_xlsx(tmp_path / "kh.xlsx", rows, HEADING_2024)
    book = load_workbook(tmp_path / "kh.xlsx")
    sheet = book.active
    assert sheet is not None
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "X")
    assert cell.coordinate == "F7"  # three heading lines, two header rows, the group row
    cell.value, cell.number_format = 6, "mm/yyyy"  # Excel's day 6: 06/01/1900
    book.save(tmp_path / "kh.xlsx")
    registry = REGISTRY
    result = runner.invoke(
        app, ["import", "kh.xlsx", "--registry", str(registry), "--out", "p.yaml"]
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:2] == [
        "kh.xlsx:Phụ lục!F7: thời hạn '01/1900' nằm ngoài thời gian của kế hoạch năm 2024 "
        "(từ tháng 1/2022 đến tháng 12/2029)",
        "  gợi ý: sửa theo văn bản gốc, ví dụ 'Tháng 6' của năm kế hoạch; số 6 gõ vào ô Excel "
        "định dạng ngày tháng thành ngày 06/01/1900",
    ]
    written = (tmp_path / "p.yaml").read_text(encoding="utf-8")
    assert "due: 1900-01" in written or 'due: "1900-01"' in written
    assert (
        "Thời gian hoàn thành: thời hạn '01/1900' nằm ngoài thời gian của kế hoạch năm 2024"
        in written
    )
    checked = runner.invoke(app, ["validate", "p.yaml"])
    assert checked.exit_code == 1
    assert (
        "p.yaml:" in checked.stdout
        and "nằm ngoài thời gian của kế hoạch năm 2024" in checked.stdout
    )


def test_carry_over_refuses_a_deadline_too_far(workspace: Path, english: None) -> None:  # noqa: F811
    far = cds("carry-over", "--from", "2023", "--to", "2024", "--deadline", "6/2999")
    assert far.exit_code == 2
    assert far.output.splitlines() == [
        "cds: error: --deadline 06/2999 is after 2029: too far from 2024, the year of the plan "
        "carried into",
        "  hint: choose a month or a day of 2024, e.g. --deadline 6/2024 or --deadline 15/10/2024",
    ]
    last = cds("carry-over", "--from", "2023", "--to", "2024", "--deadline", "12/2029", stdin="n\n")
    assert last.exit_code == 0, last.output
