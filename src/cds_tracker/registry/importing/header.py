"""An appendix table's header, found by its column titles, never by position: "Stt", "Nội dung
chỉ tiêu", the merged "Phân công thực hiện" over "Trực tiếp chỉ đạo / Đơn vị chủ trì / Đơn vị
phối hợp", "Thời gian hoàn thành", "Ghi chú", in one row or two, in any order, among other
columns (a status, `cds export`'s code).

A title is read by its meaning, as offices write it: in any case, with or without diacritics,
"ĐV" for "Đơn vị", a qualifier in brackets ("(nếu có)", "(tháng/năm)", "(*)") and the commas
aside; the wordings each column is known by are in `TITLES`, the one table of them (and the
one list docs/importing.md prints). A column whose title is none of them is not read, and said
(header_notes.py): nothing a table holds is dropped without a word.
"""

from __future__ import annotations

import re
from typing import NamedTuple

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
# The columns read into a target: the registry's fields, the id column of `cds export --format
# xlsx` ("code") and a target's figure beside its content ("figure": kept in the content).
READ = frozenset((*FIELDS, "code", "figure"))

# Each column's titles as plans write them, the first its usual one. Besides the registry's
# fields: "figure", a target's figure ("80%") in a column of its own beside the content (a
# "Chỉ tiêu" next to a "Nội dung" is one: alone, "Chỉ tiêu" titles the content); "period", the
# time a target is carried out in, read as its deadline only when no column states the
# completion; "start", when it begins: never a deadline; "computed", what `cds export` adds
# from progress (a status, days late): not the plan's; "code", `cds export`'s id column.
TITLES: dict[str, tuple[str, ...]] = {
    "number": ("Stt", "TT", "Số TT", "Số thứ tự"),
    "content": (
        "Nội dung chỉ tiêu",
        "Nội dung",
        "Tên chỉ tiêu",
        "Chỉ tiêu",
        "Nội dung nhiệm vụ",
        "Nhiệm vụ",
        "Tên nhiệm vụ",
        "Nội dung công việc",
    ),
    "directing": (
        "Trực tiếp chỉ đạo",
        "Chỉ đạo",
        "Lãnh đạo chỉ đạo",
        "Lãnh đạo trực tiếp chỉ đạo",
        "Lãnh đạo phụ trách",
    ),
    "lead": (
        "Đơn vị chủ trì",
        "Chủ trì",
        "Cơ quan chủ trì",
        "Cơ quan, đơn vị chủ trì",
        "Đơn vị chủ trì thực hiện",
        "Cơ quan chủ trì thực hiện",
        "Đơn vị thực hiện",
        "Cơ quan thực hiện",
        "Cơ quan, đơn vị thực hiện",
    ),
    "cooperating": (
        "Đơn vị phối hợp",
        "Phối hợp",
        "Cơ quan phối hợp",
        "Cơ quan, đơn vị phối hợp",
        "Đơn vị phối hợp thực hiện",
        "Cơ quan phối hợp thực hiện",
    ),
    "deadline": (
        "Thời gian hoàn thành",
        "Thời hạn hoàn thành",
        "Hạn hoàn thành",
        "Hoàn thành",
        "Thời hạn",
        "Thời hạn thực hiện",
        "Ngày hoàn thành",
        "Thời điểm hoàn thành",
        "Kết thúc",
        "Thời gian kết thúc",
    ),
    "notes": ("Ghi chú",),
    "figure": ("Chỉ tiêu cần đạt", "Kết quả cần đạt", "Giá trị chỉ tiêu", "Mục tiêu"),
    "period": ("Thời gian thực hiện", "Thời gian", "Thời gian triển khai"),
    "start": ("Bắt đầu", "Thời gian bắt đầu", "Ngày bắt đầu", "Thời điểm bắt đầu"),
    "computed": ("Tình trạng", "Số ngày quá hạn", "Giá trị mới nhất", "Ngày báo cáo gần nhất"),
    "code": ("Mã",),
}
_SPANNING = ("phan cong thuc hien", "phan cong", "to chuc thuc hien")
# The abbreviations offices write in a title, each a word of its own: "ĐV phối hợp".
_SHORT = {"dv": "don vi", "cq": "co quan", "tg": "thoi gian", "ld": "lanh dao", "nd": "noi dung"}
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]")  # "(nếu có)", "(*)", "[1]"
_MARKS = re.compile(r"[^\w]+")


