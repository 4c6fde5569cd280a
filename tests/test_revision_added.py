"""A target a revision adds is not among the plan's before the revision takes effect.

The two-plan workspace of test_revise.py: 2024 holds its own I.1, I.2, I.3, II.1 and the 31
targets carried from 2023 (I.4–I.8, II.2–II.10, …): 35. The revision sua-doi.docx, applied on
20/03/2024, drops I.2, prints I.3 as "2." and adds a row "3." (NEW_TEXT, led by Văn phòng
HĐND và UBND thành phố) which becomes I.9 (I.3 … I.8 are taken), `added: 20/03/2024`.
On 01/03/2024 the plan as issued holds: 35 targets, no I.9, I.2 not yet annulled. On
01/07/2024: 36 listed, I.2 annulled (counted apart), so 35 in force again, I.9 among them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_revise import NEW_TEXT, REGISTRY, cds, ok
from test_revise import workspace as workspace  # the fixture

BEFORE, AFTER = "01/03/2024", "01/07/2024"
OFFICE = "Văn phòng HĐND và UBND thành phố"


@pytest.fixture
def revised(workspace: Path) -> Path:
    ok("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "--yes")
    return workspace


def ids(*args: str) -> list[str]:
    return [row["id"] for row in json.loads(ok("--plan", "2024", *args, "--format", "json"))]


def test_import_revise_writes_the_day_the_added_target_enters(revised: Path) -> None:
    text = (revised / REGISTRY).read_text(encoding="utf-8")
    groups = text[text.index("\ngroups:\n") :]  # the target, not the revision's numbers
    block = groups[groups.index("  - id: I.9\n") :].split("  - id: ", 2)[1]
    assert block.startswith("I.9\n")
    assert f"content: {NEW_TEXT}" in block
    assert "added: 20/03/2024\n" in block
    assert "printed: I.3\n" in block
    assert text.count("added:") == 1  # the others were in the plan as issued


def test_before_the_revision_no_count_or_list_holds_the_added_target(revised: Path) -> None:
    before = ids("list", "--as-of", BEFORE)
    assert len(before) == 35 and "I.9" not in before and "I.2" in before
    after = ids("list", "--as-of", AFTER)
    assert len(after) == 36 and "I.9" in after
    summary = json.loads(ok("--plan", "2024", "summary", "--format", "json", "--as-of", BEFORE))
    assert summary["total"] == 35
    assert summary["cancelled"] == []
    plans = json.loads(ok("plans", "--format", "json", "--as-of", BEFORE))
    assert [p["targets"] for p in plans if p["plan"] == "2024"] == [35]
    day = "19/03/2024"  # the eve of the revision: still out
    assert "I.9" not in ids("list", "--as-of", day)
    assert "I.9" in ids("list", "--as-of", "20/03/2024")


def test_report_and_due_leave_it_out_before_and_hold_it_after(revised: Path) -> None:
    early = ids("report", "--unit", OFFICE, "--as-of", BEFORE)
    late = ids("report", "--unit", OFFICE, "--as-of", AFTER)
    assert set(late) - set(early) == {"I.9"}
    due = ids("due", "--month", "12/2024", "--as-of", BEFORE)
    assert "I.9" not in due and "I.3" in due  # I.3 and I.9 are both due 12/2024
    assert "I.9" in ids("due", "--month", "12/2024", "--as-of", AFTER)


def test_show_says_since_when_the_target_is_in_the_plan(revised: Path) -> None:
    text = ok("--plan", "2024", "show", "I.9", "--as-of", BEFORE)
    assert "Chưa có trong kế hoạch ngày này: thêm từ 20/03/2024" in " ".join(text.split())
    assert "Chưa thực hiện" not in text
    english = ok("--plan", "2024", "show", "I.9", "--as-of", BEFORE, "--lang", "en")
    assert "Not yet in the plan on that day: added from 20/03/2024" in " ".join(english.split())
    data = json.loads(ok("--plan", "2024", "show", "I.9", "--as-of", BEFORE, "--format", "json"))
    assert (data["status"], data["added"], data["parts"]) == (None, "2024-03-20", [])
    data = json.loads(ok("--plan", "2024", "show", "I.9", "--as-of", AFTER, "--format", "json"))
    assert data["status"] == "not_started"


def test_the_excel_export_before_the_revision_has_no_row_for_it(revised: Path) -> None:
    import openpyxl

    ok("--plan", "2024", "export", "--format", "xlsx", "--out", "a.xlsx", "--as-of", BEFORE)
    sheet = openpyxl.load_workbook("a.xlsx").active
    assert sheet is not None
    codes = [str(r[0]) for r in sheet.iter_rows(min_row=7, values_only=True)]
    assert "I.9" not in codes and "I.8" in codes


def test_validate_refuses_an_added_day_that_is_no_day(revised: Path) -> None:
    path = revised / REGISTRY
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("added: 20/03/2024", "added: 31/02/2024"), encoding="utf-8")
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1
    assert "31/02/2024" in result.output and "added" in result.output


def test_an_id_that_is_another_targets_number_is_refused_until_confirmed(
    revised: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After 20/03/2024 (Kế hoạch 12/KH-BCĐ) the table prints I.3 as "2." and I.9 as "3.":
    "I.3" could be the id I.3 or the number printed I.3 (the id I.9). Not on a terminal:
    refused (exit 2), nothing written, the hint naming --id; with --id, recorded for I.3 with
    no warning; on a terminal the person chooses between both, shown with their numbers."""
    import cds_tracker.cli.progress as progress_cli

    args = ("--unit", "VH&TT", "--status", "hoàn thành", "--date", "05/04/2024")
    refused = cds("--plan", "2024", "progress", "add", "I.3", *args)
    assert refused.exit_code == 2
    assert refused.output.splitlines() == [
        "cds: lỗi: mã I.3 cũng là số thứ tự in của chỉ tiêu khác tại Kế hoạch số 12/KH-BCĐ: chỉ "
        "tiêu mã I.3 (in số I.2) hay chỉ tiêu mã I.9 (in số I.3)? chưa ghi gì",
        "  gợi ý: ghi cho chỉ tiêu mã I.3: thêm --id (cds --plan 2024 progress add I.3 … --id); "
        "nếu là chỉ tiêu in số I.3: cds --plan 2024 progress add I.9 … --id",
    ]
    history = json.loads(cds("--plan", "2024", "show", "I.3", "--format", "json").stdout)["history"]
    assert [e for e in history if e["date"] == "2024-04-05"] == []
    confirmed = cds("--plan", "2024", "progress", "add", "I.3", *args, "--id")
    assert confirmed.exit_code == 0, confirmed.output
    assert "cảnh báo" not in confirmed.output
    history = json.loads(cds("--plan", "2024", "show", "I.3", "--format", "json").stdout)["history"]
    assert [e["status"] for e in history if e["date"] == "2024-04-05"] == ["done"]
    # On a terminal: asked; "2" is the target printed I.3, the id I.9 (led by Văn phòng).
    monkeypatch.setattr(progress_cli, "_on_terminal", lambda: True)
    office = ("--unit", OFFICE, "--status", "đang thực hiện", "--date", "06/04/2024")
    asked = cds("--plan", "2024", "progress", "add", "I.3", *office, stdin="3\n2\n")
    assert asked.exit_code == 0, asked.output
    lines = asked.output.splitlines()
    assert lines[:3] == [
        "Mã I.3 cũng là số thứ tự in của chỉ tiêu khác. Ý bạn là:",
        "  1) I.3 (in số I.2): Xây dựng kho dữ liệu dùng chung của thành phố.",
        f"  2) I.9 (in số I.3): {NEW_TEXT}",
    ]
    assert "Trả lời 1 hoặc 2." in lines
    assert (
        lines[-1].startswith("Đã ghi tiến độ ")
        and "chỉ tiêu I.9 (STT I.3), Đang thực hiện" in lines[-1]
    )
    declined = cds("--plan", "2024", "progress", "add", "I.3", *office, stdin="\n")
    assert declined.exit_code == 0 and declined.output.splitlines()[-1] == "Chưa ghi gì."
    # Unambiguous codes: recorded at once, no question, no warning.
    quiet = cds(
        "--plan", "2024", "progress", "add", "I.1", "--unit", "Bắc Sơn",
        "--status", "hoàn thành", "--date", "05/04/2024",
    )  # fmt: skip
    assert quiet.exit_code == 0 and quiet.output.startswith("Đã ghi tiến độ ")
    assert "cảnh báo" not in quiet.output  # I.1 is printed I.1
    issued = cds("--plan", "2024", "progress", "add", "I.3", *args[:-1], "14/03/2024")
    assert issued.exit_code == 0 and "cảnh báo" not in issued.output  # the plan as issued


