"""A collective ("UBND các phường, xã") given a last day or a successor in the workspace's
unit changes is refused at each key (review 15, a15_02): a collective stands for the members
that exist on each day, so a merger is recorded on the member ward. Accepted, `show` said the
collective's work passed to one ward while still owing it from all nine wards and communes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()

MERGED = """units:
  - id: ubnd-cac-phuong-xa
    valid_to: 30/06/2023
    merged_into: phuong-yen-binh
"""

VI = [
    "'ubnd-cac-phuong-xa' (UBND các phường, xã) là một tập thể: tập thể không có ngày thôi tồn"
    " tại (`valid_to`) hay đơn vị kế thừa (`successor`, `merged_into`); các đơn vị thành viên mới"
    " sáp nhập",
    "  gợi ý: xóa dòng này khỏi mục 'ubnd-cac-phuong-xa'; ghi việc sáp nhập ở từng đơn vị thành"
    " viên (ví dụ `id: phuong-tan-binh`, `valid_to: 30/06/2024`, `merged_into: phuong-yen-binh`):"
    " tập thể tự tính theo các đơn vị còn tồn tại mỗi ngày",
]
EN = [
    "'ubnd-cac-phuong-xa' (UBND các phường, xã) is a collective: a collective has no last day"
    " (`valid_to`) nor successor (`successor`, `merged_into`); its member units are merged",
    "  hint: delete this line from 'ubnd-cac-phuong-xa'; record the merger on each member unit"
    " (e.g. `id: phuong-tan-binh`, `valid_to: 30/06/2024`, `merged_into: phuong-yen-binh`): the"
    " collective counts the members that exist on each day",
]


def _workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changes: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "250")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(changes, encoding="utf-8")


@pytest.mark.parametrize(("lang", "words", "last"), [
    ("vi", VI, "2 lỗi trong 1 tệp (đã kiểm tra 2 tệp)."),
    ("en", EN, "2 problems in 1 file (2 files checked)."),
])  # fmt: skip
def test_a_collective_merged_is_refused_at_each_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, words: list[str], last: str
) -> None:
    _workspace(tmp_path, monkeypatch, MERGED)
    result = runner.invoke(app, ["validate", "--lang", lang])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    # line 3 `valid_to`, line 4 `merged_into`, each at its key (column 5); the hint said once
    assert lines == [
        f"plans/don_vi_thay_doi.yaml:3:5: {words[0]}",
        "  3 |     valid_to: 30/06/2023",
        "    |     ^",
        words[1],
        f"plans/don_vi_thay_doi.yaml:4:5: {words[0]}",
        "  4 |     merged_into: phuong-yen-binh",
        "    |     ^",
        last,
    ]
    # every command on the plan refuses it: the lead said passed, its parts still owed, is
    # never shown
    shown = runner.invoke(app, ["show", "I.1", "--lang", lang])
    assert shown.exit_code == 1, shown.output
    assert "phuong-yen-binh" in shown.output and "→" not in shown.output


def test_a_collective_successor_alone_is_refused_at_its_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _workspace(
        tmp_path,
        monkeypatch,
        "units:\n  - id: ubnd-cac-phuong-xa\n    successor: phuong-yen-binh\n",
    )
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1, result.output
    located = [line for line in result.output.splitlines() if line.startswith("plans/")]
    assert located == [f"plans/don_vi_thay_doi.yaml:3:5: {VI[0]}"]  # no "no last day" besides
    assert result.output.splitlines()[-1] == "1 lỗi trong 1 tệp (đã kiểm tra 2 tệp)."
