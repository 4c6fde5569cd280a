"""A leader's portfolio after the unit ("Đ/c Phó Chủ tịch UBND thành phố phụ trách khối") is part
of the official's title, as Vietnamese plans write it: not a unit the catalogue lacks. Import and
validate read it through the one UnitIndex.resolve, so they agree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.unit_wordings import split_portfolio
from cds_tracker.registry.units import UnitIndex
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
CELL = "Đ/c Phó Chủ tịch UBND thành phố phụ trách khối"


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    return UnitIndex(registry.catalog.units, registry.catalog.official_titles)


def _refs(index: UnitIndex, cell: str) -> tuple[list[tuple[str, str, str | None]], list[str]]:
    found = index.resolve(cell)
    return [(r.unit_id, r.text, r.official) for r in found.refs], list(found.unresolved)


@pytest.mark.parametrize(
    ("cell", "refs"),
    [
        (CELL, [("ubnd-thanh-pho", CELL, "Phó Chủ tịch")]),
        (  # a portfolio may hold a comma: it runs to the next ";"
            "Phó Chủ tịch UBND TP phụ trách lĩnh vực văn hoá, xã hội; Trưởng phòng Y tế",
            [
                (
                    "ubnd-thanh-pho",
                    "Phó Chủ tịch UBND TP phụ trách lĩnh vực văn hoá, xã hội",
                    "Phó Chủ tịch",
                ),
                ("phong-y-te", "Trưởng phòng Y tế", "Trưởng"),
            ],
        ),
        (  # a "," before a unit or an official ends the portfolio: the unit is not lost
            "Đ/c Chủ tịch UBND thành phố phụ trách chung, Phòng Y tế",
            [
                ("ubnd-thanh-pho", "Đ/c Chủ tịch UBND thành phố phụ trách chung", "Chủ tịch"),
                ("phong-y-te", "Phòng Y tế", None),
            ],
        ),
        (
            "Phó Chủ tịch UBND TP phụ trách khối kinh tế, Trưởng phòng Nội vụ",
            [
                ("ubnd-thanh-pho", "Phó Chủ tịch UBND TP phụ trách khối kinh tế", "Phó Chủ tịch"),
                ("phong-noi-vu", "Trưởng phòng Nội vụ", "Trưởng"),
            ],
        ),
        (
            "Pho Chu tich UBND thanh pho phu trach khoi van hoa, xa hoi; Phòng Y tế",
            [
                (
                    "ubnd-thanh-pho",
                    "Pho Chu tich UBND thanh pho phu trach khoi van hoa, xa hoi",
                    "Pho Chu tich",
                ),
                ("phong-y-te", "Phòng Y tế", None),
            ],
        ),
        (
            "Pho Chu tich UBND thanh pho phu trach khoi",
            [("ubnd-thanh-pho", "Pho Chu tich UBND thanh pho phu trach khoi", "Pho Chu tich")],
        ),
    ],
)
def test_a_portfolio_stays_with_the_officials_title(
    index: UnitIndex, cell: str, refs: list[tuple[str, str, str | None]]
) -> None:
    assert _refs(index, cell) == (refs, [])


def test_without_an_official_phu_trach_is_no_title(index: UnitIndex) -> None:
    """Only an official has a portfolio: after a bare unit the words stay a problem."""
    assert _refs(index, "UBND thành phố phụ trách khối") == (
        [("ubnd-thanh-pho", "UBND thành phố", None)],
        ["phụ trách khối"],
    )


def test_split_portfolio() -> None:
    assert split_portfolio("Phó Chủ tịch UBND thành phố phụ trách khối") == (
        "Phó Chủ tịch UBND thành phố",
        " phụ trách khối",
    )
    assert split_portfolio("Phòng Y tế") == ("Phòng Y tế", "")


def test_import_and_validate_agree_on_a_portfolio(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    rows: list[tuple[str, ...]] = [
        ("header",),
        ("numbering",),
        ("group", "I. DỮ LIỆU SỐ"),
        ("1.", "Số hóa hồ sơ.", CELL, "Phòng Y tế", "", "Tháng 3/2024", ""),
    ]
    source = write_docx(tmp_path / "ke-hoach-2024.docx", rows, HEADING_2024)
    for lang, wrote in (("vi", "Đã ghi 1 chỉ tiêu (1 nhóm)"), ("en", "Wrote 1 target (1 group)")):
        out = tmp_path / lang / "phu_luc_01.yaml"
        args = ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
        result = runner.invoke(app, [*args, "--lang", lang])
        assert result.exit_code == 0, result.output
        assert "ke-hoach-2024.docx:1:" not in result.output  # no "phụ trách khối" problem
        assert wrote in result.output
        data: Any = parse(out.read_text(encoding="utf-8"))
        target = data["groups"][0]["targets"][0]
        assert target["directing"] == {"text": CELL, "units": ["ubnd-thanh-pho"]}


def _registry(tmp_path: Path, cell: str) -> Path:
    """The shipped registry with its first "Trưởng phòng Văn hóa…" directing cell as `cell`."""
    text = REGISTRY.read_text(encoding="utf-8")
    units = "\n          units:\n            - "
    old = f"text: Trưởng phòng Văn hóa và Thông tin{units}phong-van-hoa-thong-tin"
    assert text.index(old) == text.index("text: Trưởng phòng Văn hóa")  # the first of 8
    path = tmp_path / "phu_luc_01.yaml"
    path.write_text(text.replace(old, f"text: {cell}{units}ubnd-thanh-pho", 1))
    return path


@pytest.mark.parametrize(("lang", "valid"), [("vi", "Hợp lệ: 1 tệp."), ("en", "Valid: 1 file.")])
def test_validate_reads_a_registry_cell_with_a_portfolio(
    tmp_path: Path, lang: str, valid: str
) -> None:
    checked = runner.invoke(app, ["validate", str(_registry(tmp_path, CELL)), "--lang", lang])
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines() == [valid]


def test_validate_still_reports_words_that_are_no_unit(tmp_path: Path) -> None:
    """The control: without an official, "phụ trách khối" is still no unit."""
    path = _registry(tmp_path, "UBND thành phố phụ trách khối")
    text = REGISTRY.read_text(encoding="utf-8")
    line = text[: text.index("text: Trưởng phòng Văn hóa")].count("\n") + 1
    col = len("          text: UBND thành phố ") + 1
    for lang, said in (
        ("en", "no unit in the catalog is named 'phụ trách khối'"),
        ("vi", "danh mục không có đơn vị nào tên 'phụ trách khối'"),
    ):
        checked = runner.invoke(app, ["validate", str(path), "--lang", lang])
        assert checked.exit_code == 1
        assert checked.output.splitlines()[0] == f"{path}:{line}:{col}: {said}"


def test_carrying_over_a_renamed_unit_keeps_the_portfolio() -> None:
    """When carry-over writes a merged unit's heir after the title, the portfolio stays."""
    from cds_tracker.questions.carry_over import _named
    from cds_tracker.registry.units import UnitRef

    ref = UnitRef("phuong-a", "Chủ tịch UBND phường A phụ trách khối", "Chủ tịch")
    assert _named(ref, "UBND phường B") == "Chủ tịch UBND phường B phụ trách khối"
