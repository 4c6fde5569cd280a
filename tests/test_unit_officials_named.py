"""A person named in the directing column by a portfolio, across line breaks, or by an alias
(issue 16, clerk 6b): "Đ/c Trần Thị B, phụ trách khối văn hóa - xã hội" is the committee's leader
of that bloc (UBND thành phố); "Đ/c Nguyễn Văn A,⏎Phó Chủ tịch UBND thành phố" is read across the
break; an alias "Đ/c Trần Thị B" or "Trần Thị B" both name their unit; a name alone is one
problem whose hint says which name to add."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.core.records import Unit
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.officials import committee_of
from cds_tracker.registry.units import UnitIndex
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()


def _units() -> tuple[Unit, ...]:
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    return registry.catalog.units


def _index(units: tuple[Unit, ...] | None = None) -> UnitIndex:
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    return UnitIndex(units or registry.catalog.units, registry.catalog.official_titles)


@pytest.mark.parametrize(
    "cell",
    [
        "Đ/c Trần Thị B, phụ trách khối văn hóa - xã hội",
        "Đ/c Trần Thị B,\nphụ trách khối văn hóa - xã hội",
        "Đ/c\nTrần Thị B, phụ trách khối văn hóa - xã hội",
        "Đồng chí Trần Thị B phụ trách chung",
        "Bà Trần Thị B, phụ trách khối kinh tế",
    ],
)
def test_a_person_with_a_portfolio_is_the_committees_leader(cell: str) -> None:
    found = _index().resolve(cell)
    assert [(r.unit_id, r.text) for r in found.refs] == [("ubnd-thanh-pho", cell)]
    assert found.unresolved == ()


def test_a_portfolio_ends_at_a_semicolon_and_the_next_unit_is_read() -> None:
    found = _index().resolve("Đ/c Trần Thị B, phụ trách khối văn hóa, xã hội;\nPhòng Y tế")
    assert [(r.unit_id, r.text) for r in found.refs] == [
        ("ubnd-thanh-pho", "Đ/c Trần Thị B, phụ trách khối văn hóa, xã hội"),
        ("phong-y-te", "Phòng Y tế"),
    ]
    assert found.unresolved == ()


@pytest.mark.parametrize(
    ("cell", "official"),
    [
        ("Đ/c Nguyễn Văn A,\nPhó Chủ tịch UBND thành phố", "Phó Chủ tịch"),
        ("Đ/c Nguyễn Văn A\n- Chủ tịch UBND\nthành phố", "Chủ tịch"),
        ("Ông Lê Văn C,\nTrưởng phòng\nY tế", "Trưởng"),
    ],
)
def test_line_breaks_anywhere_in_an_officials_cell(cell: str, official: str) -> None:
    found = _index().resolve(cell)
    unit = "phong-y-te" if "Y tế" in cell else "ubnd-thanh-pho"
    assert [(r.unit_id, r.text, r.official) for r in found.refs] == [(unit, cell, official)]
    assert found.unresolved == ()


@pytest.mark.parametrize("alias", ["Đ/c Trần Thị B", "Trần Thị B", "đồng chí Trần Thị B"])
@pytest.mark.parametrize(
    "cell",
    [
        "Đ/c Trần Thị B",
        "Trần Thị B",
        "Đồng chí Trần Thị B",
        "Đ/c Trần Thị B, phụ trách khối văn hóa - xã hội",
    ],
)
def test_an_alias_with_or_without_a_form_of_address(alias: str, cell: str) -> None:
    """The alias on Phòng Y tế (not the committee), so the alias is what names the unit."""
    units = tuple(
        u._replace(aliases=(*u.aliases, alias)) if u.id == "phong-y-te" else u for u in _units()
    )
    found = _index(units).resolve(cell)
    assert [(r.unit_id, r.text) for r in found.refs] == [("phong-y-te", cell)]
    assert found.unresolved == ()


def test_the_committee_is_the_one_unit_so_named() -> None:
    assert committee_of(_units()) == "ubnd-thanh-pho"
    other = Unit(id="ubnd-tinh", name="Ủy ban nhân dân tỉnh", kind="provincial", source="user")
    assert committee_of((*_units(), other)) is None  # two committees: which one is not said
    without = tuple(u for u in _units() if u.id != "ubnd-thanh-pho")
    assert committee_of(without) is None
    found = _index(without).resolve("Đ/c Trần Thị B, phụ trách khối kinh tế")
    assert found.refs == ()  # no committee to lead: still a problem, not a guess


HINT_VI = (
    "  gợi ý: thêm 'Lê Văn C' vào 'aliases:' (tên gọi khác) của đơn vị người này lãnh đạo trong"
    " danh mục (có hay không có 'Đ/c' đều được), hoặc ghi chức danh hay lĩnh vực phụ trách sau"
    " tên, ví dụ 'Đ/c Lê Văn C, Phó Chủ tịch UBND thành phố' hoặc 'Đ/c Lê Văn C, phụ trách khối"
    " kinh tế'"
)
ROWS: list[tuple[str, ...]] = [
    ("header",),
    ("group", "I. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ"),
    ("1", "Chỉ tiêu A.", "Đ/c Trần Thị B, phụ trách khối văn hóa - xã hội", "Phòng Nội vụ", "",
     "Tháng 6/2024", ""),
    ("2", "Chỉ tiêu B.", "Đ/c Nguyễn Văn A,\nPhó Chủ tịch UBND thành phố", "Phòng Nội vụ", "",
     "Tháng 6/2024", ""),
    ("3", "Chỉ tiêu C.", "Phó Chủ tịch UBND TP phụ trách khối VHXH", "Phòng Nội vụ", "",
     "Tháng 6/2024", ""),
    ("4", "Chỉ tiêu D.", "Đ/c Lê Văn C", "Phòng Nội vụ", "", "Tháng 6/2024", ""),
]  # fmt: skip


def test_import_reads_the_clerks_cells_and_says_which_name_to_add(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    write_docx(tmp_path / "kh.docx", ROWS, HEADING_2024)
    result = runner.invoke(
        app, ["import", "kh.docx", "--out", "so/phu_luc_01.yaml", "--registry", str(REGISTRY)]
    )
    assert result.exit_code == 1, result.output  # written, with one place to decide
    lines = result.output.splitlines()
    problems = [line for line in lines if line.startswith("kh.docx:")]
    assert problems == ["kh.docx:1:7:3: danh mục không có đơn vị nào tên 'Đ/c Lê Văn C'"]
    assert lines[lines.index(problems[0]) + 1] == HINT_VI
    data: Any = parse((tmp_path / "so/phu_luc_01.yaml").read_text(encoding="utf-8"))
    units = [t["directing"]["units"] for t in data["groups"][0]["targets"]]
    assert units == [["ubnd-thanh-pho"]] * 3 + [[]]
    # validate says the same hint for the one name left, and nothing else
    checked = runner.invoke(app, ["validate", "so"])
    assert checked.exit_code == 1
    said = checked.output.splitlines()
    unknown = [line for line in said if line.endswith("không có đơn vị nào tên 'Đ/c Lê Văn C'")]
    assert len(unknown) == 1
    assert unknown[0].startswith("so/phu_luc_01.yaml:")
    assert unknown[0].endswith(": danh mục không có đơn vị nào tên 'Đ/c Lê Văn C'")
    assert HINT_VI in said
