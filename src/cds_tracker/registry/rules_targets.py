"""Rules of a target's own cells, part of `rules.RULES`: its id is its group's and number's,
and unique; its lead is named.

A target is urged through its lead units (`late --by-unit`, `remind`, `report --unit`): one
whose lead is empty is owed by nobody and would silently drop out of every reminder, so it is
an error where it is written, as `cds import` says of an empty "Đơn vị chủ trì" cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Finding, msg

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts


def leads_named(parts: Parts) -> Iterator[Finding]:
    """Every target names its lead: a text, or at least a unit."""
    for path, _, target in parts.targets:
        if not target.lead.text.strip() and not target.lead.units:
            yield Finding(
                (*path, "lead", "text"),
                msg("rule.empty_lead", id=target.id),
                msg("rule.hint.empty_lead"),
                target=target.id,
            )


def target_ids_match(parts: Parts) -> Iterator[Finding]:
    seen: set[str] = set()
    for path, group_id, target in parts.targets:
        expected = f"{group_id}.{target.number}"
        if target.id != expected:
            yield Finding(
                (*path, "id"),
                msg("rule.target_id_mismatch", id=target.id, group=group_id, number=target.number),
                msg("hint.did_you_mean", options=f"'{expected}'"),
                target=target.id,
            )
        if target.id in seen:
            yield Finding(
                (*path, "id"), msg("rule.duplicate_target_id", id=target.id), target=target.id
            )
        seen.add(target.id)
