"""The numbers and citations of the plan in force on the day asked (registry/numbering.py).

The two-plan workspace of test_revise.py (2023 carried into 2024: group I holds the plan's I.1–I.3
and the carried I.4–I.8), revised by Kế hoạch số 12/KH-BCĐ ngày 20/03/2024 whose table drops I.2,
prints I.3 as "2." and adds nothing, applied on 20/03/2024. In force from then, group I is
printed 1. I.1, 2. I.3 (not "3." after "1."); the documents list the carried targets apart, by
their 2023 numbers I.1 … I.5 (tests/test_carried_documents.py), and `show` numbers them on in
plan 12's group, 3. I.4 … 7. I.8. Before 20/03/2024 the plan as issued holds: I.1, I.2, I.3
numbered 1. 2. 3., I.2 not yet annulled.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from appendix_files import write_docx
from test_revise import I1, I1_CELLS, I3_CELLS, I3_TEXT, II1_CELLS, II1_TEXT, REGISTRY, cds, ok
from test_revise import REVISED_HEADING as HEADING
from test_revise import workspace as workspace  # the fixture
from test_revised_plan import CARRIED, PLAN_2023

PLAN = "Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố"
REVISED_BY = "đã điều chỉnh theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
DROPPED = "Mở lớp tập huấn kỹ năng số cho cán bộ."
# a letter's opening names its first carried row as the example: VH&TT's is 2023's I.2 (I.5)
CARRIED_VHTT = CARRIED.replace("“I.4 (I.1 (2023))”", "“I.5 (I.2 (2023))”")
CARRIED_I4 = (  # 2023/I.1, carried into 2024 as I.4
    "100% các phòng, đơn vị thuộc UBND thành phố cung cấp dữ liệu phục vụ cho các sở ban ngành "
    "của tỉnh triển khai xây dựng cơ sở dữ liệu dùng chung; dữ liệu mở theo chỉ đạo của tỉnh."
)
TABLE = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", *I1, *I1_CELLS, "Tháng 10/2024", ""),
    ("2.", I3_TEXT, *I3_CELLS),
    ("group", "II. Chính quyền số"),
    ("1.", II1_TEXT, *II1_CELLS, "Phòng Văn hóa và Thông tin", "Tháng 10/2024", ""),
]
AFTER, BEFORE = "01/07/2024", "01/03/2024"


@pytest.fixture
def revised(workspace: Path) -> Path:
    write_docx(workspace / "bo-i2.docx", TABLE, HEADING)
    ok("--plan", "2024", "import", "bo-i2.docx", "--revise", "--on", "20/03/2024", "--yes")
    return workspace


def word_rows(path: str, group: str) -> list[tuple[str, str]]:
    """(Stt, Nội dung) of one group's rows in the appendix table of a Word file (the plan's own:
    the carried targets' part after it has no group rows)."""
    import docx

    found: list[tuple[str, str]] = []
    for table in docx.Document(path).tables:
        inside = False
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if len(set(cells)) == 1:  # a group row, merged across
                inside = cells[0].startswith(f"{group}. ")
            elif inside:
                found.append((cells[0], cells[1]))
    return found


def excel_rows(path: str) -> tuple[str, list[tuple[str, str, str]]]:
    """The heading's "(Kèm theo …)" line, and (Mã, Stt, Ghi chú) of group I's targets."""
    import openpyxl

    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = [r for r in sheet.iter_rows(min_row=7, values_only=True) if str(r[0]).startswith("I.")]
    return str(sheet["A3"].value), [(str(r[0]), r[1] or "", r[7] or "") for r in rows]


def test_carried_targets_follow_the_revised_rows_numbered_on(revised: Path) -> None:
    ok("--plan", "2024", "export", "--format", "docx", "--out", "a.docx", "--as-of", AFTER)
    rows = word_rows("a.docx", "I")
    assert rows == [("1.", I1[0]), ("2.", I3_TEXT)]
    import docx

    carried = docx.Document("a.docx").tables[-1].rows[2]  # the part carried from 2023, first row
    assert [c.text for c in carried.cells[:2]] == ["I.1", CARRIED_I4]

    ok("--plan", "2024", "export", "--format", "xlsx", "--out", "a.xlsx", "--as-of", AFTER)
    heading, table = excel_rows("a.xlsx")
    assert heading == f"(Kèm theo {PLAN}, {REVISED_BY})"
    assert [(code, number) for code, number, _ in table] == [
        ("I.1", "1."),
        ("I.2", "I.2 (đã bãi bỏ)"),  # by its number in plan 5, never bare nor blank
        ("I.3", "2."),
        *((f"I.{n + 3}", f"I.{n} (2023)") for n in range(1, 6)),  # carried: by 2023 number
    ]
    assert table[1][2] == "Bãi bỏ từ 20/03/2024 theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"

    ok("--plan", "2024", "export", "--format", "html", "--out", "a.html", "--as-of", AFTER)
    page = Path("a.html").read_text(encoding="utf-8")
    group_i = page[page.index(">I.</td>") : page.index(">II.</td>")]
    numbers = re.findall(r'<tr class="[a-z_]+"><td>([^<]*)</td>', group_i)
    # I.2 kept, cited as annulled (output/revised.py `cancelled_cited`); the carried ones apart
    assert numbers == ["1.", "I.2 (đã bãi bỏ)", "2."]

    shown = ok("--plan", "2024", "show", "I.4", "--as-of", AFTER)
    # no number in plan 12 (it never printed I.4): cited as the documents cite it
    assert re.search(r"^Số thứ tự trong kế hoạch năm 2023 +I\.1 \(2023\)$", shown, re.M)
    assert "12/KH-BCĐ" not in shown


