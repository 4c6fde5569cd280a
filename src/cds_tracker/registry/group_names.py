"""How a group is told by its name, for carry-over and diff alike (one home).

`cds carry-over` puts a target in the next plan's group of the same name, whatever its number
there ("III. Kinh tế số" of 2023 is "IV. CHỈ TIÊU VỀ KINH TẾ SỐ" of 2024); `cds diff` pairs the
groups of two plans the same way, so that a group numbered anew is said moved, not renamed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cds_tracker.core.text import fold
from cds_tracker.core.tuples import Record

# After fold: "phần i.", "nhóm ii:", "iii -", "1)", "a." before the name
_NUMBERING = re.compile(r"^(?:(?:phan|nhom|muc)\s+)?(?:[ivxlc]+|\d+|[a-z])\s*[.):\-–]+\s*")
_LEAD_INS = re.compile(
    r"^(?:cac\s+)?(?:nhom\s+)?(?:(?:cac\s+)?(?:chi\s+tieu|linh\s+vuc|nhiem\s+vu)\s+)?(?:ve\s+)?"
)


def group_key(title: str) -> str:
    """How offices tell a group's name: "I. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ", "Nhóm II: Chính quyền
    số", "Chính quyền số." alike: folded, without numbering, lead-in or closing punctuation (a
    title that is nothing but a lead-in keeps it, so that it still names something)."""
    folded = fold(title)
    bare = _NUMBERING.sub("", folded)
    bare = _LEAD_INS.sub("", bare).strip(" .:;,")
    return bare or folded


class GroupPair(Record):
    """A group of the old side and the new side's same group: `old_id` → `new_id`."""

    old_id: str
    new_id: str
    old_title: str
    new_title: str


def pair_groups(old: Iterable[tuple[str, str]], new: Iterable[tuple[str, str]]) -> list[GroupPair]:
    """The groups (id, title) of two plans paired: by their name (`group_key`) first, each
    once in the order written; a group whose name the other side does not have, by its number
    when that number's group is left unpaired too. A group on one side only is left out."""
    olds, news = list(old), list(new)
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    found: list[tuple[int, GroupPair]] = []
    for j, (new_id, new_title) in enumerate(news):
        key = group_key(new_title)
        i = next(
            (i for i, (_, t) in enumerate(olds) if i not in taken_old and group_key(t) == key),
            None,
        )
        if i is not None:
            taken_old.add(i)
            taken_new.add(j)
            found.append((j, GroupPair(olds[i][0], new_id, olds[i][1], new_title)))
    for j, (new_id, new_title) in enumerate(news):
        if j in taken_new:
            continue
        i = next((i for i, (o, _) in enumerate(olds) if i not in taken_old and o == new_id), None)
        if i is not None:
            taken_old.add(i)
            found.append((j, GroupPair(olds[i][0], new_id, olds[i][1], new_title)))
    return [pair for _, pair in sorted(found, key=lambda item: item[0])]
