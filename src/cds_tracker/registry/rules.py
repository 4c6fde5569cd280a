"""Rules that span records: each a small function over the parsed parts, returning findings.

A new rule is one function and one line in `RULES`. Rules see only the records that passed their
own schema check, so one broken target does not hide problems elsewhere in the file.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from cds_tracker.core.dates import (
    ONGOING,
    PLAN_YEARS_AHEAD,
    PLAN_YEARS_BEFORE,
    YearDay,
    YearMonth,
    date_flaw,
    outside_plan,
    with_flaw,
)
from cds_tracker.core.deadline_words import deadline_day, parse_deadline_text
from cds_tracker.core.errors import Figure, Finding, Msg, msg
from cds_tracker.core.field_types import ROLES
from cds_tracker.core.records import Document, Group, Target, Unit
from cds_tracker.core.text import did_you_mean, fold, hidden_character, mixed_scripts
from cds_tracker.registry.revision_checks import earlier_cells_fit, former_leads_fit
from cds_tracker.registry.revision_rules import (
    cancelled_days_fit,
    cancelled_periods_fit,
    days_of_revisions,
    printed_as_latest_revision,
    revision_numbers_known,
)
from cds_tracker.registry.rules_groups import group_titles_readable, members_listed_once
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
from cds_tracker.registry.rules_targets import leads_named
from cds_tracker.registry.unit_wordings import person_named
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

    def index(self) -> UnitIndex:
        return UnitIndex((unit for _, unit in self.units), self.official_titles)


Rule = Callable[[Parts], Iterable[Finding]]


def unit_ids_unique(parts: Parts) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for path, unit in parts.units:
        if unit.id in seen:
            yield Finding(
                (*path, "id"), msg("rule.duplicate_unit_id", id=unit.id), msg("rule.hint.own_id")
            )
        seen.setdefault(unit.id, 0)


def unit_names_unique(parts: Parts) -> Iterator[Finding]:
    """Two units answering to one name would make `--unit` and cell resolution ambiguous."""
    owner: dict[str, str] = {}
    for path, unit in parts.units:
        for key, name in (("name", unit.name), *(("aliases", a) for a in unit.aliases)):
            folded = fold(name)
            other = owner.setdefault(folded, unit.id)
            if other != unit.id:
                yield Finding(
                    (*path, key),
                    msg("rule.name_taken", name=name, unit=unit.id, other=other),
                    msg("rule.hint.names_unique"),
                )


def unit_names_readable(parts: Parts) -> Iterator[Finding]:
    """A name with a look-alike letter from another script, or an invisible character, is a
    different name that nobody can type: `--unit` and the appendix's cells never match it."""
    for path, unit in parts.units:
        names: list[tuple[PathKey, str]] = [((*path, "name"), unit.name)]
        names += [((*path, "aliases", i), alias) for i, alias in enumerate(unit.aliases)]
        for where, name in names:
            if len(name) > NAME_LIMIT:
                yield Finding(
                    where,
                    msg(
                        "rule.name_too_long",
                        unit=unit.id,
                        length=Figure(len(name)),
                        limit=Figure(NAME_LIMIT),
                    ),
                    msg("rule.hint.name_one_line"),
                )
                continue
            hidden = hidden_character(name)
            if hidden is not None:
                yield Finding(
                    where,
                    msg("rule.invisible", unit=unit.id, character=hidden),
                    msg("rule.hint.invisible"),
                )
                continue
            mixed = mixed_scripts(name)
            if mixed is not None:
                main, other = mixed
                yield Finding(
                    where,
                    msg(
                        "rule.mixed_scripts",
                        name=name,
                        unit=unit.id,
                        script=main,
                        letter=other,
                        letter_name=unicodedata.name(other, "?"),
                    ),
                    msg("rule.hint.mixed_scripts"),
                )


