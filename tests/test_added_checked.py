"""`added` (written by `cds import --revise` into a target the revision added) is checked by
`validate`: not on a carried target, not on or after the target's own annulment, within the days
a revision of the plan takes effect (the plan's year or the next, as `--on`), and no progress
entry is dated before it (nor recorded so by `progress add`, --force or not).

The workspace of test_revise.py after `import sua-doi.docx --revise --on 20/03/2024`: I.9 is the
target the revision added (`added: 20/03/2024`), I.2 the one it annulled (`cancelled:
20/03/2024`), I.4 is carried from 2023/I.1; I.9 is led by Văn phòng HĐND và UBND thành phố.
"""

from __future__ import annotations

from pathlib import Path

from test_revise import REGISTRY, cds
from test_revise import workspace as workspace  # the fixture
from test_revision_added import revised as revised  # the fixture

OFFICE = "Văn phòng HĐND và UBND thành phố"
ADDED = "        added: 20/03/2024\n"


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the one `old` by `new`; the line (from 1) where `new` begins."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    at = text.index(old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[:at].count("\n") + 1


def _without_revisions(path: Path) -> None:
    """The registry as a plan that lists no revision (a table whose heading named no plan):
    `added` and `cancelled` are then held to the plan's years only."""
    text = path.read_text(encoding="utf-8")
    start, end = text.index("  revisions:\n"), text.index("catalog:\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")


def test_validate_refuses_added_on_a_carried_or_annulled_target_or_out_of_the_years(
    revised: Path,
) -> None:
    path = revised / REGISTRY
    cancelled = "        cancelled: 20/03/2024\n"
    line_i2 = _edit(path, cancelled, cancelled + ADDED) + 1
    carried = "        carried_from: 2023/I.1\n"
    line_i4 = _edit(path, carried, carried + ADDED) + 1
    line_i9 = _edit(
        path, ADDED + "        printed: I.3\n", "        added: 20/03/2023\n        printed: I.3\n"
    )
    assert line_i2 < line_i4 < line_i9
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        f"plans/2024/phu_luc_01.yaml:{line_i2}:16: chỉ tiêu I.2 được thêm ngày 20/03/2024, "
        "không trước ngày bị bãi bỏ 20/03/2024: chỉ tiêu chưa bao giờ có hiệu lực",
        f"  {line_i2} |         added: 20/03/2024",
        "      |                ^",
        "  gợi ý: ghi 'added' là ngày bản điều chỉnh thêm chỉ tiêu có hiệu lực, trước "
        "20/03/2024; hoặc sửa 'cancelled' như văn bản bãi bỏ ghi",
        f"plans/2024/phu_luc_01.yaml:{line_i4}:16: chỉ tiêu I.4 chuyển từ 2023/I.1 "
        "(nguồn chuyển tiếp, `carried_from`) không phải chỉ tiêu do bản điều chỉnh thêm: không "
        "ghi `added`",
        f"  {line_i4} |         added: 20/03/2024",
        "      |                ^",
        "  gợi ý: xóa dòng `added:`: chỉ tiêu chuyển sang được theo dõi từ sau ngày chuyển "
        "(`carried_on` của kế hoạch cũ)",
        f"plans/2024/phu_luc_01.yaml:{line_i9}:16: chỉ tiêu I.9 được thêm ngày 20/03/2023: bản "
        "điều chỉnh kế hoạch năm 2024 có hiệu lực từ 01/01/2024 đến 31/12/2025",
        f"  {line_i9} |         added: 20/03/2023",
        "      |                ^",
        "  gợi ý: ghi `added` là ngày bản điều chỉnh thêm chỉ tiêu có hiệu lực, như cds import … "
        "--revise --on ghi, ví dụ `added: 20/03/2024`",
        "3 lỗi trong 1 tệp (đã kiểm tra 4 tệp).",
    ]


def test_the_years_of_added_are_those_of_on_in_english(revised: Path) -> None:
    """The last day `--on` accepts (31/12 of the next year) is accepted; the day after is not."""
    on = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "01/01/2026")
    assert on.exit_code == 2, on.output  # the writer refuses the same day
    assert on.output.splitlines()[0] == (
        "cds: lỗi: --on 01/01/2026: bản điều chỉnh kế hoạch năm 2024 có hiệu lực trong năm 2024 "
        "hoặc 2025"
    )
    path = revised / REGISTRY
    _without_revisions(path)  # else the day must also be a listed revision's date
    line = _edit(path, ADDED, "        added: 31/12/2025\n")
    assert cds("validate", "plans/2024").exit_code == 0
    _edit(path, "        added: 31/12/2025\n", "        added: 01/01/2026\n")
    result = cds("validate", "plans/2024", "--lang", "en")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        f"plans/2024/phu_luc_01.yaml:{line}:16: target I.9 is added on 01/01/2026: a revision "
        "of the 2024 plan takes effect from 01/01/2024 to 31/12/2025",
        f"  {line} |         added: 01/01/2026",
        "      |                ^",
        "  hint: write as 'added' the day the revision adding the target took effect, as cds "
        "import … --revise --on writes it, e.g. added: 20/03/2024",
        "1 problem in 1 file (4 files checked).",
    ]


def test_an_entry_dated_before_added_is_refused_by_validate_and_by_progress_add(
    revised: Path,
) -> None:
    """Before: `progress add I.9 … --date 10/03/2024` was recorded, and `validate` said valid."""
    add = ("--plan", "2024", "progress", "add", "I.9", "--unit", OFFICE, "--status")
    result = cds(*add, "đang thực hiện", "--date", "19/03/2024", "--force")
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        "cds: lỗi: báo cáo ngày 19/03/2024 cho chỉ tiêu I.9, mà bản điều chỉnh chỉ thêm chỉ "
        "tiêu này từ 20/03/2024",
        "  gợi ý: chỉ tiêu có trong kế hoạch từ 20/03/2024: ghi ngày từ 20/03/2024 trở đi (--date)",
    ]
    assert not (revised / "plans/2024/progress/van-phong.yaml").exists()  # nothing written
    assert cds(*add, "đang thực hiện", "--date", "20/03/2024").exit_code == 0  # its first day
    progress = revised / "plans/2024/progress/van-phong.yaml"
    text = progress.read_text(encoding="utf-8")
    line = text.count("\n")  # the entry just added is the last line
    progress.write_text(text.replace('"date": "2024-03-20"', '"date": "2024-03-19"'), "utf-8")
    column = text.splitlines()[-1].index('"2024-03-20"') + 1
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0] == (
        f"plans/2024/progress/van-phong.yaml:{line}:{column}: báo cáo ngày 19/03/2024 cho chỉ "
        "tiêu I.9, mà bản điều chỉnh chỉ thêm chỉ tiêu này từ 20/03/2024"
    )
    assert lines[3:] == [
        "  gợi ý: kiểm tra ngày báo cáo, hoặc 'added' của chỉ tiêu I.9 trong sổ đăng ký (ngày "
        "bản điều chỉnh thêm nó có hiệu lực)",
        "1 lỗi trong 1 tệp (đã kiểm tra 5 tệp).",
    ]
    english = cds("validate", "plans/2024", "--lang", "en").output.splitlines()
    assert english[0].endswith(
        ": entry dated 19/03/2024 on target I.9, which a revision added only from 20/03/2024"
    )
    assert english[3] == (
        "  hint: check the entry's date, or the 'added' day of target I.9 in the registry (the "
        "day the revision adding it took effect)"
    )
