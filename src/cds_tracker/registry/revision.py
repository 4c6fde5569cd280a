"""A revised appendix applied to the plan's registry, in place, losing nothing.

The table holds only its columns (content, the three assignments, deadline, notes): those are
updated. Everything else a target holds stays: its id (progress entries name it), indicators,
reporting period, `carried_from`/`carried_to`. A target the revision no longer lists is not
deleted but marked `cancelled` (the day, a reason), so its progress stays valid and it is urged
no more; a target carried from an earlier plan is never in the table and stays as it is.

Targets are paired as `registry/matching.py` says. A new row whose number is already taken in
the registry (by a carried target, a cancelled one, or a target renumbered) gets the next free
number of its group, and the change says so. Works on any mapping data, so the caller can pass a
round-trip document and keep the file's comments and layout. How a paired target's cells change
(earlier values kept, a person's fix kept) is revision_cells.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cds_tracker.registry.matching import Pairing, pair
from cds_tracker.registry.revision_cells import CELLS, _fixed, _lifted, _update
from cds_tracker.registry.unread_rows import Unread, blocked, settle


@dataclass
class Revision:
    paired: list[str] = field(default_factory=list)  # ids the table lists again (any number)
    updated: list[str] = field(default_factory=list)  # ids whose cells the table changed
    renumbered: list[tuple[str, str]] = field(default_factory=list)  # (id kept, table's number)
    added: list[tuple[str, str]] = field(default_factory=list)  # (id given, table's number)
    cancelled: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)  # cancelled before, listed again
    carried_kept: list[tuple[str, str]] = field(default_factory=list)  # (id, carried_from)
    # (id, carried_to, carried_on): cancelled here although already carried into another plan
    carried_cancelled: list[tuple[str, str, str]] = field(default_factory=list)
    stale_indicators: list[tuple[str, str, str]] = field(default_factory=list)  # id, key, text
    uncertain: list[tuple[str, str]] = field(default_factory=list)  # (id, table's number)
    # an uncertain pair of a text on several rows: id → the other rows (old ids, table numbers)
    tied: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    printed: dict[str, str] = field(default_factory=dict)  # id → table's number, where not it
    recorded: str = ""  # the revising plan appended to document.revisions, by number and day
    recorded_blank: str = ""  # or the day of one appended with no number (dd/mm/yyyy)
    # (id, "cancelled" or "added", the day written before): a day later than this revision's,
    # moved to it (below)
    redated: list[tuple[str, str, str]] = field(default_factory=list)
    # Rows whose number could not be read (registry/unread_rows.py): a target kept as the row
    # of the same text; the targets left unannulled while a row is no target surely, and those
    # rows (the caller refuses to write)
    kept_unread: list[tuple[str, Unread]] = field(default_factory=list)
    # (id, place, column title, the table's text, the registry's kept): a fix kept (`_fixed`)
    fix_kept: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    undecided: list[str] = field(default_factory=list)
    unsure_rows: list[Unread] = field(default_factory=list)


def _targets(data: Any) -> dict[str, Any]:
    return {str(t["id"]): t for g in data.get("groups") or () for t in g.get("targets") or ()}


def apply_revision(
    data: Any,
    table: dict[str, Any],
    day: str,
    reason: str,
    notes: tuple[str, str],
    chosen: dict[str, str] | None = None,
    absent: frozenset[str] = frozenset(),
    unread: Sequence[Unread] = (),
    unread_cells: Mapping[tuple[str, str], tuple[str, str]] | None = None,
) -> Revision:
    """Change `data` (the registry) to what the revised `table` (imported registry data, ids
    being the table's numbers) says. `day` (dd/mm/yyyy) and `reason` go into each target the
    revision cancels; `notes`: the review line for a target whose new text lost the threshold
    an indicator quotes ({key}, {text}), and for a pair made by likeness only ({number});
    `chosen`: the user's `--pair` choices; `absent`: the columns the revised table lacks, whose
    cells the registry keeps (a table without "Trực tiếp chỉ đạo" changes no official);
    `unread`: the table's rows whose number could not be read (`registry/unread_rows.py`);
    `unread_cells`: (table number, field) → (place, column title) of each cell the importer
    could not read (`_fixed`)."""
    mine = _targets(data)
    theirs = _targets(table)
    pairing = pair(mine.values(), theirs.values(), chosen)
    done = Revision()
    unsure = set(pairing.uncertain)
    for old_id, new_id in pairing.pairs:
        done.paired.append(old_id)
        fixed = _fixed(mine[old_id], theirs[new_id], new_id, unread_cells or {}, done)
        _update(mine[old_id], theirs[new_id], done, notes[0], absent | fixed, day)
        if (old_id, new_id) in unsure:
            done.uncertain.append((old_id, new_id))
            if (old_id, new_id) in pairing.tied:
                done.tied[old_id] = pairing.tied[(old_id, new_id)]
            line = notes[1].format(number=new_id)
            mine[old_id]["needs_review"] = [*(mine[old_id].get("needs_review") or ()), line]
        if mine[old_id].get("carried_from") and theirs[new_id].get("carried_from"):
            continue  # read from the table's carried part: its number there is not this plan's
        _printed(mine[old_id], new_id)
        _not_after(mine[old_id], "added", day, done)
        if old_id != new_id:
            done.renumbered.append((old_id, new_id))
        if old_id != new_id or mine[old_id].get("carried_from"):  # listed: numbered here
            done.printed[old_id] = new_id
    settled = settle(mine, pairing.old_only, unread)
    done.undecided = blocked(mine, pairing.old_only, settled)
    done.unsure_rows = settled.unsure
    for old_id in pairing.old_only:
        target = mine[old_id]
        if old_id in settled.by_text:  # its row's number unread, its text the same: kept
            done.kept_unread.append((old_id, settled.by_text[old_id]))
        elif old_id in done.undecided:
            continue  # an unread row may be it: never annulled for a number mistyped
        elif target.get("carried_from"):
            done.carried_kept.append((old_id, str(target["carried_from"])))
        elif not target.get("cancelled"):
            target["cancelled"] = day
            target["cancelled_reason"] = reason
            target.pop("printed", None)  # no number in the plan in force
            done.cancelled.append(old_id)
            if target.get("carried_to"):  # its copy in the next plan is followed still
                carried = (old_id, str(target["carried_to"]), str(target.get("carried_on") or ""))
                done.carried_cancelled.append(carried)
        elif _not_after(target, "cancelled", day, done):
            target["cancelled_reason"] = reason
    _titles(data, table)
    codes = filed_as(data, table, pairing)
    table_groups = {str(g["id"]): g for g in table.get("groups") or ()}
    for new_id in pairing.new_only:
        group_id = new_id.partition(".")[0]
        target = dict(theirs[new_id])
        given = codes[new_id]
        target["number"] = int(given.partition(".")[2])
        target["id"] = given
        target["added"] = day  # not among the plan's targets before the revision takes effect
        _printed(target, new_id)
        _group(data, table_groups[group_id])["targets"].append(_ordered(target))
        done.added.append((given, new_id))
        if given != new_id:
            done.printed[given] = new_id
    return done


def _not_after(target: Any, key: str, day: str, done: Revision) -> bool:
    """A target this revision lists (`added`) or drops (`cancelled`) is in, or out of, the plan
    from the revision's day at the latest: a later day written before (an earlier run with a
    guessed `--on`, from a table whose heading stated no date) is moved to it, and said.
    An earlier day stays: an earlier document added or annulled it."""
    from cds_tracker.core.dates import try_parse_date

    written = str(target.get(key) or "")
    before, now = try_parse_date(written), try_parse_date(day)
    if before is None or now is None or before <= now:
        return False
    target[key] = day
    done.redated.append((str(target["id"]), key, written))
    return True


def filed_as(data: Any, table: Any, pairing: Pairing) -> dict[str, str]:
    """Each row of the revised `table` (its printed number, "I.2") → the id `import --revise`
    files it under in the registry `data`: a paired row its target's id; a new row its own
    number, or, that id being taken (by any target: carried, cancelled, renumbered), the next
    free number of its group. The one rule `cds diff` names a revision's targets by."""
    codes = {new: old for old, new in pairing.pairs}
    taken = set(_targets(data))
    top: dict[str, int] = {}  # the highest number of each group, new rows counted as given
    for group in data.get("groups") or ():
        numbers = [_whole(t.get("number")) for t in group.get("targets") or ()]
        gid = str(group["id"])
        top[gid] = max([top.get(gid, 0), *numbers])
    rows = _targets(table)
    for new_id in pairing.new_only:
        group_id = new_id.partition(".")[0]
        number = top.get(group_id, 0) + 1 if new_id in taken else _whole(rows[new_id]["number"])
        given = f"{group_id}.{number}"
        top[group_id] = max(top.get(group_id, 0), number)
        taken.add(given)
        codes[new_id] = given
    return codes