def test_an_ambiguous_code_in_english(revised: Path) -> None:
    refused = cds(
        "--lang", "en", "--plan", "2024", "progress", "add", "I.3", "--unit", "VH&TT",
        "--status", "done", "--date", "05/04/2024",
    )  # fmt: skip
    assert refused.exit_code == 2
    assert refused.output.splitlines()[1] == (
        "  hint: to record for the target with id I.3: add --id (cds --plan 2024 progress add I.3 "
        "… --id); for the target printed I.3: cds --plan 2024 progress add I.9 … --id"
    )


def test_the_return_form_cites_the_revision_and_prints_the_number_in_force(
    revised: Path,
) -> None:
    """Văn phòng's form for 12/2024 made on 01/07/2024: A3 cites the plan as the letters do
    (revised by 12/KH-BCĐ; once, the 2023 plan its carried targets come from), the new I.9 is
    shown "I.9 (STT I.3)", the carried I.4 by its 2023 number, and the form filled in is read
    back (the import checks the code cell's first line, the id)."""
    import openpyxl

    ok("--plan", "2024", "form", "--unit", OFFICE, "--month", "12/2024", "--as-of", AFTER,
       "--out", "p.xlsx")  # fmt: skip
    book = openpyxl.load_workbook("p.xlsx")
    sheet = book.active
    assert sheet is not None
    assert sheet["A3"].value == (
        "Kế hoạch: Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành "
        "phố, đã điều chỉnh theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024; Kế hoạch số "
        "…………/KH-BCĐ ngày …………/5/2023 của Ban Chỉ đạo chuyển đổi số thành phố (các chỉ "
        "tiêu chưa hoàn thành, chuyển tiếp sang năm 2024, ghi mã năm 2024 kèm số thứ tự năm "
        "2023, như “I.4 (I.1 (2023))”) — "
        "Phụ lục 01: " + str(sheet["A3"].value).split("Phụ lục 01: ", 1)[1]
    )
    [line] = [r for r in range(8, 60) if str(sheet[f"B{r}"].value).startswith("I.9")]
    assert sheet[f"B{line}"].value == "I.9\n(STT I.3)"
    assert "I.4\n(I.1 (2023))" in [sheet[f"B{r}"].value for r in range(8, 60)]
    sheet[f"F{line}"] = "Hoàn thành"
    sheet[f"G{line}"] = "01/07/2024"
    book.save("p.xlsx")
    result = cds("--plan", "2024", "progress", "import", "p.xlsx")
    assert result.exit_code == 0, result.output
    history = json.loads(ok("--plan", "2024", "show", "I.9", "--format", "json"))["history"]
    assert [(e["date"], e["status"]) for e in history] == [("2024-07-01", "done")]


