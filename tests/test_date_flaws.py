"""Why a date written is none, said wherever a date is read (issue 16, clerk 6b): "Tháng 13/2024"
has no month 13, "31/9/2024" is not a day because September has 30 days. One home for the words
(core/dates.py `date_flaw`, the catalogue's `date.*`); options, deadlines (validate and import),
a unit's valid_from and the Excel return form all say it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.core.dates import date_flaw
from cds_tracker.output.words import say

from paths import REGISTRY

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("Tháng 13/2024", "không có tháng 13", "there is no month 13"),
        ("tháng 13 năm 2024", "không có tháng 13", "there is no month 13"),
        ("2024-13", "không có tháng 13", "there is no month 13"),
        ("31/9/2024", "tháng 9 chỉ có 30 ngày", "month 9 has only 30 days"),
        ("Trước 31/6/2024", "tháng 6 chỉ có 30 ngày", "month 6 has only 30 days"),
        ("ngày 31 tháng 4 năm 2024", "tháng 4 chỉ có 30 ngày", "month 4 has only 30 days"),
        ("2024-09-31", "tháng 9 chỉ có 30 ngày", "month 9 has only 30 days"),
        ("32/10/2023", "tháng 10 chỉ có 31 ngày", "month 10 has only 31 days"),
        ("29/2/2023", "tháng 2 năm 2023 chỉ có 28 ngày", "February 2023 has only 28 days"),
        ("30/2/2024", "tháng 2 năm 2024 chỉ có 29 ngày", "February 2024 has only 29 days"),
        ("0/5/2024", "không có ngày 0", "there is no day 0"),
    ],
)
def test_the_flaw_in_words(text: str, vi: str, en: str) -> None:
    flaw = date_flaw(text)
    assert (say(flaw, "vi"), say(flaw, "en")) == (vi, en)


@pytest.mark.parametrize(
    "text", ["29/2/2024", "31/12/2024", "Tháng 12/2024", "Quý III/2024", "Khi có kinh phí", "abc"]
)
def test_no_flaw_in_a_real_day_or_no_date(text: str) -> None:
    assert date_flaw(text) is None


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["due", "--month", "13/2024"],
            [
                "cds: lỗi: giá trị không hợp lệ cho --month: '13/2024': không có tháng 13",
                "  gợi ý: viết tháng dạng mm/yyyy, ví dụ 10/2023 (hoặc 'tháng 10/2023', T10/2023,"
                " 2023-10)",
            ],
        ),
        (
            ["late", "--as-of", "31/9/2024", "--lang", "en"],
            [
                "cds: error: invalid value for --as-of: '31/9/2024': month 9 has only 30 days",
                "  hint: write the date day-first as dd/mm/yyyy, e.g. 01/12/2023 (or ISO"
                " 2023-12-01)",
            ],
        ),
        (
            ["late", "--as-of", "31/13/2024"],
            [
                "cds: lỗi: giá trị không hợp lệ cho --as-of: '31/13/2024': không có tháng 13",
                "  gợi ý: viết ngày theo dạng dd/mm/yyyy, ví dụ 01/12/2023 (hoặc ISO 2023-12-01)",
            ],
        ),
        (
            ["progress", "add", "I.1", "--unit", "Phòng Y tế", "--status", "đang thực hiện",
             "--date", "31/9/2024"],
            [
                "cds: lỗi: giá trị không hợp lệ cho --date: '31/9/2024': tháng 9 chỉ có 30 ngày",
                "  gợi ý: viết ngày theo dạng dd/mm/yyyy, ví dụ 01/12/2023 (hoặc ISO 2023-12-01)",
            ],
        ),
    ],
)  # fmt: skip
def test_options_say_why(args: list[str], said: list[str]) -> None:
    result = runner.invoke(app, [*args, "--registry", str(REGISTRY)])
    assert result.exit_code == 2
    assert result.output.splitlines() == said


def test_validate_says_why_a_deadline_and_a_day_are_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = REGISTRY.read_text(encoding="utf-8")
    first = '          text: Tháng 5/2023\n          due: "2023-05"'
    assert first in text
    text = text.replace(first, first.replace("Tháng 5/", "Tháng 13/"), 1)
    committee = "      aliases: [Ủy ban nhân dân thành phố, UBND TP]\n"
    text = text.replace(committee, committee + "      valid_from: 31/9/2023\n", 1)
    (tmp_path / "phu_luc_01.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", "phu_luc_01.yaml"])
    assert result.exit_code == 1
    messages = [line.split(": ", 1)[1] for line in result.output.splitlines()[:-1]
                if line.startswith("phu_luc_01.yaml:")]  # fmt: skip
    assert messages == [
        "'valid_from': '31/9/2023' không phải là ngày (dd/mm/yyyy hoặc yyyy-mm-dd): tháng 9 chỉ"
        " có 30 ngày",
        "không đọc được thời hạn 'Tháng 13/2023': không có tháng 13",
    ]


ROWS: list[tuple[str, ...]] = [
    ("header",),
    ("group", "I. DỮ LIỆU SỐ"),
    ("1", "Chỉ tiêu A.", "", "Phòng Nội vụ", "", "Tháng 13/2024", ""),
    ("2", "Chỉ tiêu B.", "", "Phòng Nội vụ", "", "Trước 31/9/2024", ""),
]


def test_import_says_why_a_deadline_is_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    write_docx(tmp_path / "kh.docx", ROWS, HEADING_2024)
    result: Any = runner.invoke(
        app, ["import", "kh.docx", "--out", "so/phu_luc_01.yaml", "--registry", str(REGISTRY)]
    )
    problems = [line for line in result.output.splitlines() if line.startswith("kh.docx:")]
    assert problems == [
        "kh.docx:1:4:6: không đọc được thời hạn 'Tháng 13/2024': không có tháng 13",
        "kh.docx:1:5:6: không đọc được thời hạn 'Trước 31/9/2024': tháng 9 chỉ có 30 ngày",
    ]