def as_revised(
    data: Any,
    table: Any,
    pairing: Pairing,
    unread_cells: Mapping[tuple[str, str], tuple[str, str]] | None = None,
    kept: list[tuple[str, str, str, str, str]] | None = None,
    day: str = "",
) -> tuple[list[tuple[str, Any]], Pairing]:
    """The revised `table`'s targets as `import --revise` would file them in `data`, each with
    its group (`filed_as` ids, `as_filed` fields), and the pairing in those ids: what `cds diff
    REGISTRY TABLE` compares, so it names every target as the revision will. A person's fix
    the table repeats unread (`_fixed`) is kept as revise keeps it, and added to `kept`.
    `day` (dd/mm/yyyy): the revision's, a cancelled target listed again kept its cancelled days
    from (`as_filed`); "" when the table names no revising plan and day."""
    codes = filed_as(data, table, pairing)
    mine = _targets(data)
    paired = {new: old for old, new in pairing.pairs}
    targets = []
    for group in table.get("groups") or ():
        for row in group.get("targets") or ():
            number = str(row["id"])
            code = codes[number]
            if number in paired:
                scratch = Revision()
                own = mine[paired[number]]
                fixed = _fixed(own, dict(row), number, unread_cells or {}, scratch)
                cells = {k: v for k, v in row.items() if k not in fixed}
                target = as_filed(own, cells, number, day)
                if kept is not None:
                    kept += scratch.fix_kept
            else:
                target = {**row, "id": code, "number": int(code.partition(".")[2])}
                _printed(target, number)
            targets.append((str(group["id"]), target))
    filed = Pairing(
        [(old, codes[new]) for old, new in pairing.pairs],
        list(pairing.old_only),
        [codes[new] for new in pairing.new_only],
        [(old, codes[new]) for old, new in pairing.uncertain],
        {(old, codes[new]): others for (old, new), others in pairing.tied.items()},
    )
    return targets, filed


