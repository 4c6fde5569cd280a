"""`cds validate` says a hint once per run (issue 16, clerk 6b): three cells naming an unknown
unit make three problems, each with its own closest name, and the long advice to add the unit
only under the first, as `cds import` says them; in English too. JSON keeps each problem's hint
whole (machine contract: a consumer reads one finding at a time)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import REGISTRY

runner = CliRunner()
WRITTEN = "          text: Phòng Văn hóa và Thông tin"
WRONG = "          text: Phòng Ngoại vụ"
ADD_VI = (
    "thêm đơn vị vào danh mục đơn vị của sổ đăng ký, dưới dòng 'units:' của phần 'catalog:', như"
    " các đơn vị đã có, ví dụ: '- id: phong-dan-toc' rồi 'name: Phòng Dân tộc', 'kind:"
    " department', 'source: appendix'; hoặc thêm tên này vào 'aliases:' (tên gọi khác) của đơn"
    " vị nó chỉ"
)
ADD_EN = (
    "add the unit to the registry's unit catalog, under the line 'units:' of its 'catalog:'"
    " section, like the units there, e.g. '- id: phong-dan-toc' then 'name: Phòng Dân tộc',"
    " 'kind: department', 'source: appendix'; or add this name to the 'aliases:' (other names)"
    " of the unit it means"
)


@pytest.fixture
def three(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The shipped registry with its first three cells 'Phòng Văn hóa và Thông tin' (lines 370,
    396 and 540) written 'Phòng Ngoại vụ', their units left: the lines changed."""
    lines = REGISTRY.read_text(encoding="utf-8").splitlines()
    changed = [i for i, line in enumerate(lines) if line == WRITTEN][:3]
    for i in changed:
        lines[i] = WRONG
    (tmp_path / "phu_luc_01.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return [i + 1 for i in changed]


def _expected(rows: list[int], hints: list[str], word: str, message: str) -> list[str]:
    said = []
    for row, hint in zip(rows, hints, strict=True):
        said += [
            f"phu_luc_01.yaml:{row}:17: {message}",
            f"  {row} | {WRONG}",
            f"  {' ' * len(str(row))} |                 ^",
            f"  {word}: {hint}",
        ]
    return said


def test_the_advice_once_the_closest_name_each_time(three: list[int]) -> None:
    assert three == [370, 396, 540]
    result = runner.invoke(app, ["validate", "phu_luc_01.yaml"])
    assert result.exit_code == 1
    near = "có phải 'Phòng Nội vụ'?"
    message = "danh mục không có đơn vị nào tên 'Phòng Ngoại vụ'"
    assert result.output.splitlines() == [
        *_expected(three, [f"{near} {ADD_VI}", near, near], "gợi ý", message),
        "3 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
    ]


def test_in_english_too(three: list[int]) -> None:
    result = runner.invoke(app, ["validate", "phu_luc_01.yaml", "--lang", "en"])
    near = "did you mean 'Phòng Nội vụ'?"
    message = "no unit in the catalog is named 'Phòng Ngoại vụ'"
    assert result.output.splitlines()[:-1] == _expected(
        three, [f"{near} {ADD_EN}", near, near], "hint", message
    )


def test_json_keeps_each_hint_whole(three: list[int]) -> None:
    result = runner.invoke(app, ["validate", "phu_luc_01.yaml", "--format", "json"])
    found = json.loads(result.output)
    assert [(p["line"], p["hint"]) for p in found] == [
        (row, f"có phải 'Phòng Nội vụ'? {ADD_VI}") for row in three
    ]
