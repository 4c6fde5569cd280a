"""`cds import` on what a clerk and an attacker tried (issue 16): repeated numbers, numbered title
rows, empty contents, hostile file names and cell texts, pipes and folders, thresholds that an
indicator could measure. Every file is built here; every expectation is counted by hand."""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.registry.importing.figures import has_count, percentages
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
HEADING = [
    "Phụ lục 01:",
    "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
GROUP = ("group", "I. DỮ LIỆU SỐ")


def target(
    number: str, content: str, lead: str = "Phòng Nội vụ", month: int = 3
) -> tuple[str, ...]:
    return (number, content, "", lead, "", f"Tháng {month}/2024", "")


def _import(source: Path, out: Path | None, *extra: str) -> Any:
    args = ["import", str(source), "--registry", str(REGISTRY), *extra]
    return runner.invoke(app, [*args, "--out", str(out)] if out is not None else args)


def _lines(result: Any, source: Path) -> list[str]:
    """The problem and note lines, each with the hint line under it when it has one."""
    lines = result.output.splitlines()
    return [
        line + ("\n" + lines[i + 1] if lines[i + 1 : i + 2] and _hint(lines[i + 1]) else "")
        for i, line in enumerate(lines)
        if line.startswith(f"{source}:")
    ]


def _hint(line: str) -> bool:
    return line.startswith(("  gợi ý: ", "  hint: "))


@pytest.fixture
def no_hang() -> Iterator[None]:
    """A read that waits on a named pipe fails the test instead of hanging the suite."""

    def stop(*_: Any) -> None:
        raise TimeoutError("cds import waited on a named pipe")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


# 1. A repeated number: the second row is reported, its text kept for a person --------------

DUPLICATE_ROWS = [
    ("header",),
    GROUP,
    target("1.", "Số hóa hồ sơ lưu trữ."),
    target("2.", "Cấp chữ ký số cho cán bộ.", "Phòng Y tế", 4),
    target("2", "Mở dữ liệu của thành phố.", "Phòng Tư pháp", 5),
]


@pytest.mark.parametrize(
    ("kind", "at", "first", "where"),
    [
        # Word: 1-2 header, 3 group, 4 I.1, 5 I.2, 6 the second "2".
        ("docx", "1:6:1", "bảng 1, dòng 5", "bảng 1, dòng 6, cột 1"),
        # The sheet: three heading rows first, so I.2 is row 8 and the second "2" row 9.
        ("xlsx", "Phụ lục!A9", "trang Phụ lục, dòng 8", "trang Phụ lục, ô A9"),
    ],
)
def test_a_repeated_number_keeps_both_rows_for_a_person(
    tmp_path: Path, kind: str, at: str, first: str, where: str
) -> None:
    writer = write_docx if kind == "docx" else write_xlsx
    source = writer(tmp_path / f"trung.{kind}", DUPLICATE_ROWS, HEADING)
    out = tmp_path / "r.yaml"
    result = _import(source, out)
    assert result.exit_code == 1, result.output
    said = f"số thứ tự trùng: I.2 đã có ở {first}; dòng này chưa thành chỉ tiêu"
    assert _lines(result, source) == [
        f"{source}:{at}: {said}\n"
        "  gợi ý: sửa số thứ tự trong bảng rồi nhập lại; nội dung dòng này được giữ trong "
        "`needs_review` (chỗ cần quyết định) của chỉ tiêu trùng số"
    ]
    data = parse(out.read_text(encoding="utf-8"))
    (one, two) = data["groups"][0]["targets"]
    assert (one["id"], two["id"], two["content"]) == ("I.1", "I.2", "Cấp chữ ký số cho cán bộ.")
    # The second row's cells, once each, in the first row's target: both texts are in the file.
    assert two["needs_review"] == [
        f"{said} ({where}); nội dung dòng: 2 | Mở dữ liệu của thành phố. | Phòng Tư pháp | "
        "Tháng 5/2024"
    ]
    assert "needs_review" not in one and "needs_review" not in data
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    assert "giá trị nhập cần người quyết định: số thứ tự trùng: I.2" in checked.output


# 2. A numbered row of column titles is reported; a true repeated header is skipped ----------


def test_a_numbered_row_of_titles_is_reported_a_repeated_header_is_not(tmp_path: Path) -> None:
    titles = ("Nội dung chỉ tiêu", "Trực tiếp chỉ đạo", "Đơn vị chủ trì", "Đơn vị phối hợp")
    rows: list[tuple[str, ...]] = [
        ("header",),
        GROUP,
        ("1.", *titles, "Thời gian hoàn thành", "Ghi chú"),  # the header, numbered
        target("2", "Số hóa hồ sơ lưu trữ."),
        ("header",),  # the header repeated on a new page: skipped
        ("3", "Chỉ tiêu", "Chỉ đạo", "Chủ trì", "Phối hợp", "Thời hạn", ""),  # reads as titles
    ]
    # Rows: 1-2 header, 3 group, 4 the numbered titles, 5 I.2, 6-7 header, 8 the row "3".
    source = write_docx(tmp_path / "tieu-de.docx", rows, HEADING)
    out = tmp_path / "r.yaml"
    result = _import(source, out)
    assert result.exit_code == 1, result.output
    hint = (
        "  gợi ý: tiêu đề lặp lại thì xóa số thứ tự ở dòng đó; chỉ tiêu thì ghi nội dung của nó, "
        "rồi nhập lại"
    )
    said = "nhưng các ô là tiêu đề cột; chưa thành chỉ tiêu"
    assert _lines(result, source) == [
        f"{source}:1:4:1: dòng đánh số '1.' {said}\n{hint}",
        f"{source}:1:8:1: dòng đánh số '3' {said}",  # the same kind: its hint said once
    ]
    data = parse(out.read_text(encoding="utf-8"))
    assert [t["id"] for t in data["groups"][0]["targets"]] == ["I.2"]
    assert data["needs_review"] == [
        "dòng đánh số '1.' nhưng các ô là tiêu đề cột; chưa thành chỉ tiêu (bảng 1, dòng 4, cột 1);"
        " nội dung dòng: 1. | Nội dung chỉ tiêu | Trực tiếp chỉ đạo | Đơn vị chủ trì | "
        "Đơn vị phối hợp | Thời gian hoàn thành | Ghi chú",
        "dòng đánh số '3' nhưng các ô là tiêu đề cột; chưa thành chỉ tiêu (bảng 1, dòng 8, cột 1); "
        "nội dung dòng: 3 | Chỉ tiêu | Chỉ đạo | Chủ trì | Phối hợp | Thời hạn",
    ]


# 3. An empty content cell is a problem at that cell ----------------------------------------


@pytest.mark.parametrize(
    ("kind", "at", "where"),
    [("docx", "1:4:2", "bảng 1, dòng 4, cột 2"), ("xlsx", "Phụ lục!B7", "trang Phụ lục, ô B7")],
)
def test_an_empty_content_is_a_problem_at_its_cell(
    tmp_path: Path, kind: str, at: str, where: str
) -> None:
    writer = write_docx if kind == "docx" else write_xlsx
    # Word rows: 1-2 header, 3 group, 4 I.1; the sheet: the same after three heading rows.
    source = writer(tmp_path / f"trong.{kind}", [("header",), GROUP, target("1.", "")], HEADING)
    out = tmp_path / "r.yaml"
    result = _import(source, out, "--lang", "en")
    assert result.exit_code == 1, result.output
    assert _lines(result, source) == [
        f"{source}:{at}: the target's content cell is empty\n"
        "  hint: write the target's text in that cell (as the plan states it) and import again, "
        "or in the target's content in the imported file"
    ]
    (only,) = parse(out.read_text(encoding="utf-8"))["groups"][0]["targets"]
    assert only["content"] == ""
    assert only["needs_review"] == [f"Nội dung chỉ tiêu: ô nội dung chỉ tiêu trống ({where})"]


# 4. File names: controls, bidi marks and bytes that are not UTF-8 -------------------------


def test_a_hostile_file_name_is_shown_not_obeyed_and_never_crashes(tmp_path: Path) -> None:
    """ESC, a C1 CSI, U+202E and the bytes FF/FE (not UTF-8) in the source's, the base's and
    the output's names: written, exit 0, each shown as its picture in the file's heading."""
    rows = [("header",), GROUP, target("1.", "Số hóa hồ sơ lưu trữ.")]
    name = os.fsdecode(b"kh-\xff\x1b[2J\xc2\x9b\xe2\x80\xae.docx")
    source = write_docx(tmp_path / name, rows, HEADING)
    folder = tmp_path / os.fsdecode(b"co-so-\xfe\x1b]0;x\x07")
    folder.mkdir()
    shutil.copy(REGISTRY, folder / "phu_luc_01.yaml")
    out = tmp_path / os.fsdecode(b"ra-\xfe.yaml")
    args = ["import", str(source), "--registry", str(folder), "--out", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    shown = f"{tmp_path}/ra-<0xFE>.yaml"
    assert result.output.splitlines()[-1] == f"Đã ghi 1 chỉ tiêu (1 nhóm) vào {shown}."
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[:3] == [
        "# Sổ đăng ký chỉ tiêu, nhập bằng `cds import kh-<0xFF>␛[2J<U+009B><U+202E>.docx`; "
        "kiểm tra bằng `cds validate`.",
        "# Nội dung các ô giữ nguyên văn như trong bảng; đơn vị được nhận theo danh mục của",
        f"# {tmp_path}/co-so-<0xFE>␛]0;x␇/phu_luc_01.yaml. Các dòng `needs_review` ghi những gì "
        "người dùng còn phải quyết định.",
    ]
    assert parse(text)["groups"][0]["targets"][0]["content"] == "Số hóa hồ sơ lưu trữ."


# 5. Cell texts on a terminal: escaped by YAML, never raw; the data unchanged ---------------


def test_a_cell_with_controls_reaches_no_terminal_raw(tmp_path: Path) -> None:
    content = "Số hóa\x9b2J hồ sơ \u202eabc\u202c lưu trữ."
    rows = [("header",), GROUP, target("1.", content)]
    source = write_docx(tmp_path / "dieu-khien.docx", rows, HEADING)
    printed = _import(source, None)
    # a bidi control in a cell is a problem of import as of validate (review 9): marked, exit 1
    assert printed.exit_code == 1, printed.output
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in printed.stderr
    assert '    content: "Số hóa\\x9B2J hồ sơ \\u202Eabc\\u202C lưu trữ."\n' in printed.stdout
    for raw in ("\x9b", "\u202e", "\u202c", "\x1b"):
        assert raw not in printed.stdout
    # The same text, read back: nothing lost, in print or in the file --out writes.
    assert parse(printed.stdout)["groups"][0]["targets"][0]["content"] == content
    out = tmp_path / "r.yaml"
    assert _import(source, out).exit_code == 1
    assert out.read_text(encoding="utf-8") == printed.stdout
    # marked, so not loaded as a registry until a person deletes the character and the mark
    assert parse(out.read_text(encoding="utf-8"))["groups"][0]["targets"][0]["content"] == content


# 6. A named pipe or a folder is said as what it is; a pipe is never opened -----------------


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize(
    ("make", "kind"),
    [(os.mkfifo, "một ống có tên (named pipe, FIFO)"), (os.mkdir, "một thư mục")],
)
def test_a_pipe_or_a_folder_is_named_for_what_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Any, kind: str
) -> None:
    monkeypatch.chdir(tmp_path)
    make("ke-hoach.docx")
    result = _import(Path("ke-hoach.docx"), Path("r.yaml"))
    assert result.exit_code == 2  # as for a missing file: the argument names no file to read
    assert result.output == (
        f"cds: lỗi: 'ke-hoach.docx' là {kind}, không phải tệp thông thường\n"
        "  gợi ý: ghi đường dẫn của một tệp .docx hoặc .xlsx\n"
    )
    assert not Path("r.yaml").exists()


@pytest.mark.usefixtures("no_hang")
def test_the_reader_refuses_a_pipe_without_waiting(tmp_path: Path) -> None:
    """Even past the command's check (a pipe put at the path in between), nothing waits."""
    from cds_tracker.core.errors import DataError
    from cds_tracker.output.words import say
    from cds_tracker.registry.importing.cells import read_tables

    os.mkfifo(tmp_path / "p.xlsx")
    with pytest.raises(DataError) as caught:
        read_tables(tmp_path / "p.xlsx")
    assert say(caught.value.message, "en") == (
        f"cannot access '{tmp_path}/p.xlsx': it is a named pipe (FIFO), not a regular file"
    )


# 7. Thresholds in the texts: indicators proposed (--indicators) or named -------------------


def test_the_figures_read_are_those_the_shipped_registry_wrote_by_hand() -> None:
    """Read from each of the 31 contents, the thresholds are those a person wrote as indicators
    (text, comparator, value), but III.1's: the person wrote 'trên 16%' of "đạt trên 16%", the
    reader keeps the whole qualifier, as the person did in V.4 ('đạt trên 10%')."""
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    differ = {}
    for _, t in registry.targets():
        read = [(f.text, f.comparator, f.value) for f in percentages(t.content)]
        wrote = [(i.text, i.comparator, i.value) for i in t.indicators]
        if read != wrote:
            differ[t.id] = read, wrote
    assert differ == {"III.1": ([("đạt trên 16%", ">", 16.0)], [("trên 16%", ">", 16.0)])}
    assert not any(has_count(t.content) for _, t in registry.targets())


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("≥ 90% hồ sơ", [("≥ 90%", ">=", 90.0)]),
        (
            "Tối thiểu 80% và không quá 5%",
            [("Tối thiểu 80%", ">=", 80.0), ("không quá 5%", "<=", 5.0)],
        ),
        ("dưới 2,5% hồ sơ trễ hạn", [("dưới 2,5%", "<", 2.5)]),
        ("Tháng 10/2023, năm 2024", []),
        ("đạt 50 doanh nghiệp", []),
    ],
)
def test_thresholds_as_offices_write_them(text: str, read: list[tuple[str, str, float]]) -> None:
    assert [(f.text, f.comparator, f.value) for f in percentages(text)] == read


