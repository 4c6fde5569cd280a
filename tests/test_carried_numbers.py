"""Carried targets have no number in the plan they were carried into (issue 16).

The revised 2024 workspace of test_revised_plan.py (plan 5/KH-BCĐ revised by 12/KH-BCĐ: I.1,
I.3 printed "I.2", I.9 printed "I.3", II.1; I.2 annulled; I.4–I.8 = 2023/I.1–I.5, II.2–II.10 =
2023/II.1–II.9, III.1–V.4 = 2023/III.1–V.4), carried on into a 2025 plan of four targets.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from appendix_files import write_docx
from test_revise import PLAN, ok
from test_revised_plan import lines
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

HEADING_2025 = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2025",
    "(Kèm theo Kế hoạch số 3/KH-BCĐ ngày 08/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
REGISTRY_2025 = "plans/2025/phu_luc_01.yaml"


def carried_2025(workspace: Path) -> str:
    source = write_docx(workspace / "ke-hoach-2025.docx", PLAN, HEADING_2025)
    ok("import", str(source), "--out", REGISTRY_2025, "--registry", "plans/2023")
    return ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")


def test_a_revised_plan_carries_on_without_its_printed_numbers(revised: Path) -> None:
    """2024's I.9 is printed "I.3" by revision 12/KH-BCĐ; carried into 2025 (where I.3 is the
    2025 plan's own), it takes no number with it: 33 carried (I.1, I.9, II.1 of 2024 and the 30
    of 2023 still open; I.3 and the carried II.8 done, I.2 annulled), and 2025 validates."""
    said = carried_2025(revised)
    assert said.splitlines()[-3:] == [
        "Đã ghi 33 chỉ tiêu vào plans/2025/phu_luc_01.yaml.",
        "Đã chép 1 báo cáo cuối của phần việc chưa hoàn thành sang kế hoạch mới.",
        "Đã ghi dấu 'đã chuyển' cho 33 chỉ tiêu trong plans/2024/phu_luc_01.yaml.",
    ]
    assert "printed" not in (revised / REGISTRY_2025).read_text(encoding="utf-8")
    # nor the day revision 12/KH-BCĐ added I.9 to 2024 (validate refuses `added` on a carried
    # target): it is followed in 2025 from the day it is carried
    assert "added:" not in (revised / REGISTRY_2025).read_text(encoding="utf-8")
    assert ok("--plan", "2025", "validate").splitlines() == ["Hợp lệ: 2 tệp."]  # + the copy
    rows = json.loads(ok("--plan", "2025", "list", "--format", "json", "--as-of", "01/03/2025"))
    carried = {row["id"]: row.get("carried_from") for row in rows if row["id"].startswith("I.")}
    assert carried == {
        "I.1": None,
        "I.2": None,
        "I.3": None,
        "I.4": "2024/I.1",
        "I.5": "2024/I.4",
        "I.6": "2024/I.5",
        "I.7": "2024/I.6",
        "I.8": "2024/I.7",
        "I.9": "2024/I.8",
        "I.10": "2024/I.9",
    }


def test_carried_targets_have_no_number_in_the_new_plan(revised: Path) -> None:
    """numbers_on gives the plan's own targets their number in force and the 31 carried none."""
    from cds_tracker.registry.loading import load_registry
    from cds_tracker.registry.numbering import numbers_on

    registry = load_registry(revised / "plans/2024/phu_luc_01.yaml").registry
    assert registry is not None
    assert numbers_on(registry, dt.date(2024, 7, 1)) == {
        "I.1": "I.1",
        "I.3": "I.2",
        "I.9": "I.3",
        "II.1": "II.1",
    }
    assert numbers_on(registry, dt.date(2024, 3, 1)) == {  # the plan as issued (5/KH-BCĐ):
        "I.1": "I.1",  # I.9, added by 12/KH-BCĐ, not yet among its targets
        "I.2": "I.2",
        "I.3": "I.3",
        "II.1": "II.1",
    }


def test_show_cites_a_carried_target_by_its_origin(revised: Path) -> None:
    """2024's I.4 is 2023's I.1: no number in plan 12/KH-BCĐ; carried again into 2025 (as I.5)
    it is still 2023's I.1; 2025's I.10 is 2024's I.9, printed "I.3" by 12/KH-BCĐ."""
    shown = lines(ok("--plan", "2024", "show", "I.4", "--as-of", "01/07/2024"))
    assert "Số thứ tự trong kế hoạch năm 2023 I.1 (2023)" in shown
    assert not any("12/KH-BCĐ" in line for line in shown)
    carried_2025(revised)
    shown = lines(ok("--plan", "2025", "show", "I.5", "--as-of", "01/03/2025"))
    assert "Số thứ tự trong kế hoạch năm 2023 I.1 (2023)" in shown
    english = lines(ok("--plan", "2025", "show", "I.10", "--as-of", "01/03/2025", "--lang", "en"))
    assert "Number in the 2024 plan I.3 (2024)" in english
    assert not any(
        line.startswith("Số thứ tự") for line in lines(ok("--plan", "2025", "show", "I.1"))
    )


