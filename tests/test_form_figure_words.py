"""A return form's figure problems said as the clerk reads them (attack 13): counts in digits
grouped as cds writes counts, never "1e+06", and the percentage with the reader's decimal mark
(a13_03); a figure Excel turned into a date said as that date, with what to do (a13_08); every
"không phải là số" with a hint line (its words: output/words_form_hints.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from test_forms import SHEET, entries, fill, make

runner = CliRunner()
ROW8 = {"F8": "Đang thực hiện", "G8": "25/10/2023"}


def _import(folder: Path, path: Path, lang: str) -> tuple[int, list[str]]:
    result = runner.invoke(
        app, ["--lang", lang, "progress", "import", str(path), "--registry", str(folder)]
    )
    return result.exit_code, result.stderr.splitlines()


MISMATCH = {
    "vi": [
        "I8: 60% không khớp Số đạt/Tổng số 1.234.567/2.469.134 = 50,00%",
        "  gợi ý: sửa ô I8 thành 50,00 hoặc xoá ô đó (tỷ lệ tính từ Số đạt/Tổng số), rồi nhập lại",
    ],
    "en": [
        "I8: 60% does not match count met/total 1,234,567/2,469,134 = 50.00%",
        "  hint: change cell I8 to 50.00 or clear it (the share follows from the counts), then "
        "import again",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("counts", [(1234567, 2469134), ("1.234.567", "2.469.134")])
def test_a_value_against_large_counts_says_them_exactly(
    own_registry: Path, tmp_path: Path, lang: str, counts: tuple[Any, Any]
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**ROW8, "I8": "60", "J8": counts[0], "K8": counts[1]})
    code, said = _import(own_registry, path, lang)
    assert code == 1
    assert said == [f"{path}:{SHEET}!{MISMATCH[lang][0]}", MISMATCH[lang][1]]
    assert entries(own_registry) == []


DATES = {
    "vi": [
        "I8: Excel đã đổi '4/5' thành ngày 04/05/2026, không phải là số",
        "  gợi ý: định dạng ô là Văn bản hoặc Số rồi gõ lại; tỷ lệ ghi vào Số đạt và Tổng số",
        "J9: Excel đã đổi '1/10' thành ngày 01/10/2026, không phải là số",
    ],
    "en": [
        "I8: Excel turned '4/5' into the date 04/05/2026, not a number",
        "  hint: format the cell as Text or Number and type it again; a ratio goes into the "
        "count met and the total",
        "J9: Excel turned '1/10' into the date 01/10/2026, not a number",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_figure_excel_made_a_date_is_said_as_that_date(
    own_registry: Path, tmp_path: Path, lang: str
) -> None:
    path = make(own_registry, tmp_path)
    fill(
        path,
        {
            **ROW8,
            "I8": dt.datetime(2026, 5, 4),
            "F9": "Đang thực hiện",
            "G9": "25/10/2023",
            "J9": dt.datetime(2026, 10, 1),
            "K9": 10,
        },
    )
    code, said = _import(own_registry, path, lang)
    assert code == 1
    first, hint, second = DATES[lang]
    assert said == [f"{path}:{SHEET}!{first}", hint, f"{path}:{SHEET}!{second}", hint]
    assert entries(own_registry) == []


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("vi", "  gợi ý: sửa ô J8 thành số nguyên, ví dụ 70, rồi nhập lại"),
        ("en", "  hint: change cell J8 to a whole number, e.g. 70, then import again"),
    ],
)  # fmt: skip
def test_a_count_that_is_no_number_has_a_hint(
    own_registry: Path, tmp_path: Path, lang: str, hint: str
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**ROW8, "J8": "năm", "K8": 10})
    code, said = _import(own_registry, path, lang)
    word = {"vi": "'năm' không phải là số", "en": "'năm' is not a number"}[lang]
    assert (code, said) == (1, [f"{path}:{SHEET}!J8: {word}", hint])
