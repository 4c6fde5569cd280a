"""Targets carried from 2023 in the documents of the 2024 plan (issue 16, a clerk's month).

The workspace of test_revise.py, revised: plan 5/KH-BCĐ's own targets (I.1, I.3 printed "2.",
I.9 printed "3.", II.1; I.2 annulled on 20/03/2024) and the 31 targets of the 2023 plan carried
into it (I.4–I.8 = 2023/I.1–I.5, II.2–II.10 = 2023/II.1–II.9, III.1–V.4 = 2023/III.1–V.4). The
documents tell the two apart and cite a carried target by its number in the 2023 plan.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl

from cds_tracker.questions.carried_parts import id_order
from test_revise import I1, I3_TEXT, II1_TEXT, NEW_TEXT, REGISTRY, ok
from test_revised_plan import CARRIED, PLAN, PLAN_2023, REVISED_BY
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

OFFICE = "Văn phòng HĐND và UBND thành phố"
REMIND = ("remind", "--month", "12/2024", "--as-of", "01/12/2024", "--unit", OFFICE)


def test_the_report_counts_the_carried_targets_apart(revised: Path) -> None:
    """35 in force: 4 of plan 5 (I.2 annulled) and 31 from 2023; done: I.3 (Phòng VH&TT,
    10/03/2024) and 2023/II.7 (carried as II.8, Phòng VH&TT, 02/03/2024)."""
    args = ("--plan", "2024", "summary", "--as-of", "01/07/2024", "--format", "docx")
    ok(*args, "--out", "bc.docx")
    report = docx.Document("bc.docx")
    texts = [p.text for p in report.paragraphs]
    total = next(t for t in texts if t.startswith("1. Tổng số"))
    assert total.startswith(
        "1. Tổng số 35 chỉ tiêu, trong đó 31 chỉ tiêu chuyển tiếp từ năm 2023. "
        "Tình hình thực hiện: hoàn thành: 2; "
    )
    assert f"Thực hiện {PLAN}, {REVISED_BY}; {PLAN_2023} {CARRIED}, Ban Chỉ đạo" in "\n".join(texts)
    by_group = next(t for t in report.tables if t.rows[0].cells[0].text == "Nhóm")
    assert [(r.cells[0].text, r.cells[-1].text) for r in by_group.rows[1:]] == [
        ("I. Dữ liệu số", "3"),
        ("II. Chính quyền số", "1"),
        ("Chuyển tiếp từ năm 2023", "31"),
    ]
    figures = next(t for t in report.tables if t.rows[0].cells[1].text == "Chỉ số")
    codes = [r.cells[0].text for r in figures.rows[1:]]
    assert codes[:2] == ["II.1", "I.4\n(I.1 (2023))"]  # the plan's own figure first (added by hand)
    assert all(code.endswith(" (2023))") for code in codes[1:])
    status_part = report.tables[-1]  # the report's appendix: the part carried from 2023 last
    assert [c.text for c in status_part.rows[2].cells[:2]] == [
        "I.4\n(I.1 (2023))",  # its id here over its origin, as every table cites it
        "100% các phòng, đơn vị thuộc UBND thành phố cung cấp dữ liệu phục vụ cho các sở ban "
        "ngành của tỉnh triển khai xây dựng cơ sở dữ liệu dùng chung; dữ liệu mở theo chỉ đạo "
        "của tỉnh.",
    ]
    assert "CHỈ TIÊU CHUYỂN TIẾP TỪ NĂM 2023" in texts


def test_the_exported_appendix_imports_back_as_the_plans_own_table(revised: Path) -> None:
    """`cds import` of the exported Word appendix reads the plan in force's four targets,
    numbered as printed, then the carried part as the 31 carried targets, each with its
    origin and the id the registry gave it (test_round_trip_revised.py: every field)."""
    from cds_tracker.registry.loading import load_registry

    ok("--plan", "2024", "export", "--format", "docx", "--out", "phu-luc.docx")
    said = ok("--plan", "2024", "import", "phu-luc.docx", "--out", "lai.yaml")
    assert said.splitlines()[0] == "Đã ghi 35 chỉ tiêu (5 nhóm) vào lai.yaml."
    imported = load_registry(Path("lai.yaml")).registry
    assert imported is not None
    own = [(t.id, t.content) for _, t in imported.targets() if t.carried_from is None]
    assert own == [
        ("I.1", I1[0]),
        ("I.2", I3_TEXT),
        ("I.3", NEW_TEXT),
        ("II.1", II1_TEXT),
    ]
    carried = [(t.id, t.carried_from) for _, t in imported.targets() if t.carried_from]
    assert carried[:6] == [
        *((f"I.{n + 3}", f"2023/I.{n}") for n in range(1, 6)),
        ("II.2", "2023/II.1"),
    ]
    assert len(carried) == 31


def test_letters_cite_the_number_in_force_and_the_origin(revised: Path) -> None:
    """The city office owes I.9 (printed "3." in group I) and II.1 of plan 5, and 15 carried
    targets; the Chỉ tiêu column holds 'I.9' over '(STT I.3)', as the form sent with it and
    the unit's report do (clerk 11, D), and the carried ones by their 2023 number; each figure
    asked for names its target the same way."""
    ok("--plan", "2024", *REMIND, "--format", "docx", "--out", "thu")
    (letter,) = Path("thu").glob("*.docx")
    word = docx.Document(str(letter))
    table = word.tables[1]
    codes = [row.cells[1].text for row in table.rows[1:]]
    assert codes[:3] == ["I.9\n(STT I.3)", "II.1", "I.4\n(I.1 (2023))"]
    assert len(codes) == 17
    assert all(code.endswith(" (2023))") for code in codes[2:])
    texts = [p.text for p in word.paragraphs]
    assert "+ II.1: Tỷ lệ hồ sơ nộp trực tuyến (yêu cầu: tối thiểu 60%);" in texts
    assert not any("(PHỤ LỤC" in t or "(Phụ lục" in t for t in texts)


def test_outside_a_workspace_a_carried_target_is_cited_by_its_plans_name(
    revised: Path, tmp_path: Path
) -> None:
    """The 2024 registry copied alone (--registry): no 2023 plan beside it to read its number
    from; the letter cites 'Kế hoạch năm 2023', the table 'I.1 (2023)'."""
    alone = tmp_path / "rieng"
    alone.mkdir()
    shutil.copy(revised / REGISTRY, alone / "phu_luc_01.yaml")
    note = ok("--registry", str(alone / "phu_luc_01.yaml"), *REMIND)
    assert (
        f"{REVISED_BY}; Kế hoạch năm 2023 (các chỉ tiêu chưa hoàn thành, chuyển tiếp sang năm "
        "2024, ghi mã năm 2024 kèm số thứ tự năm 2023, như “I.4 (I.1 (2023))”), tính đến ngày "
        "01/12/2024"
    ) in note
    assert "| 3 | I.4 (I.1 (2023)) | 100% các phòng, đơn vị" in note


def test_a_carried_target_renumbered_by_its_own_plans_revision_is_cited_as_printed(
    revised: Path,
) -> None:
    """2023's I.1 printed as I.7 by a revision of 2023 (written by hand here): the 2024 letter
    cites it as the 2023 plan in force prints it."""
    path = revised / "plans/2023/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "      - id: I.1\n        number: 1\n"
    assert text.count(anchor) == 1
    path.write_text(text.replace(anchor, anchor + "        printed: I.7\n"), encoding="utf-8")
    note = ok("--plan", "2024", *REMIND)
    assert "| 3 | I.4 (I.7 (2023)) | 100% các phòng, đơn vị" in note


def test_the_excel_sheet_lists_the_carried_targets_under_a_title_of_their_own(
    revised: Path,
) -> None:
    for lang, title in (
        ("vi", f"Chỉ tiêu chuyển tiếp từ {PLAN_2023} (năm 2023)"),
        ("en", f"Targets carried over from {PLAN_2023} (2023)"),
    ):
        ok("--plan", "2024", "export", "--format", "xlsx", "--out", f"{lang}.xlsx", "--lang", lang)
        sheet = openpyxl.load_workbook(f"{lang}.xlsx").active
        assert sheet is not None
        rows = [r[:3] for r in sheet.iter_rows(min_row=7, values_only=True)]
        at = rows.index((None, None, title))
        assert [r[0] for r in rows[:at]] == ["I", "I.1", "I.2", "I.3", "I.9", "II", "II.1"]
        assert rows[at + 1][:2] == ("I.4", "I.1 (2023)")  # as screens cite it, not "I.1"
        assert rows[at + 6][:2] == ("II.2", "II.1 (2023)")
        assert len(rows) - at - 1 == 31


def test_carried_targets_are_ordered_as_their_plan_numbers_them() -> None:
    keys = ["IX.1", "IV.2", "II.10", "II.9", "V.1", "I.1"]
    ordered = sorted(keys, key=lambda k: id_order(("2023", k)))
    assert ordered == ["I.1", "II.9", "II.10", "IV.2", "V.1", "IX.1"]


def test_the_html_page_counts_and_lists_the_carried_targets_apart(revised: Path) -> None:
    """The printable page: by group, plan 5's two groups with their own targets (I: I.1 in
    progress, I.3 done, I.9 not started; II: II.1 not started) and one line for 2023; the
    table's carried rows under their title, by their 2023 number."""
    import html
    import re

    ok("--plan", "2024", "export", "--format", "html", "--out", "p.html", "--as-of", "01/07/2024")
    page = Path("p.html").read_text(encoding="utf-8")
    rows = [
        [
            html.unescape(re.sub(r"<[^>]+>", "", cell))
            for cell in re.findall(r"<td[^>]*>.*?</td>", r)
        ]
        for r in re.findall(r"<tr[^>]*>.*?</tr>", page, re.S)
    ]
    by_group = [r[0] for r in rows if r and r[0].startswith(("I. ", "II. ", "Chuyển tiếp"))]
    assert by_group == ["I. Dữ liệu số", "II. Chính quyền số", "Chuyển tiếp từ năm 2023"]
    title = f"Chỉ tiêu chuyển tiếp từ {PLAN_2023} (năm 2023)"
    at = rows.index([title])
    assert [r[0] for r in rows[at + 1 : at + 4]] == ["I.1", "I.2", "I.3"]
    assert len(rows) - at - 1 == 31


