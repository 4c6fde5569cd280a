"""The days of a target's dated cells (`before`, `lead_before`) and a revision dated after the
plan's year (final review 11, a_05 … a_08).

Plan 2024 (Kế hoạch số 5/KH-BCĐ of 10/01/2024): I.2 "50% …", lead Phòng Y tế, Tháng 2/2024.
Revision 12/KH-BCĐ of 20/03/2024 makes it "60% …", lead Phòng Kinh tế; revision 30/KH-BCĐ of
15/05/2024 makes it "70% …", lead Phòng Nội vụ. So `document.revisions` records 20/03/2024 and
15/05/2024 and I.2 holds two `before` entries, of those days, in that order: both commands
write a registry `validate` accepts. Each fault of an entry's `until` is said apart at that
`until` (column 20: ten spaces, "- until: "), with its hint:

- "abc": not a day; 20/03/2027: outside 01/01/2024–31/12/2025 (the plan's year or the next);
- 21/03/2024: no revision's day (the hint names 20/03/2024, 15/05/2024);
- 15/05/2024 above 20/03/2024: out of order, said at the second (20/03 after item 1);
- 20/03/2024 twice: said at the second, naming item 1;
- a `lead_before` entry of 20/03/2024 beside the `before` entry of 20/03/2024 that gives a lead:
  `show` would list two former leads for 01/01–19/03; refused at the `lead_before` one.

A revision of 15/01/2025 (the 2024 plan revised in January of the next year) reads its
deadlines against 2024, not 2025: no "thời hạn … trước năm của kế hoạch" note for either of
the plan's targets (both due in 2024), and one note that it takes effect after the plan's year.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
REGISTRY = "plans/2024/phu_luc_01.yaml"
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")
ONE = ("1.", "Nội dung một.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
TWO = ("2.", "50% hồ sơ được số hóa.", "", "Phòng Y tế", "", "Tháng 2/2024", "")
TWO_12 = ("2.", "60% hồ sơ được số hóa.", "", "Phòng Kinh tế", "", "Tháng 2/2024", "")
TWO_30 = ("2.", "70% hồ sơ được số hóa.", "", "Phòng Nội vụ", "", "Tháng 2/2024", "")


def _heading(number: int, day: str) -> list[str]:
    issuer = "Ban Chỉ đạo chuyển đổi số thành phố"
    cited = f"(Kèm theo Kế hoạch số {number}/KH-BCĐ ngày {day} của {issuer})"
    return [*HEADING_2024[:2], cited]


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--registry", REGISTRY, *args])


@pytest.fixture
def planned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "200")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    return tmp_path


@pytest.fixture
def revised(planned: Path) -> Path:
    for name, row, heading in (
        ("rev12.docx", TWO_12, _heading(12, "20/03/2024")),
        ("rev30.docx", TWO_30, _heading(30, "15/05/2024")),
    ):
        write_docx(planned / name, [("header",), GROUP, ONE, row], heading)
        done = cds("import", name, "--revise", "--yes", "--pair", "I.2=I.2")
        assert done.exit_code == 0, done.output
    return planned


def _edit(root: Path, old: str, new: str) -> list[str]:
    path = root / REGISTRY
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path.read_text(encoding="utf-8").splitlines()


def _said(output: str) -> list[str]:
    """Each problem's line and its hint, one space between words."""
    return [
        " ".join(line.split())
        for line in output.splitlines()
        if line.startswith(REGISTRY) or line.lstrip().startswith(("hint:", "gợi ý:"))
    ]


FIRST = "          - until: 20/03/2024\n            content: 50% hồ sơ được số hóa.\n"
SECOND = "          - until: 15/05/2024\n            content: 60% hồ sơ được số hóa.\n"
HINT_EN = (
    "hint: write as 'until' the day the revision that changed these cells took effect, as cds "
    "import … --revise writes it: one of the revision days recorded (20/03/2024, 15/05/2024); "
    "if another document revised the target (a hand edit), list that document under "
    "document.revisions"
)


def test_both_revisions_write_entries_validate_accepts(revised: Path) -> None:
    text = (revised / REGISTRY).read_text(encoding="utf-8")
    assert FIRST in text and SECOND in text
    assert text.index(FIRST) < text.index(SECOND)
    result = cds("validate", "--lang", "en")
    assert result.exit_code == 0, result.output


