"""Issue 16's attack: small hostile inputs to `cds import` and `cds diff` must end fast, with a
located message, never by exhausting the machine's time or memory."""

from __future__ import annotations

import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.diff import word_diff

from paths import REGISTRY

runner = CliRunner()


def _sentence(count: int, seed: int) -> str:
    # A vocabulary of five words: every word of one text matches many of the other's.
    chance = random.Random(seed)
    return " ".join(f"từ{chance.randint(0, 5)}" for _ in range(count))


def test_a_fully_reworded_long_field_diffs_in_about_a_second() -> None:
    """5000 words reworded took more than 600 s (matching spaces made it cubic)."""
    old, new = _sentence(5000, 1), _sentence(5000, 2)
    started = time.monotonic()
    pieces = word_diff(old, new)
    assert time.monotonic() - started < 2
    assert "".join(t for op, t in pieces if op != "+") == old
    assert "".join(t for op, t in pieces if op != "-") == new


def test_a_long_field_with_one_word_changed_still_shows_that_word() -> None:
    old = _sentence(5000, 1)
    new = old.replace("từ", "chữ", 1)
    started = time.monotonic()
    pieces = word_diff(old, new)
    assert time.monotonic() - started < 2
    assert pieces == [("-", old.split(" ")[0]), ("+", new.split(" ")[0]), ("=", old[3:])]


def test_a_space_in_common_is_no_match() -> None:
    assert word_diff("x y", "z w") == [("-", "x y"), ("+", "z w")]
    assert word_diff("Cấp tin; rồi", "Cấp dữ liệu; rồi") == [
        ("=", "Cấp "),
        ("-", "tin"),
        ("+", "dữ liệu"),
        ("=", "; rồi"),
    ]


def _docx_with(tmp_path: Path, name: str, edit: Callable[[bytes], bytes]) -> Path:
    base = tmp_path / "base.docx"
    document = docx.Document()
    document.add_table(rows=1, cols=2).cell(0, 0).text = "STT"
    document.save(str(base))
    out = tmp_path / name
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info.filename)
            copy.writestr(info, edit(data) if info.filename == "word/document.xml" else data)
    return out


def _far_cell(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active["A1"] = "x"  # type: ignore[index]
    book.active["XFD1048576"] = "y"  # type: ignore[index]
    book.save(tmp_path / "far.xlsx")
    return tmp_path / "far.xlsx"


def _one_merge(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active["A1"] = "x"  # type: ignore[index]
    book.active.merge_cells("A1:Z9000")  # type: ignore[union-attr]
    book.save(tmp_path / "merge.xlsx")
    return tmp_path / "merge.xlsx"


def _span(tmp_path: Path) -> Path:
    span = b'<w:tcPr><w:gridSpan w:val="50000000"/>'
    return _docx_with(tmp_path, "span.docx", lambda xml: xml.replace(b"<w:tcPr>", span, 1))


def _paragraphs(tmp_path: Path) -> Path:
    many = b"<w:body>" + b"<w:p/>" * 1_000_000
    return _docx_with(tmp_path, "paras.docx", lambda xml: xml.replace(b"<w:body>", many, 1))


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (
            _far_cell,
            "far.xlsx, trang tính thứ 1: trang tính có ô ở quá xa bảng để là một phụ lục,"
            " không đọc:"
            " có dòng thứ 1.048.576 (tối đa 10.000)",
        ),
        (
            _one_merge,
            "merge.xlsx, trang tính thứ 1: tệp quá lớn để là một phụ lục, không đọc:"
            " có hơn 200.000 ô (kể cả ô gộp)",
        ),
        (
            _span,
            "span.docx, nội dung văn bản: tệp quá lớn để là một phụ lục, không đọc:"
            " một ô trải trên 50.000.000 cột (gridSpan; tối đa 256)",
        ),
        (
            _paragraphs,
            "paras.docx, nội dung văn bản: tệp quá lớn để là một phụ lục, không đọc:"
            " có hơn 200.000 đoạn văn",
        ),
    ],
)
def test_a_hostile_office_file_is_refused_fast(
    tmp_path: Path, make: Callable[[Path], Path], said: str
) -> None:
    """Each took from 52 s to more than 300 s (and up to 1.1 GB) to read before."""
    path = make(tmp_path)
    for command in (["import", str(path)], ["diff", str(REGISTRY), str(path)]):
        started = time.monotonic()
        result = runner.invoke(app, [*command, "--registry", str(REGISTRY)])
        assert time.monotonic() - started < 10
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr.splitlines()[0] == f"cds: lỗi: {said}"
