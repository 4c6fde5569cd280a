"""Rules of a revised plan: the numbers the plan in force prints, and the revising plans.

Part of `rules.RULES`. `import --revise` writes `printed` (the number a revision prints a target
under, where it is not the id) and `document.revisions` (docs/registry-format.md); a person may
edit both, and a table of the plan in force must not print one number twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.dates import try_parse_date
from cds_tracker.core.errors import Finding, msg

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts


def printed_numbers_unique(parts: Parts) -> Iterator[Finding]:
    """Among the targets in force (not cancelled), each number is printed once: a target's
    `printed`, else its id. The second target to claim a number is reported. A target carried
    from an earlier plan is not in the plan's table (carry-over numbers it after the plan's own
    rows): its id is no printed number, so a revision may print a new row under it (the carried
    III.4 and the revision's new row III.12, printed III.4, both stand)."""
    owner: dict[str, str] = {}
    for path, _, target in parts.targets:
        if target.cancelled is not None or target.carried_from is not None:
            continue
        number = target.printed or target.id
        other = owner.setdefault(number, target.id)
        if other != target.id:
            yield Finding(
                (*path, "printed" if target.printed else "id"),
                msg("rule.printed_taken", number=number, id=target.id, other=other),
                msg("rule.hint.printed_taken"),
                target=target.id,
            )


def revisions_after_plan(parts: Parts) -> Iterator[Finding]:
    """A revising plan is dated dd/mm/yyyy (or left blank, as its heading printed it), not
    before the plan it revises nor after 31/12 of the year after the plan's (a plan is revised
    during its year), is not that plan itself (letters would cite the plan as revising itself)
    and is listed once (letters would cite it twice)."""
    import datetime as dt

    document = parts.document
    if document is None:
        return
    plan_day = try_parse_date(document.plan.date)
    latest = dt.date(document.year + 1, 12, 31)  # the year is 1900–2999 (records.Document)
    seen: dict[tuple[str, str, str], int] = {}
    for i, revision in enumerate(document.revisions):
        where = ("document", "revisions", i)
        key = (revision.number, revision.symbol, revision.date)
        first = seen.setdefault(key, i) if revision.number.strip(" .…") else i  # blank: unfilled
        if first != i:
            yield Finding(
                where,
                msg(
                    "rule.revision_twice",
                    number=revision.number,
                    symbol=revision.symbol,
                    date=revision.date,
                    first=first + 1,
                ),
                msg("rule.hint.revision_twice"),
            )
        same = (revision.number, revision.symbol) == (document.plan.number, document.plan.symbol)
        if same and revision.number:
            yield Finding(
                (*where, "number"),
                msg("rule.revision_is_plan", number=revision.number, symbol=revision.symbol),
                msg("rule.hint.revision_is_plan"),
            )
        day = try_parse_date(revision.date)
        blank = not revision.date or "…" in revision.date or ".." in revision.date
        if day is None and not blank:  # a blank printed to fill by hand stays until filled
            yield Finding(
                (*where, "date"),
                msg("rule.revision_date", date=revision.date),
                msg("rule.hint.revision_date"),
            )
        elif day is not None and plan_day is not None and day < plan_day:
            yield Finding(
                (*where, "date"),
                msg("rule.revision_before_plan", date=revision.date, plan=document.plan.date),
                msg("rule.hint.revision_date"),
            )
        elif day is not None and day > latest:
            yield Finding(
                (*where, "date"),
                msg(
                    "rule.revision_after_year",
                    date=revision.date,
                    year=document.year,
                    latest=latest.strftime("%d/%m/%Y"),
                ),
                msg("rule.hint.revision_date"),
            )
