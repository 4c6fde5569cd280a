"""The plan an imported appendix belongs to comes from the file, never from another year's plan;
`cds validate` in a workspace checks every plan and the unit changes file.

A clerk imported the 2024 plan from Word in a workspace holding plans/2023: the file had no
heading, the 2023 plan's number and date were copied, validate said "Hợp lệ", and every letter
and report of 2024 cited the 2023 plan. And `cds validate`, from the workspace, checked only the
current plan, so a broken plans/2023 passed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx, write_xlsx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

from paths import of_year

HEADING = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 123/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
ROWS: list[tuple[str, ...]] = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", "Số hóa 100% hồ sơ.", "", "Phòng Nội vụ", "", "Tháng 6/2024", ""),
    ("group", "II. Chính quyền số"),
    ("1.", "Duy trì dịch vụ công.", "", "Văn phòng HĐND và UBND thành phố", "", "Tháng 9/2024", ""),
]
OLD_CITATION = "Kế hoạch số /KH-BCĐ ngày /5/2023"
BLANK = "…………"
REVIEW_HINT_VI = (
    "  gợi ý: viết điều dòng này nêu như in trên văn bản kế hoạch, rồi xóa dòng này (và "
    "dòng `needs_review:` khi đã trống); đến khi đó văn bản in chỗ trống …………"
)
NO_PLAN_VI = (
    'tệp không ghi số, ngày kế hoạch (dòng "(Kèm theo Kế hoạch số …/KH-BCĐ ngày … của …)" trên '
    "bảng): để trống; hãy viết số (`plan.number`), ký hiệu (`plan.symbol`), ngày (`plan.date`), "
    "cả dòng trích dẫn (`plan.reference`) và cơ quan ban hành (`issuer`) như in trên kế hoạch"
)
NO_APPENDIX_VI = (
    'tệp không ghi tên phụ lục (dòng "Phụ lục 01" trên bảng): để trống; hãy viết vào appendix'
)
NO_TITLE_VI = 'tệp không ghi tiêu đề phụ lục (dòng dưới "Phụ lục 01"): để trống; hãy viết vào title'


def run(*args: str) -> tuple[int, str, str]:
    """`cds --plan 2024 validate` is how main() hands on `cds validate --plan 2024`."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/2023 as `cds init` makes it (the 2023 plan, "Kế hoạch số /KH-BCĐ ngày /5/2023")."""
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    return tmp_path


def _document(workspace: Path) -> dict[str, object]:
    text = (workspace / "plans/2024/phu_luc_01.yaml").read_text(encoding="utf-8")
    document = parse(text)["document"]
    assert isinstance(document, dict)
    return document


def _docx_text(path: Path) -> str:
    from docx import Document

    return "\n".join(p.text for p in Document(str(path)).paragraphs)


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_the_heading_is_read_from_the_file(workspace: Path, kind: str) -> None:
    write = write_docx if kind == "docx" else write_xlsx
    source = write(workspace / f"ke-hoach-2024.{kind}", ROWS, HEADING)
    code, _, err = run("import", source.name, "--out", "plans/2024/phu_luc_01.yaml")
    assert code == 0, err
    assert "Kế hoạch" not in err  # nothing said about the heading: it was all there
    document = _document(workspace)
    assert {k: v for k, v in document.items() if k != "office"} == {
        "appendix": "Phụ lục 01",
        "title": "Phân công phụ trách các chỉ tiêu năm 2024",
        "plan": {
            "reference": "Kế hoạch số 123/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo chuyển đổi "
            "số thành phố",
            "number": "123",
            "symbol": "KH-BCĐ",
            "date": "15/01/2024",
        },
        "issuer": "Ban Chỉ đạo chuyển đổi số thành phố",
        "year": 2024,
    }
    assert run("--plan", "2024", "validate") == (0, "Hợp lệ: 1 tệp.\n", "")
    code, _, err = run("--plan", "2024", "export", "--format", "docx", "--out", "pl.docx")
    assert code == 0, err
    assert "(Kèm theo Kế hoạch số 123/KH-BCĐ ngày 15/01/2024 của Ban" in _docx_text(
        workspace / "pl.docx"
    )


