"""Every problem of an imported return form carries a hint, and each command a hint gives runs
as printed (clerk13 F1, F2, F4).

F1: a Ngày báo cáo the import cannot read ("ngày 28/5/2024") had no hint line. F2: a form of plan
2025 imported under plan 2024 whose plans have different references was counted as two errors,
the first without cell or hint, and the hint's command ended in "…" for the file. F4: the
command a refusal's hint gives for `progress add` dropped the row's note and evidence, and gave
the status as a code; it now gives them as written ("hoàn thành", quoted).
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import openpyxl
import pytest

from cds_tracker.core.command_words import command_word
from cds_tracker.output.words import label
from cds_tracker.progress.form_cells import DEFAULT_HINTS
from cds_tracker.progress.form_refusals import add_extras
from test_carry_units import cds, ok
from test_form_plan_identity import SHEET, _form
from test_form_plan_identity import two_plans as two_plans  # the fixture

SOURCES = Path(__file__).parents[1] / "src/cds_tracker/progress"


def test_every_form_problem_said_without_its_own_hint_has_one() -> None:
    """Each `problems.add(place, "fi_…")` with no hint key names a problem DEFAULT_HINTS
    answers, in both languages (fi_cannot_open's message is its own hint)."""
    bare = set()
    for source in SOURCES.glob("form_*.py"):
        text = source.read_text(encoding="utf-8")
        for call in re.finditer(r"\.add\(\s*[^,]+,\s*\"(fi_\w+)\"(\s*,\s*\"fi_hint_\w+\")?", text):
            if call[2] is None:
                bare.add(call[1])
    assert bare - {"fi_cannot_open"} <= set(DEFAULT_HINTS)
    assert "fi_bad_date" in bare and "fi_no_status" in bare  # the scan finds the calls
    for hint in set(DEFAULT_HINTS.values()):
        for lang in ("vi", "en"):
            said = label(hint, lang, cell="G8", target="I.1", share="75.00")
            assert said and "{" not in said


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("vi", "  gợi ý: sửa ô G8 thành một ngày dd/mm/yyyy, ví dụ 28/05/2024 (hoặc định dạng ô "
               "là Ngày), rồi nhập lại"),
        ("en", "  hint: change cell G8 to a date dd/mm/yyyy, e.g. 28/05/2024 (or format the cell "
               "as a Date), then import again"),
    ],
)  # fmt: skip
def test_an_unreadable_report_date_has_a_hint(two_plans: Path, lang: str, hint: str) -> None:
    form = _form("2025", "6/2025", "01/06/2025")
    book = openpyxl.load_workbook(form)
    book[SHEET]["G8"] = "ngày 28/5/2024"
    book.save(form)
    result = cds("--lang", lang, "--plan", "2025", "progress", "import", str(form))
    assert result.exit_code == 1, result.output
    problem = {"vi": "'ngày 28/5/2024' không phải là ngày (ghi dd/mm/yyyy)",
               "en": "'ngày 28/5/2024' is not a date (write dd/mm/yyyy)"}[lang]  # fmt: skip
    assert result.stderr.splitlines() == [f"{form}:{SHEET}!G8: {problem}", hint]


def test_a_form_of_another_year_and_reference_is_one_error_with_a_command_that_runs(
    two_plans: Path,
) -> None:
    registry = two_plans / "plans/2025/phu_luc_01.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("Kế hoạch số /KH-BCĐ", "Kế hoạch số 10/KH-BCĐ"), "utf-8")
    form = _form("2024", "10/2024", "01/10/2024")
    result = cds("--plan", "2025", "progress", "import", str(form))
    assert result.exit_code == 1, result.output
    assert result.stdout == f"{form}: 1 lỗi, không ghi mục nào từ tệp này\n"
    assert result.stderr.splitlines() == [
        f"{form}:{SHEET}!A3: phiếu lập cho kế hoạch năm 2024, còn kế hoạch đang dùng là năm "
        "2025; không nhập",
        f"  gợi ý: nhập vào kế hoạch đã lập phiếu: cds --plan 2024 progress import {form}",
    ]
    ok(*shlex.split(result.stderr.splitlines()[1].partition(": cds ")[2]))  # runs as printed
    assert (two_plans / "plans/2024/progress/phong-y-te.yaml").exists()


def test_the_rest_of_a_row_is_given_as_options_quoted_for_a_shell() -> None:
    assert command_word("hoàn thành") == '"hoàn thành"'
    assert command_word('Đã xong "giai đoạn 1"') is None  # no form all windows read alike
    assert command_word("chi phí $5 hôm nay!") is None
    extras = add_extras(["share=81.5"], "Đã số hóa 1.250 sổ", ["Báo cáo 12/BC", "Quyết định 3"])
    assert extras == (
        ' --value "share=81.5" --note "Đã số hóa 1.250 sổ" --evidence "Báo cáo 12/BC" '
        '--evidence "Quyết định 3"'
    )
    assert shlex.split("x" + extras)[1:] == [
        "--value", "share=81.5", "--note", "Đã số hóa 1.250 sổ", "--evidence", "Báo cáo 12/BC",
        "--evidence", "Quyết định 3",
    ]  # fmt: skip
    assert add_extras([], "", []) == ""