def test_before_the_revision_the_plan_as_issued_numbers_and_cites(revised: Path) -> None:
    ok("--plan", "2024", "export", "--format", "docx", "--out", "b.docx", "--as-of", BEFORE)
    import docx

    paragraphs = [p.text for p in docx.Document("b.docx").paragraphs]
    assert paragraphs[2] == f"(Kèm theo {PLAN})"
    assert not any(p.startswith("(đã điều chỉnh") for p in paragraphs)  # not revised yet
    rows = word_rows("b.docx", "I")
    assert rows == [("1.", I1[0]), ("2.", DROPPED), ("3.", I3_TEXT)]

    ok("--plan", "2024", "export", "--format", "xlsx", "--out", "b.xlsx", "--as-of", BEFORE)
    heading_line, table = excel_rows("b.xlsx")
    assert heading_line == f"(Kèm theo {PLAN})"
    assert table == [  # I.2 not annulled yet; the carried ones by their 2023 numbers
        *((f"I.{n}", f"{n}.", "") for n in range(1, 4)),
        *((f"I.{n + 3}", f"I.{n} (2023)", "") for n in range(1, 6)),
    ]

    shown = ok("--plan", "2024", "show", "I.4", "--as-of", BEFORE)  # no number in plan 5 either
    assert re.search(r"^Số thứ tự trong kế hoạch năm 2023 +I\.1 \(2023\)$", shown, re.M)
    assert "Số thứ tự trong Kế hoạch" not in shown

    note = ok("--plan", "2024", "remind", "--month", "03/2024", "--as-of", BEFORE,
              "--unit", "VH&TT")  # fmt: skip
    assert f"Thực hiện {PLAN}; {PLAN_2023} {CARRIED_VHTT}, tính đến ngày {BEFORE}," in note
    assert "| 1 | I.5 (I.2 (2023)) | 100% các yêu cầu về cung cấp dịch vụ chia sẻ dữ liệu" in note

    ok("--plan", "2024", "summary", "--as-of", BEFORE, "--format", "docx", "--out", "bc.docx")
    opening = f"Thực hiện {PLAN}; {PLAN_2023} {CARRIED}, Ban Chỉ đạo chuyển đổi số thành phố báo"
    assert any(p.text.startswith(opening) for p in docx.Document("bc.docx").paragraphs)
    assert [n for n, _ in word_rows("bc.docx", "I")] == ["1.", "2.", "3."]


def test_after_the_revision_letters_give_the_number_in_force(revised: Path) -> None:
    import docx

    args = ("--plan", "2024", "remind", "--month", "07/2024", "--as-of", AFTER, "--unit", "VH&TT")
    note = ok(*args)
    opening = f"Thực hiện {PLAN}, {REVISED_BY}; {PLAN_2023} {CARRIED_VHTT}, tính đến ngày {AFTER},"
    assert opening in note
    assert "| 1 | I.5 (I.2 (2023)) | 100% các yêu cầu" in note
    ok(*args, "--format", "docx", "--out", "thu")
    (letter,) = Path("thu").glob("*.docx")
    tables = docx.Document(str(letter)).tables
    (grid,) = [t for t in tables if t.rows[0].cells[0].text == "STT"]
    codes = [r.cells[1].text for r in grid.rows[1:]]
    assert codes == ["I.5\n(I.2 (2023))"]

    ok("--plan", "2024", "summary", "--as-of", AFTER, "--format", "docx", "--out", "bc.docx")
    appendix = word_rows("bc.docx", "I")
    assert [n for n, _ in appendix] == ["1.", "I.2 (đã bãi bỏ)", "2."]


MORE = (
    "    - reference: ''\n      number: '20'\n      symbol: KH-BCĐ\n      date: 15/05/2024\n"
    "    - reference: ''\n      number: '30'\n      symbol: KH-BCĐ\n      date: 15/08/2024\n"
)


def _add_revisions(root: Path, text: str) -> None:
    path = root / REGISTRY
    registry = path.read_text(encoding="utf-8")
    numbers = "      printed:\n        - id: I.3\n          number: I.2\n"  # 12's numbers
    anchor = "      date: 20/03/2024\n" + numbers + "catalog:\n"
    assert registry.count(anchor) == 1  # the revision 12, its numbers, then the next key
    path.write_text(
        registry.replace(anchor, anchor.removesuffix("catalog:\n") + text + "catalog:\n")
    )


