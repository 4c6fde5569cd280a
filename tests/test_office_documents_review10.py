"""Documents that leave the office, as a clerk's review (round 10) read them.

plans/2024, made from the bundled registry with three targets and no indicator:
- I.1 "Phòng Y tế triển khai bệnh án điện tử.", led by Phòng Y tế, "Trước ngày 15/10/2024";
- I.2 "Các phường số hóa hồ sơ.", led by UBND phường Bắc Sơn and UBND phường Nam Sơn,
  "Tháng 6/2024": Nam Sơn done on 20/06/2024, Bắc Sơn in progress on 25/06/2024, so on
  31/12/2024 the target is late with 1 of its 2 parts done: "Quá hạn (1/2)" on the screen;
- I.3 "Phòng Văn hóa và Thông tin số hóa di tích.", led by Phòng Văn hóa và Thông tin
  (aliases VH&TT, VHTT …), "Tháng 12/2024".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from docx import Document
from openpyxl import load_workbook

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

AS_OF = "31/12/2024"


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_PLAN", "2024")
    health = _target(
        1, "Phòng Y tế triển khai bệnh án điện tử.", (EMPTY, _cell("Phòng Y tế", "phong-y-te"),
        EMPTY), "10/2024",
    )  # fmt: skip
    health["deadline"] = {"text": "Trước ngày 15/10/2024", "due": "2024-10-15"}
    wards = _cell("UBND phường Bắc Sơn; UBND phường Nam Sơn", "phuong-bac-son", "phuong-nam-son")
    culture = _cell("Phòng Văn hóa và Thông tin", "phong-van-hoa-thong-tin")
    _plan(
        tmp_path,
        2024,
        [
            health,
            _target(2, "Các phường số hóa hồ sơ.", (EMPTY, wards, EMPTY), "6/2024"),
            _target(3, "Phòng Văn hóa và Thông tin số hóa di tích.", (EMPTY, culture, EMPTY),
                    "12/2024"),
        ],
    )  # fmt: skip
    for unit, status, day in (("Nam Sơn", "done", "20/06/2024"),
                              ("Bắc Sơn", "in_progress", "25/06/2024")):  # fmt: skip
        ok("progress", "add", "I.2", "--unit", unit, "--status", status, "--date", day)
    return tmp_path


def _texts(table: object) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]  # type: ignore[attr-defined]


def _unit_docx(unit: str, out: str, *extra: str) -> DocumentObject:
    ok(*extra, "report", "--unit", unit, "--as-of", AS_OF, "--out", out)
    document: DocumentObject = Document(out)
    return document


def test_a_units_report_is_a_named_document_numbered_by_its_issuer(plan: Path) -> None:
    """NĐ 30/2020, Phụ lục I: "V/v …" is a letter's (công văn); a report has its type name and
    its summary under it, and its number "…/BC-<the issuer's abbreviation>", the rule the
    committee's report already followed ("BC-BCĐ")."""
    ward = _unit_docx("Bắc Sơn", "bac-son.docx")
    assert _texts(ward.tables[0])[1] == ["Số: …………/BC-UBND", "Tam Điệp, ngày 31 tháng 12 năm 2024"]
    said = [p.text for p in ward.paragraphs if p.text]
    assert said[:2] == [
        "BÁO CÁO",
        "Kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2024 của UBND phường Bắc Sơn\n"
        "(tính đến ngày 31/12/2024)",
    ]
    assert not [line for line in said if line.startswith(("V/v", "Kính gửi"))]
    assert _texts(ward.tables[-1])[0][0] == (
        "Nơi nhận:\n- Ban Chỉ đạo chuyển đổi số thành phố;\n- Lưu: VT."
    )
    # a department: the catalog's abbreviation in capitals alone (VHTT, not VH&TT)
    culture = _unit_docx("VH&TT", "vhtt.docx")
    assert _texts(culture.tables[0])[1][0] == "Số: …………/BC-VHTT"
    english = _unit_docx("Bắc Sơn", "bac-son-en.docx", "--lang", "en")
    assert _texts(english.tables[0])[1][0] == "No. …………/BC-UBND"
    assert [p.text for p in english.paragraphs if p.text][:1] == ["REPORT"]
    assert _texts(english.tables[-1])[0][0] == (
        "Recipients:\n- Ban Chỉ đạo chuyển đổi số thành phố;\n- Archived: VT."
    )
    ok("summary", "--as-of", AS_OF, "--format", "docx", "--out", "tong-hop.docx")
    committee = Document("tong-hop.docx")
    assert _texts(committee.tables[0])[1][0] == "Số: …………/BC-BCĐ"


