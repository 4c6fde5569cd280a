"""A return form is imported only into the plan it was made for (attack 9, finding A).

plans/2024 and plans/2025 are both made from the bundled appendix's document, so their plan
reference and appendix title are the same (as two plans imported from tables without their
"(Kèm theo …)" line are): only the year and the rows' texts tell them apart. 2024's I.1 is
"Số hóa hồ sơ y tế.", 2025's I.1 "Trạm y tế số.", both led by Phòng Y tế. Phòng Y tế's form
for 06/2025 lists 2025's I.1 on row 8; filled "done" on 20/05/2025, it used to be recorded into
plan 2024 as done for 2024's I.1, exit 0."""

from __future__ import annotations

import shlex
from pathlib import Path

import openpyxl
import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

SHEET = "Phiếu báo cáo"


@pytest.fixture
def two_plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2024, [_target(1, "Số hóa hồ sơ y tế.", (EMPTY, health, EMPTY), "10/2024")])
    _plan(tmp_path, 2025, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2025")])
    return tmp_path


def _form(plan: str, month: str, as_of: str) -> Path:
    out = Path(f"phieu-{plan}.xlsx")
    ok("--plan", plan, "form", "--unit", "Phòng Y tế", "--month", month, "--as-of", as_of,
       "--out", str(out))  # fmt: skip
    book = openpyxl.load_workbook(out)
    book[SHEET]["F8"] = "Hoàn thành"
    book[SHEET]["G8"] = "20/05/2025" if plan == "2025" else "20/10/2024"
    book.save(out)
    return out


def test_a_form_of_plan_2025_is_refused_by_plan_2024_naming_its_plan(two_plans: Path) -> None:
    form = _form("2025", "6/2025", "01/06/2025")
    result = cds("--plan", "2024", "progress", "import", str(form))
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"{form}:{SHEET}!A3: phiếu lập cho kế hoạch năm 2025, còn kế hoạch đang dùng là năm "
        "2024; không nhập",
        f"  gợi ý: nhập vào kế hoạch đã lập phiếu: cds --plan 2025 progress import {form}",
    ]  # the hint on its own line, as every error's (review 10: it was inline, "; gợi ý:")
    english = cds("--lang", "en", "--plan", "2024", "progress", "import", str(form))
    assert english.exit_code == 1, english.output
    assert english.stderr.splitlines() == [
        f"{form}:{SHEET}!A3: the form was made for the plan of 2025, but the plan in use is of "
        "2024; not imported",
        f"  hint: import it into the plan it was made for: cds --plan 2025 progress import {form}",
    ]
    assert not (two_plans / "plans/2024/progress/phong-y-te.yaml").exists()
    done = cds("--plan", "2025", "progress", "import", str(form))
    assert done.exit_code == 0, done.output
    assert "I.1" in (two_plans / "plans/2025/progress/phong-y-te.yaml").read_text()


def test_a_row_whose_target_text_changed_is_refused_at_its_text_cell(two_plans: Path) -> None:
    form = _form("2024", "10/2024", "01/10/2024")
    registry = two_plans / "plans/2024/phu_luc_01.yaml"
    registry.write_text(  # a revision rewrote I.1 after the form went out
        registry.read_text().replace("Số hóa hồ sơ y tế.", "Số hóa hồ sơ bệnh án."),
        encoding="utf-8",
    )
    result = cds("--plan", "2024", "progress", "import", str(form))
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"{form}:{SHEET}!C8: nội dung chỉ tiêu I.1 trên phiếu khác nội dung của I.1 trong kế "
        "hoạch đang dùng (phiếu của kế hoạch khác, hoặc lập trước khi kế hoạch được điều "
        "chỉnh); không nhập tệp này",
        "  gợi ý: nhập vào kế hoạch đã lập phiếu, hoặc lập phiếu mới: cds --plan 2024 form "
        '--unit "Phòng Y tế" --month 10/2024 --as-of 01/10/2024 --out phieu-phong-y-te.xlsx',
    ]
    english = cds("--lang", "en", "--plan", "2024", "progress", "import", str(form))
    assert english.stderr.splitlines() == [
        f"{form}:{SHEET}!C8: the text of target I.1 on the form differs from I.1's text in the "
        "plan in use (a form of another plan, or made before the plan was revised); the file is "
        "not imported",
        "  hint: import it into the plan it was made for, or make a new form: cds --plan 2024 "
        'form --unit "Phòng Y tế" --month 10/2024 --as-of 01/10/2024 --out phieu-phong-y-te.xlsx',
    ]
    assert not (two_plans / "plans/2024/progress/phong-y-te.yaml").exists()
    # the hint's command, word for word (clerk13 F7), as of the form's own day (clerk19 F1)
    typed = (
        "form --unit 'Phòng Y tế' --month 10/2024 --as-of 01/10/2024 --out phieu-phong-y-te.xlsx"
    )
    ok("--plan", "2024", *shlex.split(typed))


def test_a_form_made_before_the_marks_still_imports_with_a_note(two_plans: Path) -> None:
    form = _form("2024", "10/2024", "01/10/2024")
    book = openpyxl.load_workbook(form)
    for row in book["_cds"].iter_rows():
        if row[0].value in ("year", "folder"):
            row[0].value = row[1].value = None  # as an older cds wrote it: no such rows
        if len(row) > 3:
            row[3].value = None  # and no fingerprint beside each target
    book.save(form)
    result = cds("--plan", "2024", "progress", "import", str(form))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1] == (
        "  lưu ý: phiếu lập bằng phiên bản cds cũ, không ghi năm kế hoạch và nội dung từng dòng: "
        "chỉ đối chiếu được số kế hoạch (Kế hoạch số /KH-BCĐ ngày /5/2023 của Ban Chỉ đạo chuyển "
        "đổi số thành phố) và phụ lục; hãy chắc phiếu lập cho kế hoạch này"
    ), lines
