"""After `cds import NEW.docx --revise`: the office's numbers and citations follow the plan in
force (docs/registry-format.md, `printed` and `document.revisions`).

The workspace of test_revise.py: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024 revises Kế hoạch số
5/KH-BCĐ ngày 10/01/2024, drops I.2, prints the old I.3 as "2." and adds a "3." written as I.9
(I.4–I.8 are carried from 2023 and keep their numbers).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from test_revise import I1, I3_TEXT, NEW_TEXT, REGISTRY, cds, ok
from test_revise import workspace as workspace  # the fixture

PLAN = "Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố"
REVISED_BY = "đã điều chỉnh theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
PLAN_2023 = "Kế hoạch số …………/KH-BCĐ ngày …………/5/2023 của Ban Chỉ đạo chuyển đổi số thành phố"
CARRIED = (
    "(các chỉ tiêu chưa hoàn thành, chuyển tiếp sang năm 2024, ghi mã năm 2024 kèm số thứ tự năm "
    "2023, như “I.4 (I.1 (2023))”)"
)
CANCEL_NOTE = "Bãi bỏ từ 20/03/2024 theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"


@pytest.fixture
def revised(workspace: Path) -> Path:
    ok("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "--yes")
    return workspace


def lines(text: str) -> list[str]:
    """Each line with its runs of spaces as one (a grid pads its keys to one width)."""
    return [" ".join(line.split()) for line in text.splitlines()]


def shown_pairs(target: str) -> dict[str, str]:
    result = cds("--plan", "2024", "show", target, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # stdout: a note on stderr (an id also 2023's) is apart
    return {k: v for k, v in data.items() if k in ("printed", "cancelled")}


def test_show_says_the_number_in_the_revision(revised: Path) -> None:
    plain = ok("--plan", "2024", "show", "I.3", "--as-of", "01/07/2024")
    assert "Số thứ tự trong Kế hoạch 12/KH-BCĐ I.2" in lines(plain)
    english = ok("--plan", "2024", "show", "I.9", "--as-of", "01/07/2024", "--lang", "en")
    assert "Number in Plan 12/KH-BCĐ I.3" in lines(english)
    dropped = ok("--plan", "2024", "show", "I.2", "--as-of", "01/07/2024")
    line = "Số thứ tự trong Kế hoạch 12/KH-BCĐ I.2 là số thứ tự của chỉ tiêu mã I.3"
    assert line in lines(dropped)
    assert shown_pairs("I.3") == {"printed": "I.2"}
    assert shown_pairs("I.2") == {"cancelled": "2024-03-20"}
    assert "Số thứ tự" not in ok("--plan", "2024", "show", "I.1")  # printed at its own number


def test_progress_on_a_dropped_number_names_the_target_printed_under_it(revised: Path) -> None:
    result = cds("--plan", "2024", "progress", "add", "I.2", "--unit", "Nội vụ", "--status",
                 "done", "--date", "20/06/2024")  # fmt: skip
    assert result.exit_code == 2
    assert result.output.splitlines()[1].startswith(
        "  gợi ý: số thứ tự I.2 trong Kế hoạch 12/KH-BCĐ là chỉ tiêu mã I.3: cds --plan 2024 "
        "progress add I.3"
    )


def _rows(table: object, group: str) -> list[tuple[str, str, str]]:
    """(Stt, Nội dung, Ghi chú) of one group's rows in a Word table."""
    found: list[tuple[str, str, str]] = []
    inside = False
    for row in table.rows:  # type: ignore[attr-defined]
        cells = [c.text for c in row.cells]
        if len(set(cells)) == 1:  # a group row, merged across
            inside = cells[0].startswith(f"{group}. ")
            continue
        if inside:
            found.append((cells[0], cells[1], cells[6]))
    return found


