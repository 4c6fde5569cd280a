"""The year and the day of a revision (`cds import --revise`): the plan its heading names must
be the one revised, and the day it takes effect is the one its heading states (`--on` may
repeat it, never contradict it). Split from app/revising.py, which proposes and writes it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from cds_tracker.app.discovery import Found, display_path, other_plan
from cds_tracker.core.errors import CdsError, DataError, Problem, UsageError, msg
from cds_tracker.output.sanitize import visible_line
from cds_tracker.registry.importing import Imported


def check_year(imported: Imported, year: int, file_shown: str, shown: str, found: Found) -> None:
    """A revision belongs to the plan it revises: a table whose heading names another year's
    plan (the 2025 plan's revision imported into 2024 by mistake) is refused, nothing read
    further. A heading that states no year is taken as this plan's. The file's content is
    wrong for this plan, not the command line: invalid data (exit 1), as a file without the
    table is. The hint's command names that year's plan as one typed from here reaches it
    (`found`: how this run found its registry; app/discovery.py `other_plan`: `--registry`
    to the sibling plan after --registry or CDS_REGISTRY, `plans/2025-sua-doi` when no folder
    is named 2025; fix12p)."""
    from cds_tracker.core.command_words import name_word

    stated = stated_year(imported)
    if stated is not None and stated != year:
        option = other_plan(found, None, stated)
        raise CdsError(
            msg("revise.other_year", file=file_shown, year=stated, path=shown, plan_year=year),
            hint=msg(
                "revise.hint.other_year",
                file=name_word(file_shown),
                year=stated,
                plan_year=year,
                option=option,
            ),  # a file no window reads alike: "…", none (fix12d)
        )


def stated_year(imported: Imported) -> int | None:
    """The year of the plan the table's heading names: its title's "năm 2025" if it says one,
    else the year of the plan's date ("Kèm theo Kế hoạch số 3/KH-BCĐ ngày 10/04/2025"); None
    when the heading states neither."""
    from cds_tracker.core.text import fold

    document = imported.data["document"]
    said = re.search(r"\bnam ([0-9]{4})(?![0-9])", fold(str(document.get("title") or "")))
    if said:
        return int(said[1])
    if "year" in imported.missing or "plan" in imported.missing:
        return None
    return int(document["year"]) or None


def _on_day(text: str, year: int) -> dt.date:
    """`--on`: a day of the plan's year or the next (a revision of the 2024 plan in effect in
    2999 would write `added: 01/01/2999` and hide its new targets for centuries; in 1900,
    before the plan existed)."""
    from cds_tracker.core.dates import format_date, parse_date
    from cds_tracker.registry.rules_revised import added_days

    day = parse_date(text, option="--on")
    first, last = added_days(year)  # what `validate` accepts as the added targets' day
    if not first <= day <= last:
        raise UsageError(
            msg("revise.on_range", day=format_date(day), year=year, next=year + 1),
            hint=msg("revise.hint.no_day"),
        )
    return day


def revision_day(imported: Any, base: Any, file: Path, on: str | None, year: int) -> dt.date:
    """The day the revision takes effect: the date of the revising plan its heading states
    ("Kèm theo Kế hoạch số 85/KH-BCĐ ngày 10/6/2024"), the legal day of the document, which
    `document.revisions` records and every document numbers and cites the plan from. `--on`
    may repeat it but not contradict it: a day of its own would annul and add targets on one
    day while the tables number the plan by the revision from another (I.2 still in force,
    and late, while the appendix already prints I.3 as "2."). Never today. A heading without
    a whole date, or citing the plan being revised (its date is that plan's, not the
    revision's), leaves the day to `--on` (a usage error without it)."""
    from cds_tracker.core.dates import format_date, try_parse_date

    own = base.document.plan
    plan = revising_cited(imported, own)
    stated = str((plan or {}).get("date") or "")
    day = try_parse_date(stated) if stated else None
    shown = visible_line(display_path(file))
    _day_stated(stated, shown)
    if on is not None:
        chosen = _on_day(on, year)
        if day is not None and chosen != day:
            raise UsageError(
                msg("revise.on_not_heading", day=format_date(chosen), file=shown,
                    stated=format_date(day)),
                hint=msg("revise.hint.on_not_heading", stated=format_date(day)),
            )  # fmt: skip
        _not_before_plan(chosen, own.date)
        return chosen
    if day is not None:
        return day
    raise UsageError(msg("revise.no_day", file=shown), hint=msg("revise.hint.no_day"))


def revising_cited(imported: Any, own: Any) -> dict[str, Any] | None:
    """The revising plan the table's heading names, as `document.revisions` records it; None
    when it names none, or names the plan being revised (the guide's revised table repeats
    the plan's own heading, "Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024"): that plan is
    never its own revision, neither cited as the revising document nor its date the
    revision's day (clerk 17, F3). `own`: the revised plan's `Plan`."""
    from cds_tracker.registry.importing.heading import revising_plan, same_plan

    if "plan" in imported.missing:
        return None
    plan = revising_plan(imported.data["document"])
    if plan.get("reference") == own.reference or same_plan(plan, own._asdict()):
        return None
    return plan


def _day_stated(stated: str, shown: str) -> None:
    """A heading's revision date that is no day ("31/02/2024", "10/01/0001") said as such,
    never as a heading that gives no date, nor written as a cancellation on day 10/01/1.
    The file is wrong, not the command line: invalid data (exit 1) said at the file, as a
    plain `cds import` of the same file says it (review 15: it was a usage error, exit 2)."""
    from cds_tracker.registry.rules_revised import plan_date_flaw

    if (flaw := plan_date_flaw(stated)) is not None:
        said = msg("revise.bad_day", date=stated.strip(), why=flaw)
        at_file = Problem(shown, 0, 0, said, msg("revise.hint.bad_day"))
        raise DataError(msg("revise.bad_day_refused", file=shown), (at_file,))


def _not_before_plan(chosen: dt.date, plan_date: str) -> None:
    """`--on` before the day of the plan being revised (its heading's date): a revision that
    takes effect before the plan it revises existed is a typo (review 9: 09/01/2024 for a plan
    of 10/01/2024 annulled its target from the day before), refused as a usage error."""
    from cds_tracker.core.dates import format_date, try_parse_date

    signed = try_parse_date(plan_date) if plan_date else None
    if signed is not None and chosen < signed:
        day, plan = format_date(chosen), format_date(signed)
        raise UsageError(
            msg("revise.on_before_plan", day=day, plan=plan),
            hint=msg("revise.hint.on_before_plan", plan=plan),
        )
