"""Rules that span records: each a small function over the parsed parts, returning findings.

A new rule is one function, in the rules_*.py module of its concern (units, groups, targets,
assignments, deadlines, indicators, plans over time, revised plans; revisions: revision_rules.py
and revision_checks.py), and one line in `RULES`. Rules see only the records that passed their
own schema check, so one broken target does not hide problems elsewhere in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from cds_tracker.core.errors import Finding
from cds_tracker.core.records import Document, Group, Target, Unit
from cds_tracker.registry.revision_checks import earlier_cells_fit, former_leads_fit
from cds_tracker.registry.revision_rules import (
    cancelled_days_fit,
    cancelled_periods_fit,
    days_of_revisions,
    printed_as_latest_revision,
    revision_numbers_known,
)
from cds_tracker.registry.rules_assignments import assignments_resolve
from cds_tracker.registry.rules_deadlines import deadline_matches_text, deadline_within_plan
from cds_tracker.registry.rules_groups import (
    group_ids_unique,
    group_titles_readable,
    members_listed_once,
)
from cds_tracker.registry.rules_indicators import indicator_reporters_known, indicators_consistent
from cds_tracker.registry.rules_plans import (
    assigned_units_exist_in_year,
    imported_values_reviewed,
    units_change_consistently,
)
from cds_tracker.registry.rules_revised import (
    added_days_fit,
    plan_fields_readable,
    printed_numbers_unique,
    revisions_after_plan,
    revisions_in_order,
)
from cds_tracker.registry.rules_targets import leads_named, target_ids_match
from cds_tracker.registry.rules_units import (
    collectives_well_formed,
    office_readable,
    unit_ids_unique,
    unit_names_readable,
    unit_names_unique,
)
from cds_tracker.registry.units import UnitIndex
from cds_tracker.registry.yamlio import PathKey


@dataclass
class Parts:
    """The records that passed their schema check, each with its path in the document."""

    document: Document | None = None
    official_titles: tuple[str, ...] = ()
    units: list[tuple[PathKey, Unit]] = field(default_factory=list)
    groups: list[tuple[PathKey, Group]] = field(default_factory=list)
    targets: list[tuple[PathKey, str, Target]] = field(default_factory=list)
    # Ids of every unit written in the file, valid or not: a unit with a typo in its `kind` is
    # reported once, not again at every place that refers to it.
    declared_unit_ids: set[str] = field(default_factory=set)
    invalid_unit_names: set[str] = field(default_factory=set)  # folded, of units that failed
    # Ids of every target written, valid or not: a target refused for one field is still there
    # for the rules that name targets by id (a revision's `printed` list), said once.
    declared_target_ids: set[str] = field(default_factory=set)
    needs_review: tuple[str, ...] = ()  # the registry's own marks, from `cds import`
    undated: set[str] = field(default_factory=set)  # ids whose refused days were left out
    changes_file: str | None = None  # a plan of a workspace: its unit changes file, as shown
    # unit id → the names (folded) the changes file writes for it (`name`, `aliases`): a clash
    # one of them makes is laid at the changes file (rules_units.unit_names_unique)
    changes_names: dict[str, set[str]] = field(default_factory=dict)

    def index(self) -> UnitIndex:
        return UnitIndex((unit for _, unit in self.units), self.official_titles)


Rule = Callable[[Parts], Iterable[Finding]]


RULES: tuple[Rule, ...] = (
    unit_ids_unique,
    unit_names_unique,
    unit_names_readable,
    office_readable,
    collectives_well_formed,
    members_listed_once,
    group_ids_unique,
    group_titles_readable,
    target_ids_match,
    assignments_resolve,
    leads_named,
    deadline_matches_text,
    deadline_within_plan,
    indicators_consistent,
    indicator_reporters_known,
    units_change_consistently,
    assigned_units_exist_in_year,
    imported_values_reviewed,
    plan_fields_readable,
    printed_numbers_unique,
    revisions_after_plan,
    revisions_in_order,
    added_days_fit,
    cancelled_days_fit,
    cancelled_periods_fit,
    former_leads_fit,
    earlier_cells_fit,
    revision_numbers_known,
    printed_as_latest_revision,
    days_of_revisions,
)


def check(parts: Parts) -> list[Finding]:
    return [finding for rule in RULES for finding in rule(parts)]
