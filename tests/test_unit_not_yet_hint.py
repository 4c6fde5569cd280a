"""A unit named for a day before it was made: the hint names who answered that day (clerk21 F3).

The bundled plan 2023 in a workspace, and plans/don_vi_thay_doi.yaml as the guide shows it:
UBND phường Bắc Sơn and Nam Sơn end on 30/06/2025, merged into UBND phường Tam Điệp, which
exists from 01/07/2025 (tests/ward_merger.py). On 25/06/2025 Tam Điệp did not exist: `list`,
`report` and `progress add` were refused (exit 2, right) with "dùng --as-of khác" or "kiểm tra
ngày … (valid_from, valid_to)", and a form row dated then with "sửa ô Ngày báo cáo G8 thành ngày
đơn vị còn hoạt động" — words for a unit gone, not one not made yet. Each hint now names the two
wards that did the work that day, a command for each, the clerk's own line with that --unit
(runnable as printed; the --unit words alone when a word of the line cannot be printed), and
the day Tam Điệp begins. A unit made from nothing names only that day.
"""

from __future__ import annotations

import datetime as dt
import shlex
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from ward_merger import merger_units

runner = CliRunner()
SAID = {
    "vi": "UBND phường Tam Điệp chưa tồn tại ngày 25/06/2025 (có từ 01/07/2025)",
    "en": "UBND phường Tam Điệp did not exist yet on 25/06/2025 (it exists from 01/07/2025)",
}
NOT_YET = {"vi": f"cds: lỗi: {SAID['vi']}", "en": f"cds: error: {SAID['en']}"}
ASK = {  # {cmd}: the command as typed, {ward}'s name for --unit
    "vi": "  gợi ý: ngày 25/06/2025, đơn vị làm việc này là UBND phường Bắc Sơn, UBND phường Nam "
    "Sơn: {bac} hoặc {nam}; hoặc --as-of từ 01/07/2025 trở đi",
    "en": "  hint: on 25/06/2025 UBND phường Bắc Sơn, UBND phường Nam Sơn answered for it: {bac} "
    "or {nam}; or an --as-of from 01/07/2025 on",
}
ASK_WORDS = {  # a word of the line has no printable form: the --unit words alone
    "vi": "  gợi ý: ngày 25/06/2025, đơn vị làm việc này là UBND phường Bắc Sơn, UBND phường Nam "
    'Sơn: dùng --unit "UBND phường Bắc Sơn" hoặc --unit "UBND phường Nam Sơn"; hoặc --as-of từ '
    "01/07/2025 trở đi",
    "en": "  hint: on 25/06/2025 UBND phường Bắc Sơn, UBND phường Nam Sơn answered for it: use "
    '--unit "UBND phường Bắc Sơn" or --unit "UBND phường Nam Sơn"; or an --as-of from 01/07/2025 '
    "on",
}
REPORT = {
    "vi": "  gợi ý: việc làm trước 01/07/2025 là của UBND phường Bắc Sơn, UBND phường Nam Sơn: "
    "{bac} hoặc {nam}; việc từ 01/07/2025: ghi --date từ 01/07/2025 trở đi",
    "en": "  hint: work done before 01/07/2025 belongs to UBND phường Bắc Sơn, UBND phường Nam "
    "Sơn: {bac} or {nam}; work from 01/07/2025: a --date from 01/07/2025 on",
}