def test_tables_give_the_number_in_force_under_the_id(
    revised: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On 01/07/2024 the plan in force (12/KH-BCĐ) prints I.3 as I.2 and I.9 as I.3; I.1 and
    the carried I.4 keep their numbers. JSON keeps `id` and adds `number` where it differs;
    before the revision no target has one."""
    rows = json.loads(ok("--plan", "2024", "list", "--format", "json", "--as-of", AFTER))
    numbers = {r["id"]: r["number"] for r in rows if "number" in r}
    assert numbers == {"I.3": "I.2", "I.9": "I.3"}
    before = json.loads(ok("--plan", "2024", "list", "--format", "json", "--as-of", BEFORE))
    assert [r["id"] for r in before if "number" in r] == []
    monkeypatch.setenv("COLUMNS", "80")
    text = ok("--plan", "2024", "due", "--month", "12/2024", "--as-of", AFTER)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    at = next(i for i, line in enumerate(lines) if line.startswith("| I.9 "))
    assert lines[at + 1].startswith("| (STT I.3) ")
    plain = next(i for i, line in enumerate(lines) if line.startswith("| I.4 "))
    assert not lines[plain + 1].startswith("| (STT")
    english = ok("--plan", "2024", "late", "--as-of", "01/01/2025", "--lang", "en")
    assert any(line.startswith("| (no. I.3) ") for line in english.splitlines())  # I.9, late
