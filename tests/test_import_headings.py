"""`cds import` reads a table's column titles by meaning (attack 20: F1, F2, F4, F5, F6, F13).

Offices title a column in many ways: "Cơ quan, đơn vị chủ trì", "Đơn vị chủ trì (*)", "ĐV phối
hợp", "Lãnh đạo phụ trách", "Ghi chú (nếu có)", "Thời gian hoàn thành (tháng/năm)": each is read
as its column. A start ("Bắt đầu", "Thời gian thực hiện" beside "Thời hạn hoàn thành") is never
the deadline; a "Chỉ tiêu" beside a "Nội dung" is the target's figure, kept in its content; two
columns of one title side by side, not merged, are two (a problem, at each); every column not
read is said at its title, and a missing required column's hint names the titles it is known by.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
GROUP = "I. Dữ liệu số"
ROW = ("1.", "Số hóa hồ sơ lưu trữ của phòng", "Phòng Nội vụ", "Phòng Y tế", "Tháng 12/2023", "")
USUAL = ["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]


def write_xlsx(
    path: Path, header: list[list[str]], rows: list[tuple[str, ...]], merges: tuple[str, ...] = ()
) -> Path:
    """A sheet "Phụ lục": the header's rows, a group row merged across, then `rows`."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Phụ lục"
    for line in header:
        sheet.append(line)
    sheet.append([GROUP])
    width = len(header[0])
    sheet.merge_cells(f"A{len(header) + 1}:{get_column_letter(width)}{len(header) + 1}")
    for row in rows:
        sheet.append(list(row))
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def write_docx(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> Path:
    """A Word table: one header row, a group row merged across, then `rows`."""
    from docx import Document

    doc = Document()
    for line in HEADING_2024:  # the plan's heading above the table: nothing left to decide
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=len(header))
    for cell, text in zip(table.add_row().cells, header, strict=True):
        cell.text = text
    cells = table.add_row().cells
    cells[0].merge(cells[-1]).text = GROUP
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the file is said by the name given: "ke-hoach.xlsx:…"


def _import(source: Path, *extra: str) -> tuple[Any, dict[str, Any]]:
    out = source.parent / "out" / "phu_luc_01.yaml"
    result = runner.invoke(
        app,
        [*extra, "import", source.name, "--out", str(out), "--registry", str(REGISTRY), "--force"],
    )
    return result, parse(out.read_text(encoding="utf-8"))


def _table_read(result: Any) -> None:
    """Every cell read: the sheet has no heading rows above its header (each row number below
    counts from it), so the only problems are the three heading lines the file lacks, said at
    the header's first cell (exit 1, attack20 F7); notes aside."""
    assert result.exit_code == 1, result.output
    said = [line for line in result.stderr.splitlines() if not line.startswith(" ")]
    problems = [line for line in said if ".xlsx:" in line and ": ghi chú:" not in line]
    problems = [line for line in problems if ": note:" not in line]
    assert [line.split(": ")[0].rpartition("!")[2] for line in problems] == ["A1"] * 3, said


def _lines(result: Any, start: str) -> list[str]:
    lines = result.output.splitlines()
    said = []
    for i, line in enumerate(lines):
        if line.startswith(start):
            said.append(line)
            if i + 1 < len(lines) and lines[i + 1].startswith("  "):
                said.append(lines[i + 1])
    return said


def _target(data: dict[str, Any]) -> dict[str, Any]:
    (group,) = data["groups"]
    return dict(group["targets"][0])


def test_heading_key_reads_a_title_by_its_words() -> None:
    from cds_tracker.registry.importing.header import heading_key

    assert heading_key("Cơ quan, đơn vị chủ trì (*)") == "co quan don vi chu tri"
    assert heading_key("ĐV PHỐI HỢP") == "don vi phoi hop"
    assert heading_key("Thời gian hoàn thành\n(tháng/năm)") == "thoi gian hoan thanh"
    assert heading_key("Ghi chú (nếu có):") == "ghi chu"
    assert heading_key("(1)") == ""


START_NOTE_VI = (
    "ke-hoach.xlsx:Phụ lục!E1: ghi chú: cột 'Thời gian thực hiện' là thời gian bắt đầu hoặc "
    "thời gian thực hiện, không phải thời hạn hoàn thành: không đọc",
    "  gợi ý: nếu chính cột này ghi thời hạn hoàn thành, đặt tiêu đề 'Thời gian hoàn thành' cho "
    "nó (và đổi tiêu đề của cột kia) rồi nhập lại",
)
START_NOTE_EN = (
    "ke-hoach.xlsx:Phụ lục!E1: note: the column 'Thời gian thực hiện' is when a target starts or "
    "is carried out, not its deadline: not read",
    "  hint: if this column is the one that holds the deadline, title it 'Thời gian hoàn thành' "
    "(and retitle the other) and import again",
)