def test_a_long_revision_list_is_cited_by_its_latest_in_force(revised: Path) -> None:
    """Three revisions (12 of 15/03, 20 of 15/05, 30 of 15/08/2024): a letter of June cites
    the two issued by then, one of September the latest and how many there were."""
    _add_revisions(revised, MORE)
    assert ok("validate", "plans/2024").splitlines()[-1].startswith("Hợp lệ:")
    june = ok("--plan", "2024", "remind", "--month", "06/2024", "--as-of", "01/06/2024",
              "--unit", "VH&TT")  # fmt: skip
    assert (
        f"Thực hiện {PLAN}, đã điều chỉnh theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024, "
        f"Kế hoạch số 20/KH-BCĐ ngày 15/05/2024; {PLAN_2023}"
    ) in june
    assert "| 1 | I.5 (I.2 (2023)) |" in june
    september = ok("--plan", "2024", "remind", "--month", "09/2024", "--as-of", "01/09/2024",
                   "--unit", "VH&TT")  # fmt: skip
    latest = "Kế hoạch số 30/KH-BCĐ ngày 15/08/2024"
    assert f"Thực hiện {PLAN}, đã điều chỉnh 3 lần, lần gần nhất theo {latest}; Kế" in september
    ok("--plan", "2024", "export", "--format", "xlsx", "--out", "en.xlsx", "--as-of",
       "01/09/2024", "--lang", "en")  # fmt: skip
    heading, _ = excel_rows("en.xlsx")
    assert heading == f"(Attached to {PLAN}, revised 3 times, most recently by {latest})"


def test_forty_revisions_make_one_short_citation(revised: Path) -> None:
    """One revision a week from 22/03/2024: a valid history, cited in one line."""
    import datetime as dt

    days = [dt.date(2024, 3, 22) + dt.timedelta(weeks=w) for w in range(39)]
    _add_revisions(
        revised,
        "".join(
            f"    - reference: ''\n      number: '{100 + i}'\n      symbol: KH-BCĐ\n"
            f"      date: {d:%d/%m/%Y}\n"
            for i, d in enumerate(days)
        ),
    )
    assert ok("validate", "plans/2024").splitlines()[-1].startswith("Hợp lệ:")
    ok("--plan", "2024", "summary", "--as-of", "31/12/2024", "--format", "docx", "--out", "b.docx")
    import docx

    (opening,) = [
        p.text for p in docx.Document("b.docx").paragraphs if p.text.startswith("Thực hiện")
    ]
    assert opening.startswith(
        f"Thực hiện {PLAN}, đã điều chỉnh 40 lần, lần gần nhất theo Kế "
        f"hoạch số 138/KH-BCĐ ngày {days[-1]:%d/%m/%Y}; {PLAN_2023}"
    )


def test_validate_refuses_revisions_out_of_date_order_and_a_number_dated_twice(
    revised: Path,
) -> None:
    late = "    - reference: ''\n      number: '20'\n      symbol: KH-BCĐ\n      date: 15/05/2024\n"
    early = late.replace("15/05/2024", "01/03/2024").replace("'20'", "'12'")
    _add_revisions(revised, late + early)
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1
    errors = [line.split(": ", 1)[1] for line in result.output.splitlines()
              if line.startswith(REGISTRY)]  # fmt: skip
    assert errors == [
        "bản điều chỉnh ngày 01/03/2024 được ghi sau bản ngày 15/05/2024 (mục thứ 2): danh sách "
        "bản điều chỉnh (`revisions`) phải theo thứ tự ngày, cũ trước",
        "bản điều chỉnh số 12/KH-BCĐ ghi hai ngày khác nhau trong một năm: 20/03/2024 và "
        "01/03/2024",
    ]
    english = cds("validate", "plans/2024", "--lang", "en").output
    assert "(item 2): document.revisions must be in date order, oldest first" in english


def test_a_revision_adding_rows_numbers_the_carried_targets_after_them(workspace: Path) -> None:
    """The table keeps I.1–I.3 and adds a "4." (I.4 is the carried 2023/I.1: the new row gets
    I.9, printed I.4). It used to be refused as "I.4 printed twice"; the carried targets are
    not in the table: I.9 is 4., and the sheet lists I.4 … I.8 apart by their 2023 numbers."""
    from test_revise import I2, NEW_TEXT

    new = ("4.", NEW_TEXT, "", "Văn phòng HĐND và UBND thành phố", "", "Tháng 12/2024", "")
    write_docx(workspace / "them.docx", [*TABLE[:3], I2, ("3.", *TABLE[3][1:]), new, *TABLE[4:]],
               HEADING)  # fmt: skip
    ok("--plan", "2024", "import", "them.docx", "--revise", "--on", "20/03/2024", "--yes")
    assert ok("validate", "plans/2024").splitlines()[-1].startswith("Hợp lệ:")
    ok("--plan", "2024", "export", "--format", "xlsx", "--out", "a.xlsx", "--as-of", AFTER)
    _, table = excel_rows("a.xlsx")
    assert [(code, number) for code, number, _ in table] == [
        ("I.1", "1."),
        ("I.2", "2."),
        ("I.3", "3."),
        ("I.9", "4."),
        *((f"I.{n + 3}", f"I.{n} (2023)") for n in range(1, 6)),
    ]
