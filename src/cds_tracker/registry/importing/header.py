"""An appendix table's header, found by its column titles, never by position: "Stt", "Nội dung
chỉ tiêu", the merged "Phân công thực hiện" over "Trực tiếp chỉ đạo / Đơn vị chủ trì / Đơn vị
phối hợp", "Thời gian hoàn thành", "Ghi chú", in one row or two, in any order, among other
columns (a status, `cds export`'s code).

A title is read by its meaning, as offices write it: in any case, with or without diacritics,
"ĐV" for "Đơn vị", a qualifier in brackets ("(nếu có)", "(tháng/năm)", "(*)") and the commas
aside; the wordings each column is known by are in `TITLES`, the one table of them (and the
one list docs/registry-format.md prints). A column whose title is none of them is not read, and
said (header_notes.py): nothing a table holds is dropped without a word.

A header over two rows is read as offices type it (attack 22): a title merged across columns has
its sub-titles decide ("Thời gian" over "Từ | Đến": the deadline is "Đến"), a row of qualifiers
alone ("(tháng/năm)") is the header's, titles split over two rows unmerged ("Đơn vị" / "chủ
trì") are joined; appendix.py reads a header repeated inside the table anew (`find_header`'s
`first`, `only`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cds_tracker.core.text import fold
from cds_tracker.output.words import label
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


_EXPORT_EN: set[str] = set()  # those of TITLES, which no hint lists: no plan writes them


def _en(key: str) -> str:
    """A column's title in `cds export --lang en`, from the catalogue (its one home)."""
    _EXPORT_EN.add(label(key, "en"))
    return label(key, "en")


