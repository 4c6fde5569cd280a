"""`cds import` says each finding of `validate`'s rules at the cell that holds what is wrong
(app/import_check.py `_cell`): a ward merged away before the plan's year named in "Trực tiếp chỉ
đạo" and "Đơn vị chủ trì" is said at those cells, not at the row's "Nội dung chỉ tiêu" (clerk15
F2: both were said at column 2, sending the clerk to the wrong Word cell). The same for a unit
renamed (`successor`), one that ends in the year with nobody after it, one that begins after the
year, and an official's title naming a unit ("Chủ tịch UBND phường Bắc Sơn"), in Word and Excel.

Rows as the files are laid out (tests/appendix_files.py): 3 heading lines above the table (Excel
rows 1-3; in Word, paragraphs), the two header rows, the group row, the target: Word table 1 row
4, Excel row 7; its columns 3, 4, 5 (C, D, E) hold the directing, lead and cooperating units.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx, write_xlsx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from ward_merger import merger_units

runner = CliRunner()
ROWS = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    (
        "1.",
        "Số hóa sổ hộ tịch của phường.",
        "Chủ tịch UBND phường Bắc Sơn",
        "UBND phường Bắc Sơn",
        "UBND phường Nam Sơn",
        "Tháng 10/2026",
        "",
    ),
]
HEADING = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2026",
    "(Kèm theo Kế hoạch số 7/KH-BCĐ ngày 10/01/2026 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
# Where the directing, lead and cooperating cells of the target's row are, as each file says it.
CELLS = {
    "docx": ("kh2026.docx:1:4:3", "kh2026.docx:1:4:4", "kh2026.docx:1:4:5"),
    "xlsx": ("kh2026.xlsx:Phụ lục!C7", "kh2026.xlsx:Phụ lục!D7", "kh2026.xlsx:Phụ lục!E7"),
}
REFUSES = {
    "vi": "'cds validate' sẽ từ chối sổ đăng ký được ghi: ",
    "en": "'cds validate' would refuse the registry written: ",
}
GONE = {
    "vi": "đơn vị {role} '{name}' không còn tồn tại trong năm 2026 của kế hoạch"
    " (chỉ đến 30/06/2025)",
    "en": "{role} unit '{name}' no longer existed in the plan's year 2026 (only until 30/06/2025)",
}
ROLE = {
    "vi": ("trực tiếp chỉ đạo", "chủ trì", "phối hợp"),
    "en": ("directing", "lead", "cooperating"),
}
NAMES = ("UBND phường Bắc Sơn", "UBND phường Bắc Sơn", "UBND phường Nam Sơn")


def _import(tmp: Path, kind: str, changes: str, lang: str) -> tuple[int, list[str]]:
    """Plan 2023's catalog, `changes` as the workspace's unit changes, the 2026 appendix as a
    `kind` file imported into plans/2026: the exit code and the lines that are no hint."""
    if not (tmp / "plans" / "2023").exists():
        init_registry(tmp / "plans" / "2023")
    (tmp / "plans" / "don_vi_thay_doi.yaml").write_text(changes, encoding="utf-8")
    write = write_docx if kind == "docx" else write_xlsx
    write(tmp / f"kh2026.{kind}", ROWS, HEADING)
    args = ["--lang", lang, "import", f"kh2026.{kind}", "--registry", "plans/2023"]
    result = runner.invoke(app, [*args, "--out", "plans/2026/phu_luc_01.yaml", "--force"])
    lines = [line for line in result.output.splitlines() if not line.startswith("  ")]
    return result.exit_code, lines


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("link", ["merged_into", "successor"])
def test_a_unit_gone_before_the_year_is_said_at_each_cell_naming_it(
    here: Path, kind: str, lang: str, link: str
) -> None:
    """The wards merged on 01/07/2025 (as `merged_into` or as `successor`), named in the 2026
    plan by an official's title (directing), by name (lead) and the other ward (cooperating)."""
    code, lines = _import(here, kind, "units:\n" + merger_units(2025, link), lang)
    assert code == 1
    said = [
        f"{cell}: {REFUSES[lang]}" + GONE[lang].format(role=role, name=name)
        for cell, role, name in zip(CELLS[kind], ROLE[lang], NAMES, strict=True)
    ]
    written = {
        "vi": "Đã ghi 1 chỉ tiêu (1 nhóm) vào plans/2026/phu_luc_01.yaml.",
        "en": "Wrote 1 target (1 group) to plans/2026/phu_luc_01.yaml.",
    }
    assert lines == [*said, written[lang]]


