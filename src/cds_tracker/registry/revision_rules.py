"""Rules on what a revision recorded: its `printed` list and the days it annulled targets.

Part of `rules.RULES`. `import --revise` writes, for each revision, the numbers its table
prints (`document.revisions[].printed`) and, in each target, the latest revision's number
(`printed`) and the day it was annulled (`cancelled`); a person may edit all three, and the
documents read both lists, so they must say the same (docs/registry-format.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.errors import Finding, msg
from cds_tracker.core.records import Plan
from cds_tracker.registry.rules_revised import added_days

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts


def _cited(revision: Plan) -> dict[str, str]:
    """A revision as its messages name it: "số 77/KH-BCĐ ngày 15/05/2024"."""
    return {"plan": f"{revision.number}/{revision.symbol}", "date": revision.date}


def revision_numbers_known(parts: Parts) -> Iterator[Finding]:
    """A revision's `printed` list names targets the registry has (`I.99` numbers nothing: the
    documents of that revision's days would silently lose it), and gives each number to one
    target: a table prints "2." once in a group (`I.3→I.2` and `I.4→I.2` would print two rows
    "2.")."""
    document = parts.document
    if document is None:
        return
    ids = parts.declared_target_ids | {target.id for _, _, target in parts.targets}
    for i, revision in enumerate(document.revisions):
        owner: dict[str, str] = {}
        for j, entry in enumerate(revision.printed or ()):
            where = ("document", "revisions", i, "printed", j)
            if entry.id not in ids:
                yield Finding(
                    (*where, "id"),
                    msg("rule.revision_printed_unknown", id=entry.id, **_cited(revision)),
                    msg("rule.hint.revision_printed_unknown", id=entry.id),
                )
                continue
            other = owner.setdefault(entry.number, entry.id)
            if other != entry.id:
                yield Finding(
                    (*where, "number"),
                    msg(
                        "rule.revision_printed_twice",
                        number=entry.number,
                        id=entry.id,
                        other=other,
                        **_cited(revision),
                    ),
                    msg("rule.hint.revision_printed_twice", number=entry.number),
                    target=entry.id,
                )


def printed_as_latest_revision(parts: Parts) -> Iterator[Finding]:
    """A target's own `printed` is the latest revision's number for it: the two are written
    together by `import --revise`, and the documents read the target's `printed` from the
    latest revision on and the list for the days before it; differing, a table would number
    one target two ways depending on the day asked. Only a revision that recorded its list
    (`printed` present) is compared; cancelled targets have no number in force and carried
    ones none in this plan (registry/numbering.py), so neither is compared."""
    document = parts.document
    if document is None or not document.revisions:
        return
    index = len(document.revisions) - 1
    latest = document.revisions[index]
    if latest.printed is None:
        return
    listed = {entry.id: entry.number for entry in latest.printed if entry.number != entry.id}
    for path, _, target in parts.targets:
        if target.cancelled is not None or target.carried_from is not None:
            continue
        own = target.printed if target.printed != target.id else None
        expected = listed.get(target.id)
        if own == expected:
            continue
        yield Finding(
            (*path, "printed" if target.printed is not None else "id"),
            msg(
                "rule.printed_not_latest",
                id=target.id,
                own=own or target.id,
                number=expected or target.id,
                **_cited(latest),
                item=index + 1,
            ),
            msg("rule.hint.printed_not_latest", id=target.id, number=expected or target.id),
            target=target.id,
        )


def cancelled_days_fit(parts: Parts) -> Iterator[Finding]:
    """`cancelled` is a day a revision of the plan took effect: the plan's year or the next
    (the days `import --revise --on` accepts and `added` is held to, `added_days`). A plan of
    2024 annulled on 01/01/2020 would count its target annulled before it existed."""
    document = parts.document
    if document is None:
        return
    first, last = added_days(document.year)
    for path, _, target in parts.targets:
        if target.cancelled is None:
            continue
        day = dt.date.fromisoformat(target.cancelled)
        if not first <= day <= last:
            yield Finding(
                (*path, "cancelled"),
                msg(
                    "rule.cancelled_year",
                    id=target.id,
                    cancelled=day.strftime("%d/%m/%Y"),
                    year=document.year,
                    first=first.strftime("%d/%m/%Y"),
                    last=last.strftime("%d/%m/%Y"),
                ),
                msg("rule.hint.cancelled_year"),
                target=target.id,
            )


def cancelled_periods_fit(parts: Parts) -> Iterator[Finding]:
    """Each `cancelled_before` period ends after it begins, after the one before it, and
    before the target's own `cancelled`: days in force and days cancelled never overlap."""
    for path, _, target in parts.targets:
        after = ""
        for i, period in enumerate(target.cancelled_before):
            if period.since >= period.until or period.since < after:
                yield _period_finding((*path, "cancelled_before", i), target.id, period.since)
            after = period.until
        if target.cancelled is not None and target.cancelled < after:
            yield _period_finding((*path, "cancelled"), target.id, target.cancelled)


def _period_finding(path: tuple[str | int, ...], target: str, day: str) -> Finding:
    shown = dt.date.fromisoformat(day).strftime("%d/%m/%Y")
    return Finding(
        path,
        msg("rule.cancelled_periods", id=target, day=shown),
        msg("rule.hint.cancelled_periods"),
        target=target,
    )


_NOT_REVISION = {"cancelled": "rule.cancelled_not_revision", "added": "rule.added_not_revision"}


def days_of_revisions(parts: Parts) -> Iterator[Finding]:
    """Once the plan lists its revisions, a `cancelled` or `added` day is the date of one of
    them: a revision takes effect on its document's date (`import --revise` refuses an `--on`
    that contradicts the heading), and the documents number and cite the plan by those dates;
    a target annulled on another day would stay in force, and late, while the tables already
    print the revision's numbers without it. A day written by hand is held to the same rule:
    the document that annulled or added the target belongs in `document.revisions`. Not
    checked while a revision's date is a blank to fill (any day may be its), nor on a carried
    target (it entered by `carry-over`), nor in a plan that lists no revision (a table whose
    heading names no plan, or a registry revised by an older version)."""
    from cds_tracker.registry.revision_checks import recorded_days

    document = parts.document
    days = recorded_days(document) if document is not None else None
    if document is None or days is None:
        return
    dates = ", ".join(revision.date for revision in document.revisions)
    first, last = added_days(document.year)  # outside: `added_days_fit`, `cancelled_days_fit`
    for path, _, target in parts.targets:
        if target.carried_from is not None:
            continue
        for key, written in (("cancelled", target.cancelled), ("added", target.added)):
            day = dt.date.fromisoformat(written) if written is not None else None
            if day is None or day in days or not first <= day <= last:
                continue
            shown = day.strftime("%d/%m/%Y")
            yield Finding(
                (*path, key),
                msg(_NOT_REVISION[key], id=target.id, day=shown, dates=dates),
                msg("rule.hint.day_not_revision", key=key, day=shown),
                target=target.id,
            )
