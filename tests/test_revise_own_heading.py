"""A revised table whose heading repeats the plan's own ("Kèm theo Kế hoạch số 5/KH-BCĐ ngày
10/01/2024", the guide's ke-hoach-2024-sua-doi.docx), applied with `--on` (clerk 17, F1, F3).

Plan 2024 (Kế hoạch số 5/KH-BCĐ ngày 10/01/2024) of two targets; the own-heading table lists I.1
only, applied `--on 20/03/2024`: I.2 annulled from 20/03/2024, and the revision recorded in
`document.revisions` with its number left blank (date 20/03/2024), never as the plan itself.
A second revision, Kế hoạch số 88/KH-BCĐ ngày 01/10/2024, listing I.1 and a new row, is then
accepted (before the fix: refused, 20/03/2024 being "no revision's date"). Letters cite both.
"""

from __future__ import annotations

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
TWO = ("2.", "Nội dung hai.", "", "Phòng Y tế", "", "Tháng 9/2024", "")
NEW = ("2.", "Nội dung ba.", "", "Phòng Tư pháp", "", "Tháng 11/2024", "")
SECOND = [
    *HEADING_2024[:2],
    "(Kèm theo Kế hoạch số 88/KH-BCĐ ngày 01/10/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
REASON = "Bãi bỏ theo văn bản điều chỉnh: ngày 20/03/2024 (không ghi số; đọc từ tệp sua-doi.docx)"


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--registry", REGISTRY, *args])


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    write_docx(tmp_path / "sua-doi.docx", [("header",), GROUP, ONE], HEADING_2024)
    write_docx(tmp_path / "lan-2.docx", [("header",), GROUP, ONE, NEW], SECOND)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    return tmp_path


@pytest.mark.parametrize(
    ("lang", "cancelled", "recorded"),
    [
        (
            "vi",
            f"x I.2  bãi bỏ từ 20/03/2024 theo văn bản điều chỉnh {REASON.partition(': ')[2]}",
            "Ghi nhận bản điều chỉnh có hiệu lực từ 20/03/2024 vào danh sách bản điều chỉnh "
            '(`revisions`), chưa có số, ký hiệu: công văn, báo cáo trích "đã điều chỉnh theo '
            'Kế hoạch số …………/………… ngày 20/03/2024"; điền number, symbol khi biết.',
        ),
        (
            "en",
            f"x I.2  annulled from 20/03/2024 by the revision {REASON.partition(': ')[2]}",
            "Records the revision in effect from 20/03/2024 in document.revisions, with no "
            'number or symbol yet: letters and reports cite "đã điều chỉnh theo Kế hoạch số '
            '…………/………… ngày 20/03/2024"; fill in number and symbol once known.',
        ),
    ],
)
def test_the_own_heading_revision_is_recorded_by_its_day_not_as_the_plan(
    plan: Path, lang: str, cancelled: str, recorded: str
) -> None:
    done = cds("import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "--yes", "--lang", lang)
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert cancelled in lines
    assert recorded in lines
    assert "Kế hoạch số 5/KH-BCĐ ngày 10/01/2024" not in done.output  # never the plan itself
    text = (plan / REGISTRY).read_text(encoding="utf-8")
    assert (
        "  revisions:\n    - reference: ''\n      number: ''\n      symbol: ''\n"
        "      date: 20/03/2024\n      printed: []\n"
    ) in text
    assert f"cancelled_reason: '{REASON}'" in text
    assert "        cancelled: 20/03/2024\n" in text
    again = cds("import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "--yes")
    assert again.exit_code == 0, again.output  # the same revision again: recorded once
    assert (plan / REGISTRY).read_text(encoding="utf-8").count("date: 20/03/2024") == 1
    assert cds("validate", "--lang", lang).exit_code == 0


def test_a_later_headed_revision_is_accepted_and_both_are_cited(plan: Path) -> None:
    first = cds("import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "--yes")
    assert first.exit_code == 0, first.output
    second = cds("import", "lan-2.docx", "--revise", "--yes", "--lang", "en")
    assert second.exit_code == 0, second.output
    assert "Records the revising plan: Kế hoạch số 88/KH-BCĐ ngày 01/10/2024." in (
        second.output.splitlines()
    )
    text = (plan / REGISTRY).read_text(encoding="utf-8")
    assert (
        "  revisions:\n    - reference: ''\n      number: ''\n      symbol: ''\n"
        "      date: 20/03/2024\n      printed: []\n"
        "    - reference: Kế hoạch số 88/KH-BCĐ ngày 01/10/2024 của Ban Chỉ đạo chuyển đổi số "
        "thành phố\n      number: '88'\n      symbol: KH-BCĐ\n      date: 01/10/2024\n"
        "      printed:\n        - id: I.3\n          number: I.2\n"
    ) in text
    assert "        cancelled: 20/03/2024\n" in text  # I.2's day stays the first revision's
    assert "        added: 01/10/2024\n" in text  # I.3, the second's new row
    assert cds("validate").exit_code == 0
    out = cds("export", "--format", "docx", "--out", "a.docx", "--as-of", "15/10/2024")
    assert out.exit_code == 0, out.output
    import docx

    document = docx.Document(str(plan / "a.docx"))
    lines = [p.text for p in document.paragraphs if p.text]
    assert (
        "(đã điều chỉnh theo Kế hoạch số …………/………… ngày 20/03/2024, Kế hoạch số 88/KH-BCĐ "
        "ngày 01/10/2024)"
    ) in lines