ENDS_AND_BEGINS = """units:
  - id: phuong-bac-son
    valid_to: 30/06/2026
  - id: phuong-nam-son
    valid_from: 01/03/2027
"""


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_lead_that_ends_and_a_unit_that_begins_later_are_said_at_their_cells(
    here: Path, kind: str
) -> None:
    """Bắc Sơn ends on 30/06/2026 with nobody after it while the target asks for its lead until
    October (the lead cell); Nam Sơn begins in 2027 (the cooperating cell). The directing cell
    (Bắc Sơn's chairman) is fine: only the lead must last until the deadline."""
    code, lines = _import(here, kind, ENDS_AND_BEGINS, "vi")
    assert code == 1
    _, lead, cooperating = CELLS[kind]
    assert lines == [
        f"{lead}: {REFUSES['vi']}đơn vị chủ trì 'UBND phường Bắc Sơn' chỉ tồn tại đến 30/06/2026"
        " và không có đơn vị kế thừa, nhưng chỉ tiêu cần đơn vị chủ trì đến 31/10/2026",
        f"{cooperating}: {REFUSES['vi']}đơn vị phối hợp 'UBND phường Nam Sơn' chưa tồn tại trong"
        " năm 2026 của kế hoạch (có từ 01/03/2027)",
        "Đã ghi 1 chỉ tiêu (1 nhóm) vào plans/2026/phu_luc_01.yaml.",
    ]
    code, lines = _import(here, kind, ENDS_AND_BEGINS, "en")
    assert lines[:2] == [
        f"{lead}: {REFUSES['en']}lead unit 'UBND phường Bắc Sơn' exists only until 30/06/2026,"
        " with no successor, but the target needs its lead until 31/10/2026",
        f"{cooperating}: {REFUSES['en']}cooperating unit 'UBND phường Nam Sơn' did not exist yet"
        " in the plan's year 2026 (it exists from 01/03/2027)",
    ]


def test_a_carried_rows_unit_is_said_at_its_own_cell(here: Path) -> None:
    """A row of the part "Chỉ tiêu chuyển tiếp từ năm 2025" (Word table 2: the part's title
    row 1, its header rows 2-3, the group row 4, the row 5) leading with Bắc Sơn: said at its
    "Đơn vị chủ trì" cell (column 4) under the id the plan gives it (I.2), not at its content."""
    init_registry(here / "plans" / "2023")
    changes = "units:\n" + merger_units(2025)
    (here / "plans" / "don_vi_thay_doi.yaml").write_text(changes, encoding="utf-8")
    rows = [
        ("header",),
        ("group", "I. Dữ liệu số"),
        ("1.", "Nội dung A.", "", "UBND phường Tam Điệp", "", "Tháng 6/2026", ""),
        ("table",),
        ("group", "Chỉ tiêu chuyển tiếp từ năm 2025"),
        ("header",),
        ("group", "I. Dữ liệu số"),
        ("1.", "Nội dung B.", "", "UBND phường Bắc Sơn", "", "Tháng 9/2026", ""),
    ]
    write_docx(here / "kh2026.docx", rows, HEADING)
    args = ["--lang", "en", "import", "kh2026.docx", "--registry", "plans/2023"]
    result = runner.invoke(app, [*args, "--out", "plans/2026/phu_luc_01.yaml"])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"kh2026.docx:2:5:4: {REFUSES['en']}"
        + GONE["en"].format(role="lead", name="UBND phường Bắc Sơn")
    )
