"""The data every command works with: plain, immutable, and cheap to load.

`models.py` holds the pydantic schema that *checks* a registry; once a file has passed, it is turned
into these plain records, which is what queries use and what the cache stores. Keeping them free of
pydantic means a command answered from the cache never pays for building validation classes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from cds_tracker.core.dates import ONGOING, YearMonth, try_parse_month

UnitKind = Literal[
    "city-office",  # Văn phòng HĐND và UBND
    "department",  # a phòng of the city People's Committee, and Thanh tra
    "section",  # a part of a department, e.g. the one-stop desk
    "police",
    "ward",
    "commune",
    "provincial",  # a Sở of the province
    "agency",  # a local branch of a central agency, e.g. the statistics office
    "enterprise",
    "collective",  # stands for its members: "Các phòng, đơn vị", "UBND các phường, xã"
]
UnitSource = Literal["appendix", "decree", "public-record", "user"]
CollectiveScope = Literal["all", "concerned", "subset"]
Comparator = Literal[">", ">=", "=", "<=", "<"]
Role = Literal["directing", "lead", "cooperating"]
EntryStatus = Literal["not_started", "in_progress", "done"]
ROLES: tuple[Role, ...] = ("directing", "lead", "cooperating")


@dataclass(frozen=True, slots=True)
class Plan:
    reference: str
    number: str
    symbol: str
    date: str


@dataclass(frozen=True, slots=True)
class Document:
    appendix: str
    title: str
    plan: Plan
    issuer: str
    year: int


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    name: str
    kind: UnitKind
    source: UnitSource
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    scope: CollectiveScope | None = None
    note: str = ""

    @property
    def is_collective(self) -> bool:
        return self.kind == "collective"


@dataclass(frozen=True, slots=True)
class Catalog:
    official_titles: tuple[str, ...]
    units: tuple[Unit, ...]


@dataclass(frozen=True, slots=True)
class Assignment:
    text: str
    units: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Deadline:
    text: str
    due: str  # "yyyy-mm" or "ongoing"

    @property
    def month(self) -> YearMonth | None:
        return None if self.due == ONGOING else try_parse_month(self.due)

    @property
    def ongoing(self) -> bool:
        return self.due == ONGOING


@dataclass(frozen=True, slots=True)
class Indicator:
    """A measurable threshold stated in the target's text, e.g. 'trên 80%' → (>, 80, %)."""

    key: str
    measures: str
    text: str
    comparator: Comparator
    value: float
    unit: str = "%"

    def is_met(self, measured: float) -> bool:
        return {
            ">": measured > self.value,
            ">=": measured >= self.value,
            "=": measured == self.value,
            "<=": measured <= self.value,
            "<": measured < self.value,
        }[self.comparator]


@dataclass(frozen=True, slots=True)
class Target:
    id: str
    number: int
    content: str
    directing: Assignment
    lead: Assignment
    cooperating: Assignment
    deadline: Deadline
    notes: str = ""
    indicators: tuple[Indicator, ...] = ()

    def assignment(self, role: Role) -> Assignment:
        if role == "directing":
            return self.directing
        return self.lead if role == "lead" else self.cooperating


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    title: str
    targets: tuple[Target, ...]


@dataclass(frozen=True, slots=True)
class Registry:
    document: Document
    catalog: Catalog
    groups: tuple[Group, ...]

    def targets(self) -> list[tuple[Group, Target]]:
        return [(group, target) for group in self.groups for target in group.targets]


class Entry(NamedTuple):
    """One progress report. A tuple, so that 100,000 of them load from the cache in milliseconds."""

    id: str
    target: str
    unit: str
    status: EntryStatus
    date: str  # yyyy-mm-dd: the day the report speaks of
    written: str  # ISO 8601: when the entry was written
    values: dict[str, float]
    note: str = ""
    obstacles: str = ""
    proposals: str = ""
    evidence: tuple[str, ...] = ()
    by: str = ""
    corrects: str | None = None
    forced: bool = False

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    @property
    def written_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.written)


# An entry as written to a progress file (and shown as JSON): its fields in order, listed once.
FIELD_ORDER = (
    "id",
    "target",
    "unit",
    "status",
    "date",
    "values",
    "note",
    "obstacles",
    "proposals",
    "evidence",
    "by",
    "corrects",
    "forced",
    "written",
)


def entry_data(entry: Any) -> dict[str, Any]:
    """The entry as it is written: fields in a fixed order, empty optional fields left out."""
    data: dict[str, Any] = {}
    for key in FIELD_ORDER:
        value = getattr(entry, key)
        if value in ("", None, False, (), [], {}) and key not in ("id", "target", "unit"):
            continue
        data[key] = (
            list(value)
            if isinstance(value, tuple)
            else (dict(value) if isinstance(value, dict) else value)
        )
    return data
