"""The lead that answers on the day asked, named alike on every screen (clerk review 10, 08).

The workspace is test_heir_answers': plan 2023, II.7 led by Phòng Kinh tế and Phòng Quản lý đô
thị (QLĐT), due Tháng 10/2023; QLĐT merged into Phòng Kinh tế from 01/07/2023. `show` names
each lead as it stands that day, "→ Phòng Kinh tế; Phòng Kinh tế (từ 01/07/2023)" (QLĐT's
heir with the day it took over; output/heirs_shown.py `on_day`): `due`, `late`, `late
--by-unit` and `list` say the same line under the lead cell, and nothing before the merger.
"""

from __future__ import annotations

from pathlib import Path

from test_heir_answers import ok, workspace

__all__ = ["workspace"]  # the fixture, used by name

ANSWERING = "→ Phòng Kinh tế; Phòng Kinh tế (từ 01/07/2023)"
ANSWERING_EN = "→ Phòng Kinh tế; Phòng Kinh tế (from 01/07/2023)"


def _lead_cell(text: str) -> str:
    """The lead cell of II.7's row (3rd column), its lines joined by spaces."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("| II.7 "))
    cell = []
    for line in lines[at:]:
        if line.startswith(("|--", "+--")):
            break
        cell.append(line.split("|")[3].strip())
    return " ".join(c for c in cell if c)


def test_due_late_list_name_the_heir_as_show_does(workspace: Path) -> None:
    lead = "Phòng Kinh tế; Phòng Quản lý đô thị"
    shown = ok("show", "II.7", "--as-of", "01/11/2023")
    assert ANSWERING in shown
    due = ok("due", "--month", "10/2023", "--as-of", "15/10/2023")
    assert _lead_cell(due) == f"{lead} {ANSWERING}"
    late = ok("late", "--as-of", "01/11/2023")
    assert _lead_cell(late) == f"{lead} {ANSWERING}"
    listed = ok("list", "--group", "II", "--as-of", "01/11/2023")
    assert _lead_cell(listed) == f"{lead} {ANSWERING}"
    by_unit = ok("late", "--by-unit", "--as-of", "01/11/2023")
    assert _lead_cell(by_unit).startswith(f"{lead} {ANSWERING} (")
    english = ok("late", "--as-of", "01/11/2023", "--lang", "en")
    assert _lead_cell(english) == f"{lead} {ANSWERING_EN}"


def test_before_the_merger_the_lead_alone(workspace: Path) -> None:
    due = ok("due", "--month", "10/2023", "--as-of", "15/06/2023")
    assert _lead_cell(due) == "Phòng Kinh tế; Phòng Quản lý đô thị"
