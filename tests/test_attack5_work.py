"""Attack 5: inputs of a few kilobytes that made `cds` work for minutes (unit cells of thousands
of names, sparse spreadsheets, word diffs of repeated words, wide merged Word cells). Each test
bounds the work: a count of the operations done, or a scaled input far past what the old code
finished in the time allowed."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry import units
from cds_tracker.registry.importing.sheet_tables import _xlsx_grid
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.units import UnitIndex

from paths import REGISTRY


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    return UnitIndex(registry.catalog.units, registry.catalog.official_titles)


def test_a_cell_is_lowered_once_not_once_per_name(
    index: UnitIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`_whole` lowered the whole cell again for every name found: 4000 names took 13.7 s."""
    lowered: list[int] = []
    real = units.lower

    def counting(text: str) -> str:
        lowered.append(len(text))
        return real(text)

    monkeypatch.setattr(units, "lower", counting)
    cell = "; ".join(["Phòng Y tế"] * 500)
    found = index.resolve(cell)
    assert found.unit_ids == ("phong-y-te",) and len(found.refs) == 500
    assert not found.unresolved
    assert sum(lowered) <= 2 * len(cell)


def test_a_cell_of_twenty_thousand_names_resolves_in_seconds(index: UnitIndex) -> None:
    """Quadratic before (4000 names: 13.7 s, so 20000 would take minutes); linear now."""
    cell = "; ".join(["Phòng Y tế", "Phòng Tư pháp"] * 10_000)
    started = time.process_time()
    found = index.resolve(cell)
    assert time.process_time() - started < 20
    assert len(found.refs) == 20_000 and not found.unresolved


def test_unknown_names_are_matched_against_each_catalogue_name_cheaply(index: UnitIndex) -> None:
    """Each unknown name folded and split every catalogue name again (300 names: 22 s)."""
    cell = "; ".join(f"Phòng Khác {i}" for i in range(3000))
    started = time.process_time()
    found = index.resolve(cell)
    assert time.process_time() - started < 30
    assert found.refs == () and len(found.unresolved) == 3000
    assert found.unresolved[7] == "Phòng Khác 7"


runner = CliRunner()


def _refused(path: Path) -> list[str]:
    """What `cds import` and `cds diff` say of `path`: the same refusal, exit 1, fast."""
    said = []
    for command in (["import", str(path)], ["diff", str(REGISTRY), str(path)]):
        started = time.process_time()
        result = runner.invoke(app, [*command, "--registry", str(REGISTRY)])
        assert time.process_time() - started < 10
        assert (result.exit_code, result.stdout) == (1, "")
        said.append(result.stderr.splitlines()[0])
    assert said[0] == said[1]
    return said


def _sparse(tmp_path: Path, corners: list[str]) -> Path:
    book = openpyxl.Workbook()
    for number, corner in enumerate(corners):
        sheet = book.active if number == 0 else book.create_sheet()
        assert sheet is not None
        sheet["A1"] = "Stt"
        sheet[corner] = "x"
    book.save(tmp_path / "sparse.xlsx")
    return tmp_path / "sparse.xlsx"


def test_a_sheet_of_two_far_apart_cells_is_refused_by_its_grid(tmp_path: Path) -> None:
    """A1 and IV10000 are each within the row and column limits; openpyxl built the 2.56
    million cells between them (27 s and 940 MB per sheet)."""
    said = _refused(_sparse(tmp_path, ["IV10000"]))
    assert said[0] == (
        "cds: lỗi: sparse.xlsx, trang tính thứ 1: trang tính có ô ở quá xa bảng để là một"
        " phụ lục, không đọc: trải trên 2.560.000 ô (số dòng × số cột đến ô cuối, mọi trang"
        " tính cộng lại; tối đa 1.000.000)"
    )


def test_the_grid_limit_counts_all_sheets_together(tmp_path: Path) -> None:
    """Each sheet is 50 columns × 10000 rows: two pass (1000000), the third's first cell
    does not."""
    said = _refused(_sparse(tmp_path, ["AX10000"] * 3))
    assert said[0].startswith("cds: lỗi: sparse.xlsx, trang tính thứ 3: ")
    assert " trải trên 1.000.001 ô " in said[0]


