"""A revision of the old plan (2023) applied after carry-over cancels a target already carried
into 2024 (issue 16, attack 9 C): the write says so and what to do, and `cds validate` flags the
contradiction at the origin's `cancelled` line while the 2024 copy is in force.

The workspace is test_revise's: plans/2023 as `cds init` makes it (31 targets), carried into
plans/2024 on 31/12/2023; 2023/III.4 became 2024/III.4 (the 2024 plan has no group III of its
own). The 2023 revision Kế hoạch số 120/KH-BCĐ ngày 25/10/2023 lists every 2023 target but
III.4 (the later ones renumbered).
"""

from __future__ import annotations

from pathlib import Path

from appendix_files import registry_rows, write_docx
from cds_tracker.registry.loading import load_registry
from test_revise import cds, workspace

__all__ = ["workspace"]  # the fixture, used by name

OLD = "plans/2023/phu_luc_01.yaml"
HEADING = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2023",
    "(Kèm theo Kế hoạch số 120/KH-BCĐ ngày 25/10/2023 của Ban Chỉ đạo chuyển đổi số thành phố)",
]


def _without_iii4(root: Path) -> list[tuple[str, ...]]:
    registry = load_registry(root / OLD).registry
    assert registry is not None
    rows, group, number = [], "", 0
    for row in registry_rows(registry):
        if row[0] == "group":
            group, number = row[1], 0
        elif len(row) == 7:
            if group.startswith("III.") and row[0] == "4.":
                continue
            number += 1
            row = (f"{number}.", *row[1:])
        rows.append(row)
    return rows


def test_cancelling_a_carried_origin_is_said_and_flagged(workspace: Path) -> None:
    text = (workspace / OLD).read_text(encoding="utf-8")
    copy = text.split("id: III.4\n", 1)[1].split("carried_to: ", 1)[1].split("\n", 1)[0]
    assert copy == "2024/III.4"
    write_docx(workspace / "rev2023.docx", _without_iii4(workspace), HEADING)
    result = cds("--plan", "2023", "import", "rev2023.docx", "--revise", "--yes")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert (
        "Lưu ý: III.4 đã được chuyển sang 2024/III.4 ngày 31/12/2023; bản điều chỉnh bãi bỏ nó "
        "từ 25/10/2023, nhưng chỉ tiêu 2024/III.4 ở kế hoạch sau vẫn được theo dõi, đôn đốc "
        "(cds validate báo mâu thuẫn này). Muốn bỏ cả 2024/III.4: áp dụng văn bản điều chỉnh "
        "của kế hoạch đó (cds --plan 2024 import TỆP --revise) để 2024/III.4 cũng được ghi "
        "bãi bỏ."
    ) in said
    checked = cds("validate", "--lang", "en")
    assert checked.exit_code == 1
    lines = (workspace / OLD).read_text(encoding="utf-8").splitlines()
    line = next(i for i, s in enumerate(lines, 1) if s.strip() == "cancelled: 25/10/2023")
    assert (
        f"{OLD}:{line}:20: target III.4 is annulled from 25/10/2023, before it was carried over "
        "to 2024/III.4 (31/12/2023), but 2024/III.4 is still followed in that plan"
    ) in checked.output.replace("\n", " ")
    # The copy annulled too (by hand here): the contradiction is gone.
    new = workspace / "plans/2024/phu_luc_01.yaml"
    body = new.read_text(encoding="utf-8")
    head, _, rest = body.partition("carried_from: 2023/III.4\n")
    new.write_text(
        head + "carried_from: 2023/III.4\n        cancelled: 15/01/2024\n" + rest, encoding="utf-8"
    )
    again = cds("validate")
    assert "III.4" not in again.output
