"""A ward officer's review of the return form (clerk16).

F2: "58%" typed in a Giá trị cell is stored by Excel as 0.58 with the format `0%`; read as
0.58·100 in binary it was 57.99999999999999 and judged "chưa đạt ≥ 58%", 28% was stored as
28.000000000000004. A cell is read as the decimal Excel shows, its point moved in decimal:
58 and 28, exactly what `progress add --value k=58` stores (progress/typed_numbers.py).

F4: the forms `remind --with-form` sent had no registry and no folder in their hidden sheet, so
what a hint reads from the form named no plan (`cds import FORM` sent the clerk to `cds progress
import FORM` without --plan 2024). Both commands now make a form by one maker (app/forms.py
`form_maker`): the hidden sheets say the same plan.

Column H named each indicator "… (>= 58%) [chi_so_1]": a machine key and sign on a form an
officer reads. It now says what the indicator measures and its threshold as `show` does.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok
from ward_merger import merger_units

MEASURES = "Tỷ lệ hồ sơ sức khỏe được cập nhật trên nền tảng số"


def _health(threshold: int) -> dict[str, Any]:
    target = _target(
        1,
        f"Tối thiểu {threshold}% hồ sơ sức khỏe được cập nhật trên nền tảng số.",
        (EMPTY, _cell("Phòng Y tế", "phong-y-te"), EMPTY),
        "9/2024",
    )
    target["indicators"] = [
        {
            "key": "chi_so_1",
            "measures": MEASURES,
            "text": f"Tối thiểu {threshold}%",
            "comparator": ">=",
            "value": threshold,
            "unit": "%",
        }
    ]
    return target


@pytest.fixture
def health(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/2024: I.1 "Tối thiểu 58% hồ sơ sức khỏe …", led by Phòng Y tế, indicator
    chi_so_1 ≥ 58%."""
    monkeypatch.chdir(tmp_path)
    _plan(tmp_path, 2024, [_health(58)])
    return tmp_path


def _form(lang: str, figure: float, fmt: str = "0%") -> Path:
    out = Path(f"phieu-{lang}.xlsx")
    ok("--lang", lang, "--plan", "2024", "form", "--unit", "Phòng Y tế", "--month", "9/2024",
       "--as-of", "01/09/2024", "--out", str(out))  # fmt: skip
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]  # "Phiếu báo cáo", in English "Return form"
    sheet["F8"] = "Hoàn thành"
    sheet["G8"] = dt.datetime(2024, 9, 20)
    sheet["I8"] = figure  # what Excel stores when the officer types 58%: 0.58, format 0%
    sheet["I8"].number_format = fmt
    book.save(out)
    return out


def _stored(folder: Path) -> list[dict[str, Any]]:
    text = (folder / "plans/2024/progress/phong-y-te.yaml").read_text(encoding="utf-8")
    return [json.loads(line[2:]) for line in text.splitlines() if line.startswith("- ")]