def test_an_until_that_is_no_day_says_what_until_is(revised: Path) -> None:
    lines = _edit(revised, "- until: 15/05/2024", "- until: abc")
    row = lines.index("          - until: abc") + 1
    en = cds("validate", "--lang", "en")
    assert en.exit_code == 1
    assert _said(en.output) == [
        f"{REGISTRY}:{row}:20: 'until': 'abc' is not a day (dd/mm/yyyy or yyyy-mm-dd)",
        "hint: write as 'until' the day the revision that changed these cells took effect, "
        "dd/mm/yyyy: that revision's date in document.revisions",
    ]
    vi = cds("validate")
    assert _said(vi.output) == [
        f"{REGISTRY}:{row}:20: 'until': 'abc' không phải là ngày (dd/mm/yyyy hoặc yyyy-mm-dd)",
        "gợi ý: ghi 'until' là ngày bản điều chỉnh đã thay đổi các ô này có hiệu lực, "
        "dd/mm/yyyy: ngày của bản điều chỉnh đó trong danh sách bản điều chỉnh (`revisions` "
        "trong `document`)",
    ]


def test_an_until_outside_the_revision_days_says_them(revised: Path) -> None:
    lines = _edit(revised, "- until: 15/05/2024", "- until: 15/05/2027")
    row = lines.index("          - until: 15/05/2027") + 1
    en = cds("validate", "--lang", "en")
    assert en.exit_code == 1
    assert _said(en.output) == [
        f"{REGISTRY}:{row}:20: target I.2: the before entry of 15/05/2027 is outside the days a "
        "revision of the 2024 plan takes effect (01/01/2024 to 31/12/2025)",
        HINT_EN,
    ]
    vi = cds("validate")
    assert _said(vi.output) == [
        f"{REGISTRY}:{row}:20: chỉ tiêu I.2: mục `before` (các ô trước bản điều chỉnh) ngày "
        "15/05/2027 nằm ngoài thời gian bản điều chỉnh kế hoạch năm 2024 có hiệu lực (từ "
        "01/01/2024 đến 31/12/2025)",
        "gợi ý: ghi 'until' là ngày bản điều chỉnh đã thay đổi các ô này có hiệu lực, như cds "
        "import … --revise ghi: một trong các ngày bản điều chỉnh đã ghi (20/03/2024, "
        "15/05/2024); nếu là văn bản khác (sửa bằng tay), ghi văn bản đó vào danh sách bản "
        "điều chỉnh (`revisions` trong `document`)",
    ]


def test_an_until_no_revision_has_names_the_recorded_days(revised: Path) -> None:
    lines = _edit(revised, "- until: 20/03/2024", "- until: 21/03/2024")
    row = lines.index("          - until: 21/03/2024") + 1
    en = cds("validate", "--lang", "en")
    assert en.exit_code == 1
    assert _said(en.output) == [
        f"{REGISTRY}:{row}:20: target I.2: the before entry of 21/03/2024 is dated on no "
        "revision's day in document.revisions",
        # the missing revision to record, never the day to move (clerk 17, F1)
        "hint: list the revision in effect from 21/03/2024 under document.revisions (in date "
        "order): date: 21/03/2024, number and symbol blank if not known, as cds import … "
        "--revise --on 21/03/2024 records one; do not move 'until' to another day to silence "
        "this (the target would be counted from a day not its own), correct it only if it was "
        "mistyped from the document",
    ]
    vi = cds("validate")
    assert _said(vi.output)[0] == (
        f"{REGISTRY}:{row}:20: chỉ tiêu I.2: mục `before` (các ô trước bản điều chỉnh) ngày "
        "21/03/2024 không phải ngày của bản điều chỉnh nào trong danh sách bản điều chỉnh "
        "(`revisions`)"
    )


def test_entries_out_of_order_are_said_at_the_later_one(revised: Path) -> None:
    path = revised / REGISTRY
    text = path.read_text(encoding="utf-8")
    start, end = text.index(FIRST), text.index(SECOND)  # I.2 is the last target: its
    swapped = text[:start] + text[end:] + text[start:end]  # second entry ends the file
    path.write_text(swapped, encoding="utf-8")
    lines = swapped.splitlines()
    row = lines.index("          - until: 20/03/2024") + 1
    assert row > lines.index("          - until: 15/05/2024") + 1
    en = cds("validate", "--lang", "en")
    assert en.exit_code == 1
    assert _said(en.output) == [
        f"{REGISTRY}:{row}:20: target I.2: the before entry of 20/03/2024 comes after item 1 "
        "of 15/05/2024: entries are oldest first",
        "hint: move the entry of 20/03/2024 above the one of 15/05/2024, in the order of the "
        "revisions",
    ]
    vi = cds("validate")
    assert _said(vi.output) == [
        f"{REGISTRY}:{row}:20: chỉ tiêu I.2: mục `before` (các ô trước bản điều chỉnh) ngày "
        "20/03/2024 ghi sau mục 1 ngày 15/05/2024: các mục theo thứ tự ngày, cũ trước",
        "gợi ý: chuyển mục ngày 20/03/2024 lên trước mục ngày 15/05/2024, theo thứ tự các bản "
        "điều chỉnh",
    ]


