"""Texts from files, folder names and paths on the terminal (issue 12's attack): each goes through
`sanitize.visible`, so an escape sequence, an 8-bit CSI, a bare CR or a bidi override is shown,
never obeyed, and no text prints a line of its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import REGISTRY, of_year

runner = CliRunner()
I1_CONTENT = (
    "        content: >-\n"
    "          100% các phòng, đơn vị thuộc UBND thành phố cung cấp dữ liệu phục vụ cho các sở ban"
    " ngành\n          của tỉnh triển khai xây dựng cơ sở dữ liệu dùng chung; dữ liệu mở theo chỉ"
    " đạo của tỉnh."
)
RAW = ("\x1b", "\x07", "\x9b", "\r", "\u202e")


def no_raw_control(text: str) -> bool:
    return not any(char in text for char in RAW)


def test_diff_shows_what_a_revision_holds_and_obeys_none_of_it(tmp_path: Path) -> None:
    """An OSC title, an OSC 52 clipboard write, an 8-bit CSI, a bare CR starting a forged line
    and a right-to-left override went to the terminal raw, in text and in markdown."""
    old = tmp_path / "a.yaml"
    old.write_text(REGISTRY.read_text(encoding="utf-8"), encoding="utf-8")
    hostile = '        content: "\\e]0;PWNED\\a \\e]52;c;SGk=\\a \\x9b2J z\\r+ II.9 giả \\u202eXYZ"'
    new = tmp_path / "b.yaml"
    new.write_text(old.read_text(encoding="utf-8").replace(I1_CONTENT, hostile), encoding="utf-8")
    # markdown was accepted and answered with the table; diff offers table and json only now
    refused = runner.invoke(app, ["diff", str(old), str(new), "--format", "markdown"])
    assert refused.exit_code == 2
    for fmt in ("table",):
        result = runner.invoke(app, ["diff", str(old), str(new), "--format", fmt])
        # b.yaml is one `cds validate` refuses (control characters in a text): said before the
        # diff, shown as validate shows them (no raw control either), exit 1 after the diff
        assert result.exit_code == 1
        assert no_raw_control(result.stdout) and no_raw_control(result.stderr)
        assert result.stderr.startswith(f"cảnh báo: {new} không hợp lệ (cds validate từ chối")
        lines = result.stdout.splitlines()
        assert lines[:2] == [f"{old} → {new}: thêm 0, bỏ 0, sửa 1 chỉ tiêu.", "~ I.1"]
        # the same id and cells, no word in common: one target rewritten, not surely
        assert lines[2].startswith("    ? ghép với I.1 nhưng chưa chắc là cùng chỉ tiêu")
        # (a space in common is no match: the word diff keeps only the ";" and "." of the old)
        assert lines[3].startswith("    Nội dung chỉ tiêu: [-100% các phòng,")
        assert lines[3].endswith("{+PWNED␇ ␛]52;c;SGk=␇ <U+009B>2J z")
        assert "-]{+␛]0+};[-" in lines[3]
        assert lines[4] == "      + II+}.{+9 giả <U+202E>XYZ+}"  # the CR's line, indented
        assert len(lines) == 5


EVIL = "evil\x1b]0;PWNED\x07\u202e"  # a folder's name: an OSC window title and an RTL override
EVIL_SHOWN = "evil␛]0;PWNED␇<U+202E>"
EVIL_PLAN = "evil\x1b]0:PWNED\x07\u202e"  # a plan folder: the same, its ';' a ':'
EVIL_PLAN_SHOWN = "evil␛]0:PWNED␇<U+202E>"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_registry_named_in_the_footer_and_by_version_is_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # the footer folds a long path at the terminal's width
    folder = tmp_path / EVIL
    folder.mkdir()
    shutil.copy(REGISTRY, folder / "phu_luc_01.yaml")
    code, stdout, stderr = invoke("show", "I.1", "--registry", str(folder))
    assert (code, stderr) == (0, "")
    assert stdout.endswith(f"\nSổ đăng ký: {tmp_path}/{EVIL_SHOWN}/phu_luc_01.yaml\n")
    monkeypatch.setenv("CDS_REGISTRY", str(folder))
    code, stdout, stderr = invoke("--version")
    assert (code, stderr) == (0, "")
    assert stdout == f"cds 0.1.0\nSổ đăng ký: {tmp_path}/{EVIL_SHOWN}/phu_luc_01.yaml\n"


def test_a_plans_heading_and_an_error_in_one_plan_are_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--all-plans printed a plan folder's name raw; an error in one plan printed its message
    object (and --format json exited 3 on it). A plan folder whose name holds ESC or an RTL
    override is no plan now (no hint can print its name, registry/plan_names.py): it is passed
    over, said on one line with its name shown, never raw (attack 16, a16_07)."""
    for name in (EVIL_PLAN, "2024"):
        (tmp_path / "plans" / name).mkdir(parents=True)
        shutil.copy(REGISTRY, tmp_path / "plans" / name / "phu_luc_01.yaml")
    of_year(tmp_path / "plans" / "2024" / "phu_luc_01.yaml", "2024")
    later = tmp_path / "plans" / "2024" / "phu_luc_01.yaml"  # a unit known by one plan only
    text = later.read_text(encoding="utf-8").replace(
        "        - Y tế\n", "        - Y tế\n        - Phòng Thử\n", 1
    )
    later.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    skipped = (
        f"cds: bỏ qua {tmp_path}/plans/{EVIL_PLAN_SHOWN}/phu_luc_01.yaml: tên thư mục có ký tự "
        "không hiện ra trên màn hình (U+0007 U+001B U+202E), nên lệnh trong gợi ý không gõ lại "
        "được tên đó, không phải một kế hoạch; đặt lại tên chỉ bằng chữ, số, '-' hoặc '.' "
        "(ví dụ 2024-sua-doi)\n"
    )
    code, stdout, stderr = invoke("late", "--all-plans", "--as-of", "01/11/2023")
    assert (code, stderr) == (0, skipped)
    assert no_raw_control(stdout)
    assert stdout.startswith("Kế hoạch 2024\n")
    assert EVIL_PLAN_SHOWN not in stdout
    code, stdout, stderr = invoke("report", "-u", "Phòng Thử", "--all-plans")
    assert (code, stderr) == (0, skipped)
    assert stdout.startswith("Kế hoạch 2024\nChỉ tiêu Phòng Y tế phụ trách")
    code, stdout, stderr = invoke("report", "-u", "Phòng Thử", "--all-plans", "--format", "json")
    assert (code, stderr) == (0, skipped)
    answers = json.loads(stdout)
    assert [a["plan"] for a in answers] == ["2024"]


