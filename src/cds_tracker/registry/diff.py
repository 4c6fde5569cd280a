"""What a revised plan changed: every field a person wrote, field by field, texts by words.

The plan's heading (`document`), the unit catalog (its official titles; units added, removed and
changed) and the targets (added, removed, changed), each field compared as text. Works on
registry data (the shape of phu_luc_01.yaml), so a registry compares as easily with another as
with an appendix just read by `cds import`, before anything is written.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from cds_tracker.core import records

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
    """A target's (or a unit's) changed fields; `was`: its id on the old side when it differs
    (a target the revised table renumbered, `registry/matching.py`)."""

    id: str
    fields: tuple[FieldChange, ...]
    was: str = ""


@dataclass(frozen=True)
class Cancelled:
    """A target the new side cancels (or, `already`, one the old side had cancelled and the new
    side no longer lists): kept with its progress, followed no more."""

    id: str
    day: str  # yyyy-mm-dd, or as written
    reason: str
    already: bool = False


@dataclass
class Diff:
    added: list[tuple[str, str]] = field(default_factory=list)  # (id, content)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[TargetChange] = field(default_factory=list)
    groups: list[FieldChange] = field(default_factory=list)  # field = group id; titles
    # A group the new side numbers anew (paired by its name, registry/group_names.py):
    # (old id, new id, its title change: field = new id, old and new titles)
    groups_moved: list[tuple[str, str, FieldChange]] = field(default_factory=list)
    document: list[FieldChange] = field(default_factory=list)  # field = path, "plan.number"
    titles: FieldChange | None = None  # catalog.official_titles
    units_added: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    units_removed: list[tuple[str, str]] = field(default_factory=list)
    units_changed: list[TargetChange] = field(default_factory=list)
    cancelled: list[Cancelled] = field(default_factory=list)
    # Carried from an earlier plan: on the old side only (kept: a Word table never lists
    # them), or on the new side only (brought in by carry-over): (id, carried_from).
    carried_kept: list[tuple[str, str]] = field(default_factory=list)
    carried_in: list[tuple[str, str]] = field(default_factory=list)
    # The old plan's targets its carry-over into the new one left behind: finished (or annulled)
    # there by then, not removed by the new plan: (id, content).
    finished: list[tuple[str, str]] = field(default_factory=list)
    # A group whose title only reads otherwise, the same name by carry-over's rule
    # (`group_key`: "Dữ liệu số" and "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ"): field = group id; titles
    groups_respelled: list[FieldChange] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # unit id → name, both catalogs
    uncertain: list[tuple[str, str]] = field(default_factory=list)  # (old, new): by likeness
    # A target's id → the number the revised table prints it under, where it is not its id
    # and changed (a revision's renumbered and new targets: `printed`)
    printed: dict[str, str] = field(default_factory=dict)
    # A revision of the same plan (`compare(revision=True)`): the revising plan as `import
    # --revise` records it ("Kế hoạch số 85/KH-BCĐ ngày 15/05/2024"), in place of heading
    # changes (revise keeps the plan's heading and appends this to `document.revisions`).
    revising: str = ""

    @property
    def same(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.changed
            or self.cancelled
            or self.carried_in
            or self.groups
            or self.groups_moved
            or self.groups_respelled
            or self.finished
            or self.document
            or self.revising
            or self.titles
            or self.units_added
            or self.units_removed
            or self.units_changed
        )


def word_diff(old: str, new: str) -> list[Piece]:
    """The texts as runs of unchanged, removed and added words (spaces kept, so runs rejoin).

    Matching is quadratic or worse in the words that differ, so past `_WORD_BUDGET` (a field of
    some 500 reworded words) the differing middle is shown as one removal and one addition:
    a revision that rewrote a whole field reads no better word by word."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    pieces: list[Piece] = [("=", "".join(a[:head]))] if head else []
    words_a = sum(not t.isspace() for t in middle_a)
    words_b = sum(not t.isspace() for t in middle_b)
    matched = _matched(middle_a, middle_b) if words_a * words_b <= _WORD_BUDGET else None
    if matched is None:
        pieces += [p for p in (("-", "".join(middle_a)), ("+", "".join(middle_b))) if p[1]]
    else:
        pieces += matched
    if tail:
        pieces.append(("=", "".join(a[len(a) - tail :])))
    return pieces


_WORD_BUDGET = 250_000