def test_a_sheet_is_read_from_the_cells_it_holds(tmp_path: Path) -> None:
    """iter_rows made a cell object for each of the 200000 places from A1 to T10000."""
    sheet = openpyxl.Workbook().active
    assert sheet is not None
    sheet["A1"], sheet["T10000"], sheet["B2"] = "Stt", "x", 7.0
    grid = _xlsx_grid(sheet, {}, {})
    assert len(sheet._cells) == 3
    assert (len(grid), len(grid[0])) == (10_000, 20)
    assert (grid[0][0], grid[1][1], grid[9999][19], grid[5000][3]) == ("Stt", "7", "x", "")


def test_cells_spanning_many_columns_count_each_column(tmp_path: Path) -> None:
    """2000 rows × 20 cells × gridSpan 256 (67 KB) took 87 s: 40000 cells, each read 256
    times. 800 rows of one cell spanning 256 columns are 204800 cells of the grid."""
    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="256"/></w:tcPr><w:p/></w:tc>'
    table = "<w:tbl>" + f"<w:tr>{cell}</w:tr>" * 800 + "</w:tbl>"
    out = tmp_path / "span.docx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w") as copy:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + table.encode(), 1)
            copy.writestr(info, data)
    assert _refused(out)[0] == (
        "cds: lỗi: span.docx, nội dung văn bản: tệp quá lớn để là một phụ lục, không đọc:"
        " có hơn 200.000 ô (kể cả ô gộp)"
    )


def test_a_word_diff_of_repeated_words_does_bounded_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the word budget, 497 "x" against 248 "x y" made difflib search hundreds of times
    through a quarter million places (2 s a field; a diff of 20 such targets took 33 s). The
    places difflib looks at, counted as it does, stay within the budget; the field reads as
    replaced."""
    import difflib

    from cds_tracker.registry.diff import word_diff

    looked: list[int] = []
    real = difflib.SequenceMatcher.find_longest_match

    def counting(
        self: difflib.SequenceMatcher[str],
        alo: int = 0,
        ahi: int | None = None,
        blo: int = 0,
        bhi: int | None = None,
    ) -> difflib.Match:
        state: Any = self
        stop = len(state.a) if ahi is None else ahi
        looked.append(sum(len(state.b2j.get(state.a[i], ())) for i in range(alo, stop)))
        return real(self, alo, ahi, blo, bhi)

    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", counting)
    old = "S " + " ".join(["x"] * 497) + " E"
    new = "T " + " ".join(["x", "y"] * 248) + " F"
    assert word_diff(old, new) == [("-", old), ("+", new)]
    assert sum(looked) <= 2_000_000
    looked.clear()
    assert word_diff("Cấp tin; rồi", "Cấp dữ liệu; rồi") == [
        ("=", "Cấp "),
        ("-", "tin"),
        ("+", "dữ liệu"),
        ("=", "; rồi"),
    ]


def _with_custom_property(tmp_path: Path, name: str) -> Path:
    """A workbook whose custom property openpyxl does not know the type of: it warns, quoting
    the property's name."""
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    out = tmp_path / "warns.xlsx"
    custom = (
        '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats'
        '.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-'
        f'08002B2CF9AE}}" pid="2" name="{name}"/></Properties>'
    )
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w") as copy:
        for info in source.infolist():
            copy.writestr(info, source.read(info.filename))
        copy.writestr("docProps/custom.xml", custom)
    return out


def test_a_library_warning_never_reaches_the_terminal(tmp_path: Path) -> None:
    """openpyxl's UserWarning went to stderr raw: English, site-packages paths, and the
    property's name with its U+009B (a terminal's CSI) and U+202E as written."""
    import warnings

    from cds_tracker.registry.importing.cells import read_tables

    path = _with_custom_property(tmp_path, "\u009b2J\u202eevil")
    with warnings.catch_warnings(record=True) as heard:
        warnings.simplefilter("always")
        tables = read_tables(path)
    assert [str(w.message) for w in heard] == []
    assert [t.rows for t in tables] == [()]


