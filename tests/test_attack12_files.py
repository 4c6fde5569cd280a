"""Registry texts with control characters, written into the files cds makes (issue 12's attack):
each kind of file passes them through its own function of output/sanitize.py."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()
I1_CONTENT = (
    "        content: >-\n"
    "          100% các phòng, đơn vị thuộc UBND thành phố cung cấp dữ liệu phục vụ cho các sở ban"
    " ngành\n          của tỉnh triển khai xây dựng cơ sở dữ liệu dùng chung; dữ liệu mở theo chỉ"
    " đạo của tỉnh."
)
# Word's manual line break (vertical tab), a C0 control and an escape sequence: `validate` says
# each text holding one (attack 9, M: registry/rules_unseen.py), but every other command still
# answers, and each file it writes passes them through its sanitiser.
HOSTILE = (
    (I1_CONTENT, '        content: "100% các phòng\\vdòng hai\\x01 \\e[31mđỏ"'),
    ("  appendix: Phụ lục 01", '  appendix: "Phụ lục 01\\x01"'),
)
# The plan's reference is cited in every letter: validate refuses a control character in it
# (registry/rules_revised.py, tests/test_registry_bounds.py), so it is not among these.


def hostile_registry(folder: Path) -> Path:
    path = folder / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in HOSTILE:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return folder


def cds(folder: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--registry", str(folder)])
    return result.exit_code, result.stdout, result.stderr


MONTH = ("--month", "11/2023", "--as-of", "01/11/2023")


def test_validate_says_each_control_character_at_its_text(own_registry: Path) -> None:
    code, stdout, _ = cds(hostile_registry(own_registry), "validate")
    lines = [line.split(": ", 1)[1] for line in stdout.splitlines() if line.startswith("/")]
    assert (code, lines) == (
        1,
        [
            "tên phụ lục (document.appendix) có ký tự điều khiển (U+0001)",
            "chỉ tiêu I.1: 'content' có ký tự điều khiển (U+000B)",
        ],
    )


def test_a_form_shows_control_characters_and_reads_back(own_registry: Path, tmp_path: Path) -> None:
    """`cds form` exited 3 (openpyxl's IllegalCharacterError) on this valid registry."""
    folder = hostile_registry(own_registry)
    out = tmp_path / "y.xlsx"
    code, _, stderr = cds(folder, "form", "--unit", "Phòng Y tế", *MONTH, "--out", str(out))
    assert (code, stderr) == (0, "")
    book = openpyxl.load_workbook(out)
    assert book["Phiếu báo cáo"]["C8"].value == "100% các phòng\ndòng hai␁ ␛[31mđỏ"
    hidden = {row[0]: row[1] for row in book["_cds"].iter_rows(values_only=True)}
    assert hidden["appendix"] == "Phụ lục 01␁"
    assert str(hidden["plan"]).startswith("Kế hoạch số /KH-BCĐ")
    assert cds(folder, "progress", "import", str(out), "--dry-run") == (
        0,
        f"{out}: không có gì mới để ghi\n",
        "",
    )


def test_remind_with_forms_on_the_hostile_registry(own_registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "don-doc"
    code, _, stderr = cds(
        hostile_registry(own_registry), "remind", *MONTH, "--out", str(out), "--with-form"
    )
    assert (code, stderr) == (0, "")
    book = openpyxl.load_workbook(out / "phieu-bao-cao-phong-y-te-2023-11.xlsx")
    assert book["Phiếu báo cáo"]["C8"].value == "100% các phòng\ndòng hai␁ ␛[31mđỏ"


# An 8-bit CSI (clear screen), a right-to-left override and an OSC title: the data's own words.
SPOOF = '        content: "100% các phòng\\x9b2J\\u202eXYZ\\e]0;T\\a"'
SPOOF_SHOWN = "100% các phòng<U+009B>2J<U+202E>XYZ␛]0;T␇"


def spoofing_registry(folder: Path) -> Path:
    path = folder / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(I1_CONTENT, SPOOF, 1), encoding="utf-8")
    return folder


def test_json_escapes_c1_and_bidi_controls_and_keeps_the_text(own_registry: Path) -> None:
    """JSON left U+009B and U+202E raw: a terminal obeyed the first, reordered at the second."""
    code, stdout, stderr = cds(spoofing_registry(own_registry), "show", "I.1", "--format", "json")
    assert (code, stderr) == (0, "")
    assert '"content": "100% các phòng\\u009b2J\\u202eXYZ\\u001b]0;T\\u0007",' in stdout
    assert stdout.isprintable() or all(c in "\n" or c.isprintable() for c in stdout)
    assert json.loads(stdout)["content"] == "100% các phòng\x9b2J\u202eXYZ\x1b]0;T\x07"


def test_csv_shows_bidi_controls_and_guards_a_formula_after_a_line_break(
    own_registry: Path,
) -> None:
    folder = spoofing_registry(own_registry)
    code, stdout, stderr = cds(folder, "list", "--format", "csv")
    assert (code, stderr) == (0, "")
    assert f",{SPOOF_SHOWN}," in stdout
    add = ("progress", "add", "I.1", "--unit", "Phòng Y tế", "--status", "in_progress")
    assert cds(folder, *add, "--date", "01/11/2023", "--note", '\n=HYPERLINK("x")')[0] == 0
    code, stdout, stderr = cds(folder, "progress", "list", "--format", "csv")
    assert (code, stderr) == (0, "")
    assert ',"\'\n=HYPERLINK(""x"")",' in stdout


def test_word_excel_and_calendar_files_carry_no_bidi_control(
    own_registry: Path, tmp_path: Path
) -> None:
    folder = spoofing_registry(own_registry)
    for kind in ("docx", "xlsx", "ics"):
        out = tmp_path / f"phu-luc.{kind}"
        code, _, stderr = cds(folder, "export", "--format", kind, "--out", str(out))
        assert (code, stderr) == (0, ""), kind
    with zipfile.ZipFile(tmp_path / "phu-luc.docx") as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "100% các phòng&lt;U+009B&gt;2J&lt;U+202E&gt;XYZ␛]0;T␇" in xml
    book = openpyxl.load_workbook(tmp_path / "phu-luc.xlsx")
    cell = next(row[2] for row in book.active.iter_rows(values_only=True) if row[0] == "I.1")
    assert cell == SPOOF_SHOWN
    ics = (tmp_path / "phu-luc.ics").read_bytes().decode("utf-8")
    assert "\u202e" not in ics and "\x9b" not in ics
    assert "SUMMARY:I.1 100% các phòng2JXYZ]0\\;T\r\n" in ics
