"""The uncounted city figure of tests/test_uncounted_figure.py in `progress list`'s machine
outputs (a18_02): the screen and the xlsx said "(không tính: do Công an thành phố báo cáo)",
the CSV gave `users_identified=95` and the JSON `"values"` with nothing saying it is never
counted. JSON now adds `"uncounted": {"users_identified": "cong-an"}` (English keys, the giver's
unit id) to that entry alone; the CSV's values cell says it in the screen's words, and the
`uncounted` column gives the key and unit id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_shared_targets import cds
from test_uncounted_figure import kept as kept  # the fixture

HEADER = (
    "id,target,unit,status,date,values,note,obstacles,proposals,evidence,by,corrects,forced,"
    "counts,written,unit_name,corrected_by,target_origin,uncounted"
)
WORDS = {
    "vi": "(không tính: do Công an thành phố báo cáo)",
    "en": "(not counted: given by Công an thành phố)",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_csv_says_the_figure_is_not_counted(kept: Path, lang: str) -> None:
    code, output = cds(kept, "progress", "list", "II.5", "--format", "csv", "--lang", lang)
    lines = output.splitlines()
    assert (code, len(lines), lines[0]) == (0, 3, HEADER)
    assert lines[1] == (
        "aaaaaaaaaaaa,II.5,phong-van-hoa-thong-tin,in_progress,2023-09-20,"
        f"users_identified=95 {WORDS[lang]},,,,,,,,,2023-09-20T10:00:00+07:00,"
        "Phòng Văn hóa và Thông tin,,,users_identified=cong-an"
    )
    cells = lines[2].split(",")  # Công an's own figure, counted: as before, no mark
    assert (cells[3:6], cells[-4:]) == (
        ["in_progress", "2023-09-10", "users_identified=40"],
        ["Công an thành phố", "", "", ""],
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_json_names_who_gives_the_figure(kept: Path, lang: str) -> None:
    code, output = cds(kept, "progress", "list", "II.5", "--format", "json", "--lang", lang)
    first, second = json.loads(output)
    assert (code, first["id"], first["values"], first["uncounted"]) == (
        0,
        "aaaaaaaaaaaa",
        {"users_identified": 95.0},
        {"users_identified": "cong-an"},
    )
    assert (second["values"], "uncounted" in second) == ({"users_identified": 40.0}, False)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_csv_for_excel_says_it_too(kept: Path, lang: str) -> None:
    code, output = cds(kept, "progress", "list", "II.5", "--excel", "--lang", lang)
    (row,) = [line for line in output.splitlines() if line.startswith("aaaaaaaaaaaa,")]
    assert (code, row.count(WORDS[lang])) == (0, 1)
