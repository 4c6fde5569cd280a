"""An appendix table's header, found by its column titles, never by position: "Stt", "Nội dung
chỉ tiêu", the merged "Phân công thực hiện" over "Trực tiếp chỉ đạo / Đơn vị chủ trì / Đơn vị
phối hợp", "Thời gian hoàn thành", "Ghi chú", in one row or two, in any order, among other
columns (a status, `cds export`'s code)."""

from __future__ import annotations

from cds_tracker.core.text import fold
from cds_tracker.registry.importing.cells import Table
from cds_tracker.registry.importing.row_numbers import column_twins

FIELDS = ("number", "content", "directing", "lead", "cooperating", "deadline", "notes")
ROLES = ("directing", "lead", "cooperating")
# The columns a table cannot lack (docs/registry-format.md, "Columns a table must have"): the
# number and the content find the header; the lead units are whom the tool urges, the deadline
# when a target is late. A plan may well have no "Trực tiếp chỉ đạo", "Đơn vị phối hợp" or
# "Ghi chú" column: their cells are empty, said once as a note, never a mark.
REQUIRED = frozenset(("number", "content", "lead", "deadline"))
_TITLES: dict[str, tuple[str, ...]] = {
    "number": ("stt", "tt", "so tt", "so thu tu"),
    "content": ("noi dung chi tieu", "noi dung", "chi tieu", "ten chi tieu"),
    "directing": ("truc tiep chi dao", "chi dao"),
    "lead": ("don vi chu tri", "chu tri", "co quan chu tri"),
    "cooperating": ("don vi phoi hop", "phoi hop", "co quan phoi hop"),
    "deadline": (
        "thoi gian hoan thanh",
        "thoi han hoan thanh",
        "thoi gian thuc hien",
        "thoi han thuc hien",
        "thoi gian",
        "thoi han",
    ),
    "notes": ("ghi chu",),
    "code": ("ma",),  # the id column of `cds export --format xlsx`: not a cell of the plan's
}
_SPANNING = ("phan cong thuc hien", "phan cong")


def _key(text: str) -> str:
    return fold(text).strip(" .:*")


def header_columns(row: tuple[str, ...]) -> dict[int, str] | None:
    """Column → field for a row of column titles (two of them, or the merged "Phân công thực
    hiện"): a header row, or the second row of a two-row header. None for any other row."""
    found: dict[int, str] = {}
    spanning = False
    for col, text in enumerate(row):
        key = _key(text)
        spanning = spanning or key in _SPANNING
        for name, titles in _TITLES.items():
            if key in titles:
                found[col] = name
    return found if len(set(found.values())) >= 2 or (spanning and found) else None


def heads_appendix(row: tuple[str, ...]) -> bool:
    """The row is the first header row of a plan's appendix table (number, content and one
    more column titled as an appendix titles them)."""
    found = header_columns(row)
    return found is not None and _starts_header(found)


def _starts_header(found: dict[int, str]) -> bool:
    """The first header row of an appendix names at least the number, the content and one more
    column: a sheet of progress history that has a "Chỉ tiêu" and a "Ghi chú" column is not one."""
    names = set(found.values())
    return {"number", "content"} <= names and len(names) >= 3


def find_header(
    table: Table,
) -> tuple[dict[str, int], int, int, list[tuple[int, int]]] | None:
    """Field → column from the header rows (a sub-title wins over the title above it), the
    indexes of the header's first row and of the first row after it, and the (row, column) of
    titles two columns share (row_numbers.py `column_twins`)."""
    for i, row in enumerate(table.rows):
        first = header_columns(row)
        if first is None or not _starts_header(first):
            continue
        by_column: dict[int, str] = {}
        row_of: dict[int, int] = {}
        end = i
        while end < len(table.rows) and (found := header_columns(table.rows[end])) is not None:
            by_column.update(found)
            row_of.update({col: end for col in found})
            end += 1
        columns: dict[str, int] = {}
        for col, name in sorted(by_column.items()):
            columns.setdefault(name, col)
        return columns, i, end, column_twins(by_column, row_of)
    return None
