"""A new year's plan imported with `--registry` naming a revised plan takes only its unit
catalogue (and a person's annotations of an unchanged target: indicators, reporting), never that
plan's history (issue 16): 2024 revised by 12/KH-BCĐ (I.2 annulled, I.3 printed "I.2", I.9
printed "I.3", targets carried in from 2023) must not make 2025's I.2 annulled or its I.3
printed "I.2", nor carry 2024's marks of revisions or carry-over."""

from __future__ import annotations

from pathlib import Path

from appendix_files import write_docx
from cds_tracker.registry.yamlio import parse
from test_carried_numbers import HEADING_2025, REGISTRY_2025
from test_revise import PLAN, ok
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

MARKS = ("cancelled", "cancelled_reason", "printed", "added", "carried_to", "carried_on")


def test_a_new_plan_takes_no_mark_of_the_revised_plan_named_by_registry(revised: Path) -> None:
    base = parse((revised / "plans/2024/phu_luc_01.yaml").read_text(encoding="utf-8"))
    marked = {
        t["id"]: sorted(k for k in MARKS if k in t) for g in base["groups"] for t in g["targets"]
    }
    # The fixture's 2024 plan as the issue found it: an annulled target and printed numbers.
    assert marked["I.2"] == ["cancelled", "cancelled_reason"]
    assert (marked["I.3"], marked["I.9"]) == (["printed"], ["added", "printed"])
    assert base["document"]["revisions"]

    source = write_docx(revised / "ke-hoach-2025.docx", PLAN, HEADING_2025)
    ok("import", str(source), "--out", REGISTRY_2025, "--registry", "plans/2024")
    data = parse((revised / REGISTRY_2025).read_text(encoding="utf-8"))
    targets = [t for g in data["groups"] for t in g["targets"]]
    assert [t["id"] for t in targets if t["id"].startswith("I.")] == ["I.1", "I.2", "I.3"]
    assert [(t["id"], k) for t in targets for k in MARKS if k in t] == []
    assert "revisions" not in data["document"]
    assert "carried_from" not in (revised / REGISTRY_2025).read_text(encoding="utf-8")
    assert "needs_review" not in data and "needs_review" not in data["document"]
    assert ok("--plan", "2025", "validate").splitlines() == ["Hợp lệ: 1 tệp."]
    rows = ok("--plan", "2025", "list", "--as-of", "01/03/2025")
    assert "annulled" not in rows and "Đã hủy" not in rows


def test_only_a_round_trip_keeps_the_origin_and_never_the_history() -> None:
    """The bundled 2023 registry with I.1 marked as if carried in, cancelled and printed: a
    table of the same text keeps its indicators and none of the marks, nor, for a plan of any
    year, its `carried_from`: a row among the plan's own rows is the plan's (fix12e: a revision
    re-listing a carried target at its id numbers it there); a row of the table's carried part
    states its origin itself (test_revision_lists_carried.py)."""
    from cds_tracker.app.discovery import bundled_registry
    from cds_tracker.registry.importing import _keep_annotations
    from cds_tracker.registry.loading import load_registry

    base = load_registry(bundled_registry()).registry
    assert base is not None and base.document.year == 2023
    group = base.groups[0]
    first = group.targets[0]._replace(
        carried_from="2022/I.4", cancelled="2023-05-01", cancelled_reason="bỏ", printed="I.9"
    )
    base = base._replace(groups=(group._replace(targets=(first, *group.targets[1:])),))
    groups = [{"targets": [{"id": first.id, "content": first.content}]}]
    _keep_annotations(groups, base)
    kept = groups[0]["targets"][0]
    assert {k: kept[k] for k in ("carried_from", *MARKS) if k in kept} == {}
    assert len(kept["indicators"]) == len(first.indicators) > 0
