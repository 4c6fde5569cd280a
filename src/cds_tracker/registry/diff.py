"""What a revised plan changed: targets added, removed and changed field by field, texts by words.

Works on registry data (the shape of phu_luc_01.yaml), so a registry compares as easily with
another as with an appendix just read by `cds import`, before anything is written.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

FIELDS = (
    "group",
    "content",
    "directing.text",
    "directing.units",
    "lead.text",
    "lead.units",
    "cooperating.text",
    "cooperating.units",
    "deadline.text",
    "deadline.due",
    "notes",
    "indicators",
    "carried_from",
)
_WORDS = re.compile(r"\w+|[^\w\s]+|\s+")  # words, punctuation, spaces: "tin;" is two tokens

Piece = tuple[str, str]  # ("=", same) ("-", removed) ("+", added)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str

    def words(self) -> list[Piece]:
        return word_diff(self.old, self.new)


@dataclass(frozen=True)
class TargetChange:
    id: str
    fields: tuple[FieldChange, ...]


@dataclass
class Diff:
    added: list[tuple[str, str]] = field(default_factory=list)  # (id, content)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[TargetChange] = field(default_factory=list)
    groups: list[FieldChange] = field(default_factory=list)  # field = group id; titles

    @property
    def same(self) -> bool:
        return not (self.added or self.removed or self.changed or self.groups)


def word_diff(old: str, new: str) -> list[Piece]:
    """The texts as runs of unchanged, removed and added words (spaces kept, so runs rejoin)."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("+", "".join(b[j1:j2])))
    return pieces


def flat(group_id: str, target: dict[str, Any]) -> dict[str, str]:
    """A target's fields as texts: units as a comma list, indicators as 'key >= 80%'."""
    values = {"group": group_id, "content": target.get("content", "")}
    for role in ("directing", "lead", "cooperating"):
        cell = target.get(role) or {}
        values[f"{role}.text"] = cell.get("text", "")
        values[f"{role}.units"] = ", ".join(cell.get("units", ()))
    deadline = target.get("deadline") or {}
    values["deadline.text"] = deadline.get("text", "")
    values["deadline.due"] = deadline.get("due", "")
    values["notes"] = target.get("notes", "")
    values["indicators"] = "; ".join(
        f"{i.get('key')} {i.get('comparator')} {i.get('value')}{i.get('unit', '%')}"
        for i in target.get("indicators", ())
    )
    values["carried_from"] = target.get("carried_from") or ""
    return values


def _targets(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for group in data.get("groups") or ():
        for target in group.get("targets") or ():
            yield str(group.get("id", "")), target


def compare(old: dict[str, Any], new: dict[str, Any]) -> Diff:
    diff = Diff()
    before = {str(t.get("id")): flat(g, t) for g, t in _targets(old)}
    after = {str(t.get("id")): flat(g, t) for g, t in _targets(new)}
    diff.removed = [(i, v["content"]) for i, v in before.items() if i not in after]
    diff.added = [(i, v["content"]) for i, v in after.items() if i not in before]
    for target_id, now in after.items():
        then = before.get(target_id)
        if then is None:
            continue
        changes = tuple(FieldChange(f, then[f], now[f]) for f in FIELDS if then[f] != now[f])
        if changes:
            diff.changed.append(TargetChange(target_id, changes))
    titles = {str(g.get("id")): str(g.get("title", "")) for g in old.get("groups") or ()}
    for group in new.get("groups") or ():
        was = titles.get(str(group.get("id")))
        if was is not None and was != group.get("title", ""):
            diff.groups.append(FieldChange(str(group.get("id")), was, str(group.get("title"))))
    return diff