def test_two_entries_of_one_day_are_said_at_the_second(revised: Path) -> None:
    lines = _edit(revised, "- until: 15/05/2024", "- until: 20/03/2024")
    row = [i for i, line in enumerate(lines, 1) if line == "          - until: 20/03/2024"][1]
    en = cds("validate", "--lang", "en")
    assert en.exit_code == 1
    assert _said(en.output) == [
        f"{REGISTRY}:{row}:20: target I.2: the before entry of 20/03/2024 has the day of item "
        "1: one entry per revision",
        "hint: merge the two entries of 20/03/2024 into one (one former value per cell), or "
        "correct this entry's 'until' to another revision's day",
    ]
    vi = cds("validate")
    assert _said(vi.output) == [
        f"{REGISTRY}:{row}:20: chỉ tiêu I.2: mục `before` (các ô trước bản điều chỉnh) ngày "
        "20/03/2024 trùng ngày với mục 1: mỗi bản điều chỉnh chỉ một mục",
        "gợi ý: gộp hai mục ngày 20/03/2024 thành một (mỗi ô một giá trị trước bản điều chỉnh), "
        "hoặc sửa 'until' của mục này thành ngày của bản điều chỉnh khác",
    ]


def test_a_lead_before_beside_a_before_lead_of_its_day_is_refused(revised: Path) -> None:
    legacy = (
        "        lead_before:\n"
        "          - text: Phòng Tư pháp\n"
        "            units: [phong-tu-phap]\n"
        "            until: 20/03/2024\n"
    )
    lines = _edit(revised, "        before:\n", legacy + "        before:\n")
    row = lines.index("            until: 20/03/2024") + 1
    en = cds("validate", "--lang", "en")
    assert en.exit_code == 1
    assert _said(en.output) == [
        f"{REGISTRY}:{row}:20: target I.2: the lead_before entry of 20/03/2024 gives a former "
        "lead for the days item 1 of before (of 20/03/2024) already gives one: two former "
        "leads would be shown for one day",
        "hint: keep only before: delete this lead_before entry (cds now writes before; "
        "lead_before is only read in registries written on 29/11/2026)",
    ]
    vi = cds("validate")
    assert _said(vi.output) == [
        f"{REGISTRY}:{row}:20: chỉ tiêu I.2: mục `lead_before` ngày 20/03/2024 ghi đơn vị chủ "
        "trì trước đây cho cùng những ngày mà mục 1 của `before` (ngày 20/03/2024) đã ghi: sẽ "
        "hiện hai đơn vị chủ trì trước đây cho một ngày",
        "gợi ý: chỉ giữ `before`: xóa mục `lead_before` này (cds nay ghi `before`; "
        "`lead_before` chỉ còn được đọc ở sổ ghi ngày 29/11/2026)",
    ]


def test_a_lead_before_of_another_revision_is_read_beside_before(revised: Path) -> None:
    """`lead_before` of 20/03/2024 (an older version's hand-over) with a `before` entry of
    15/05/2024 giving the next lead: one former lead each day, accepted."""
    path = revised / REGISTRY
    text = path.read_text(encoding="utf-8")
    first_lead = (
        "            lead:\n              text: Phòng Y tế\n              units:\n"
        "                - phong-y-te\n"
    )
    assert text.count(first_lead) == 1
    legacy = (
        "        lead_before:\n          - text: Phòng Y tế\n            units: [phong-y-te]\n"
        "            until: 20/03/2024\n"
    )
    text = text.replace(first_lead, "").replace("        before:\n", legacy + "        before:\n")
    path.write_text(text, encoding="utf-8")
    assert cds("validate").exit_code == 0
    shown = cds("show", "I.2", "--as-of", "01/06/2024", "--lang", "en")
    former = [" ".join(line.split()) for line in shown.output.splitlines() if "Former" in line]
    assert former == [
        "Former lead Phòng Y tế (until 19/03/2024)",
        "Former lead Phòng Kinh tế (until 14/05/2024)",
    ]