# What difflib may do for one field, and for a whole run (`one_budget`: a `cds diff`, the diff
# `import --revise` prints): the places it compares, counted as it searches (below). A budget per
# field alone let 300 rewritten targets take 143 s; past the run's, every further field is shown
# as one removal and one addition, as a field past its own budget is.
_MATCH_BUDGET = 1_000_000
_RUN_BUDGET = 3_000_000
_RUN: ContextVar[list[int] | None] = ContextVar("word_diff_run", default=None)


@contextmanager
def one_budget() -> Iterator[None]:
    """One budget of matching work for every `word_diff` inside it (also a decorator: each call
    of the decorated function is a run of its own)."""
    token = _RUN.set([0])
    try:
        yield
    finally:
        _RUN.reset(token)


class _OverBudget(Exception):
    pass


class _Matcher(difflib.SequenceMatcher[str]):
    """difflib's matcher, counting its work: each search for the longest match looks at every
    place in the new words of every old word in range. Words repeated on both sides (499 "x"
    against 498 "x y") make hundreds of searches of a quarter million places each (2 s a field);
    past `_MATCH_BUDGET` (or the run's `_RUN_BUDGET`) the search stops and the caller shows the
    whole middle replaced."""

    spent = 0
    run: list[int] = [0]  # noqa: RUF012  (replaced per matcher: the run's shared count)

    def find_longest_match(
        self, alo: int = 0, ahi: int | None = None, blo: int = 0, bhi: int | None = None
    ) -> difflib.Match:
        state: Any = self  # difflib's own attributes, absent from its type stubs
        b2j, a = state.b2j, state.a
        stop = len(a) if ahi is None else ahi
        work = sum(len(b2j.get(a[i], ())) for i in range(alo, stop))
        self.spent += work
        self.run[0] += work
        if self.spent > _MATCH_BUDGET or self.run[0] > _RUN_BUDGET:
            raise _OverBudget
        return super().find_longest_match(alo, ahi, blo, bhi)


def _matched(a: list[str], b: list[str]) -> list[Piece] | None:
    """The words matched (None past the budget of work)."""
    # Spaces are junk: they join matches but never start one (a space in common is no match).
    run = _RUN.get()
    if run is not None and run[0] > _RUN_BUDGET:
        return None  # the run's budget is spent: no matcher built
    matcher = _Matcher(str.isspace, a, b, autojunk=False)
    matcher.run = run if run is not None else [0]
    pieces: list[Piece] = []
    try:
        opcodes = matcher.get_opcodes()
    except _OverBudget:
        return None
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            pieces.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("+", "".join(b[j1:j2])))
    return pieces


def _text(value: Any) -> str:
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
        return {path: "; ".join(_text(item) for item in value)}
    return {path: _text(value)}


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


def _document(data: dict[str, Any]) -> dict[str, Any]:
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
    values = {"group": group_id, "content": _text(target.get("content"))}
    for role in ("directing", "lead", "cooperating"):
        cell = target.get(role) or {}
        values[f"{role}.text"] = _text(cell.get("text"))
        values[f"{role}.units"] = ", ".join(_text(u) for u in cell.get("units") or ())
    deadline = target.get("deadline") or {}
    values["deadline.text"] = _text(deadline.get("text"))
    values["deadline.due"] = _text(deadline.get("due"))
    values["notes"] = _text(target.get("notes"))
    values["reporting"] = _text(target.get("reporting"))
    values["carried_from"] = _text(target.get("carried_from"))
    others = {k: v for k, v in target.items() if k not in _NOT_WRITTEN and k not in values}
    for role in ("directing", "lead", "cooperating", "deadline"):
        others.pop(role, None)
    values.update(leaves(others))
    for key in ("cancelled", "carried_on"):  # a day however written: 10/06/2024 is 2024-06-10
        if day := try_parse_date(values.get(key, "")):
            values[key] = day.isoformat()
    return values


