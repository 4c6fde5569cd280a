"""Clerk review 12: after a revision that cancels I.1 and renumbers I.2 → "1.", I.3 → "2.", and a
carry-over of 2024 into 2025, every place names a target and a carried origin the one way
(output/tables.py `code_cell`, output/carried.py `cited`).

F1: the summary's indicators table (screen, Markdown, Word section II) cited the renumbered I.2 by
its printed number alone, "I.1", which the same summary's note uses for the cancelled I.1 ("I.1
(đã bãi bỏ) từ 15/07/2024"); it now reads "I.2" over "(STT I.1)" as `late`, the letters and the
form do. F3: the note carry-over writes on a copied report cited the origin by its registry id
("Phần việc đã hoàn thành trong kế hoạch cũ (2024/I.2)") beside the column "Chuyển tiếp từ"
saying "I.1 (2024)"; it now writes "(I.1 (2024))", shows a note written before so, and `diff`
and `show` cite the origin so too. F4: `progress import --dry-run` said "I.2 — …,
chi_so_1=77.7778 (70/90)"; it now says "I.2 (STT I.1) — …, <indicator>: 77,78% (70/90)" as the
form and `progress list` do.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import openpyxl
import pytest

from clerk12_plans import B_TEXT, ok, revised_2024, with_2025

AS_OF = ("--as-of", "01/10/2024")
B_NAME = B_TEXT.removesuffix(".")  # the indicator is named by its target's text


@pytest.fixture
def revised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    revised_2024(tmp_path)
    return tmp_path


@pytest.fixture
def carried(revised: Path) -> Path:
    with_2025(revised)
    return revised


# F1 ------------------------------------------------------------------------------------------


def _indicator_rows(text: str) -> list[str]:
    """The first column of the indicators table, its cells' lines without the rules."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("| Chỉ tiêu ", "| Target ")))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("+"))
    cells = [line.split("|")[1].strip() for line in lines[start + 2 : end] if line[1] != "-"]
    return [cell for cell in cells if cell]


def test_the_summary_screen_cites_the_renumbered_target_by_code_cell(revised: Path) -> None:
    vi = ok("--plan", "2024", "summary", *AS_OF)
    assert "Không tính vào tổng số và tỷ lệ (1 chỉ tiêu): I.1 (đã bãi bỏ) từ 15/07/2024." in vi
    assert _indicator_rows(vi) == ["I.2", "(STT I.1)", "I.3", "(STT I.2)"]
    en = ok("--plan", "2024", "summary", *AS_OF, "--lang", "en")
    assert _indicator_rows(en) == ["I.2", "(no. I.1)", "I.3", "(no. I.2)"]


def test_the_markdown_and_word_summaries_say_the_same(revised: Path) -> None:
    md = ok("--plan", "2024", "summary", *AS_OF, "--format", "markdown")
    rows = [
        line.split(" | ")[0]
        for line in md.splitlines()
        if line.startswith("| I.") and "(" in line[:16]
    ]
    assert rows == ["| I.2 (STT I.1)", "| I.3 (STT I.2)"]
    ok("--plan", "2024", "summary", *AS_OF, "--format", "docx", "--out", "th.docx")
    document = docx.Document("th.docx")
    (table,) = [t for t in document.tables if t.rows[0].cells[1].text == "Chỉ số"]
    cells = [(r.cells[0].text, r.cells[1].text) for r in table.rows[1:]]
    assert cells[0] == ("I.2\n(STT I.1)", B_NAME)
    assert cells[1][0] == "I.3\n(STT I.2)"


# F3 ------------------------------------------------------------------------------------------

PART_NOTE = "Phần việc đã hoàn thành trong kế hoạch cũ (I.1 (2024))"
REPORT_NOTE = "Báo cáo trong kế hoạch cũ (I.2 (2024)), chuyển theo chỉ tiêu"


