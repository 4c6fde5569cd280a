"""`cds import`: a plan's appendix table, from Word or Excel, as a registry.

The table gives the targets; the unit catalog (and the indicators a person added to each target)
come from a base registry, the one in use, so the same names resolve to the same units as in
`validate`. What cannot be resolved is returned as a `CellProblem` at its table, row and column.
The plan's heading (number, date, issuer, year) comes from the file only (heading.py).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cds_tracker.core import records
from cds_tracker.core.dates import PLAN_YEARS_AHEAD, PLAN_YEARS_BEFORE, outside_plan
from cds_tracker.registry.importing.appendix import CellProblem, Parsed, all_targets, parse_tables
from cds_tracker.registry.importing.carried import Origins, Places, place_carried
from cds_tracker.registry.importing.cells import Table, read_tables
from cds_tracker.registry.importing.figures import has_count, proposed
from cds_tracker.registry.importing.heading import plan_document
from cds_tracker.registry.importing.heard import ReadNote
from cds_tracker.registry.importing.writing import record_data, registry_data
from cds_tracker.registry.units import UnitIndex

__all__ = ["CellProblem", "Imported", "Ungrouped", "import_appendix"]


@dataclass(frozen=True)
class Imported:
    data: dict[str, Any]  # the registry, in the shape of data/phu_luc_01.yaml
    problems: tuple[CellProblem, ...]
    notes: tuple[CellProblem, ...]  # cells read through an abbreviation or another spelling
    found_tables: int
    # What the file's heading did not state, left blank: "appendix", "title", "plan", "year"
    missing: tuple[str, ...]
    sheets: dict[int, str]  # a workbook's table number → its sheet's name; empty for Word
    # Indicators read from a target's text (figures.py), each at its content cell: written,
    # to be confirmed by a person; and the targets stating a count no indicator was proposed for.
    proposed: tuple[CellProblem, ...] = ()
    countable: tuple[str, ...] = ()
    absent: frozenset[str] = frozenset()  # the columns the table's header lacks
    # The targets read from the part "Chỉ tiêu chuyển tiếp từ năm 2023" (carried.py): their ids
    carried: tuple[str, ...] = ()
    # Where each group's row and each target's cells stand (table, row[, column]): what the
    # registry's path of a finding `validate` makes is said at (app/import_check.py).
    group_rows: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict)
    places: dict[str, tuple[int, int, int]] = dataclasses.field(default_factory=dict)
    cells: dict[str, dict[str, tuple[int, int, int]]] = dataclasses.field(default_factory=dict)
    header_at: tuple[int, int, int] = (0, 0, 0)  # the header's first cell: `missing` said there


@dataclass(frozen=True)
class Ungrouped:
    """The appendix's header found, but no group read under it: a flat list of targets, or groups
    numbered "A.", "B." (attack20 F8). Every target's id is its group's numeral and its number
    ("I.1"), and the registry's groups, its printed numbers and carry-over know Roman numerals
    only: no group is made up, the table is refused, at the first row the reading could not
    place (`first`, its problem), or at the header (`header`) when no row follows it."""

    header: tuple[int, int, int]  # (table, row, column) of the header's first cell
    first: CellProblem | None  # the first row under it that opened no group nor target
    sheets: dict[int, str]  # a workbook's table number → its sheet's name; empty for Word


def import_appendix(
    path: Path,
    base: records.Registry,
    *,
    propose: bool = False,
    year: int | None = None,
    heard: list[ReadNote] | None = None,
    origins: Origins | None = None,
    plan_year: int | None = None,
    places: Places | None = None,
) -> Imported | Ungrouped | None:
    """The registry the file's appendix table describes; None when it holds no such table;
    `Ungrouped` when it has the appendix's header but no group row under it.
    With `propose`, the indicators a target's text states are written into it (figures.py);
    without, they are only listed in `proposed`. `year`: the plan folder's, for a heading that
    does not state it (else the year of the deadlines). `heard`, when given, receives what the
    reading met (heard.py), even when no table is found: a sheet skipped may be why.
    `origins`: a year → the ids of the workspace's plan of that year (carried.py); `places`: a
    year → where that plan placed its carried targets, the ids the carried part is read under.
    `plan_year`: a revision's (`import --revise`), the plan's own year, which its deadlines and
    carried rows are read against: the date its heading states is the revision's, and may fall
    in the next year (final review 11, a_07: a revision of 15/01/2025 made every 2024 deadline
    "before the plan's year"); `document.year` keeps the heading's, which the revision is
    checked to belong to (app/revise_day.py `stated_year`)."""
    heard = heard if heard is not None else []
    tables = read_tables(path, heard)
    index = UnitIndex(base.catalog.units, base.catalog.official_titles)
    parsed = parse_tables(tables, index, year, plan_year)
    read = [CellProblem(n.table, n.row, n.col, n.key, n.values) for n in heard]
    if not parsed.groups:
        return _ungrouped(parsed, tables)
    data = registry_data(base)
    office = data["document"].get("office")
    data["document"], missing = plan_document(
        parsed.document, office, (year, _year_of(parsed.groups))
    )
    data["groups"] = parsed.groups
    parsed.problems += _heading_unseen(
        data, parsed.group_rows
    )  # marked and exit 1, as a cell's (validate's rule)
    parsed.problems += _heading_date(data["document"])  # validate's rule says it too
    own = plan_year or int(data["document"]["year"] or 0)  # the plan's year
    carried = place_carried(parsed, base, own, origins, places)
    data.pop("needs_review", None)  # the base's rows left to decide, not this table's
    _keep_annotations(parsed.groups, base)
    # A deadline's hint gives examples in the plan's year; a plan whose year nothing states
    # (said at the file, written 0 to be filled in) in the year of the registry in use: never
    # "Tháng 9/0" (attack 22 F6).
    example = own or base.document.year
    for problem in parsed.problems:
        if problem.key in _DEADLINE_KEYS:
            problem.values.setdefault("year", str(example))
    _outside_plan(parsed, own)
    collectives = frozenset(u.id for u in base.catalog.units if u.is_collective)
    proposals, countable = _propose(parsed, collectives, write=propose)
    return Imported(
        data,
        tuple(parsed.problems),
        (*read, *parsed.notes),
        len(tables),
        missing,
        {t.number: t.sheet for t in tables if t.sheet is not None},
        tuple(proposals),
        tuple(countable),
        frozenset(parsed.absent),
        carried,
        parsed.group_rows,
        parsed.places,
        parsed.cells,
        parsed.header_at or (0, 0, 0),
    )


def _ungrouped(parsed: Parsed, tables: list[Table]) -> Ungrouped | None:
    """No group read: None without the appendix's header (no such table), else where the
    reading went wrong: the first row under the header it said a problem at."""
    if parsed.header_at is None:
        return None
    table, row, _ = parsed.header_at
    under = [p for p in parsed.problems if p.table == table and p.row > row] or [
        p for p in parsed.problems if p.table > table
    ]
    first = min(under, key=lambda p: (p.table, p.row, p.col), default=None)
    sheets = {t.number: t.sheet for t in tables if t.sheet is not None}
    return Ungrouped(parsed.header_at, first, sheets)


_DEADLINE_KEYS = frozenset(
    {"import_bad_deadline", "import_no_month", "import_no_day", "import_deadline_years"}
)


def _propose(
    parsed: Parsed, collectives: frozenset[str], *, write: bool
) -> tuple[list[CellProblem], list[str]]:
    """Indicators for the targets that have none, read from their content (figures.py)."""
    proposals: list[CellProblem] = []
    countable: list[str] = []
    for target in all_targets(parsed.groups):
        if target.get("indicators"):
            continue
        indicators, more = proposed(target, collectives)
        if not indicators:
            if has_count(target["content"]):
                countable.append(target["id"])
            continue
        if write:
            target["indicators"] = indicators
        table, row, col = parsed.places[target["id"]]
        if more:
            values = {"count": str(more), "limit": str(len(indicators))}
            parsed.notes.append(
                CellProblem(table, row, col, "import_indicators_more", values, target["id"])
            )
        for item in indicators:
            values = {k: str(item[k]) for k in ("key", "text", "comparator", "value")}
            proposals.append(
                CellProblem(
                    table, row, col, "import_indicator_proposed", values, target["id"], "indicators"
                )
            )
    return proposals, countable


def _outside_plan(parsed: Parsed, year: int) -> None:
    """A deadline read as a month outside the plan's window (core/dates.py `outside_plan`),
    said at its cell as `validate` says it: an Excel cell typed 6 in a date format is 01/1900."""
    for target in all_targets(parsed.groups):
        due = target["deadline"]["due"]
        if not due[:1].isdigit():
            continue
        place = parsed.cells.get(target["id"], {}).get("deadline")
        place = place or parsed.places.get(target["id"])
        if place is None:  # a carried target renumbered: validate says it at its due
            continue
        table, row, col = place
        values = {"text": target["deadline"]["text"], "year": str(year)}
        if not outside_plan((int(due[:4]), int(due[5:7])), year):
            if int(due[:4]) < year and target.get("carried_from") is None:
                # The plan's own target due before the plan's year: a year mistyped, or a
                # target carried from the year before typed in as new. Plausible: a note.
                note = CellProblem(table, row, col, "import_deadline_before_plan", values)
                parsed.notes.append(note)
            elif _after_year(due, year):
                note = CellProblem(table, row, col, "import_deadline_after_plan", values)
                parsed.notes.append(note)
            continue
        values["first"] = str(year - PLAN_YEARS_BEFORE)
        values["last"] = str(year + PLAN_YEARS_AHEAD)
        parsed.problems.append(
            CellProblem(
                table, row, col, "import_deadline_outside", values, target["id"], "deadline"
            )
        )


def _after_year(due: str, year: int) -> bool:
    """A deadline past the plan's year, noted as one before it is: a year mistyped ('Trước
    ngày 15/10/2025' in the 2024 plan), or a target meant to run on. 'Trước ngày 01/01/2025'
    is the plan's last day said another way: not noted."""
    return int(due[:4]) > year and due != f"{year + 1}-01-01"


