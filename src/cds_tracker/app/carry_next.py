"""A carry-over goes into the next plan: `--from 2023 --to 2025` is refused while a 2024 plan
exists (attack21 a21-10).

Carried targets leave the old plan on the carry day and belong to the new one from the next
(core/records.py `Target.closed`). Carried over 2024's plan, 2023's targets were in 2025's plan
through all of 2024, with 2025's deadlines: a target overdue since 11/2023 was overdue in no plan
during 2024, and a ward's heir (a merger in 2024) answered for it from 01/01/2024. Each plan
followed a target for its year: they are carried one plan at a time, 2023 into 2024, then
2024 into 2025, and the refusal (a usage error, exit 2) gives both commands. With no plan
between (no 2024 plan), 2023 into 2025 is the next plan: the carry day is then the last day
before 2025 (app/carry_day.py `default_day`), so 2023's plan follows its targets through 2024.
"""

from __future__ import annotations

from cds_tracker.app import workspace
from cds_tracker.core.errors import UsageError, msg
from cds_tracker.output.sanitize import visible_line


def check_next(source: str, source_year: int, destination: str, year: int) -> None:
    """Refuse when a plan of a year between the two plans' years exists (the earliest named)."""
    between = [
        plan
        for plan in workspace.all_plans()
        if plan.year is not None and source_year < plan.year < year
    ]
    if not between:
        return
    first = min(plan.year or 0 for plan in between)
    plan = workspace.of_year(between, first)
    name = visible_line(plan.name if plan is not None else str(first))
    shown_source, shown_to = visible_line(source), visible_line(destination)
    raise UsageError(
        msg(
            "carry.plan_between",
            source=shown_source,
            source_year=source_year,
            destination=shown_to,
            year=year,
            between=name,
            between_year=first,
        ),
        hint=msg("carry.hint.plan_between", source=shown_source, between=name, to=shown_to),
    )
