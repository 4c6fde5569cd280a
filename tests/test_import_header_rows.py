"""`cds import` reads a header typed over two rows as offices type it (attack 22: F1, F4, F5,
F7, F8, F9).

A title merged across columns has its sub-titles decide: "Thời gian" over "Từ | Đến" has its
deadline under "Đến", the start said at "Từ"'s own cell; an unknown sub-title under a unit or
notes title is read as that title, the cells joined; under a time title it is not read and said,
never taken for the deadline. A row holding only "(tháng/năm)" belongs to the header; titles
split over two rows unmerged ("Đơn vị" / "chủ trì") are read joined; a header repeated in the
table with its columns in another order re-maps the rows under it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from appendix_files import HEADING_2024
from test_import_headings import (
    GROUP,
    ROW,
    USUAL,
    _import,
    _lines,
    _table_read,
    _target,
    write_xlsx,
)

P = "Phòng Văn hóa và Thông tin"
V = "Văn phòng HĐND và UBND thành phố"
AT = "ke-hoach.xlsx:Phụ lục!"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the file is said by the name given: "ke-hoach.xlsx:…"


def write_docx(path: Path, header: list[list[str]], rows: list[tuple[str, ...]],
               merges: tuple[tuple[int, int, int, int], ...] = ()) -> Path:  # fmt: skip
    """A Word table under a plan's heading: the header's rows, a group row merged across, then
    `rows`; `merges`:
    (first row, first column, last row, last column), 0-based, each cell's text kept once."""
    from docx import Document

    doc = Document()
    for line in HEADING_2024:  # the plan's heading above the table: nothing left to decide
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=len(header[0]))
    for line in header:
        for cell, text in zip(table.add_row().cells, line, strict=True):
            cell.text = text
    cells = table.add_row().cells
    cells[0].merge(cells[-1]).text = GROUP
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for top, left, bottom, right in merges:
        text = table.cell(top, left).text
        table.cell(top, left).merge(table.cell(bottom, right)).text = text
    doc.save(str(path))
    return path


def _said(result: Any) -> list[str]:
    """The lines said at the sheet's cells, but for the heading's three at A1 (`_table_read`)."""
    lines = result.output.splitlines()
    return [line for line in lines if line.startswith(AT) and not line.startswith(f"{AT}A1: ")]


START_VI = (
    f"{AT}E2: ghi chú: cột 'Từ' là thời gian bắt đầu hoặc thời gian thực hiện, không phải "
    "thời hạn hoàn thành: không đọc",
    "  gợi ý: nếu chính cột này ghi thời hạn hoàn thành, đặt tiêu đề 'Thời gian hoàn thành' cho "
    "nó (và đổi tiêu đề của cột kia) rồi nhập lại",
)
START_EN = (
    f"{AT}E2: note: the column 'Từ' is when a target starts or is carried out, not its "
    "deadline: not read",
    "  hint: if this column is the one that holds the deadline, title it 'Thời gian hoàn thành' "
    "(and retitle the other) and import again",
)


@pytest.mark.parametrize("down", [True, False], ids=["merged-down", "not-merged-down"])
@pytest.mark.parametrize(("lang", "said"), [("vi", START_VI), ("en", START_EN)])
def test_from_and_to_under_a_merged_time_title(
    tmp_path: Path, lang: str, said: tuple[str, str], down: bool
) -> None:
    """F1: "Thời gian" merged over "Từ | Đến": the deadline is "Đến"'s (Tháng 12/2023), the
    start said at its own cell E2 with its own title, nothing said of F."""
    header = [[*USUAL[:4], "Thời gian", ""], ["", "", "", "", "Từ", "Đến"]]
    merges = ("E1:F1", *((f"{c}1:{c}2" for c in "ABCD") if down else ()))
    row = (*ROW[:4], "Tháng 3/2023", "Tháng 12/2023")
    result, data = _import(
        write_xlsx(tmp_path / "ke-hoach.xlsx", header, [row], merges), "--lang", lang
    )
    _table_read(result)  # the sheet has no heading: its three lines the only problems
    assert _target(data)["deadline"] == {"text": "Tháng 12/2023", "due": "2023-12"}
    assert "needs_review" not in _target(data)
    assert _lines(result, f"{AT}E") == list(said)
    assert _lines(result, f"{AT}F") == []


