"""Rules of groups: the appendix's groups of targets and the collectives' groups of units.

Part of `rules.RULES`. A group's title is printed on every table, letter and report, and
`cds carry-over --group I=NEW` writes a new group's title as typed (a person may edit it too):
the rule of a unit's name and a letterhead's lines (core/text.py `hidden_character`) keeps
control characters, escape sequences and direction overrides out. A collective lists each
member once. A group's id is unique.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Finding, msg
from cds_tracker.core.text import hidden_character

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts


def group_titles_readable(parts: Parts) -> Iterator[Finding]:
    """A group's title holds no control, format (bidi) or invisible character: printed, an
    escape sequence rewrites the terminal and a direction override reverses the line."""
    for path, group in parts.groups:
        hidden = hidden_character(group.title)
        if hidden is not None:
            yield Finding(
                (*path, "title"),
                msg("rule.group_invisible", group=group.id, character=hidden),
                msg("rule.hint.group_invisible"),
            )


def members_listed_once(parts: Parts) -> Iterator[Finding]:
    """A collective lists each member once: listed twice, it is counted twice in every figure
    the collective sums and named twice in every letter. One finding per repeated member, at
    its second line, with how many times it is listed (5,000 copies are one finding)."""
    from collections import Counter

    for path, unit in parts.units:
        counts = Counter(unit.members)
        seen: set[str] = set()
        for i, member in enumerate(unit.members):
            if member in seen and counts[member] > 1:
                yield Finding(
                    (*path, "members", i),
                    msg(
                        "rule.member_twice",
                        unit=unit.id,
                        member=member,
                        count=counts[member],
                        first=unit.members.index(member) + 1,
                    ),
                    msg("rule.hint.member_twice"),
                )
                counts[member] = 0  # said once
            seen.add(member)


def group_ids_unique(parts: Parts) -> Iterator[Finding]:
    seen: set[str] = set()
    for path, group in parts.groups:
        if group.id in seen:
            yield Finding((*path, "id"), msg("rule.duplicate_group_id", id=group.id))
        seen.add(group.id)