@pytest.mark.parametrize(("lang", "said"), [("vi", START_NOTE_VI), ("en", START_NOTE_EN)])
def test_start_beside_the_completion_is_not_the_deadline(
    tmp_path: Path, lang: str, said: tuple[str, str]
) -> None:
    """F6: "Thời gian thực hiện" (Tháng 1) beside "Thời hạn hoàn thành" (Tháng 12): the deadline
    is December's; the start column is said, not read."""
    header = [["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp",
               "Thời gian thực hiện", "Thời hạn hoàn thành", "Ghi chú"]]  # fmt: skip
    row = (*ROW[:4], "Tháng 1/2023", "Tháng 12/2023", "")
    source = write_xlsx(tmp_path / "ke-hoach.xlsx", header, [row])
    result, data = _import(source, "--lang", lang)
    _table_read(result)
    assert _target(data)["deadline"] == {"text": "Tháng 12/2023", "due": "2023-12"}
    assert _lines(result, "ke-hoach.xlsx:Phụ lục!E") == list(said)


def test_start_under_a_merged_time_title_is_not_the_deadline(tmp_path: Path) -> None:
    """F6: "Thời gian" merged over "Bắt đầu | Hoàn thành": the completion is the deadline."""
    top = ["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    header = [
        [*top, "", "Ghi chú"],
        ["", "", "", "", "Bắt đầu", "Hoàn thành", ""],
    ]
    merges = ("E1:F1", *(f"{c}1:{c}2" for c in "ABCDG"))
    row = (*ROW[:4], "Tháng 1/2023", "Tháng 12/2023", "")
    source = write_xlsx(tmp_path / "ke-hoach.xlsx", header, [row], merges)
    result, data = _import(source)
    _table_read(result)
    assert _target(data)["deadline"] == {"text": "Tháng 12/2023", "due": "2023-12"}
    assert _lines(result, "ke-hoach.xlsx:Phụ lục!E") == [
        "ke-hoach.xlsx:Phụ lục!E2: ghi chú: cột 'Bắt đầu' là thời gian bắt đầu hoặc thời gian "
        "thực hiện, không phải thời hạn hoàn thành: không đọc",
        START_NOTE_VI[1],
    ]


def test_a_merged_time_title_over_start_and_end(tmp_path: Path) -> None:
    """ "Thời gian" merged over "Bắt đầu | Kết thúc": the end is the deadline, nothing else said
    of it (it is a completion title, not a period read as one)."""
    top = ["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Thời gian"]
    header = [[*top, ""], ["", "", "", "Bắt đầu", "Kết thúc"]]
    merges = ("D1:E1", *(f"{c}1:{c}2" for c in "ABC"))
    row = (*ROW[:3], "Tháng 1/2023", "Tháng 12/2023")
    result, data = _import(write_xlsx(tmp_path / "ke-hoach.xlsx", header, [row], merges))
    _table_read(result)
    assert _target(data)["deadline"] == {"text": "Tháng 12/2023", "due": "2023-12"}
    assert [line for line in result.output.splitlines() if "Phụ lục!E" in line] == []
    assert "ke-hoach.xlsx:Phụ lục!D2: ghi chú: cột 'Bắt đầu' là thời gian bắt đầu" in result.output


