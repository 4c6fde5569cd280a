"""Rules of a target's own cells, part of `rules.RULES`.

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
