from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.core.errors import UsageError
from cds_tracker.core.records import Unit
from cds_tracker.core.text import same_tones
from cds_tracker.output.words import say
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.units import UnitIndex, UnitRef

from paths import REGISTRY


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    return UnitIndex(registry.catalog.units, registry.catalog.official_titles)


def test_comma_inside_names_and_between_them(index: UnitIndex) -> None:
    cell = (
        "Phòng kinh tế, phòng Tài chính - KH; các cơ quan, đơn vị có liên quan; UBND các phường, xã"
    )
    resolution = index.resolve(cell)
    assert resolution.unresolved == ()
    assert resolution.unit_ids == (
        "phong-kinh-te",
        "phong-tai-chinh-ke-hoach",
        "cac-phong-lien-quan",
        "ubnd-cac-phuong-xa",
    )


def test_officials_keep_their_title(index: UnitIndex) -> None:
    resolution = index.resolve("Trưởng bộ phận một cửa liên thông; Chủ tịch UBND các phường, xã")
    assert resolution.refs == (
        UnitRef("bo-phan-mot-cua", "Trưởng bộ phận một cửa liên thông", "Trưởng"),
        UnitRef("ubnd-cac-phuong-xa", "Chủ tịch UBND các phường, xã", "Chủ tịch"),
    )
    assert index.resolve("Chánh Thanh tra thành phố").refs == (
        UnitRef("thanh-tra", "Chánh Thanh tra thành phố", "Chánh"),
    )


def test_conjunction_and_names_containing_va(index: UnitIndex) -> None:
    resolution = index.resolve("Các phòng, đơn vị; UBND các phường, xã và các đơn vị liên quan")
    assert resolution.unit_ids == ("cac-phong-don-vi", "ubnd-cac-phuong-xa", "cac-phong-lien-quan")
    assert index.resolve("Văn phòng HĐND và UBND tp; phòng Văn hóa và Thông tin").unit_ids == (
        "van-phong",
        "phong-van-hoa-thong-tin",
    )


def test_leftover_text_is_reported_not_dropped(index: UnitIndex) -> None:
    resolution = index.resolve("Phòng Y tế; Sở Y tế, phòng Nội vụ")
    assert resolution.unit_ids == ("phong-y-te", "phong-noi-vu")
    assert resolution.unresolved == ("Sở Y tế",)


def test_name_must_end_at_a_word_boundary(index: UnitIndex) -> None:
    assert index.resolve("Phòng Y tếx").unresolved == ("Phòng Y tếx",)


@pytest.mark.parametrize(
    "query",
    [
        "Phòng Y tế",
        "phong-y-te",
        "phòng y tế",
        "PHÒNG Y TẾ",
        "phong y te",
        "Phong Y Te",
        unicodedata.normalize("NFD", "Phòng Y tế"),
    ],
)
def test_find_unit_forgiving(index: UnitIndex, query: str) -> None:
    assert index.find(query).id == "phong-y-te"


def test_find_by_alias_and_d_without_stroke(index: UnitIndex) -> None:
    assert index.find("Phòng Tài chính - KH").id == "phong-tai-chinh-ke-hoach"
    assert index.find("van phong hdnd va ubnd tp").id == "van-phong"
    assert index.find("UBND xa Dong Son").id == "xa-dong-son"


def test_unknown_unit_suggests(index: UnitIndex) -> None:
    with pytest.raises(UsageError) as caught:
        index.find("Phòng Y")
    assert say(caught.value.message, "en") == "unknown unit 'Phòng Y'"
    assert say(caught.value.hint, "en") == "Did you mean: Phòng Y tế?"
    assert caught.value.exit_code == 2


def test_typo_suggests_the_nearest(index: UnitIndex) -> None:
    with pytest.raises(UsageError) as caught:
        index.find("Phong Y tee")
    assert say(caught.value.hint, "en") == "Did you mean: Phòng Y tế?"


def test_collectives_of_a_department(index: UnitIndex) -> None:
    assert index.collectives_of("phong-y-te") == ["cac-phong-don-vi", "cac-phong-lien-quan"]
    assert index.collectives_of("xa-yen-son") == ["ubnd-cac-phuong-xa", "xa-dang-ky-cds-2023"]
    assert index.collectives_of("cong-an") == []


@pytest.mark.parametrize(
    ("written", "unit_id"),
    [
        ("Phòng VH&TT", "phong-van-hoa-thong-tin"),
        ("VHTT", "phong-van-hoa-thong-tin"),
        ("phong vh va tt", "phong-van-hoa-thong-tin"),
        ("Phòng GD&ĐT", "phong-giao-duc-dao-tao"),
        ("GDĐT", "phong-giao-duc-dao-tao"),
        ("VP HĐND-UBND", "van-phong"),
        ("Công an", "cong-an"),
        ("CA", "cong-an"),
        ("Y tế", "phong-y-te"),
        ("Phòng TC-KH", "phong-tai-chinh-ke-hoach"),
        ("TCKH", "phong-tai-chinh-ke-hoach"),
        ("TN&MT", "phong-tai-nguyen-moi-truong"),
        ("LĐ-TB&XH", "phong-lao-dong-tbxh"),
        ("Bắc Sơn", "phuong-bac-son"),
        ("phường bắc sơn", "phuong-bac-son"),
        ("xã Yên Sơn", "xa-yen-son"),
    ],
)
def test_names_as_offices_write_them(index: UnitIndex, written: str, unit_id: str) -> None:
    assert index.find(written).id == unit_id