def _whole(value: Any) -> int:
    """A target's number as a whole number; 0 for one that is not (a registry `cds diff` reads
    is not checked first: `number: abc` must not stop it)."""
    text = str(value).strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else 0


def as_filed(
    mine: dict[str, Any], theirs: dict[str, Any], number: str, day: str = ""
) -> dict[str, Any]:
    """A target as `apply_revision` leaves it, as plain data: the table's cells over the
    registry's target (its id, indicators, reporting period, origin kept), annulment lifted
    (its days kept as `cancelled_before` from the revision's `day`, by `_lifted` as revise
    keeps them: `cds diff` and the revise preview say one change, attack 11 a11-13),
    `printed` the table's `number` where it is not the id (`cds diff` of a revision)."""
    target = dict(mine)
    if day and target.get("cancelled"):
        _lifted(target, day)
    target.pop("cancelled", None)
    target.pop("cancelled_reason", None)
    for key in CELLS:
        new = theirs.get(key, "" if key == "notes" else None)
        if new is not None:
            target[key] = new
    _printed(target, number)
    return target


def kept_ids(before: Any, after: Any) -> dict[str, str]:
    """How the registry before a revision pairs with the registry after it, for its diff: a
    revision keeps the ids of the targets it pairs and gives a new row an id not taken, so one
    id on both sides is one target, whatever its words became."""
    after_ids = set(_targets(after))
    return {i: i for i in _targets(before) if i in after_ids}


