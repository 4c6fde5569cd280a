"""The appendix's header without a Roman group row under it (attack20 F8): a flat list or groups
lettered "A." was "không tìm thấy bảng chỉ tiêu" with a hint naming the titles the table already
had; now said at the first row under the header, as what it is, with the way out."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx, write_xlsx
from cds_tracker.cli import app

from paths import REGISTRY

runner = CliRunner()

TARGET = ("1.", "Số hóa hồ sơ lưu trữ.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # paths said as given: relative


def _cds(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr.splitlines()


FLAT = [
    ("header",),
    TARGET,
    ("2", "Cập nhật dữ liệu y tế.", "", "Phòng Y tế", "", "Tháng 9/2024", ""),
]
LETTERED = [("header",), ("group", "A. Dữ liệu số"), TARGET]
UNGROUPED_VI = (
    "bảng có đủ tiêu đề cột của phụ lục nhưng không có dòng nhóm nào (I., II., …) trên các chỉ "
    "tiêu; chưa ghi gì"
)
UNGROUPED_HINT_VI = (
    "  gợi ý: mỗi chỉ tiêu thuộc một nhóm (mã chỉ tiêu là I.1, I.2 …): thêm dòng nhóm như "
    "'I. Dữ liệu số' ngay trên chỉ tiêu đầu tiên, như văn bản kế hoạch, lưu rồi nhập lại"
)
LETTERED_VI = (
    "dòng nhóm 'A. Dữ liệu số' đánh số bằng chữ cái; cds chỉ đọc nhóm đánh số La Mã (I., II., "
    "…), nên bảng có đủ tiêu đề cột của phụ lục mà không có nhóm nào; chưa ghi gì"
)
LETTERED_HINT_VI = (
    "  gợi ý: đánh lại số các dòng nhóm bằng số La Mã: nhóm đầu 'I.', nhóm sau 'II.' … (mã chỉ "
    "tiêu là I.1, I.2 …), lưu rồi nhập lại"
)


@pytest.mark.parametrize(
    ("kind", "rows", "place", "said", "hint"),
    [
        # Word: the heading above the table, the header its rows 1-2: the first row under it is
        # row 3; Excel: the three heading rows, then the header: row 6.
        ("xlsx", FLAT, "Phụ lục!A6", UNGROUPED_VI, UNGROUPED_HINT_VI),
        ("docx", FLAT, "1:3:1", UNGROUPED_VI, UNGROUPED_HINT_VI),
        ("xlsx", LETTERED, "Phụ lục!A6", LETTERED_VI, LETTERED_HINT_VI),
        ("docx", LETTERED, "1:3:1", LETTERED_VI, LETTERED_HINT_VI),
    ],
)
def test_a_header_without_groups_is_said_at_its_first_row(
    kind: str, rows: list[tuple[str, ...]], place: str, said: str, hint: str
) -> None:
    write = write_xlsx if kind == "xlsx" else write_docx
    source = write(Path(f"kh.{kind}"), rows, HEADING_2024)
    out = Path("o.yaml")
    code, err = _cds("import", str(source), "--registry", str(REGISTRY), "--out", str(out))
    assert (code, err) == (1, [f"cds: lỗi: kh.{kind}:{place}: {said}", hint])
    assert not out.exists()


def test_a_header_without_groups_in_english() -> None:
    flat = write_xlsx(Path("flat.xlsx"), FLAT, HEADING_2024)
    lettered = write_xlsx(Path("lettered.xlsx"), LETTERED, HEADING_2024)
    # Three heading rows and the two-row header: the first row under it is row 6.
    assert _cds("import", str(flat), "--registry", str(REGISTRY), "--lang", "en") == (
        1,
        [
            "cds: error: flat.xlsx:Phụ lục!A6: the table has the appendix's column titles but no "
            "group row (I., II., …) above its targets; nothing was written",
            "  hint: each target belongs to a group (target ids are I.1, I.2 …): add a group row "
            "such as 'I. Dữ liệu số' just above the first target, as in the plan, save and "
            "import again",
        ],
    )
    assert _cds("import", str(lettered), "--registry", str(REGISTRY), "--lang", "en") == (
        1,
        [
            "cds: error: lettered.xlsx:Phụ lục!A6: the group row 'A. Dữ liệu số' is numbered "
            "with a letter; cds reads groups numbered in Roman numerals (I., II., …), so the "
            "table has the appendix's columns but no group; nothing was written",
            "  hint: renumber the group rows in Roman numerals: the first group 'I.', the next "
            "'II.' … (target ids are I.1, I.2 …), save and import again",
        ],
    )


def test_a_table_with_groups_keeps_its_target_before_them_as_a_cell_problem() -> None:
    """Only a table with no group at all is refused: a target above the first group is still
    said at its cell, the rest read."""
    rows = [("header",), TARGET, ("group", "I. Dữ liệu số"), TARGET]
    source = write_xlsx(Path("kh.xlsx"), rows, HEADING_2024)
    code, err = _cds("import", str(source), "--registry", str(REGISTRY))
    assert code == 1
    assert err[:2] == [
        "kh.xlsx:Phụ lục!A6: chỉ tiêu đứng trước mọi dòng nhóm (I., II., …); bỏ qua",
        "  gợi ý: thêm dòng nhóm, ví dụ 'I. Dữ liệu số', phía trên",
    ]
