"""Unit wordings of a real 2024 plan typed in Word: "Đ/c Chủ tịch UBND thành phố", "Phó Chủ tịch
UBND TP", "CA TP", "Các xã, phường", "P. Nam Sơn". Each resolves when exactly one catalogue unit
fits, through `cds import` and `--unit` alike; an ambiguous one stays a problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.core.records import Unit
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.units import UnitIndex
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    return UnitIndex(registry.catalog.units, registry.catalog.official_titles)


def _city(index: UnitIndex) -> UnitIndex:
    """The shipped catalogue: it holds the city People's Committee, whose Chủ tịch directs."""
    assert "ubnd-thanh-pho" in index.units
    return index


def _refs(index: UnitIndex, cell: str) -> tuple[list[tuple[str, str, str | None]], list[str]]:
    found = index.resolve(cell)
    return [(r.unit_id, r.text, r.official) for r in found.refs], list(found.unresolved)


@pytest.mark.parametrize(
    ("cell", "refs"),
    [
        (
            "Đ/c Chủ tịch UBND thành phố",
            [("ubnd-thanh-pho", "Đ/c Chủ tịch UBND thành phố", "Chủ tịch")],
        ),
        ("Phó Chủ tịch UBND TP", [("ubnd-thanh-pho", "Phó Chủ tịch UBND TP", "Phó Chủ tịch")]),
        (
            "đồng chí Phó Chủ tịch UBND thành phố; Đ/c Trưởng phòng Y tế",
            [
                ("ubnd-thanh-pho", "đồng chí Phó Chủ tịch UBND thành phố", "Phó Chủ tịch"),
                ("phong-y-te", "Đ/c Trưởng phòng Y tế", "Trưởng"),
            ],
        ),
    ],
)
def test_directing_officials_with_courtesy_deputy_and_tp(
    index: UnitIndex, cell: str, refs: list[tuple[str, str, str | None]]
) -> None:
    assert _refs(_city(index), cell) == (refs, [])


def test_an_official_of_a_unit_the_catalogue_lacks_stays_a_problem(index: UnitIndex) -> None:
    assert _refs(index, "Đ/c Chủ tịch UBND tỉnh") == ([], ["Đ/c Chủ tịch UBND tỉnh"])


@pytest.mark.parametrize(
    ("cell", "official"),
    [
        ("Chủ tịch UBND thành phố", "Chủ tịch"),
        ("CHỦ TỊCH UBND THÀNH PHỐ", "CHỦ TỊCH"),
        ("Chủ tịch UBND tp", "Chủ tịch"),
        ("Chủ tịch Ủy ban nhân dân thành phố", "Chủ tịch"),
        ("Đ/c Phó Chủ tịch UBND TP", "Phó Chủ tịch"),
        ("Chu tich UBND thanh pho", "Chu tich"),  # typed without diacritics
        ("Đ/c Pho Chu tich UBND tp", "Pho Chu tich"),
    ],
)
def test_the_shipped_catalogue_knows_the_city_peoples_committee(
    index: UnitIndex, cell: str, official: str
) -> None:
    """The bundled data/phu_luc_01.yaml (not a catalogue a test adds to): the city People's
    Committee, a public-record unit, resolves with its officials' titles kept for display."""
    assert _refs(index, cell) == ([("ubnd-thanh-pho", cell, official)], [])
    assert index["ubnd-thanh-pho"].source == "public-record"
    assert index.lookup("ubnd tp") == index["ubnd-thanh-pho"]
    assert index.lookup("UBND thanh pho") == index["ubnd-thanh-pho"]


def test_a_title_without_diacritics_is_read_only_when_typed_without_any(index: UnitIndex) -> None:
    """ "Truong phong Y te" is the head of Phòng Y tế typed without diacritics; "Trường phòng
    Y tế" (a school's word, "trường") is not "Trưởng", and stays a problem."""
    assert _refs(index, "Truong phong Y te") == (
        [("phong-y-te", "Truong phong Y te", "Truong")],
        [],
    )
    assert _refs(index, "Trường phòng Y tế") == ([], ["Trường phòng Y tế"])


@pytest.mark.parametrize(
    ("cell", "refs"),
    [
        ("CA TP", [("cong-an", "CA TP", None)]),
        ("Công an TP", [("cong-an", "Công an TP", None)]),
        (
            "Trưởng phòng Y tế; CA TP",
            [("phong-y-te", "Trưởng phòng Y tế", "Trưởng"), ("cong-an", "CA TP", None)],
        ),
        ("Các xã, phường", [("ubnd-cac-phuong-xa", "Các xã, phường", None)]),
        (
            "UBND các xã, phường; CA",
            [("ubnd-cac-phuong-xa", "UBND các xã, phường", None), ("cong-an", "CA", None)],
        ),
        ("P. Nam Sơn", [("phuong-nam-son", "P. Nam Sơn", None)]),
        (
            "UBND P. Bắc Sơn, X. Yên Sơn",
            [("phuong-bac-son", "UBND P. Bắc Sơn", None), ("xa-yen-son", "X. Yên Sơn", None)],
        ),
        ("Thanh tra TP", [("thanh-tra", "Thanh tra TP", None)]),
    ],
)
def test_abbreviated_units_resolve(
    index: UnitIndex, cell: str, refs: list[tuple[str, str, str | None]]
) -> None:
    assert _refs(index, cell) == (refs, [])


def test_generic_words_alone_still_name_no_unit(index: UnitIndex) -> None:
    assert _refs(_city(index), "TP") == ([], ["TP"])
    assert _refs(index, "CA; TP") == ([("cong-an", "CA", None)], ["TP"])
    # "P." is phường or Phòng (clerk11 H): "P. Tư pháp" is the department
    assert _refs(index, "P. Tư pháp") == ([("phong-tu-phap", "P. Tư pháp", None)], [])