def test_a_shared_targets_share_is_said_alike_on_screen_and_in_every_document(
    plan: Path,
) -> None:
    table = ok("report", "--unit", "Bắc Sơn", "--as-of", AS_OF)
    assert "Quá hạn (1/2)" in table
    word = _unit_docx("Bắc Sơn", "bac-son.docx")
    rows = {row[0]: row for row in _texts(word.tables[1])[1:]}
    # target status (1 of 2 parts done), the ward's own part (in progress past its deadline),
    # its last report
    assert rows["I.2"][4:] == ["Quá hạn (1/2)", "Quá hạn", "25/06/2024"]
    ok("report", "--unit", "Bắc Sơn", "--as-of", AS_OF, "--out", "bac-son.xlsx")
    sheet = load_workbook("bac-son.xlsx").active
    assert sheet is not None
    line = next(r for r in sheet.iter_rows(min_row=7, values_only=True) if r[1] == "I.2")
    assert (line[7], line[9]) == ("Quá hạn (1/2)", "Quá hạn")
    for lang, late in (("vi", "Quá hạn (1/2)"), ("en", "Late (1/2)")):
        ok("--lang", lang, "export", "--format", "xlsx", "--as-of", AS_OF, "--out", f"{lang}.xlsx")
        book = load_workbook(f"{lang}.xlsx").active
        assert book is not None
        statuses = {r[0]: r[8] for r in book.iter_rows(values_only=True) if r[0] in ("I.1", "I.2")}
        assert statuses["I.2"] == late  # column I, "Tình trạng"
        assert statuses["I.1"] == late.split(" (")[0]  # one lead: no share to say


def test_a_day_deadline_under_a_header_that_fits_it(plan: Path) -> None:
    for lang, header in (("vi", "Hạn (ngày/tháng)"), ("en", "Due (day/month)")):
        out = ok("--lang", lang, "late", "--as-of", "20/10/2024", "--excel")
        rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"), newline="")))
        assert rows[0][4] == header
        assert [(r[0], r[4], r[5]) for r in rows[1:]] == [
            ("I.2", "06/2024", "Tháng 6/2024"),
            ("I.1", "15/10/2024", "Trước ngày 15/10/2024"),
        ]
    # the unit's Excel report: "Hạn chót" the day itself (it ended in an internal error, exit 3)
    ok("report", "--unit", "Y tế", "--as-of", "20/10/2024", "--out", "y-te.xlsx")
    sheet = load_workbook("y-te.xlsx").active
    assert sheet is not None
    assert [c.value for c in sheet[7]][4:9] == [
        "Trước ngày 15/10/2024", dt.datetime(2024, 10, 15), None, "Quá hạn", 5,
    ]  # fmt: skip


def test_a_plan_without_indicators_says_so_once(plan: Path) -> None:
    """Section II stays (III stays III, as in every report of the committee) with one line
    saying there are none; the screen says the line instead of an empty box."""
    for lang, line in (("vi", "Không chỉ tiêu nào đặt chỉ số đo lường được."),
                       ("en", "No target sets a measurable indicator.")):  # fmt: skip
        screen = ok("--lang", lang, "summary", "--as-of", AS_OF).splitlines()
        assert line in screen
        assert not [text for text in screen if text.startswith("| Chỉ tiêu") or "Indicator" in text]
    ok("summary", "--as-of", AS_OF, "--format", "docx", "--out", "tong-hop.docx")
    document = Document("tong-hop.docx")
    said = [p.text for p in document.paragraphs if p.text]
    at = said.index("II. CÁC CHỈ SỐ ĐO LƯỜNG ĐƯỢC")
    assert said[at + 1 : at + 3] == [
        "Không chỉ tiêu nào đặt chỉ số đo lường được.",
        "III. ĐỀ XUẤT, KIẾN NGHỊ",
    ]
    headings = [_texts(table)[0] for table in document.tables]
    assert not [row for row in headings if row[:2] == ["Chỉ tiêu", "Chỉ số"]]


def test_summary_out_names_the_suffixes_it_writes(plan: Path) -> None:
    result = cds("summary", "--out", "tong-hop.pdf")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "cds: lỗi: --out tong-hop.pdf: cds summary --out ghi tệp .md, .json hoặc .docx, định "
        "dạng theo đuôi tệp (hoặc theo --format); tên tệp phải có một trong các đuôi đó",
        "  gợi ý: ví dụ --out tong-hop.md",
    ]
    assert not Path("tong-hop.pdf").exists()