def test_a_heading_day_in_long_form_is_read(workspace: Path) -> None:
    """ "ngày 20 tháng 3 năm 2024", the long form of a day, was said not to be there: number,
    date and reference left blank (final review 10, a_01). Read as 20/03/2024; the reference
    keeps the words as printed."""
    long = [*HEADING[:2], HEADING[2].replace("ngày 15/01/2024", "ngày 20 tháng 3 năm 2024")]
    source = write_docx(workspace / "ke-hoach-2024.docx", ROWS, long)
    code, _, err = run("import", source.name, "--out", "plans/2024/phu_luc_01.yaml")
    assert code == 0, err
    assert "Kế hoạch" not in err
    document = _document(workspace)
    assert document["plan"] == {
        "reference": "Kế hoạch số 123/KH-BCĐ ngày 20 tháng 3 năm 2024 của Ban Chỉ đạo chuyển "
        "đổi số thành phố",
        "number": "123",
        "symbol": "KH-BCĐ",
        "date": "20/03/2024",
    }
    assert document["year"] == 2024
    assert run("--plan", "2024", "validate") == (0, "Hợp lệ: 1 tệp.\n", "")


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_file_without_heading_leaves_blanks_never_the_2023_plan(
    workspace: Path, kind: str
) -> None:
    write = write_docx if kind == "docx" else write_xlsx
    source = write(workspace / f"ke-hoach-2024.{kind}", ROWS)
    code, _, err = run("import", source.name, "--out", "plans/2024/phu_luc_01.yaml")
    # Every cell was read; the heading waits for a person: validate refuses the plan until
    # then, so the import exits 1 (attack20 F7), each line said where it belongs: above the
    # header's first cell.
    assert code == 1
    shown = f"ke-hoach-2024.{kind}:" + ("1:1:1" if kind == "docx" else "Phụ lục!A1")
    assert err.splitlines()[:3] == [
        f"{shown}: {NO_APPENDIX_VI}",
        f"{shown}: {NO_TITLE_VI}",
        f"{shown}: {NO_PLAN_VI}",
    ]
    assert "2023" not in err
    document = _document(workspace)
    assert document["needs_review"] == [NO_APPENDIX_VI, NO_TITLE_VI, NO_PLAN_VI]
    assert (document["appendix"], document["title"], document["issuer"]) == ("", "", "")
    assert document["plan"] == {"reference": "", "number": "", "symbol": "", "date": ""}
    assert document["year"] == 2024  # from plans/2024/, the deadlines agree
    # Written first in the document (the comment heading is 3 lines and a blank): lines 7-9.
    code, out, _ = run("--plan", "2024", "validate")
    assert code == 1
    assert out.splitlines()[0] == (
        f"plans/2024/phu_luc_01.yaml:7:7: giá trị nhập cần người quyết định: {NO_APPENDIX_VI}"
    )
    assert out.splitlines()[3] == REVIEW_HINT_VI
    assert [line.split(": ")[0] for line in out.splitlines() if line.startswith("plans/")] == [
        "plans/2024/phu_luc_01.yaml:7:7",
        "plans/2024/phu_luc_01.yaml:8:7",
        "plans/2024/phu_luc_01.yaml:9:7",
    ]
    assert out.splitlines()[-1] == "3 lỗi trong 1 tệp (đã kiểm tra 1 tệp)."
    code, out, _ = run("--plan", "2024", "validate", "--lang", "en")
    assert out.splitlines()[0].startswith(
        "plans/2024/phu_luc_01.yaml:7:7: an imported value needs a decision: "
    )
    assert out.splitlines()[3] == (
        "  hint: write what this line says as printed on the plan, then delete this line (and "
        "needs_review: if empty); until then documents print blanks …………"
    )
    assert out.splitlines()[-1] == "3 problems in 1 file (1 file checked)."
    # The clerk decides the number is not known yet: the lines go, documents print blanks.
    registry = workspace / "plans/2024/phu_luc_01.yaml"
    text = registry.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines(keepends=True) if line[:9] != "    - 'tệ"]
    registry.write_text("".join(kept).replace("  needs_review:\n", "", 1), encoding="utf-8")
    assert run("--plan", "2024", "validate") == (0, "Hợp lệ: 1 tệp.\n", "")
    code, _, err = run("--plan", "2024", "export", "--format", "docx", "--out", "pl.docx")
    assert code == 0, err
    printed = _docx_text(workspace / "pl.docx")
    assert OLD_CITATION not in printed and "2023" not in printed
    assert printed.splitlines()[:3] == [
        BLANK,
        BLANK,
        f"(Kèm theo Kế hoạch số {BLANK}/{BLANK} ngày {BLANK} của {BLANK})",
    ]
    cited = f"Kế hoạch số {BLANK}/{BLANK} ngày {BLANK} của {BLANK}"
    code, _, err = run("--plan", "2024", "summary", "--format", "docx", "--out", "bc.docx",
                       "--as-of", "01/10/2024")  # fmt: skip
    assert code == 0, err
    report = _docx_text(workspace / "bc.docx")
    assert f"Thực hiện {cited}, {BLANK} báo cáo" in report
    assert OLD_CITATION not in report
    code, _, err = run("--plan", "2024", "remind", "--format", "docx", "--out", "dd/",
                       "--as-of", "01/10/2024")  # fmt: skip
    assert code == 0, err
    letters = sorted((workspace / "dd").glob("*.docx"))
    assert letters
    for letter in letters:
        text = _docx_text(letter)
        assert f"Thực hiện {cited}, tính đến ngày 01/10/2024" in text
        assert OLD_CITATION not in text


