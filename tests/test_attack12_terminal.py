"""Texts from files, folder names and paths on the terminal (issue 12's attack): each goes through
`sanitize.visible`, so an escape sequence, an 8-bit CSI, a bare CR or a bidi override is shown,
never obeyed, and no text prints a line of its own."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import REGISTRY

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
    for fmt in ("table", "markdown"):
        result = runner.invoke(app, ["diff", str(old), str(new), "--format", fmt])
        assert result.exit_code == 0
        assert no_raw_control(result.stdout)
        lines = result.stdout.splitlines()
        assert lines[:2] == [f"{old} → {new}: thêm 0, bỏ 0, sửa 1 chỉ tiêu.", "~ I.1"]
        assert lines[2].startswith("    Nội dung chỉ tiêu: [-100%-]{+␛]0;PWNED␇+} ")
        assert "{+␛]52;c;SGk=␇+}" in lines[2] and "<U+009B>2J" in lines[2]
        assert lines[3].startswith("      ++} [-vị-]{+II.9+} ")  # the CR's line, indented
        assert lines[3].endswith("{+<U+202E>XYZ+}")
        assert len(lines) == 4
