"""`cds carry-over --format json`: what carry-over proposes (or wrote), for a program.

Keys and `status` values are the machine contract (English, stable): `proposed` (without
`--yes`: nothing asked, nothing written), `written`, `nothing` (no unfinished target left and
nothing to repair: nothing written), or `all_skipped` (nothing to carry or repair but targets
`--skip` left in the old plan, listed in `left`: nothing written; a23-11). Texts (contents,
deadlines) are the registry's own; units are ids, days yyyy-mm-dd. Each target proposed (with
the parts its units already finished, copied as done, each `late` or not as the new plan will
show it, `late_against` the plan whose deadline it missed; an ongoing target's last reports,
each its period's, not copied; `heir_parts`: a copy standing for an heir's parts as one, begun,
with what each part stood at) is in `targets`; `repairs` are targets carried before whose mark
or finished parts are still to write; `left` the unfinished targets left in the old plan (one
the new plan already lists, `same_as`; one `--skip` named, `skipped`); `withdrawn` the targets
carried before that the old plan finished by their carry day, their copies annulled in the new
plan, and `lifted` those annulled so before that are unfinished again (a correction), followed
again in the new plan.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal

from cds_tracker.app.discovery import display_path
from cds_tracker.output.sanitize import json_text

if TYPE_CHECKING:
    from cds_tracker.app.carrying import CarryOver

Status = Literal["proposed", "written", "nothing", "all_skipped"]


def carry_json(carry: CarryOver, status: Status) -> str:
    new_ids = {str(p.target["id"]) for p in carry.proposals}
    # each part's report copied: `parts_done` the finished ones (as before), `parts_kept` the
    # last report of an unfinished part (status "in_progress"/"not_started")
    # a finished one with `late` (and `late_against`, the plan whose deadline it missed), as
    # the new plan will show it (app/carry_marks.py `Link.late`, a23-01)
    said = {
        link.new_id: [_part(e.unit, e.date, e.status, link.late_against(e)) for e in link.parts]
        for link in carry.links
    }
    parts = {key: [p for p in found if p["status"] == "done"] for key, found in said.items()}
    kept = {key: [p for p in found if p["status"] != "done"] for key, found in said.items()}
    # an ongoing target's last reports, left in the old plan: each was its period's
    periodic = {
        link.new_id: [{"unit": e.unit, "date": e.date, "status": e.status} for e in link.periodic]
        for link in carry.links
    }
    # a copy standing for an heir's parts as one (app/carry_marks.py `_begun`): what each stood at
    heirs = {
        link.new_id: [
            {
                "unit": e.unit,
                "date": e.date,
                "status": e.status,
                "parts": [{"unit": u, "status": c, "date": d} for u, c, d in t.parts],
            }
            for t in link.taken
            for e in link.parts
            if e.id == t.entry_id
        ]
        for link in carry.links
    }
    data: dict[str, Any] = {
        "from": carry.from_name,
        "to": carry.to_name,
        "registry": display_path(carry.destination),
        "status": status,
        "carried_before": sum(1 for link in carry.links if link.new_id not in new_ids),
        "targets": [
            {
                "origin": p.origin,
                "id": str(p.target["id"]),
                "status": p.status,
                "group": p.group_id,
                "new_group": p.new_group,
                "deadline": p.target["deadline"]["text"],
                "old_deadline": p.old_deadline,
                "content": str(p.target["content"]),
                "unknown_units": list(p.unknown_units),
                "moved": [{"unit": old, "successor": new} for old, new in p.moved],
                "parts_done": [
                    {k: v for k, v in d.items() if k != "status"}
                    for d in parts.get(str(p.target["id"]), [])
                ],
                "parts_kept": kept.get(str(p.target["id"]), []),
                "periodic_not_copied": periodic.get(str(p.target["id"]), []),
                "heir_parts": heirs.get(str(p.target["id"]), []),
                # the new plan's own dated targets of the same words and lead: one work twice?
                "restated_by": list(p.retold),
            }
            for p in carry.proposals
        ],
        "repairs": [
            {
                "origin": f"{carry.from_name}/{link.origin_id}",
                "id": link.new_id,
                "mark": link.mark,
                "parts": said.get(link.new_id, []),  # with each report's status
            }
            for link in carry.links
            if link.new_id not in new_ids and (link.mark or link.parts)
        ],
        # unfinished, left in the old plan (questions/carry_left.py): `same_as` the new plan's
        # targets that are the same (content and lead), empty when `--skip` left it out
        "left": [
            {
                "origin": item.origin,
                "status": item.status,
                "content": item.content,
                "same_as": list(item.same_as),
                "skipped": not item.same_as,
            }
            for item in carry.left
        ],
        # carried before, found finished in the old plan by the carry day: the copy annulled
        # in the new plan (app/carry_withdrawn.py); days yyyy-mm-dd
        "withdrawn": [
            {
                "origin": f"{carry.from_name}/{item.origin_id}",
                "id": item.new_id,
                "finished": item.finished.isoformat(),
                "carried_on": item.carried_on.isoformat(),
                "cancelled": item.since.isoformat(),
            }
            for item in carry.withdrawn
            if item.finished is not None and item.lifted is None
        ],
        # annulled so by an earlier run, unfinished again by the carry day (a correction):
        # followed again in the new plan, the annulment lifted
        "lifted": [
            {"origin": f"{carry.from_name}/{item.origin_id}", "id": item.new_id}
            for item in carry.withdrawn
            if item.lifted is not None
        ],
    }
    return json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _part(unit: str, date: str, status: str, late: str | None) -> dict[str, Any]:
    """A part's report copied, as JSON: a finished one says whether the new plan will show it
    late and against which plan (`late`, `late_against`: "2024", else null)."""
    found: dict[str, Any] = {"unit": unit, "date": date, "status": status}
    if status == "done":
        found |= {"late": late is not None, "late_against": late}
    return found
