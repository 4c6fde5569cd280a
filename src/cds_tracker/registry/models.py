"""The registry's data model: what a valid `phu_luc_01.yaml` contains.

Models are strict (unknown keys are errors, no type coercion) and frozen: the YAML file is the only
place data changes. Rules that span several records (ids unique, units known, text resolves to the
units listed) live in `validation.py`, where each can report its own located problem.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from cds_tracker.core import records
from cds_tracker.core.dates import ONGOING, try_parse_month
from cds_tracker.core.errors import MsgError, msg
from cds_tracker.core.records import (
    ROLES,
    CollectiveScope,
    Comparator,
    EntryStatus,
    Role,
    UnitKind,
    UnitSource,
)

__all__ = ["ROLES", "EntryStatus", "Role"]

_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"
T = TypeVar("T")


def _sequence_as_tuple(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


# YAML gives lists; strict mode would refuse them for the tuples that keep records immutable.
Seq = Annotated[tuple[T, ...], BeforeValidator(_sequence_as_tuple)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Plan(_Strict):
    """The plan the appendix belongs to, as printed: the number and day are blank in the source."""

    reference: str
    number: str
    symbol: str
    date: str


class Document(_Strict):
    appendix: str
    title: str
    plan: Plan
    issuer: str
    year: int = Field(ge=1900, le=2999)


class Unit(_Strict):
    id: str = Field(pattern=_ID)
    name: str = Field(min_length=1)
    kind: UnitKind
    source: UnitSource
    aliases: Seq[str] = ()
    members: Seq[str] = ()
    scope: CollectiveScope | None = None
    note: str = ""

    @property
    def is_collective(self) -> bool:
        return self.kind == "collective"

    def domain(self) -> records.Unit:
        return records.Unit(
            self.id,
            self.name,
            self.kind,
            self.source,
            self.aliases,
            self.members,
            self.scope,
            self.note,
        )


class Catalog(_Strict):
    official_titles: Seq[str]
    units: Seq[Unit]


class Assignment(_Strict):
    text: str
    units: Seq[str]


class Deadline(_Strict):
    text: str
    due: str = Field(json_schema_extra={"pattern": r"^(\d{4}-(0[1-9]|1[0-2])|ongoing)$"})

    @field_validator("due")
    @classmethod
    def _due_is_month_or_ongoing(cls, value: str) -> str:
        if value != ONGOING and (len(value) != 7 or try_parse_month(value) is None):
            raise MsgError(msg("model.not_month", value=value, ongoing=ONGOING))
        return value


class Indicator(_Strict):
    """A measurable threshold stated in the target's text, e.g. 'trên 80%' → (>, 80, %)."""

    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    measures: str
    text: str
    comparator: Comparator
    value: float
    unit: str = "%"


class Target(_Strict):
    id: str
    number: int = Field(ge=1)
    content: str = Field(min_length=1)
    directing: Assignment
    lead: Assignment
    cooperating: Assignment
    deadline: Deadline
    notes: str = ""
    indicators: Seq[Indicator] = ()

    def assignment(self, role: Role) -> Assignment:
        return {"directing": self.directing, "lead": self.lead, "cooperating": self.cooperating}[
            role
        ]


class Group(_Strict):
    id: str = Field(pattern=r"^[IVXLC]+$")
    title: str
    targets: Seq[Target]


class Registry(_Strict):
    """The whole appendix: metadata, the unit catalog and the targets in their groups."""

    document: Document
    catalog: Catalog
    groups: Seq[Group]

    def targets(self) -> list[tuple[Group, Target]]:
        return [(group, target) for group in self.groups for target in group.targets]

    def domain(self) -> records.Registry:
        """The checked registry as the plain records queries use."""
        doc = self.document
        plan = records.Plan(doc.plan.reference, doc.plan.number, doc.plan.symbol, doc.plan.date)

        def assignment(a: Assignment) -> records.Assignment:
            return records.Assignment(a.text, a.units)

        def target(t: Target) -> records.Target:
            return records.Target(
                t.id,
                t.number,
                t.content,
                assignment(t.directing),
                assignment(t.lead),
                assignment(t.cooperating),
                records.Deadline(t.deadline.text, t.deadline.due),
                t.notes,
                tuple(
                    records.Indicator(i.key, i.measures, i.text, i.comparator, i.value, i.unit)
                    for i in t.indicators
                ),
            )

        return records.Registry(
            records.Document(doc.appendix, doc.title, plan, doc.issuer, doc.year),
            records.Catalog(
                self.catalog.official_titles, tuple(u.domain() for u in self.catalog.units)
            ),
            tuple(
                records.Group(g.id, g.title, tuple(target(t) for t in g.targets))
                for g in self.groups
            ),
        )


class ProgressEntry(_Strict):
    """One report by one unit on one target. Never edited: a correction is a new entry."""

    id: str = Field(pattern=r"^[0-9a-z]{6,32}$")
    target: str
    unit: str
    status: EntryStatus
    date: str  # the day the report speaks of, ISO yyyy-mm-dd
    written: str  # when the entry was written, ISO 8601 with offset
    values: dict[str, float] = Field(default_factory=dict)
    note: str = ""
    obstacles: str = ""
    proposals: str = ""
    evidence: Seq[str] = ()
    by: str = ""
    corrects: str | None = None
    forced: bool = False

    @field_validator("date")
    @classmethod
    def _iso_day(cls, value: str) -> str:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise MsgError(msg("model.not_date", value=value)) from None
        return value

    @field_validator("written")
    @classmethod
    def _iso_moment(cls, value: str) -> str:
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            raise MsgError(msg("model.not_moment", value=value)) from None
        return value

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    def domain(self) -> records.Entry:
        return records.Entry(
            self.id,
            self.target,
            self.unit,
            self.status,
            self.date,
            self.written,
            dict(self.values),
            self.note,
            self.obstacles,
            self.proposals,
            self.evidence,
            self.by,
            self.corrects,
            self.forced,
        )

    @property
    def written_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.written)
