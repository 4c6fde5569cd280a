"""Carried targets have no number in the plan they were carried into (issue 16).

The revised 2024 workspace of test_revised_plan.py (plan 5/KH-BCĐ revised by 12/KH-BCĐ: I.1,
I.3 printed "I.2", I.9 printed "I.3", II.1; I.2 annulled; I.4–I.8 = 2023/I.1–I.5, II.2–II.10 =
2023/II.1–II.9, III.1–V.4 = 2023/III.1–V.4), carried on into a 2025 plan of four targets.
"""

from __future__ import annotations

import json
from pathlib import Path

from appendix_files import write_docx
from test_revise import PLAN, ok
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

HEADING_2025 = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2025",
    "(Kèm theo Kế hoạch số 3/KH-BCĐ ngày 08/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
REGISTRY_2025 = "plans/2025/phu_luc_01.yaml"


def carried_2025(workspace: Path) -> str:
    source = write_docx(workspace / "ke-hoach-2025.docx", PLAN, HEADING_2025)
    ok("import", str(source), "--out", REGISTRY_2025, "--registry", "plans/2023")
    return ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")