def _notes(root: Path) -> dict[str, str]:
    found = {}
    for path in sorted((root / "plans" / "2025" / "progress").glob("*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("- {"):
                entry = json.loads(line[2:])
                found[entry["target"]] = entry["note"]
    return found


def _history(path: str) -> list[tuple[str, str]]:
    sheet = openpyxl.load_workbook(path)["Lịch sử tiến độ"]
    head = [c.value for c in sheet[6]]
    note, origin = head.index("Nội dung"), head.index("Chuyển tiếp từ (số thứ tự, năm)")
    return sorted(
        (str(row[note]), str(row[origin])) for row in sheet.iter_rows(min_row=7, values_only=True)
    )


def test_carry_over_writes_the_origin_as_the_tables_cite_it(carried: Path) -> None:
    assert _notes(carried) == {"I.3": PART_NOTE, "I.4": REPORT_NOTE}
    ok("--plan", "2025", "export", "--as-of", "01/10/2025", "--format", "xlsx", "--out", "x.xlsx")
    assert _history("x.xlsx") == [(REPORT_NOTE, "I.2 (2024)"), (PART_NOTE, "I.1 (2024)")]


def test_a_note_written_before_is_shown_the_same_way(carried: Path) -> None:
    for path in (carried / "plans" / "2025" / "progress").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        text = text.replace("(I.1 (2024))", "(2024/I.2)").replace("(I.2 (2024))", "(2024/I.3)")
        path.write_text(text, encoding="utf-8")
    assert _notes(carried)["I.3"] == "Phần việc đã hoàn thành trong kế hoạch cũ (2024/I.2)"
    ok("--plan", "2025", "export", "--as-of", "01/10/2025", "--format", "xlsx", "--out", "x.xlsx")
    assert _history("x.xlsx") == [(REPORT_NOTE, "I.2 (2024)"), (PART_NOTE, "I.1 (2024)")]
    listed = ok("--plan", "2025", "progress", "list", "I.3")
    assert "| Phần việc đã hoàn thành trong kế hoạch cũ (I.1 (2024))" in listed
    assert "kế hoạch cũ (2024/I.2)" not in listed
    # the file keeps what was written; JSON gives the note as written too
    said = ok("--plan", "2025", "progress", "list", "I.3", "--format", "json")
    data = json.loads(said[said.index("[") :])  # after the hint about typing I.3 (F2)
    assert [e["note"] for e in data] == ["Phần việc đã hoàn thành trong kế hoạch cũ (2024/I.2)"]


def test_diff_and_show_cite_the_origin_so(carried: Path) -> None:
    for lang in ("vi", "en"):
        lines = ok("diff", "2024", "2025", "--lang", lang).splitlines()
        assert [line for line in lines if "←" in line] == [
            "  I.3 ← I.1 (2024)",
            "  I.4 ← I.2 (2024)",
        ]
    said = json.loads(ok("diff", "2024", "2025", "--format", "json"))["carried_in"]
    assert [item["carried_from"] for item in said] == ["2024/I.2", "2024/I.3"]  # ids stay ids
    vi = [" ".join(line.split()) for line in ok("--plan", "2025", "show", "I.3").splitlines()]
    (line,) = [line for line in vi if line.startswith("Chuyển từ")]
    assert line == "Chuyển từ I.1 (2024) (mã I.2 trong sổ đăng ký của kế hoạch đó)"
    en = ok("--plan", "2025", "show", "I.4", "--lang", "en").splitlines()
    (line,) = [" ".join(line.split()) for line in en if line.startswith("Carried from")]
    assert line == "Carried from I.2 (2024) (id I.3 in that plan's registry)"


# F4 ------------------------------------------------------------------------------------------


def test_the_import_preview_cites_and_shows_the_figure_as_progress_list(revised: Path) -> None:
    ok("--plan", "2024", "form", "--unit", "Trung Sơn", "--month", "9/2024", "--as-of",
       "05/09/2024", "--out", "phieu.xlsx")  # fmt: skip
    book = openpyxl.load_workbook("phieu.xlsx")
    sheet = book["Phiếu báo cáo"]
    assert sheet["B8"].value == "I.2\n(STT I.1)"  # as the form cites it
    sheet["F8"], sheet["G8"], sheet["J8"], sheet["K8"] = (
        "Đang thực hiện",
        dt.datetime(2024, 9, 10),
        70,
        90,
    )
    book.save("phieu.xlsx")
    vi = ok("--plan", "2024", "progress", "import", "phieu.xlsx", "--dry-run").splitlines()
    assert vi[:2] == [
        "  I.2 (STT I.1) — ghi mới: Đang thực hiện, 10/09/2024",
        f"    {B_NAME}: 77,78% (70/90)",
    ]
    en = ok("--plan", "2024", "progress", "import", "phieu.xlsx", "--dry-run", "--lang", "en")
    assert en.splitlines()[:2] == [
        "  I.2 (no. I.1) — new: In progress, 10/09/2024",
        f"    {B_NAME}: 77.78% (70/90)",
    ]
    ok("--plan", "2024", "progress", "import", "phieu.xlsx")
    listed = ok("--plan", "2024", "progress", "list", "I.2")
    assert "77,78% (70/90)" in listed
