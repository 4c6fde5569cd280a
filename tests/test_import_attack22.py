"""`cds import` of attack 22: its own English workbook read back (F2), a plan's own "Mã" column
told from the export's id column and said not read (F3), and a table with no deadline column or
no readable deadline speaking of no year 0, the missing column said once (F6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files named as a person types them, in the folder they stand in."""
    monkeypatch.chdir(tmp_path)


OUT = Path("out") / "phu_luc_01.yaml"


def _import(source: Path, *before: str) -> tuple[Any, dict[str, Any]]:
    out = source.parent / OUT
    args = [*before, "import", source.name, "--out", str(OUT), "--registry", str(REGISTRY)]
    result = runner.invoke(app, [*args, "--force"])
    return result, parse(out.read_text(encoding="utf-8"))


HEADING_2023 = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2023",
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2023 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
"""The plan's heading lines above the table: without them `cds import` leaves them to decide
(exit 1, attack20 F7), which the tests of a note (exit 0) must not meet."""


def _xlsx(path: Path, rows: list[list[str]], heading: bool = False) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "PL01"
    for line in HEADING_2023 if heading else ():
        sheet.append([line])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _docx(path: Path, rows: list[list[str]], heading: bool = False) -> Path:
    from docx import Document

    doc = Document()
    for line in HEADING_2023 if heading else ():
        doc.add_paragraph(line)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    doc.save(str(path))
    return path


# --- F2: `cds export --lang en` read back -------------------------------------------------------

_COMPUTED_EN = [
    (
        "en.xlsx:Appendix 01!I6: ghi chú: cột 'Status' là kết quả theo dõi, cds tự tính từ tiến độ "
        "đã ghi: không đọc"
    ),
    (
        "  gợi ý: tiến độ ghi bằng `cds progress add` hoặc phiếu báo cáo (`cds forms import`), "
        "không ghi trong bảng chỉ tiêu"
    ),
    (
        "en.xlsx:Appendix 01!J6: ghi chú: cột 'Days late' là kết quả theo dõi, cds tự tính từ tiến "
        "độ đã ghi: không đọc"
    ),
    (
        "en.xlsx:Appendix 01!K6: ghi chú: cột 'Latest values' là kết quả theo dõi, cds tự tính từ "
        "tiến độ đã ghi: không đọc"
    ),
    (
        "en.xlsx:Appendix 01!L6: ghi chú: cột 'Last report' là kết quả theo dõi, cds tự tính từ "
        "tiến độ đã ghi: không đọc"
    ),
]


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_english_export_round_trip_is_exact(tmp_path: Path, kind: str) -> None:
    """`cds export --lang en`, then `cds import` and `cds diff`: the 31 targets and the heading
    ("(Attached to Kế hoạch số …)") come back as they were; only the columns cds computes are
    said not read (the workbook's row 6: Code, No., Target, …, Status, Days late, …)."""
    original = load_registry(REGISTRY).registry
    assert original is not None
    source = tmp_path / f"en.{kind}"
    args = ["export", "--lang", "en", "--format", kind, "--out", str(source)]
    exported = runner.invoke(app, [*args, "--registry", str(REGISTRY)])
    assert exported.exit_code == 0, exported.output
    if kind == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(source).worksheets[0]
        assert [c.value for c in sheet[6]][:8] == [
            "Code",
            "No.",
            "Target",
            "Directing",
            "Lead units",
            "Cooperating units",
            "Deadline",
            "Notes",
        ]
        assert sheet["A3"].value.startswith("(Attached to Kế hoạch số ")
    result, data = _import(source)
    assert result.exit_code == 0, result.output
    imported = load_registry(source.parent / "out" / "phu_luc_01.yaml").registry
    assert imported is not None
    assert imported.document == original.document
    assert imported == original
    assert not any("needs_review" in t for g in data["groups"] for t in g["targets"])
    lines = result.output.splitlines()
    assert lines[:-1] == (_COMPUTED_EN if kind == "xlsx" else [])
    assert lines[-1] == f"Đã ghi 31 chỉ tiêu (5 nhóm) vào {OUT}."
    for lang, same in (("vi", "Không có khác biệt."), ("en", "No differences.")):
        diff = runner.invoke(app, ["--lang", lang, "diff", str(REGISTRY), source.name])
        assert diff.exit_code == 0, diff.output
        assert diff.output.splitlines()[-1] == same


