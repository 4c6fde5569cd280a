"""An appendix's rows after its header: group rows, target rows and the part of targets carried
from an earlier plan, each cell read as written, what cannot be read noted at its cell
(`appendix.parse_tables` finds the header and hands each row to `Rows.read`)."""

from __future__ import annotations

import re
from typing import Any

from cds_tracker.core.text import fold, unseen_mark, without_unseen
from cds_tracker.registry.importing.carried_titles import CARRIED_NUMBER, carried_title, title_year
from cds_tracker.registry.importing.cells import one_line
from cds_tracker.registry.importing.deadline_cells import read_deadline
from cds_tracker.registry.importing.header import ROLES, header_columns, joined_cells
from cds_tracker.registry.importing.parsed import CellProblem, Parsed
from cds_tracker.registry.importing.row_numbers import annulled_id, gap, number_text
from cds_tracker.registry.unit_wordings import person_named
from cds_tracker.registry.units import UnitIndex

_GROUP = re.compile(r"^(?P<id>[IVXLC]+)\s*[.)]?(?:\s+(?P<title>.+))?$", re.S)
_NUMBER = re.compile(r"^(?P<n>\d{1,3})\s*[.)]?$")


def group_number(cell: str) -> str | None:
    """The group a number cell opens ("II." → "II"), as the reader reads it; None for another."""
    found = _GROUP.match(number_text(cell))
    return found["id"] if found else None


_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")


