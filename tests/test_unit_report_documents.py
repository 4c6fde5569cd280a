"""`cds report --unit U --out FILE.docx|FILE.xlsx`: one unit's report as the Word document in
the state layout and as an Excel sheet, opened as a reader opens them (python-docx, openpyxl).

Phòng Y tế on 15/11/2023, the bundled registry with two entries of its own: I.1 (Tháng 5/2023,
led through "Các phòng, đơn vị thuộc UBND thành phố", 12 parts) done on 20/10/2023, so its own
part is done late while the target, 11 parts open, stays late; I.4 (Tháng 11/2023) in progress
on 10/11/2023. With no entries the unit's 23 targets are 6 not started, 7 late and 10 where it
has no part of its own (test_report_own_parts); the two entries move one late part to "done
late" and one not-started part to "in progress".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()
ROLES_I1 = (
    "Trực tiếp chỉ đạo (qua Các phòng, đơn vị thuộc UBND thành phố); "
    "Chủ trì (qua Các phòng, đơn vị thuộc UBND thành phố)"
)
TOTAL_VI = (
    "Tổng: 23 chỉ tiêu — Hoàn thành trễ hạn: 1; Đang thực hiện: 1; Chưa thực hiện: 5; "
    "Quá hạn: 6; Không có phần riêng (chỉ đạo, phối hợp): 10"
)
TOTAL_EN = (
    "Total: 23 targets — Done late: 1; In progress: 1; Not started: 5; Late: 6; "
    "No part of its own (directing, cooperating): 10"
)


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def registry(own_registry: Path) -> Path:
    for target, status, day in (
        ("I.1", "done", "20/10/2023"),
        ("I.4", "in_progress", "10/11/2023"),
    ):
        code, output = cds(
            "progress", "add", target, "--unit", "Phòng Y tế", "--status", status,
            "--date", day, "--registry", str(own_registry),
        )  # fmt: skip
        assert code == 0, output
    return own_registry


def report(registry: Path, out: Path, *extra: str) -> tuple[int, str]:
    return cds(
        "report", "--unit", "y tế", "--as-of", "15/11/2023", "--registry", str(registry),
        "--out", str(out), *extra,
    )  # fmt: skip


def texts(table: object) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]  # type: ignore[attr-defined]


def test_word_document_in_the_state_layout(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao-y-te.docx"
    code, output = report(registry, out)
    assert code == 0, output
    assert output.endswith(f"Đã soạn báo cáo: {out}\n")  # no table: no registry footer
    document = Document(str(out))
    header, body, closing = document.tables
    assert texts(header) == [
        [
            "UBND THÀNH PHỐ TAM ĐIỆP\nPHÒNG Y TẾ\n",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
        ],
        # a named document (NĐ 30/2020, Phụ lục I): no "V/v …" under the number, which is
        # "BC-" and the issuer's abbreviation, a blank where the catalog knows none ("Y tế")
        ["Số: …………/BC-…………", "Tam Điệp, ngày 15 tháng 11 năm 2023"],
    ]
    said = [p.text for p in document.paragraphs if p.text]
    assert said[:2] == [  # its type name, the summary under it; no "Kính gửi" (a letter's)
        "BÁO CÁO",
        "Kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2023 của Phòng Y tế\n"
        "(tính đến ngày 15/11/2023)",
    ]
    assert said[2].startswith("Thực hiện Kế hoạch số")
    assert said[2].endswith(
        ", Phòng Y tế báo cáo kết quả thực hiện các chỉ tiêu được giao tính đến ngày "
        "15/11/2023 như sau:"
    )
    assert said[3] == TOTAL_VI
    assert len(said) == 4
    rows = texts(body)
    assert rows[0] == [
        "Mã chỉ tiêu", "Nội dung chỉ tiêu", "Vai trò của đơn vị", "Thời gian hoàn thành",
        "Tình trạng chỉ tiêu", "Phần của đơn vị", "Báo cáo gần nhất",
    ]  # fmt: skip
    assert len(rows) == 1 + 23
    by_id = {row[0]: row for row in rows[1:]}
    i1 = by_id["I.1"]
    # the target's status as the screen says it: 1 of its 12 parts done
    assert i1[2:] == [
        ROLES_I1,
        "Tháng 5/2023",
        "Quá hạn (1/12)",
        "Hoàn thành trễ hạn (20/10/2023)",  # the day it finished, as on screen
        "20/10/2023",
    ]
    assert i1[1].startswith("100% các phòng, đơn vị thuộc UBND thành phố cung cấp dữ liệu")
    assert by_id["I.4"][3:] == ["Tháng 11/2023", "Đang thực hiện", "Đang thực hiện", "10/11/2023"]
    # An ongoing target it only cooperates on: its period under the deadline, no part, no report
    assert by_id["I.2"][2:] == [
        "Phối hợp (qua Các phòng, đơn vị thuộc UBND thành phố)",
        "Thường xuyên\n(Hằng tháng, kỳ 15/11/2023–14/12/2023)",
        "Chưa báo cáo kỳ này",
        "Không có phần riêng",
        "",
    ]
    # the body it reports to, under "Nơi nhận:" (no "Kính gửi" for a "Như trên" to point at)
    assert texts(closing)[0][0] == ("Nơi nhận:\n- Ban Chỉ đạo chuyển đổi số thành phố;\n- Lưu: VT.")


def test_excel_sheet(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao-y-te.xlsx"
    code, output = report(registry, out)
    assert code == 0, output
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.title == "Báo cáo đơn vị"
    assert (
        sheet["A1"].value == "Kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2023 của Phòng Y tế"
    )
    assert sheet["A4"].value == "Tình hình thực hiện đến ngày 15/11/2023"
    assert [c.value for c in sheet[6]] == [
        "STT", "Mã chỉ tiêu", "Nội dung chỉ tiêu", "Vai trò của đơn vị", "Thời gian hoàn thành",
        "Hạn chót", "Kỳ báo cáo", "Tình trạng chỉ tiêu", "Số ngày quá hạn", "Phần của đơn vị",
        "Báo cáo gần nhất", "Chỉ số",
    ]  # fmt: skip
    assert sheet.freeze_panes == "A7"
    assert sheet.column_dimensions["C"].width == 60
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$6:$6"
    first = [c.value for c in sheet[7]][:11]
    assert first == [
        1, "I.1", first[2], ROLES_I1, "Tháng 5/2023", dt.datetime(2023, 5, 31), None,
        "Quá hạn (1/12)", 168, "Hoàn thành trễ hạn (20/10/2023)", dt.datetime(2023, 10, 20),
    ]  # fmt: skip
    assert sheet["F7"].number_format == sheet["K7"].number_format == "DD/MM/YYYY"
    rows = {row[1]: row for row in sheet.iter_rows(min_row=7, max_row=29, values_only=True)}
    assert rows["I.4"][5:11] == (
        dt.datetime(2023, 11, 30), None, "Đang thực hiện", None, "Đang thực hiện",
        dt.datetime(2023, 11, 10),
    )  # fmt: skip
    assert sheet.max_row == 30  # 6 title and header rows, 23 targets, the total
    assert sheet["A30"].value == TOTAL_VI


def test_english(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    code, output = report(registry, out, "--lang", "en")
    assert code == 0, output
    assert f"Report written: {out}" in output
    document = Document(str(out))
    said = [p.text for p in document.paragraphs if p.text]
    assert said[:2] == [
        "REPORT",
        "Progress of Phòng Y tế on the digital transformation targets of 2023\n(as of 15/11/2023)",
    ]
    assert TOTAL_EN in said
    # The state layout's own words (the national title, the date) stay as the decree has them
    assert document.tables[0].rows[1].cells[1].text == "Tam Điệp, ngày 15 tháng 11 năm 2023"
    assert texts(document.tables[1])[0][4:6] == ["Target status", "The unit's own part"]
    # one language: the number line and the recipients block too (review 10: "Nơi nhận:",
    # "- As above;", "- Lưu: VT." mixed)
    assert document.tables[0].rows[1].cells[0].text == "No. …………/BC-…………"
    by_id = {row[0]: row for row in texts(document.tables[1])[1:]}
    assert by_id["I.1"][4:6] == ["Late (1/12)", "Done late (20/10/2023)"]
    assert texts(document.tables[-1])[0][0] == (
        "Recipients:\n- Ban Chỉ đạo chuyển đổi số thành phố;\n- Archived: VT."
    )


def test_never_overwrites_without_force(registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    out.write_bytes(b"the clerk's own file")
    code, output = report(registry, out)
    assert code == 2
    assert f"'{out}' đã tồn tại; chưa ghi gì" in output
    assert "thêm --force để ghi đè" in output
    assert out.read_bytes() == b"the clerk's own file"
    code, output = report(registry, out, "--force")
    assert code == 0, output
    assert load_workbook(out).active["A30"].value == TOTAL_VI  # type: ignore[index]


def test_format_and_name_checked_before_any_work(registry: Path, tmp_path: Path) -> None:
    code, output = cds("report", "--unit", "y tế", "--format", "docx", "--registry", str(registry))
    assert code == 2
    assert "--format docx cần --out" in output
    # no --format: the suffix chooses, and the refusal names every suffix --out takes, not a
    # "--format docx" nobody gave (review 10)
    wrong = tmp_path / "bao-cao.pdf"
    code, output = report(registry, wrong)
    assert code == 2
    assert output.splitlines() == [
        f"cds: lỗi: --out {wrong}: cds report --out ghi tệp .docx, .xlsx, .md, .json hoặc .csv, "
        "định dạng theo đuôi tệp (hoặc theo --format); tên tệp phải có một trong các đuôi đó",
        f"  gợi ý: ví dụ --out {tmp_path / 'bao-cao.docx'}",
    ]
    code, output = report(registry, wrong, "--lang", "en")
    assert code == 2
    assert output.splitlines() == [
        f"cds: error: --out {wrong}: cds report --out writes a .docx, .xlsx, .md, .json or .csv "
        "file, the format the name's suffix says (or --format's); the name must end in one of "
        "them",
        f"  hint: e.g. --out {tmp_path / 'bao-cao.docx'}",
    ]
    code, output = report(registry, tmp_path / "bao-cao.docx", "--format", "xlsx")
    assert code == 2
    assert "tên tệp phải có đuôi .xlsx" in output
    # --all-plans with --registry: one plan and every plan at once (tests/test_all_plans_refusals.py
    # for --out with --all-plans alone: one file holds one plan's report)
    code, output = report(registry, tmp_path / "bao-cao.docx", "--all-plans")
    assert code == 2
    assert output.startswith(f"cds: lỗi: --all-plans hỏi mọi kế hoạch, --registry {registry} ")
    assert list(tmp_path.glob("bao-cao*")) == []


def test_the_text_formats_to_a_file(registry: Path, tmp_path: Path) -> None:
    """--out with .md/.json/.csv writes what the screen's format prints."""
    import json

    out = tmp_path / "y-te.json"
    code, output = report(registry, out)
    assert code == 0, output
    rows = {row["id"]: row for row in json.loads(out.read_text(encoding="utf-8"))}
    assert (rows["I.1"]["unit_status"], rows["I.1"]["unit_reported"]) == ("done_late", "2023-10-20")
