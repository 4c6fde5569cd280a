"""A revised plan with targets carried in, exported and read back (issue 16, a clerk's round).

The workspace of test_revised_plan.py: plan 5/KH-BCĐ revised by plan 12/KH-BCĐ on 20/03/2024
(I.2 annulled, I.3 printed "2.", I.9 added and printed "3."), and the 31 targets of the 2023
plan carried in (I.4–I.8 = 2023/I.1–I.5, II.2–II.10 = 2023/II.1–II.9, III.1–V.4). A clerk
exported its appendix to Word or Excel and imported it back: the heading "Kế hoạch số 5 …, đã
điều chỉnh theo Kế hoạch số 12 …" was read as a new revision "Kế hoạch số 5" (the plan itself),
dates were moved back, and a registry `validate` refuses was written; the carried part was
skipped without a word and `cds diff` called it missing.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cds_tracker.registry.importing.heading import parse_preamble
from cds_tracker.registry.loading import load_registry
from test_revise import REGISTRY, cds, ok
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

OWN = "Ban Chỉ đạo chuyển đổi số thành phố"


def export(kind: str) -> str:
    name = f"phu-luc.{kind}"
    ok("--plan", "2024", "export", "--format", kind, "--out", name, "--as-of", "01/07/2024")
    return name


REVISION_12 = {
    "reference": "Kế hoạch số 12/KH-BCĐ ngày 20/03/2024",
    "number": "12",
    "symbol": "KH-BCĐ",
    "date": "20/03/2024",
}


def test_the_heading_names_the_plan_and_its_revision_apart() -> None:
    """The Excel heading on one line, the Word heading on two: plan 5 itself, revised by 12."""
    plan = f"Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của {OWN}"
    one_line = parse_preamble(
        (
            "Phụ lục 01",
            "Tiêu đề",
            f"(Kèm theo {plan}, đã điều chỉnh theo {REVISION_12['reference']})",
        )
    )
    two_lines = parse_preamble(
        (
            "Phụ lục 01",
            "Tiêu đề",
            f"(Kèm theo {plan})",
            f"(đã điều chỉnh theo {REVISION_12['reference']})",
        )
    )
    for found in (one_line, two_lines):
        assert found is not None
        assert found["title"] == "Tiêu đề"
        assert found["plan"] == {
            "reference": plan,
            "number": "5",
            "symbol": "KH-BCĐ",
            "date": "10/01/2024",
        }
        assert found["issuer"] == OWN
        assert found["revisions"] == [REVISION_12]
    # A revising plan's own line is still that plan, revising another: no "revisions"
    revising = parse_preamble(
        ("Phụ lục 01", "T", f"(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024 của {OWN}, điều "
         "chỉnh Kế hoạch số 5/KH-BCĐ ngày 10/01/2024)")
    )  # fmt: skip
    assert revising is not None and "revisions" not in revising
    assert revising["plan"]["number"] == "12"


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_the_own_export_revises_nothing(revised: Path, kind: str) -> None:
    """Imported as a revision of the plan it was exported from: nothing new, no revision
    recorded (12 is recorded already, 5 is the plan itself), no date moved, the file as it was."""
    before = Path(REGISTRY).read_bytes()
    name = export(kind)
    result = cds("--plan", "2024", "import", name, "--revise", "--yes")
    assert result.exit_code == 0, result.output
    said = result.output.splitlines()
    assert said[-1] == "Bảng điều chỉnh không thay đổi gì trong sổ đăng ký."
    assert (
        'Đọc 31 chỉ tiêu chuyển tiếp (2023/…) ở phần "Chỉ tiêu chuyển tiếp" dưới bảng: so với '
        "chỉ tiêu cùng gốc trong sổ đăng ký, không theo số thứ tự."
    ) in said
    assert f"plans/2024/phu_luc_01.yaml → {name}: thêm 0, bỏ 0, sửa 0 chỉ tiêu." in said
    assert not [line for line in said if "Ghi nhận" in line or "sửa thành" in line]
    assert Path(REGISTRY).read_bytes() == before
    assert ok("validate", "plans/2024") == "Hợp lệ: 4 tệp.\n"  # the registry and 3 progress files
    english = cds("--plan", "2024", "import", name, "--revise", "--yes", "--lang", "en")
    assert english.exit_code == 0, english.output
    assert english.output.splitlines()[-1] == "The revised table changes nothing in the registry."
    assert (
        'Read 31 carried targets (2023/…) from the part "Chỉ tiêu chuyển tiếp" under the table: '
        "compared with the registry's targets of the same origin (carried_from), not by number."
    ) in english.output.splitlines()


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_diff_with_the_own_export_names_no_revision_and_no_missing_target(
    revised: Path, kind: str
) -> None:
    """Only I.2, annulled by plan 12 and so not in the table in force, is not in the file: left
    annulled, as `import --revise` of the same file leaves it (no change: review 9)."""
    name = export(kind)
    assert ok("--plan", "2024", "diff", "2024", name).splitlines() == [
        f"plans/2024/phu_luc_01.yaml → {name}: thêm 0, bỏ 0, sửa 0 chỉ tiêu.",
        "Không có khác biệt.",
        "= I.2  đã bãi bỏ từ 20/03/2024, bảng điều chỉnh không ghi: giữ nguyên, không đổi",
    ]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_round_trip_keeps_the_carried_targets_and_the_revision(revised: Path, kind: str) -> None:
    """`cds import` of the export: the plan in force's own 4 targets numbered as printed (I.3
    printed "2." is I.2, I.9 printed "3." is I.3), and the 31 carried targets equal to the
    registry's in every field (id, group, texts, units, deadline, indicators, carried_from);
    the heading gives plan 5 and its revision 12."""
    original = load_registry(Path(REGISTRY)).registry
    assert original is not None
    name = export(kind)
    result = cds("--plan", "2024", "import", name, "--out", "lai.yaml")
    assert result.exit_code == 0, result.output
    assert "Đã ghi 35 chỉ tiêu (5 nhóm) vào lai.yaml." in result.output.splitlines()
    imported = load_registry(Path("lai.yaml")).registry
    assert imported is not None
    assert imported.document.plan == original.document.plan
    assert [r._asdict() | {"printed": None} for r in imported.document.revisions] == [
        {**REVISION_12, "printed": None}
    ]
    old = {t.id: (g.id, t) for g, t in original.targets()}
    new = {t.id: (g.id, t) for g, t in imported.targets()}
    carried = [i for i, (_, t) in old.items() if t.carried_from is not None]
    assert len(carried) == 31
    for target_id in carried:
        assert new[target_id] == old[target_id], target_id
    own = [(i, t.content) for i, (_, t) in new.items() if t.carried_from is None]
    assert own == [
        ("I.1", old["I.1"][1].content),
        ("I.2", old["I.3"][1].content),
        ("I.3", old["I.9"][1].content),
        ("II.1", old["II.1"][1].content),
    ]
    english = cds("--plan", "2024", "import", name, "--out", "en.yaml", "--lang", "en")
    assert english.exit_code == 0, english.output
    assert (
        'Read 31 carried targets from the part "Chỉ tiêu chuyển tiếp" under the table (written '
        "with carried_from: 2023/…): I.4, I.5, I.6, I.7, I.8, II.2, II.3, II.4, II.5, II.6, II.7, "
        "II.8, II.9, II.10, III.1, III.2, III.3, III.4, III.5, IV.1, IV.2, IV.3, IV.4, IV.5, IV.6, "
        "IV.7, IV.8, V.1, V.2, V.3, V.4."
    ) in english.output.splitlines()


def test_the_excel_cites_a_carried_target_by_its_origin(revised: Path) -> None:
    """Stt of a carried row: 'I.1 (2023)', never a bare 'I.1' beside the plan's own '1.'."""
    sheet = openpyxl.load_workbook(export("xlsx")).worksheets[0]
    rows = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert (rows["I.1"], rows["I.3"], rows["I.4"], rows["II.2"], rows["V.4"]) == (
        "1.",
        "2.",
        "I.1 (2023)",
        "II.1 (2023)",
        "V.4 (2023)",
    )


