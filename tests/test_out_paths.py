"""`--out` names what will be written: a file with its format's extension, or a folder where one
file per unit goes. A name that cannot hold it is refused before any work (exit 2, with an
example that can), and nothing is created."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def here(own_registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder to work in, with a registry of one's own elsewhere."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("CDS_REGISTRY", str(own_registry))
    return folder


def wrong_suffix(path: str, fmt: str, suffix: str, example: str) -> tuple[int, str]:
    return (
        2,
        f"cds: lỗi: --out {path}: --format {fmt} ghi tệp {suffix}; tên tệp phải có đuôi {suffix} "
        "để máy mở đúng chương trình, không báo lỗi định dạng\n"
        f"  gợi ý: ví dụ --out {example}\n",
    )


@pytest.mark.parametrize(
    ("fmt", "out", "example"),
    [
        ("xlsx", "x.xls", "x.xlsx"),
        ("xlsx", "bao-cao", "bao-cao.xlsx"),
        ("xlsx", "bao-cao.csv", "bao-cao.xlsx"),
        ("ics", "lich.xlsx", "lich.ics"),
        ("html", "trang.pdf", "trang.html"),
        ("docx", "phu-luc.doc", "phu-luc.docx"),
    ],
)
def test_export_refuses_a_name_of_another_kind(
    fmt: str, out: str, example: str, here: Path
) -> None:
    suffix = "." + fmt
    assert cds("export", "--format", fmt, "--out", out) == wrong_suffix(out, fmt, suffix, example)
    assert list(here.iterdir()) == []


@pytest.mark.parametrize(("fmt", "out"), [("xlsx", "A.XLSX"), ("html", "a.htm"), ("ics", "a.ics")])
def test_export_takes_its_own_extension(fmt: str, out: str, here: Path) -> None:
    assert cds("export", "--format", fmt, "--out", out) == (0, f"Đã xuất {fmt}: {out}\n")
    assert (here / out).is_file()


def test_summary_docx_wants_a_docx(here: Path) -> None:
    args = ("summary", "--as-of", "01/12/2023", "--format", "docx", "--out", "bao-cao.pdf")
    assert cds(*args) == wrong_suffix("bao-cao.pdf", "docx", ".docx", "bao-cao.docx")
    assert list(here.iterdir()) == []


def test_summary_writes_markdown_and_json_to_out(here: Path) -> None:
    """Issue 12: `summary --format markdown --out s.md` printed the Markdown and wrote nothing."""
    args = ("summary", "--as-of", "01/12/2023")
    printed = cds(*args, "--format", "markdown")[1]
    assert cds(*args, "--format", "markdown", "--out", "s.md") == (0, "Đã xuất markdown: s.md\n")
    assert (here / "s.md").read_text(encoding="utf-8") == printed
    # a second run refuses to overwrite, as export does; --force replaces
    assert cds(*args, "--format", "markdown", "--out", "s.md") == (
        2,
        "cds: lỗi: 's.md' đã tồn tại; chưa ghi gì\n"
        "  gợi ý: chọn --out khác, hoặc thêm --force để ghi đè\n",
    )
    assert cds(*args, "--format", "markdown", "--out", "s.md", "--force")[0] == 0
    # without --format the file's name says which: JSON, the same data as printed
    code, output = cds(*args, "--out", "s.json")
    assert (code, output.splitlines()[0]) == (0, "Đã xuất json: s.json")
    json_printed = cds(*args, "--format", "json")[1]
    assert (here / "s.json").read_text(encoding="utf-8") == json_printed
    assert sorted(p.name for p in here.iterdir()) == ["s.json", "s.md"]


def test_summary_out_of_another_kind_is_refused_before_any_work(here: Path) -> None:
    args = ("summary", "--as-of", "01/12/2023")
    assert cds(*args, "--format", "json", "--out", "s.md") == wrong_suffix(
        "s.md", "json", ".json", "s.json"
    )
    # no --format: the suffix chooses, and fits none; every suffix --out takes is named, no
    # "--format markdown" the clerk never gave (review 10)
    assert cds(*args, "--out", "s.txt") == (
        2,
        "cds: lỗi: --out s.txt: cds summary --out ghi tệp .md, .json hoặc .docx, định dạng theo "
        "đuôi tệp (hoặc theo --format); tên tệp phải có một trong các đuôi đó\n"
        "  gợi ý: ví dụ --out s.md\n",
    )
    assert list(here.iterdir()) == []


def test_remind_json_with_out_is_refused_not_ignored(here: Path) -> None:
    args = ("remind", "--month", "11/2023", "--as-of", "01/11/2023", "--format", "json")
    assert cds(*args, "--out", "nhac/") == (
        2,
        "cds: lỗi: --out ghi mỗi đơn vị một văn bản (markdown hoặc --format docx); --format json "
        "in ra một danh sách cho chương trình khác đọc, không ghi vào thư mục\n"
        "  gợi ý: bỏ --out, hoặc ghi JSON vào tệp: cds remind --format json > nhac-viec.json\n",
    )
    assert list(here.iterdir()) == []


def test_form_wants_an_xlsx_or_a_folder(here: Path) -> None:
    args = ("form", "--unit", "Y tế", "--month", "11/2023", "--as-of", "01/11/2023", "--out")
    refused = (
        2,
        "cds: lỗi: --out phieu.docx: phiếu báo cáo là tệp .xlsx: cho tên tệp .xlsx (phiếu của một "
        "đơn vị) hoặc một thư mục (mỗi đơn vị một phiếu)\n"
        "  gợi ý: ví dụ --out phieu.xlsx hoặc --out phieu/\n",
    )
    assert cds(*args, "phieu.docx") == refused
    assert list(here.iterdir()) == []  # not a folder named phieu.docx, as before
    assert cds(*args, "phieu.xls")[0] == 2
    assert cds(*args, "phieu.xlsx") == (
        0,
        "Đã lập phiếu báo cáo của Phòng Y tế (13 chỉ tiêu): phieu.xlsx\n",
    )
    assert (here / "phieu.xlsx").is_file()
    # a folder: new (no extension, or a dotted name that is no file's: "thang.11") or existing
    assert cds(*args, "phieu")[0] == 0 and (here / "phieu").is_dir()
    assert cds(*args, "thang.11")[0] == 0 and (here / "thang.11").is_dir()
    (here / "cu.docx").mkdir()
    assert cds(*args, "cu.docx")[0] == 0
    assert [p.name for p in (here / "cu.docx").iterdir()] == [
        "phieu-bao-cao-phong-y-te-2023-11.xlsx"
    ]


@pytest.mark.parametrize("extra", [(), ("--format", "docx")])
def test_remind_wants_a_folder(extra: tuple[str, ...], here: Path) -> None:
    args = ("remind", "--month", "11/2023", "--as-of", "01/11/2023", *extra, "--out")
    assert cds(*args, "don-doc.docx") == (
        2,
        "cds: lỗi: --out don-doc.docx: cần một thư mục (mỗi đơn vị một tệp trong đó), không phải "
        "một tên tệp\n"
        "  gợi ý: ví dụ --out don-doc/\n",
    )
    assert list(here.iterdir()) == []
    code, output = cds(*args, "don-doc")
    assert code == 0 and output.endswith("trong don-doc/\n")


def test_english(here: Path) -> None:
    assert cds("export", "--format", "xlsx", "--out", "x.xls", "--lang", "en") == (
        2,
        "cds: error: --out x.xls: --format xlsx writes a .xlsx file; the name must end in .xlsx "
        "so that it opens in the right program without a format warning\n"
        "  hint: e.g. --out x.xlsx\n",
    )