def test_english_export_in_english_words(tmp_path: Path) -> None:
    """The same import with --lang en: its notes in English, exit 0."""
    source = tmp_path / "en.xlsx"
    args = ["export", "--lang", "en", "--format", "xlsx", "--out", str(source)]
    assert runner.invoke(app, [*args, "--registry", str(REGISTRY)]).exit_code == 0
    result, _ = _import(source, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == [
        "en.xlsx:Appendix 01!I6: note: the column 'Status' is a tracking result, which cds "
        "computes from recorded progress: not read",
        "  hint: progress is recorded with `cds progress add` or a return form (`cds forms "
        "import`), not in the targets' table",
        "en.xlsx:Appendix 01!J6: note: the column 'Days late' is a tracking result, which cds "
        "computes from recorded progress: not read",
    ]


# --- F3: a plan's own "Mã" ----------------------------------------------------------------------

_CODED = [
    ["Mã", "Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Thời gian hoàn thành"],
    ["", "I", "Dữ liệu số", "", ""],
    ["CT-01", "1.", "Nội dung A", "Phòng Văn hóa và Thông tin", "Tháng 12/2023"],
    ["CT-02", "2.", "Nội dung B", "Phòng Nội vụ", "Tháng 6/2023"],
]
_CODES_VI = [
    "ghi chú: cột 'Mã' không được đọc: 'CT-01' không phải mã chỉ tiêu của cds (số La Mã của nhóm "
    "và số thứ tự, như 'I.1'); các ô của cột không vào sổ đăng ký",
    "  gợi ý: cds đặt mã chỉ tiêu theo nhóm và số thứ tự ở cột 'Stt'; muốn giữ mã riêng của kế "
    "hoạch, chép mã vào cột 'Ghi chú' rồi nhập lại; nếu không, không cần làm gì",
]
_CODES_EN = [
    "note: the column 'Mã' is not read: 'CT-01' is no cds target id (the group's Roman numeral "
    "and the number, as 'I.1'); its cells do not go into the registry",
    "  hint: cds gives each target its id from its group and its number in the 'Stt' column; to "
    "keep the plan's own codes, copy them into the 'Ghi chú' column and import again; if not, "
    "nothing to do",
]


@pytest.mark.parametrize(("kind", "where"), [("xlsx", "t.xlsx:PL01!A4"), ("docx", "t.docx:1:1:1")])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_plans_own_code_column_is_said_not_read(
    tmp_path: Path, kind: str, where: str, lang: str
) -> None:
    """ "CT-01", "CT-02" are no registry ids: the column is the plan's, not `cds export`'s. Its
    title says it is not read, naming the first code (once); the targets are I.1, I.2 from the
    group and the Stt column, exit 0 (a note)."""
    source = (_xlsx if kind == "xlsx" else _docx)(tmp_path / f"t.{kind}", _CODED, heading=True)
    result, data = _import(source, "--lang", lang)
    assert result.exit_code == 0, result.output
    said = _CODES_VI if lang == "vi" else _CODES_EN
    lines = result.output.splitlines()
    assert lines[:2] == [f"{where}: {said[0]}", said[1]]
    assert sum("'Mã'" in line for line in lines) == 1
    (group,) = data["groups"]
    assert [(t["id"], t["content"]) for t in group["targets"]] == [
        ("I.1", "Nội dung A"),
        ("I.2", "Nội dung B"),
    ]


def test_the_exports_code_column_is_read_silently(tmp_path: Path) -> None:
    """`cds export --format xlsx`'s "Mã" (I, I.1, …): the registry's ids, nothing said of it."""
    source = tmp_path / "vi.xlsx"
    args = ["export", "--format", "xlsx", "--out", str(source), "--registry", str(REGISTRY)]
    assert runner.invoke(app, args).exit_code == 0
    result, _ = _import(source)
    assert result.exit_code == 0, result.output
    assert "'Mã'" not in result.output


def test_a_roman_code_not_its_groups_is_the_plans(tmp_path: Path) -> None:
    """A code on a group's row that is not its numeral ("A" beside "I", or "II" beside "I"):
    the column is not the export's, said at its title with that code."""
    rows = [list(r) for r in _CODED]
    rows[1][0], rows[2][0], rows[3][0] = "II", "I.1", "I.2"
    result, _ = _import(_xlsx(tmp_path / "t.xlsx", rows, heading=True))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "t.xlsx:PL01!A4: ghi chú: cột 'Mã' không được đọc: 'II' không phải mã chỉ tiêu của cds "
        "(số La Mã của nhóm và số thứ tự, như 'I.1'); các ô của cột không vào sổ đăng ký"
    )