def test_a_revision_validate_would_refuse_is_not_written(revised: Path) -> None:
    """A table citing plan 7/KH-BCĐ of 01/02/2024, after plan 12 of 20/03/2024 is recorded:
    recorded as the latest, the revisions would be out of date order, which `validate` refuses;
    so nothing is written (exit 1) and the problem is said, though a row the table could not
    read ("2a") makes a mark, which alone would have been written for a person to decide."""
    from appendix_files import write_docx
    from test_revise import HEADING, REVISED

    heading = [*HEADING[:2], f"(Kèm theo Kế hoạch số 7/KH-BCĐ ngày 01/02/2024 của {OWN})"]
    unread = ("2a", "Một dòng số lạ.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
    write_docx(Path("cu.docx"), [*REVISED, unread], heading)
    before = Path(REGISTRY).read_bytes()
    result = cds("--plan", "2024", "import", "cu.docx", "--revise", "--yes")
    assert result.exit_code == 1, result.output
    assert "bản điều chỉnh ngày 01/02/2024 được ghi sau bản ngày 20/03/2024" in result.output
    assert Path(REGISTRY).read_bytes() == before


DATA = Path(__file__).parent.parent / "data" / "phu_luc_01.yaml"


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_carried_part_typed_by_an_office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """The part as an office may type it: its title, group rows "I. …", rows "1.", "2.". Read
    against the bundled 2023 plan (which holds no carried target): 2023/I.1 and 2023/I.2 join
    the plan's group I after its own I.1 (I.2, I.3); 2023/III.1 a group III titled as the base
    titles it ("Kinh tế số"); a row "x" is a row to decide, at its cell."""
    from appendix_files import write_docx, write_xlsx

    monkeypatch.chdir(tmp_path)
    unit = ("", "Phòng Nội vụ", "")
    rows = [
        ("header",),
        ("group", "I. Dữ liệu số"),
        ("1.", "Nội dung A.", *unit, "Tháng 6/2024", ""),
        *((("table",),) if kind == "docx" else ()),
        ("group", "Chỉ tiêu chuyển tiếp từ năm 2023"),
        *((("header",),) if kind == "docx" else ()),
        ("group", "I. Dữ liệu số"),
        ("1.", "Nội dung B.", *unit, "Tháng 12/2024", ""),
        ("2.", "Nội dung C.", *unit, "Tháng 12/2024", ""),
        ("group", "III. Kinh tế số"),
        ("1.", "Nội dung D.", *unit, "Tháng 12/2024", ""),
        ("x", "Nội dung E.", *unit, "Tháng 12/2024", ""),
    ]
    heading = [
        "Phụ lục 01",
        "Chỉ tiêu năm 2024",
        f"(Kèm theo Kế hoạch số 3/KH-BCĐ ngày 10/01/2024 của {OWN})",
    ]
    name = f"kh.{kind}"
    (write_docx if kind == "docx" else write_xlsx)(Path(name), rows, heading)
    result = cds("import", name, "--out", "kh.yaml", "--registry", str(DATA))
    assert result.exit_code == 1, result.output  # the row "x"
    from cds_tracker.registry.yamlio import decode, parse

    data = parse(decode(Path("kh.yaml").read_bytes()))
    found = [
        (g["id"], g["title"], t["id"], t["content"], t.get("carried_from"))
        for g in data["groups"]
        for t in g["targets"]
    ]
    assert found == [
        ("I", "Dữ liệu số", "I.1", "Nội dung A.", None),
        ("I", "Dữ liệu số", "I.2", "Nội dung B.", "2023/I.1"),
        ("I", "Dữ liệu số", "I.3", "Nội dung C.", "2023/I.2"),
        ("III", "Kinh tế số", "III.1", "Nội dung D.", "2023/III.1"),
    ]
    said = result.output.splitlines()
    where = "kh.docx:2:9:1" if kind == "docx" else "kh.xlsx:Phụ lục!A14"
    assert f"{where}: không đọc được số thứ tự 'x'" in said
    assert (
        'Đọc 3 chỉ tiêu chuyển tiếp ở phần "Chỉ tiêu chuyển tiếp" dưới bảng (ghi là chuyển từ '
        "2023/…): I.2, I.3, III.1."
    ) in said


def test_a_carried_row_naming_no_year_is_a_row_to_decide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part titled without a year, its row "I.1" without one: no origin to guess."""
    from appendix_files import write_xlsx

    monkeypatch.chdir(tmp_path)
    rows = [
        ("header",),
        ("group", "I. Dữ liệu số"),
        ("1.", "Nội dung A.", "", "Phòng Nội vụ", "", "Tháng 6/2024", ""),
        ("group", "Chỉ tiêu chuyển tiếp từ kế hoạch trước"),
        ("I.1", "Nội dung B.", "", "Phòng Nội vụ", "", "Tháng 12/2024", ""),
    ]
    write_xlsx(Path("kh.xlsx"), rows, [])
    for lang, said in (
        ("vi", "kh.xlsx:Phụ lục!A6: dòng 'I.1' ở phần chỉ tiêu chuyển tiếp không ghi năm của kế "
         "hoạch gốc; chưa thành chỉ tiêu"),
        ("en", "kh.xlsx:Phụ lục!A6: row 'I.1' of the carried targets' part names no year of its "
         "plan; not made a target"),
    ):  # fmt: skip
        result = cds(
            "import", "kh.xlsx", "--out", f"{lang}.yaml", "--registry", str(DATA), "--lang", lang
        )
        assert result.exit_code == 1, result.output
        assert said in result.output.splitlines()