def test_a_reference_line_alone_is_read_and_the_rest_marked(workspace: Path) -> None:
    """Only the "(Kèm theo …)" line above the table: the plan is read, the appendix's name and
    title are blanks to fill; a "Kế hoạch số" cited in other text above is not the plan."""
    heading = ["Căn cứ Kế hoạch số 45/KH-UBND ngày 02/02/2023 của UBND tỉnh;", HEADING[2]]
    source = write_docx(workspace / "k.docx", ROWS, heading)
    code, _, err = run("import", source.name, "--out", "plans/2024/phu_luc_01.yaml")
    assert code == 1  # two lines to decide
    assert err.splitlines()[:2] == [
        f"k.docx:1:1:1: {NO_APPENDIX_VI}",
        f"k.docx:1:1:1: {NO_TITLE_VI}",
    ]
    document = _document(workspace)
    assert document["needs_review"] == [NO_APPENDIX_VI, NO_TITLE_VI]
    assert document["plan"]["number"] == "123"  # type: ignore[index]
    assert document["issuer"] == "Ban Chỉ đạo chuyển đổi số thành phố"


def test_the_year_comes_from_the_deadlines_without_a_plan_folder(workspace: Path) -> None:
    source = write_docx(workspace / "k.docx", ROWS)
    code, out, _ = run("import", source.name)  # the registry on stdout
    assert code == 1  # the heading's lines wait for a person
    assert parse(out)["document"]["year"] == 2024  # Tháng 6/2024, Tháng 9/2024


def test_a_plan_whose_year_is_not_its_folders_is_refused(workspace: Path) -> None:
    """plans/2024 holding the 2023 plan's heading: every document of 2024 would cite it."""
    init_registry(workspace / "plans" / "2024")  # the shipped 2023 appendix, year 2023
    code, out, _ = run("--plan", "2024", "validate")
    assert (code, out.splitlines()) == (
        1,
        [
            "plans/2024/phu_luc_01.yaml:20:9: "
            "kế hoạch năm 2023 nằm trong thư mục của kế hoạch 2024",
            "  20 |   year: 2023",
            "     |         ^",
            "  gợi ý: đây là đầu văn bản của kế hoạch khác: viết năm 2024, số, ngày kế hoạch như "
            "in trên kế hoạch 2024; hoặc chuyển tệp sang thư mục đúng năm",
            "1 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
        ],
    )
    code, out, _ = run("--plan", "2024", "validate", "--lang", "en")
    assert out.splitlines()[0] == (
        "plans/2024/phu_luc_01.yaml:20:9: a plan of 2023 is in the folder of plan 2024"
    )
    of_year(workspace / "plans/2024/phu_luc_01.yaml", "2024")
    assert run("--plan", "2024", "validate") == (0, "Hợp lệ: 1 tệp.\n", "")


CHANGES = """\
units:
  - id: phuong-bac-son
    valid_to: 30/06/2025
    successor: phuong-tam-diep
  - id: phuong-tam-diep
    name: UBND phường Tam Điệp
    kind: ward
    source: user
    valid_from: 01/07/2025
"""


@pytest.fixture
def two_plans(workspace: Path) -> Path:
    init_registry(workspace / "plans" / "2024")
    of_year(workspace / "plans/2024/phu_luc_01.yaml", "2024")
    (workspace / "plans/don_vi_thay_doi.yaml").write_text(CHANGES, encoding="utf-8")
    return workspace


def _break_2023(workspace: Path) -> None:
    """I.1's deadline, line 375 of the shipped file, made month 13 (as the clerk did)."""
    path = workspace / "plans/2023/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[374] == '          due: "2023-05"'
    path.write_text(text.replace('due: "2023-05"', 'due: "2023-13"', 1), encoding="utf-8")