def test_an_implementation_period_alone_is_read_as_the_deadline_and_said(tmp_path: Path) -> None:
    """A plan printing only "Thời gian thực hiện" states its deadlines there: read, and said."""
    header = [["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Thời gian thực hiện"]]
    source = write_xlsx(tmp_path / "ke-hoach.xlsx", header, [(*ROW[:3], "Tháng 12/2023")])
    result, data = _import(source)
    _table_read(result)
    assert _target(data)["deadline"] == {"text": "Tháng 12/2023", "due": "2023-12"}
    assert _lines(result, "ke-hoach.xlsx:Phụ lục!D") == [
        "ke-hoach.xlsx:Phụ lục!D1: ghi chú: cột 'Thời gian thực hiện' được đọc là thời hạn hoàn "
        "thành: bảng không có cột 'Thời gian hoàn thành'",
        "  gợi ý: nếu cột này ghi khoảng thời gian hoặc ngày bắt đầu, thêm cột 'Thời gian hoàn "
        "thành' ghi thời hạn của từng chỉ tiêu rồi nhập lại",
    ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "vi",
            [
                "ke-hoach.xlsx:Phụ lục!C1: ghi chú: cột 'Chỉ tiêu' (con số chỉ tiêu cần đạt) được "
                "ghi vào nội dung của mỗi chỉ tiêu, thành dòng cuối 'Chỉ tiêu: …'",
                "  gợi ý: kiểm tra nội dung đã nhập; nhập với --indicators để cds đề xuất chỉ số "
                "theo dõi từ con số đó",
            ],
        ),
        (
            "en",
            [
                "ke-hoach.xlsx:Phụ lục!C1: note: the column 'Chỉ tiêu' (the figure a target must "
                "reach) is written into each target's content, as its last line 'Chỉ tiêu: …'",
                "  hint: check the imported content; import with --indicators for cds to propose "
                "an indicator from that figure",
            ],
        ),
    ],
)
def test_a_figure_column_beside_the_content_is_kept_in_it(
    tmp_path: Path, lang: str, said: list[str]
) -> None:
    """F5: "Nội dung | Chỉ tiêu (80%)": the figure is the content's last line, said at its title."""
    header = [["Stt", "Nội dung", "Chỉ tiêu", "Đơn vị chủ trì", "Thời gian hoàn thành"]]
    rows = [
        ("1.", "Tỷ lệ hồ sơ trực tuyến toàn trình", "80%", "Phòng Nội vụ", "Tháng 5/2023"),
        ("2.", "Tỷ lệ thanh toán trực tuyến", "", "Phòng Y tế", "Tháng 6/2023"),
    ]
    result, data = _import(write_xlsx(tmp_path / "ke-hoach.xlsx", header, rows), "--lang", lang)
    _table_read(result)
    first, second = data["groups"][0]["targets"]
    assert first["content"] == "Tỷ lệ hồ sơ trực tuyến toàn trình\nChỉ tiêu: 80%"
    assert second["content"] == "Tỷ lệ thanh toán trực tuyến"  # no figure: nothing added
    assert _lines(result, "ke-hoach.xlsx:Phụ lục!C") == said


def test_notes_titled_with_a_qualifier_are_read(tmp_path: Path) -> None:
    """F13: "Ghi chú (nếu có)" is the notes column."""
    header = [*USUAL, "Ghi chú (nếu có)"]
    row = (*ROW[:5], "Báo cáo hằng tháng")
    result, data = _import(write_docx(tmp_path / "ke-hoach.docx", header, [row]))
    assert result.exit_code == 0, result.output
    assert _target(data)["notes"] == "Báo cáo hằng tháng"
    assert "ke-hoach.docx:1:1:6" not in result.output


@pytest.mark.parametrize(
    ("column", "title", "field", "text"),
    [
        (3, "Đơn vị phối hợp thực hiện", "cooperating", "Phòng Y tế"),
        (3, "ĐV phối hợp", "cooperating", "Phòng Y tế"),
        (3, "Cơ quan, đơn vị phối hợp", "cooperating", "Phòng Y tế"),
        (2, "Cơ quan, đơn vị chủ trì", "lead", "Phòng Nội vụ"),
        (2, "Đơn vị chủ trì (*)", "lead", "Phòng Nội vụ"),
    ],
)
def test_a_unit_column_is_read_under_its_variant_titles(
    tmp_path: Path, column: int, title: str, field: str, text: str
) -> None:
    """F1, F2: the column is read (no note of a missing column, no column unread)."""
    header = [*USUAL, "Ghi chú"]
    header[column] = title
    result, data = _import(write_docx(tmp_path / "ke-hoach.docx", header, [ROW]))
    assert result.exit_code == 0, result.output
    assert _target(data)[field]["text"] == text
    assert "không được đọc" not in result.output
    assert "Đơn vị phối hợp' (cột không bắt buộc)" not in result.output


@pytest.mark.parametrize("title", ["Lãnh đạo chỉ đạo", "Lãnh đạo phụ trách"])
def test_a_directing_column_is_read_under_its_variant_titles(tmp_path: Path, title: str) -> None:
    header = ["Stt", "Nội dung chỉ tiêu", title, "Đơn vị chủ trì", "Thời gian hoàn thành"]
    row = ("1.", ROW[1], "Trưởng phòng Nội vụ", "Phòng Nội vụ", "Tháng 12/2023")
    result, data = _import(write_docx(tmp_path / "ke-hoach.docx", header, [row]))
    assert result.exit_code == 0, result.output
    assert _target(data)["directing"]["text"] == "Trưởng phòng Nội vụ"
    assert "Trực tiếp chỉ đạo" not in result.output