IMPORTED = {
    "vi": [
        "  I.1: {id} — ghi mới: Hoàn thành, 20/09/2024",
        f"    {MEASURES}: 58%",
        "{form}: đã ghi 1 mục vào plans/2024/progress/phong-y-te.yaml",
    ],
    "en": [
        "  I.1: {id} — new: Done, 20/09/2024",
        f"    {MEASURES}: 58%",
        "{form}: wrote 1 entry to plans/2024/progress/phong-y-te.yaml",
    ],
}
MET = {"vi": "→ 58% / ≥ 58% — đạt", "en": "→ 58% / ≥ 58% — met"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_58_percent_typed_in_excel_is_58_and_meets_58(health: Path, lang: str) -> None:
    form = _form(lang, 0.58)
    result = cds("--lang", lang, "--plan", "2024", "progress", "import", str(form))
    assert result.exit_code == 0, result.output
    (entry,) = _stored(health)
    assert entry["values"] == {"chi_so_1": 58}  # 58.0, not 57.99999999999999
    assert repr(entry["values"]["chi_so_1"]) == "58.0"  # as `progress add --value chi_so_1=58`
    wanted = [line.format(id=entry["id"], form=form) for line in IMPORTED[lang]]
    assert result.stdout.splitlines() == wanted  # no "cảnh báo: … chưa đạt ≥ 58%"
    shown = ok("--lang", lang, "--plan", "2024", "show", "I.1", "--as-of", "01/10/2024")
    assert any(line.strip() == MET[lang] for line in shown.splitlines()), shown


@pytest.mark.parametrize(
    ("typed", "fmt", "stored"),
    [(0.28, "0%", 28.0), (0.815, "0.0%", 81.5), (0.29, "0%", 29.0), (58, "General", 58.0)],
)
def test_a_percent_cell_is_the_figure_excel_shows(
    health: Path, typed: float, fmt: str, stored: float
) -> None:
    """0.28·100 is 28.000000000000004 in binary, 0.29·100 28.999999999999996."""
    ok("--plan", "2024", "progress", "import", str(_form("vi", typed, fmt)))
    (entry,) = _stored(health)
    assert repr(entry["values"]["chi_so_1"]) == repr(stored)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_counts_29_of_50_meet_58_percent(health: Path, lang: str) -> None:
    """29/50·100 is 57.99999999999999 in binary; 100·29/50 is 58: the counts' share, as the
    form's mismatch check computes it, agrees with a Giá trị of 58%."""
    form = _form(lang, 0.58)
    book = openpyxl.load_workbook(form)
    book.worksheets[0]["J8"], book.worksheets[0]["K8"] = 29, 50
    book.save(form)
    result = cds("--lang", lang, "--plan", "2024", "progress", "import", str(form))
    assert result.exit_code == 0, result.output
    (entry,) = _stored(health)
    assert (entry["values"], entry["counts"]) == ({"chi_so_1": 58.0}, {"chi_so_1": [29, 50]})
    shown = ok("--lang", lang, "--plan", "2024", "show", "I.1", "--as-of", "01/10/2024")
    assert any(line.strip() == MET[lang] for line in shown.splitlines()), shown


def test_the_mean_of_two_figures_equal_to_the_threshold_meets_it() -> None:
    """50,1% and 64,1% average 57,1% exactly; summed in binary they gave 57.099999999999994,
    "chưa đạt ≥ 57,1%" (questions/figures.py `aggregate`)."""
    from cds_tracker.questions.figures import Member, aggregate

    members = [Member("a", 50.1, None, None, "2024-09-01"), Member("b", 64.1, None, None, "")]
    assert aggregate(members) == (57.1, True)
    counted = [Member("a", 58.0, 29, 50, "2024-09-01"), Member("b", 58.0, 29, 50, "")]
    assert aggregate(counted) == (58.0, False)


HEADS = {
    "vi": f"{MEASURES} (≥ 58%)",
    "en": f"{MEASURES} (≥ 58%)",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_column_h_names_the_indicator_in_words(health: Path, lang: str) -> None:
    """No registry key ("[chi_so_1]") and no ">=": the indicator as `show` names it."""
    form = _form(lang, 0.58)
    assert openpyxl.load_workbook(form).worksheets[0]["H8"].value == HEADS[lang]


def _hidden(path: Path) -> dict[str, str]:
    book = openpyxl.load_workbook(path)
    return {str(r[0]): str(r[1]) for r in book["_cds"].iter_rows(max_row=13, values_only=True)}


@pytest.fixture
def two_plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/2024 (the health target above) and plans/2025 (the default plan: the latest)."""
    monkeypatch.chdir(tmp_path)
    _plan(tmp_path, 2024, [_health(58)])
    _plan(tmp_path, 2025, [_health(70)])
    return tmp_path


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_form_sent_with_a_letter_names_its_plan_as_cds_form_does(
    two_plans: Path, lang: str
) -> None:
    ok("--lang", lang, "--plan", "2024", "remind", "--month", "9/2024", "--as-of",
       "01/09/2024", "--out", "dd", "--with-form")  # fmt: skip
    sent = Path("dd/phieu-bao-cao-phong-y-te-2024-09.xlsx")
    ok("--lang", lang, "--plan", "2024", "form", "--unit", "Phòng Y tế", "--month", "9/2024",
       "--as-of", "01/09/2024", "--out", "made.xlsx")  # fmt: skip
    mine, theirs = _hidden(sent), _hidden(Path("made.xlsx"))
    assert (mine["registry"], mine["year"], mine["folder"]) == ("phu_luc_01.yaml", "2024", "2024")
    for key in ("unit_id", "plan", "appendix", "month", "as_of", "registry", "year", "folder"):
        assert mine[key] == theirs[key], key
    # given to `cds import` (a plan's appendix), it is sent to the plan it was made for
    result = cds("--lang", lang, "import", str(sent))
    assert result.exit_code != 0
    assert result.stderr.splitlines()[-1].endswith(f": cds --plan 2024 progress import {sent}"), (
        result.stderr
    )


UNITS = "units:\n" + merger_units(2025)  # tests/ward_merger.py, the one merger
REFUSED = {
    "vi": [
        "{form}:Phiếu báo cáo!G8: UBND phường Bắc Sơn không còn tồn tại ngày 10/07/2025: đã sáp "
        "nhập vào UBND phường Tam Điệp từ 01/07/2025",
        "  gợi ý: việc UBND phường Bắc Sơn làm trước khi sáp nhập hoặc đổi tên: sửa ô Ngày báo "
        "cáo G8 thành ngày đó, rồi nhập lại; việc từ 10/07/2025: xoá dòng này khỏi phiếu, nhập "
        "lại, rồi ghi cho UBND phường Tam Điệp bằng lệnh cds --plan 2024 progress add I.1 --id "
        '--unit "UBND phường Tam Điệp" --status "hoàn thành" --date 10/07/2025',
    ],
    "en": [
        "{form}:Phiếu báo cáo!G8: UBND phường Bắc Sơn did not exist on 10/07/2025: merged into "
        "UBND phường Tam Điệp from 01/07/2025",
        "  hint: work UBND phường Bắc Sơn did before the merger or renaming: change the Report "
        "date cell G8 to its day, then import again; work from 10/07/2025: clear this row of "
        "the form, import again, then record it for UBND phường Tam Điệp with cds --plan 2024 "
        'progress add I.1 --id --unit "UBND phường Tam Điệp" --status done --date 10/07/2025',
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_merged_wards_row_of_a_sent_form_is_recorded_into_its_plan_as_hinted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Bắc Sơn's form of 12/2024 (plan 2024), sent with the urging letter, filled "done" on
    10/07/2025, after Bắc Sơn merged into Tam Điệp: refused at the date, the hint's command for
    Tam Điệp names --plan 2024 and, typed as printed, records into plan 2024 — never into
    2025's I.1, another target of the same number."""
    import shlex

    monkeypatch.chdir(tmp_path)
    ward = _cell("UBND phường Bắc Sơn", "phuong-bac-son")
    _plan(tmp_path, 2024, [_target(1, "Số hóa hồ sơ hành chính.", (EMPTY, ward, EMPTY), "6/2024")])
    _plan(tmp_path, 2025, [_target(1, "Số hóa hồ sơ hộ tịch.", (EMPTY, ward, EMPTY), "8/2025")])
    (tmp_path / "plans/don_vi_thay_doi.yaml").write_text(UNITS, encoding="utf-8")
    ok("--plan", "2024", "remind", "--month", "12/2024", "--as-of", "15/12/2024", "--out", "dd",
       "--with-form")  # fmt: skip
    form = Path("dd/phieu-bao-cao-phuong-bac-son-2024-12.xlsx")
    assert _hidden(form)["folder"] == "2024"
    book = openpyxl.load_workbook(form)
    book.worksheets[0]["F8"] = "Hoàn thành"
    book.worksheets[0]["G8"] = dt.datetime(2025, 7, 10)
    book.save(form)
    result = cds("--lang", lang, "--plan", "2024", "progress", "import", str(form))
    assert result.exit_code == 1, result.output
    said = result.stderr.splitlines()
    assert said == [line.replace("{form}", str(form)) for line in REFUSED[lang]]
    command = said[1][said[1].index("cds --plan") :]
    typed = cds(*shlex.split(command)[1:])
    assert typed.exit_code == 0, typed.output
    text = (tmp_path / "plans/2024/progress/phuong-tam-diep.yaml").read_text(encoding="utf-8")
    assert '"target": "I.1", "unit": "phuong-tam-diep", "status": "done"' in text
    assert '"date": "2025-07-10"' in text
    assert not (tmp_path / "plans/2025/progress/phuong-tam-diep.yaml").exists()