def _each(line: str) -> dict[str, str]:
    """`line` (a command with {ward} for the --unit value) for Bắc Sơn and for Nam Sơn."""
    return {key: line.format(ward=f'"UBND phường {ward}"') for key, ward in
            (("bac", "Bắc Sơn"), ("nam", "Nam Sơn"))}  # fmt: skip


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.delenv("CDS_LANG", raising=False)
    init_registry(tmp_path / "plans" / "2023")
    changes = "units:\n" + merger_units(2025)
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(changes, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("command", ["list", "report"])
def test_a_query_names_the_wards_that_answered_that_day(
    merged: Path, lang: str, command: str
) -> None:
    said = cds("--lang", lang, "--plan", "2023", command, "--unit", "Tam Điệp", "--as-of",
               "25/06/2025")  # fmt: skip
    assert said.exit_code == 2
    line = f"cds --lang {lang} --plan 2023 {command} --unit {{ward}} --as-of 25/06/2025"
    assert said.output.splitlines() == [NOT_YET[lang], ASK[lang].format(**_each(line))]
    bac = _each(line)["bac"]
    typed = cds(*shlex.split(bac)[1:])  # as printed: Bắc Sơn's own answer that day
    assert typed.exit_code == 0, typed.output
    if command == "report":  # a list's title names no unit
        assert "UBND phường Bắc Sơn" in typed.output


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_line_that_cannot_be_printed_keeps_the_unit_words(merged: Path, lang: str) -> None:
    said = cds("--lang", lang, "--plan", "2023", "report", "--unit", "Tam Điệp", "--as-of",
               "25/06/2025", "--out", "a$b.docx")  # fmt: skip
    assert said.exit_code == 2
    assert said.output.splitlines() == [NOT_YET[lang], ASK_WORDS[lang]]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_progress_add_names_the_wards_and_the_first_day(merged: Path, lang: str) -> None:
    said = cds("--lang", lang, "--plan", "2023", "progress", "add", "I.3", "--unit", "Tam Điệp",
               "--status", "đang thực hiện", "--date", "25/06/2025")  # fmt: skip
    assert said.exit_code == 2
    line = (f"cds --lang {lang} --plan 2023 progress add I.3 --unit {{ward}} --status "
            '"đang thực hiện" --date 25/06/2025')  # fmt: skip
    assert said.output.splitlines() == [NOT_YET[lang], REPORT[lang].format(**_each(line))]
    # the hint's command, typed as printed, records the work for the ward that did it
    typed = cds(*shlex.split(_each(line)["bac"])[1:])
    assert typed.exit_code == 0, typed.output
    text = (merged / "plans/2023/progress/phuong-bac-son.yaml").read_text(encoding="utf-8")
    assert '"target": "I.3", "unit": "phuong-bac-son", "status": "in_progress"' in text


FORM = "phieu/phieu-bao-cao-phuong-tam-diep-2025-07.xlsx"
COMMANDS = {
    "vi": [
        'cds --plan 2023 progress add I.3 --id --unit "UBND phường {ward}" --status "hoàn thành" '
        "--date 25/06/2025"
    ],
    "en": [
        'cds --plan 2023 progress add I.3 --id --unit "UBND phường {ward}" --status done --date '
        "25/06/2025"
    ],
}
FORM_HINT = {
    "vi": "  gợi ý: UBND phường Tam Điệp chỉ có từ 01/07/2025: việc làm từ 01/07/2025 thì sửa ô "
    "Ngày báo cáo G8 thành ngày đó, rồi nhập lại; việc làm trước 01/07/2025 là của UBND phường "
    "Bắc Sơn, UBND phường Nam Sơn: xoá dòng này khỏi phiếu, nhập lại, rồi ghi cho đơn vị đã làm "
    "bằng lệnh {bac} hoặc {nam}",
    "en": "  hint: UBND phường Tam Điệp exists from 01/07/2025: for work done from 01/07/2025, "
    "change the Report date cell G8 to its day, then import again; work done before 01/07/2025 "
    "belongs to UBND phường Bắc Sơn, UBND phường Nam Sơn: clear this row of the form, import "
    "again, then record it for the unit that did it with {bac} or {nam}",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_form_row_dated_before_the_ward_was_made(merged: Path, lang: str) -> None:
    """Tam Điệp's form of 7/2025 (row 8: I.3), filled "Hoàn thành" on 25/06/2025: said at the
    date cell as a unit not made yet, with a command for each ward; Bắc Sơn's, run as printed,
    records the report for Bắc Sơn."""
    made = cds("--plan", "2023", "form", "--unit", "Tam Điệp", "--month", "7/2025", "--as-of",
               "01/07/2025", "--out", "phieu/")  # fmt: skip
    assert made.exit_code == 0, made.output
    book = openpyxl.load_workbook(FORM)
    assert book.worksheets[0]["B8"].value == "I.3"
    book.worksheets[0]["F8"] = "Hoàn thành"
    book.worksheets[0]["G8"] = dt.datetime(2025, 6, 25)
    book.save(FORM)
    said = cds("--lang", lang, "--plan", "2023", "progress", "import", FORM)
    assert said.exit_code == 1
    bac, nam = (COMMANDS[lang][0].format(ward=ward) for ward in ("Bắc Sơn", "Nam Sơn"))
    assert said.stderr.splitlines() == [
        f"{FORM}:Phiếu báo cáo!G8: {SAID[lang]}",
        FORM_HINT[lang].format(bac=bac, nam=nam),
    ]
    typed = cds(*shlex.split(bac)[1:])
    assert typed.exit_code == 0, typed.output
    text = (merged / "plans/2023/progress/phuong-bac-son.yaml").read_text(encoding="utf-8")
    assert '"target": "I.3", "unit": "phuong-bac-son", "status": "done"' in text
    assert '"date": "2025-06-25"' in text


NEW_UNIT = """units:
  - id: phong-so-hoa
    name: Phòng Số hóa
    kind: department
    source: user
    valid_from: 01/07/2025
"""


@pytest.mark.parametrize(
    ("lang", "ask", "report"),
    [
        ("vi", "  gợi ý: dùng --as-of từ 01/07/2025 trở đi",
         "  gợi ý: ghi --date từ 01/07/2025 trở đi, hoặc kiểm tra ngày đầu (`valid_from`) của "
         "đơn vị trong danh mục"),
        ("en", "  hint: use an --as-of from 01/07/2025 on",
         "  hint: give a --date from 01/07/2025 on, or check the unit's valid_from in the "
         "catalog"),
    ],
)  # fmt: skip
def test_a_unit_made_from_nothing_names_its_first_day(
    merged: Path, lang: str, ask: str, report: str
) -> None:
    (merged / "plans" / "don_vi_thay_doi.yaml").write_text(NEW_UNIT, encoding="utf-8")
    asked = cds("--lang", lang, "--plan", "2023", "list", "--unit", "Phòng Số hóa", "--as-of",
                "25/06/2025")  # fmt: skip
    assert asked.exit_code == 2
    assert asked.output.splitlines()[1:] == [ask]
    added = cds("--lang", lang, "--plan", "2023", "progress", "add", "I.3", "--unit",
                "Phòng Số hóa", "--status", "done", "--date", "25/06/2025")  # fmt: skip
    assert added.exit_code == 2
    assert added.output.splitlines()[1:] == [report]