def test_a_target_carried_on_twice_is_cited_by_the_plan_that_printed_it(workspace: Path) -> None:
    """2025 carries the unfinished targets of 2024 on (before plan 12 revises it: carry-over
    copies a `printed` number into the new plan, which then refuses it), among them those 2024
    had carried from 2023: each is cited by the plan that printed it, "I.1 (2023)", not by the
    2024 registry's I.4; plan 5's own I.3 as "I.3 (2024)"."""
    revised = workspace
    from appendix_files import write_docx

    heading = [
        "Phụ lục 01",
        "Phân công phụ trách các chỉ tiêu năm 2025",
        "(Kèm theo Kế hoạch số 3/KH-BCĐ ngày 06/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố)",
    ]
    rows = [
        ("header",),
        ("group", "I. Dữ liệu số"),
        ("1.", "Số hóa sổ hộ tịch.", "", "Phòng Tư pháp", "", "Tháng 6/2025", ""),
    ]
    write_docx(revised / "ke-hoach-2025.docx", rows, heading)
    out = "plans/2025/phu_luc_01.yaml"
    ok("import", "ke-hoach-2025.docx", "--out", out, "--registry", "plans/2024")
    ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")
    note = ok("--plan", "2025", *REMIND[:1], "--month", "12/2025", "--as-of", "01/12/2025",
              "--unit", OFFICE)  # fmt: skip
    plan_2024 = "Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố"
    unfinished = "(các chỉ tiêu chưa hoàn thành, chuyển tiếp sang năm 2025, ghi mã năm 2025 kèm"
    assert (
        f"; {PLAN_2023} {unfinished} số thứ tự năm 2023, như “I.4 (I.1 (2023))”); {plan_2024} "
        f"{unfinished} số thứ tự năm 2024, như “II.1 (II.1 (2024))”), tính đến ngày 01/12/2025"
    ) in note
    rows = [line for line in note.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert rows[0].startswith("| 1 | I.4 (I.1 (2023)) | 100% các phòng, đơn vị thuộc UBND")
    assert rows[-1].startswith("| 16 | II.1 (II.1 (2024)) | Tối thiểu 60% hồ sơ được nộp")
    assert sum("(2024)" in row for row in rows) == 1


def test_import_knows_the_carried_parts_title_in_either_language() -> None:
    """The words the documents title the part with are the words `cds import` stops at."""
    from cds_tracker.output.words import label
    from cds_tracker.registry.importing.appendix import carried_title

    for lang in ("vi", "en"):
        assert carried_title(label("carried_part_title", lang, origin_year=2023))
        assert carried_title(label("carried_part", lang, plan="Kế hoạch số 1", origin_year=2023))
    assert not carried_title("I. Chỉ tiêu về chính quyền số")