NAME_LIMIT = 200  # a unit's or a body's name: "Văn phòng HĐND và UBND thành phố" is 32
# The longest each document.office field may be: each is one line of a letterhead, a signature
# block or "Nơi nhận:", and a letter is one page (docs/documents.md).
OFFICE_LIMITS = {
    "superior": NAME_LIMIT,
    "issuer": NAME_LIMIT,
    "place": 60,
    "symbol": 30,
    "report_symbol": 30,
    "authority": 100,
    "deputy": 100,
    "signer_title": 100,
    "signer_name": 80,
    "recipients": NAME_LIMIT,
    "archive": 100,
    "contact": NAME_LIMIT,
}


def office_readable(parts: Parts) -> Iterator[Finding]:
    """What a letter prints of its issuer (document.issuer and every document.office field) is
    plain readable text of a sensible length: no control character, tab, line break, direction
    override or escape sequence, no look-alike letter from another script (the rule unit names
    follow), so the letterhead and the signature look as typed and fit the page."""
    if parts.document is None:
        return
    office = parts.document.office
    fields: list[tuple[PathKey, str, str, int]] = [
        (("document", "issuer"), "issuer", parts.document.issuer, NAME_LIMIT)
    ]
    for key, limit in OFFICE_LIMITS.items():
        value = getattr(office, key)
        where: PathKey = ("document", "office", key)
        if isinstance(value, tuple):
            fields += [((*where, i), key, item, limit) for i, item in enumerate(value)]
        else:
            fields.append((where, key, value, limit))
    for where, key, text, limit in fields:
        hidden = hidden_character(text)
        mixed = mixed_scripts(text)
        if len(text) > limit:
            yield Finding(
                where,
                msg(
                    "rule.office_too_long",
                    key=key,
                    length=Figure(len(text)),
                    limit=Figure(limit),
                ),
                msg("rule.hint.office_one_line"),
            )
        elif hidden is not None:
            yield Finding(
                where,
                msg("rule.office_invisible", key=key, character=hidden),
                msg("rule.hint.office_invisible"),
            )
        elif mixed is not None:
            yield Finding(
                where,
                msg(
                    "rule.office_mixed_scripts",
                    key=key,
                    text=text,
                    script=mixed[0],
                    letter=mixed[1],
                    letter_name=unicodedata.name(mixed[1], "?"),
                ),
                msg("rule.hint.office_mixed_scripts"),
            )


def collectives_well_formed(parts: Parts) -> Iterator[Finding]:
    known = {unit.id: unit for _, unit in parts.units}
    declared = sorted(parts.declared_unit_ids | set(known))
    for path, unit in parts.units:
        if not unit.is_collective:
            if unit.members:
                yield Finding(
                    (*path, "members"),
                    msg("rule.members_not_collective", unit=unit.id, kind=unit.kind),
                    msg("rule.hint.only_collective_members"),
                    at_key=True,
                )
            if unit.scope is not None:
                yield Finding(
                    (*path, "scope"),
                    msg("rule.scope_not_collective", unit=unit.id),
                    at_key=True,
                )
            continue
        if unit.scope is None:
            yield Finding(
                path, msg("rule.collective_needs_scope", unit=unit.id), msg("rule.hint.scope")
            )
        if not unit.members:
            yield Finding(
                path,
                msg("rule.collective_no_members", unit=unit.id),
                msg("rule.hint.list_members"),
            )
        for i, member in enumerate(unit.members):
            member_unit = known.get(member)
            if member not in declared:
                yield Finding(
                    (*path, "members", i),
                    msg("rule.unknown_member", member=member, unit=unit.id),
                    did_you_mean(member, declared),
                )
            elif member_unit is not None and member_unit.is_collective:
                yield Finding(
                    (*path, "members", i),
                    msg("rule.nested_collective", unit=unit.id, member=member),
                    msg("rule.hint.list_its_members"),
                )


def group_ids_unique(parts: Parts) -> Iterator[Finding]:
    seen: set[str] = set()
    for path, group in parts.groups:
        if group.id in seen:
            yield Finding((*path, "id"), msg("rule.duplicate_group_id", id=group.id))
        seen.add(group.id)


