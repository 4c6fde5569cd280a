"""Attack 10, finding 4: a heading's date that is no day is said as such, where it stands. A
plan's "ngày 31/02/2024" was written as plan.date and validated; a revision's was said to give no
date; "ngày 10/01/0001" ended in "'cancelled': '10/01/1' không phải là ngày" with no place, and a
plan's wrote `year: 1`. Files are built here with python-docx; every line is worked out by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
ROWS = [
    ("header",),
    ("group", "I. DỮ LIỆU SỐ"),
    ("1.", "Một.", "", "Phòng Y tế", "", "Tháng 6/2024", ""),
    ("2.", "Hai.", "", "Phòng Y tế", "", "Tháng 9/2024", ""),
]


def _heading(date: str, number: str = "5") -> list[str]:
    return [
        "Phụ lục 01",
        "Phân công phụ trách các chỉ tiêu năm 2024",
        f"(Kèm theo Kế hoạch số {number}/KH-BCĐ ngày {date} của Ban Chỉ đạo chuyển đổi số"
        " thành phố)",
    ]


def _cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.mark.parametrize(
    ("date", "why", "why_en"),
    [
        ("31/02/2024", "tháng 2 năm 2024 chỉ có 29 ngày", "February 2024 has only 29 days"),
        (
            "10/01/0001",
            "năm 0001 nằm ngoài các năm 1900–2999",
            "the year 0001 is outside the years 1900–2999",
        ),
    ],
)
def test_a_plan_heading_date_that_is_no_day_is_a_problem_at_import_and_in_validate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, date: str, why: str, why_en: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write_docx(tmp_path / "h.docx", ROWS, _heading(date))
    result = _cds("import", "h.docx", "--registry", str(REGISTRY), "--out", "h.yaml")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[:2] == [
        f"h.docx: phần đầu của tệp ghi ngày kế hoạch '{date}', không phải ngày có thật: {why}",
        "  gợi ý: sửa ngày trong phần đầu của tệp như in trên văn bản kế hoạch rồi nhập lại,"
        " hoặc sửa plan: date: trong tệp đã nhập",
    ]
    document = parse(Path("h.yaml").read_text(encoding="utf-8"))["document"]
    # the date kept as written for a person to correct; the year never "1": the deadlines'
    assert (document["plan"]["date"], document["year"]) == (date, 2024)
    checked = _cds("--registry", "h.yaml", "validate")
    assert checked.exit_code == 1
    line = next(
        n
        for n, text in enumerate(Path("h.yaml").read_text().splitlines(), 1)
        if text.strip() == f"date: {date}"
    )
    assert checked.output.splitlines()[0] == (
        f"h.yaml:{line}:11: ngày của kế hoạch '{date}' không phải ngày có thật: {why}"
    )
    english = _cds("--registry", "h.yaml", "validate", "--lang", "en")
    assert english.output.splitlines()[0] == (
        f"h.yaml:{line}:11: the plan's date '{date}' is no real day: {why_en}"
    )


@pytest.mark.parametrize(
    ("date", "why", "why_en"),
    [
        ("31/02/2024", "tháng 2 năm 2024 chỉ có 29 ngày", "February 2024 has only 29 days"),
        (
            "10/01/0001",
            "năm 0001 nằm ngoài các năm 1900–2999",
            "the year 0001 is outside the years 1900–2999",
        ),
    ],
)
def test_a_revision_heading_date_that_is_no_day_is_said_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, date: str, why: str, why_en: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _cds("init", "plans/2023").exit_code == 0
    write_docx(tmp_path / "kh.docx", ROWS, _heading("10/01/2024"))
    out = "plans/2024/phu_luc_01.yaml"
    assert _cds("import", "kh.docx", "--registry", "plans/2023", "--out", out).exit_code == 0
    before = Path(out).read_bytes()
    write_docx(tmp_path / "dc.docx", ROWS[:3], _heading(date, "9"))
    result = _cds("--plan", "2024", "import", "dc.docx", "--revise", "--yes")
    # the file is wrong, not the command line: exit 1 at the file, as a plain import says it
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        "cds: lỗi: không ghi bản điều chỉnh: ngày trong phần đầu của dc.docx không phải ngày"
        " có thật",
        f"dc.docx: phần đầu của tệp ghi ngày của văn bản điều chỉnh '{date}', không phải"
        f" ngày có thật: {why}",
        "  gợi ý: sửa ngày trong phần đầu của tệp như in trên văn bản điều chỉnh (ví dụ"
        " 10/06/2024) rồi nhập lại: ngày đó được ghi vào sổ đăng ký và in trên mọi văn bản",
    ]
    assert Path(out).read_bytes() == before  # nothing written
    on = _cds("--plan", "2024", "import", "dc.docx", "--revise", "--on", "10/06/2024", "--yes")
    assert (on.exit_code, on.stderr.splitlines()[1:]) == (1, result.stderr.splitlines()[1:])
    english = _cds("--plan", "2024", "import", "dc.docx", "--revise", "--yes", "--lang", "en")
    assert english.exit_code == 1, english.output
    assert english.stderr.splitlines() == [
        "cds: error: the revision is not written: the date in the heading of dc.docx is no"
        " real day",
        f"dc.docx: the file's heading gives the revising document's date as '{date}', which"
        f" is no real day: {why_en}",
        "  hint: correct the date in the file's heading as the revising document prints it"
        " (e.g. 10/06/2024) and import again: that date is recorded and cited on every"
        " document",
    ]
    assert Path(out).read_bytes() == before
