"""A revision whose table lists a carried target among the plan's own (revised appendices often
list every target; attack 11, a11-16): `import --revise` records the number it prints
(`printed`), and every output numbers it so (registry/numbering.py `listed`).

The 2024 plan (I.1, I.2; II.1) holds the unfinished 2023 targets carried as I.3 … I.10, 2023's
II.4 as I.6. Revision 41/KH-BCĐ of 20/04/2024 prints group I as "1." I.1, "2." the carried
I.6, "3." I.2. By hand, on 01/06/2024: I.6 is printed I.2 and I.2 printed I.3; the exported
appendix numbers group I 1., 2., 3. in that order, and its carried part no longer lists 2023's
II.4 (2023's other group II targets stay: II.1–II.3, II.5–II.9). On 01/03/2024, before the
revision, I.6 is a carried target still, cited by its 2023 number alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.cli import app

runner = CliRunner()
TITLE = ["Phụ lục 01", "Phân công phụ trách các chỉ tiêu năm 2024"]
PLAN_LINE = (
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)"
)
REVISION_LINE = (
    "(Kèm theo Kế hoạch số 41/KH-BCĐ ngày 20/04/2024 của Ban Chỉ đạo chuyển đổi số thành phố)"
)
ONE = ("100% các phòng, đơn vị sử dụng chữ ký số.", "Trưởng phòng Nội vụ", "Phòng Nội vụ",
       "Phòng Văn hóa và Thông tin", "Tháng 9/2024", "")  # fmt: skip
TWO = ("50% thanh toán trực tuyến.", "", "Phòng Y tế", "UBND các phường, xã", "Quý II/2024", "")
II_ONE = ("Triển khai ví điện tử tại chợ.", "", "UBND các phường, xã", "", "Tháng 12/2024", "")
CARRIED = (
    "30% thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh "
    "toán của dịch vụ công; 60% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh "
    "toán trực tuyến trên Cổng Dịch vụ công quốc gia."
)
LISTED = (CARRIED, "", "Văn phòng HĐND và UBND thành phố", "", "Tháng 10/2024", "")
PLAN = [("header",), ("group", "I. Chính quyền số"), ("1.", *ONE), ("2.", *TWO),
        ("group", "II. Kinh tế số"), ("1.", *II_ONE)]  # fmt: skip
REVISED = [("header",), ("group", "I. Chính quyền số"), ("1.", *ONE), ("2.", *LISTED),
           ("3.", *TWO), ("group", "II. Kinh tế số"), ("1.", *II_ONE)]  # fmt: skip


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--plan", "2024", *args])


@pytest.fixture
def revised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("CDS_LANG", "vi")
    write_docx(tmp_path / "kh2024.docx", PLAN, [*TITLE, PLAN_LINE])
    write_docx(tmp_path / "dieu-chinh.docx", REVISED, [*TITLE, REVISION_LINE])
    steps = [
        ["import", "kh2024.docx", "--out", "plans/2024/phu_luc_01.yaml"],
        ["init", "plans/2023"],
        ["carry-over", "--from", "2023", "--to", "2024", "--yes"],
        ["--plan", "2024", "import", "dieu-chinh.docx", "--revise", "--yes"],
    ]
    for step in steps:
        done = runner.invoke(app, step)
        assert done.exit_code == 0, done.output
    text = (tmp_path / "plans/2024/phu_luc_01.yaml").read_text(encoding="utf-8")
    assert "- id: I.6\n" in text and "carried_from: 2023/II.4" in text
    return tmp_path


def _numbered(path: Path) -> list[str]:
    """Each table row of the exported appendix: its first cell and the start of its text."""
    rows = []
    for table in docx.Document(str(path)).tables:
        for row in table.rows[2:]:
            cells = [c.text for c in row.cells]
            if cells[0] != cells[1]:  # not a group's title, merged across the row
                rows.append(f"{cells[0]} {cells[1][:24]}")
    return rows


def test_the_appendix_prints_the_carried_target_where_the_revision_does(revised: Path) -> None:
    exported = cds("export", "--format", "docx", "--as-of", "01/06/2024", "--out", "pl.docx")
    assert exported.exit_code == 0, exported.output
    rows = _numbered(revised / "pl.docx")
    assert rows[:5] == [
        "1. 100% các phòng, đơn vị s",
        "2. 30% thanh toán trực tuyế",
        "3. 50% thanh toán trực tuyế",
        "1. Triển khai ví điện tử tạ",
        "I.1 100% các phòng, đơn vị t",  # the carried part: 2023's own numbers
    ]
    carried_ii = [r.partition(" ")[0] for r in rows if r.startswith("II.")]
    assert carried_ii == ["II.1", "II.2", "II.3", "II.5", "II.6", "II.7", "II.8", "II.9"]
    before = cds("export", "--format", "docx", "--as-of", "01/03/2024", "--out", "cu.docx")
    assert before.exit_code == 0, before.output
    assert [r for r in _numbered(revised / "cu.docx") if r.startswith(("2.", "II.4"))] == [
        "2. 50% thanh toán trực tuyế",
        "II.4 30% thanh toán trực tuyế",
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("vi", ["Số thứ tự trong Kế hoạch 41/KH-BCĐ I.2",
                "Số thứ tự trong kế hoạch năm 2023 II.4 (2023)"]),
        ("en", ["Number in Plan 41/KH-BCĐ I.2", "Number in the 2023 plan II.4 (2023)"]),
    ],
)  # fmt: skip
def test_show_gives_the_revisions_number(revised: Path, lang: str, expected: list[str]) -> None:
    shown = cds("show", "I.6", "--as-of", "01/06/2024", "--lang", lang)
    assert shown.exit_code == 0, shown.output
    lines = [" ".join(line.split()) for line in shown.output.splitlines()]
    assert [line for line in lines if line.startswith(("Số thứ tự", "Number in"))] == expected
    before = cds("show", "I.6", "--as-of", "01/03/2024", "--lang", lang)
    lines = [" ".join(line.split()) for line in before.output.splitlines()]
    assert [line for line in lines if line.startswith(("Số thứ tự", "Number in"))] == expected[1:]


@pytest.mark.parametrize(("lang", "word"), [("vi", "STT"), ("en", "no.")])
def test_the_screen_cites_both_by_the_revisions_numbers(
    revised: Path, lang: str, word: str
) -> None:
    listed = cds("list", "--as-of", "01/06/2024", "--lang", lang)
    assert listed.exit_code == 0, listed.output
    codes = [line.split("|")[1].strip() for line in listed.output.splitlines()
             if line.startswith("| I.2 ") or line.startswith("| I.6 ")]  # fmt: skip
    under = [line.split("|")[1].strip() for line in listed.output.splitlines()
             if f"({word} I." in line]  # fmt: skip
    assert (codes, under) == (["I.2", "I.6"], [f"({word} I.3)", f"({word} I.2)"])


def test_the_summary_counts_it_in_its_group(revised: Path) -> None:
    """29 targets carried from 2023; from the revision on, one of them is group I's third."""
    for day, counts in (("01/03/2024", ["2", "29"]), ("01/06/2024", ["3", "28"])):
        text = cds("summary", "--as-of", day).output.splitlines()
        found = [  # the column "Chưa thực hiện" of group I's row and the carried part's
            line.split("|")[5].strip()
            for line in text
            if line.startswith(("| I. Chính quyền số", "| Chuyển tiếp"))
        ]
        assert found == counts, day