@pytest.mark.parametrize(
    ("written", "name"),
    [("VH-TT", "Phòng Văn hóa và Thông tin"), ("Sở TT&TT", "Sở Thông tin và Truyền thông")],
)
def test_abbreviations_need_no_alias(written: str, name: str) -> None:
    """The pattern, not the catalog's aliases: these spellings are in no alias."""
    from cds_tracker.registry.name_likeness import abbreviates

    assert abbreviates(written, name)
    assert not abbreviates("VH-TT", "Phòng Giáo dục và Đào tạo")
    assert not abbreviates("../phong-y-te", "Phòng Y tế")  # a path is never a name


@pytest.mark.parametrize(
    ("typo", "first"),
    [
        ("Phòng Giáo dụk", "Phòng Giáo dục và Đào tạo"),
        ("Phong Y tees", "Phòng Y tế"),
        ("Phòng Tài chánh", "Phòng Tài chính - Kế hoạch"),
        ("Cong an tp x", "Công an thành phố"),
    ],
)
def test_a_typo_gets_the_right_suggestion_first(index: UnitIndex, typo: str, first: str) -> None:
    with pytest.raises(UsageError) as caught:
        index.find(typo)
    hint = say(caught.value.hint, "en")
    assert hint.startswith(f"Did you mean: {first}"), hint


def test_no_suggestion_sharing_no_word_when_one_shares_a_word(index: UnitIndex) -> None:
    with pytest.raises(UsageError) as caught:
        index.find("Phòng Văn hoá xyz")
    assert say(caught.value.hint, "en") == "Did you mean: Phòng Văn hóa và Thông tin?"


# --- characters nobody sees, pasted with a name ------------------------------------------------

UNSEEN = [
    "\u200b",  # zero width space
    "\u200c",  # zero width non-joiner
    "\u200d",  # zero width joiner
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark (zero width no-break space)
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u00ad",  # soft hyphen
]


@pytest.mark.parametrize("char", UNSEEN, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("typed", ["van-phong{}", "{}Phòng Y tế", "Ph{}òng Y tế", "VP HĐND{}-UBND"])
def test_a_name_that_differs_only_by_unseen_characters_matches(
    index: UnitIndex, typed: str, char: str
) -> None:
    """What a person meant: the unit whose name they see, not a refusal they cannot explain."""
    expected = "van-phong" if "V" in typed.upper()[:2] else "phong-y-te"
    assert index.find(typed.format(char)).id == expected


@pytest.mark.parametrize("char", UNSEEN, ids=lambda c: f"U+{ord(c):04X}")
def test_a_refused_name_shows_its_unseen_characters_and_the_meant_unit(
    index: UnitIndex, char: str
) -> None:
    with pytest.raises(UsageError) as refused:
        index.find(f"Phong Y tees{char}")
    code = f"<U+{ord(char):04X}>"
    assert say(refused.value.message, "vi") == f"không có đơn vị 'Phong Y tees{code}'"
    assert say(refused.value.hint, "vi") == "có phải ý bạn là: Phòng Y tế?"
    assert say(refused.value.message, "en") == f"unknown unit 'Phong Y tees{code}'"


def test_on_the_command_line_the_refusal_is_exact(own_registry: Path) -> None:
    result = CliRunner().invoke(
        app, ["report", "--unit", "van-phon\u200b", "--registry", str(own_registry)]
    )
    assert (result.exit_code, result.output) == (
        2,
        "cds: lỗi: không có đơn vị 'van-phon<U+200B>'\n"
        "  gợi ý: có phải ý bạn là: Văn phòng HĐND và UBND thành phố?\n",
    )


def test_a_matched_name_writes_the_catalogues_id_never_the_unseen_characters(
    own_registry: Path,
) -> None:
    result = CliRunner().invoke(
        app,
        [
            "progress", "add", "III.4", "--unit", "\u200bY t\u200dế\ufeff", "--status",
            "in_progress", "--date", "01/10/2023", "--registry", str(own_registry),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Phòng Y tế, chỉ tiêu III.4" in result.output
    written = (own_registry / "progress" / "phong-y-te.yaml").read_text(encoding="utf-8")
    assert '"unit": "phong-y-te"' in written
    assert not any(c in written for c in UNSEEN)


def test_a_target_id_with_an_unseen_character_is_the_target(own_registry: Path) -> None:
    result = CliRunner().invoke(
        app, ["show", "II.4\ufeff", "--format", "json", "--registry", str(own_registry)]
    )
    assert result.exit_code == 0, result.output
    assert '"id": "II.4"' in result.output


@pytest.mark.parametrize(
    ("old", "new"),
    [("hoá", "hóa"), ("Hoà", "Hòa"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("uý", "úy")],
)
def test_old_and_new_tone_placement_are_one_name(old: str, new: str) -> None:
    """Offices write "hoá" as often as "hóa": the same name in a cell and in `--unit`; NFD too."""
    units = [Unit(id="u", name=f"Phòng {new} học", kind="department", source="catalog")]
    index = UnitIndex(units)
    for said in (f"Phòng {old} học", unicodedata.normalize("NFD", f"Phòng {old} học")):
        resolution = index.resolve(said)
        assert (resolution.unit_ids, resolution.unresolved) == (("u",), ())
        assert not resolution.refs[0].loose  # the same spelling: no note
        assert index.find(said).id == "u"
    assert same_tones(f"{old} quý hoàng") == f"{new} quý hoàng"  # "quý", "hoàng": as they are


def test_no_suggestion_when_no_unit_is_valid() -> None:
    """A registry whose units all fail their checks leaves nothing to suggest (it crashed)."""
    from cds_tracker.registry.name_likeness import suggestions

    assert suggestions("Trưởng các phòng", {}) == []