def test_validate_in_a_workspace_checks_every_plan_and_the_changes_file(two_plans: Path) -> None:
    # Two plans and the changes file; no progress files yet.
    assert run("validate") == (0, "Hợp lệ: 3 tệp.\n", "")
    _break_2023(two_plans)
    code, out, _ = run("validate")  # 2024 is the default plan: 2023 was not checked before
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        "plans/2023/phu_luc_01.yaml:375:16: Hạn (ngày/tháng) '2023-13' không phải là một tháng "
        "(năm-tháng, ví dụ 2024-09) hay ngày (năm-tháng-ngày, ví dụ 2024-10-15) hay thường "
        "xuyên ('ongoing')"
    )
    # One problem, in the 2023 plan; checked: the two plans and the changes file.
    assert lines[-1] == "1 lỗi trong 1 tệp (đã kiểm tra 3 tệp)."
    code, out, _ = run("validate", "--lang", "en")
    assert (code, out.splitlines()[-1]) == (1, "1 problem in 1 file (3 files checked).")
    assert out.startswith("plans/2023/phu_luc_01.yaml:375:16: ")
    # --plan names one plan: the 2024 plan alone is valid (and the changes file it reads).
    assert run("--plan", "2024", "validate") == (0, "Hợp lệ: 2 tệp.\n", "")
    assert run("validate", "plans/2024") == (0, "Hợp lệ: 2 tệp.\n", "")


def test_validate_plans_knows_the_changes_file(two_plans: Path) -> None:
    """The plans folder: the changes file was read as a registry ("khóa lạ 'units'", "thiếu
    khóa 'document'"); it is checked by its own rules, and so is every plan."""
    assert run("validate", "plans") == (0, "Hợp lệ: 3 tệp.\n", "")
    assert run("validate", "plans/don_vi_thay_doi.yaml") == (0, "Hợp lệ: 1 tệp.\n", "")
    changes = two_plans / "plans/don_vi_thay_doi.yaml"
    # An entry no plan names (no name, unknown id): refused as such, and still checked by the
    # unit's rules (every problem in one run).
    changes.write_text(CHANGES + "  - id: xa-moi\n    valid_to: 31/13/2025\n", encoding="utf-8")
    said = [
        "plans/don_vi_thay_doi.yaml:10:9: không có đơn vị 'xa-moi' trong danh mục của kế hoạch "
        "nào: thay đổi này không áp dụng được",
        "plans/don_vi_thay_doi.yaml:11:15: 'valid_to': '31/13/2025' không phải là ngày "
        "(dd/mm/yyyy hoặc yyyy-mm-dd): không có tháng 13",
    ]
    for args in (("validate", "plans"), ("validate",), ("validate", "plans/don_vi_thay_doi.yaml")):
        code, out, _ = run(*args)
        found = [line for line in out.splitlines() if line.startswith("plans/")]
        assert (code, found) == (1, said), args
        assert "khóa lạ" not in out and "document" not in out
        assert out.count("don_vi_thay_doi.yaml:") == 2  # each said once, not once per plan
    _break_2023(two_plans)
    code, out, _ = run("validate", "plans")
    assert code == 1
    assert [line.split(": ")[0] for line in out.splitlines() if line.startswith("plans/")] == [
        "plans/don_vi_thay_doi.yaml:10:9",
        "plans/don_vi_thay_doi.yaml:11:15",
        "plans/2023/phu_luc_01.yaml:375:16",
    ]
    assert out.splitlines()[-1] == "3 lỗi trong 2 tệp (đã kiểm tra 3 tệp)."  # 2024 has none


def test_validate_outside_a_workspace_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pre-commit hook and CI form: one registry folder, its progress files."""
    init_registry(tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    assert run("validate", "data/") == (0, "Hợp lệ: 1 tệp.\n", "")
    assert run("validate") == (0, "Hợp lệ: 1 tệp.\n", "")


def test_the_missing_heading_is_said_in_english_on_request(workspace: Path) -> None:
    source = write_xlsx(workspace / "k.xlsx", ROWS, HEADING[:2])  # no "(Kèm theo …)" row
    code, _, err = run("import", source.name, "--out", "plans/2024/phu_luc_01.yaml", "--lang", "en")
    assert code == 1
    assert err.splitlines()[0] == (  # the two heading rows, then the header: row 3
        "k.xlsx:Phụ lục!A3: the file does not state the plan's number and date (the line "
        '"(Kèm theo Kế hoạch số …/KH-BCĐ ngày … của …)" above the table): left blank; write the '
        "number (plan.number), symbol (plan.symbol), date (plan.date), the whole citation "
        "(plan.reference) and the issuer (issuer) as printed on the plan"
    )
    document = _document(workspace)
    assert document["needs_review"] == [NO_PLAN_VI]  # the registry is the office's: Vietnamese
    assert (document["appendix"], document["title"]) == ("Phụ lục 01", HEADING[1])
