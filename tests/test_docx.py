"""Word letters, the committee report and the appendix, opened with python-docx as a reader
would open them: header texts, fonts, margins, page sizes, and each unit's own rows."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from cds_tracker.cli import app

from appendix_source import read_source

runner = CliRunner()
DOTS = "…………"


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def add(folder: Path, target: str, unit: str, status: str, date: str) -> None:
    code, output = cds(
        "progress", "add", target, "--unit", unit, "--status", status, "--date", date,
        "--registry", str(folder),
    )  # fmt: skip
    assert code == 0, output


def remind_docx(registry: Path, out: Path, *extra: str) -> tuple[int, str]:
    return cds(
        "remind", "--month", "11/2023", "--as-of", "01/11/2023", "--report-by", "10/11/2023",
        "--format", "docx", "--out", str(out), "--registry", str(registry), *extra,
    )  # fmt: skip


def mm(*lengths: object) -> tuple[float, ...]:
    """Lengths in mm to 0.1 mm (Word stores twentieths of a point)."""
    return tuple(round(length.mm, 1) for length in lengths)  # type: ignore[attr-defined]


def texts(table: object) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]  # type: ignore[attr-defined]


def paragraphs(document: object) -> list[str]:
    return [p.text for p in document.paragraphs]  # type: ignore[attr-defined]


@pytest.fixture
def letters(own_registry: Path, tmp_path: Path) -> Path:
    add(own_registry, "III.4", "Phòng Y tế", "done", "20/10/2023")
    add(own_registry, "I.4", "Phường Bắc Sơn", "in_progress", "25/10/2023")
    add(own_registry, "I.3", "Phường Nam Sơn", "done", "30/10/2023")
    out = tmp_path / "don-doc"
    code, output = remind_docx(own_registry, out)
    assert (code, output) == (0, f"Đã soạn 23 văn bản đôn đốc (.docx) trong {out}/\n")
    return out


def test_letter_layout_follows_the_decree(letters: Path) -> None:
    document = Document(str(letters / "don-doc-2023-11-phong-y-te.docx"))
    section = document.sections[0]
    assert mm(section.page_width, section.page_height) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert mm(*margins) == (20, 20, 30, 15)
    normal = document.styles["Normal"].font
    assert (normal.name, normal.size.pt) == ("Times New Roman", 14)
    runs = [r for p in document.paragraphs for r in p.runs]
    runs += [r for t in document.tables for c in t._cells for p in c.paragraphs for r in p.runs]
    assert {r.font.name for r in runs} == {"Times New Roman"}
    assert all(r.font.size is None or 11 <= r.font.size.pt <= 14 for r in runs)
    header = texts(document.tables[0])
    assert header == [
        [
            "UBND THÀNH PHỐ TAM ĐIỆP\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\n",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
        ],
        [
            f"Số: {DOTS}/BCĐ\nV/v đôn đốc thực hiện các chỉ tiêu chuyển đổi số",
            "Tam Điệp, ngày 01 tháng 11 năm 2023",
        ],
    ]
    issuer = document.tables[0].cell(0, 0).paragraphs[1].runs[0]
    assert issuer.bold and not document.tables[0].cell(0, 0).paragraphs[0].runs[0].bold
    assert document.tables[0].cell(1, 1).paragraphs[0].runs[0].italic
    body = paragraphs(document)
    assert "Kính gửi: Phòng Y tế." in body
    assert any(
        line.startswith(f"Thực hiện Kế hoạch số {DOTS}/KH-BCĐ ngày {DOTS}/5/2023 của Ban Chỉ đạo")
        for line in body
    )
    assert any("báo cáo về Ban Chỉ đạo chuyển đổi số thành phố (qua Phòng Văn hóa và Thông "
               "tin) trước ngày 10/11/2023" in line for line in body)  # fmt: skip
    assert body[-1] == "Đề nghị Phòng Y tế quan tâm, thực hiện./."
    closing = texts(document.tables[-1])[0]
    assert (
        closing[0]
        == "Nơi nhận:\n- Như trên;\n- Thường trực Ban Chỉ đạo (để b/c);\n- Lưu: VT, VHTT."
    )
    assert closing[1] == f"TM. BAN CHỈ ĐẠO\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n\n\n\n{DOTS}"


def test_the_markdown_note_keeps_the_plans_blanks_as_the_letter_does(
    own_registry: Path, tmp_path: Path
) -> None:
    """Issue 12: the note said 'Kế hoạch số /KH-BCĐ ngày /5/2023', the letter '…………' to fill
    in; both now come from one function (output/reminders.plan_reference)."""
    args = ("remind", "--month", "11/2023", "--as-of", "01/11/2023", "--unit", "Phòng Y tế")
    code, printed = cds(*args, "--registry", str(own_registry))
    intro = (
        f"Thực hiện Kế hoạch số {DOTS}/KH-BCĐ ngày {DOTS}/5/2023 của Ban Chỉ đạo chuyển đổi số "
        "thành phố, tính đến ngày 01/11/2023, các chỉ tiêu do Phòng Y tế chủ trì "
    )
    assert code == 0
    assert printed.splitlines()[4].startswith(intro)
    out = tmp_path / "md"
    assert cds(*args, "--out", str(out), "--registry", str(own_registry))[0] == 0
    written = (out / "phong-y-te.md").read_text(encoding="utf-8")
    assert written.splitlines()[4].startswith(intro)


def test_letter_lists_only_the_units_own_unfinished_parts(letters: Path) -> None:
    rows = texts(Document(str(letters / "don-doc-2023-11-phong-y-te.docx")).tables[1])
    assert rows[0] == ["STT", "Chỉ tiêu", "Nội dung chỉ tiêu", "Thời hạn", "Tình trạng",
                       "Báo cáo gần nhất"]  # fmt: skip
    # III.4 is done by Phòng Y tế: not urged. I.1 … V.3 come through "Các phòng, đơn vị …".
    assert [r[1] for r in rows[1:]] == [
        "I.1", "I.3", "I.4", "I.5", "II.8", "II.9", "IV.6", "IV.7", "IV.8", "V.1", "V.2", "V.3",
    ]  # fmt: skip
    first = rows[1]
    # its own part: late since 31/05/2023 (154 days on 01/11/2023), and it never reported
    assert first[0] == "1" and first[3:] == ["Tháng 5/2023", "Quá hạn 154 ngày", "Chưa báo cáo"]
    assert first[2].endswith("\n(giao chung cho: Các phòng, đơn vị thuộc UBND thành phố)")
    assert rows[2][4] == "Quá hạn 93 ngày"  # I.3, Tháng 7/2023: 01/11 is 93 days after 31/07
    assert rows[8][1:] == ["IV.7", *rows[8][2:3], "Tháng 10/2023", "Quá hạn 1 ngày", "Chưa báo cáo"]


def test_a_collective_s_members_each_get_their_own_letter(letters: Path) -> None:
    assert not (letters / "don-doc-2023-11-ubnd-cac-phuong-xa.docx").exists()
    bac_son = texts(Document(str(letters / "don-doc-2023-11-phuong-bac-son.docx")).tables[1])
    # 14 targets due or late through "UBND các phường, xã", then the periodic report of the
    # ongoing II.2 for the window 15/10–14/11/2023 (Nghị định 09/2019), not yet sent.
    assert len(bac_son) - 1 == 15
    assert bac_son[15][:2] == ["15", "II.2"]
    assert bac_son[15][3:] == [
        "Báo cáo kỳ 15/10/2023–14/11/2023",
        "Chưa báo cáo kỳ này",
        "Chưa báo cáo",
    ]
    i4 = next(r for r in bac_son if r[1] == "I.4")
    assert i4[4:] == ["Đang thực hiện", "Đang thực hiện (25/10/2023)"]
    nam_son = texts(Document(str(letters / "don-doc-2023-11-phuong-nam-son.docx")).tables[1])
    assert [r[1] for r in nam_son[1:]] == [r[1] for r in bac_son[1:] if r[1] != "I.3"]
    wards = sorted(p.name for p in letters.glob("*phuong*")) + sorted(
        p.name for p in letters.glob("*-xa-*")
    )
    assert len(wards) == 9


def test_unit_option_with_a_collective_gives_its_members_letters(
    own_registry: Path, tmp_path: Path
) -> None:
    out = tmp_path / "wards"
    code, output = remind_docx(own_registry, out, "--unit", "UBND các phường, xã")
    assert (code, output) == (0, f"Đã soạn 9 văn bản đôn đốc (.docx) trong {out}/\n")
    assert sorted(p.name for p in out.iterdir())[:2] == [
        "don-doc-2023-11-phuong-bac-son.docx",
        "don-doc-2023-11-phuong-nam-son.docx",
    ]


def test_one_unit_and_the_registry_defaults(write_registry: object, tmp_path: Path) -> None:
    """Without a document.office section, the issuer's details are blanks the clerk fills."""
    text = (tmp_path / "r.yaml").parent
    registry = write_registry(  # type: ignore[operator]
        ("  office:\n    superior: UBND THÀNH PHỐ TAM ĐIỆP\n", "  office:\n"),
        ("    place: Tam Điệp\n", ""),
        ("    deputy: KT. TRƯỞNG BAN\n    signer_title: PHÓ TRƯỞNG BAN\n", ""),
    )
    out = text / "one"
    code, output = remind_docx(registry, out, "--unit", "Phòng Y tế")
    assert (code, output) == (0, f"Đã soạn 1 văn bản đôn đốc (.docx) trong {out}/\n")
    document = Document(str(out / "don-doc-2023-11-phong-y-te.docx"))
    header = texts(document.tables[0])
    assert header[0][0] == f"{DOTS}\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\n"
    assert header[1][1] == f"{DOTS}, ngày 01 tháng 11 năm 2023"
    assert texts(document.tables[-1])[0][1] == f"TM. BAN CHỈ ĐẠO\n\n\n\n\n{DOTS}"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("    symbol: BCĐ\n", "    symbol: 15/BCĐ\n"),
            ":28:13: 'symbol': '15/BCĐ' không phải ký hiệu văn bản",
        ),
        (
            ("      name: Phòng Y tế\n", "      name: Phòng Y tế\n      email: yte@@x\n"),
            "'email': 'yte@@x' không phải một địa chỉ thư điện tử",
        ),
    ],
)
def test_office_and_email_are_validated(
    write_registry: object, edit: tuple[str, str], message: str
) -> None:
    registry = write_registry(edit)  # type: ignore[operator]
    code, output = cds("validate", str(registry))
    assert code == 1 and message in output


