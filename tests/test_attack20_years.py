"""A deadline naming a period of years (attack20 F11): "Giai đoạn 2023-2025" was "không có tháng
23", hint "tháng chỉ từ 1 đến 12"; now said as a period, with the forms cds reads as the hint, by
`cds import` and `cds validate` alike (core/dates.py `date_flaw`, their one home)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.core.dates import date_flaw
from cds_tracker.output.words import say

from paths import REGISTRY

runner = CliRunner()

TARGET = ("1.", "Số hóa hồ sơ lưu trữ.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # paths said as given: relative


def _cds(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr.splitlines()


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Giai đoạn 2023-2025", "2023", "2025"),
        ("2023 - 2025", "2023", "2025"),
        ("Từ năm 2023 đến năm 2025", "2023", "2025"),
        ("2024–2026", "2024", "2026"),
    ],
)
def test_a_span_of_years_is_said_as_one(text: str, first: str, last: str) -> None:
    flaw = date_flaw(text)
    assert flaw is not None
    assert say(flaw, "vi") == (
        f"đây là một giai đoạn nhiều năm ({first}-{last}), không phải một tháng hay một ngày"
    )
    assert say(flaw, "en") == f"this is a period of years ({first}-{last}), not a month or a day"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Tháng 13/2024", "không có tháng 13"),
        ("2024-13", "không có tháng 13"),
        ("31/9/2024", "tháng 9 chỉ có 30 ngày"),
        ("12023-12", None),  # no year of four digits: the "23" of a longer number is no month
        ("Theo Quyết định 145/2024", None),  # not "no month 45": a month is a whole number
        ("Tháng 12/2023", None),
    ],
)
def test_a_month_is_read_from_whole_numbers_only(text: str, said: str | None) -> None:
    flaw = date_flaw(text)
    assert (say(flaw, "vi") if flaw else None) == said


YEARS_VI = (
    "không đọc được thời hạn 'Giai đoạn 2023-2025': đây là một giai đoạn nhiều năm (2023-2025), "
    "không phải một tháng hay một ngày"
)
YEARS_HINT_VI = (
    "  gợi ý: cds đọc một tháng, quý, ngày hoặc năm ('Tháng 12/2024', 'Quý IV/2024', "
    "'31/12/2024', 'Năm 2024') hoặc 'Thường xuyên': ghi hạn cuối của giai đoạn, hoặc "
    "'Thường xuyên' nếu việc làm suốt giai đoạn"
)


def test_a_deadline_of_years_is_said_as_a_period_by_import_and_validate() -> None:
    row = (*TARGET[:5], "Giai đoạn 2023-2025", "")
    source = write_docx(Path("kh.docx"), [("header",), ("group", "I. X"), row], HEADING_2024)
    out = Path("plans/2024/phu_luc_01.yaml")
    code, err = _cds("import", str(source), "--registry", str(REGISTRY), "--out", str(out))
    assert (code, err[:2]) == (1, [f"kh.docx:1:4:6: {YEARS_VI}", YEARS_HINT_VI])
    code, err = _cds("import", str(source), "--registry", str(REGISTRY), "--lang", "en")
    assert (code, err[:2]) == (
        1,
        [
            "kh.docx:1:4:6: cannot read the deadline 'Giai đoạn 2023-2025': this is a period of "
            "years (2023-2025), not a month or a day",
            "  hint: cds reads a month, a quarter, a day or a year ('Tháng 12/2024', "
            "'Quý IV/2024', '31/12/2024', 'Năm 2024') or 'Thường xuyên': write the period's "
            "end, or 'Thường xuyên' if the work runs through the period",
        ],
    )
    result = runner.invoke(app, ["validate", "--registry", str(out)])
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    said = [line.partition(": ")[2] for line in lines if "đọc được thời hạn" in line]
    assert said[:1] == [YEARS_VI]
    assert YEARS_HINT_VI in lines  # in the plan's year, 2024