def _printed(target: Any, number: str) -> None:
    """`printed`: the number the revised table prints the target under, kept only where it is
    not the target's id (docs/registry-format.md), or where the target is carried: a carried
    target has no number in this plan unless a revision lists it (numbering.py `listed`), so
    one listed at its own id ("3." for the carried I.3) records it too, or it stays unlisted."""
    if number != str(target["id"]) or target.get("carried_from"):
        target["printed"] = number
    else:
        target.pop("printed", None)


def printed_now(registry: Any, code: str) -> str | None:
    """The id of the target in force the latest revision prints under the number `code` (the
    old I.3, printed "2." once I.2 was dropped, for "I.2"), or None."""
    for _, target in registry.targets():
        if target.printed == code and target.cancelled is None and target.carried_from is None:
            return str(target.id)
    return None


def record_revision(data: Any, plan: dict[str, Any], done: Revision) -> None:
    """The revising plan (`reference`, `number`, `symbol`, `date`, as its heading states them)
    appended to `document.revisions`, once: a revision applied twice is one revision, and the
    plan itself re-imported is none."""
    document = data["document"]
    keys = ("reference", "number", "symbol", "date")
    entry = {key: str(plan.get(key, "")) for key in keys}
    known = [document.get("plan") or {}, *(document.get("revisions") or ())]
    # the numbers this revision prints, kept past the next revision (numbering.py)
    printed = [{"id": i, "number": n} for i, n in sorted(done.printed.items())]
    from cds_tracker.registry.importing.heading import same_plan

    # the plan itself, or a revision recorded already, however its reference is worded (an
    # exported appendix prints "Kế hoạch số 45…, đã điều chỉnh theo Kế hoạch số 130…")
    if any(_same(r, entry, keys) or same_plan(r, entry) for r in known):
        latest = known[-1]
        if len(known) > 1 and "printed" not in latest and _same(latest, entry, keys):
            latest["printed"] = printed  # recorded by an older version: its numbers now
        return
    if "revisions" not in document:
        document["revisions"] = []
    document["revisions"].append({**entry, "printed": printed})
    from cds_tracker.registry.importing.heading import plan_cited

    # one that states no number is said by its day (app/revising.py `_notes`), never as
    # "Kế hoạch số / ngày …"
    done.recorded = plan_cited(entry) if entry["symbol"] else ""
    done.recorded_blank = "" if entry["symbol"] else entry["date"]


def _same(known: Any, entry: dict[str, str], keys: tuple[str, ...]) -> bool:
    return {key: str(known.get(key, "")) for key in keys} == entry


def _titles(data: Any, table: dict[str, Any]) -> None:
    titles = {str(g["id"]): g.get("title", "") for g in table.get("groups") or ()}
    for group in data.get("groups") or ():
        title = titles.get(str(group["id"]))
        if title and title != group.get("title"):
            group["title"] = title


def _group(data: Any, table_group: dict[str, Any]) -> Any:
    for group in data["groups"]:
        if str(group["id"]) == str(table_group["id"]):
            if group.get("targets") is None:
                group["targets"] = []
            return group
    data["groups"].append({"id": table_group["id"], "title": table_group["title"], "targets": []})
    return data["groups"][-1]


def _ordered(target: dict[str, Any]) -> dict[str, Any]:
    """A new target's keys in the registry's order: id and number first."""
    first = {"id": target["id"], "number": target["number"]}
    return {**first, **{k: v for k, v in target.items() if k not in first}}
