"""What reading an appendix's tables gives (`appendix.parse_tables`): its groups and targets, and
each cell the importer could not decide, with where it stands."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cds_tracker.core.errors import Text


@dataclass(frozen=True)
class CellProblem:
    """Something in a cell the importer could not decide; `key` names its words in words.py."""

    table: int
    row: int
    col: int
    key: str
    values: dict[str, str] = field(default_factory=dict)
    target: str | None = None
    field: str | None = None  # the target's field it concerns, e.g. "lead" or "deadline"
    cells: tuple[str, ...] = ()  # a row that became no target: its filled cells, kept
    first: tuple[int, int] | None = None  # a repeated number: (table, row) of its first row
    why: Text | None = None  # why a date written is none ("no month 13"), said after the words
    hint: Text | None = None  # its own hint, not its key's (a finding of `validate`'s rules)


@dataclass
class Parsed:
    groups: list[dict[str, Any]] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[CellProblem] = field(default_factory=list)  # read, but a person should see how
    document: dict[str, Any] | None = None  # the plan as the heading above the table states it
    # (table, row, column) of the appendix header's first cell (its first row, its leftmost
    # title): a heading line the file lacks (above it) is said there, `Phụ lục!A1` (attack20 F7)
    header_at: tuple[int, int, int] | None = None
    places: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # id → content cell
    # id → each of its fields' cells ("lead" → (1, 4, 4)): where a finding about that field is
    # said (app/import_check.py); a column the header lacks has none (said at the content cell)
    cells: dict[str, dict[str, tuple[int, int, int]]] = field(default_factory=dict)
    group_rows: dict[str, tuple[int, int]] = field(default_factory=dict)  # group id → its row
    # The targets of the part "Chỉ tiêu chuyển tiếp từ năm 2023" under the plan's table, each
    # with its `carried_from` ("2023/I.1") and its origin number as `id` until it gets one of
    # this plan's (carried_ids in importing/__init__.py): (target, (table, row, content column)).
    carried: list[tuple[dict[str, Any], tuple[int, int, int]]] = field(default_factory=list)
    absent: set[str] = field(default_factory=set)  # the columns a header lacked (said once)
    # (note key, title, column) of each column a header left unread (header_notes.py): once
    said_columns: set[tuple[str, str, int]] = field(default_factory=set)
    numbers: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # origin → its Stt cell
    # (table, row) → what the row was read as: ("group", "I") or ("target", "I.2"): where a
    # merged cell's text went (merge_checks.py)
    read_as: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