def test_from_date_and_to_date_under_a_merged_deadline_title_in_word(tmp_path: Path) -> None:
    """F4: Word, "Thời hạn thực hiện" merged over "Từ ngày | Đến ngày", the other titles merged
    down: the deadline is 31/12/2023, "Từ ngày" said at its cell (table 1, row 2, column 5)."""
    header = [[*USUAL[:4], "Thời hạn thực hiện", ""], ["", "", "", "", "Từ ngày", "Đến ngày"]]
    merges = ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5))
    row = (*ROW[:4], "01/03/2023", "31/12/2023")
    result, data = _import(write_docx(tmp_path / "ke-hoach.docx", header, [row], merges))
    assert result.exit_code == 0, result.output
    assert _target(data)["deadline"] == {"text": "31/12/2023", "due": "2023-12"}
    assert _lines(result, "ke-hoach.docx:1:2:5") == [
        "ke-hoach.docx:1:2:5: ghi chú: cột 'Từ ngày' là thời gian bắt đầu hoặc thời gian thực "
        "hiện, không phải thời hạn hoàn thành: không đọc",
        START_VI[1],
    ]
    assert _lines(result, "ke-hoach.docx:1:2:6") == []


def test_year_tick_columns_under_a_period_are_no_deadline(tmp_path: Path) -> None:
    """F1: "Thời gian thực hiện" merged over "Năm 2023 | Năm 2024" (ticks, rows below not
    merged down): neither year column is taken for the deadline; each is said at its own title
    (D2, E2), and the table lacks a deadline column: a problem, exit 1."""
    header = [["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Thời gian thực hiện", ""],
              ["", "", "", "Năm 2023", "Năm 2024"]]  # fmt: skip
    row = (*ROW[:3], "x", "")
    result, data = _import(write_xlsx(tmp_path / "ke-hoach.xlsx", header, [row], ("D1:E1",)))
    assert result.exit_code == 1, result.output
    assert _target(data)["deadline"]["text"] == ""
    lines = result.output.splitlines()
    assert f"{AT}A2: tiêu đề bảng không có cột 'Thời gian hoàn thành'" in lines
    unread = "không được đọc: cds không biết tiêu đề này, các ô của cột không vào sổ đăng ký"
    assert f"{AT}D2: ghi chú: cột 'Năm 2023' {unread}" in lines
    assert f"{AT}E2: ghi chú: cột 'Năm 2024' {unread}" in lines


def test_a_lead_title_over_two_unknown_sub_titles_reads_both(tmp_path: Path) -> None:
    """F5: "Đơn vị chủ trì" merged over "Cấp thành phố | Cấp xã": both cells are the lead,
    joined with "; " and each resolved; nothing said of the sub-columns."""
    header = [["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "", "Đơn vị phối hợp",
               "Thời gian hoàn thành"], ["", "", "Cấp thành phố", "Cấp xã", "", ""]]  # fmt: skip
    merges = ("A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2")
    row = ("1.", "Nội dung A", P, "UBND phường Bắc Sơn", V, "Tháng 12/2023")
    result, data = _import(write_xlsx(tmp_path / "ke-hoach.xlsx", header, [row], merges))
    _table_read(result)
    target = _target(data)
    assert target["lead"] == {
        "text": f"{P}; UBND phường Bắc Sơn",
        "units": ["phong-van-hoa-thong-tin", "phuong-bac-son"],
    }
    assert target["cooperating"]["text"] == V
    assert _lines(result, f"{AT}C") == _lines(result, f"{AT}D") == []


def test_a_notes_title_over_two_unknown_sub_titles_keeps_both_as_paragraphs(
    tmp_path: Path,
) -> None:
    """F5: "Ghi chú" merged over "Kết quả | Kiến nghị": the note is both cells, one paragraph
    each."""
    header = [["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Thời gian hoàn thành", "Ghi chú",
               ""], ["", "", "", "", "Kết quả", "Kiến nghị"]]  # fmt: skip
    merges = ("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1")
    row = ("1.", "Nội dung A", P, "Tháng 12/2023", "đã xong", "cần kinh phí")
    result, data = _import(write_xlsx(tmp_path / "ke-hoach.xlsx", header, [row], merges))
    _table_read(result)
    assert _target(data)["notes"] == "đã xong\ncần kinh phí"
    assert _lines(result, f"{AT}E") == _lines(result, f"{AT}F") == []