def test_indicators_proposed_for_a_person_to_confirm(tmp_path: Path) -> None:
    rows: list[tuple[str, ...]] = [
        ("header",),
        GROUP,
        target("1.", "≥ 90% hồ sơ được số hóa."),  # one lead unit: its own city figure
        target(
            "2.",
            "Tối thiểu 80% phòng dùng chữ ký số;\nđạt 100% văn bản điện tử.",
            "UBND các phường, xã",
        ),
        target("3.", "Đạt 50 doanh nghiệp dùng nền tảng số."),  # a count: named, not proposed
        target("4.", "Duy trì cổng thông tin."),  # nothing to measure
    ]
    # Rows: 1-2 header, 3 group, 4-7 I.1-I.4; content is column 2.
    source = write_docx(tmp_path / "chi-so.docx", rows, HEADING)
    out = tmp_path / "r.yaml"
    plain = _import(source, out)
    assert plain.exit_code == 0, plain.output
    assert plain.output.endswith(
        # 3 thresholds in 2 targets: I.2 states two, so it is named with its count
        "3 ngưỡng % trong nội dung của 2 chỉ tiêu chưa có chỉ số:\nI.1, I.2 (2).\n"
        "Chạy lại với --indicators để ghi đề xuất (người xác nhận từng chỉ số),\n"
        "hoặc thêm bằng tay theo docs/registry-format.md, mục Indicators.\n"
        "Chỉ tiêu nêu số lượng nhưng chưa có chỉ số: I.3; thêm bằng tay\n"
        "nếu cần theo dõi (docs/registry-format.md, mục Indicators).\n"
    )
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0  # usable at once
    result = _import(source, out, "--indicators", "--force")
    assert result.exit_code == 0, result.output  # nothing in the table is wrong
    assert _lines(result, source) == [
        f"{source}:1:4:2: ghi chú: đề xuất chỉ số chi_so_1: '≥ 90%' (>= 90%), cần người xác nhận",
        f"{source}:1:5:2: ghi chú: đề xuất chỉ số chi_so_1: 'Tối thiểu 80%' (>= 80%), cần người "
        "xác nhận",
        f"{source}:1:5:2: ghi chú: đề xuất chỉ số chi_so_2: 'đạt 100%' (>= 100%), cần người xác "
        "nhận",
    ]
    one, two, three, four = parse(out.read_text(encoding="utf-8"))["groups"][0]["targets"]
    assert one["indicators"] == [
        {
            "key": "chi_so_1",
            "measures": "≥ 90% hồ sơ được số hóa",
            "text": "≥ 90%",
            "comparator": ">=",
            "value": 90,
            "unit": "%",
        }
    ]
    # Led by a collective: every ward and commune reports its own figure.
    assert [(i["measures"], i["text"], i.get("scope")) for i in two["indicators"]] == [
        ("Tối thiểu 80% phòng dùng chữ ký số", "Tối thiểu 80%", "each"),
        ("đạt 100% văn bản điện tử", "đạt 100%", "each"),
    ]
    assert two["needs_review"][1] == (
        "indicators: đề xuất chỉ số chi_so_2: 'đạt 100%' (>= 100%), cần người xác nhận "
        "(bảng 1, dòng 5, cột 2)"
    )
    assert "indicators" not in three and "indicators" not in four
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    assert checked.output.count("giá trị nhập cần người quyết định: indicators: đề xuất") == 3


