"""`cds diff --format json`: the diff for a program, codes and ids as the registry writes them.

A machine contract (docs/output-formats.md): each part of `registry/diff.Diff` under its own key;
`plans` says whether the two sides were two different plans, paired by carry-over only
(registry/diff_plans.py), and a target of the new plan's own annulled since carries its
`content` in `cancelled` (it is listed under no other key). `backwards`: the two plans compared
the other way round (the old side the later plan): the same pairs, their mirrors under
`finished_new` and `carried_old`. `no_record`: two plans no carry-over record ties yet (a 2024
plan or its Word table before `cds carry-over`): the earlier plan's targets the later does not
list are in `unrecorded`, not in `removed` (nor `added`, the other way round). `carried_out`:
the old plan's targets it records carried into the new plan (`carried_to`) that the new side, a
table without the carried part, does not list; `carried_out_new`, its mirror (`backwards`: `cds
diff KH-2024.docx 2023`), the new (earlier) plan's carried into the old side's plan.
Two plans with plans between (`cds diff 2023 2025`, carried 2023 → 2024 → 2025): a target
carried through them is paired with its origin, its `carried_in` (or `carried_old`) item
naming them under `via` (["2024"]); the earlier plan's targets carried into one of them and
no further are in `carried_ended` (`{"id", "carried_to"}`), either way round.
`carried_annulled`: targets carried into the new plan whose copy it annulled since (carry-over
found them finished in the old plan by their carry day), `{"id", "carried_from", "cancelled"}`
(the day as the registry writes it), in neither `carried_in` nor `carried_out`, whether the new
side is the plan's registry or its Word or Excel table, which leave the annulled row out;
`carried_annulled_old` its mirror (`backwards`), out of `carried_old`.
"""

from __future__ import annotations

import json

from cds_tracker.output.sanitize import json_text
from cds_tracker.registry.diff import Diff, FieldChange, TargetChange, one_budget


@one_budget()
def diff_json(diff: Diff, old: str, new: str) -> str:
    def change(item: FieldChange) -> dict[str, object]:
        return {"old": item.old, "new": item.new, "words": [list(p) for p in item.words()]}

    def fields(items: list[TargetChange]) -> list[dict[str, object]]:
        return [
            {
                "id": t.id,
                **({"was": t.was} if t.was else {}),
                **_number(t.id),
                "fields": _json_fields(t),
            }
            for t in items
        ]

    def _number(target_id: str) -> dict[str, str]:
        return {"printed": diff.printed[target_id]} if target_id in diff.printed else {}

    def _via(target_id: str) -> dict[str, list[str]]:
        passed = diff.carried_via.get(target_id)
        return {"via": passed.split(", ")} if passed else {}

    def _json_fields(target: TargetChange) -> dict[str, object]:
        return {f.field: change(f) for f in target.fields}

    data = {
        "old": old,
        "new": new,
        "plans": diff.plans,
        "added": [{"id": i, **_number(i), "content": c} for i, c in diff.added],
        "removed": [{"id": i, "content": c} for i, c in diff.removed],
        "finished": [{"id": i, "content": c} for i, c in diff.finished],
        "backwards": diff.backwards,
        "finished_new": [{"id": i, "content": c} for i, c in diff.finished_new],
        "no_record": any(diff.no_record),
        "unrecorded": [{"id": i, "content": c} for i, c in diff.unrecorded],
        "carried_out": [{"id": i, "carried_to": t} for i, t in diff.carried_out],
        "carried_out_new": [{"id": i, "carried_to": t} for i, t in diff.carried_out_new],
        "changed": fields(diff.changed),
        "cancelled": [
            {
                "id": c.id,
                "date": c.day,
                "reason": c.reason,
                "already": c.already,
                **({"content": c.content} if c.content else {}),
            }
            for c in diff.cancelled
        ],
        "carried_kept": [{"id": i, "carried_from": o} for i, o in diff.carried_kept],
        "annulled_kept": [{"id": c.id, "date": c.day} for c in diff.annulled_kept],
        "fix_kept": [
            {"id": i, "place": p, "column": c, "table": t, "kept": k}
            for i, p, c, t, k in diff.fix_kept
        ],
        "unread_kept": [
            {"id": i, "place": r.place, "number": r.number} for i, r in diff.unread_kept
        ],
        "undecided": list(diff.undecided),
        "unread_rows": [
            {"place": r.place, "number": r.number, "cells": list(r.cells)} for r in diff.unread_rows
        ],
        "carried_in": [{"id": i, "carried_from": o, **_via(i)} for i, o in diff.carried_in],
        "carried_annulled": [
            {"id": i, "carried_from": o, "cancelled": d, **_via(i)}
            for i, o, d in diff.carried_annulled
        ],
        "carried_old": [{"id": i, "carried_from": o, **_via(i)} for i, o in diff.carried_old],
        "carried_annulled_old": [
            {"id": i, "carried_from": o, "cancelled": d, **_via(i)}
            for i, o, d in diff.carried_annulled_old
        ],
        "carried_ended": [{"id": i, "carried_to": t} for i, t in diff.carried_ended],
        "uncertain": [{"old": o, "new": n} for o, n in diff.uncertain],
        "groups": {g.field: change(g) for g in diff.groups},
        "groups_respelled": {g.field: {"old": g.old, "new": g.new} for g in diff.groups_respelled},
        "groups_moved": [
            {"old_id": was, "new_id": now, "title": change(item)}
            for was, now, item in diff.groups_moved
        ],
        "document": {d.field: change(d) for d in diff.document},
        "revising": diff.revising,
        "catalog": {
            "official_titles": change(diff.titles) if diff.titles else None,
            "units_added": [{"id": i, "name": n} for i, n in diff.units_added],
            "units_removed": [{"id": i, "name": n} for i, n in diff.units_removed],
            "units_changed": fields(diff.units_changed),
        },
    }
    return json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