def test_the_exported_appendix_is_the_plan_in_force(revised: Path) -> None:
    """Word: the revision cited under the plan, the dropped I.2 left out, the rows numbered as
    Kế hoạch 12 prints them; the carried I.4–I.8 (2023/I.1–I.5) are not plan 5's: they follow in
    a part of their own, numbered as the 2023 plan prints them. Excel: every target by its id,
    the number in force in Stt, the dropped one unnumbered with its annulment in Ghi chú, the
    carried ones under a title row, numbered as in 2023."""
    import docx
    import openpyxl

    ok("--plan", "2024", "export", "--format", "docx", "--out", "phu-luc.docx")
    document = docx.Document("phu-luc.docx")
    assert [p.text for p in document.paragraphs[:4]] == [
        "Phụ lục 01",
        "Phân công phụ trách các chỉ tiêu năm 2024",
        f"(Kèm theo {PLAN})",
        f"({REVISED_BY})",
    ]
    rows = _rows(document.tables[0], "I")
    assert [(number, text) for number, text, _ in rows[:3]] == [
        ("1.", I1[0]),
        ("2.", I3_TEXT),
        ("3.", NEW_TEXT),
    ]
    assert [number for number, _, _ in rows] == ["1.", "2.", "3."]
    assert all("Bãi bỏ" not in note for _, _, note in rows)
    texts = [p.text for p in document.paragraphs]
    assert texts[texts.index("CHỈ TIÊU CHUYỂN TIẾP TỪ NĂM 2023") + 1] == (
        f"(Các chỉ tiêu chưa hoàn thành của {PLAN_2023}, chuyển tiếp sang năm 2024 để tiếp tục "
        "theo dõi; số thứ tự theo kế hoạch năm 2023)"
    )
    carried = [row.cells[0].text for row in document.tables[1].rows[2:]]
    assert carried[:6] == ["I.1", "I.2", "I.3", "I.4", "I.5", "II.1"]
    assert len(carried) == 31  # 2023/I.1–V.4: none was done by 31/12/2023

    ok("--plan", "2024", "export", "--format", "xlsx", "--out", "phu-luc.xlsx")
    sheet = openpyxl.load_workbook("phu-luc.xlsx").active
    assert sheet is not None
    assert sheet["A3"].value == f"(Kèm theo {PLAN}, {REVISED_BY})"
    table = [r for r in sheet.iter_rows(min_row=7, values_only=True) if str(r[0]).startswith("I.")]
    assert [(r[0], r[1] or "") for r in table] == [
        ("I.1", "1."),
        ("I.2", "I.2 (đã bãi bỏ)"),  # annulled: cited as such (output/revised.py)
        ("I.3", "2."),
        ("I.9", "3."),
        *((f"I.{n + 3}", f"I.{n} (2023)") for n in range(1, 6)),
    ]
    assert table[1][7] == CANCEL_NOTE


def test_letters_and_reports_cite_the_plan_and_its_revision(revised: Path) -> None:
    """As an official letter cites an amended text; a letter's row gives the id the clerk types
    over the number the unit finds in the revised table (I.9, new, is due 12/2024 and led by
    the city office), as the form sent with it and the unit's report do (clerk 11, D)."""
    import docx

    args = ("--plan", "2024", "remind", "--month", "12/2024", "--as-of", "01/12/2024")
    note = ok(*args, "--unit", "Văn phòng HĐND và UBND thành phố")
    assert (
        f"Thực hiện {PLAN}, {REVISED_BY}; {PLAN_2023} {CARRIED}, tính đến ngày 01/12/2024" in note
    )
    assert f"| 1 | I.9 (STT I.3) | {NEW_TEXT} |" in note  # the plan's own first, then 2023's
    assert "| 2 | II.1 | Tối thiểu 60% hồ sơ được nộp trực tuyến. |" in note
    assert "| 3 | I.4 (I.1 (2023)) | 100% các phòng, đơn vị thuộc UBND thành phố cung cấp" in note
    assert "| I.3 |" not in note and "Phụ lục 01" not in note
    ok(*args, "--unit", "Văn phòng HĐND và UBND thành phố", "--format", "docx", "--out", "thu")
    (letter,) = Path("thu").glob("*.docx")
    word = docx.Document(str(letter))
    opening = f"Thực hiện {PLAN}, {REVISED_BY}; {PLAN_2023} {CARRIED}, tính đến ngày 01/12/2024"
    assert any(p.text.startswith(opening) for p in word.paragraphs)
    cells = [row.cells[1].text for table in word.tables for row in table.rows if row.cells[1:]]
    assert cells[cells.index("Chỉ tiêu") + 1 :][:3] == [
        "I.9\n(STT I.3)",
        "II.1",
        "I.4\n(I.1 (2023))",
    ]

    ok("--plan", "2024", "summary", "--as-of", "01/07/2024", "--format", "docx", "--out", "bc.docx")
    report = docx.Document("bc.docx")
    opening = f"Thực hiện {PLAN}, {REVISED_BY}; {PLAN_2023} {CARRIED}, Ban Chỉ đạo"
    assert any(p.text.startswith(opening) for p in report.paragraphs)
    appendix = _rows(report.tables[-2], "I")  # the last: the part carried from 2023
    assert appendix[:4] == [
        ("1.", I1[0], ""),
        ("I.2 (đã bãi bỏ)", "Mở lớp tập huấn kỹ năng số cho cán bộ.", CANCEL_NOTE),
        ("2.", I3_TEXT, ""),
        ("3.", NEW_TEXT, ""),
    ]