def test_a_file_larger_than_any_appendix_is_not_read(tmp_path: Path) -> None:
    """64 MiB and one byte (sparse: nothing is written) is refused before a byte is read."""
    from cds_tracker.registry.importing.limits import MAX_UNPACKED

    big = tmp_path / "lon.docx"
    with big.open("wb") as handle:
        handle.truncate(MAX_UNPACKED + 1)
    result = _import(big, None)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "cds: lỗi: lon.docx: tệp quá lớn để là một phụ lục, không đọc: nặng 67.108.865 byte "
        "(tối đa 67.108.864)\n"
        "  gợi ý: chép riêng bảng phụ lục sang một tệp mới rồi nhập tệp đó\n"
    )


def test_a_next_line_control_in_a_cell_of_several_lines_is_escaped(tmp_path: Path) -> None:
    """NEL (U+0085) is a C1 control: ruamel would write it raw in a `|` block; quoted instead."""
    content = "Số hóa hồ sơ;\nlưu\x85trữ."
    rows = [("header",), GROUP, target("1.", content)]
    source = write_docx(tmp_path / "nel.docx", rows, HEADING_2024)
    printed = _import(source, None)
    assert printed.exit_code == 1, printed.output  # written, and said: validate refuses it
    assert printed.stderr.splitlines()[0] == (
        f"{source}:1:4:2: 'cds validate' sẽ từ chối sổ đăng ký được ghi: chỉ tiêu I.1: 'content' "
        "có ký tự điều khiển (U+0085)"
    )
    assert '    content: "Số hóa hồ sơ;\\nlưu\\Ntrữ."\n' in printed.stdout
    assert parse(printed.stdout)["groups"][0]["targets"][0]["content"] == content


