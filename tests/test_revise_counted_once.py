"""A revision's counts and what it moved, said alike in every form (issue 16).

The workspace of test_revise.py after `import sua-doi.docx --revise --on 20/03/2024`, then
edited as an earlier run with a guessed `--on 31/12/2025` would have left it (test_revision_
printed_checked.py): I.2 annulled and I.9 added from 31/12/2025, no revision recorded. Applying
the revision dated 20/03/2024 moves both days to it. Its first line said "sửa 1" (I.2's
annulment day is a field that changed; `added` is no field a table states) and its last line
"sửa 0" (it counted only the cells the table changed): two countings. Now one, the diff's.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_added_checked import _edit, _without_revisions
from test_revise import REGISTRY, cds
from test_revise import workspace as workspace  # the fixture
from test_revision_added import revised as revised  # the fixture

REVISE = ("--plan", "2024", "import", "sua-doi.docx", "--revise")


def _guessed_later(path: Path) -> None:
    _without_revisions(path)  # the dateless heading recorded no revision
    _edit(path, "        cancelled: 20/03/2024\n", "        cancelled: 31/12/2025\n")
    _edit(path, "        added: 20/03/2024\n", "        added: 31/12/2025\n")


def test_the_first_and_the_last_line_count_alike(revised: Path) -> None:
    _guessed_later(revised / REGISTRY)
    out = cds(*REVISE, "--yes")
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    # one target changed (I.2: its annulment day), none added or annulled by this run
    assert lines[0] == f"{REGISTRY} → sua-doi.docx: thêm 0, bỏ 0, sửa 1 chỉ tiêu."
    assert lines[1:3] == ["~ I.2", "    Bãi bỏ từ ngày: [-31-]{+20+}/[-12-]{+03+}/[-2025-]{+2024+}"]
    assert lines[-1] == f"Đã ghi bản điều chỉnh vào {REGISTRY}: sửa 1, thêm 0, bãi bỏ 0 chỉ tiêu."


def test_the_last_line_in_english_counts_as_the_first(revised: Path) -> None:
    _guessed_later(revised / REGISTRY)
    out = cds(*REVISE, "--yes", "--lang", "en")
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].endswith(": 0 added, 0 removed, 1 changed targets."), lines[0]
    assert lines[-1] == f"Wrote the revision to {REGISTRY}: 1 changed, 0 added, 0 annulled targets."


def test_the_json_lists_the_days_it_moved(revised: Path) -> None:
    _guessed_later(revised / REGISTRY)
    proposed = cds(*REVISE, "--format", "json")
    assert proposed.exit_code == 0, proposed.output
    data = json.loads(proposed.output)
    assert data["status"] == "proposed"
    assert data["redated"] == [  # in the order the text form says them: I.9 paired, I.2 dropped
        {"id": "I.9", "field": "added", "before": "31/12/2025", "date": "20/03/2024"},
        {"id": "I.2", "field": "cancelled", "before": "31/12/2025", "date": "20/03/2024"},
    ]
    written = json.loads(cds(*REVISE, "--format", "json", "--yes", "--lang", "en").output)
    assert written["status"] == "written" and written["redated"] == data["redated"]
    again = json.loads(cds(*REVISE, "--format", "json", "--yes").output)
    assert (again["status"], again["redated"]) == ("unchanged", [])


def test_a_revision_that_moves_nothing_lists_none(workspace: Path) -> None:
    data = json.loads(cds(*REVISE, "--on", "20/03/2024", "--format", "json").output)
    assert data["redated"] == []


def test_a_plan_is_cited_by_number_and_date_in_one_place() -> None:
    """`import --revise` records the revising plan as `cds diff` names it: one wording."""
    from cds_tracker.registry.importing.heading import plan_cited, revising_name
    from cds_tracker.registry.revision import Revision, record_revision

    plan = {"reference": "12/KH-BCĐ", "number": "12", "symbol": "KH-BCĐ", "date": "20/03/2024"}
    done = Revision()
    record_revision({"document": {"plan": {"reference": "5/KH-BCĐ"}}}, plan, done)
    assert done.recorded == revising_name(plan) == plan_cited(plan)
    assert done.recorded == "Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
    assert revising_name({**plan, "symbol": ""}) == ""  # a diff names no plan without its symbol