def test_paths_given_on_the_command_line_never_print_a_line_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A path passed as a Path skipped the one-line rule: `init` and `export --out` printed ESC
    and a forged `file:line:col` line."""
    monkeypatch.chdir(tmp_path)
    name = "a\x1b]0;T\x07b\nFAKE:1:1: lỗi"
    code, stdout, stderr = invoke("init", name)
    assert (code, stderr) == (0, "")
    assert stdout.splitlines()[0] == "Đã tạo sổ đăng ký: a␛]0;T␇b␊FAKE:1:1: lỗi/phu_luc_01.yaml"
    assert not any(line.startswith("FAKE") for line in stdout.splitlines())
    assert no_raw_control(stdout)
    out = "o\x1b[31m\n.ics"
    code, stdout, stderr = invoke("export", "--format", "ics", "--out", out, "--registry", name)
    assert (code, stderr) == (0, "")
    assert stdout == "Đã xuất ics: o␛[31m␊.ics\n"
    code, stdout, stderr = invoke("export", "--format", "ics", "--out", out, "--registry", name)
    assert code == 2
    assert stderr.splitlines()[0] == "cds: lỗi: 'o␛[31m␊.ics' đã tồn tại; chưa ghi gì"


def test_import_shows_a_cells_text_and_prints_no_line_of_its_own(tmp_path: Path) -> None:
    """A lead cell's 8-bit CSI, RTL override and line break went raw to stderr, the line break
    starting a forged `file:...: lỗi` line."""
    exported = tmp_path / "phu-luc.xlsx"
    code, _, stderr = invoke("export", "--format", "xlsx", "--out", str(exported))
    assert (code, stderr) == (0, "")
    book = openpyxl.load_workbook(exported)
    row = next(r for r in book.active.iter_rows() if r[0].value == "II.4")
    row[4].value = "Phòng Ma\x9b2J\u202eXYZ\nfake.docx:1:1:0: lỗi giả mạo"
    book.save(tmp_path / "evil.xlsx")
    code, stdout, stderr = invoke(
        "import", str(tmp_path / "evil.xlsx"), "--out", str(tmp_path / "o.yaml")
    )
    assert (code, stdout) == (1, "")  # a unit to decide: written, marked, exit 1
    assert no_raw_control(stderr)
    lines = stderr.splitlines()
    # the export's own columns (Tình trạng, …) are said first, at their headings (attack20 F1)
    assert lines[0].startswith(f"{tmp_path}/evil.xlsx:Phụ lục 01!I6: ghi chú: cột 'Tình trạng'")
    assert (
        f"{tmp_path}/evil.xlsx:Phụ lục 01!E17: danh mục không có đơn vị nào tên "
        "'Phòng Ma<U+009B>2J<U+202E>XYZ␊fake.docx:1:1:0: lỗi giả mạo'"
    ) in lines
    assert not any(line.startswith("fake.docx") for line in lines)