def _heading_unseen(
    data: dict[str, Any], group_rows: dict[str, tuple[int, int]]
) -> list[CellProblem]:
    """A problem, said at the file, for each line of the plan's heading and each group's title
    holding a zero-width or bidi character (kept as written, marked: `validate` refuses it as it
    refuses one in a cell, so the import that wrote it says so, exit 1). A group's title is
    said at its row's first cell; a heading line (paragraphs above a Word table) at the file."""
    from cds_tracker.core.text import unseen_mark
    from cds_tracker.registry.rules_unseen import heading_texts

    notes = []
    for field, text in heading_texts(data):
        if (mark := unseen_mark(text)) is not None:
            values = {"field": field, "character": mark}
            table, row = (0, 0)
            if field.startswith("groups."):
                group = data["groups"][int(field.split(".")[1])]
                table, row = group_rows.get(group["id"], (0, 0))
            notes.append(CellProblem(table, row, 1 if row else 0, "import_heading_unseen", values))
    return notes


def _heading_date(document: dict[str, Any]) -> list[CellProblem]:
    """The plan's date the heading gives, when it is no day ("31/02/2024", "10/01/0001"):
    said at the file, why after it; `validate` refuses it (rules_revised.plan_date_flaw),
    so the import that wrote it says so, exit 1. The year is not taken from it (heading.py)."""
    from cds_tracker.registry.rules_revised import plan_date_flaw

    date = str(document["plan"].get("date") or "")
    if (flaw := plan_date_flaw(date)) is None:
        return []
    return [CellProblem(0, 0, 0, "import_heading_date", {"date": date.strip()}, why=flaw)]