def target_ids_match(parts: Parts) -> Iterator[Finding]:
    seen: set[str] = set()
    for path, group_id, target in parts.targets:
        expected = f"{group_id}.{target.number}"
        if target.id != expected:
            yield Finding(
                (*path, "id"),
                msg("rule.target_id_mismatch", id=target.id, group=group_id, number=target.number),
                msg("hint.did_you_mean", options=f"'{expected}'"),
                target=target.id,
            )
        if target.id in seen:
            yield Finding(
                (*path, "id"), msg("rule.duplicate_target_id", id=target.id), target=target.id
            )
        seen.add(target.id)


def assignments_resolve(parts: Parts) -> Iterator[Finding]:
    """Every unit text resolves, completely, to exactly the units listed: nothing silently lost."""
    index = parts.index()
    declared = parts.declared_unit_ids | set(index.units)
    for path, _, target in parts.targets:
        for role in ROLES:
            cell = target.assignment(role)
            where = (*path, role)
            resolution = index.resolve(cell.text)
            for leftover in resolution.unresolved:
                if _without_title(leftover, parts.official_titles) in parts.invalid_unit_names:
                    continue  # that unit is declared, and already reported as invalid
                yield Finding(
                    (*where, "text"),
                    msg("rule.no_such_unit_name", name=leftover),
                    _unknown_hint(leftover, index, parts.changes_file),
                    target=target.id,
                    needle=leftover,
                )
            for i, unit_id in enumerate(cell.units):
                if unit_id not in declared:
                    yield Finding(
                        (*where, "units", i),
                        msg("rule.unknown_unit", unit=unit_id),
                        did_you_mean(unit_id, sorted(declared)),
                        target=target.id,
                    )
            if resolution.unresolved or not set(cell.units) <= set(index.units):
                continue
            wanted = resolution.unit_ids
            if set(wanted) != set(cell.units):
                listed = ", ".join(cell.units)
                yield Finding(
                    (*where, "units"),
                    msg("rule.units_mismatch", listed=listed, wanted=", ".join(wanted)),
                    msg("rule.hint.set_units", wanted=", ".join(wanted)),
                    target=target.id,
                    at_key=True,
                )


def _unknown_hint(leftover: str, index: UnitIndex, changes_file: str | None) -> Msg:
    """What to do about a name no unit has: for a person ("Đ/c Trần Thị B"), the name to add as
    an alias; else add the unit, after the closest name if any (as `cds import` and `--unit`):
    in a plan of a workspace, a ward or commune (one a merger made) to the unit changes file."""
    from cds_tracker.registry.unit_changes import merger_hint

    person = person_named(leftover)
    if person is not None:
        return msg("rule.hint.add_person", person=person, said=" ".join(leftover.split()))
    merger = merger_hint(leftover, changes_file) if changes_file is not None else None
    then = merger or msg("rule.hint.add_unit")
    near = index.suggest(leftover)
    if near:
        return msg("rule.hint.near_unit", near=near[0], then=then)
    return then


def _without_title(text: str, titles: tuple[str, ...]) -> str:
    folded = fold(text)
    for title in titles:
        if folded.startswith(fold(title) + " "):
            return folded[len(fold(title)) + 1 :]
    return folded


# A deadline whose month or day does not exist (core/dates.py `date_flaw`): its hint.
_IMPOSSIBLE = {"date.no_such_month": "import_no_month_hint"}


def deadline_matches_text(parts: Parts) -> Iterator[Finding]:
    year = parts.document.year if parts.document is not None else dt.date.today().year
    for path, _, target in parts.targets:
        deadline = target.deadline
        # "Tháng 6" is the plan's June; a carried target's words may be its old plan's: no year
        known = year if parts.document and parts.document.year and not target.carried_from else None
        meant = parse_deadline_text(deadline.text, known)
        where = (*path, "deadline")
        if meant is None:
            flaw = date_flaw(deadline.text)  # "Tháng 13/2024": there is no month 13
            yield Finding(
                (*where, "text"),
                with_flaw(msg("rule.bad_deadline", text=deadline.text), flaw),
                msg(
                    _IMPOSSIBLE.get(flaw.key, "import_no_day_hint")
                    if flaw
                    else "rule.hint.deadline",
                    year=year,  # the examples in the plan's year
                ),
                target=target.id,
            )
        elif deadline.due not in (accepted := _dues(deadline.text, meant, known)):
            wanted = accepted[0]
            means = (
                msg("rule.means_month", month=meant.display())
                if isinstance(meant, YearMonth)
                else msg("rule.means_day", day=meant.display())
                if isinstance(meant, YearDay)
                else msg("rule.ongoing")
            )
            yield Finding(
                (*where, "due"),
                msg(
                    "rule.due_ongoing_mismatch" if deadline.due == ONGOING else "rule.due_mismatch",
                    due=deadline.due,
                    text=deadline.text,
                    means=means,
                ),
                msg("hint.did_you_mean", options=f"'{wanted}'"),
                target=target.id,
            )