def test_a_revision_of_the_next_year_reads_deadlines_in_the_plans_year(planned: Path) -> None:
    write_docx(planned / "rev.docx", [("header",), GROUP, ONE, TWO_12], _heading(3, "15/01/2025"))
    vi = cds("import", "rev.docx", "--revise", "--pair", "I.2=I.2")
    assert vi.exit_code == 0, vi.output
    assert "trước năm của kế hoạch" not in vi.output
    assert [line for line in vi.output.splitlines() if "sau năm của kế hoạch" in line] == [
        "Lưu ý: bản điều chỉnh có hiệu lực từ 15/01/2025, sau năm của kế hoạch (2024): các chỉ "
        "tiêu vẫn là của kế hoạch năm 2024, thời hạn được đọc theo năm 2024."
    ]
    en = cds("import", "rev.docx", "--revise", "--pair", "I.2=I.2", "--yes", "--lang", "en")
    assert en.exit_code == 0, en.output
    assert "before the plan's year" not in en.output
    assert [line for line in en.output.splitlines() if "after the plan's year" in line] == [
        "Note: the revision takes effect on 15/01/2025, after the plan's year (2024): the "
        "targets stay the 2024 plan's, their deadlines read against 2024."
    ]
    text = (planned / REGISTRY).read_text(encoding="utf-8")
    assert "          - until: 15/01/2025\n" in text
    assert cds("validate").exit_code == 0


def test_json_of_a_revision_of_the_next_year_carries_its_note(planned: Path) -> None:
    """`--format json` gives the text form's one note as `after_plan_year`: the revision's day,
    the plan's year, the same words in the reader's language; null for a revision of the
    plan's own year."""
    write_docx(planned / "rev.docx", [("header",), GROUP, ONE, TWO_12], _heading(3, "15/01/2025"))
    vi = cds("import", "rev.docx", "--revise", "--pair", "I.2=I.2", "--format", "json")
    assert vi.exit_code == 0, vi.output
    assert json.loads(vi.stdout)["after_plan_year"] == {
        "date": "15/01/2025",
        "plan_year": 2024,
        "message": "Lưu ý: bản điều chỉnh có hiệu lực từ 15/01/2025, sau năm của kế hoạch "
        "(2024): các chỉ tiêu vẫn là của kế hoạch năm 2024, thời hạn được đọc theo năm 2024.",
    }
    en = cds("import", "rev.docx", "--revise", "--pair", "I.2=I.2", "--format", "json",
             "--lang", "en")  # fmt: skip
    assert en.exit_code == 0, en.output
    assert json.loads(en.stdout)["after_plan_year"] == {
        "date": "15/01/2025",
        "plan_year": 2024,
        "message": "Note: the revision takes effect on 15/01/2025, after the plan's year (2024): "
        "the targets stay the 2024 plan's, their deadlines read against 2024.",
    }
    write_docx(planned / "own.docx", [("header",), GROUP, ONE, TWO_12], _heading(3, "20/03/2024"))
    same = cds("import", "own.docx", "--revise", "--pair", "I.2=I.2", "--format", "json")
    assert same.exit_code == 0, same.output
    assert json.loads(same.stdout)["after_plan_year"] is None


def test_the_plans_own_table_on_a_new_day_records_that_revision(revised: Path) -> None:
    """The plan's own heading names no revision: applied `--on 10/06/2024` where 20/03/2024 and
    15/05/2024 are recorded, it is recorded as the revision of 10/06/2024, its number left
    blank, so I.2's cells are kept until a day a revision has (before clerk 17's F1: refused,
    and a later revision after such a one could never be applied)."""
    write_docx(revised / "own.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    done = cds("import", "own.docx", "--revise", "--yes", "--pair", "I.2=I.2", "--on",
               "10/06/2024", "--lang", "en")  # fmt: skip
    assert done.exit_code == 0, done.output
    text = (revised / REGISTRY).read_text(encoding="utf-8")
    assert (
        "    - reference: ''\n      number: ''\n      symbol: ''\n      date: 10/06/2024\n"
        "      printed: []\n"
    ) in text
    assert "          - until: 10/06/2024\n" in text
    assert cds("validate", "--lang", "en").exit_code == 0