# Each column's titles as plans write them, the first its usual one. Besides the registry's
# fields: "figure", a target's figure ("80%") in a column of its own beside the content (a
# "Chỉ tiêu" next to a "Nội dung" is one: alone, "Chỉ tiêu" titles the content); "period", the
# time a target is carried out in, read as its deadline only when no column states the
# completion; "start", when it begins: never a deadline; "computed", what `cds export` adds
# from progress (a status, days late): not the plan's; "code", `cds export`'s id column. Each
# ends with the title `cds export --lang en --format xlsx` gives the column (the catalogue's
# "xl_…" words, output/words.py): cds reads back its own English export (attack 22 F2).
TITLES: dict[str, tuple[str, ...]] = {
    "number": ("Stt", "TT", "Số TT", "Số thứ tự", _en("xl_number")),
    "content": (
        "Nội dung chỉ tiêu",
        "Nội dung",
        "Tên chỉ tiêu",
        "Chỉ tiêu",
        "Nội dung nhiệm vụ",
        "Nhiệm vụ",
        "Tên nhiệm vụ",
        "Nội dung công việc",
        _en("xl_content"),
    ),
    "directing": (
        "Trực tiếp chỉ đạo",
        "Chỉ đạo",
        "Lãnh đạo chỉ đạo",
        "Lãnh đạo trực tiếp chỉ đạo",
        "Lãnh đạo phụ trách",
        _en("xl_directing"),
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
        _en("xl_lead"),
    ),
    "cooperating": (
        "Đơn vị phối hợp",
        "Phối hợp",
        "Cơ quan phối hợp",
        "Cơ quan, đơn vị phối hợp",
        "Đơn vị phối hợp thực hiện",
        "Cơ quan phối hợp thực hiện",
        _en("xl_cooperating"),
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
        "Đến",
        "Đến ngày",
        _en("xl_deadline"),
    ),
    "notes": ("Ghi chú", _en("xl_notes")),
    "figure": ("Chỉ tiêu cần đạt", "Kết quả cần đạt", "Giá trị chỉ tiêu", "Mục tiêu"),
    "period": ("Thời gian thực hiện", "Thời gian", "Thời gian triển khai"),
    "start": ("Bắt đầu", "Thời gian bắt đầu", "Ngày bắt đầu", "Thời điểm bắt đầu", "Từ", "Từ ngày"),
    "computed": (
        "Tình trạng",
        "Số ngày quá hạn",
        "Giá trị mới nhất",
        "Ngày báo cáo gần nhất",
        *map(_en, ("xl_status", "xl_days_late", "xl_latest", "xl_last_report")),
    ),
    "code": ("Mã", _en("xl_code")),
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
    """A column's titles as plans write them, for a hint: "'Đơn vị chủ trì', 'Chủ trì', …"
    (not the English export's, cds's own: a Vietnamese hint in Vietnamese words)."""
    return ", ".join(f"'{title}'" for title in TITLES[name] if title not in _EXPORT_EN)


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
    `column_twins`); each titled column's (row, field or None) for header_notes.py; field → the
    further columns a merged title spans whose cells join the first's (`joined_cells`); and each
    column's title as read (two rows' words joined where a title is typed over both)."""

    columns: dict[str, int]
    top: int
    end: int
    twins: list[tuple[int, int]]
    titles: dict[int, tuple[int, str | None]]
    joined: dict[str, tuple[int, ...]]
    texts: dict[int, str]


_Merges = tuple[tuple[int, int, int, int], ...]
# The fields whose cells two sub-columns of one merged title join into (F5: "Đơn vị chủ trì"
# over "Cấp thành phố | Cấp xã"), with what is put between them: units as a list, notes as
# paragraphs. Any other field (a deadline over "Năm 2023 | Năm 2024") has one cell a target:
# a sub-column whose title cds does not know is not read, and said at its title.
_JOINS = {"directing": "; ", "lead": "; ", "cooperating": "; ", "notes": "\n"}


def find_header(table: Table, first: int = 0, only: bool = False) -> Header | None:
    """The table's header, from row `first` on (`only`: at that row or none): a sub-title wins
    over the title merged above it ("Thời gian" over "Bắt đầu | Hoàn thành", "Từ | Đến": the
    completion is the deadline, the start is not)."""
    for i in range(first, first + 1 if only else len(table.rows)):
        rows = table.rows
        first_row = header_columns(rows[i]) if i < len(rows) else None
        split = None
        if first_row is None or not _starts_header(first_row):
            if (split := _split_titles(rows, i)) is None:
                continue
            rows = (*rows[: i + 1], split, *rows[i + 2 :])  # "Đơn vị" / "chủ trì" (F8)
        by_column: dict[int, str] = {}
        row_of: dict[int, int] = {}
        end = i
        number = next((c for c, name in (first_row or {}).items() if name == "number"), 0)
        while (
            end < len(rows)
            and not (end > i and _numbered(rows, end, number))
            and (
                (found := header_columns(rows[end])) is not None
                or (end > i and _sub_row(rows, i, end, table.merges))
                or (end == i and split is not None)
            )
        ):
            found = found or {}
            by_column.update(found)
            row_of.update({col: end for col in found})
            end += 1
        titles: dict[int, tuple[int, str | None]] = {}
        for at in range(i, end):  # every titled column, known or not: the lowest title, a
            titles.update(  # qualifier typed under it ("(tháng/năm)") aside
                {c: (at, None) for c, text in enumerate(rows[at]) if _titled(text, c, titles)}
            )
        joined = _under_merges(rows, i, end, table.merges, by_column, row_of, titles)
        _meant(by_column, {c: heading_key(rows[row_of[c]][c]) for c in by_column})
        titles.update({col: (row_of[col], name) for col, name in by_column.items()})
        read = {col: name for col, name in by_column.items() if name in READ}
        columns: dict[str, int] = {}
        for col, name in sorted(read.items()):
            columns.setdefault(name, col)
        texts = {col: rows[at][col] for col, (at, _) in titles.items()}
        twins = column_twins(read, row_of, table.merges)
        return Header(columns, i, end, twins, titles, joined, texts)
    return None


_NUMBERED = re.compile(r"^(?:[IVXLC]+|\d{1,3})\s*[.)]?(?:\s|$)")


def _numbered(rows: tuple[tuple[str, ...], ...], at: int, col: int) -> bool:
    """Row `at` is numbered ("3", "II."), not by a cell merged down: a row of the table, even
    one whose cells read like titles (table_rows.py says it), not the header's."""
    text = rows[at][col].strip() if col < len(rows[at]) else ""
    above = rows[at - 1][col].strip() if col < len(rows[at - 1]) else ""
    return text != above and bool(_NUMBERED.match(text))


def _titled(text: str, col: int, titles: dict[int, tuple[int, str | None]]) -> bool:
    """A header cell that titles its column: a qualifier alone ("(tháng/năm)") under a title
    qualifies it, it titles nothing."""
    return bool(text.strip()) and (bool(heading_key(text)) or col not in titles)


