"""Rules of a revised plan: the numbers the plan in force prints, and the revising plans.

Part of `rules.RULES`. `import --revise` writes `printed` (the number a revision prints a target
under, where it is not the id) and `document.revisions` (docs/registry-format.md); a person may
edit both, and a table of the plan in force must not print one number twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.dates import try_parse_date
from cds_tracker.core.errors import Finding, Msg, msg
from cds_tracker.core.records import Plan
from cds_tracker.core.text import hidden_character

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts

# A revision's date as letters cite it: dd/mm/yyyy, nothing around it (docs/registry-format.md).
_DMY = re.compile(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")


def _canonical(number: str) -> str:
    """'085' and '85' are one document number: compared without leading zeros."""
    said = number.strip()
    return (said.lstrip("0") or "0") if said.isascii() and said.isdigit() else said


def plan_fields_readable(parts: Parts) -> Iterator[Finding]:
    """The plan's and each revision's reference, number, symbol and date hold no control,
    format (bidi) or invisible character: every letter cites them, and an escape sequence or a
    direction override would rewrite the terminal or reverse the citation. The plan's date
    written as a day is one (attack 10: "31/02/2024" was valid)."""
    document = parts.document
    if document is None:
        return
    plans: list[tuple[tuple[str | int, ...], Plan]] = [(("document", "plan"), document.plan)]
    plans += [(("document", "revisions", i), r) for i, r in enumerate(document.revisions)]
    for where, plan in plans:
        for key in ("reference", "number", "symbol", "date"):
            hidden = hidden_character(getattr(plan, key))
            if hidden is not None:
                yield Finding(
                    (*where, key),
                    msg("rule.plan_invisible", key=key, character=hidden),
                    msg("rule.hint.plan_invisible"),
                )
    flaw = plan_date_flaw(document.plan.date)  # a revision's is revisions_after_plan's
    if flaw is not None:
        yield Finding(
            ("document", "plan", "date"),
            msg("rule.plan_date", date=document.plan.date.strip(), why=flaw),
            msg("rule.hint.plan_date"),
        )


def plan_date_flaw(text: str) -> Msg | None:
    """Why a plan's date written dd/mm/yyyy is no day ("31/02/2024": February 2024 has 29
    days; "10/01/0001": its year, as written, outside the plans' years), None for a day or a
    date not written as one (blank, "…………/5/2023": left to be filled in by hand)."""
    from cds_tracker.core.dates import FIRST_YEAR, LAST_YEAR, date_flaw

    said = text.strip()
    if not _DMY.fullmatch(said):
        return None
    day = try_parse_date(said)
    if day is None:
        return date_flaw(said) or msg("rule.plan_date_none")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        year = said.rpartition("/")[2]
        return msg("rule.plan_date_year", year=year, first=FIRST_YEAR, last=LAST_YEAR)
    return None


def printed_numbers_unique(parts: Parts) -> Iterator[Finding]:
    """Among the targets in force (not cancelled), each number is printed once: a target's
    `printed`, else its id. The second target to claim a number is reported. A carried target
    claims none: the plan never printed it, the documents cite it by its origin
    (registry/numbering.py), so a new row a revision prints at its id (I.9 printed "4." beside
    the carried I.4) takes nothing from it."""
    owner: dict[str, str] = {}
    groups = [group.id for _, group in parts.groups]
    for path, _, target in parts.targets:
        group = (target.printed or "").partition(".")[0]
        if group and group not in groups:  # 'IX.1' in a plan of groups I–III: printed nowhere
            yield Finding(
                (*path, "printed"),
                msg("rule.printed_group", number=target.printed, id=target.id, group=group),
                msg("rule.hint.printed_group", groups=", ".join(groups)),
                target=target.id,
            )
            continue
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
    document = parts.document
    if document is None:
        return
    plan_day = try_parse_date(document.plan.date)
    latest = dt.date(document.year + 1, 12, 31)  # the year is 1900–2999 (records.Document)
    seen: dict[tuple[str, str, str], int] = {}
    for i, revision in enumerate(document.revisions):
        where = ("document", "revisions", i)
        key = (_canonical(revision.number), revision.symbol, revision.date)
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
        if day is not None and not _DMY.fullmatch(revision.date):
            day = None  # '2023-06-11', '10/6/2023 ': cited as written, so written as the house
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


def revisions_in_order(parts: Parts) -> Iterator[Finding]:
    """`document.revisions` is a history, oldest first, one entry per document issued.

    The order is not cosmetic: `printed` holds the numbers of the last revision listed, while a
    letter cites, and a report numbers by, the revisions issued by its day (registry/numbering.py);
    a list out of date order would number a table by one revision and cite another. One number
    and symbol dated twice in one year is one document copied with a typo (an office numbers
    its documents once a year), and would be cited as two. The length itself is not limited:
    however many there are, a citation names at most two (output/reminders.py)."""
    document = parts.document
    if document is None:
        return
    latest: tuple[int, dt.date, str] | None = None  # (index, day, as written) latest so far
    issued: dict[tuple[str, str, int], str] = {}
    for i, revision in enumerate(document.revisions):
        day = try_parse_date(revision.date)
        if day is None:
            continue  # not a day (or a blank to fill): revisions_after_plan says so
        where = ("document", "revisions", i, "date")
        if latest is not None and day < latest[1]:
            yield Finding(
                where,
                msg(
                    "rule.revision_order",
                    date=revision.date,
                    before=latest[2],
                    item=latest[0] + 1,
                ),
                msg("rule.hint.revision_order"),
            )
        else:
            latest = (i, day, revision.date)
        key = (_canonical(revision.number), revision.symbol.strip(), day.year)
        if key[0].strip(" .…") and issued.setdefault(key, revision.date) != revision.date:
            yield Finding(
                where,
                msg(
                    "rule.revision_number_reused",
                    number=revision.number,
                    symbol=revision.symbol,
                    date=revision.date,
                    other=issued[key],
                ),
                msg("rule.hint.revision_number_reused"),
            )


def added_days(year: int) -> tuple[dt.date, dt.date]:
    """The first and last day a revision of the plan of `year` may take effect (`import --revise
    --on`, a target's `added`): in the plan's year or the next, as a revision's date is."""
    return dt.date(year, 1, 1), dt.date(year + 1, 12, 31)


def added_days_fit(parts: Parts) -> Iterator[Finding]:
    """`added` (written by `import --revise`: the day a revision added the target) belongs to a
    target of this plan a revision added: not to a carried one (it entered by `carry-over`, and
    is followed from the day after it was carried), not on or after its own annulment (it would
    never be in force), and within the days a revision of the plan may take effect. Progress entries
    dated before it are refused with the progress files (`progress/reading.py`)."""
    document = parts.document
    first, last = added_days(document.year) if document is not None else (None, None)
    for path, _, target in parts.targets:
        if target.added is None:
            continue
        added = dt.date.fromisoformat(target.added)
        shown = added.strftime("%d/%m/%Y")
        where = (*path, "added")
        if target.carried_from is not None:
            yield Finding(
                where,
                msg("rule.added_carried", id=target.id, origin=target.carried_from),
                msg("rule.hint.added_carried"),
                target=target.id,
            )
        elif target.cancelled is not None and target.cancelled <= target.added:
            cancelled = dt.date.fromisoformat(target.cancelled).strftime("%d/%m/%Y")
            yield Finding(
                where,
                msg("rule.added_cancelled", id=target.id, added=shown, cancelled=cancelled),
                msg("rule.hint.added_cancelled", cancelled=cancelled),
                target=target.id,
            )
        elif first is not None and last is not None and not first <= added <= last:
            yield Finding(
                where,
                msg(
                    "rule.added_year",
                    id=target.id,
                    added=shown,
                    year=first.year,
                    first=first.strftime("%d/%m/%Y"),
                    last=last.strftime("%d/%m/%Y"),
                ),
                msg("rule.hint.added_year"),
                target=target.id,
            )