def test_a_qualifier_row_under_the_titles_is_the_headers(tmp_path: Path) -> None:
    """F7: "(tháng/năm)" alone on the row under "Thời hạn", not merged: part of the header, not
    a target row ("không đọc được số thứ tự '(tháng/năm)'" at A2 before)."""
    header = [["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
              ["", "", "", "", "(tháng/năm)"]]  # fmt: skip
    row = ("1.", "Nội dung A", P, V, "12/2023")
    result, data = _import(write_xlsx(tmp_path / "ke-hoach.xlsx", header, [row]))
    _table_read(result)
    assert _target(data)["deadline"] == {"text": "12/2023", "due": "2023-12"}
    assert [line for line in result.output.splitlines() if "tháng/năm" in line] == []
    assert _said(result) == [
        f"{AT}A2: ghi chú: bảng không có cột 'Trực tiếp chỉ đạo' (cột không bắt buộc): ô này để "
        "trống ở mọi chỉ tiêu"
    ]


def test_titles_split_over_two_unmerged_rows_are_joined(tmp_path: Path) -> None:
    """F8: "Đơn vị | Đơn vị | Thời gian | Kinh" over "chủ trì | phối hợp | hoàn thành | phí",
    nothing merged: read as "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"; the
    column cds does not know said by its whole title at its lower cell."""
    header = [["Stt", "Nội dung chỉ tiêu", "Đơn vị", "Đơn vị", "Thời gian", "Kinh"],
              ["", "", "chủ trì", "phối hợp", "hoàn thành", "phí"]]  # fmt: skip
    row = ("1.", "Nội dung A", P, V, "Tháng 12/2023", "20 triệu")
    result, data = _import(write_xlsx(tmp_path / "ke-hoach.xlsx", header, [row]))
    _table_read(result)
    target = _target(data)
    assert (target["lead"]["text"], target["cooperating"]["text"]) == (P, V)
    assert target["deadline"] == {"text": "Tháng 12/2023", "due": "2023-12"}
    assert _said(result) == [
        f"{AT}A2: ghi chú: bảng không có cột 'Trực tiếp chỉ đạo' (cột không bắt buộc): ô này để "
        "trống ở mọi chỉ tiêu",
        f"{AT}F2: ghi chú: cột 'Kinh phí' không được đọc: cds không biết tiêu đề này, các ô của "
        "cột không vào sổ đăng ký",
    ]


REPEATED = [
    ("1.", "Nội dung A", P, V, "Tháng 12/2023"),
    ("Stt", "Nội dung chỉ tiêu", "Đơn vị phối hợp", "Đơn vị chủ trì", "Thời gian hoàn thành"),
    ("2.", "Nội dung B", P, V, "Tháng 6/2023"),
]


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_a_header_repeated_in_another_order_re_maps_the_rows_under_it(
    tmp_path: Path, kind: str
) -> None:
    """F9: the header repeated inside the table with "Đơn vị phối hợp" before "Đơn vị chủ
    trì": I.2's lead is the one under "Đơn vị chủ trì" in that row (V), not swapped."""
    header = [USUAL]
    if kind == "xlsx":
        source = write_xlsx(tmp_path / "ke-hoach.xlsx", header, REPEATED)
    else:
        source = write_docx(tmp_path / "ke-hoach.docx", header, REPEATED)
    result, data = _import(source)
    if kind == "xlsx":
        _table_read(result)  # the sheet has no heading: its three lines the only problems
    else:
        assert result.exit_code == 0, result.output
    (group,) = data["groups"]
    read = [(t["id"], t["lead"]["text"], t["cooperating"]["text"], t["deadline"]["text"])
            for t in group["targets"]]  # fmt: skip
    assert read == [("I.1", P, V, "Tháng 12/2023"), ("I.2", V, P, "Tháng 6/2023")]
    assert [t for t in group["targets"] if "needs_review" in t] == []


def test_a_repeated_header_without_a_lead_column_is_a_problem_at_its_row(tmp_path: Path) -> None:
    """F9: a header repeated in row 4 with no lead column: its rows cannot be read for a lead —
    a problem at that row (A4), not the first header's column read under it."""
    rows: list[tuple[str, ...]] = [
        REPEATED[0],
        ("Stt", "Nội dung chỉ tiêu", "Ghi chú", "Đơn vị phối hợp", "Thời gian hoàn thành"),
        ("2.", "Nội dung B", "", V, "Tháng 6/2023"),
    ]
    result, data = _import(write_xlsx(tmp_path / "ke-hoach.xlsx", [USUAL], rows))
    assert result.exit_code == 1, result.output
    assert f"{AT}A4: tiêu đề bảng không có cột 'Đơn vị chủ trì'" in result.output.splitlines()
    targets: list[dict[str, Any]] = data["groups"][0]["targets"]
    assert [(t["lead"]["text"], t["cooperating"]["text"]) for t in targets] == [(P, V), ("", V)]
