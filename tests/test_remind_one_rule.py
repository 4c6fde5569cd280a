"""`cds remind` in every format, and `cds form`, urge the same units about the same targets with
the same words: one selection (questions/reminders.py), computed once.

The scenario of issue 12: the bundled registry, nothing reported, letters of 01/11/2023 for
11/2023 asking for a report by 10/11/2023."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from docx import Document
from typer.testing import CliRunner

from cds_tracker.cli import app
from test_plans import workspace  # noqa: F401 (the fixture)

runner = CliRunner()
SCENARIO = ("remind", "--month", "11/2023", "--as-of", "01/11/2023", "--report-by", "10/11/2023")
VIA_DEPARTMENTS = "(giao chung cho: Các phòng, đơn vị thuộc UBND thành phố)"
VIA_WARDS = "(giao chung cho: UBND các phường, xã)"

# Phòng Y tế leads III.4, IV.7 (both Tháng 10/2023: one day late on 01/11/2023) and IV.8
# (Tháng 11/2023) by name, and through "Các phòng, đơn vị" (I.5: "các cơ quan, đơn vị") every
# department's part of I.1 (Tháng 5/2023: 31/05 → 01/11 is 154 days), I.3 (Tháng 7/2023: 93),
# I.4, I.5, II.8 (10/2023: 1), II.9, IV.6, V.1 (1), V.2 (1), V.3. III.2 is led by "… có liên
# quan", which names no one; III.1 and IV.4 are due in 12/2023. It never reported anything.
HEALTH = [
    ("I.1", "Tháng 5/2023", "Quá hạn 154 ngày", VIA_DEPARTMENTS),
    ("I.3", "Tháng 7/2023", "Quá hạn 93 ngày", VIA_DEPARTMENTS),
    ("I.4", "Tháng 11/2023", "Chưa thực hiện", VIA_DEPARTMENTS),
    ("I.5", "Tháng 11/2023", "Chưa thực hiện", VIA_DEPARTMENTS),
    ("II.8", "Tháng 10/2023", "Quá hạn 1 ngày", VIA_DEPARTMENTS),
    ("II.9", "Tháng 11/2023", "Chưa thực hiện", VIA_DEPARTMENTS),
    ("III.4", "Tháng 10/2023", "Quá hạn 1 ngày", None),
    ("IV.6", "Tháng 11/2023", "Chưa thực hiện", VIA_DEPARTMENTS),
    ("IV.7", "Tháng 10/2023", "Quá hạn 1 ngày", None),
    ("IV.8", "Tháng 11/2023", "Chưa thực hiện", None),
    ("V.1", "Tháng 10/2023", "Quá hạn 1 ngày", VIA_DEPARTMENTS),
    ("V.2", "Tháng 10/2023", "Quá hạn 1 ngày", VIA_DEPARTMENTS),
    ("V.3", "Tháng 11/2023", "Chưa thực hiện", VIA_DEPARTMENTS),
]
# Phường Bắc Sơn leads only through "UBND các phường, xã" (I.5: "Chủ tịch UBND các phường,
# xã"): I.3, I.4, I.5, II.1 (5/2023: 154), II.3 (8/2023: 62), II.4 (1), II.6, II.8 (1), II.9,
# III.2, IV.6, V.1 (1), V.2 (1), V.3; then the monthly report of ongoing II.2 for 15/10–14/11.
BAC_SON = [
    ("I.3", "Tháng 7/2023", "Quá hạn 93 ngày", VIA_WARDS),
    ("I.4", "Tháng 11/2023", "Chưa thực hiện", VIA_WARDS),
    ("I.5", "Tháng 11/2023", "Chưa thực hiện", VIA_WARDS),
    ("II.1", "Tháng 5/2023", "Quá hạn 154 ngày", VIA_WARDS),
    ("II.3", "Tháng 8/2023", "Quá hạn 62 ngày", VIA_WARDS),
    ("II.4", "Tháng 10/2023", "Quá hạn 1 ngày", VIA_WARDS),
    ("II.6", "Tháng 11/2023", "Chưa thực hiện", VIA_WARDS),
    ("II.8", "Tháng 10/2023", "Quá hạn 1 ngày", VIA_WARDS),
    ("II.9", "Tháng 11/2023", "Chưa thực hiện", VIA_WARDS),
    ("III.2", "Tháng 11/2023", "Chưa thực hiện", VIA_WARDS),
    ("IV.6", "Tháng 11/2023", "Chưa thực hiện", VIA_WARDS),
    ("V.1", "Tháng 10/2023", "Quá hạn 1 ngày", VIA_WARDS),
    ("V.2", "Tháng 10/2023", "Quá hạn 1 ngày", VIA_WARDS),
    ("V.3", "Tháng 11/2023", "Chưa thực hiện", VIA_WARDS),
    ("II.2", "Báo cáo kỳ 15/10/2023–14/11/2023", "Chưa báo cáo kỳ này", VIA_WARDS),
]
# 12 departments (through "Các phòng, đơn vị"), Công an, the banks, 6 wards and 3 communes
UNITS = 23

Row = tuple[str, str, str, str, str]  # STT, target, deadline, status, latest report


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def expected(rows: list[tuple[str, str, str, str | None]]) -> list[Row]:
    return [(str(n), t, d, s, "Chưa báo cáo") for n, (t, d, s, _) in enumerate(rows, 1)]


def markdown_rows(path: Path) -> tuple[list[Row], list[str]]:
    rows, contents = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        if len(cells) == 6 and cells[0].isdigit():
            number, target, content, deadline, status, last = cells
            rows.append((number, target, deadline, status, last))
            contents.append(content)
    return rows, contents


def docx_rows(path: Path) -> tuple[list[Row], list[str]]:
    table = Document(str(path)).tables[1]
    cells = [[c.text for c in row.cells] for row in table.rows][1:]
    return [(n, t, d, s, last) for n, t, _, d, s, last in cells], [r[2] for r in cells]


def test_notes_and_letters_urge_the_same_units_about_the_same_targets(tmp_path: Path) -> None:
    md, dx = tmp_path / "md", tmp_path / "dx"
    assert cds(*SCENARIO, "--out", str(md)) == (0, f"Đã soạn {UNITS} văn bản đôn đốc trong {md}/\n")
    assert cds(*SCENARIO, "--format", "docx", "--out", str(dx)) == (
        0,
        f"Đã soạn {UNITS} văn bản đôn đốc (.docx) trong {dx}/\n",
    )
    notes = sorted(p.stem for p in md.glob("*.md"))
    letters = sorted(p.stem.removeprefix("don-doc-2023-11-") for p in dx.glob("*.docx"))
    assert notes == letters and len(notes) == UNITS
    # no note or letter to a collective: its members each have their own
    assert not {"ubnd-cac-phuong-xa", "cac-phong-don-vi", "co-quan-lien-quan"} & set(notes)
    for unit in notes:
        rows, contents = markdown_rows(md / f"{unit}.md")
        letter_rows, letter_contents = docx_rows(dx / f"don-doc-2023-11-{unit}.docx")
        assert rows == letter_rows, unit
        assert contents == [c.replace("\n", " ") for c in letter_contents], unit
    health, health_contents = markdown_rows(md / "phong-y-te.md")
    assert health == expected(HEALTH)
    for content, (*_, via) in zip(health_contents, HEALTH, strict=True):
        assert content.endswith(via) if via else "(giao chung" not in content
    bac_son, bac_son_contents = markdown_rows(md / "phuong-bac-son.md")
    assert bac_son == expected(BAC_SON)
    assert all(c.endswith(VIA_WARDS) for c in bac_son_contents)


def test_json_and_the_form_follow_the_same_selection(tmp_path: Path) -> None:
    code, output = cds(*SCENARIO, "--format", "json")
    assert code == 0
    notes = {n["unit_id"]: n["targets"] for n in json.loads(output)}
    assert len(notes) == UNITS
    late = {"Quá hạn 154 ngày": 154, "Quá hạn 93 ngày": 93, "Quá hạn 1 ngày": 1}
    assert [(t["id"], t["unit_status"], t["unit_days_late"]) for t in notes["phong-y-te"]] == [
        (t, "late" if s in late else "not_started", late.get(s)) for t, _, s, _ in HEALTH
    ]
    assert [t["id"] for t in notes["phuong-bac-son"]] == [t for t, *_ in BAC_SON]
    # --unit: one unit's note, a collective's members' notes, as for the letters
    code, output = cds(*SCENARIO, "--format", "json", "--unit", "UBND các phường, xã")
    assert [n["unit_id"] for n in json.loads(output)][:2] == ["phuong-bac-son", "phuong-nam-son"]
    assert len(json.loads(output)) == 9
    form = tmp_path / "phieu.xlsx"
    code, output = cds(
        "form", "--unit", "Phòng Y tế", "--month", "11/2023", "--as-of", "01/11/2023",
        "--out", str(form),
    )  # fmt: skip
    assert code == 0, output
    rows = list(openpyxl.load_workbook(form)["_cds"].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "rows")
    assert [row[0] for row in rows[start + 1 :]] == [t for t, *_ in HEALTH]


def test_a_report_cannot_be_asked_for_by_a_day_already_past(tmp_path: Path) -> None:
    """A letter of 01/11/2023 asking for a report "trước ngày 20/10/2023" is refused, in every
    format, before anything is written."""
    for extra in ((), ("--format", "docx", "--out", str(tmp_path / "dx")), ("--format", "json")):
        for day in ("20/10/2023", "01/11/2023"):
            args = ("remind", "--month", "11/2023", "--as-of", "01/11/2023", "--report-by", day)
            assert cds(*args, *extra) == (
                2,
                f"cds: lỗi: --report-by {day} không sau ngày của văn bản (01/11/2023): không thể "
                "đề nghị báo cáo trước một ngày đã qua\n"
                "  gợi ý: cho một ngày sau 01/11/2023, ví dụ --report-by 08/11/2023 (mặc định: 7 "
                "ngày sau --as-of)\n",
            )
    assert not (tmp_path / "dx").exists()
    code, _ = cds(*SCENARIO[:5], "--report-by", "02/11/2023", "--format", "json")
    assert code == 0  # the next day will do


def test_merged_units_are_urged_as_they_stood_on_the_day(workspace: Path) -> None:  # noqa: F811
    """2024 plan, I.1 (Tháng 9/2024) led by "UBND các phường, xã"; phường Bắc Sơn and Nam Sơn
    form phường Tam Điệp on 01/07/2024 (tests/test_plans.py). Seven wards and communes report
    done on 20/05, Bắc Sơn done on 10/06, Nam Sơn in progress on 20/06."""
    from test_plans import COMMUNES, WARDS, _merge_wards, report

    _merge_wards(workspace)
    for unit in (*WARDS, *COMMUNES):
        report("2024", "I.1", unit, "done", "20/05/2024")
    report("2024", "I.1", "phuong-bac-son", "done", "10/06/2024")
    report("2024", "I.1", "phuong-nam-son", "in_progress", "20/06/2024")

    def urged(day: str) -> list[tuple[str, str, str | None, str | None]]:
        args = ("--plan", "2024", "remind", "--month", "09/2024", "--as-of", day, "-f", "json")
        code, output = cds(*args)
        assert code == 0, output
        return [
            (n["unit_id"], t["id"], t["unit_last_status"], t["unit_reported"])
            for n in json.loads(output)
            for t in n["targets"]
        ]

    # 30/06: the nine old wards and communes; only Nam Sơn has not finished
    assert urged("30/06/2024") == [("phuong-nam-son", "I.1", "in_progress", "2024-06-20")]
    # 15/07: Nam Sơn is gone; phường Tam Điệp answers for it, with its report
    assert urged("15/07/2024") == [("phuong-tam-diep", "I.1", "in_progress", "2024-06-20")]
    out = workspace / "dx"
    code, output = cds("--plan", "2024", "remind", "--month", "09/2024", "--as-of", "15/07/2024",
                       "--format", "docx", "--out", str(out))  # fmt: skip
    assert code == 0, output
    assert [p.name for p in out.iterdir()] == ["don-doc-2024-09-phuong-tam-diep.docx"]
