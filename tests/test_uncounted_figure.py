"""A city-wide figure kept in a progress file from a unit that does not give it (a16_06).

II.5's figure (users_identified, scope city) is Công an thành phố's: 40 % on 10/09/2023. A line
written by an earlier cds or by hand gives Phòng Văn hóa và Thông tin's 95 % on 20/09/2023:
kept, never counted (docs/progress.md, "Indicators over many units"). Where it is shown it
says whose figure counts instead, and it is no point of the trend: the indicator stays 40 %,
its trend one point (10/09/2023: 40 %), as without the line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_shared_targets import as_json, cds

KEPT = (
    '- {"id": "aaaaaaaaaaaa", "target": "II.5", "unit": "phong-van-hoa-thong-tin", "status": '
    '"in_progress", "date": "2023-09-20", "values": {"users_identified": 95.0}, "written": '
    '"2023-09-20T10:00:00+07:00"}\n'
)


@pytest.fixture
def kept(own_registry: Path) -> Path:
    code, output = cds(
        own_registry,
        *("progress", "add", "II.5", "--unit", "CA", "--status", "in_progress"),
        *("--date", "10/09/2023", "--value", "users_identified=40"),
    )
    assert code == 0, output
    with (own_registry / "progress" / "phong-van-hoa-thong-tin.yaml").open("a") as file:
        file.write(KEPT)
    return own_registry


def _history(output: str) -> list[str]:
    """The history table's lines (COLUMNS=100, tests/conftest.py), Công an's id as CA_ENTRY_ID_."""
    lines = output.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(("Tiến độ", "Progress")))
    end = next(n for n in range(start + 2, len(lines)) if lines[n].startswith("+"))
    return [
        re.sub(r"\b(?!a{12})[0-9a-f]{12}\b", "CA_ENTRY_ID_", line)
        for line in lines[start : end + 1]
    ]


HISTORY = {
    "vi": [
        "Tiến độ đã báo cáo (mới nhất trước)",
        "+--------------+------------+----------+----------------------------+----------------+",
        "| Mã mục       | Ngày       | Chỉ tiêu | Đơn vị                     | Trạng thái     |",
        "|--------------+------------+----------+----------------------------+----------------|",
        "| aaaaaaaaaaaa | 20/09/2023 | II.5     | Phòng Văn hóa và Thông tin | Đang thực hiện |",
        "| Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ trực tuyến được định danh và xác   |",
        "| thực thông suốt: 95% (không tính: do Công an thành phố báo cáo)                    |",
        "|--------------+------------+----------+----------------------------+----------------|",
        "| CA_ENTRY_ID_ | 10/09/2023 | II.5     | Công an thành phố          | Đang thực hiện |",
        "| Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ trực tuyến được định danh và xác   |",
        "| thực thông suốt: 40%                                                               |",
        "+--------------+------------+----------+----------------------------+----------------+",
    ],
    "en": [
        "Progress reports (newest first)",
        "+--------------+------------+--------+----------------------------+-------------+",
        "| Entry        | Date       | Target | Unit                       | Status      |",
        "|--------------+------------+--------+----------------------------+-------------|",
        "| aaaaaaaaaaaa | 20/09/2023 | II.5   | Phòng Văn hóa và Thông tin | In progress |",
        "| Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ trực tuyến được định danh và  |",
        "| xác thực thông suốt: 95% (not counted: given by Công an thành phố)            |",
        "|--------------+------------+--------+----------------------------+-------------|",
        "| CA_ENTRY_ID_ | 10/09/2023 | II.5   | Công an thành phố          | In progress |",
        "| Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ trực tuyến được định danh và  |",
        "| xác thực thông suốt: 40%                                                      |",
        "+--------------+------------+--------+----------------------------+-------------+",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_show_and_list_say_the_figure_is_not_counted(kept: Path, lang: str) -> None:
    """Phòng Văn hóa và Thông tin's 95 % is said not counted, and whose figure counts; Công
    an's 40 % is shown as it is."""
    code, shown = cds(kept, "show", "II.5", "--as-of", "01/10/2023", "--lang", lang)
    assert (code, _history(shown)) == (0, HISTORY[lang])
    code, listed = cds(kept, "progress", "list", "II.5", "--lang", lang)
    assert (code, _history(listed)) == (0, HISTORY[lang])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_uncounted_figure_is_no_point_of_the_trend(kept: Path, lang: str) -> None:
    """The figure is Công an's 40 % of 10/09; the trend one point, not a second '40%
    (20/09/2023)' dated by the uncounted entry."""
    (reading,) = as_json(kept, "show", "II.5", "--as-of", "01/10/2023")["indicators"]
    assert (reading["value"], reading["series"]) == (40.0, [{"date": "2023-09-10", "value": 40.0}])
    code, shown = cds(kept, "show", "II.5", "--as-of", "01/10/2023", "--lang", lang)
    said = {
        "vi": ["→ 40% / ≥ 100% — chưa đạt", "diễn biến: ▁ 40% (10/09/2023)", "Phần việc"],
        "en": ["→ 40% / ≥ 100% — not met", "trend: ▁ 40% (10/09/2023)", "Each unit's"],
    }
    lines = [line.strip() for line in shown.splitlines()]
    at = lines.index(said[lang][0])
    assert (code, lines[at + 1], lines[at + 2].startswith(said[lang][2])) == (
        0,
        said[lang][1],
        True,
    )


def test_validate_still_says_nothing(kept: Path) -> None:
    assert cds(kept, "validate")[0] == 0


def test_the_xlsx_history_says_it_too(kept: Path, tmp_path: Path) -> None:
    """`cds export --format xlsx`: the history sheet's figures cell of the kept entry."""
    import openpyxl

    out = tmp_path / "bang.xlsx"
    assert cds(kept, "export", "--format", "xlsx", "--out", str(out))[0] == 0
    sheet = openpyxl.load_workbook(out)["Lịch sử tiến độ"]
    (row,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "aaaaaaaaaaaa"]
    assert row[6] == (
        "Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ trực tuyến được định danh và xác thực "
        "thông suốt: 95% (không tính: do Công an thành phố báo cáo)"
    )