def test_2025_letters_summary_and_calendar_cite_the_plan_each_target_came_from(
    revised: Path,
) -> None:
    """2025's own I.1–I.3, II.1 (deadlines 9, 6, 12 and 10/2024: late on 01/12/2025); from 2024
    I.1, I.9 (printed "I.3" there) and II.1; from 2023, through 2024, the 30 still open. The city
    office leads 2025's II.1, 2024's I.9 and II.1, and 15 of 2023's."""
    carried_2025(revised)
    office = "Văn phòng HĐND và UBND thành phố"
    note = ok("--plan", "2025", "remind", "--month", "12/2025", "--as-of", "01/12/2025",
              "--unit", office)  # fmt: skip
    codes = [line.split(" | ")[1] for line in note.splitlines() if line[:2] == "| "][2:]
    assert codes[0] == "II.1" and codes[-2:] == ["I.10 (I.3 (2024))", "II.2 (II.1 (2024))"]
    assert len(codes) == 18 and all(code.endswith(" (2023))") for code in codes[1:-2])
    summary = ok("--plan", "2025", "summary", "--as-of", "01/12/2025", "--format", "markdown")
    table = summary.split("| Nhóm |")[1].split("\n\n")[0].splitlines()[2:]  # the group rows
    groups = {
        (cells := line.strip("| ").split(" | "))[0]: sum(map(int, cells[1:-1])) for line in table
    }
    assert groups == {
        "I. Dữ liệu số": 3,
        "II. Chính quyền số": 1,
        "Chuyển tiếp từ năm 2024": 3,
        "Chuyển tiếp từ năm 2023": 30,
    }
    ok("--plan", "2025", "export", "--format", "ics", "--as-of", "01/12/2025", "--out", "a.ics")
    events = [
        line.removeprefix("SUMMARY:")
        for line in Path("a.ics").read_text(encoding="utf-8").splitlines()
        if line.startswith("SUMMARY:")
    ]
    assert [e.split(" ")[0] for e in events[:3]] == ["I.1", "I.2", "I.3"]
    # a carried target by its id here and its number in the plan it came from (I.10 is 2024's
    # I.9, printed "I.3" by revision 12/KH-BCĐ)
    assert events[3].startswith("I.4 (I.1 (2024)) 100% UBND các phường")
    assert any(e.startswith("I.10 (I.3 (2024)) Số hóa 100% hồ sơ lưu trữ") for e in events)
    assert not any(e.startswith("I.3 (2024) ") for e in events)


def test_the_return_form_names_targets_as_the_letter_and_reads_back(revised: Path) -> None:
    """The city office's 2025 form lists what its letter lists: under each id, the number the
    letter cites ('I.10' over '(I.3 (2024))'); filled in and read back, the entry goes to
    I.10."""
    import openpyxl

    carried_2025(revised)
    office = "Văn phòng HĐND và UBND thành phố"
    ok("--plan", "2025", "form", "--unit", office, "--month", "12/2025", "--as-of", "01/12/2025",
       "--out", "phieu.xlsx")  # fmt: skip
    book = openpyxl.load_workbook("phieu.xlsx")
    sheet = book.worksheets[0]
    heading = "\n".join(str(sheet[f"A{n}"].value) for n in range(1, 7))
    # both origin plans cited once, each with an example of how its targets are named
    assert heading.count("kèm số thứ tự năm 2023, như “") == 1
    assert "kèm số thứ tự năm 2024, như “I.10 (I.3 (2024))”" in heading
    codes = [sheet[f"B{row}"].value for row in range(8, sheet.max_row + 1)]
    codes = [code for code in codes if code]
    assert "II.1" in codes and "I.10\n(I.3 (2024))" in codes and "II.2\n(II.1 (2024))" in codes
    assert len(codes) == 18 and sum(code.endswith(" (2023))") for code in codes) == 15
    assert not any("\n(STT I.10" in code for code in codes)
    at = 8 + [sheet[f"B{row}"].value for row in range(8, sheet.max_row + 1)].index(
        "I.10\n(I.3 (2024))"
    )
    sheet[f"F{at}"] = "Hoàn thành"
    sheet[f"G{at}"] = dt.datetime(2025, 11, 20)
    book.save("phieu.xlsx")
    ok("--plan", "2025", "progress", "import", "phieu.xlsx")
    shown = json.loads(
        ok("--plan", "2025", "show", "I.10", "--format", "json", "--as-of", "01/12/2025")
    )
    assert shown["status"] == "done"


def test_the_note_for_a_target_carried_twice_says_what_to_type(revised: Path) -> None:
    """2025's I.5 is 2024's I.4, itself 2023's I.1: the note on the 2025 plan's own I.1 names
    it "từ I.1 Kế hoạch năm 2023" and says to type 2023/I.1, what those words name — not
    2024/I.4, the plan between (clerk11 F). Both open I.5; 2024/I.1 (2024's own I.1, carried
    once) is I.4."""
    from test_revise import cds

    carried_2025(revised)
    shown = cds("--plan", "2025", "show", "I.1", "--as-of", "01/03/2025")
    assert shown.exit_code == 0, shown.output
    note = shown.stderr.splitlines()
    assert len(note) == 1 and note[0].startswith("Chú ý: I.1 là chỉ tiêu I.1 của Kế hoạch năm 2025")
    assert note[0].endswith(
        "; chỉ tiêu chuyển tiếp từ I.1 Kế hoạch năm 2024 là I.4 — gõ 2024/I.1 nếu muốn chỉ tiêu "
        "đó; chỉ tiêu chuyển tiếp từ I.1 Kế hoạch năm 2023 là I.5 — gõ 2023/I.1 nếu muốn chỉ "
        "tiêu đó."
    )
    english = cds("--plan", "2025", "show", "I.1", "--as-of", "01/03/2025", "--lang", "en")
    assert english.stderr.splitlines()[0].endswith(
        "; the target carried over from I.1 of the 2024 plan is I.4 — type 2024/I.1 for that "
        "one; the target carried over from I.1 of the 2023 plan is I.5 — type 2023/I.1 for "
        "that one."
    )
    for typed, opened in (("2023/I.1", "I.5"), ("2024/I.4", "I.5"), ("2024/I.1", "I.4")):
        result = cds("--plan", "2025", "show", typed, "--as-of", "01/03/2025")
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[0] == opened
