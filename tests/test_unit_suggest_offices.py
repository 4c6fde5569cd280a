"""Suggestions for an unknown unit (name_likeness.py `suggestions`) need a real likeness: words
naming an office's kind ("Trung tâm", "Chi cục", "Ban", "Sở", "Ủy ban nhân dân", "quản lý",
"doanh nghiệp"…) say nothing shared, and a word or two in common with a long name is not a
likeness. Before, "Trung tâm Văn hóa, Thể thao và Du lịch" was "UBND phường Trung Sơn" (for
"Trung"), "Chi cục Thuế" was "Chi cục Thống kê…", "Tòa án nhân dân" was "UBND thành phố" (its
alias "Ủy ban nhân dân thành phố"). Names hand-picked against the shipped catalog."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.units import UnitIndex

from paths import REGISTRY

runner = CliRunner()


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    registry = load_registry(REGISTRY).registry
    assert registry is not None
    return UnitIndex(registry.catalog.units, registry.catalog.official_titles)


@pytest.mark.parametrize(
    "name",
    [
        "Trung tâm Phục vụ hành chính công",  # "công" is 1/5 of it and 1/2 of "Công an"
        "Chi cục Thuế",  # "Chi cục" is a kind: not "Chi cục Thống kê"
        "Tòa án nhân dân",  # "nhân dân" is a kind: not "Ủy ban nhân dân thành phố"
        "Ban Quản lý dự án",  # "Ban", "Quản lý": not "Phòng Quản lý đô thị"
        "Trung tâm Dịch vụ nông nghiệp",  # not "Các doanh nghiệp…" for "nghiệp"
        "Hội Liên hiệp Phụ nữ",
        "Văn phòng Đăng ký đất đai",  # "Văn phòng": not "Văn phòng HĐND và UBND"
        "Trung tâm",
        # one syllable in common, the others nothing like its others (clerk11 B): "công" of
        # "công nghệ" is not "Công an thành phố"'s
        "Phòng Khoa học và Công nghệ",
        "Sở Khoa học và Công nghệ",
        "Đài Truyền thanh",  # "truyền" of "Truyền thông" alone
    ],
)
def test_names_sharing_only_office_words_get_no_suggestion(index: UnitIndex, name: str) -> None:
    assert index.suggest(name) == []


@pytest.mark.parametrize(
    ("name", "suggested"),
    [
        # the field shared, the kind of office aside
        ("Trung tâm Y tế", ["Phòng Y tế"]),
        ("Trung tâm Văn hóa", ["Phòng Văn hóa và Thông tin"]),
        ("Chi cục Thống kê", ["Chi cục Thống kê khu vực Yên Mô - Tam Điệp"]),
        ("Phòng Kinh tế và Hạ tầng", ["Phòng Kinh tế"]),  # 2 of 4 words, all of its
        ("Phòng Lao động", ["Phòng Lao động - Thương binh và Xã hội"]),
        # typos and a place's name, as before
        ("Phòng Giáo dụk", ["Phòng Giáo dục và Đào tạo"]),
        ("Phòng Tài chánh", ["Phòng Tài chính - Kế hoạch"]),
        ("Yte", ["Phòng Y tế"]),
        ("phường Trung Son", ["UBND phường Trung Sơn"]),
    ],
)
def test_names_sharing_their_field_get_it(
    index: UnitIndex, name: str, suggested: list[str]
) -> None:
    assert index.suggest(name) == suggested


def test_the_suggestion_reaches_the_user_or_the_list_does() -> None:
    """`--unit`: the office of another kind gets the list of units, not another unit (vi);
    the one of the same field gets it (en)."""
    office = runner.invoke(app, ["report", "--unit", "Trung tâm Văn hóa, Thể thao và Du lịch"])
    assert office.exit_code == 2
    assert office.stderr.splitlines() == [
        "cds: lỗi: không có đơn vị 'Trung tâm Văn hóa, Thể thao và Du lịch'",
        "  gợi ý: có phải ý bạn là: Phòng Văn hóa và Thông tin?",
    ]
    other = runner.invoke(app, ["report", "--unit", "Chi cục Thuế"])
    assert other.stderr.splitlines() == [
        "cds: lỗi: không có đơn vị 'Chi cục Thuế'",
        "  gợi ý: chạy 'cds units' để xem danh mục đơn vị",
    ]
    english = runner.invoke(app, ["--lang", "en", "report", "--unit", "Trung tâm Y tế"])
    assert english.stderr.splitlines() == [
        "cds: error: unknown unit 'Trung tâm Y tế'",
        "  hint: Did you mean: Phòng Y tế?",
    ]
