"""A registry's records as texts, field by field: what `cds diff` (registry/diff.py) compares.

A target, the plan's heading and a unit are each flattened into {path: text} ("lead.units",
"indicators.k1.target", "office.name"), every field a person wrote under its own name and each
left-out field at its default, so two files that say the same in other words (a day written
10/06/2024 or 2024-06-10, `scope: city` written or omitted) compare equal. Apart from
registry/diff.py, which pairs targets and sorts the differences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cds_tracker.core import records
from cds_tracker.registry.word_diff import Piece, word_diff

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
    "reporting",
    "carried_from",
)
# Not compared: the target's id and number (they name it; so does the number a revision prints
# it under), the importer's marks, and `added`, the day `import --revise` let a new row in (no
# table states it).
_NOT_WRITTEN = frozenset({"id", "number", "printed", "needs_review", "added"})


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str

    def words(self) -> list[Piece]:
        return word_diff(self.old, self.new)


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def leaves(value: Any, path: str = "") -> dict[str, str]:
    """Every value a record holds, as text under its path ("plan.number"): a list of plain
    values as one text ("a; b"), a list of records under each one's id or key."""
    if isinstance(value, dict):
        found: dict[str, str] = {}
        for key, item in value.items():
            found.update(leaves(item, f"{path}.{key}" if path else str(key)))
        return found
    if isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        found = {}
        for i, item in enumerate(value):
            name = _name(item, i)
            item = {k: v for k, v in item.items() if k not in ("id", "key")}
            found.update(leaves(item, f"{path}.{name}" if path else name))
        return found
    if isinstance(value, list):
        return {path: "; ".join(text_of(item) for item in value)}
    return {path: text_of(value)}


def filled(record: Any, data: Any) -> Any:
    """`data` with each field it leaves out at the record's default: a file that omits
    `scope: city` (or the whole `office`) says the same as one that writes it."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    for name, default in record._field_defaults.items():
        if name not in out:
            out[name] = _plain(default)
    return out


def _plain(value: Any) -> Any:
    if records.is_record(type(value)):
        return {k: _plain(v) for k, v in zip(value._fields, value, strict=True)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def document_fields(data: dict[str, Any]) -> dict[str, Any]:
    document = filled(records.Document, data.get("document") or {})
    if not isinstance(document, dict):
        return {}
    # The revisions applied (`import --revise` writes them) are a mark of the registry, not
    # something a revised table says: never a difference with the table.
    document.pop("revisions", None)
    # The plan a revision's "Kèm theo" line says it revises, a field of its own (the issuer
    # stops before it, importing/heading.py): "", and so no change, for a plan's own line.
    from cds_tracker.registry.importing.heading import revised_plan

    plan = document.get("plan")
    reference = str(plan.get("reference") or "") if isinstance(plan, dict) else ""
    document = {**document, "revises": revised_plan(reference)}
    document["office"] = filled(records.Office, document.get("office"))
    return document


def _name(item: Any, i: int) -> str:
    if isinstance(item, dict):
        return str(item.get("id") or item.get("key") or i + 1)
    return str(i + 1)


def flat(group_id: str, target: dict[str, Any]) -> dict[str, str]:
    """A target's fields as texts: units as a comma list, each indicator's fields under
    'indicators.<key>', any other field a person added under its own name."""
    from cds_tracker.core.dates import try_parse_date

    target = filled(records.Target, target)
    if isinstance(target.get("indicators"), list):
        target["indicators"] = [filled(records.Indicator, i) for i in target["indicators"]]
    values = {"group": group_id, "content": text_of(target.get("content"))}
    for role in ("directing", "lead", "cooperating"):
        cell = target.get(role) or {}
        values[f"{role}.text"] = text_of(cell.get("text"))
        values[f"{role}.units"] = ", ".join(text_of(u) for u in cell.get("units") or ())
    deadline = target.get("deadline") or {}
    values["deadline.text"] = text_of(deadline.get("text"))
    values["deadline.due"] = _unread_due(deadline)
    values["notes"] = text_of(target.get("notes"))
    values["reporting"] = text_of(target.get("reporting"))
    values["carried_from"] = text_of(target.get("carried_from"))
    others = {k: v for k, v in target.items() if k not in _NOT_WRITTEN and k not in values}
    for role in ("directing", "lead", "cooperating", "deadline"):
        others.pop(role, None)
    values.update(leaves(others))
    for key in ("cancelled", "carried_on"):  # a day however written: 10/06/2024 is 2024-06-10
        if day := try_parse_date(values.get(key, "")):
            values[key] = day.isoformat()
    return values


# The importer writes `due: ongoing` for a deadline it could not read (and marks the target):
# a placeholder, not "Thường xuyên". Compared as this code, shown as unread (output/diff_text.py).
UNREAD_DUE = "unread"


def _unread_due(deadline: Any) -> str:
    from cds_tracker.core.dates import ONGOING
    from cds_tracker.core.deadline_words import parse_deadline_text

    due = text_of(deadline.get("due"))
    if due == ONGOING and parse_deadline_text(text_of(deadline.get("text"))) != ONGOING:
        return UNREAD_DUE
    return due


def changes(before: dict[str, str], after: dict[str, str]) -> tuple[FieldChange, ...]:
    """The fields whose text differs, in the order they are written (the fixed target fields
    first); a field on one side only is compared with an empty text. Texts are compared without
    the empty lines and spaces around them (`core.text.trimmed`): a registry imported by an
    earlier cds may keep a cell's trailing Enter ("Tháng 9/2025\\n"), no text a person wrote."""
    from cds_tracker.core.text import trimmed

    names = [*FIELDS, *before, *after]
    return tuple(
        FieldChange(name, before.get(name, ""), after.get(name, ""))
        for name in dict.fromkeys(names)
        if trimmed(before.get(name, "")) != trimmed(after.get(name, ""))
    )
