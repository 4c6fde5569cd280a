"""A space typed before a cell's text (" Phòng Nội vụ", " Tháng 6/2024") is no text a person
wrote, as a trailing Enter is not (attack 11): the importer leaves it out, and `import
--revise` and `cds diff` compare texts without it, so it is no revision of the target — no
dated `before` entry, and a unit's form made before stays valid (attack 13, a13_06)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.cli import app
from cds_tracker.core.text import trimmed

runner = CliRunner()
TEXT = "Mở lớp tập huấn kỹ năng số cho cán bộ."


def _heading(day: str, number: int) -> list[str]:
    return [
        "Phụ lục 01",
        "Phân công phụ trách các chỉ tiêu năm 2024",
        f"(Kèm theo Kế hoạch số {number}/KH-BCĐ ngày {day} của Ban Chỉ đạo chuyển đổi số "
        "thành phố)",
    ]


def test_trimmed_drops_the_spaces_and_tabs_before_the_text_only() -> None:
    assert trimmed(" \tPhòng Nội vụ") == "Phòng Nội vụ"
    assert trimmed("\n  \n  dòng 1\n  dòng 2  \n") == "dòng 1\n  dòng 2"
    assert trimmed("a  b\tc") == "a  b\tc"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_leading_space_is_no_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    row = ("1.", TEXT, "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
    spaced = ("1.", " " + TEXT, "", " Phòng Nội vụ", "", "\t Tháng 6/2024", "")
    write_docx(
        Path("kh.docx"), [("header",), ("group", "I. Dữ liệu số"), row], _heading("10/01/2024", 5)
    )
    write_docx(
        Path("sua.docx"),
        [("header",), ("group", "I. Dữ liệu số"), spaced],
        _heading("25/03/2024", 13),
    )
    assert runner.invoke(app, ["init", "plans/2023"]).exit_code == 0
    plan = "plans/2024/phu_luc_01.yaml"
    made = runner.invoke(app, ["import", "kh.docx", "--out", plan, "--registry", "plans/2023"])
    assert made.exit_code == 0, made.output
    before = Path(plan).read_text(encoding="utf-8")
    assert f"        content: {TEXT}\n" in before
    diff = runner.invoke(app, ["--lang", lang, "diff", plan, "sua.docx"])
    assert diff.exit_code == 0, diff.output
    said = {"vi": "thêm 0, bỏ 0, sửa 0 chỉ tiêu.", "en": "0 added, 0 removed, 0 changed targets."}[
        lang
    ]
    assert diff.stdout.splitlines()[0] == f"{plan} → sua.docx: {said}"
    revised = runner.invoke(
        app, ["--lang", lang, "--plan", "2024", "import", "sua.docx", "--revise", "--yes"]
    )
    assert revised.exit_code == 0, revised.output
    after = Path(plan).read_text(encoding="utf-8")
    assert "until:" not in after
    assert f"        content: {TEXT}\n" in after
    assert "' Phòng Nội vụ'" not in after and "' Tháng 6/2024'" not in after


def test_a_leading_no_break_space_is_no_text_either() -> None:
    """attack 14, a14_10: Word pastes a no-break space (U+00A0) before a text; it was kept, and a
    revised table differing by it alone was a revision of the target."""
    from cds_tracker.core.text import trimmed

    assert trimmed("\u00a0 Mở lớp") == "Mở lớp"
    assert trimmed("\t\u00a0Phòng Nội vụ\u00a0") == "Phòng Nội vụ"
    assert trimmed("a\n\u00a0 b") == "a\n\u00a0 b"  # an inner line's own spaces are kept
