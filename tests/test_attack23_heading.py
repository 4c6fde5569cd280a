"""`cds import` reads the heading lines above the appendix table as offices print them.

a23-03: the plan's citation in capitals ("(KÈM THEO KẾ HOẠCH SỐ 5/KH-BCĐ NGÀY 10/01/2024 …)"),
in lower case, with "số:" was not read ("tệp không ghi số, ngày kế hoạch", plan.* blank, exit
1); with a comma before "ngày" the symbol was stored "KH-BCĐ,", silently, for every letter to
print. a23-04: "Phụ lục 01: Phân công …" (the appendix and its title on one line, as the plan's
own source prints "**Phụ lục 01:****Phân công …**") was kept whole as the appendix, the title
said missing, exit 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx, write_xlsx
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()

TARGET = ("1.", "Số hóa sổ hộ tịch.", "Chủ tịch UBND thành phố", "Phòng Tư pháp", "Phòng Y tế")
ROWS = [("header",), ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ"), (*TARGET, "Tháng 6/2024", "")]
ROWS_2023 = [("header",), ("group", "I. Dữ liệu số"), (*TARGET, "Tháng 6/2023", "")]
TITLE = "Phân công phụ trách các chỉ tiêu năm 2024"
ISSUER = "Ban Chỉ đạo chuyển đổi số thành phố"
CITE = f"(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của {ISSUER})"
OUT = "plans/2024/phu_luc_01.yaml"
WROTE_VI = f"Đã ghi 1 chỉ tiêu (1 nhóm) vào {OUT}."
WROTE_EN = f"Wrote 1 target (1 group) to {OUT}."
NO_TITLE_VI = 'tệp không ghi tiêu đề phụ lục (dòng dưới "Phụ lục 01"): để trống; hãy viết vào title'
NO_TITLE_EN = (
    'the file does not state the appendix\'s title (the line under "Phụ lục 01"): left '
    "blank; write it in title"
)


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))


def _import(source: Path, *more: str, out: str = OUT) -> tuple[int, list[str]]:
    args = ["import", str(source), "--registry", str(REGISTRY), "--out", out, *more]
    result = runner.invoke(app, args)
    return result.exit_code, result.stderr.splitlines()


def _document(out: str = OUT) -> dict[str, object]:
    document = parse(Path(out).read_text(encoding="utf-8"))["document"]
    assert isinstance(document, dict)
    return {key: value for key, value in document.items() if key != "office"}


def _plan(reference: str) -> dict[str, object]:
    return {
        "appendix": "Phụ lục 01",
        "title": TITLE,
        "plan": {"reference": reference, "number": "5", "symbol": "KH-BCĐ", "date": "10/01/2024"},
        "issuer": ISSUER,
        "year": 2024,
    }


# a23-03: the citation, each as printed, and the reference it is stored as (verbatim, without
# the brackets and "Kèm theo").
CITATIONS = {
    "lower": (
        f"(Kèm theo kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của {ISSUER})",
        f"kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của {ISSUER}",
    ),
    "colon": (
        f"(Kèm theo Kế hoạch số: 5/KH-BCĐ ngày 10/01/2024 của {ISSUER})",
        f"Kế hoạch số: 5/KH-BCĐ ngày 10/01/2024 của {ISSUER}",
    ),
    "comma": (
        f"(Kèm theo Kế hoạch số 5/KH-BCĐ, ngày 10/01/2024 của {ISSUER})",
        f"Kế hoạch số 5/KH-BCĐ, ngày 10/01/2024 của {ISSUER}",
    ),
    "both": (
        f"(Kèm theo Kế hoạch số: 5/KH-BCĐ, ngày 10/01/2024, của {ISSUER})",
        f"Kế hoạch số: 5/KH-BCĐ, ngày 10/01/2024, của {ISSUER}",
    ),
}


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
@pytest.mark.parametrize("form", sorted(CITATIONS))
def test_the_citation_is_read_as_printed(kind: str, form: str) -> None:
    printed, reference = CITATIONS[form]
    write = write_xlsx if kind == "xlsx" else write_docx
    source = write(Path(f"kh.{kind}"), ROWS, ["Phụ lục 01", TITLE, printed])
    assert _import(source) == (0, [WROTE_VI])
    assert _document() == _plan(reference)


@pytest.mark.parametrize(("lang", "wrote"), [("vi", WROTE_VI), ("en", WROTE_EN)])
def test_a_citation_in_capitals_is_read_keeping_its_capitals(lang: str, wrote: str) -> None:
    """Number, symbol and date as printed ("KH-BCĐ" is capitals anyway), the reference and the
    issuer in the capitals they are printed in: nothing said, exit 0, in either language."""
    upper = (
        "(KÈM THEO KẾ HOẠCH SỐ 5/KH-BCĐ NGÀY 10/01/2024 CỦA BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ THÀNH PHỐ)"
    )
    source = write_xlsx(Path("kh.xlsx"), ROWS, ["PHỤ LỤC 01", TITLE.upper(), upper])
    assert _import(source, "--lang", lang) == (0, [wrote])
    assert _document() == {
        "appendix": "PHỤ LỤC 01",
        "title": "PHÂN CÔNG PHỤ TRÁCH CÁC CHỈ TIÊU NĂM 2024",
        "plan": {
            "reference": "KẾ HOẠCH SỐ 5/KH-BCĐ NGÀY 10/01/2024 CỦA BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ "
            "THÀNH PHỐ",
            "number": "5",
            "symbol": "KH-BCĐ",
            "date": "10/01/2024",
        },
        "issuer": "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ THÀNH PHỐ",
        "year": 2024,
    }


def test_a_long_day_in_capitals_is_read() -> None:
    cite = f"(Kèm theo KẾ HOẠCH SỐ 5/KH-BCĐ NGÀY 10 THÁNG 01 NĂM 2024 của {ISSUER})"
    source = write_docx(Path("kh.docx"), ROWS, ["Phụ lục 01", TITLE, cite])
    assert _import(source) == (0, [WROTE_VI])
    assert _document() == _plan(f"KẾ HOẠCH SỐ 5/KH-BCĐ NGÀY 10 THÁNG 01 NĂM 2024 của {ISSUER}")


# a23-04: the appendix and its title on one line, split into the two.
ONE_LINE = {
    "colon": (f"Phụ lục 01: {TITLE}", "Phụ lục 01", TITLE),
    "tight": (f"Phụ lục 01:{TITLE}", "Phụ lục 01", TITLE),
    "dash": (f"PHỤ LỤC 01 - {TITLE.upper()}", "PHỤ LỤC 01", TITLE.upper()),
    "en dash": (f"Phụ lục 01 – {TITLE}", "Phụ lục 01", TITLE),
    "break": (f"Phụ lục 01\n{TITLE}", "Phụ lục 01", TITLE),  # a line break in one paragraph
    "roman": (f"Phụ lục I. {TITLE}", "Phụ lục I", TITLE),
    "letter": (f"Phụ lục A: {TITLE}", "Phụ lục A", TITLE),
}


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
@pytest.mark.parametrize("form", sorted(ONE_LINE))
def test_the_title_on_the_appendix_line_is_its_title(kind: str, form: str) -> None:
    line, appendix, title = ONE_LINE[form]
    write = write_xlsx if kind == "xlsx" else write_docx
    source = write(Path(f"kh.{kind}"), ROWS, [line, CITE])
    assert _import(source) == (0, [WROTE_VI])
    document = _document()
    assert (document["appendix"], document["title"]) == (appendix, title)
    assert document["plan"] == _plan("")["plan"] | {
        "reference": f"Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của {ISSUER}"
    }


def test_the_seed_heading_run_together_is_read() -> None:
    """The plan's own source prints its heading as one run: "**Phụ lục 01:****Phân công
    …***(Kèm theo …)*" (seeds/000_17a873d483c376bb.txt, line 3). One paragraph so: the
    appendix, the title and the plan's citation, its blank number and day kept blank."""
    title = "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu"
    cite = f"(Kèm theo Kế hoạch số /KH-BCĐ ngày /5/2023 của {ISSUER})"
    source = write_docx(Path("kh.docx"), ROWS_2023, [f"Phụ lục 01:{title}{cite}"])
    out = "plans/2023/phu_luc_01.yaml"
    assert _import(source, out=out) == (0, [f"Đã ghi 1 chỉ tiêu (1 nhóm) vào {out}."])
    assert _document(out) == {
        "appendix": "Phụ lục 01",
        "title": title,
        "plan": {
            "reference": f"Kế hoạch số /KH-BCĐ ngày /5/2023 của {ISSUER}",
            "number": "",
            "symbol": "KH-BCĐ",
            "date": "/5/2023",
        },
        "issuer": ISSUER,
        "year": 2023,
    }


