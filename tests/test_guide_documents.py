"""The Vietnamese user guide walks a clerk from `cds remind --format docx` to signed and sent
letters (issue 15): its commands are real, and what it says they print is what they print."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cds_tracker.cli import app

GUIDE = Path(__file__).parent.parent / "docs" / "huong-dan-su-dung.md"
COMMAND = (
    "cds remind --month 11/2023 --as-of 01/11/2023 --report-by 10/11/2023 --format docx "
    "--out don-doc/"
)


def _section(text: str, title: str) -> str:
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_the_guide_walks_from_word_letters_to_sending() -> None:
    section = _section(GUIDE.read_text(encoding="utf-8"), "Văn bản Word, ký và gửi thư đôn đốc")
    for needed in ("document:\n  office:", COMMAND, "--dry-run", "--send", "CDS_SMTP_HOST",
                   "CDS_SMTP_PORT", "CDS_SMTP_SECURITY", "CDS_SMTP_USER", "CDS_SMTP_PASSWORD",
                   "CDS_SMTP_FROM", "nhat-ky-gui-thu.jsonl", "email:"):  # fmt: skip
        assert needed in section, needed


def test_the_guides_letter_command_prints_what_it_says(tmp_path: Path) -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    section = _section(guide, "Văn bản Word, ký và gửi thư đôn đốc")
    region = section[section.index(f"<!-- chạy: {COMMAND} -->") :]
    said = region[: region.index("<!-- /chạy -->")].split("```")[3].strip()  # command, output
    out = tmp_path / "don-doc"
    result = CliRunner().invoke(app, [*COMMAND.split()[1:-1], str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == said.replace("don-doc/", f"{out}/")
    assert (out / "don-doc-2023-11-phong-y-te.docx").is_file()


def test_the_guide_no_longer_says_a_collective_gets_one_note() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    assert "văn bản liệt kê đơn vị nào đã báo cáo, đơn vị nào chưa" not in guide
    assert "mỗi thành viên chưa xong phần việc của mình nhận văn bản riêng" in guide
