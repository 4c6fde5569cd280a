"""Each revision's numbers, kept past the next revision (issue 16; registry/numbering.py).

The two-plan workspace of test_revise.py (group I: the plan's I.1–I.3, the carried I.4–I.8).
Kế hoạch số 12/KH-BCĐ ngày 15/03/2024 adds a row printed "1.", so its table prints I.1, I.2,
I.3 as "2.", "3.", "4." and the new row gets the free id I.9; Kế hoạch số 30/KH-BCĐ ngày
15/06/2024 drops I.1: "1." I.9, "2." I.2, "3." I.3. On a day between the two, the plan in force
is Kế hoạch 12 and its numbers hold (the target's own `printed` holds Kế hoạch 30's only).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from appendix_files import write_docx
from test_revise import (
    HEADING,
    I1,
    I1_CELLS,
    I2,
    I3_CELLS,
    I3_TEXT,
    II1_CELLS,
    II1_TEXT,
    NEW_TEXT,
    REGISTRY,
    cds,
    ok,
)
from test_revise import workspace as workspace  # the fixture

NEW = ("1.", NEW_TEXT, "", "Văn phòng HĐND và UBND thành phố", "", "Tháng 12/2024", "")
II1 = ("1.", II1_TEXT, *II1_CELLS, *I1_CELLS[1:], "Tháng 10/2024", "")
II = [("group", "II. Chính quyền số"), II1]
FIRST = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    NEW,
    ("2.", *I1, *I1_CELLS, "Tháng 9/2024", ""),
    ("3.", *I2[1:]),
    ("4.", I3_TEXT, *I3_CELLS),
]
SECOND = [("header",), ("group", "I. Dữ liệu số"), NEW, ("2.", *I2[1:]), ("3.", I3_TEXT, *I3_CELLS)]


def _heading(number: str, day: str) -> list[str]:
    plan = f"Kế hoạch số {number}/KH-BCĐ ngày {day} của Ban Chỉ đạo chuyển đổi số thành phố"
    return [*HEADING[:2], f"(Kèm theo {plan})"]


def _revised(root: Path) -> None:
    write_docx(root / "kh12.docx", FIRST + II, _heading("12", "15/03/2024"))
    ok("--plan", "2024", "import", "kh12.docx", "--revise", "--on", "15/03/2024", "--yes")
    write_docx(root / "kh30.docx", SECOND + II, _heading("30", "15/06/2024"))
    ok("--plan", "2024", "import", "kh30.docx", "--revise", "--on", "15/06/2024", "--yes")


def _numbers(root: Path, day: dt.date) -> dict[str, str]:
    from cds_tracker.registry.loading import load_registry
    from cds_tracker.registry.numbering import numbers_on

    registry = load_registry(root / REGISTRY).registry
    assert registry is not None
    return {k: v for k, v in numbers_on(registry, day).items() if k.startswith("I.")}


def test_a_day_between_two_revisions_has_the_numbers_of_the_one_in_force(
    workspace: Path,
) -> None:
    _revised(workspace)
    text = (workspace / REGISTRY).read_text(encoding="utf-8")
    assert "      printed:\n        - id: I.1\n          number: I.2\n" in text  # Kế hoạch 12's
    between = {"I.9": "I.1", "I.1": "I.2", "I.2": "I.3", "I.3": "I.4"}
    assert _numbers(workspace, dt.date(2024, 5, 1)) == between
    assert _numbers(workspace, dt.date(2024, 7, 1)) == {"I.9": "I.1", "I.2": "I.2", "I.3": "I.3"}
    assert _numbers(workspace, dt.date(2024, 3, 1)) == {"I.1": "I.1", "I.2": "I.2", "I.3": "I.3"}
    shown = ok("--plan", "2024", "show", "I.9", "--as-of", "01/05/2024")
    assert "Số thứ tự trong Kế hoạch 12/KH-BCĐ" in shown
    assert [line.split()[-1] for line in shown.splitlines() if "Số thứ tự" in line] == ["I.1"]


def test_a_registry_without_the_numbers_reads_as_before(workspace: Path) -> None:
    """Revisions recorded by an older version (no `printed` under them) still load and are
    numbered from the latest order: I.1 (not cancelled yet, no number now) at 1, I.9 (printed
    I.1 now) after it, then I.2 and I.3 at their ids."""
    _revised(workspace)
    path = workspace / REGISTRY
    text = path.read_text(encoding="utf-8")
    # the lists under the two revisions: "      printed:" and its items, 8 spaces in or more
    old, count = re.subn(r"(?m)^      printed:( \[\])?\n(?:^        .*\n)*", "", text)
    assert count == 2
    path.write_text(old, encoding="utf-8")
    ok("--plan", "2024", "validate")
    between = {"I.1": "I.1", "I.9": "I.2", "I.2": "I.3", "I.3": "I.4"}
    assert _numbers(workspace, dt.date(2024, 5, 1)) == between


def test_the_latest_revision_applied_again_records_its_numbers_and_validate_checks_them(
    workspace: Path,
) -> None:
    """A registry revised by an older version gets the latest revision's list by applying it
    again (the earlier one's numbers are lost: it is numbered as before); a number that is not
    one is refused by `validate`."""
    _revised(workspace)
    path = workspace / REGISTRY
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^      printed:( \[\])?\n(?:^        .*\n)*", "", text), "utf-8")
    ok("--plan", "2024", "import", "kh30.docx", "--revise", "--on", "15/06/2024", "--yes")
    text = path.read_text(encoding="utf-8")
    assert len(re.findall(r"(?m)^      printed:", text)) == 1
    assert "date: 15/06/2024\n      printed:\n        - id: I.9\n          number: I.1\n" in text
    path.write_text(text.replace("          number: I.1\n", "          number: '1.'\n"), "utf-8")
    result = cds("--plan", "2024", "validate")
    assert result.exit_code == 1, result.output
    first = result.output.splitlines()[0]
    assert re.fullmatch(r"plans/2024/phu_luc_01\.yaml:\d+:19: 'number': .*", first), first