class Rows:
    """Turns the rows after a header into groups and targets, noting what it cannot read."""

    def __init__(
        self, parsed: Parsed, index: UnitIndex, years: tuple[int | None, int | None] = (None, None)
    ) -> None:
        self.parsed = parsed
        self.index = index
        self.plan_year, self.folder_year = years  # a revision's plan's; the folder's (`year`)
        self.group: dict[str, Any] | None = None
        self.seen: dict[str, tuple[int, int]] = {}  # target id → (table, row) it was read at
        # At the title of the carried targets' part: the plan's table is over, and what follows
        # is targets of the plan that year ("?" when the title names none), read as carried.
        self.origin = ""
        self.carried_group = ""  # in that part, the numeral of the last group row, if any
        self.formulas: set[int] = set()  # the row's columns (1-based) holding a formula unread
        self.kinds: dict[int, str] = {}  # the row's columns holding a time, duration or boolean
        self.formats: dict[int, str] = {}  # the row's columns of a number format not rendered
        self.before = self.last = 0  # the group's highest number before this row, and with it
        self.numbered: dict[int, str] = {}  # the row's columns Word numbers (word_numbers.py)
        # The row's columns in a cell merged down over several rows (merge_checks.py says it):
        # a lead merged down over a group row and a target is not that group row's own lead.
        self.copied: set[int] = set()
        self.above: set[int] = set()  # of those, the ones merged from a row above this one
        self.auto_said: set[int] = set()  # the tables whose automatic numbers were noted
        self.figure = ""  # the title of a figure column beside the content ("Chỉ tiêu"), if any
        self.joined: dict[str, tuple[int, ...]] = {}  # sub-columns joined (header.py `Header`)

    def read(self, table: int, r: int, row: tuple[str, ...], columns: dict[str, int]) -> None:
        # The texts as written go into the registry (a cell of spaces only is empty); numbers,
        # titles and the numbering row are read without the spaces around them.
        if (at := columns.get("number", -1)) + 1 in self.above and at < len(row):
            row = (*row[:at], "", *row[at + 1 :])  # another row's number: none of its own
        cells = {name: _kept(row[col]) if col < len(row) else "" for name, col in columns.items()}
        joined_cells(cells, row, self.joined)
        filled = tuple(text.strip() for text in row if text.strip())
        if not filled:
            return
        if carried_title(filled[0]):
            self.origin = title_year(filled) or "?"
            return
        if all(_COLUMN_NUMBER.match(text) for text in filled) and len(filled) >= 3:
            return  # the numbering row under the header: (1) (2) (3) …
        annulled = annulled_id(cells.get("number", ""))
        if "number" in columns and (
            annulled or (not cells["number"].strip() and cells.get("code", "").strip())
        ):
            # `cds export`'s row of a target the plan in force no longer lists (annulled): its
            # id, no number ("I.2 (đã bãi bỏ)", or none beside its code). Not the plan's: left
            # out, as the revising plan's table leaves it.
            col = columns["number"] + 1
            values = {"id": cells.get("code", "").strip() or annulled or ""}
            self.parsed.notes.append(CellProblem(table, r, col, "import_unnumbered", values))
            return
        typed = self._automatic(table, r, cells.get("number", "").strip(), columns, filled)
        if typed is None:
            return
        number = self._number(table, r, typed or filled[0], columns)
        # The group's highest number so far, rows not made targets too (a numbered title row
        # "1." is no gap before "2"): a gap after it is noted (row_numbers.py `gap`).
        numbered = _NUMBER.match(number)
        self.before, self.last = self.last, max(self.last, int(numbered["n"]) if numbered else 0)
        if columns.get("number", 0) + 1 in self.formulas:  # "=1+2": no number, and no other
            col = columns.get("number", 0) + 1  # cell's text to quote in its place
            self.parsed.problems.append(
                CellProblem(table, r, col, "import_formula", cells=_merged(filled))
            )
            return
        if header_columns(row) is not None:
            if not (_NUMBER.match(number) or _GROUP.match(number)):
                return  # the header repeated on a new page
            # Numbered, yet its cells are column titles: a header someone numbered, or a target
            # whose cells read like titles. Which one only a person can say: kept, reported.
            col = columns.get("number", 0) + 1
            self.parsed.problems.append(
                CellProblem(
                    table, r, col, "import_title_row", {"text": number}, cells=_merged(filled)
                )
            )
            return
        if self.origin:
            self._in_carried_part(table, r, number, cells, columns, filled)
        elif (group := _GROUP.match(number)) and not _assigned(cells, number, self._own(columns)):
            self._group(table, r, group, cells, len(set(filled)) == 1)
        elif group:  # "IV." with a lead or a deadline: a target misnumbered, not a group
            col = columns.get("number", 0) + 1
            self.parsed.problems.append(
                CellProblem(
                    table, r, col, "import_roman_target", {"text": number}, cells=_merged(filled)
                )
            )
        elif (found := _NUMBER.match(number)) and int(found["n"]):
            self._target(table, r, int(found["n"]), cells, columns, filled)
        else:  # "0" (no target is numbered 0: "I.0" is no target), or no number at all
            col = columns.get("number", 0) + 1
            key = "import_zero_number" if found else "import_bad_number"
            self.parsed.problems.append(
                CellProblem(table, r, col, key, {"text": number}, cells=_merged(filled))
            )

    def _own(self, columns: dict[str, int]) -> set[str]:
        """The row's fields in cells of its own (not in a cell merged down over other rows)."""
        return {name for name, col in columns.items() if col + 1 not in self.copied}

    def _automatic(
        self, table: int, r: int, typed: str, columns: dict[str, int], filled: tuple[str, ...]
    ) -> str | None:
        """The number cell as Word shows it: Word's automatic number ("1.", "II.") before its
        text, noted once a table; None (the row a problem, said at its cell) when Word numbers
        it in a format not computed (word_numbers.py): a number not read is not guessed."""
        col = columns.get("number", 0) + 1
        label = self.numbered.get(col)
        if label is None:
            return typed
        if not label:
            self.parsed.problems.append(
                CellProblem(table, r, col, "import_auto_number", cells=_merged(filled))
            )
            return None
        if table not in self.auto_said:
            self.auto_said.add(table)
            self.parsed.notes.append(
                CellProblem(table, r, col, "import_auto_numbers", {"text": label})
            )
        return f"{label} {typed}" if typed else label

    def _number(self, table: int, r: int, text: str, columns: dict[str, int]) -> str:
        """The row's number as people type it (row_numbers.py), read without a zero-width or
        bidi character ("I\u200b."), which is said at its cell: a numeral nobody sees the
        difference of is the same numeral, not a row that is no group."""
        number = number_text(text)
        head = number.split(None, 1)[0] if number.strip() else ""
        if (mark := unseen_mark(head)) is None:
            return number
        read = without_unseen(head) + number[len(head) :]
        values = {"text": head, "character": mark, "number": without_unseen(head)}
        col = columns.get("number", 0) + 1
        self.parsed.notes.append(CellProblem(table, r, col, "import_unseen_number", values))
        return read

    def _group(
        self, table: int, r: int, found: re.Match[str], cells: dict[str, str], merged: bool
    ) -> None:
        group_id = found["id"]
        self.parsed.read_as[(table, r)] = ("group", group_id)
        title = one_line(found["title"] or "") or (
            "" if merged else one_line(cells.get("content", ""))
        )
        if self.group is not None and self.group["id"] == group_id:
            return  # the group's row repeated on a new page
        if any(g["id"] == group_id for g in self.parsed.groups):
            self.parsed.problems.append(
                CellProblem(table, r, 1, "import_duplicate_group", {"id": group_id})
            )
        elif title and (same := [g for g in self.parsed.groups if fold(g["title"]) == fold(title)]):
            values = {"id": group_id, "first": same[0]["id"], "title": title}
            self.parsed.problems.append(CellProblem(table, r, 1, "import_twin_group", values))
        self.group = {"id": group_id, "title": title, "targets": []}
        self.parsed.group_rows.setdefault(group_id, (table, r))
        self.last = 0
        self.parsed.groups.append(self.group)

    def _target(
        self,
        table: int,
        r: int,
        number: int,
        cells: dict[str, str],
        columns: dict[str, int],
        filled: tuple[str, ...],
    ) -> None:
        if self.group is None:
            self.parsed.problems.append(
                CellProblem(table, r, 1, "import_no_group", cells=_merged(filled))
            )
            return
        target_id = f"{self.group['id']}.{number}"
        if target_id in self.seen:
            # The second row's text goes into the first's needs_review: both stay visible.
            col = columns.get("number", 0) + 1
            duplicate = CellProblem(
                table,
                r,
                col,
                "import_duplicate_target",
                {"id": target_id},
                target_id,
                cells=_merged(filled),
                first=self.seen[target_id],
            )
            self.parsed.problems.append(duplicate)
            return
        self.seen[target_id] = (table, r)
        if missing := gap(self.group["id"], self.before, number):  # a row lost, or a number wrong?
            col = columns.get("number", 0) + 1
            key = "import_number_gap" if self.before else "import_number_gap_first"
            self.parsed.notes.append(CellProblem(table, r, col, key, missing))
        self.parsed.read_as[(table, r)] = ("target", target_id)
        target: dict[str, Any] = {"id": target_id, "number": number}
        target.update(self._cells(table, r, target_id, cells, columns))
        self.group["targets"].append(target)

    def _cells(
        self, table: int, r: int, target_id: str, cells: dict[str, str], columns: dict[str, int]
    ) -> dict[str, Any]:
        """A target row's fields, each cell resolved, what cannot be noted at its cell."""
        target: dict[str, Any] = {"id": target_id}
        target["content"] = cells.get("content", "")
        self.parsed.places[target_id] = (table, r, columns.get("content", 0) + 1)
        self.parsed.cells[target_id] = {name: (table, r, col + 1) for name, col in columns.items()}
        if not target["content"] and "content" in columns:
            col = columns["content"] + 1
            key = "import_formula" if col in self.formulas else "import_empty_content"
            self.parsed.problems.append(CellProblem(table, r, col, key, {}, target_id, "content"))
        if figure := cells.get("figure", ""):  # the target's figure ("80%"): its own line
            said = f"{self.figure}: {figure}"  # under the text, as the plan's column titles it
            target["content"] = f"{target['content']}\n{said}" if target["content"] else said
        for role in ROLES:
            text = cells.get(role, "")
            resolution = self.index.resolve(text)
            target[role] = {"text": text, "units": list(resolution.unit_ids)}
            col = columns.get(role, 0) + 1
            if role in columns and col in self.formulas:
                self.parsed.problems.append(
                    CellProblem(table, r, col, "import_formula", {}, target_id, role)
                )
            elif role == "lead" and role in columns and not text.strip():  # nobody to urge
                self.parsed.problems.append(
                    CellProblem(table, r, col, "import_empty_lead", {}, target_id, role)
                )
            for leftover in resolution.unresolved:
                self.parsed.problems.append(self._unknown(table, r, col, leftover, target_id, role))
            for ref in resolution.refs:
                if ref.loose:
                    values = {"text": ref.text, "name": self.index.name(ref.unit_id)}
                    note = CellProblem(
                        table, r, col, "import_unit_read_as", values, target_id, role
                    )
                    self.parsed.notes.append(note)
        target["deadline"] = self._deadline(table, r, cells, columns, target_id)
        target["notes"] = cells.get("notes", "")
        self._reporting(table, r, target, columns)
        for name in ("content", *ROLES, "deadline", "notes"):  # kept verbatim: a note here,
            col = columns.get(name, 0) + 1
            if name in columns and (fmt := self.formats.get(col)) is not None:
                values = {"text": cells.get(name, ""), "format": fmt}
                found = CellProblem(table, r, col, "import_number_format", values, target_id, name)
                self.parsed.problems.append(found)
            mark = unseen_mark(cells.get(name, ""))  # validate says it until it is deleted
            if mark is not None:
                values = {"character": mark}
                found = CellProblem(table, r, col, "import_unseen", values, target_id, name)
                self.parsed.problems.append(found)  # validate refuses it: marked, exit 1
        return target

    def _reporting(
        self, table: int, r: int, target: dict[str, Any], columns: dict[str, int]
    ) -> None:
        """An ongoing target's period from its note ("Báo cáo 6 tháng"), said where it was read;
        a period the registry does not know ("hằng tuần") left for a person (needs_review)."""
        from cds_tracker.registry.importing.reporting_note import reporting_in_note

        note = target["notes"]
        if target["deadline"].get("due") != "ongoing" or not note.strip():
            return
        period, said = reporting_in_note(note)
        col = columns.get("notes", 0) + 1
        values = {"text": note, "period": period or ""}
        if period is not None:
            target["reporting"] = period
            found = CellProblem(table, r, col, "import_reporting_read", values, target["id"])
            self.parsed.notes.append(found)
        elif said:
            self.parsed.problems.append(
                CellProblem(table, r, col, "import_reporting_unread", values, target["id"], "notes")
            )

    def _in_carried_part(
        self,
        table: int,
        r: int,
        number: str,
        cells: dict[str, str],
        columns: dict[str, int],
        filled: tuple[str, ...],
    ) -> None:
        """A row under the carried part's title: "I.1 (2023)" as `cds export` numbers it, or,
        as an office may type the part, a group row "I. …" and then "1.", "2." (I.1, I.2 of
        that plan); anything else a row to decide."""
        col = columns.get("number", 0) + 1
        if carried := CARRIED_NUMBER.match(number):
            self._carried(table, r, carried["number"], carried["year"] or "", cells, columns)
        elif (group := _GROUP.match(number)) and not _assigned(cells, number, self._own(columns)):
            self.carried_group = group["id"]  # the numeral its rows are numbered under
        elif (found := _NUMBER.match(number)) and self.carried_group:
            origin = f"{self.carried_group}.{int(found['n'])}"
            self._carried(table, r, origin, "", cells, columns)
        else:
            values = {"text": number}
            self.parsed.problems.append(
                CellProblem(table, r, col, "import_bad_number", values, cells=_merged(filled))
            )

    def _carried(
        self,
        table: int,
        r: int,
        number: str,
        stated: str,
        cells: dict[str, str],
        columns: dict[str, int],
    ) -> None:
        """A row of the carried part: read as a target (its cells as any), kept apart with its
        origin; a part whose title and row name no year is a row to decide, not a guess."""
        year = stated or (self.origin if self.origin != "?" else "")
        if not year:
            col = columns.get("number", 0) + 1
            values = {"text": number}
            self.parsed.problems.append(
                CellProblem(table, r, col, "import_carried_no_year", values, cells=(number,))
            )
            return
        origin = f"{year}/{number.upper()}"
        col = columns.get("number", 0) + 1
        first = self.parsed.numbers.get(origin)
        if first is not None:  # the same row repeated on a new page, or a number typed twice
            if any(t.get("carried_from") == origin and t["content"] == cells.get("content", "")
                   for t, _ in self.parsed.carried):  # fmt: skip
                return
            filled = tuple(text.strip() for text in cells.values() if text.strip())
            self.parsed.problems.append(CellProblem(
                table, r, col, "import_carried_origin_twice", {"origin": origin}, cells=filled,
                first=first[:2],
            ))  # fmt: skip
            return
        self.parsed.numbers[origin] = (table, r, col)
        target = self._cells(table, r, origin, cells, columns)
        target["carried_from"] = origin
        self.parsed.carried.append((target, self.parsed.places.pop(origin)))

    def year(self) -> int | None:
        """The year "Tháng 6" is read in: the plan's own (a revision), its heading's, folder's."""
        stated = (self.parsed.document or {}).get("year")
        return self.plan_year or (int(stated) if stated else self.folder_year)

    def _unknown(
        self, table: int, r: int, col: int, name: str, target_id: str, role: str
    ) -> CellProblem:
        person = person_named(name)  # "Đ/c Trần Thị B": not a unit to suggest another for
        near = self.index.suggest(name) if person is None else []
        values = {"name": name, "near": near[0] if near else "", "person": person or ""}
        return CellProblem(table, r, col, "import_unknown_unit", values, target_id, role)

    def _deadline(
        self, table: int, r: int, cells: dict[str, str], columns: dict[str, int], target_id: str
    ) -> dict[str, str]:
        text = cells.get("deadline", "")
        col = columns.get("deadline", 0) + 1
        kind = None
        if "deadline" in columns:
            kind = "formula" if col in self.formulas else self.kinds.get(col)
        deadline, key, why = read_deadline(text, kind, None if self.origin else self.year())
        if key is not None and "deadline" in columns:  # no column: one problem, at the header
            values = {} if kind == "formula" else {"text": text}
            self.parsed.problems.append(
                CellProblem(table, r, col, key, values, target_id, "deadline", why=why)
            )
        return deadline


def _kept(text: str) -> str:
    return text if text.strip() else ""


def _merged(cells: tuple[str, ...]) -> tuple[str, ...]:
    """A row's texts with a merged cell's text once (the reader repeats it in each column)."""
    return tuple(text for i, text in enumerate(cells) if i == 0 or cells[i - 1] != text)


def _assigned(cells: dict[str, str], number: str, fields: set[str]) -> bool:
    """Whether a row numbered like a group has a unit or deadline cell of its own (`fields`:
    those not merged down from a row above): a cell merged from the number or the title (the
    same text) is not one."""
    own = {number, cells.get("number", "").strip(), cells.get("content", "").strip()}
    return any(
        (text := cells.get(key, "").strip()) and text not in own
        for key in (*ROLES, "deadline")
        if key in fields
    )
