"""Rules on a target's dated cells: its `before` entries (and the older `lead_before` ones).

Part of `rules.RULES`. `import --revise` keeps the cells a revision changed, as they stood
before it, in one `before` entry whose `until` is the day the revision took effect: the date
of that revision as `document.revisions` records it. Every question asked as of a day reads
the target of that day from these entries (`Target.on`), so a wrong `until` silently moves a
hand-over, a deadline or a text to another day. Each fault of a day is said apart, at the
`until` it is in, with what to write instead (final review 11, a_05/a_06/a_08):

- outside the days a revision of the plan takes effect (`added_days`, as `--on` is held to);
- not the date of a revision the plan's heading records (once it records its revisions, each
  with a date: the rule `days_of_revisions` holds `cancelled` and `added` to);
- the day of an entry above it (one revision, one entry) or before it (oldest first);
- a `lead_before` entry giving a lead for the day a `before` entry gives one: `show` would
  list two former leads for the same days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Finding, Msg, msg
from cds_tracker.core.records import Document
from cds_tracker.registry.rules_revised import added_days

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts
    from cds_tracker.registry.yamlio import PathKey


def recorded_days(document: Document) -> list[dt.date] | None:
    """The dates of the plan's revisions, oldest first, as the heading records them; None while
    the plan lists none (a registry revised by an older version, or a plan's own table applied
    with `--on`) or one's date is a blank to fill (any day may be its): then no day written by
    a revision can be held to them."""
    from cds_tracker.core.dates import try_parse_date

    days = [try_parse_date(revision.date) for revision in document.revisions]
    if not days or any(day is None for day in days):
        return None
    return [day for day in days if day is not None]


def earlier_cells_fit(parts: Parts) -> Iterator[Finding]:
    """Each `before` entry (the cells a revision changed, as they stood before it) gives at
    least one cell, and a lead, if any, names at least one unit; its `until` is checked by
    `_days_fit`. Its cells are held to the rules of the target's own: its units and unit texts
    by `assignments_resolve`, its deadline by rules_deadlines.py."""
    from cds_tracker.core.records import DATED_CELLS

    hint = msg("rule.hint.before")
    for path, _, target in parts.targets:
        for i, earlier in enumerate(target.before):
            where = (*path, "before", i)
            shown = _shown(earlier.until)
            if all(getattr(earlier, cell) is None for cell in DATED_CELLS):
                yield Finding(where, msg("rule.before_nothing", id=target.id, day=shown), hint,
                              target=target.id)  # fmt: skip
            if earlier.lead is not None and not earlier.lead.units:
                said = msg("rule.before_no_lead", id=target.id, day=shown)
                yield Finding((*where, "lead", "units"), said, hint, target=target.id)
        yield from _days_fit(parts, path, target.id, "before", [e.until for e in target.before])


def former_leads_fit(parts: Parts) -> Iterator[Finding]:
    """Each `lead_before` entry (a lead a revision took the target from, as registries of
    29/11/2026 hold it) names units of the catalog, at least one; its `until` is checked as a
    `before` entry's is, and never gives a lead for the day a `before` entry gives one."""
    from cds_tracker.core.text import did_you_mean

    declared = parts.declared_unit_ids | set(parts.index().units)
    for path, _, target in parts.targets:
        for i, former in enumerate(target.lead_before):
            where = (*path, "lead_before", i)
            if not former.units:
                yield Finding((*where, "units"), msg("rule.lead_before_empty", id=target.id),
                              msg("rule.hint.lead_before"), target=target.id)  # fmt: skip
            for j, unit_id in enumerate(former.units):
                if unit_id not in declared:
                    hint = did_you_mean(unit_id, sorted(declared))
                    yield Finding((*where, "units", j), msg("rule.unknown_unit", unit=unit_id),
                                  hint, target=target.id)  # fmt: skip
        days = [former.until for former in target.lead_before]
        yield from _days_fit(parts, path, target.id, "lead_before", days)
        leads = {e.until: n for n, e in enumerate(target.before, 1) if e.lead is not None}
        for i, day in enumerate(days):
            if day in leads:  # `Target.earlier` would hold two leads of that day
                said = msg("rule.lead_before_twice", id=target.id, day=_shown(day),
                           item=leads[day])  # fmt: skip
                yield Finding((*path, "lead_before", i, "until"), said,
                              msg("rule.hint.lead_before_twice"), target=target.id)  # fmt: skip


_ENTRY = {"before": "rule.entry_before", "lead_before": "rule.entry_lead_before"}


def _days_fit(
    parts: Parts, path: PathKey, target: str, key: str, days: Sequence[str]
) -> Iterator[Finding]:
    """The `until` days of a target's `key` list (yyyy-mm-dd), each said at most once, its
    first fault of: outside the plan's revision days, not a recorded revision's date, the
    day of an entry above it, before that entry's."""
    document = parts.document
    span = added_days(document.year) if document is not None else None
    recorded = recorded_days(document) if document is not None else None
    listed = _listed(document)
    entry = msg(_ENTRY[key])
    latest: tuple[int, str] | None = None  # (index, day) of the latest entry so far
    for i, until in enumerate(days):
        day = dt.date.fromisoformat(until)
        said = {"id": target, "entry": entry, "day": _shown(until)}
        where = (*path, key, i, "until")
        if span is not None and not span[0] <= day <= span[1]:
            first, last = (_shown(d.isoformat()) for d in span)
            assert document is not None
            message = msg("rule.until_outside", **said, year=document.year, first=first,
                          last=last)  # fmt: skip
            yield Finding(where, message, msg("rule.hint.until_day", days=listed), target=target)
        elif recorded is not None and day not in recorded:
            message = msg("rule.until_not_revision", **said)
            hint = msg("rule.hint.day_not_revision", key="until", day=said["day"])
            yield Finding(where, message, hint, target=target)
        elif latest is not None and until == latest[1]:
            message = msg("rule.until_twice", **said, item=latest[0] + 1)
            hint = msg("rule.hint.until_twice", day=_shown(until))
            yield Finding(where, message, hint, target=target)
        elif latest is not None and until < latest[1]:
            previous = _shown(latest[1])
            message = msg("rule.until_order", **said, previous=previous, item=latest[0] + 1)
            hint = msg("rule.hint.until_order", day=_shown(until), previous=previous)
            yield Finding(where, message, hint, target=target)
        if latest is None or until >= latest[1]:
            latest = (i, until)


def _listed(document: Document | None) -> Msg:
    """The revision days a hint offers: those the heading records, or that it records none."""
    if document is None or not document.revisions:
        return msg("rule.no_revision_days")
    return msg("rule.revision_days", dates=", ".join(r.date for r in document.revisions))


def _shown(day: str) -> str:
    return dt.date.fromisoformat(day).strftime("%d/%m/%Y")
