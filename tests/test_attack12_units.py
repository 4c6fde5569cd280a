"""Short forms of unit names (issue 12's attack): a query that only half-matches an abbreviation,
or says nothing but "xã" or "TP", named the wrong unit in silence; typed-together names got no
suggestion; accent folding made "viện" a "viễn"; and matching took time exponential in the words."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.core.errors import UsageError
from cds_tracker.output.words import say
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.name_likeness import abbreviates
from cds_tracker.registry.units import UnitIndex

from paths import REGISTRY


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    return UnitIndex(registry.catalog.units, registry.catalog.official_titles)


def refused(index: UnitIndex, query: str) -> str:
    with pytest.raises(UsageError) as caught:
        index.find(query)
    assert caught.value.exit_code == 2
    assert say(caught.value.message, "en") == f"unknown unit '{query}'"
    return say(caught.value.hint, "en")


@pytest.mark.parametrize("query", ["VH", "Phòng VH", "phong vh"])
def test_vh_is_the_culture_office_never_the_city_office(index: UnitIndex, query: str) -> None:
    """ "VH" was V(P) H(ĐND), the first letters of the city office's own abbreviations."""
    assert index.find(query).id == "phong-van-hoa-thong-tin"


def test_no_initials_are_taken_from_a_names_own_abbreviations() -> None:
    assert not abbreviates("VH", "VP HĐND và UBND")
    assert abbreviates("VP HĐND-UBND", "Văn phòng HĐND và UBND thành phố")


@pytest.mark.parametrize(
    ("query", "unit_id"),
    [
        ("Phòng GD", "phong-giao-duc-dao-tao"),
        ("Phòng Giáo dục", "phong-giao-duc-dao-tao"),
        ("Tài nguyên", "phong-tai-nguyen-moi-truong"),
        ("Phòng Lao động", "phong-lao-dong-tbxh"),
    ],
)
def test_the_first_part_of_a_compound_name_names_it(
    index: UnitIndex, query: str, unit_id: str
) -> None:
    """Offices say "Phòng GD" for "Phòng GD&ĐT": the part before "và", "&" or "-"."""
    assert index.find(query).id == unit_id


def test_a_first_part_shared_by_two_units_is_refused(index: UnitIndex) -> None:
    """Said as ambiguous, each unit with its id to type instead (tests/test_unit_ambiguous.py):
    it was "unknown unit 'Phòng Tài'", though two units begin so."""
    with pytest.raises(UsageError) as caught:
        index.find("Phòng Tài")
    assert caught.value.exit_code == 2
    assert say(caught.value.message, "en") == (
        "unit 'Phòng Tài' is ambiguous, it could be 2 units: Phòng Tài chính - Kế hoạch "
        "(phong-tai-chinh-ke-hoach); Phòng Tài nguyên và Môi trường (phong-tai-nguyen-moi-truong)"
    )
    assert refused(index, "Phòng Y") == "Did you mean: Phòng Y tế?"  # "tế" follows no "và"


@pytest.mark.parametrize(
    ("query", "hint"),
    [
        # Phòng Tư pháp's initials first (issue 12), then the unit whose alias has the word "TP"
        ("TP", "Did you mean: Phòng Tư pháp; Văn phòng HĐND và UBND thành phố; UBND thành phố?"),
        ("Xã", "run 'cds units' to list the units"),
        ("phường", "run 'cds units' to list the units"),
        ("Các", "run 'cds units' to list the units"),
        ("Phòng", "run 'cds units' to list the units"),
    ],
)
def test_generic_words_alone_name_no_unit(index: UnitIndex, query: str, hint: str) -> None:
    """ "TP" was Phòng Tư pháp; "Xã", "phường", "Các" the collective "UBND các phường, xã"."""
    assert refused(index, query) == hint


@pytest.mark.parametrize("query", ["Phong Yte", "Phòng Ytế", "Phòng Y tê"])
def test_a_name_typed_together_or_with_a_wrong_accent_is_suggested(
    index: UnitIndex, query: str
) -> None:
    if query == "Phòng Y tê":  # alike but for one accent: the folded name, found
        assert index.find(query).id == "phong-y-te"
        return
    assert refused(index, query) == "Did you mean: Phòng Y tế?"


def test_a_word_alike_but_for_its_accents_is_no_suggestion(index: UnitIndex) -> None:
    """ "Bệnh viện" suggested "Viễn thông Ninh Bình": folded, "viện" is "viễn"."""
    assert refused(index, "Bệnh viện") == "run 'cds units' to list the units"
    assert refused(index, "Viễn thông") == (
        "Did you mean: Viễn thông Ninh Bình; Các doanh nghiệp viễn thông?"
    )
    assert refused(index, "Phòng Văn hoá xyz") == "Did you mean: Phòng Văn hóa và Thông tin?"


def test_report_for_a_short_form_through_the_cli() -> None:
    result = CliRunner().invoke(app, ["report", "--unit", "VH", "--as-of", "01/11/2023"])
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "Chỉ tiêu Phòng Văn hóa và Thông tin phụ trách (tình trạng đến ngày 01/11/2023)"
    )
    result = CliRunner().invoke(app, ["report", "--unit", "Xã"])
    assert result.exit_code == 2
    assert result.stderr == (
        "cds: lỗi: không có đơn vị 'Xã'\n  gợi ý: chạy 'cds units' để xem danh mục đơn vị\n"
    )


@pytest.mark.parametrize("alias", ["NN " * 33 + "ZZ", "nn " * 33 + "zz"])
def test_matching_takes_polynomial_time(alias: str) -> None:
    """An alias of 33 "NN" then "ZZ" and a query of 21 "NN" took 27 s, doubling per word."""
    started = time.perf_counter()
    for words in (21, 40, 80):
        assert not abbreviates("NN " * words, alias)
    assert abbreviates("NN " * 33 + "ZZ", alias)
    assert time.perf_counter() - started < 2.0


def test_report_for_a_long_query_on_a_long_alias_is_quick(own_registry: Path) -> None:
    path = own_registry / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    alias = "        - Nội vụ\n"
    assert alias in text
    path.write_text(text.replace(alias, alias + "        - " + "NN " * 33 + "ZZ\n", 1), "utf-8")
    started = time.perf_counter()
    query = "NN " * 21
    result = CliRunner().invoke(app, ["report", "--unit", query, "--registry", str(own_registry)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"cds: lỗi: không có đơn vị '{query}'\n  gợi ý: có phải ý bạn là: Phòng Nội vụ?\n"
    )
    assert time.perf_counter() - started < 10.0