def heading_key(text: str) -> str:
    """A title as it is compared: folded, without what is in brackets, its marks ("*", ",",
    ":") as spaces, each abbreviation written out."""
    words = _MARKS.sub(" ", _ASIDE.sub(" ", fold(text))).split()
    return " ".join(_SHORT.get(word, word) for word in words)


_FIELD_OF = {heading_key(title): name for name, titles in TITLES.items() for title in titles}


def accepted(name: str) -> str:
    """A column's titles, for a hint: "'Đơn vị chủ trì', 'Chủ trì', …"."""
    return ", ".join(f"'{title}'" for title in TITLES[name])


def header_columns(row: tuple[str, ...]) -> dict[int, str] | None:
    """Column → field for a row of column titles (two of them, or the merged "Phân công thực
    hiện"): a header row, or the second row of a two-row header. None for any other row."""
    found: dict[int, str] = {}
    spanning = False
    for col, text in enumerate(row):
        key = heading_key(text)
        spanning = spanning or key in _SPANNING
        if (name := _FIELD_OF.get(key)) is not None:
            found[col] = name
    return found if len(set(found.values())) >= 2 or (spanning and found) else None


def heads_appendix(row: tuple[str, ...]) -> bool:
    """The row is the first header row of a plan's appendix table (number, content and one
    more column titled as an appendix titles them)."""
    found = header_columns(row)
    return found is not None and _starts_header(found)


def _starts_header(found: dict[int, str]) -> bool:
    """The first header row of an appendix names at least the number, the content and one more
    column: a sheet of progress history that has a "Chỉ tiêu" and a "Ghi chú" column is not one,
    nor one whose third title is only a status or a start (what a plan's table need not have)."""
    names = set(found.values()) & {*FIELDS, "code"}
    return {"number", "content"} <= names and len(names) >= 3


class Header(NamedTuple):
    """A table's header: field → the column read for it; its first row and the first row after
    it (0-based); the (row, column) of titles two columns share (row_numbers.py
    `column_twins`); and each titled column's (row, field or None) for header_notes.py."""

    columns: dict[str, int]
    top: int
    end: int
    twins: list[tuple[int, int]]
    titles: dict[int, tuple[int, str | None]]


def find_header(table: Table) -> Header | None:
    """The table's header: a sub-title wins over the title above it ("Thời gian" over "Bắt
    đầu | Hoàn thành": the completion is the deadline, the start is not)."""
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
        titles: dict[int, tuple[int, str | None]] = {}
        for at in range(i, end):  # every titled column, known or not: the lowest title
            titles.update({c: (at, None) for c, text in enumerate(table.rows[at]) if text.strip()})
        _meant(by_column, {c: heading_key(table.rows[row_of[c]][c]) for c in by_column})
        titles.update({col: (row_of[col], name) for col, name in by_column.items()})
        read = {col: name for col, name in by_column.items() if name in READ}
        columns: dict[str, int] = {}
        for col, name in sorted(read.items()):
            columns.setdefault(name, col)
        return Header(columns, i, end, column_twins(read, row_of, table.merges), titles)
    return None


def _meant(by_column: dict[int, str], keys: dict[int, str]) -> None:
    """What two titles of one meaning each stand for: a "Chỉ tiêu" beside a "Nội dung" is the
    target's figure; without a completion column, the (first) implementation period is the
    deadline, as a plan printing only "Thời gian thực hiện" means it."""
    contents = [col for col, name in by_column.items() if name == "content"]
    if any(keys[col] != "chi tieu" for col in contents):
        by_column.update({col: "figure" for col in contents if keys[col] == "chi tieu"})
    if "deadline" not in by_column.values():
        periods = sorted(col for col, name in by_column.items() if name == "period")
        if periods:
            by_column[periods[0]] = "deadline"