def test_remind_out_is_all_or_nothing(own_registry: Path, tmp_path: Path) -> None:
    """Issue 13, class 6: one earlier note in the folder refuses the whole batch up front."""
    for fmt, earlier in (("markdown", "phong-y-te.md"), ("docx", "don-doc-2023-11-cong-an.docx")):
        out = tmp_path / fmt
        out.mkdir()
        (out / earlier).write_bytes(b"earlier")
        code, output = cds(
            "remind", "--month", "11/2023", "--as-of", "01/11/2023", "--format", fmt,
            "--out", str(out), "--registry", str(own_registry),
        )  # fmt: skip
        assert code == 2
        assert (
            re.search(r"1 trong \d+ tệp", output) and earlier in output and "chưa ghi gì" in output
        )
        assert [p.name for p in out.iterdir()] == [earlier]
        assert (out / earlier).read_bytes() == b"earlier"


@pytest.mark.parametrize("force", [False, True])
def test_a_dangling_link_with_a_letters_name_is_in_the_way(
    own_registry: Path, tmp_path: Path, force: bool
) -> None:
    out = tmp_path / "don-doc"
    out.mkdir()
    link = out / "don-doc-2023-11-cong-an.docx"
    link.symlink_to(tmp_path / "nowhere.docx")
    code, output = cds(
        "remind", "--month", "11/2023", "--as-of", "01/11/2023", "--format", "docx",
        "--out", str(out), "--registry", str(own_registry), *(["--force"] if force else []),
    )  # fmt: skip
    assert code == 2, output
    assert "1 trong" in output and "đã có" in output and link.name in output
    assert [p.name for p in out.iterdir()] == [link.name] and link.is_symlink()
    assert not (tmp_path / "nowhere.docx").exists()


