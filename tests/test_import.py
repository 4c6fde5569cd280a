"""`cds import`: realistic Word and Excel appendices in, a registry out, problems at their cells."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.registry.importing.writing import record_data
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()

HEADING = [
    "Phụ lục 01:",
    "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
ROWS: list[tuple[str, ...]] = [
    ("header",),
    ("numbering",),
    ("group", "I. DỮ LIỆU SỐ"),
    (
        "1.",
        "100% các phòng, đơn vị cung cấp dữ liệu;\n\ndữ liệu mở theo chỉ đạo của tỉnh.",
        "Trưởng phòng Văn hóa và Thông tin",
        "Phòng Văn hóa và Thông tin",
        "Phòng Y tế\nCông an thành phố",
        "Tháng 3/2024",
        "",
    ),
    (
        "2",
        "Số hóa 100% hồ sơ lưu trữ.",
        "Chánh Thanh tra thành phố",
        "Phòng Ngoại vụ; phòng Nội vụ",
        "",
        "Khi có kinh phí",
        "Chỉ tiêu mới",
    ),
    ("header",),
    ("numbering",),
    ("group", "II. CHÍNH QUYỀN SỐ"),
    (
        "1.",
        "Duy trì dịch vụ công trực tuyến toàn trình.",
        "Chủ tịch UBND các phường, xã",
        "UBND các phường, xã",
        "",
        "Thường xuyên",
        "",
    ),
]
# Rows of the table (1-based): 1-2 header, 3 numbering, 4 group I, 5 I.1, 6 I.2,
# 7-8 header again, 9 numbering, 10 group II, 11 II.1. In the sheet, three heading rows come first.


def _import(tmp_path: Path, source: Path, *extra: str) -> tuple[Any, dict[str, Any]]:
    out = tmp_path / "out" / "phu_luc_01.yaml"
    result = runner.invoke(
        app, ["import", str(source), "--out", str(out), "--registry", str(REGISTRY), *extra]
    )
    return result, parse(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("kind", "lead", "deadline", "where"),
    [
        ("docx", "1:6:4", "1:6:6", "bảng 1, dòng 6, cột {}"),
        # The sheet has three heading rows above the table: I.2 is its row 9; Excel's names.
        ("xlsx", "Phụ lục!D9", "Phụ lục!F9", "trang Phụ lục, ô {}9"),
    ],
)
def test_realistic_appendix_field_by_field(
    tmp_path: Path, kind: str, lead: str, deadline: str, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    writer = write_docx if kind == "docx" else write_xlsx
    source = writer(tmp_path / f"ke-hoach-2024.{kind}", ROWS, HEADING)
    result, data = _import(tmp_path, source, "--indicators")
    name = source.name
    assert result.exit_code == 1
    problems = [line for line in result.output.splitlines() if line.startswith(name)]
    # I.1 is row 5 (Word) or 8 (the sheet), I.2 row 6 or 9; their content is column 2 (B).
    content = ("1:5:2", "1:6:2") if kind == "docx" else ("Phụ lục!B8", "Phụ lục!B9")
    proposal = "ghi chú: đề xuất chỉ số chi_so_1: '100%' (>= 100%), cần người xác nhận"
    assert problems == [  # in the table's order (table, row, column), problems and notes alike
        f"{name}:{content[0]}: {proposal}",
        f"{name}:{content[1]}: {proposal}",
        f"{name}:{lead}: danh mục không có đơn vị nào tên 'Phòng Ngoại vụ'",
        f"{name}:{deadline}: không đọc được thời hạn 'Khi có kinh phí'",
    ]
    assert (
        "  gợi ý: có phải 'Phòng Nội vụ'? thêm đơn vị vào danh mục đơn vị của sổ đăng ký,"
        " dưới dòng 'units:' của phần 'catalog:'" in result.output
    )
    base = load_registry(REGISTRY).registry
    assert base is not None
    document = dict(data["document"])
    # Who sends the office's letters is not in the appendix: kept from the base registry.
    assert document.pop("office") == record_data(base.document.office)
    assert document == {
        "appendix": "Phụ lục 01",
        "title": HEADING[1],
        "plan": {
            "reference": HEADING[2][1:-1].removeprefix("Kèm theo "),
            "number": "12",
            "symbol": "KH-BCĐ",
            "date": "15/01/2024",
        },
        "issuer": "Ban Chỉ đạo chuyển đổi số thành phố",
        "year": 2024,
    }
    assert [(g["id"], g["title"]) for g in data["groups"]] == [
        ("I", "DỮ LIỆU SỐ"),
        ("II", "CHÍNH QUYỀN SỐ"),
    ]
    first, second = data["groups"][0]["targets"]
    assert first == {
        "id": "I.1",
        "number": 1,
        # Word's two paragraphs and Excel's line break both read as one "\n".
        "content": "100% các phòng, đơn vị cung cấp dữ liệu;\ndữ liệu mở theo chỉ đạo của tỉnh.",
        "directing": {
            "text": "Trưởng phòng Văn hóa và Thông tin",
            "units": ["phong-van-hoa-thong-tin"],
        },
        "lead": {"text": "Phòng Văn hóa và Thông tin", "units": ["phong-van-hoa-thong-tin"]},
        "cooperating": {
            "text": "Phòng Y tế\nCông an thành phố",
            "units": ["phong-y-te", "cong-an"],
        },
        "deadline": {"text": "Tháng 3/2024", "due": "2024-03"},
        "notes": "",
        # "100%" read from the text, for the one lead unit to report (scope city, the default).
        "indicators": [
            {
                "key": "chi_so_1",
                "measures": "100% các phòng, đơn vị cung cấp dữ liệu",
                "text": "100%",
                "comparator": ">=",
                "value": 100,
                "unit": "%",
            }
        ],
        "needs_review": [
            "indicators: đề xuất chỉ số chi_so_1: '100%' (>= 100%), cần người xác nhận "
            f"({where.format(2 if kind == 'docx' else 'B').replace('6', '5').replace('9', '8')})"
        ],
    }
    assert second == {
        "id": "I.2",
        "number": 2,
        "content": "Số hóa 100% hồ sơ lưu trữ.",
        "directing": {"text": "Chánh Thanh tra thành phố", "units": ["thanh-tra"]},
        "lead": {"text": "Phòng Ngoại vụ; phòng Nội vụ", "units": ["phong-noi-vu"]},
        "cooperating": {"text": "", "units": []},
        "deadline": {"text": "Khi có kinh phí", "due": "ongoing"},
        "notes": "Chỉ tiêu mới",
        "indicators": [
            {
                "key": "chi_so_1",
                "measures": "Số hóa 100% hồ sơ lưu trữ",
                "text": "100%",
                "comparator": ">=",
                "value": 100,
                "unit": "%",
            }
        ],
        "needs_review": [
            f"Đơn vị chủ trì: danh mục không có đơn vị nào tên 'Phòng Ngoại vụ' "
            f"({where.format(4 if kind == 'docx' else 'D')})",
            f"Thời gian hoàn thành: không đọc được thời hạn 'Khi có kinh phí' "
            f"({where.format(6 if kind == 'docx' else 'F')})",
            "indicators: đề xuất chỉ số chi_so_1: '100%' (>= 100%), cần người xác nhận "
            f"({where.format(2 if kind == 'docx' else 'B')})",
        ],
    }
    (only,) = data["groups"][1]["targets"]
    assert (only["id"], only["lead"]["units"], only["deadline"]) == (
        "II.1",
        ["ubnd-cac-phuong-xa"],
        {"text": "Thường xuyên", "due": "ongoing"},
    )


def test_validate_flags_the_marks_until_a_person_decides(tmp_path: Path) -> None:
    source = write_docx(tmp_path / "kh.docx", ROWS, HEADING)
    _import(tmp_path, source, "--indicators")
    out = tmp_path / "out" / "phu_luc_01.yaml"
    checked = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert checked.exit_code == 1
    headings = [
        line.split(": ", 1)[1]
        for line in checked.output.splitlines()
        if ":" in line and line.startswith(str(out))
    ]
    assert "no unit in the catalog is named 'Phòng Ngoại vụ'" in headings
    assert "cannot read deadline 'Khi có kinh phí'" in headings
    # I.2's lead and deadline, and the indicator proposed for each of I.1 and I.2.
    assert sum(h.startswith("an imported value needs a decision") for h in headings) == 4
    hint = "  hint: correct that field, then delete this line (and needs_review: if empty)\n"
    assert checked.output.count(hint) == 1  # a hint once per run, as `cds import` says them
    # The person decides: the new unit is Phòng Nội vụ, the deadline June; the marks go.
    text = out.read_text(encoding="utf-8")
    text = text.replace("Phòng Ngoại vụ; phòng Nội vụ", "Phòng Nội vụ")
    old = "text: Khi có kinh phí\n          due: ongoing"
    assert old in text
    text = text.replace(old, "text: Tháng 6/2024\n          due: '2024-06'")
    # ... and accepts both proposed indicators as they are.
    lines = text.splitlines(keepends=True)
    assert lines.count("        needs_review:\n") == 2  # in I.1 and I.2
    kept = _without_marks(lines)
    out.write_text("".join(kept), encoding="utf-8")
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


def _without_marks(lines: list[str]) -> list[str]:
    """The file's lines without its targets' `needs_review:` blocks (a person's deletion)."""
    kept: list[str] = []
    inside = False
    for line in lines:
        if line == "        needs_review:\n":
            inside = True
            continue
        if inside and line.startswith("          - "):
            continue
        inside = False
        kept.append(line)
    return kept


def test_header_found_by_titles_not_positions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Columns in another order, an extra status column, no numbering row: same targets; the
    missing assignment columns are optional: said once as notes (no mark, exit 0), their cells
    read as empty."""
    monkeypatch.chdir(tmp_path)
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for line in HEADING:  # the plan's heading: nothing left to decide, exit 0
        sheet.append([line])
    sheet.append(
        ["Tình trạng", "STT", "Thời gian hoàn thành", "Đơn vị chủ trì", "Nội dung chỉ tiêu"]
    )
    sheet.append(["", "I", "", "", "Kinh tế số"])
    sheet.append(["Hoàn thành", 1, "Tháng 12/2024", "Phòng Kinh tế", "Tăng doanh nghiệp số."])
    source = tmp_path / "doi-cot.xlsx"
    book.save(source)
    result, data = _import(tmp_path, source)
    assert result.exit_code == 0
    assert [
        line for line in result.output.splitlines() if line.startswith("doi-cot.xlsx:Sheet!")
    ] == [
        "doi-cot.xlsx:Sheet!A4: ghi chú: bảng không có cột 'Trực tiếp chỉ đạo' (cột không bắt "
        "buộc): ô này để trống ở mọi chỉ tiêu",
        "doi-cot.xlsx:Sheet!A4: ghi chú: bảng không có cột 'Đơn vị phối hợp' (cột không bắt "
        "buộc): ô này để trống ở mọi chỉ tiêu",
        "doi-cot.xlsx:Sheet!A4: ghi chú: cột 'Tình trạng' là kết quả theo dõi, cds tự tính từ "
        "tiến độ đã ghi: không đọc",  # said, not read (test_import_headings.py)
    ]
    assert "needs_review" not in data
    (target,) = data["groups"][0]["targets"]
    assert (data["groups"][0]["title"], target["id"], target["content"]) == (
        "Kinh tế số",
        "I.1",
        "Tăng doanh nghiệp số.",
    )
    assert target["lead"] == {"text": "Phòng Kinh tế", "units": ["phong-kinh-te"]}
    assert target["deadline"] == {"text": "Tháng 12/2024", "due": "2024-12"}
    assert target["cooperating"] == {"text": "", "units": []}


def test_no_appendix_table_is_invalid_data(tmp_path: Path) -> None:
    """A readable Word file without the table: its content is wrong (exit 1, as
    docs/reliability.md classes it); a file of the wrong kind is the wrong thing named (2)."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Không có bảng.")
    doc.save(str(tmp_path / "trong.docx"))
    result = runner.invoke(
        app, ["import", str(tmp_path / "trong.docx"), "--registry", str(REGISTRY)]
    )
    assert result.exit_code == 1
    assert "cds: lỗi: không tìm thấy bảng chỉ tiêu trong 'trong.docx'" in result.output
    wrong = runner.invoke(app, ["import", str(REGISTRY), "--registry", str(REGISTRY)])
    assert wrong.exit_code == 2
    assert wrong.output.startswith(
        "cds: lỗi: không nhập được 'phu_luc_01.yaml': chỉ đọc tệp .docx (Word) và .xlsx (Excel)\n"
    )
    (tmp_path / "ke-hoach.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # a Word 97-2003 file
    old = runner.invoke(
        app, ["import", str(tmp_path / "ke-hoach.doc"), "--registry", str(REGISTRY)]
    )
    assert old.exit_code == 2
    assert old.output.splitlines()[1] == (
        "  gợi ý: tệp Word 97-2003 (.doc): mở bằng Word, chọn Lưu thành (Save As) kiểu .docx; "
        "hoặc chạy: soffice --headless --convert-to docx 'ke-hoach.doc'"
    )


def test_never_replaces_without_force(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "a.xlsx", ROWS[:4], HEADING)
    out = tmp_path / "r.yaml"
    out.write_text("giữ nguyên\n", encoding="utf-8")
    args = ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
    assert runner.invoke(app, args).exit_code == 2
    assert out.read_text(encoding="utf-8") == "giữ nguyên\n"
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0
    assert "id: I.1" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_round_trip_of_the_31_targets_is_exact(tmp_path: Path, kind: str) -> None:
    """Export, then import: every field a person wrote comes back (those the table lacks, such as
    indicators, from the base registry, as the target's text is unchanged)."""
    original = load_registry(REGISTRY).registry
    assert original is not None
    source = tmp_path / f"phu-luc.{kind}"  # the real `cds export --format docx|xlsx`
    exported = runner.invoke(
        app, ["export", "--format", kind, "--out", str(source), "--registry", str(REGISTRY)]
    )
    assert exported.exit_code == 0, exported.output
    result, data = _import(tmp_path, source)
    assert result.exit_code == 0, result.output
    imported = load_registry(tmp_path / "out" / "phu_luc_01.yaml").registry
    assert imported is not None
    assert imported.document == original.document
    assert imported.catalog == original.catalog
    assert [(g.id, g.title) for g in imported.groups] == [(g.id, g.title) for g in original.groups]
    for (_, new), (_, old) in zip(imported.targets(), original.targets(), strict=True):
        assert new == old, old.id
    assert imported == original
    if kind == "docx":  # the plan's heading is read from the document, not from the base
        assert "mục document lấy từ" not in result.output
    assert not any("needs_review" in t for g in data["groups"] for t in g["targets"])


def test_word_table_going_on_in_a_second_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows after a page break in a table of their own, without the header: still the appendix."""
    monkeypatch.chdir(tmp_path)
    rows = [*ROWS[:4], ("table",), ROWS[4], ("table",), ("header",), *ROWS[7:]]
    source = write_docx(tmp_path / "tach.docx", rows, HEADING)
    result, data = _import(tmp_path, source)
    assert [line for line in result.output.splitlines() if line.startswith("tach.docx:")] == [
        "tach.docx:2:1:4: danh mục không có đơn vị nào tên 'Phòng Ngoại vụ'",
        "tach.docx:2:1:6: không đọc được thời hạn 'Khi có kinh phí'",
    ]
    assert [[t["id"] for t in g["targets"]] for g in data["groups"]] == [["I.1", "I.2"], ["II.1"]]


def test_other_sheets_are_not_read_as_the_appendix(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    source = write_xlsx(tmp_path / "hai-trang.xlsx", ROWS[:4], HEADING)
    book = load_workbook(source)
    other = book.create_sheet("Lịch sử")
    other.append(["Mã mục", "Chỉ tiêu", "Đơn vị", "Tình trạng", "Ngày", "Ghi chú", "Người ghi"])
    other.append(["a1", "II.4", "Phòng Y tế", "Hoàn thành", "01/11/2023", "", ""])
    book.save(source)
    result, data = _import(tmp_path, source)
    assert result.exit_code == 0, result.output
    assert [t["id"] for g in data["groups"] for t in g["targets"]] == ["I.1"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("hong.docx", b"not a zip", "File is not a zip file"),
        ("hong.xlsx", b"PK\x03\x04broken", "File is not a zip file"),
    ],
)
def test_damaged_files_are_invalid_data(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    """A damaged file is invalid data (exit 1), located at the file, in Vietnamese."""
    (tmp_path / name).write_bytes(data)
    result = runner.invoke(app, ["import", str(tmp_path / name), "--registry", str(REGISTRY)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == f"cds: lỗi: không đọc được '{name}'"
    # the reader's English reason is not shown in Vietnamese; --lang en keeps it
    assert lines[1] == f"{tmp_path / name}:1:1: tệp hỏng hoặc không phải tệp Word/Excel"
    assert lines[2] == "  gợi ý: mở tệp bằng Word hoặc Excel rồi lưu lại (.docx, .xlsx)"
    english = runner.invoke(
        app, ["import", str(tmp_path / name), "--registry", str(REGISTRY), "--lang", "en"]
    )
    assert english.exit_code == 1
    assert english.output.splitlines()[1].startswith(
        f"{tmp_path / name}:1:1: the file is damaged or not a Word/Excel file ({reason}"
    )


def test_excel_month_typed_as_a_date(tmp_path: Path) -> None:
    """Excel turns "10/2024" into a date shown as a month; the deadline reads as that month."""
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Thời gian hoàn thành"])
    sheet.append(["I", "Dữ liệu số"])
    sheet.append([1, "Số hóa hồ sơ.", "Phòng Nội vụ", dt.datetime(2024, 10, 1)])
    sheet["D3"].number_format = "mm/yyyy"
    book.save(tmp_path / "thang.xlsx")
    _, data = _import(tmp_path, tmp_path / "thang.xlsx")
    assert data["groups"][0]["targets"][0]["deadline"] == {"text": "10/2024", "due": "2024-10"}


def test_unwritable_out_is_an_error_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    """Simulated as a read-only file system would answer, so that it also fails as root."""
    import errno

    import cds_tracker.output.files as files

    def read_only(path: Path, data: bytes, *, durable: bool = True) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files, "replace_file", read_only)
    source = write_xlsx(tmp_path / "a.xlsx", ROWS[:4])
    out = tmp_path / "r.yaml"
    result = runner.invoke(
        app, ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
    )
    assert result.exit_code == 1
    assert f"cds: error: could not write {out}: Read-only file system; nothing was written" in (
        result.output
    )
    assert not out.exists()


def test_rows_that_fit_no_target_are_marked_for_validate(tmp_path: Path) -> None:
    """A row before any group and a row whose number cannot be read are not targets: they are
    reported at their row, and written at the top of the registry (with the row's text, so
    nothing is lost) where `cds validate` flags them until a person decides."""
    rows: list[tuple[str, ...]] = [
        ("header",),
        ("1.", "Chỉ tiêu không thuộc nhóm nào.", "", "Phòng Nội vụ", "", "Tháng 3/2024", ""),
        ("group", "I. DỮ LIỆU SỐ"),
        ("1.", "Số hóa hồ sơ.", "", "Phòng Y tế", "", "Tháng 4/2024", ""),
        ("1a", "Chỉ tiêu số lạ.", "", "Phòng Y tế", "", "Tháng 5/2024", ""),
    ]
    # Rows: 1-2 the header, 3 the row before any group, 4 group I, 5 I.1, 6 the row "1a".
    source = write_docx(tmp_path / "dong-le.docx", rows, HEADING)
    result, data = _import(tmp_path, source)
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.startswith(str(source))] == [
        f"{source}:1:3:1: chỉ tiêu đứng trước mọi dòng nhóm (I., II., …); bỏ qua",
        f"{source}:1:6:1: không đọc được số thứ tự '1a'",
    ]
    assert data["needs_review"] == [
        "chỉ tiêu đứng trước mọi dòng nhóm (I., II., …); bỏ qua (bảng 1, dòng 3, cột 1); "
        "nội dung dòng: 1. | Chỉ tiêu không thuộc nhóm nào. | Phòng Nội vụ | Tháng 3/2024",
        "không đọc được số thứ tự '1a' (bảng 1, dòng 6, cột 1); "
        "nội dung dòng: 1a | Chỉ tiêu số lạ. | Phòng Y tế | Tháng 5/2024",
    ]
    assert [t["id"] for g in data["groups"] for t in g["targets"]] == ["I.1"]
    assert "2 chỗ cần quyết định (`needs_review`)" in result.output
    out = tmp_path / "out" / "phu_luc_01.yaml"
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    text = out.read_text(encoding="utf-8")
    assert text.index("needs_review:") < text.index("document:")  # seen first
    lines = checked.output.splitlines()
    first = next(i for i, line in enumerate(lines) if "chỉ tiêu đứng trước" in line)
    assert lines[first].startswith(f"{out}:6:5: giá trị nhập cần người quyết định: chỉ tiêu")
    assert lines[first + 3] == (
        "  gợi ý: thêm chỉ tiêu vào nhóm (hoặc sửa bảng, nhập lại), rồi xóa dòng này"
    )
    # The person adds nothing (the rows were mistakes) and deletes the marks: valid.
    start = text.index("needs_review:")
    out.write_text(text[:start] + text[text.index("document:") :], encoding="utf-8")
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


def test_names_read_as_report_unit_reads_them(tmp_path: Path) -> None:
    """A cell resolves with the rule of `cds report --unit`: the old tone placement ("hoá") is
    the same name, silently; an abbreviation ("Phòng VH-TT") is the unit, with a note; the text
    stays as written, and validate accepts what import wrote."""
    rows: list[tuple[str, ...]] = [
        ("header",),
        ("group", "I. DỮ LIỆU SỐ"),
        (
            "1.",
            "Số hóa hồ sơ.",
            "Trưởng phòng Văn hoá và Thông tin",
            "Phòng VH-TT",
            "Phòng Y tế; Phòng Văn hoá và Thông tin",
            "Tháng 3/2024",
            "",
        ),
    ]
    # Rows: 1-2 the header, 3 group I, 4 I.1; the lead is column 4.
    source = write_docx(tmp_path / "viet-tat.docx", rows, HEADING)
    result, data = _import(tmp_path, source)
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if line.startswith(str(source))] == [
        f"{source}:1:4:4: ghi chú: đã đọc 'Phòng VH-TT' là 'Phòng Văn hóa và Thông tin'"
    ]
    (target,) = data["groups"][0]["targets"]
    assert target["directing"] == {
        "text": "Trưởng phòng Văn hoá và Thông tin",
        "units": ["phong-van-hoa-thong-tin"],
    }
    assert target["lead"] == {"text": "Phòng VH-TT", "units": ["phong-van-hoa-thong-tin"]}
    assert target["cooperating"]["units"] == ["phong-y-te", "phong-van-hoa-thong-tin"]
    assert "needs_review" not in target
    out = tmp_path / "out" / "phu_luc_01.yaml"
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


def test_validate_keeps_the_import_hint(tmp_path: Path) -> None:
    source = write_docx(tmp_path / "kh.docx", ROWS, HEADING)
    _import(tmp_path, source)
    checked = runner.invoke(app, ["validate", str(tmp_path / "out" / "phu_luc_01.yaml")])
    lines = checked.output.splitlines()
    at = next(i for i, line in enumerate(lines) if "tên 'Phòng Ngoại vụ'" in line)
    hint = next(line for line in lines[at:] if line.startswith("  gợi ý:"))
    assert hint == (
        "  gợi ý: có phải 'Phòng Nội vụ'? thêm đơn vị vào danh mục đơn vị của sổ đăng ký, dưới"
        " dòng 'units:' của phần 'catalog:', như các đơn vị đã có, ví dụ: '- id: phong-dan-toc'"
        " rồi 'name: Phòng Dân tộc', 'kind: department', 'source: appendix'; hoặc thêm tên này"
        " vào 'aliases:' (tên gọi khác) của đơn vị nó chỉ"
    )


def test_a_value_for_a_target_without_indicators_says_how_to_add_one(own_registry: Path) -> None:
    """II.1 has no indicators (an imported plan's new targets have none): --value is refused
    with the way to add one, not only the fact."""
    result = runner.invoke(
        app,
        [
            *("progress", "add", "II.1", "--unit", "van-phong", "--status", "in_progress"),
            *("--date", "01/03/2024", "--value", "online_payment_share=3/5"),
            *("--registry", str(own_registry)),
        ],
    )
    assert result.exit_code == 2
    assert (
        "  gợi ý: II.1 chưa có chỉ số nào: thêm mục `indicators:` vào chỉ tiêu trong tệp kế "
        in (result.output)
    )
    assert "(mẫu: docs/registry-format.md, mục Indicators), rồi chạy cds validate" in result.output


def test_import_names_the_targets_an_indicator_could_measure(tmp_path: Path) -> None:
    """I.1 and I.2 of ROWS state "100%" and have no indicators (their texts are not the base's);
    II.1 states no threshold. Without --indicators nothing is written for them: only named."""
    source = write_docx(tmp_path / "kh.docx", ROWS, HEADING)
    result, data = _import(tmp_path, source)
    assert result.output.endswith(
        "2 ngưỡng % trong nội dung của 2 chỉ tiêu chưa có chỉ số:\nI.1, I.2.\nChạy lại với "
        "--indicators để ghi đề xuất (người xác nhận từng chỉ số),\nhoặc thêm bằng tay theo "
        "docs/registry-format.md, mục Indicators.\n2 chỗ cần quyết định (`needs_review`): cds "
        "validate báo lỗi đến khi sửa xong.\n"
    )
    assert not any("indicators" in t for g in data["groups"] for t in g["targets"])


def test_import_says_which_indicators_it_proposed(tmp_path: Path) -> None:
    """With --indicators: one proposed for each of I.1 and I.2; 2 proposals + I.2's 2 cells
    = 4 marks."""
    source = write_docx(tmp_path / "kh.docx", ROWS, HEADING)
    result, _ = _import(tmp_path, source, "--indicators")
    assert result.output.endswith(
        "2 chỉ số đề xuất từ ngưỡng % trong nội dung của 2 chỉ tiêu:\nI.1, I.2.\nXem lại `key`, "
        "`measures`, `scope` (docs/registry-format.md, mục Indicators),\nrồi xóa dòng "
        "`needs_review` (chỗ cần quyết định) của từng chỉ số.\n4 chỗ cần quyết định "
        "(`needs_review`): cds validate báo lỗi đến khi sửa xong.\n"
    )


@pytest.mark.parametrize(
    ("lang", "said", "hint"),
    [
        (
            "vi",
            "danh mục không có đơn vị nào tên 'Phòng Ngoại vụ'",
            "  gợi ý: có phải 'Phòng Nội vụ'? ",
        ),
        (
            "en",
            "no unit in the catalog is named 'Phòng Ngoại vụ'",
            "  hint: did you mean 'Phòng Nội vụ'? ",
        ),
    ],
)
def test_import_and_validate_say_an_unknown_unit_in_the_same_words(
    tmp_path: Path, lang: str, said: str, hint: str
) -> None:
    """One problem, one wording: the import's line and validate's line for the same cell differ
    only in where they point (the file's cell, the registry's line; validate shows the line
    between), and their hints are the same."""
    source = write_docx(tmp_path / "kh.docx", ROWS, HEADING)
    out = tmp_path / "out" / "phu_luc_01.yaml"
    imported, _ = _import(tmp_path, source, "--lang", lang)
    checked = runner.invoke(app, ["validate", str(out), "--lang", lang])
    said_by = {}
    for name, result in (("import", imported), ("validate", checked)):
        lines = result.output.splitlines()
        at = next(i for i, line in enumerate(lines) if line.endswith(f": {said}"))
        said_by[name] = next(line for line in lines[at:] if line.startswith(hint[:8]))
    assert said_by["import"] == said_by["validate"]
    assert said_by["import"].startswith(hint + ("thêm đơn vị" if lang == "vi" else "add the unit"))
