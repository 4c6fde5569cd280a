"""Words that must agree with what cds does or shows elsewhere (clerk21 F6 and notes).

F6: `cds progress import --help` gave "phieu-bao-cao-phong_y_te-2023-11.xlsx" as its example;
`cds form` names Phòng Y tế's form of 11/2023 "phieu-bao-cao-phong-y-te-2023-11.xlsx", so the
example as typed found no file. The example is tied here to the name `cds form` writes.

The `--excel` CSV of a unit's report left "Phần của đơn vị" empty where the unit only
cooperates; the screen, the Word and the Excel report say "Không có phần riêng".

A TRUE typed in a form's count or value cell was said as 'True' (Python's word); Excel shows
TRUE.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled plan 2023, nothing reported."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.delenv("CDS_LANG", raising=False)
    init_registry(tmp_path / "plans" / "2023")
    return tmp_path


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_import_help_example_is_the_name_cds_form_writes(office: Path, lang: str) -> None:
    made = cds("form", "--unit", "Y tế", "--month", "11/2023", "--as-of", "01/11/2023", "--out",
               "phieu/")  # fmt: skip
    assert made.exit_code == 0, made.output
    assert [p.name for p in (office / "phieu").iterdir()] == [
        "phieu-bao-cao-phong-y-te-2023-11.xlsx"
    ]
    helped = cds("--lang", lang, "progress", "import", "--help")
    examples = re.findall(r"phieu-bao-cao-\S+\.xlsx", helped.output)
    assert examples == ["phieu-bao-cao-phong-y-te-2023-11.xlsx"]


@pytest.mark.parametrize(
    ("lang", "column", "expected"),
    [
        ("vi", "Phần của đơn vị",
         [("I.1", "Quá hạn"), ("I.2", "Không có phần riêng"), ("I.3", "Quá hạn")]),
        ("en", "Own part", [("I.1", "Late"), ("I.2", "No part of its own"), ("I.3", "Late")]),
    ],
)  # fmt: skip
def test_the_excel_csv_says_no_part_of_its_own(
    office: Path, lang: str, column: str, expected: list[tuple[str, str]]
) -> None:
    """Phòng Y tế on 01/11/2023: I.1 (due 5/2023) and I.3 (7/2023) are its own part, late;
    I.2 it only cooperates on (via "Các phòng, đơn vị thuộc UBND thành phố")."""
    said = cds("--lang", lang, "report", "--unit", "Y tế", "--as-of", "01/11/2023", "-f", "csv",
               "--excel")  # fmt: skip
    assert said.exit_code == 0, said.output
    rows = list(csv.DictReader(io.StringIO(said.stdout.lstrip("\ufeff"))))
    assert [(next(iter(r.values())), r[column]) for r in rows[:3]] == expected
    screen = cds("--lang", lang, "report", "--unit", "Y tế", "--as-of", "01/11/2023")
    assert expected[1][1] in screen.output  # the screen's count line says it alike


TRUE_SAID = {
    "vi": ["{f}:Phiếu báo cáo!J8: 'TRUE' không phải là số",
           "  gợi ý: sửa ô J8 thành số nguyên, ví dụ 70, rồi nhập lại"],
    "en": ["{f}:Phiếu báo cáo!J8: 'TRUE' is not a number",
           "  hint: change cell J8 to a whole number, e.g. 70, then import again"],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_true_in_a_count_cell_is_said_as_excel_shows_it(office: Path, lang: str) -> None:
    made = cds("form", "--unit", "Y tế", "--month", "11/2023", "--as-of", "01/11/2023", "--out",
               "phieu/")  # fmt: skip
    assert made.exit_code == 0, made.output
    form = "phieu/phieu-bao-cao-phong-y-te-2023-11.xlsx"
    book = openpyxl.load_workbook(form)
    sheet = book.worksheets[0]
    assert sheet["J7"].value == "Số đạt (tử số)"
    sheet["F8"], sheet["G8"], sheet["J8"] = "Hoàn thành", dt.datetime(2023, 11, 1), True
    book.save(form)
    said = cds("--lang", lang, "progress", "import", form)
    assert said.exit_code == 1
    assert said.stderr.splitlines()[:2] == [line.format(f=form) for line in TRUE_SAID[lang]]
