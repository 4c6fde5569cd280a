"""The numbers of an appendix table's rows and the titles of its columns, checked as a clerk
would: a number as people type it (full-width, Roman numeral characters), a gap in a group's
numbering ("1., 3.": was a row lost, or is a number wrong?), two columns of one title (which one
is the lead unit's?). table_rows.py says each at its cell.
"""

from __future__ import annotations

import re

_NUMBER_CHARACTERS = frozenset("IVXLC0123456789.) ")


def number_text(text: str) -> str:
    """A row's number as people may type it, full-width ('２．', 'Ｉ．', as some Vietnamese input
    methods give) or as Roman numeral characters ('Ⅱ'): its leading number read through NFKC,
    as a registry's numbers are (field_types.Printed); what follows (a group's title, kept verbatim)
    is left as it is."""
    if text.isascii():
        return text
    import unicodedata

    end = 0
    for char in text:
        if not set(unicodedata.normalize("NFKC", char)) <= _NUMBER_CHARACTERS:
            break
        end += 1
    return unicodedata.normalize("NFKC", text[:end]) + text[end:]


def gap(group_id: str, before: int, number: int) -> dict[str, str] | None:
    """The numbers missing between a group's last target and this one, for a note; None when
    this one follows (or repeats, or goes back: said elsewhere)."""
    if number <= before + 1:
        return None
    first, last = f"{group_id}.{before + 1}", f"{group_id}.{number - 1}"
    missing = first if number == before + 2 else f"{first}–{last}"
    return {"before": str(before), "number": str(number), "missing": missing}


def column_twins(
    by_column: dict[int, str], row_of: dict[int, int], merges: tuple[tuple[int, int, int, int], ...]
) -> list[tuple[int, int]]:
    """The (row, column) of each header cell whose column title another column also has,
    0-based: "Đơn vị chủ trì" twice leaves which one is the lead unit's to a guess. A title
    merged over adjacent columns is one column; two cells side by side that only say the same
    (not merged: Word and Excel record each merge, cells.py `Table.merges`) are two."""
    by_name: dict[str, list[int]] = {}
    for col in sorted(by_column):
        columns = by_name.setdefault(by_column[col], [])
        if not columns or not _merged(columns[-1], col, row_of, merges):
            columns.append(col)
    return [(row_of[c], c) for cols in by_name.values() if len(cols) > 1 for c in cols]


def _merged(
    left: int, right: int, row_of: dict[int, int], merges: tuple[tuple[int, int, int, int], ...]
) -> bool:
    """The two columns' titles are one merged cell (`merges` 1-based, the rest 0-based)."""
    if row_of[left] != row_of[right]:
        return False
    row = row_of[left] + 1
    return any(
        top <= row <= bottom and first <= left + 1 and right + 1 <= last
        for top, first, bottom, last in merges
    )


# An annulled target as `cds export` (and the report's appendix) cites it where the plan in force
# no longer lists it: "I.2 (đã bãi bỏ)" (output/revised.py `cancelled_cited`), in either language.
# A carried target annulled since, in the carried part: "I.1 (2024) (đã bãi bỏ)" (a23-09).
_ANNULLED = re.compile(
    r"^(?P<id>[IVXLC]+\.\d{1,3})(?:\s*\(\s*(?:năm\s*)?\d{4}\s*\))?"
    r"\s*\(\s*(?:đã bãi bỏ|annulled)\s*\)$",
    re.I,
)


def annulled_id(text: str) -> str | None:
    """'I.2' for a number cell "I.2 (đã bãi bỏ)": a row the plan in force no longer lists."""
    found = _ANNULLED.match(text.strip())
    return found["id"] if found else None
