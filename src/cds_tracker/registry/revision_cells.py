"""A target's cells as a revision changes them: the table's cells written over the registry's,
the values before kept in a dated `before` entry, an annulment lifted with its days kept, and a
person's fix the table repeats unread kept. Apart from revision.py, which pairs the table's rows
with the registry's targets and decides which are updated, added or cancelled; both `import
--revise` and `cds diff` (`revision.as_filed`) change a cell only here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cds_tracker.registry.revision import Revision

CELLS = ("content", "directing", "lead", "cooperating", "deadline", "notes")  # what a table holds


def _fixed(
    mine: Any,
    theirs: dict[str, Any],
    number: str,
    unread: Mapping[tuple[str, str], tuple[str, str]],
    done: Revision,
) -> frozenset[str]:
    """The cells of a target a person fixed that the revised table repeats unread: the
    importer could not read the table's cell (an unknown unit, a deadline "Tháng 13/2024"),
    while the registry's cell differs and is not marked for review (a person decided it): a
    deadline the registry reads, or an assignment naming a unit the table's cell does not
    (the unread name replaced; a cell whose units the table's all has, plus a name unread, is
    a change of the revision, written and marked as any). The registry does not keep what the
    plan's own table said, so the revision cannot be told from a repeat of the original's
    typo: the person's fix is kept, and said (`fix_kept`, at the table's cell), never replaced
    by the typo. Their marks are dropped from the table's review lines."""
    kept = set()
    marks = [str(line) for line in mine.get("needs_review") or ()]
    for key in CELLS:
        found = unread.get((number, key))
        if found is None or key not in theirs or _same_cell(mine.get(key, ""), theirs[key]):
            continue
        place, column = found
        if any(line.startswith(f"{column}:") for line in marks):
            continue  # still to decide in the registry: the table's reading is as good
        if key != "deadline" and not _units(mine.get(key)) - _units(theirs[key]):
            continue  # no unit in place of the name unread: the table adds one (a change)
        kept.add(key)
        was, now = (_cell_text(cell) for cell in (theirs[key], mine.get(key)))
        done.fix_kept.append((str(mine["id"]), place, column, was, now))
        theirs["needs_review"] = [
            line for line in theirs.get("needs_review") or () if not line.startswith(f"{column}:")
        ]
    return frozenset(kept)


def _units(cell: Any) -> set[str]:
    return {str(u) for u in cell.get("units") or ()} if isinstance(cell, dict) else set()


def _cell_text(cell: Any) -> str:
    return str(cell.get("text", "")) if isinstance(cell, dict) else str(cell or "")


def _update(
    mine: Any,
    theirs: dict[str, Any],
    done: Revision,
    review_note: str,
    absent: frozenset[str],
    day: str,
) -> None:
    changed, earlier = False, {}
    for key in CELLS:
        new = theirs.get(key, "" if key == "notes" else None)
        if new is None or key in absent or _same_cell(mine.get(key, ""), new):
            continue
        if key != "notes" and key in mine and (key != "lead" or _handed_over(mine[key], new)):
            earlier[key] = _plain(mine[key])
        mine[key] = new
        changed = True
    _keep_earlier(mine, earlier, day)
    if mine.get("cancelled"):
        _lifted(mine, day)
        done.restored.append(str(mine["id"]))
    marks = list(theirs.get("needs_review") or ())
    for indicator in mine.get("indicators") or ():
        text = str(indicator.get("text", ""))
        if text.casefold() not in str(mine["content"]).casefold():
            key = str(indicator.get("key", ""))
            done.stale_indicators.append((str(mine["id"]), key, text))
            marks.append(review_note.format(key=key, text=text))
    if marks:
        mine["needs_review"] = [*(mine.get("needs_review") or ()), *marks]
    if changed:
        done.updated.append(str(mine["id"]))


def _handed_over(old: Any, lead: Any) -> bool:
    """Whether a revision's lead cell gives the target to other lead units: a lead cell only
    reworded (the same units) hands nothing over, and is not dated."""
    was = [str(u) for u in old.get("units") or ()] if isinstance(old, dict) else []
    now = [str(u) for u in lead.get("units") or ()] if isinstance(lead, dict) else []
    return bool(was) and set(was) != set(now)


def _keep_earlier(target: Any, earlier: dict[str, Any], day: str) -> None:
    """A revision (in effect from `day`, dd/mm/yyyy) that changed cells of the target: their
    values before it kept in one `before` entry with that day as its `until`, so the days
    before it are still answered with the plan as it stood (docs/registry-format.md, "Cell
    changes"). An entry of that day already there keeps its values (the earlier ones)."""
    if not earlier:
        return
    entries = list(target.get("before") or ())
    same = next((e for e in entries if str(e.get("until")) == day), None)
    if same is not None:
        for key, value in earlier.items():
            same.setdefault(key, value)
    else:
        entries.append({"until": day, **earlier})
    target["before"] = entries


def _lifted(target: Any, day: str) -> None:
    """A cancelled target a later revision (in effect from `day`, dd/mm/yyyy) lists again: in
    force from `day`, and the days it was cancelled kept as `cancelled_before` (since, until:
    the day it came back), so a day inside them is still answered as cancelled."""
    from cds_tracker.core.dates import try_parse_date

    since = str(target.pop("cancelled"))
    reason = str(target.pop("cancelled_reason", "") or "")
    start, back = try_parse_date(since), try_parse_date(day)
    if start is None or back is None or back <= start:
        return  # never in effect before it came back: nothing to keep
    period = {"since": since, "until": day, **({"reason": reason} if reason else {})}
    target["cancelled_before"] = [*(target.get("cancelled_before") or ()), period]


def _plain(value: Any) -> Any:
    """A round-trip value as plain data, to compare with the table's."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, str) else value


def _same_cell(mine: Any, theirs: Any) -> bool:
    """A registry's cell and the table's say the same: each text compared without the empty
    lines and spaces around it (`core.text.trimmed`), which a registry imported by an earlier
    cds may keep ("Tháng 9/2025\\n"): no change, no dated `before` entry (attack 11)."""
    return bool(_compared(_plain(mine)) == _compared(_plain(theirs)))


def _compared(value: Any) -> Any:
    from cds_tracker.core.text import trimmed

    if isinstance(value, dict):
        return {k: _compared(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_compared(v) for v in value]
    return trimmed(value) if isinstance(value, str) else value
