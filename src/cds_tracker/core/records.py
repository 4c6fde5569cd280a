"""The data every command works with: plain, immutable, and cheap to load — and the one
definition of what a registry may hold (a progress file's entry: entries.py).

Each field's constraints are `Annotated` metadata from `constraints.py`; the kinds of value
fields share (a day, a printed number, the vocabularies) are field_types.py's. The records are named
tuples, not dataclasses: every warm start makes these classes, and a dataclass compiles its
methods then (the eleven of the registry took ~10 ms, a third of what cds imported for a warm
`cds due`; a named tuple costs a tenth of that). `registry/models.py` has pydantic check a file
through dataclasses it makes *from these classes' own fields* (strict: unknown keys are errors,
no type coercion), then hands back these records: the fields are listed once, here. Importing
this module does not import pydantic: a command answered from the cache never pays for building
validators.

(No `from __future__ import annotations`: the cache's decoder and pydantic read these fields'
types on every run that uses them, and a type written as text is compiled and evaluated each
time, ~80 of them for a warm `cds due`; written as objects they are made once, at import.)
"""

import datetime as dt
from typing import Annotated, Any, TypeGuard

from cds_tracker.core.constraints import Before, Check, Pattern, Range
from cds_tracker.core.dates import (
    FIRST_YEAR,
    LAST_YEAR,
    ONGOING,
    Due,
    date_flaw,
    try_parse_due,
    with_flaw,
)
from cds_tracker.core.errors import MsgError, msg
from cds_tracker.core.field_types import (
    PLAN_WORD,
    PRINTED,
    CollectiveScope,
    Comparator,
    Day,
    Id,
    IndicatorScope,
    NonEmpty,
    Printed,
    Reporting,
    Role,
    Seq,
    Symbol,
    UnitKind,
    UnitSource,
)
from cds_tracker.core.tuples import Record

# How pydantic checks a file through these records (registry/models.py): strict and closed.
STRICT: dict[str, Any] = {"extra": "forbid", "strict": True, "frozen": True}


def is_record(kind: Any) -> TypeGuard[type[Any]]:
    """A record class of this module (they are all named tuples)."""
    return isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields")


# One plain address (or none): no display name, no list, nothing a mail header could split on.
# a deadline's `due`: a month, a day (its day-of-month checked by `_due`) or ongoing
_DUE = r"^(\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|ongoing)$"
_EMAIL = r"^([^@\s<>,;\x00-\x1f]+@[^@\s<>,;\x00-\x1f]+\.[A-Za-z]{2,})?$"
EMAIL = _EMAIL  # public: the mail sender (CDS_SMTP_FROM) is checked exactly as a unit's address
BLANK = "…………"  # a blank the office fills by hand, shown as dots as on a printed form


def _email(value: str) -> None:
    if not Pattern(_EMAIL).accepts(value):
        raise MsgError(msg("model.not_email", value=value))


def _written_due(value: object) -> object:
    """A day deadline written as an unquoted YAML date (`due: 2024-10-15`) is its text, as
    quoted; a moment (`due: 2024-10-15 10:00:00`) is refused with the forms it may take;
    anything else not text is left for the text check to refuse."""
    if isinstance(value, dt.datetime):
        raise MsgError(msg("model.due_moment", value=value.isoformat(sep=" ")))
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _due(value: str) -> None:
    if value != ONGOING and try_parse_due(value) is None:
        said = msg("model.not_month", value=value, ongoing=ONGOING)
        flaw = date_flaw(value) if len(value) == 10 else None  # "2024-02-30": 29 days
        raise MsgError(with_flaw(said, flaw))


class Renumbered(Record):
    """A target a revision's table prints under another number than its id (`Plan.printed`)."""

    id: Printed
    number: Printed


class Plan(Record):
    """The plan the appendix belongs to, as printed: the number and day are blank in the source."""

    reference: str
    number: str
    symbol: str
    date: str
    # A revision only, written by `cds import --revise`: the targets its table prints under
    # another number than their id (empty: every one at its id). None (older registries): not
    # recorded, `registry/numbering.py` rebuilds them (docs/registry-format.md).
    printed: Seq[Renumbered] | None = None


class Office(Record):
    """Who issues the office's letters and reports (NĐ 30/2020 header, number, signature;
    docs/documents.md). Empty fields are blanks the clerk fills: documents print them as dots."""

    superior: str = ""  # the body above the issuer, e.g. "UBND THÀNH PHỐ TAM ĐIỆP"
    issuer: str = ""  # the issuing body; empty: the document's issuer
    place: str = ""  # the place in "Tam Điệp, ngày … tháng … năm …"
    symbol: Symbol = "BCĐ"  # "Số: …………/BCĐ": the number itself is given at registration
    report_symbol: Symbol = ""  # a report's symbol; empty: "BC-" + symbol
    authority: str = "TM. BAN CHỈ ĐẠO"  # "TM. …" over the signature
    deputy: str = ""  # "KT. TRƯỞNG BAN" when a deputy signs
    signer_title: str = ""  # e.g. "PHÓ TRƯỞNG BAN"
    signer_name: str = ""
    recipients: Seq[str] = ()  # standing recipients under "Nơi nhận:"
    archive: str = "VT"  # "- Lưu: VT, …"
    contact: str = ""  # the department letters ask units to report to


