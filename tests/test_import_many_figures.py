"""`cds import --indicators` on a cell stating thousands of percentages (issue 16, attack 6):
"Đạt 1% và 1% và …" 1,200 times took 44 s and wrote the whole cell into each of 1,200
indicators. A target gets at most ten proposals, each `measures` a few words around its figure,
and the registry written is one cds reads."""

from __future__ import annotations

import time
from pathlib import Path

from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.cli import app
from cds_tracker.registry.importing.figures import MAX_MEASURES, percentages, proposed
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
HEADING = [
    "Phụ lục 01:",
    "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]


def test_three_thousand_figures_make_ten_proposals_and_a_note(tmp_path: Path) -> None:
    content = "Đạt " + "1% và " * 2999 + "1%."  # 3,000 figures, 18 KB
    rows: list[tuple[str, ...]] = [
        ("header",),
        ("group", "I. DỮ LIỆU SỐ"),
        ("1.", content, "", "Phòng Nội vụ", "", "Tháng 3/2024", ""),
    ]
    source = write_docx(tmp_path / "nhieu.docx", rows, HEADING)
    out = tmp_path / "r.yaml"
    started = time.monotonic()
    result = runner.invoke(
        app,
        ["import", str(source), "--registry", str(REGISTRY), "--out", str(out), "--indicators"],
    )
    assert time.monotonic() - started < 20
    assert result.exit_code == 0, result.output
    # Rows: 1-2 header, 3 group, 4 I.1; its content is column 2.
    lines = [line for line in result.output.splitlines() if line.startswith(str(source))]
    assert lines[0] == (
        f"{source}:1:4:2: ghi chú: ô này nêu thêm 2990 ngưỡng %, không được đề xuất (mỗi chỉ "
        "tiêu tối đa 10); thêm chỉ số bằng tay nếu cần"
    )
    assert len(lines) == 11
    assert lines[10] == (
        f"{source}:1:4:2: ghi chú: đề xuất chỉ số chi_so_10: '1%' (>= 1%), cần người xác nhận"
    )
    (target,) = parse(out.read_text(encoding="utf-8"))["groups"][0]["targets"]
    indicators = target["indicators"]
    assert [i["key"] for i in indicators] == [f"chi_so_{n}" for n in range(1, 11)]
    assert indicators[0]["text"] == "Đạt 1%"
    # The first figure opens the cell: the 200 characters from it, cut at the last space
    # before the 200th (the one after its 33rd "1%", at 198), then "…".
    assert indicators[0]["measures"] == "Đạt " + "1% và " * 32 + "1%…"
    assert all(len(i["measures"]) <= MAX_MEASURES + 2 for i in indicators)
    assert out.stat().st_size < 20_000 + len(content.encode())  # the content once, not 3,000 times
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1  # ten proposals wait for a person: read, not crashed
    assert checked.output.count("giá trị nhập cần người quyết định: indicators: đề xuất") == 10


def test_measures_are_the_clause_of_each_figure_where_it_stands() -> None:
    """A figure written twice belongs to the clause where each stands; a long clause gives
    the words around the figure."""
    content = "Trên 50% hồ sơ; trên 50% cán bộ\n" + "x " * 300 + "đạt 90% thủ tục " + "y " * 300
    figures = percentages(content)
    indicators, more = proposed({"content": content, "lead": {"units": ["a"]}}, frozenset())
    assert more == 0
    assert [i["measures"] for i in indicators[:2]] == ["Trên 50% hồ sơ", "trên 50% cán bộ"]
    third = indicators[2]["measures"]
    assert third.startswith("…x ") and third.endswith(" y…")
    assert "đạt 90% thủ tục" in third
    assert len(third) <= MAX_MEASURES + 2
    assert [f.at for f in figures] == [0, 16, content.index("đạt 90%")]