def test_a_deadline_titled_with_its_format_is_read(tmp_path: Path) -> None:
    """F2: "Thời gian hoàn thành (tháng/năm)" is the deadline."""
    header = [*USUAL[:4], "Thời gian hoàn thành (tháng/năm)"]
    result, data = _import(write_docx(tmp_path / "ke-hoach.docx", header, [ROW[:5]]))
    assert result.exit_code == 0, result.output
    assert _target(data)["deadline"] == {"text": "Tháng 12/2023", "due": "2023-12"}


def _accepted_vi() -> str:
    return (
        "'Stt', 'TT', 'Số TT', 'Số thứ tự'; 'Nội dung chỉ tiêu', 'Nội dung', 'Tên chỉ tiêu', "
        "'Chỉ tiêu', 'Nội dung nhiệm vụ', 'Nhiệm vụ', 'Tên nhiệm vụ', 'Nội dung công việc'; "
        "'Trực tiếp chỉ đạo', 'Chỉ đạo', 'Lãnh đạo chỉ đạo', 'Lãnh đạo trực tiếp chỉ đạo', "
        "'Lãnh đạo phụ trách'; 'Đơn vị chủ trì', 'Chủ trì', 'Cơ quan chủ trì', "
        "'Cơ quan, đơn vị chủ trì', 'Đơn vị chủ trì thực hiện', 'Cơ quan chủ trì thực hiện', "
        "'Đơn vị thực hiện', 'Cơ quan thực hiện', 'Cơ quan, đơn vị thực hiện'; "
        "'Đơn vị phối hợp', 'Phối hợp', 'Cơ quan phối hợp', 'Cơ quan, đơn vị phối hợp', "
        "'Đơn vị phối hợp thực hiện', 'Cơ quan phối hợp thực hiện'; 'Thời gian hoàn thành', "
        "'Thời hạn hoàn thành', 'Hạn hoàn thành', 'Hoàn thành', 'Thời hạn', "
        "'Thời hạn thực hiện', 'Ngày hoàn thành', 'Thời điểm hoàn thành', 'Kết thúc', "
        "'Thời gian kết thúc', 'Đến', 'Đến ngày'; 'Ghi chú'"
    )


def test_an_unknown_column_and_an_untitled_one_are_said_at_their_titles(tmp_path: Path) -> None:
    """F1: "Kinh phí" and a column with no title but cells: each said, with the titles cds
    knows; the rest read as usual (exit 0)."""
    header = [*USUAL, "Kinh phí", ""]
    row = (*ROW[:5], "200 triệu", "xem văn bản 12")
    result, data = _import(write_docx(tmp_path / "ke-hoach.docx", header, [row]))
    assert result.exit_code == 0, result.output
    assert _target(data)["lead"]["text"] == "Phòng Nội vụ"
    hint = (
        "  gợi ý: nếu đây là một cột của sổ đăng ký, đặt một tiêu đề cds nhận rồi nhập lại: "
        f"{_accepted_vi()}; nếu không, không cần làm gì"
    )
    assert _lines(result, "ke-hoach.docx:1:1:6") + _lines(result, "ke-hoach.docx:1:1:7") == [
        "ke-hoach.docx:1:1:6: ghi chú: cột 'Kinh phí' không được đọc: cds không biết tiêu đề "
        "này, các ô của cột không vào sổ đăng ký",
        hint,
        "ke-hoach.docx:1:1:7: ghi chú: cột không có tiêu đề nhưng có ô ghi chữ: không được đọc",
        hint,
    ]


def test_an_unknown_column_in_english(tmp_path: Path) -> None:
    header = [*USUAL, "Kinh phí"]
    row = (*ROW[:5], "200 triệu")
    result, _ = _import(write_docx(tmp_path / "ke-hoach.docx", header, [row]), "--lang", "en")
    assert result.exit_code == 0, result.output
    (said, hint) = _lines(result, "ke-hoach.docx:1:1:6")
    assert said == (
        "ke-hoach.docx:1:1:6: note: the column 'Kinh phí' is not read: cds does not know this "
        "title, its cells do not go into the registry"
    )
    assert hint == (
        "  hint: if it is one of the registry's columns, give it a title cds knows and import "
        f"again: {_accepted_vi()}; if not, nothing to do"
    )