def _year_of(groups: list[dict[str, Any]]) -> int | None:
    """The plan's year when the file does not say it: the year most deadlines fall in."""
    years = Counter(
        int(t["deadline"]["due"][:4])
        for t in all_targets(groups)
        if t["deadline"]["due"][0].isdigit()
    )
    return years.most_common(1)[0][0] if years else None


# What the base registry's commands wrote about that plan's own history (a revision's
# cancellation, printed number and added day, the cells a revision replaced, carry-over's mark)
# and what its import left to decide: never the imported plan's, which starts as its table has
# it (issue 16: a 2025 plan imported with `--registry plans/2024` came out with 2024's annulled
# target and printed numbers).
_HISTORY = frozenset(
    (
        *records.REVISION_HISTORY,
        "cancelled",
        "cancelled_reason",
        "carried_to",
        "carried_on",
        "needs_review",
    )
)


def _keep_annotations(groups: list[dict[str, Any]], base: records.Registry) -> None:
    """A table holds only its columns: the fields a person added to a target in the registry
    (indicators, reporting period) are kept from the base while its text is unchanged (a
    trailing Enter a registry of an earlier cds keeps is no change: `core.text.trimmed`); the
    base plan's history is not. Nor is `carried_from`: a row of the table's carried part states
    its origin itself, and a row among the plan's own is the plan's, even at a carried
    target's id with its text ("3." listing the carried I.3): given the origin, `import
    --revise` took it for a carried-part row and recorded no number for it (numbering.py
    `listed`)."""
    from cds_tracker.core.text import trimmed

    before = {t.id: t for _, t in base.targets()}
    # a carried target read from the carried part is the base's of the same origin, whatever
    # id this table's numbering left it (the revised plan's own rows come first)
    origins = {t.carried_from: t for _, t in base.targets() if t.carried_from is not None}
    skipped = _HISTORY | {"carried_from"}
    for target in all_targets(groups):
        old = origins.get(str(target.get("carried_from"))) or before.get(target["id"])
        if old is None or trimmed(old.content) != target["content"]:  # "…\n" kept before
            continue
        for key, value in record_data(old).items():
            if key not in skipped:
                target.setdefault(key, value)