def test_an_abbreviation_two_units_fit_stays_a_problem_with_suggestions() -> None:
    """ "P. Nam Sơn" is "Phường Nam Sơn" of one unit and "UBND phường Nam Sơn" less "UBND" of
    another: it names neither (ambiguous: `cds report --unit` lists both), and both are
    suggested."""
    both = UnitIndex(
        [
            Unit(id="dang-uy", name="Phường Nam Sơn", kind="ward", source="appendix"),
            Unit(id="ubnd", name="UBND phường Nam Sơn", kind="ward", source="appendix"),
        ]
    )
    assert _refs(both, "P. Nam Sơn") == ([], ["P. Nam Sơn"])
    assert both.lookup("P. Nam Sơn") == ("dang-uy", "ubnd")
    assert sorted(both.suggest("P. Nam Sơn")) == ["Phường Nam Sơn", "UBND phường Nam Sơn"]


@pytest.mark.parametrize(
    ("query", "unit"),
    [
        ("CA TP", "Công an thành phố"),
        ("Công an TP", "Công an thành phố"),
        ("P. Nam Sơn", "UBND phường Nam Sơn"),
        ("UBND P. Bắc Sơn", "UBND phường Bắc Sơn"),
        ("Các xã, phường", "UBND các phường, xã"),
    ],
)
def test_the_same_wordings_through_unit(query: str, unit: str) -> None:
    result = runner.invoke(app, ["report", "--unit", query, "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert unit in result.output


def test_import_reads_the_wordings_of_a_word_plan(tmp_path: Path) -> None:
    base = REGISTRY  # the shipped data, as it is
    rows: list[tuple[str, ...]] = [
        ("header",),
        ("numbering",),
        ("group", "I. DỮ LIỆU SỐ"),
        (
            "1.",
            "Số hóa 100% hồ sơ.",
            "Đ/c Chủ tịch UBND thành phố",
            "CA TP",
            "Các xã, phường; P. Nam Sơn",
            "Tháng 3/2024",
            "",
        ),
        (
            "2.",
            "Cấp chữ ký số.",
            "Phó Chủ tịch UBND TP",
            "UBND P. Bắc Sơn",
            "Công an TP",
            "Thường xuyên",
            "",
        ),
    ]
    source = write_docx(tmp_path / "ke-hoach-2024.docx", rows, HEADING_2024)
    out = tmp_path / "out" / "phu_luc_01.yaml"
    result = runner.invoke(app, ["import", str(source), "--out", str(out), "--registry", str(base)])
    assert result.exit_code == 0, result.output
    data: Any = parse(out.read_text(encoding="utf-8"))
    first, second = data["groups"][0]["targets"]
    assert first["directing"] == {
        "text": "Đ/c Chủ tịch UBND thành phố",
        "units": ["ubnd-thanh-pho"],
    }
    assert first["lead"] == {"text": "CA TP", "units": ["cong-an"]}
    assert first["cooperating"] == {
        "text": "Các xã, phường; P. Nam Sơn",
        "units": ["ubnd-cac-phuong-xa", "phuong-nam-son"],
    }
    assert second["directing"] == {"text": "Phó Chủ tịch UBND TP", "units": ["ubnd-thanh-pho"]}
    assert second["lead"] == {"text": "UBND P. Bắc Sơn", "units": ["phuong-bac-son"]}
    assert second["cooperating"] == {"text": "Công an TP", "units": ["cong-an"]}


def test_an_unknown_unit_says_where_to_add_it_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not "catalog.units": the registry's danh mục đơn vị, under 'units:', with an example."""
    monkeypatch.chdir(tmp_path)
    rows: list[tuple[str, ...]] = [
        ("header",),
        ("numbering",),
        ("group", "I. DỮ LIỆU SỐ"),
        ("1.", "Số hóa hồ sơ.", "Trưởng phòng Y tế", "CA; TP", "", "Tháng 3/2024", ""),
    ]
    source = write_docx(tmp_path / "ke-hoach.docx", rows)
    lines = {}
    for lang in ("vi", "en"):
        out = tmp_path / lang / "phu_luc_01.yaml"
        args = ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
        result = runner.invoke(app, [*args, "--lang", lang])
        assert result.exit_code == 1, result.output
        lines[lang] = result.output.splitlines()
    at = lines["en"].index("ke-hoach.docx:1:5:4: no unit in the catalog is named 'TP'")
    # The words `validate` says of the same cell (one wording, output/findings.py).
    assert lines["en"][at + 1] == (
        "  hint: did you mean 'Phòng Tư pháp'? add the unit to the registry's unit catalog,"
        " under the line 'units:' of its 'catalog:' section, like the units there, e.g."
        " '- id: phong-dan-toc' then 'name: Phòng Dân tộc', 'kind: department',"
        " 'source: appendix'; or add this name to the 'aliases:' (other names) of the unit it"
        " means"
    )
    at = lines["vi"].index("ke-hoach.docx:1:5:4: danh mục không có đơn vị nào tên 'TP'")
    assert lines["vi"][at + 1] == (
        "  gợi ý: có phải 'Phòng Tư pháp'? thêm đơn vị vào danh mục đơn vị của sổ đăng ký,"
        " dưới dòng 'units:' của phần 'catalog:', như các đơn vị đã có, ví dụ: '- id:"
        " phong-dan-toc' rồi 'name: Phòng Dân tộc', 'kind: department', 'source: appendix';"
        " hoặc thêm tên này vào 'aliases:' (tên gọi khác) của đơn vị nó chỉ"
    )
