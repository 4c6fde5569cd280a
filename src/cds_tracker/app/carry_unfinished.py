"""A plan answering while a carry-over into it is half done says so (attack21 a21-03).

carry-over writes the new plan's targets first, the copied parts next, the old plan's marks
last (app/carrying.py `write`). Stopped after the first write (killed, power cut, window
closed), the new plan holds targets whose `carried_from` the old plan does not answer with
`carried_to`: the parts reported in the old plan are not copied (a 2/9 target reads "Chưa thực
hiện"), and the old plan still counts the targets. `cds validate` reports each such target
(registry/rules_carried.py); every command answering on the plan now says it too, once, on
stderr, with the command that finishes the carry. The check reads nothing more than what a
carried plan's query reads already (each origin plan's `carried_to`, cached by its bytes:
app/origins.py), so a warm query costs the same.
"""

from __future__ import annotations

from pathlib import Path

from cds_tracker.core.command_words import name_word
from cds_tracker.core.errors import Msg, msg
from cds_tracker.core.records import Registry
from cds_tracker.output.carried import Origins
from cds_tracker.output.sanitize import visible_line
from cds_tracker.registry.plan_names import own_name


def unfinished(path: Path, registry: Registry, origins: Origins) -> list[Msg]:
    """One note per origin plan a carry-over from which into the plan at `path` is half done:
    its carried targets ("I.2 ← 2023/I.1") whose origin (readable) has no `carried_to` naming
    them back. None for an origin that cannot be read (validating says why)."""
    own = own_name(path)
    if own is None:
        return []
    half: dict[str, list[str]] = {}
    for group in registry.groups:
        for target in group.targets:
            if target.carried_from is None:
                continue
            plan, _, origin_id = target.carried_from.partition("/")
            origin = origins.get(plan)
            if plan == own or origin is None:
                continue  # not a carry between plans, or an origin validate says is unread
            if origin.sent.get(origin_id) != f"{own}/{target.id}":
                half.setdefault(plan, []).append(f"{target.id} ← {target.carried_from}")
    return [
        msg(
            "carry.half_done",
            plan=visible_line(own),
            source=visible_line(plan),
            targets=", ".join(visible_line(t) for t in targets),
            count=len(targets),
            command=f"cds carry-over --from {name_word(plan)} --to {name_word(own)} --yes",
        )
        for plan, targets in sorted(half.items())
    ]