@pytest.mark.parametrize(
    ("lang", "wrote", "no_title"), [("vi", WROTE_VI, NO_TITLE_VI), ("en", WROTE_EN, NO_TITLE_EN)]
)
def test_a_name_without_a_mark_before_the_title_stays_the_appendix(
    lang: str, wrote: str, no_title: str
) -> None:
    """Only ":", "-", "–", "—", "." or a line break after the number parts a title from the
    appendix: "Phụ lục 01 năm 2024" is a name, kept whole, and the title still said missing
    (at the header's first cell: A3, under the two heading rows)."""
    source = write_xlsx(Path("kh.xlsx"), ROWS, ["Phụ lục 01 năm 2024", CITE])
    code, err = _import(source, "--lang", lang)
    assert (code, err[:2]) == (1, [f"kh.xlsx:Phụ lục!A3: {no_title}", wrote])
    document = _document()
    assert (document["appendix"], document["title"]) == ("Phụ lục 01 năm 2024", "")


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_an_appendix_named_with_a_dash_reads_back_exactly(kind: str) -> None:
    """A title line of its own under "Phụ lục 01 - Đợt 1": the appendix's name is that whole
    line, as written, and `cds export` → `cds import` gives the document back unchanged."""
    source = write_docx(Path("kh.docx"), ROWS, ["Phụ lục 01 - Đợt 1", TITLE, CITE])
    assert _import(source) == (0, [WROTE_VI])
    first = _document()
    assert (first["appendix"], first["title"]) == ("Phụ lục 01 - Đợt 1", TITLE)
    result = runner.invoke(
        app, ["export", "--registry", OUT, "--format", kind, "--out", f"x.{kind}"]
    )
    assert result.exit_code == 0, result.stderr
    again = "plans/2024/lai.yaml"
    assert _import(Path(f"x.{kind}"), out=again)[0] == 0
    assert _document(again) == first


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_one_line_heading_reads_back_exactly(kind: str) -> None:
    """Imported from "Phụ lục 01: Phân công …", exported (the appendix and the title on lines
    of their own), imported again: the same document."""
    source = write_docx(Path("kh.docx"), ROWS, [f"Phụ lục 01: {TITLE}", CITE])
    assert _import(source) == (0, [WROTE_VI])
    result = runner.invoke(
        app, ["export", "--registry", OUT, "--format", kind, "--out", f"x.{kind}"]
    )
    assert result.exit_code == 0, result.stderr
    again = "plans/2024/lai.yaml"
    assert _import(Path(f"x.{kind}"), out=again)[0] == 0
    assert (
        _document(again)
        == _document()
        == _plan(f"Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của {ISSUER}")
    )