@pytest.mark.parametrize(("made", "really"), [(".xlsx", ".docx"), (".docx", ".xlsx")])
def test_a_file_of_the_other_kind_says_what_it_is(tmp_path: Path, made: str, really: str) -> None:
    """A workbook named .docx only said "tệp hỏng": it says what it is and the name to give."""
    source = tmp_path / f"source{made}"
    if made == ".xlsx":
        openpyxl.Workbook().save(source)
    else:
        docx.Document().save(str(source))
    named = tmp_path / f"phu-luc{really}"
    named.write_bytes(source.read_bytes())
    result = runner.invoke(app, ["import", str(named), "--registry", str(REGISTRY)])
    kind = "một bảng tính Excel" if made == ".xlsx" else "một văn bản Word"
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"cds: lỗi: không đọc được 'phu-luc{really}'",
        f"{named}:1:1: tệp có đuôi {really} nhưng thực ra là {kind}",
        f"  gợi ý: đổi đuôi tệp thành {made} ('phu-luc{made}') rồi chạy lại",
    ]


def test_init_names_what_stands_in_the_folders_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file or a pipe where the folder should be (or on its way) was exit 1 with the
    system's vague "part of the path is not a folder"; an empty name made the registry in the
    current folder."""
    import os

    (tmp_path / "file").write_text("x")
    os.mkfifo(tmp_path / "fifo")
    hint = (
        "  gợi ý: ghi tên một thư mục (có sẵn hoặc sẽ được tạo), ví dụ: cds init plans/2024;"
        " thư mục hiện tại: cds init ."
    )
    for named, said in (
        ("file", f"'{tmp_path / 'file'}' là một tệp, không phải một thư mục"),
        ("file/sub/x", f"'{tmp_path / 'file'}' là một tệp, không phải một thư mục"),
        (
            "fifo",
            f"'{tmp_path / 'fifo'}' là một ống có tên (named pipe, FIFO), không phải một thư mục",
        ),
    ):
        result = runner.invoke(app, ["init", str(tmp_path / named)])
        assert (result.exit_code, result.stderr.splitlines()) == (2, [f"cds: lỗi: {said}", hint])
    monkeypatch.chdir(tmp_path)  # where an empty name wrote the registry
    result = runner.invoke(app, ["init", ""])
    assert (result.exit_code, result.stderr.splitlines()) == (
        2,
        ["cds: lỗi: tên thư mục trống", hint],
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "file"]


def test_a_units_change_reads_removed_then_added_without_a_stray_separator() -> None:
    from cds_tracker.output.diff_text import _item_diff

    def shown(old: list[str], new: list[str]) -> str:
        marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
        return "".join(marks[kind].format(text) for kind, text in _item_diff(old, new))

    assert shown(["A", "B"], ["C"]) == "[-A; B-]{+C+}"
    assert shown(["X", "A", "B", "Y"], ["X", "C", "Y"]) == "X; [-A; B-]{+C+}; Y"
    assert shown(["A"], ["A", "C"]) == "A; {+C+}"
    assert shown(["A", "B"], ["B"]) == "[-A-]; B"


def test_a_huge_number_in_a_unit_cell_is_said_briefly(tmp_path: Path) -> None:
    """A cell of 1e308 was said as a 309-digit unit name; a long cell text fills no screen."""
    from cds_tracker.output.words import quoted as _said  # import's and every message's
    from cds_tracker.registry.importing.sheet_cells import cell_text

    assert cell_text(1e308) == ("1e+308", None)
    assert cell_text(123456789012345.0) == ("123456789012345", None)
    assert _said("x" * 500) == "x" * 120 + "…"
    assert _said("Phòng Y tế\nmới") == "Phòng Y tế\u240amới"


def test_a_plan_folder_named_with_other_digits_is_no_plan(tmp_path: Path) -> None:
    """ "plans/٢٠٢٨" was read as the year 2028 (a regex's \\d and int() take any digit)."""
    from cds_tracker.app.workspace import plans_in

    for name in ("2023", "\u0662\u0660\u0662\u0668"):
        (tmp_path / "plans" / name).mkdir(parents=True)
        (tmp_path / "plans" / name / "phu_luc_01.yaml").write_bytes(REGISTRY.read_bytes())
    skipped: list[Any] = []
    assert [p.name for p in plans_in(tmp_path, skipped)] == ["2023"]
    [note] = skipped
    values = dict(note.values)
    assert (note.key, values["path"].parent.name) == ("find.skipped", "\u0662\u0660\u0662\u0668")
    assert values["reason"].key == "find.foreign_digits"