def test_a_registry_revised_before_these_marks_gets_them_by_running_the_revision_again(
    revised: Path,
) -> None:
    """An older registry (no `printed`, no `revisions`) reads as before; the same revision run
    again writes the two marks and nothing else."""
    path = revised / REGISTRY
    full = path.read_text(encoding="utf-8")
    old = "".join(
        line for line in full.splitlines(keepends=True) if not line.lstrip().startswith("printed:")
    )
    start = old.index("  revisions:\n")
    end = old.index("catalog:\n")
    old = old[:start] + old[end:]
    path.write_text(old, encoding="utf-8")
    assert ok("validate", "plans/2024").splitlines()[-1].startswith("Hợp lệ:")
    assert "Số thứ tự" not in ok("--plan", "2024", "show", "I.3")
    ok("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "--yes")
    assert path.read_text(encoding="utf-8") == full


def test_validate_refuses_one_number_printed_twice_and_a_revision_before_its_plan(
    revised: Path,
) -> None:
    path = revised / REGISTRY
    text = path.read_text(encoding="utf-8")
    text = text.replace("printed: I.3", "printed: I.1").replace(
        "      date: 20/03/2024", "      date: 15/03/2023"
    )
    path.write_text(text, encoding="utf-8")
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    errors = [line for line in lines if line.startswith(REGISTRY)]
    said = [line.split(": ", 1)[1] for line in errors]
    first = "bản điều chỉnh ngày 15/03/2023 có trước kế hoạch nó điều chỉnh (ngày 10/01/2024)"
    twice = "số thứ tự I.1 (chỉ tiêu I.9) đã là số của chỉ tiêu I.1 trong kế hoạch đang có hiệu lực"
    assert said[0] == first and twice in said
    assert errors[0].startswith(f"{REGISTRY}:{_line(text, 'date: 15/03/2023')}:")
    assert errors[said.index(twice)].startswith(f"{REGISTRY}:{_line(text, 'printed: I.1')}:")
    # The revision's day moved, so the days it cancelled and added I.2 and I.9 on are no
    # revision's any more, and I.9's own number disagrees with the revision's list (fix7g).
    assert (
        "chỉ tiêu I.2 bị bãi bỏ ngày 20/03/2024, không phải ngày của bản điều chỉnh nào trong "
        "danh sách bản điều chỉnh (`revisions`: 15/03/2023)" in said
    )
    # So is the day I.1's and II.1's cells were kept until (`before`, final review 11, a_08).
    kept = (
        "mục `before` (các ô trước bản điều chỉnh) ngày 20/03/2024 không phải ngày của bản điều "
        "chỉnh nào trong danh sách bản điều chỉnh (`revisions`)"
    )
    assert f"chỉ tiêu I.1: {kept}" in said and f"chỉ tiêu II.1: {kept}" in said
    assert len(said) == 7, said


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_the_revisions_are_checked_and_a_blank_date_left_to_fill(
    write_registry: Callable[..., Path],
) -> None:
    """Written by hand into the shipped registry (year on line 20): a revision whose date is no
    day, one whose day is left blank as printed ("…/6/2023": accepted until filled), and, once
    the plan has its number, the plan listed as its own revision."""
    from cds_tracker.registry.loading import load_registry

    revisions = (
        "  year: 2023\n"
        "  revisions:\n"
        "    - {reference: '', number: '7', symbol: KH-BCĐ, date: 31/02/2023}\n"
        "    - {reference: '', number: '', symbol: KH-BCĐ, date: …/6/2023}\n"
    )
    path = write_registry(("  year: 2023\n", revisions))
    problems = load_registry(path).problems
    assert [(p.line, p.message.key) for p in problems] == [(22, "rule.revision_date")]
    numbered = ('    number: ""\n', "    number: '7'\n")
    path = write_registry(numbered, ("  year: 2023\n", revisions.replace("31/02", "28/02")))
    problems = load_registry(path).problems
    assert [(p.line, p.message.key) for p in problems] == [(22, "rule.revision_is_plan")]