class Document(Record):
    appendix: str
    title: str
    plan: Plan
    issuer: str
    year: Annotated[int, Range(ge=FIRST_YEAR, le=LAST_YEAR)]
    office: Office = Office()
    # The plans that revised this one (`cds import --revise`), oldest first: letters, reports and
    # the exported appendix cite them after the plan (docs/registry-format.md).
    revisions: Seq[Plan] = ()
    # Written by `cds import` for what the file's heading did not state (the plan's number and
    # date …), left blank; `validate` flags each line until a person writes it and deletes it.
    needs_review: Seq[str] = ()


class Unit(Record):
    id: Id
    name: NonEmpty
    kind: UnitKind
    source: UnitSource
    aliases: Seq[str] = ()
    members: Seq[str] = ()
    scope: CollectiveScope | None = None
    note: str = ""
    email: Annotated[str, Check(_email, pattern=_EMAIL)] = ""  # for `cds remind --send`
    # Units change (docs/registry-format.md): the days it existed, who took over its work.
    valid_from: Day | None = None  # None: always existed
    valid_to: Day | None = None  # the last day it existed
    successor: str | None = None  # a merger or a rename
    # Written `merged_into` (registry/unit_changes.spelled_successor), never a file's own key:
    # the clerk said a merger, which `is_rename` never overrules (attack 17 a17_05).
    merged: bool = False

    @property
    def is_collective(self) -> bool:
        return self.kind == "collective"


class Catalog(Record):
    official_titles: Seq[str]
    units: Seq[Unit]


class Assignment(Record):
    text: str
    units: Seq[str]


class Deadline(Record):
    text: str
    # a month, a day (yyyy-mm-dd: due that day, late from the next) or "ongoing"
    due: Annotated[str, Before(_written_due), Check(_due, pattern=_DUE)]

    @property
    def month(self) -> Due | None:
        """The month or the day the target is due by (`last_day`); None when ongoing."""
        return None if self.due == ONGOING else try_parse_due(self.due)

    @property
    def ongoing(self) -> bool:
        return self.due == ONGOING


class Indicator(Record):
    """A measurable threshold stated in the target's text, e.g. 'trên 80%' → (>, 80, %)."""

    key: Annotated[str, Pattern(r"^[a-z][a-z0-9_]*$")]
    measures: str
    text: str
    comparator: Comparator
    value: float
    unit: str = "%"
    scope: IndicatorScope = "city"
    reporter: Id | None = None  # scope city: who reports it; None = the first named lead unit

    def is_met(self, measured: float) -> bool:
        return {
            ">": measured > self.value,
            ">=": measured >= self.value,
            "=": measured == self.value,
            "<=": measured <= self.value,
            "<": measured < self.value,
        }[self.comparator]


class Annulled(Record):
    """Days a revision cancelled a target that a later revision listed again: cancelled from
    `since` to the day before `until` (the later revision's day), in force again from `until`."""

    since: Day
    until: Day
    reason: str = ""


class FormerLead(Record):
    """A lead a revision took a target from, as `lead_before` held it (registries written on
    29/11/2026 only; read as a `before` entry with only `lead`, `Target.earlier`)."""

    units: Seq[str]
    until: Day
    text: str = ""


class Earlier(Record):
    """The cells of a target a revision changed, as they stood before it (`cds import
    --revise`): each cell given was the target's on the days before `until` (the revision's
    day); a cell not given the revision left as it was (docs/registry-format.md)."""

    until: Day
    content: NonEmpty | None = None
    directing: Assignment | None = None
    lead: Assignment | None = None
    cooperating: Assignment | None = None
    deadline: Deadline | None = None


DATED_CELLS = ("content", "directing", "lead", "cooperating", "deadline")  # `Earlier`'s cells


