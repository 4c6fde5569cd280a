"""What a revised plan changed: every field a person wrote, field by field, texts by words.

The plan's heading (`document`), the unit catalog (its official titles; units added, removed and
changed) and the targets (added, removed, changed), each field compared as text. Works on
registry data (the shape of phu_luc_01.yaml), so a registry compares as easily with another as
with an appendix just read by `cds import`, before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cds_tracker.registry.diff_fields import (
    FIELDS,
    UNREAD_DUE,
    FieldChange,
    changes,
    document_fields,
    filled,
    flat,
    leaves,
)
from cds_tracker.registry.diff_fields import text_of as _text
from cds_tracker.registry.diff_plans import Through
from cds_tracker.registry.unread_rows import Unread, blocked, settle
from cds_tracker.registry.word_diff import Piece, one_budget, word_diff

# their home before registry/word_diff.py and registry/diff_fields.py
__all__ = [
    "FIELDS",
    "UNREAD_DUE",
    "FieldChange",
    "Piece",
    "changes",
    "filled",
    "flat",
    "leaves",
    "one_budget",
    "word_diff",
]


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
    content: str = ""  # two plans (`Diff.plans`): a target of the new plan's own, said once


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
    # carried_from → how every document cites it ('2024/I.2' → 'I.1 (2024)'), read by the app
    # where the plans are a workspace's (app/diffing.py `_cite_carried`); else the id is shown
    carried_cited: dict[str, str] = field(default_factory=dict)
    # The old plan's targets its carry-over into the new one left behind: finished (or annulled)
    # there by then, not removed by the new plan: (id, content).
    finished: list[tuple[str, str]] = field(default_factory=list)
    # A group whose title only reads otherwise, the same name by carry-over's rule
    # (`group_key`: "Dữ liệu số" and "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ"): field = group id; titles
    groups_respelled: list[FieldChange] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # unit id → name, both catalogs
    uncertain: list[tuple[str, str]] = field(default_factory=list)  # (old, new): by likeness
    tied: dict[tuple[str, str], tuple[list[str], list[str]]] = field(default_factory=dict)
    # A target's id → the number the revised table prints it under, where it is not its id
    # and changed (a revision's renumbered and new targets: `printed`)
    printed: dict[str, str] = field(default_factory=dict)
    # A revision of the same plan (`compare(revision=True)`): the revising plan as `import
    # --revise` records it ("Kế hoạch số 85/KH-BCĐ ngày 15/05/2024"), in place of heading
    # changes (revise keeps the plan's heading and appends this to `document.revisions`).
    revising: str = ""
    # A revision's rows whose number could not be read (registry/unread_rows.py): the targets
    # paired with one by its text, those left undecided (not annulled), the rows unsure
    unread_kept: list[tuple[str, Unread]] = field(default_factory=list)
    undecided: list[str] = field(default_factory=list)
    unread_rows: list[Unread] = field(default_factory=list)
    # A revision's: a target annulled before that the revised table does not list (an export
    # re-read leaves annulled rows out): unchanged, as `import --revise` leaves it
    annulled_kept: list[Cancelled] = field(default_factory=list)
    # (id, place, column, the table's text, the registry's): a fix kept (registry/revision.py)
    fix_kept: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # Two different plans (registry/diff_plans.py): paired by `carried_from` only; the new
    # plan's own revision (its targets annulled since, the numbers its table prints) is that
    # plan's, said apart and once, not a difference with the old plan
    plans: bool = False
    # Two plans compared the other way round (`cds diff 2024 2023`, diff_plans.later_first):
    # the same pairs, mirrored. The old (later) plan's targets carried from the new one, or
    # from an earlier plan (the mirror of `carried_in`): (id, carried_from); the new (earlier)
    # plan's targets the carry-over left behind (the mirror of `finished`): (id, content).
    backwards: bool = False
    carried_old: list[tuple[str, str]] = field(default_factory=list)
    finished_new: list[tuple[str, str]] = field(default_factory=list)
    # Two plans no carry-over record ties (diff_plans.no_record; their years, old and new, else
    # ""): the earlier plan's targets the later does not list, neither removed nor added
    # (before any carry-over nothing says which go on): (id, content)
    no_record: tuple[str, str] = ("", "")
    no_record_from: str = ""  # the plan between the earlier plan carried into, if any
    unrecorded: list[tuple[str, str]] = field(default_factory=list)
    # The old plan's targets it records carried into the new one (`carried_to: 2024/I.3`) the
    # new side does not list (its Word table without the carried part): (id, carried_to)
    carried_out: list[tuple[str, str]] = field(default_factory=list)
    # Its mirror (`backwards`): the new (earlier) plan's targets it records carried into the
    # old side's plan, which that side (a table without the carried part) does not list
    carried_out_new: list[tuple[str, str]] = field(default_factory=list)
    # Two plans with plans between (diff_plans.between): the earlier plan's targets carried
    # into one of those and no further, (id, carried_to); the later plan's targets carried
    # from the earlier one through them: id → those plans ("2024"), said beside its origin
    carried_ended: list[tuple[str, str]] = field(default_factory=list)
    carried_via: dict[str, str] = field(default_factory=dict)
    # Carried into the new plan, its copy annulled there since (carry-over found the target
    # finished in the old plan by its carry day, app/carry_withdrawn.py): out of `carried_in`
    # and `carried_out` alike (a Word table leaves an annulled row out, app/diff_annulled.py):
    # (id in the new plan, carried_from, the day written under `cancelled`)
    carried_annulled: list[tuple[str, str, str]] = field(default_factory=list)
    # its mirror (`backwards`): out of `carried_old`, the old (later) side's annulled copies
    carried_annulled_old: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not (
            self.unread_kept
            or self.undecided
            or self.added
            or self.removed
            or self.changed
            or self.cancelled
            or self.carried_in
            or self.carried_annulled
            or self.carried_annulled_old
            or self.groups
            or self.groups_moved
            or self.groups_respelled
            or self.finished
            or self.finished_new
            or self.unrecorded
            or self.carried_out
            or self.carried_out_new
            or self.carried_ended
            or self.carried_old
            or self.document
            or self.revising
            or self.titles
            or self.units_added
            or self.units_removed
            or self.units_changed
        )


def _targets(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for group in data.get("groups") or ():
        for target in group.get("targets") or ():
            yield str(group.get("id", "")), target


def compare(
    old: dict[str, Any],
    new: dict[str, Any],
    chosen: dict[str, str] | None = None,
    *,
    revision: bool = False,
    unread: Sequence[Unread] = (),
    unread_cells: Mapping[tuple[str, str], tuple[str, str]] | None = None,
    names: Mapping[str, str] | None = None,
    through: Through | None = None,
) -> Diff:
    """The differences, targets paired as `registry/matching.py` pairs them (a revision's
    renumbered targets by their text, carried ones by their origin; `chosen`: `--pair`).
    `revision`: `new` is a revised table of the plan `old`: its targets are named and filled
    as `import --revise` would file them (`revision.as_revised`), each with the number the
    table prints it under where that is not its id. `unread`: the table's rows whose number
    could not be read: a target no longer listed is theirs, or undecided, as `import --revise`
    has it (registry/unread_rows.py); `unread_cells`: its cells the importer could not read,
    a person's fix in OLD kept over them as revise keeps it (`diff.fix_kept`). `names`: the
    units' names as the catalogue in use says them (a workspace's unit changes applied,
    unit_changes.catalog_units), over those the two files write: the ward a merger made is
    recorded in the changes file alone, and is said by its name too (clerk20 F3). `through`:
    the later plan's carried targets' origins beyond their `carried_from`, by which two plans
    with one between are paired (registry/diff_plans.py)."""
    from cds_tracker.registry.diff_plans import (
        between,
        carried_into,
        different_plans,
        later_first,
        no_record,
        pair_carried,
        pair_carried_back,
        via,
        year,
    )
    from cds_tracker.registry.diff_revision import as_revise_does, revised_on
    from cds_tracker.registry.matching import pair
    from cds_tracker.registry.revision import as_revised

    diff = Diff(plans=not revision and different_plans(old, new))
    diff.backwards = diff.plans and later_first(old, new)
    raw_old = {str(t.get("id")): t for _, t in _targets(old)}
    new_targets = list(_targets(new))
    news_list = [t for _, t in new_targets]
    olds, news = raw_old.values(), iter(news_list)
    years = (year(old), year(new))
    earlier, later = (news_list, olds) if diff.backwards else (olds, news_list)
    ordered = years[::-1] if diff.backwards else years
    if diff.plans and no_record(earlier, later, ordered):
        diff.no_record = years  # its next carry-over: from a plan between, if any got targets
        diff.no_record_from = max({_to(t) for t in earlier} - {"", *years}, default="")
    tied = between(earlier, later, ordered) if diff.plans else set()  # plans between them
    if diff.backwards:  # the same record read from the later plan's side: the pairs mirrored
        pairing = pair_carried_back(olds, news, year(new), chosen, through)
    elif diff.plans:  # two plans: only what carry-over recorded (or --pair) ties two targets
        pairing = pair_carried(olds, news, year(old), chosen, through)
    else:
        pairing = pair(olds, news, chosen)
    if revision:
        day = revised_on(old, new)
        new_targets, pairing = as_revised(old, new, pairing, unread_cells, diff.fix_kept, day)
    raw_new = {str(t.get("id")): t for _, t in new_targets}
    moved = _compare_groups(diff, old, new)  # a target moved with its group has not moved
    before = {str(t.get("id")): flat(moved.get(g, g), t) for g, t in _targets(old)}
    after = {str(t.get("id")): flat(g, t) for g, t in new_targets}
    diff.uncertain, diff.tied = pairing.uncertain, pairing.tied
    # NEW is the plan OLD was carried into: OLD's targets carried there say so (`carried_to`)
    # and NEW's say where from; one left behind was finished (carry_over.FINISHED), not removed
    carried_over = not revision and carried_into(old, raw_old, raw_new)
    carried_back = diff.backwards and carried_into(new, raw_new, raw_old)  # OLD from NEW
    # OLD records carrying its targets into NEW's plan, whose side lists none of them (a Word
    # table of that plan): those went on there, the others were finished, none removed
    into = f"{years[1]}/"
    recorded = diff.plans and not diff.backwards and not any(diff.no_record)
    recorded = recorded and any(str(t.get("carried_to") or "").startswith(into) for t in olds)
    # the mirror (`cds diff KH-2024.docx 2023`): NEW records carrying its targets into OLD's plan
    back_into = f"{years[0]}/"
    recorded_back = diff.backwards and not any(diff.no_record)
    recorded_back = recorded_back and any(
        str(t.get("carried_to") or "").startswith(back_into) for t in news_list
    )
    settled = settle(raw_old, pairing.old_only, unread)
    undecided = blocked(raw_old, pairing.old_only, settled)
    diff.unread_rows = settled.unsure
    for i in pairing.old_only:
        target = raw_old[i]
        if i in settled.by_text:
            diff.unread_kept.append((i, settled.by_text[i]))
        elif i in undecided:
            diff.undecided.append(i)
        elif target.get("carried_from") and not diff.plans:  # a table does not list it
            diff.carried_kept.append((i, str(target["carried_from"])))
        elif target.get("carried_from") and diff.backwards:  # carried_in's mirror
            diff.carried_old.append((i, str(target["carried_from"])))
        elif target.get("cancelled") and diff.backwards:  # the later plan's own revision
            diff.cancelled.append(_cancelled(i, target, content=before[i]["content"]))
        elif target.get("cancelled") and revision:  # as revise has it: left as it is
            diff.annulled_kept.append(_cancelled(i, target, already=True))
        elif target.get("cancelled"):
            diff.cancelled.append(_cancelled(i, target, already=True))
        elif recorded and str(target.get("carried_to") or "").startswith(into):
            diff.carried_out.append((i, str(target["carried_to"])))
        elif _to(target) in tied and not diff.backwards:  # into a plan between, no further
            diff.carried_ended.append((i, str(target["carried_to"])))
        elif (carried_over or recorded or (tied and not diff.backwards)) and not _to(target):
            diff.finished.append((i, before[i]["content"]))
        elif any(diff.no_record) and not diff.backwards:  # nothing says it goes on, or not
            diff.unrecorded.append((i, before[i]["content"]))
        else:
            diff.removed.append((i, before[i]["content"]))
        if diff.backwards and target.get("printed") and not target.get("carried_from"):
            diff.printed[i] = str(target["printed"])  # the later plan's own revision's
    for i in pairing.new_only:
        if diff.backwards and raw_new[i].get("cancelled"):  # annulled before: not carried
            diff.cancelled.append(_cancelled(i, raw_new[i], already=True))
        elif recorded_back and str(raw_new[i].get("carried_to") or "").startswith(back_into):
            diff.carried_out_new.append((i, str(raw_new[i]["carried_to"])))  # carried_out's
        elif diff.backwards and _to(raw_new[i]) in tied:  # carried_ended's mirror
            diff.carried_ended.append((i, str(raw_new[i]["carried_to"])))
        elif diff.backwards:  # the earlier plan's own: left behind by the carry-over, or added
            left = (carried_back or recorded_back or tied) and not raw_new[i].get("carried_to")
            kind = diff.unrecorded if any(diff.no_record) else diff.added
            (diff.finished_new if left else kind).append((i, after[i]["content"]))
        elif raw_new[i].get("carried_from"):
            diff.carried_in.append((i, str(raw_new[i]["carried_from"])))
        elif raw_new[i].get("cancelled") and diff.plans:  # the new plan's own revision: once
            diff.cancelled.append(_cancelled(i, raw_new[i], content=after[i]["content"]))
        else:
            diff.added.append((i, after[i]["content"]))
            if raw_new[i].get("cancelled"):  # in the new plan, since cancelled by its revision
                diff.cancelled.append(_cancelled(i, raw_new[i]))
        if raw_new[i].get("printed") and not (raw_new[i].get("carried_from") or diff.backwards):
            diff.printed[i] = str(raw_new[i]["printed"])
    for old_id, new_id in pairing.pairs:
        later_id = old_id if diff.backwards else new_id
        origin = str((raw_old if diff.backwards else raw_new)[later_id].get("carried_from") or "")
        if tied and (passed := via(origin, through or {}, later_id, years[diff.backwards])):
            diff.carried_via[later_id] = passed  # through the plans between
        if diff.backwards and raw_old[old_id].get("carried_from"):  # carried_in's mirror
            diff.carried_old.append((old_id, str(raw_old[old_id]["carried_from"])))
            continue
        carried = raw_new[new_id].get("carried_from")
        if carried and (diff.plans or not raw_old[old_id].get("carried_from")):
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
    diff.names.update(names or {})
    diff.document = list(changes(leaves(document_fields(old)), leaves(document_fields(new))))
    if revision:
        as_revise_does(diff, old, new)
    from cds_tracker.registry.diff_catalog import compare_catalog

    compare_catalog(diff, old.get("catalog") or {}, new.get("catalog") or {})
    return diff


def _to(target: dict[str, Any]) -> str:
    """The plan a target was carried to ("2024" of `carried_to: 2024/I.3`), "" for none."""
    return str(target.get("carried_to") or "").partition("/")[0]


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


def _cancelled(
    target_id: str, target: dict[str, Any], *, already: bool = False, content: str = ""
) -> Cancelled:
    day, reason = _text(target.get("cancelled")), _text(target.get("cancelled_reason"))
    return Cancelled(target_id, day, reason, already, content)
