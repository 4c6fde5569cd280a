"""`cds diff` with a Word table on one side or both: like is compared with like (the
workspace's unit changes file is no difference), and the header counts the lines below it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from ward_merger import merger_units

runner = CliRunner()
HEADING = HEADING_2024
ROWS: list[tuple[str, ...]] = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", "Số hóa hồ sơ thủ tục hành chính.", "", "UBND phường Bắc Sơn", "", "Tháng 9/2024", ""),
    ("2.", "Mở lớp tập huấn kỹ năng số.", "", "Phòng Nội vụ", "", "Tháng 10/2024", ""),
    ("3.", "Công khai dữ liệu mở.", "", "Phòng Văn hóa và Thông tin", "", "Tháng 11/2024", ""),
]
MERGER = "units:\n" + merger_units(2025)  # the ward merger the tests share


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/2023 as `cds init` makes it; plans/2024 imported from ke-hoach-2024.docx; a ward
    merger in the workspace's unit changes file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "ke-hoach-2024.docx", ROWS, HEADING)
    out = "plans/2024/phu_luc_01.yaml"
    imported = cds("import", "ke-hoach-2024.docx", "--out", out, "--registry", "plans/2023")
    assert imported.exit_code == 0, imported.output
    (tmp_path / "plans/don_vi_thay_doi.yaml").write_text(MERGER, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (
            ("ke-hoach-2024.docx", "plans/2024"),
            [
                "ke-hoach-2024.docx → plans/2024/phu_luc_01.yaml: thêm 0, bỏ 0, sửa 0 chỉ tiêu.",
                "Không có khác biệt.",
            ],
        ),
        (
            ("plans/2024", "ke-hoach-2024.docx", "--lang", "en"),
            [
                "plans/2024/phu_luc_01.yaml → ke-hoach-2024.docx: 0 added, 0 removed, 0 changed "
                "targets.",
                "No differences.",
            ],
        ),
    ],
)
def test_the_unit_changes_file_is_no_difference_against_a_table(
    workspace: Path, args: tuple[str, ...], lines: list[str]
) -> None:
    """The table is read against plans/2024's catalogue with the merger merged in; the plan's
    file keeps its catalogue as written: the merger is on neither side of the comparison."""
    result = cds("diff", *args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == lines


def test_a_table_still_shows_its_own_changes_against_a_plan(workspace: Path) -> None:
    changed = [*ROWS[:4], (*ROWS[4][:5], "Tháng 12/2024", "")]
    write_docx(workspace / "dieu-chinh.docx", changed, HEADING)
    result = cds("diff", "plans/2024", "dieu-chinh.docx")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "plans/2024/phu_luc_01.yaml → dieu-chinh.docx: thêm 0, bỏ 0, sửa 1 chỉ tiêu.",
        "~ I.3",
        "    Thời gian hoàn thành: Tháng [-11-]{+12+}/2024",
        "    Hạn (ngày/tháng): [-11-]{+12+}/2024",
    ]


def test_word_to_word_header_counts_a_renumbered_target_as_renumbered(workspace: Path) -> None:
    """I.2 dropped, I.3 now I.2 with the same text: one removed, one renumbered, none changed."""
    write_docx(workspace / "dieu-chinh.docx", [*ROWS[:3], ("2.", *ROWS[4][1:])], HEADING)
    vi = cds("diff", "ke-hoach-2024.docx", "dieu-chinh.docx")
    assert vi.exit_code == 0, vi.output
    assert vi.output.splitlines() == [
        "ke-hoach-2024.docx → dieu-chinh.docx: thêm 0, bỏ 1, sửa 0 chỉ tiêu; đánh số lại 1.",
        "- I.2  Mở lớp tập huấn kỹ năng số.",
        # as `import --revise` would keep it: its id, the new number; a renumbering line
        "= I.3 (bảng in là I.2)  chỉ đánh số lại",
    ]
    en = cds("diff", "ke-hoach-2024.docx", "dieu-chinh.docx", "--lang", "en")
    assert en.output.splitlines()[0] == (
        "ke-hoach-2024.docx → dieu-chinh.docx: 0 added, 1 removed, 0 changed targets; 1 renumbered."
    )


def test_an_annulment_day_however_written_is_no_change() -> None:
    """A Word table's day reads as a date (2024-06-10), a registry file may write 10/06/2024:
    the same day, so not '~ I.2 / Bãi bỏ từ ngày: 10/06/2024' with nothing marked."""
    import datetime as dt

    from cds_tracker.registry.diff import changes, flat

    written = flat("I", {"id": "I.2", "content": "Nội dung.", "cancelled": "10/06/2024"})
    read = flat("I", {"id": "I.2", "content": "Nội dung.", "cancelled": dt.date(2024, 6, 10)})
    later = flat("I", {"id": "I.2", "content": "Nội dung.", "cancelled": "11/06/2024"})
    assert changes(read, written) == ()
    assert [(c.field, c.old, c.new) for c in changes(read, later)] == [
        ("cancelled", "2024-06-10", "2024-06-11")
    ]