class Target(Record):
    id: str
    number: Annotated[int, Range(ge=1)]
    content: NonEmpty
    directing: Assignment
    lead: Assignment
    cooperating: Assignment
    deadline: Deadline
    notes: str = ""
    indicators: Seq[Indicator] = ()
    reporting: Reporting = "monthly"
    # Written by `cds import` where a cell could not be read; `validate` flags it until removed.
    needs_review: Seq[str] = ()
    carried_from: Annotated[str, Pattern(rf"^{PLAN_WORD}/{PRINTED}$")] | None = None  # 2023/II.4
    # Written by `cds carry-over` into the plan a target leaves: `carried_on` is the last day this
    # plan follows it; from the next day the plan `carried_to` names does (registry-format.md).
    carried_to: Annotated[str, Pattern(rf"^{PLAN_WORD}/{PRINTED}$")] | None = None  # 2024/II.8
    carried_on: Day | None = None
    # A target a revision of the plan removed after units reported on it: kept, not followed.
    cancelled: Day | None = None
    cancelled_reason: str = ""
    # Earlier cancellations a later revision lifted (`cds import --revise`): still cancelled
    # on the days inside them.
    cancelled_before: Seq[Annulled] = ()
    # The cells revisions changed, as they stood before each, oldest first (`cds import
    # --revise`): each value held on the days before its `until`, from the previous one's on.
    before: Seq[Earlier] = ()
    lead_before: Seq[FormerLead] = ()  # the lead alone, as registries of 29/11/2026 hold it
    # The number the latest revision prints the target under, where it is not its id (the old
    # I.3 printed "2." in group I: "I.2"); the id stays, as progress entries name it.
    printed: Printed | None = None
    # Written by `cds import --revise` into a target a revision added: the day that revision
    # takes effect; before it the target is not among the plan's (docs/registry-format.md).
    added: Day | None = None

    def added_by(self, day: str) -> bool:
        """Whether the target is among the plan's on `day` (yyyy-mm-dd): in the plan as issued,
        or added by a revision in effect by then. The one rule every count, list and status
        as of a day follows (`Registry.targets_on`); cancellation is `closed`."""
        return self.added is None or self.added <= day

    def closed(self, day: str) -> str | None:
        """`carried_over` or `cancelled` when the target stopped being followed in this plan on
        or before `day` (yyyy-mm-dd), else None. A carried target is still this plan's on its
        carry day (`carried_on`, its last day here: what was late on 31/12 stays late in the
        year-end report) and `carried_over` from the day after."""
        if self.cancelled_since(day) is not None:
            return "cancelled"
        if self.carried_to is not None and (self.carried_on or "") < day:
            return "carried_over"
        return None

    def cancelled_since(self, day: str) -> str | None:
        """The day (yyyy-mm-dd) the cancellation in effect on `day` began: the target's
        `cancelled`, or one of its `cancelled_before` periods; None when in force that day."""
        if self.cancelled is not None and self.cancelled <= day:
            return self.cancelled
        return next((p.since for p in self.cancelled_before if p.since <= day < p.until), None)

    def earlier(self) -> tuple[Earlier, ...]:
        """The target's `before` entries, oldest first, with its `lead_before` ones read as
        entries changing the lead alone."""
        if not self.lead_before:
            return self.before
        leads = [Earlier(f.until, lead=Assignment(f.text, f.units)) for f in self.lead_before]
        return tuple(sorted((*self.before, *leads), key=lambda e: e.until))

    def lead_on(self, day: str) -> Assignment:
        """The lead that owed the target on `day` (yyyy-mm-dd)."""
        return self.on(day).lead

    def on(self, day: str) -> "Target":
        """The target as it stood on `day` (yyyy-mm-dd): each cell a later revision changed
        (`before`) with its value of that day, the earliest entry after `day` that gives it.
        Itself when no revision changed a cell after `day`: a registry without `before` costs
        nothing."""
        if not (self.before or self.lead_before):
            return self
        changes: dict[str, Any] = {}
        for entry in self.earlier():
            if day < entry.until:
                for cell in DATED_CELLS:
                    value = getattr(entry, cell)
                    if value is not None and cell not in changes:
                        changes[cell] = value
        return self._replace(**changes) if changes else self

    def handed_over(self, day: str) -> Earlier | None:
        """The latest entry giving a former lead whose `until` is on or before `day`: the last
        hand-over of the target by then (its lead before, and the day the new one took it)."""
        leads = [e for e in self.earlier() if e.lead is not None and e.until <= day]
        return leads[-1] if leads else None

    def assignment(self, role: Role) -> Assignment:
        if role == "directing":
            return self.directing
        return self.lead if role == "lead" else self.cooperating


REVISION_HISTORY = ("printed", "added", "before", "lead_before", "cancelled_before")
"""The `Target` fields a revision of its plan (`cds import --revise`) writes about the target's
past in that plan: the number it printed it under, the day it added it, the cells it replaced,
the days it was cancelled before a later revision listed it again.
They are history, not the target: they speak of one plan's revisions only, so a registry made
from a table (`cds import`) or a plan a target is carried into (`cds carry-over`) starts
without them, from the text in force (issue 16)."""


class Group(Record):
    id: Annotated[str, Pattern(r"^[IVXLC]+$")]
    title: str
    targets: Seq[Target]


class Registry(Record):
    """The whole appendix: metadata, the unit catalog and the targets in their groups."""

    document: Document
    catalog: Catalog
    groups: Seq[Group]
    # Written by `cds import` for rows it could not make a target of (and columns it did not
    # find); `validate` flags each line until a person deletes it.
    needs_review: Seq[str] = ()

    def targets(self) -> list[tuple[Group, Target]]:
        return [(group, target) for group in self.groups for target in group.targets]

    def targets_on(self, day: str) -> list[tuple[Group, Target]]:
        """The targets among the plan's on `day` (yyyy-mm-dd): those a later revision adds
        left out (`Target.added_by`), each as it stood that day (`Target.on`)."""
        return [(g, t.on(day)) for g, t in self.targets() if t.added_by(day)]