def _targets(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for group in data.get("groups") or ():
        for target in group.get("targets") or ():
            yield str(group.get("id", "")), target


def changes(before: dict[str, str], after: dict[str, str]) -> tuple[FieldChange, ...]:
    """The fields whose text differs, in the order they are written (the fixed target fields
    first); a field on one side only is compared with an empty text."""
    names = [*FIELDS, *before, *after]
    return tuple(
        FieldChange(name, before.get(name, ""), after.get(name, ""))
        for name in dict.fromkeys(names)
        if before.get(name, "") != after.get(name, "")
    )


def compare(
    old: dict[str, Any],
    new: dict[str, Any],
    chosen: dict[str, str] | None = None,
    *,
    revision: bool = False,
) -> Diff:
    """The differences, targets paired as `registry/matching.py` pairs them (a revision's
    renumbered targets by their text, carried ones by their origin; `chosen`: `--pair`).
    `revision`: `new` is a revised table of the plan `old`: its targets are named and filled
    as `import --revise` would file them (`revision.as_revised`), each with the number the
    table prints it under where that is not its id."""
    from cds_tracker.registry.matching import pair
    from cds_tracker.registry.revision import as_revised

    diff = Diff()
    raw_old = {str(t.get("id")): t for _, t in _targets(old)}
    new_targets = list(_targets(new))
    pairing = pair(raw_old.values(), (t for _, t in new_targets), chosen)
    if revision:
        new_targets, pairing = as_revised(old, new, pairing)
    raw_new = {str(t.get("id")): t for _, t in new_targets}
    moved = _compare_groups(diff, old, new)  # a target moved with its group has not moved
    before = {str(t.get("id")): flat(moved.get(g, g), t) for g, t in _targets(old)}
    after = {str(t.get("id")): flat(g, t) for g, t in new_targets}
    diff.uncertain = pairing.uncertain
    # NEW is the plan OLD was carried into: OLD's targets carried there say so (`carried_to`)
    # and NEW's say where from; one left behind was finished (carry_over.FINISHED), not removed
    carried_over = not revision and _carried_into(old, raw_old, raw_new)
    for i in pairing.old_only:
        target = raw_old[i]
        if target.get("carried_from"):
            diff.carried_kept.append((i, str(target["carried_from"])))
        elif target.get("cancelled"):
            diff.cancelled.append(_cancelled(i, target, already=True))
        elif carried_over and not target.get("carried_to"):
            diff.finished.append((i, before[i]["content"]))
        else:
            diff.removed.append((i, before[i]["content"]))
    for i in pairing.new_only:
        if raw_new[i].get("carried_from"):
            diff.carried_in.append((i, str(raw_new[i]["carried_from"])))
        else:
            diff.added.append((i, after[i]["content"]))
            if raw_new[i].get("printed"):
                diff.printed[i] = str(raw_new[i]["printed"])
    for old_id, new_id in pairing.pairs:
        if raw_new[new_id].get("carried_from") and not raw_old[old_id].get("carried_from"):
            diff.carried_in.append((new_id, str(raw_new[new_id]["carried_from"])))
            continue  # the next plan's copy of a target: carried, not changed
        found = changes(before[old_id], after[new_id])
        if raw_new[new_id].get("carried_from") and raw_old[old_id].get("carried_from"):
            # the same origin on both sides: its id in either plan is not a number any plan
            # prints (a table's carried part is numbered by the origin plan), only fields count
            if found:
                diff.changed.append(TargetChange(old_id, found, ""))
            continue
        if raw_new[new_id].get("cancelled") and not raw_old[old_id].get("cancelled"):
            diff.cancelled.append(_cancelled(new_id, raw_new[new_id]))
            found = tuple(f for f in found if f.field not in ("cancelled", "cancelled_reason"))
        elif number := _printed_anew(raw_old[old_id], raw_new[new_id]):
            diff.printed[new_id] = number
        if found or old_id != new_id or new_id in diff.printed:
            diff.changed.append(TargetChange(new_id, found, old_id if old_id != new_id else ""))
    for data in (old, new):
        for unit in (data.get("catalog") or {}).get("units") or ():
            diff.names[str(unit.get("id"))] = _text(unit.get("name"))
    diff.document = list(changes(leaves(_document(old)), leaves(_document(new))))
    if revision:
        _as_revise_does(diff, old, new)
    _compare_catalog(diff, old.get("catalog") or {}, new.get("catalog") or {})
    return diff


def _as_revise_does(diff: Diff, old: dict[str, Any], new: dict[str, Any]) -> None:
    """What `import --revise` writes of a revised table: the plan's heading kept (its office's
    changes still shown), the revising plan recorded, and a target the table no longer lists
    annulled from the revising plan's date (its reason, the words', left to the caller)."""
    from cds_tracker.core.dates import try_parse_date
    from cds_tracker.registry.importing.heading import revising_name, revising_plan, same_plan

    stated = new.get("document") or {}
    plan = revising_plan(stated) if isinstance(stated, dict) else {}
    document = old.get("document") or {}
    own = document.get("plan") or {}
    if not isinstance(plan, dict) or plan.get("reference") == own.get("reference"):
        return  # the table cites the plan itself: no revising plan named
    if same_plan(plan, own):
        return  # the plan itself, its reference worded otherwise: never a revision of itself
    diff.document = [c for c in diff.document if c.field.startswith("office.")]
    keys = ("reference", "number", "symbol", "date")
    entry = [str(plan.get(key, "")) for key in keys]
    known = document.get("revisions") or ()
    if any([str(r.get(key, "")) for key in keys] == entry or same_plan(r, plan) for r in known):
        return  # recorded already: applied again, revise records nothing
    diff.revising = revising_name(plan)
    day = try_parse_date(str(plan.get("date") or ""))
    if day is None:
        return  # revise asks for --on: the removed stay removed here
    diff.cancelled += [Cancelled(i, day.isoformat(), "") for i, _ in diff.removed]
    diff.removed = []


def _carried_into(old: dict[str, Any], raw_old: dict[str, Any], raw_new: dict[str, Any]) -> bool:
    """Whether NEW is a later plan OLD was carried into: some target of OLD says it was carried
    to a target of NEW (`carried_to: 2024/I.4`) that says it comes from it (`carried_from`)."""
    year = str((old.get("document") or {}).get("year") or "")
    for old_id, target in raw_old.items():
        plan, _, new_id = str(target.get("carried_to") or "").partition("/")
        origin = str((raw_new.get(new_id) or {}).get("carried_from") or "")
        if plan and plan != year and origin.partition("/")[2] == old_id:
            return True
    return False


def _compare_groups(diff: Diff, old: dict[str, Any], new: dict[str, Any]) -> dict[str, str]:
    """Groups paired by name as carry-over pairs them (`pair_groups`), by number only where
    names differ: a title changed in place goes to `diff.groups`, a group numbered anew to
    `diff.groups_moved`. Returns old group id → new id for the groups that moved."""
    from cds_tracker.registry.group_names import group_key, pair_groups

    def titled(data: dict[str, Any]) -> list[tuple[str, str]]:
        return [(str(g.get("id")), str(g.get("title", ""))) for g in data.get("groups") or ()]

    moved: dict[str, str] = {}
    for pair in pair_groups(titled(old), titled(new)):
        change = FieldChange(pair.new_id, pair.old_title, pair.new_title)
        if pair.old_id != pair.new_id:
            diff.groups_moved.append((pair.old_id, pair.new_id, change))
            moved[pair.old_id] = pair.new_id
        elif group_key(pair.old_title) == group_key(pair.new_title) != "":
            if pair.old_title != pair.new_title:  # the same name, only written otherwise
                diff.groups_respelled.append(change)
        elif pair.old_title != pair.new_title:
            diff.groups.append(change)
    return moved


def _printed_anew(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The number a revised table prints a target under (`printed`, else its id) where it is
    not the one printed before and not its id ("" otherwise: nothing to say)."""
    shown = [str(t.get("printed") or t.get("id")) for t in (old, new)]
    return shown[1] if shown[0] != shown[1] and shown[1] != str(new.get("id")) else ""


def _cancelled(target_id: str, target: dict[str, Any], *, already: bool = False) -> Cancelled:
    return Cancelled(
        target_id, _text(target.get("cancelled")), _text(target.get("cancelled_reason")), already
    )


def _compare_catalog(diff: Diff, old: dict[str, Any], new: dict[str, Any]) -> None:
    was, now = (_text("; ".join(c.get("official_titles") or ())) for c in (old, new))
    if was != now:
        diff.titles = FieldChange("official_titles", was, now)
    before = {str(u.get("id")): u for u in old.get("units") or ()}
    after = {str(u.get("id")): u for u in new.get("units") or ()}
    diff.units_removed = [(i, _text(u.get("name"))) for i, u in before.items() if i not in after]
    diff.units_added = [(i, _text(u.get("name"))) for i, u in after.items() if i not in before]
    for unit_id, unit in after.items():
        then = before.get(unit_id)
        if then is None:
            continue
        found = changes(leaves(_unit_fields(then)), leaves(_unit_fields(unit)))
        if found:
            diff.units_changed.append(TargetChange(unit_id, found))


def _unit_fields(unit: dict[str, Any]) -> dict[str, Any]:
    """A unit's fields but its id, its days as yyyy-mm-dd however written (30/06/2025 is
    2025-06-30: the same day is no change)."""
    from cds_tracker.core.dates import try_parse_date
    from cds_tracker.registry.unit_changes import spelled_successor

    unit, _ = spelled_successor(unit, ())  # merged_into is successor: no change
    fields = {k: v for k, v in filled(records.Unit, unit).items() if k != "id"}
    for key in ("valid_from", "valid_to"):
        if isinstance(fields.get(key), str) and (day := try_parse_date(fields[key])):
            fields[key] = day.isoformat()
    return fields