def _split_titles(rows: tuple[tuple[str, ...], ...], i: int) -> tuple[str, ...] | None:
    """Row i + 1's titles joined to row i's, column by column, when the two rows are one header
    typed over two rows without merging ("Đơn vị" over "chủ trì"; F8): neither row starts a
    header alone, together they do. Two words that make no title together keep the lower one
    when it is one, else the upper, else both ("Kinh" over "phí": a column said by its whole
    title). None when the two rows are not such a header."""
    if i + 1 >= len(rows):
        return None
    if (found := header_columns(rows[i + 1])) is not None and _starts_header(found):
        return None
    upper, lower = rows[i], rows[i + 1]
    split = list(lower) + [""] * max(0, len(upper) - len(lower))
    both = False
    for col, top in enumerate(upper):
        low = split[col]
        if not low.strip() or top.strip() == low.strip():
            split[col] = top
        elif top.strip():
            both = True
            whole = f"{top.strip()} {low.strip()}"
            known = [text for text in (whole, low, top) if heading_key(text) in _FIELD_OF]
            split[col] = known[0] if known else whole
    found = header_columns(tuple(split))
    return tuple(split) if both and found is not None and _starts_header(found) else None


def _sub_row(rows: tuple[tuple[str, ...], ...], top: int, at: int, merges: _Merges) -> bool:
    """Row `at` goes on with the header begun at `top` though it holds no two titles: each of its
    cells repeats the title above (merged down), is a qualifier alone ("(tháng/năm)", F7), or
    is a sub-title under a title merged across columns ("Năm 2023 | Năm 2024" under "Thời gian
    thực hiện"; F1, F5); the numbering row "(1) (2) …" is none."""
    spans = {
        col
        for t, lo, b, hi in merges
        if hi > lo and top < t <= at and b == at
        for col in range(lo - 1, hi)
    }
    own = False
    for col, text in enumerate(rows[at]):
        if not text.strip() or (col < len(rows[at - 1]) and rows[at - 1][col] == text):
            continue
        qualifier = not heading_key(text) and any(char.isalpha() for char in text)
        if not (qualifier or col in spans):
            return False
        own = True
    return own


def _under_merges(
    rows: tuple[tuple[str, ...], ...],
    top: int,
    end: int,
    merges: _Merges,
    by_column: dict[int, str],
    row_of: dict[int, int],
    titles: dict[int, tuple[int, str | None]],
) -> dict[str, tuple[int, ...]]:
    """Each sub-title under a title merged across columns decides its column (F1, F4, F5): a
    known one is its own field ("Từ" a start, "Đến ngày" the deadline); one cds does not know
    ("Cấp xã", "Năm 2024") reads as the title above for units and notes, its cells joined to the
    first sub-column's (the fields returned), and is not read for any other field (said at its
    own title by header_notes.py): a deadline is never a guess between sub-columns."""
    joined: dict[str, list[int]] = {}
    for t, lo, b, hi in merges:
        if hi <= lo or not top <= t - 1 < b < end:
            continue
        above = heading_key(rows[t - 1][lo - 1])
        parent = _FIELD_OF.get(above)
        subs = {c: heading_key(rows[b][c]) if c < len(rows[b]) else "" for c in range(lo - 1, hi)}
        if not any(key and key != above for key in subs.values()):
            continue  # nothing under the title but itself: one column
        for col, key in subs.items():
            if (not key or key == above) and parent not in _JOINS:
                continue
            if (name := _FIELD_OF.get(key)) is not None and key != above:
                by_column[col], row_of[col] = name, b
            elif col in by_column and by_column[col] == parent and parent in _JOINS:
                if any(by_column.get(c) == parent for c in range(lo - 1, col)):
                    del by_column[col]
                    joined.setdefault(parent, []).append(col)
                    titles[col] = (b, parent)
                else:
                    row_of[col] = b
            else:
                by_column.pop(col, None)
                titles[col] = (b, None)
    return {name: tuple(cols) for name, cols in joined.items()}


def joined_cells(
    cells: dict[str, str], row: tuple[str, ...], joined: dict[str, tuple[int, ...]]
) -> None:
    """A field's cells under one merged title joined (`Header.joined`): "Phòng Văn hóa và Thông
    tin; UBND phường Bắc Sơn" for a lead over "Cấp thành phố | Cấp xã", each text once."""
    for name, extra in joined.items():
        texts = [cells.get(name, "")] + [row[c] if c < len(row) else "" for c in extra]
        kept = list(dict.fromkeys(text for text in texts if text.strip()))
        cells[name] = _JOINS[name].join(kept)


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