UNIT_HINT = (  # as `validate` says it of the same cell (one wording: output/findings.py)
    "thêm đơn vị vào danh mục đơn vị của sổ đăng ký, dưới dòng 'units:' của phần 'catalog:',"
    " như các đơn vị đã có, ví dụ: '- id: phong-dan-toc' rồi 'name: Phòng Dân tộc',"
    " 'kind: department', 'source: appendix'; hoặc thêm tên này vào 'aliases:' (tên gọi khác)"
    " của đơn vị nó chỉ"
)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_hint_is_said_once_per_kind_of_problem(tmp_path: Path, lang: str) -> None:
    """Three rows name units the catalog lacks (rows 4, 5, 6; lead is column 4) and one a
    deadline it cannot read (row 7, column 6): each problem is a line with its place, the
    long advice on unknown units comes once (under the first), a closest name under its own
    problem, the deadline's advice once. Four thresholds in three targets (I.3 states two)."""
    rows: list[tuple[str, ...]] = [
        ("header",),
        GROUP,
        target("1.", "Đạt 90% hồ sơ.", "Quỹ XYZ"),
        target("2.", "Đạt 80% hồ sơ.", "Phòng Ngoại vụ"),
        target("3.", "Đạt 100% hồ sơ; 60% văn bản.", "Quỹ XYZ"),
        ("4.", "Duy trì cổng thông tin.", "", "Phòng Nội vụ", "", "Khi có kinh phí", ""),
    ]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING)
    result = _import(source, tmp_path / "r.yaml", "--lang", lang)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith((str(source), "  "))]
    if lang == "vi":
        assert lines == [
            f"{source}:1:4:4: danh mục không có đơn vị nào tên 'Quỹ XYZ'",
            f"  gợi ý: {UNIT_HINT}",
            f"{source}:1:5:4: danh mục không có đơn vị nào tên 'Phòng Ngoại vụ'",
            "  gợi ý: có phải 'Phòng Nội vụ'?",
            f"{source}:1:6:4: danh mục không có đơn vị nào tên 'Quỹ XYZ'",
            f"{source}:1:7:6: không đọc được thời hạn 'Khi có kinh phí'",
            lines[-1],  # the deadline's hint, once (its words are another test's)
        ]
        assert lines[-1].startswith("  gợi ý: ")
        assert result.output.count(UNIT_HINT) == 1
        assert (
            "4 ngưỡng % trong nội dung của 3 chỉ tiêu chưa có chỉ số:\n"
            "I.1, I.2, I.3 (2).\n" in result.output
        )
    else:
        unknown = "no unit in the catalog is named"
        assert [line for line in lines if not line.startswith("  ")] == [
            f"{source}:1:4:4: {unknown} 'Quỹ XYZ'",
            f"{source}:1:5:4: {unknown} 'Phòng Ngoại vụ'",
            f"{source}:1:6:4: {unknown} 'Quỹ XYZ'",
            f"{source}:1:7:6: cannot read the deadline 'Khi có kinh phí'",
        ]
        hints = [line for line in lines if line.startswith("  hint: ")]
        assert len(hints) == 3  # unknown units once, the closest name, the deadline once
        assert hints[1] == "  hint: did you mean 'Phòng Nội vụ'?"
        assert (
            "4 % thresholds in the texts have no indicator (targets: 3):\nI.1, I.2, I.3 (2).\n"
            in result.output
        )