def test_two_unmerged_columns_of_one_title_are_two(tmp_path: Path) -> None:
    """F4: "Đơn vị chủ trì" in D1 and E1, not merged: which is the lead's is a problem at each
    (exit 1); merged over D1:E1 the title is one column, read at D."""
    header = [["Stt", "Nội dung chỉ tiêu", "Trực tiếp chỉ đạo", "Đơn vị chủ trì",
               "Đơn vị chủ trì", "Thời gian hoàn thành"]]  # fmt: skip
    row = ("1.", ROW[1], "Trưởng phòng Nội vụ", "Phòng Nội vụ", "Phòng Y tế", "Tháng 5/2023")
    result, _ = _import(write_xlsx(tmp_path / "hai.xlsx", header, [row]))
    assert result.exit_code == 1, result.output
    assert _lines(result, "hai.xlsx:Phụ lục!D1") + _lines(result, "hai.xlsx:Phụ lục!E1") == [
        "hai.xlsx:Phụ lục!D1: hai cột cùng tiêu đề 'Đơn vị chủ trì': không biết cột nào là cột "
        "cần đọc",
        "  gợi ý: xóa hoặc đổi tiêu đề cột thừa (kể cả cột đang ẩn) rồi nhập lại",
        "hai.xlsx:Phụ lục!E1: hai cột cùng tiêu đề 'Đơn vị chủ trì': không biết cột nào là cột "
        "cần đọc",
    ]
    header[0][4] = ""
    merged = write_xlsx(tmp_path / "mot.xlsx", header, [row], ("D1:E1",))
    result, data = _import(merged)
    _table_read(result)
    assert _target(data)["lead"]["text"] == "Phòng Nội vụ"
    assert "hai cột" not in result.output


def test_a_missing_lead_column_hint_names_the_titles_known(tmp_path: Path) -> None:
    header = ["Stt", "Nội dung chỉ tiêu", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    row = ("1.", ROW[1], "Phòng Y tế", "Tháng 12/2023")
    for lang, said, hint in (
        (
            "vi",
            "ke-hoach.docx:1:1:1: tiêu đề bảng không có cột 'Đơn vị chủ trì'",
            "  gợi ý: cột này bắt buộc (đơn vị chủ trì là đơn vị được đôn đốc; thời hạn cho biết "
            "khi nào quá hạn); cds nhận các tiêu đề 'Đơn vị chủ trì', 'Chủ trì', 'Cơ quan chủ "
            "trì', 'Cơ quan, đơn vị chủ trì', 'Đơn vị chủ trì thực hiện', 'Cơ quan chủ trì thực "
            "hiện', 'Đơn vị thực hiện', 'Cơ quan thực hiện', 'Cơ quan, đơn vị thực hiện' (không "
            "phân biệt chữ hoa, dấu; bỏ qua phần trong ngoặc): đặt tiêu đề cột như vậy, hoặc "
            "thêm cột vào bảng, rồi nhập lại; hoặc ghi ô đó cho từng chỉ tiêu trong sổ đăng ký "
            "rồi xóa dòng `needs_review` (chỗ cần quyết định)",
        ),
        (
            "en",
            "ke-hoach.docx:1:1:1: the table's header has no 'Đơn vị chủ trì' column",
            "  hint: this column is required (the lead units are whom the tool urges; the "
            "deadline says when a target is late); cds knows it by the titles 'Đơn vị chủ trì', "
            "'Chủ trì', 'Cơ quan chủ trì', 'Cơ quan, đơn vị chủ trì', 'Đơn vị chủ trì thực hiện', "
            "'Cơ quan chủ trì thực hiện', 'Đơn vị thực hiện', 'Cơ quan thực hiện', 'Cơ quan, đơn "
            "vị thực hiện' (in any case, with or without diacritics, what is in brackets aside): "
            "title the column so, or add it to the table, and import again; or write that cell "
            "into each target of the registry, then delete the needs_review line",
        ),
    ):
        source = write_docx(tmp_path / "ke-hoach.docx", header, [row])
        result, _ = _import(source, "--lang", lang)
        assert result.exit_code == 1, result.output
        assert _lines(result, "ke-hoach.docx:1:1:1: t") == [said, hint]


def test_the_docs_list_the_titles_accepted() -> None:
    """docs/registry-format.md prints TITLES, the one table of them: the same titles."""
    from cds_tracker.registry.importing.header import TITLES

    text = (Path(__file__).parent.parent / "docs" / "registry-format.md").read_text("utf-8")
    names = {"period": "implementation period", "start": "start", "computed": "computed by cds"}
    for name in (*names, "number", "content", "directing", "lead", "cooperating", "deadline"):
        assert f"| {names.get(name, name)} | {', '.join(TITLES[name])} |" in text, name
    assert f"| a target's figure | {', '.join(TITLES['figure'])} — and" in text
