"""An official named with a form of address and a person's name, as offices write the directing
column: "Đ/c Nguyễn Văn A, Phó Chủ tịch UBND thành phố", "Đồng chí …", "Ông …", "Bà …". The
person's name is no unit: the cell names the official's unit, the title is the title, and the
text before it stays as written (carry-over writes a merged unit's heir after the title)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.core.records import Unit
from cds_tracker.questions.carry_over import _renamed_cell
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.units import UnitIndex
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    tam_diep = Unit(id="phuong-tam-diep", name="UBND phường Tam Điệp", kind="ward", source="user")
    units = (*registry.catalog.units, tam_diep)
    return UnitIndex(units, registry.catalog.official_titles)


@pytest.mark.parametrize(
    ("cell", "unit", "official"),
    [
        ("Đ/c Nguyễn Văn A, Phó Chủ tịch UBND thành phố", "ubnd-thanh-pho", "Phó Chủ tịch"),
        ("đ/c Nguyễn Văn A, Phó Chủ tịch UBND thành phố", "ubnd-thanh-pho", "Phó Chủ tịch"),
        ("Đ/c. Nguyễn Văn A, Chủ tịch UBND TP", "ubnd-thanh-pho", "Chủ tịch"),
        ("Đồng chí Trần Thị B - Chủ tịch UBND thành phố", "ubnd-thanh-pho", "Chủ tịch"),
        ("Ông Lê Văn C, Trưởng phòng Y tế", "phong-y-te", "Trưởng"),
        ("Bà Phạm Thị D – Chánh Thanh tra thành phố", "thanh-tra", "Chánh"),
        ("bà Phạm Thị D, Phó Chánh Thanh tra thành phố", "thanh-tra", "Phó Chánh"),
        ("Đ/c Phó Chủ tịch UBND thành phố", "ubnd-thanh-pho", "Phó Chủ tịch"),  # no name
    ],
)
def test_a_person_before_the_title_is_part_of_the_official(
    index: UnitIndex, cell: str, unit: str, official: str
) -> None:
    found = index.resolve(cell)
    assert [(r.unit_id, r.text, r.official, r.loose) for r in found.refs] == [
        (unit, cell, official, False)
    ]
    assert found.unresolved == ()


def test_two_officials_in_one_cell_and_an_abbreviated_unit(index: UnitIndex) -> None:
    cell = (
        "Đ/c Nguyễn Văn A, Phó Chủ tịch UBND thành phố phụ trách khối; "
        "Ông Lê Văn C, Trưởng phòng VH-TT"
    )
    found = index.resolve(cell)
    assert [(r.unit_id, r.text, r.official, r.loose) for r in found.refs] == [
        (
            "ubnd-thanh-pho",
            "Đ/c Nguyễn Văn A, Phó Chủ tịch UBND thành phố phụ trách khối",
            "Phó Chủ tịch",
            False,
        ),
        ("phong-van-hoa-thong-tin", "Ông Lê Văn C, Trưởng phòng VH-TT", "Trưởng", True),
    ]
    assert found.unresolved == ()


@pytest.mark.parametrize(
    "cell",
    [
        "Bà Rịa",  # a place: "Bà" only counts before a title
        "Ông Lê Văn C",  # a person and no title: no unit named
        "Đ/c Nguyễn Văn A",
    ],
)
def test_no_title_no_official(index: UnitIndex, cell: str) -> None:
    found = index.resolve(cell)
    assert (found.refs, found.unresolved) == ((), (cell,))


@pytest.mark.parametrize(
    ("cell", "renamed"),
    [
        # "Đ/c Phó Chủ tịch" was cut 12 characters into the cell: "Phó Chủ tịch uBND phường …"
        ("Đ/c Phó Chủ tịch UBND phường Bắc Sơn", "Đ/c Phó Chủ tịch UBND phường Tam Điệp"),
        (
            "Đồng chí Trần Thị B - Chủ tịch UBND phường Bắc Sơn phụ trách chung",
            "Đồng chí Trần Thị B - Chủ tịch UBND phường Tam Điệp phụ trách chung",
        ),
        (
            "Ông Lê Văn C, Chủ tịch UBND phường Bắc Sơn; Phòng Y tế",
            "Ông Lê Văn C, Chủ tịch UBND phường Tam Điệp; Phòng Y tế",
        ),
    ],
)
def test_carry_over_writes_the_heir_after_the_title(
    index: UnitIndex, cell: str, renamed: str
) -> None:
    after = {"phuong-bac-son": "phuong-tam-diep"}
    assert _renamed_cell(cell, index, after) == renamed


def test_import_and_validate_read_the_person_as_no_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cell was imported with a problem "no unit named 'Đ/c Nguyễn Văn A'" (exit 1)."""
    monkeypatch.chdir(tmp_path)
    directing = "Đ/c Nguyễn Văn A, Phó Chủ tịch UBND thành phố"
    rows = [
        ("header",),
        ("group", "I. DỮ LIỆU SỐ"),
        ("1.", "Số hóa hồ sơ.", directing, "Phòng Y tế", "", "Tháng 3/2024", ""),
    ]
    source = write_docx(tmp_path / "kh.docx", rows, HEADING_2024)
    out = tmp_path / "out" / "phu_luc_01.yaml"
    result = runner.invoke(
        app, ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
    )
    assert result.exit_code == 0, result.output
    (target,) = parse(out.read_text(encoding="utf-8"))["groups"][0]["targets"]
    assert target["directing"] == {"text": directing, "units": ["ubnd-thanh-pho"]}
    assert "needs_review" not in target
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output