def _dues(text: str, meant: YearMonth | YearDay | str, year: int | None) -> tuple[str, ...]:
    """The `due`s a deadline text allows, the one import writes first: a day before its month's
    end is that day or, as a registry kept it before days were read, its month; a day ending
    its month is the month or the day (the same lateness)."""
    if isinstance(meant, YearDay):
        return meant.iso(), meant.of_month.iso()
    if isinstance(meant, YearMonth):
        day = deadline_day(text, year)
        return (meant.iso(),) if day is None else (meant.iso(), day.isoformat())
    return (ONGOING,)


def deadline_within_plan(parts: Parts) -> Iterator[Finding]:
    """A deadline in the plan's window of years (core/dates.py `outside_plan`): a 2024
    plan's 'Tháng 1/1900' (an Excel cell typed 6 in a date format) or 'Tháng 6/2204' is a typo.
    A carried target's deadline is its new plan's (carry-over gives it one), so the same."""
    if parts.document is None:
        return
    year = parts.document.year
    for path, _, target in parts.targets:
        month = target.deadline.month
        if month is not None and outside_plan(month.of_month, year):
            first, last = year - PLAN_YEARS_BEFORE, year + PLAN_YEARS_AHEAD
            values = {"text": target.deadline.text, "year": year, "first": first, "last": last}
            yield Finding(
                (*path, "deadline", "due"),
                msg("rule.deadline_outside_plan", **values),
                msg("rule.hint.deadline_outside_plan"),
                target=target.id,
            )


def indicators_consistent(parts: Parts) -> Iterator[Finding]:
    for path, _, target in parts.targets:
        keys: set[str] = set()
        for i, indicator in enumerate(target.indicators):
            where = (*path, "indicators", i)
            if indicator.key in keys:
                yield Finding(
                    (*where, "key"),
                    msg("rule.duplicate_indicator", key=indicator.key),
                    target=target.id,
                )
            keys.add(indicator.key)
            if indicator.text.casefold() not in target.content.casefold():
                yield Finding(
                    (*where, "text"),
                    msg("rule.indicator_not_in_content", text=indicator.text),
                    msg("rule.hint.quote_threshold"),
                    target=target.id,
                )
            if indicator.unit == "%" and not 0 <= indicator.value <= 100:
                yield Finding(
                    (*where, "value"),
                    msg("rule.percentage_range", value=f"{indicator.value:g}"),
                    target=target.id,
                )


def indicator_reporters_known(parts: Parts) -> Iterator[Finding]:
    """A city-wide figure has one unit that reports it: named, or a lead unit that is one unit."""
    units = {unit.id: unit for _, unit in parts.units}
    for path, _, target in parts.targets:
        for i, indicator in enumerate(target.indicators):
            where = (*path, "indicators", i)
            if indicator.reporter is not None:
                unit = units.get(indicator.reporter)
                if unit is None or unit.is_collective:
                    yield Finding(
                        (*where, "reporter"),
                        msg("rule.bad_reporter", reporter=indicator.reporter),
                        did_you_mean(indicator.reporter, sorted(units)),
                        target=target.id,
                    )
            elif indicator.scope == "city" and all(
                u in units and units[u].is_collective  # an unknown unit is reported already
                for u in target.lead.units
            ):
                yield Finding(
                    (*where, "scope"),
                    msg("rule.no_reporter", key=indicator.key),
                    msg("rule.hint.reporter"),
                    target=target.id,
                )


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
