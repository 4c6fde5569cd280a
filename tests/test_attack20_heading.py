"""`cds import` of a table without the "Phụ lục 01" heading lines (attack20 F7): it exited 0
although the registry it wrote held `needs_review` lines validate refuses (`import --help`: exit
1 while something is left to decide), and the three lines named no place: each is said at the
header's first cell now, counted among the places to decide, exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app

from paths import REGISTRY

runner = CliRunner()

TARGET = ("1.", "Số hóa hồ sơ lưu trữ.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
ROWS = [("header",), ("group", "I. Dữ liệu số"), TARGET]


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # paths said as given: relative


def _cds(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr.splitlines()


NO_APPENDIX = (
    'tệp không ghi tên phụ lục (dòng "Phụ lục 01" trên bảng): để trống; hãy viết vào appendix'
)
NO_TITLE = 'tệp không ghi tiêu đề phụ lục (dòng dưới "Phụ lục 01"): để trống; hãy viết vào title'
NO_PLAN = (
    'tệp không ghi số, ngày kế hoạch (dòng "(Kèm theo Kế hoạch số …/KH-BCĐ ngày … của …)" trên '
    "bảng): để trống; hãy viết số (`plan.number`), ký hiệu (`plan.symbol`), ngày (`plan.date`), "
    "cả dòng trích dẫn (`plan.reference`) và cơ quan ban hành (`issuer`) như in trên kế hoạch"
)


@pytest.mark.parametrize(("kind", "place"), [("xlsx", "Phụ lục!A1"), ("docx", "1:1:1")])
def test_a_table_without_its_heading_exits_1_and_says_where(kind: str, place: str) -> None:
    """Three heading lines missing: three `needs_review` lines, so exit 1, each said at the
    header's first cell (the lines belong above it), and counted in the closing line."""
    write = write_xlsx if kind == "xlsx" else write_docx
    source = write(Path(f"kh.{kind}"), ROWS)
    out = Path("plans/2024/phu_luc_01.yaml")
    code, err = _cds("import", str(source), "--registry", str(REGISTRY), "--out", str(out))
    assert (code, err) == (
        1,
        [
            f"kh.{kind}:{place}: {NO_APPENDIX}",
            f"kh.{kind}:{place}: {NO_TITLE}",
            f"kh.{kind}:{place}: {NO_PLAN}",
            f"Đã ghi 1 chỉ tiêu (1 nhóm) vào {out}.",
            "3 chỗ cần quyết định (`needs_review`): cds validate báo lỗi đến khi sửa xong.",
        ],
    )
    assert _cds("validate", "--registry", str(out))[0] == 1  # the registry is not usable yet


def test_a_table_without_its_heading_in_english() -> None:
    source = write_xlsx(Path("kh.xlsx"), ROWS, HEADING_2024[:2])  # no "(Kèm theo …)" row
    out = Path("plans/2024/phu_luc_01.yaml")
    args = ("import", str(source), "--registry", str(REGISTRY), "--out", str(out), "--lang", "en")
    # The two heading rows above the header: it starts at row 3.
    assert _cds(*args) == (
        1,
        [
            "kh.xlsx:Phụ lục!A3: the file does not state the plan's number and date (the line "
            '"(Kèm theo Kế hoạch số …/KH-BCĐ ngày … của …)" above the table): left blank; write '
            "the number (plan.number), symbol (plan.symbol), date (plan.date), the whole "
            "citation (plan.reference) and the issuer (issuer) as printed on the plan",
            f"Wrote 1 target (1 group) to {out}.",
            "1 place needs a decision (needs_review): cds validate flags it until fixed.",
        ],
    )


def test_a_table_with_its_heading_still_exits_0() -> None:
    source = write_xlsx(Path("kh.xlsx"), ROWS, HEADING_2024)
    out = Path("plans/2024/phu_luc_01.yaml")
    code, err = _cds("import", str(source), "--registry", str(REGISTRY), "--out", str(out))
    assert (code, err) == (0, [f"Đã ghi 1 chỉ tiêu (1 nhóm) vào {out}."])


def test_a_table_starting_right_of_column_a_is_said_at_its_first_title() -> None:
    """The header in B2:H2 (column A and row 1 left empty, as offices often leave a margin):
    the missing lines belong above B2, its first title."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Phụ lục"
    titles = ["Stt", "Nội dung chỉ tiêu", "Trực tiếp chỉ đạo", "Đơn vị chủ trì"]
    titles += ["Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"]
    sheet.append([])
    for row in (titles, ["I. Dữ liệu số"], list(TARGET)):
        sheet.append([None, *row])
    book.save("kh.xlsx")
    out = Path("plans/2024/phu_luc_01.yaml")
    code, err = _cds("import", "kh.xlsx", "--registry", str(REGISTRY), "--out", str(out))
    assert (code, err[:3]) == (
        1,
        [
            f"kh.xlsx:Phụ lục!B2: {NO_APPENDIX}",
            f"kh.xlsx:Phụ lục!B2: {NO_TITLE}",
            f"kh.xlsx:Phụ lục!B2: {NO_PLAN}",
        ],
    )