def test_out_a_dangling_link_is_refused_clearly(own_registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "don-doc"
    out.symlink_to(tmp_path / "gone")
    code, output = cds(
        "remind", "--month", "11/2023", "--as-of", "01/11/2023", "--format", "docx",
        "--out", str(out), "--registry", str(own_registry),
    )  # fmt: skip
    assert code == 2, output
    assert (
        f"cds: lỗi: --out: '{out}' là liên kết tượng trưng trỏ tới chỗ không tồn tại "
        f"({tmp_path / 'gone'}); chưa ghi gì\n"
        "  gợi ý: xóa liên kết đó, hoặc cho --out một thư mục khác\n"
    ) in output
    assert "đã tồn tại" not in output and not (tmp_path / "gone").exists()
    report = out / "bao-cao.docx"
    code, output = cds("summary", "--format", "docx", "--out", str(report), "--lang", "en")
    assert code == 2 and "is a symbolic link to nothing" in output, output


def test_summary_report_with_landscape_appendix(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.docx"
    code, output = cds("summary", "--as-of", "01/12/2023", "--format", "docx", "--out", str(out))
    assert (code, output) == (0, f"Đã soạn báo cáo: {out}\n")
    document = Document(str(out))
    first, last = document.sections[0], document.sections[-1]
    assert len(document.sections) == 2
    assert mm(first.page_width, first.page_height) == (210, 297)
    assert mm(last.page_width, last.page_height) == (297, 210)
    assert texts(document.tables[0])[1][0] == f"Số: {DOTS}/BC-BCĐ"
    body = paragraphs(document)
    assert "BÁO CÁO" in body and "Phụ lục" in body
    caption = body[body.index("Phụ lục") + 1]  # dated as the report is (its header's date)
    assert caption.endswith("(Kèm theo Báo cáo số …………/BC-BCĐ ngày 01 tháng 12 năm 2023)")
    assert (
        "1. Tổng số 31 chỉ tiêu, trong đó: chưa thực hiện: 2; quá hạn: 27; chưa báo cáo kỳ này: 2."
        in body
    )  # the two ongoing targets have no report for the period 15/11–14/12/2023
    statuses = texts(document.tables[1])
    assert statuses[5] == ["Quá hạn", "27", "87%"]
    groups = texts(document.tables[2])
    assert groups[1] == ["I. Dữ liệu số", "0", "0", "0", "0", "4", "0", "1", "5"]
    indicators = texts(document.tables[4])
    assert indicators[0] == ["Chỉ tiêu", "Chỉ số", "Yêu cầu", "Số liệu", "Đơn vị đã báo cáo",
                             "Đánh giá"]  # fmt: skip
    assert indicators[1][0] == "I.1" and indicators[1][4:] == ["0/12 đơn vị", "Chưa có số liệu"]
    annex = texts(document.tables[-1])
    assert annex[0][-1] == "Tình trạng" and len(annex) == 2 + 5 + 31
    # the report's own header, read by a person: "chỉ đạo" in lower case (review 10); the
    # export keeps the source's "Trực tiếp Chỉ đạo" (test_export_docx_is_the_source_table)
    assert annex[1] == ["Stt", "Nội dung chỉ tiêu", "Trực tiếp chỉ đạo", "Đơn vị chủ trì",
                        "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú",
                        "Tình trạng"]  # fmt: skip
    assert annex[3][0] == "1." and annex[3][-1] == "Quá hạn 184 ngày (0/12 đơn vị hoàn thành)"


def test_export_docx_is_the_source_table(tmp_path: Path) -> None:
    out = tmp_path / "phu-luc.docx"
    assert cds("export", "--format", "docx", "--out", str(out))[0] == 0
    document = Document(str(out))
    assert mm(document.sections[0].page_width) == (297,)
    assert paragraphs(document)[:3] == [
        "Phụ lục 01",
        "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu",
        "(Kèm theo Kế hoạch số …………/KH-BCĐ ngày …………/5/2023 của Ban Chỉ đạo chuyển đổi số thành "
        "phố)",  # the blanks to fill by hand, as the letters print them
    ]
    (table,) = document.tables
    rows = texts(table)
    assignment = "Phân công thực hiện"
    assert rows[0] == ["Stt", "Nội dung chỉ tiêu", assignment, assignment, assignment,
                       "Thời gian hoàn thành", "Ghi chú"]  # fmt: skip
    assert rows[1] == ["Stt", "Nội dung chỉ tiêu", "Trực tiếp Chỉ đạo", "Đơn vị chủ trì",
                       "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"]  # fmt: skip
    assert rows[2] == ["I. Dữ liệu số"] * 7
    source = read_source()
    expected = []
    for group_id, title in source.groups.items():
        expected.append([f"{group_id}. {title}"] * 7)
        expected += [
            [f"{t.number}.", t.content, t.directing, t.lead, t.cooperating, t.deadline, t.notes]
            for t in source.targets
            if t.group == group_id
        ]
    assert rows[2:] == expected


def _pdf(docx: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
        check=True,
        capture_output=True,
        timeout=240,
        env={"HOME": str(docx.parent), "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    return docx.with_suffix(".pdf")


def _pages(pdf: Path) -> list[str]:
    """Each page as 'A4 portrait' or 'A4 landscape' (A4 is 595.3 x 841.9 pt), else its size."""
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    found = []
    for width, height in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info):
        size = (round(float(width)), round(float(height)))
        found.append({(595, 842): "A4 portrait", (842, 595): "A4 landscape"}.get(size, str(size)))
    return found


@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdfinfo") and shutil.which("pdftotext")),
    reason="LibreOffice (soffice) or poppler-utils (pdfinfo, pdftotext) is not installed: "
    "the PDF rendering of a letter and the report is not checked here (.ci/run installs them)",
)
def test_letter_and_report_render_to_a4_pdf(letters: Path, tmp_path: Path) -> None:
    letter = _pdf(letters / "don-doc-2023-11-phong-y-te.docx")
    assert set(_pages(letter)) == {"A4 portrait"}
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(letter), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    for wanted in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kính gửi: Phòng Y tế.", "Nơi nhận:",
                   "Tam Điệp, ngày 01 tháng 11 năm 2023", "TM. BAN CHỈ ĐẠO", "IV.8"):  # fmt: skip
        assert wanted in text
    report = tmp_path / "bao-cao.docx"
    assert cds("summary", "--as-of", "01/12/2023", "--format", "docx", "--out", str(report))[0] == 0
    pages = _pages(_pdf(report))
    assert pages[0] == "A4 portrait" and pages[-1] == "A4 landscape"
    report_text = subprocess.run(
        ["pdftotext", str(report.with_suffix(".pdf")), "-"], capture_output=True, text=True
    ).stdout
    assert "BÁO CÁO" in report_text and "Phụ lục" in report_text
    # Every column is wide enough for its longest word: "Thường xuyên" (a status heading and a
    # deadline) wraps, if at all, between its words, never as "Thườ/ng".
    assert report_text.count("Thường") >= 3 and "Thườ\n" not in report_text


def test_figures_have_a_decimal_comma() -> None:
    from cds_tracker.core.text import number

    assert [number(v, comma=True) for v in (32.333, 1234.5, 80.0, 0.5, 1e6)] == [
        "32,33", "1.234,5", "80", "0,5", "1.000.000",
    ]  # fmt: skip


def test_docx_needs_out_and_keeps_text_legible(tmp_path: Path) -> None:
    code, output = cds("summary", "--as-of", "01/12/2023", "--format", "docx")
    assert code == 2 and "--format docx cần --out" in output
    code, output = cds("remind", "--month", "11/2023", "--format", "docx")
    assert code == 2 and "--format docx cần --out" in output
    from cds_tracker.output.sanitize import docx_text

    # Word's manual line break (VT) and CR become line breaks; ESC, which XML cannot hold, is
    # shown as its symbol; a C1 or bidi control as its code, as on a terminal; U+FFFE as �.
    assert docx_text("a\vb\r\nc\x1bd\x85e\u202ef\ufffe") == "a\nb\nc␛d<U+0085>e<U+202E>f\ufffd"


def test_markdown_notes_for_one_unit() -> None:
    code, output = cds(
        "remind", "--month", "11/2023", "--as-of", "01/11/2023", "--unit", "Phòng Y tế",
    )  # fmt: skip
    assert code == 0
    assert output.count("**Kính gửi:**") == 1 and "**Kính gửi:** Phòng Y tế" in output


def test_report_gives_a_verdict_only_on_a_complete_figure(
    own_registry: Path, tmp_path: Path
) -> None:
    code, output = cds(
        "progress", "add", "I.1", "--unit", "Phòng Y tế", "--status", "done",
        "--date", "20/10/2023", "--value", "departments_providing_data=32.333",
        "--registry", str(own_registry),
    )  # fmt: skip
    assert code == 0, output
    out = tmp_path / "bc.docx"
    code, output = cds(
        "summary", "--as-of", "01/12/2023", "--format", "docx", "--out", str(out),
        "--registry", str(own_registry),
    )  # fmt: skip
    assert code == 0, output
    indicators = texts(Document(str(out)).tables[4])
    assert indicators[1][0] == "I.1"
    # One of the 12 departments reported: a figure, but no verdict on it.
    assert indicators[1][3:] == [
        "32,33% (20/10/2023)",  # a decimal comma in a Vietnamese document
        "1/12 đơn vị",
        "Chưa đủ số liệu (1/12 đơn vị)",  # capitalised like "Chưa có số liệu", "Đạt"
    ]