# --- F6: no deadline column, no year --------------------------------------------------------------


def test_no_deadline_column_is_one_problem_and_no_year_0(tmp_path: Path) -> None:
    """No deadline column, no heading, no folder: one problem at the header (no empty cell at
    A3 besides), the year said unknown once (never "'year': … không phải 0"), exit 1."""
    rows = [
        ["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Ghi chú"],
        ["I", "Dữ liệu số"],
        ["1.", "Nội dung A", "Phòng Văn hóa và Thông tin", "x"],
    ]
    source = _xlsx(tmp_path / "t.xlsx", rows)
    out = OUT
    for lang, expected in (
        (
            "vi",
            [
                't.xlsx:PL01!A1: tệp không ghi tên phụ lục (dòng "Phụ lục 01" trên bảng): để '
                "trống; hãy viết vào appendix",
                't.xlsx:PL01!A1: tệp không ghi tiêu đề phụ lục (dòng dưới "Phụ lục 01"): để '
                "trống; hãy viết vào title",
                't.xlsx:PL01!A1: tệp không ghi số, ngày kế hoạch (dòng "(Kèm theo Kế hoạch số '
                '…/KH-BCĐ ngày … của …)" trên bảng): để trống; hãy viết số (`plan.number`), ký '
                "hiệu (`plan.symbol`), ngày (`plan.date`), cả dòng trích dẫn (`plan.reference`) "
                "và cơ quan ban hành (`issuer`) như in trên kế hoạch",
                "t.xlsx:PL01!A1: không biết năm của kế hoạch (tệp không ghi ngày kế hoạch, không "
                "có thư mục plans/<năm>, không có thời hạn theo tháng): hãy viết năm vào year",
                "t.xlsx:PL01!A1: tiêu đề bảng không có cột 'Thời gian hoàn thành'",
                "t.xlsx:PL01!A1: ghi chú: bảng không có cột 'Trực tiếp chỉ đạo' (cột không bắt "
                "buộc): ô này để trống ở mọi chỉ tiêu",
                "t.xlsx:PL01!A1: ghi chú: bảng không có cột 'Đơn vị phối hợp' (cột không bắt "
                "buộc): ô này để trống ở mọi chỉ tiêu",
                f"Đã ghi 1 chỉ tiêu (1 nhóm) vào {out}.",
                # the three heading lines, the year and the column (attack20 F7: each said at A1)
                "5 chỗ cần quyết định (`needs_review`): cds validate báo lỗi đến khi sửa xong.",
            ],
        ),
        (
            "en",
            [
                't.xlsx:PL01!A1: the file does not name the appendix (the line "Phụ lục 01" '
                "above the table): left blank; write it in appendix",
                "t.xlsx:PL01!A1: the file does not state the appendix's title (the line under "
                '"Phụ lục 01"): left blank; write it in title',
                "t.xlsx:PL01!A1: the file does not state the plan's number and date (the line "
                '"(Kèm theo Kế hoạch số …/KH-BCĐ ngày … của …)" above the table): left blank; '
                "write the number (plan.number), symbol (plan.symbol), date (plan.date), the "
                "whole citation (plan.reference) and the issuer (issuer) as printed on the plan",
                "t.xlsx:PL01!A1: the plan's year is unknown (the file states no plan date, there "
                "is no plans/<year> folder, no monthly deadline): write it in year",
                "t.xlsx:PL01!A1: the table's header has no 'Thời gian hoàn thành' column",
                "t.xlsx:PL01!A1: note: the table has no 'Trực tiếp chỉ đạo' column (an optional "
                "one): that cell is left empty in every target",
                "t.xlsx:PL01!A1: note: the table has no 'Đơn vị phối hợp' column (an optional "
                "one): that cell is left empty in every target",
                f"Wrote 1 target (1 group) to {out}.",
                "5 places need a decision (needs_review): cds validate flags them until fixed.",
            ],
        ),
    ):
        result, data = _import(source, "--lang", lang)
        assert result.exit_code == 1, result.output
        lines = [line for line in result.output.splitlines() if not line.startswith("  ")]
        assert lines == expected
        assert "/0'" not in result.output and " 0\n" not in result.output
    assert data["document"]["year"] == 0  # to be filled in, as its needs_review line says
    assert data["needs_review"] == [
        "tiêu đề bảng không có cột 'Thời gian hoàn thành' (trang PL01, ô A1)"
    ]  # the heading lines and the year: under document's own needs_review
    assert len(data["document"]["needs_review"]) == 4


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "vi",
            [
                "t.xlsx:PL01!D3: không đọc được thời hạn 'Sớm'",
                "  gợi ý: viết 'Tháng 9/2023', 'Quý III/2023', '30/11/2023' hoặc 'Thường xuyên'",
                "t.xlsx:PL01!D4: không đọc được thời hạn '2023-2025': đây là một giai đoạn nhiều "
                "năm (2023-2025), không phải một tháng hay một ngày",
                "  gợi ý: cds đọc một tháng, quý, ngày hoặc năm ('Tháng 12/2023', 'Quý IV/2023', "
                "'31/12/2023', 'Năm 2023') hoặc 'Thường xuyên': ghi hạn cuối của giai đoạn, hoặc "
                "'Thường xuyên' nếu việc làm suốt giai đoạn",
            ],
        ),
        (
            "en",
            [
                "t.xlsx:PL01!D3: cannot read the deadline 'Sớm'",
                "  hint: write 'Tháng 9/2023', 'Quý III/2023', '30/11/2023' or 'Thường xuyên'",
                "t.xlsx:PL01!D4: cannot read the deadline '2023-2025': this is a period of years "
                "(2023-2025), not a month or a day",
                "  hint: cds reads a month, a quarter, a day or a year ('Tháng 12/2023', 'Quý "
                "IV/2023', '31/12/2023', 'Năm 2023') or 'Thường xuyên': write the period's end, or "
                "'Thường xuyên' if the work runs through the period",
            ],
        ),
    ],
)
def test_no_deadline_read_gives_examples_in_the_registrys_year(
    tmp_path: Path, lang: str, expected: list[str]
) -> None:
    """Every deadline unreadable and no year stated: the hints' examples are in the year of the
    registry in use (the bundled plan's 2023), never "Tháng 9/0"; exit 1."""
    rows = [
        ["Stt", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Thời hạn"],
        ["I", "Dữ liệu số"],
        ["1.", "Nội dung A", "Phòng Văn hóa và Thông tin", "Sớm"],
        ["2.", "Nội dung B", "Phòng Văn hóa và Thông tin", "2023-2025"],
    ]
    result, _ = _import(_xlsx(tmp_path / "t.xlsx", rows), "--lang", lang)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert [line for line in lines if "!D" in line or line.startswith("  ")] == expected
    assert "/0'" not in result.output and "'year'" not in result.output
