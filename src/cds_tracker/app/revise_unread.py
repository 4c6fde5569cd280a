"""`import --revise` and `cds diff` of a revised table: what the importer could not read in it.

The rows whose number it could not read (registry/unread_rows.py: paired by their text, or the
revision refused) and the cells it could not read over a person's fix (registry/revision.py
`_fixed`), each named at its place in the file as the import's problems are. A revised table
whose problems would still be written as `needs_review` lines is refused (`marks_refused`).
"""

from __future__ import annotations

from typing import Any

from cds_tracker.core.errors import CdsError
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import Lang, label
from cds_tracker.registry.importing import Imported
from cds_tracker.registry.revision import Revision
from cds_tracker.registry.unread_rows import Unread


def table_unread(imported: Imported, file_shown: str) -> list[Unread]:
    """The rows of a revised table whose number could not be read, each at its cell as the
    problems name it (`rev.docx:1:4:1`, `rev.xlsx:Phụ lục!A5`)."""
    from cds_tracker.app.importing import position
    from cds_tracker.registry.unread_rows import unread_rows

    return unread_rows(imported.problems, lambda p: f"{file_shown}:{position(p, imported.sheets)}")


def unread_cells(imported: Imported, file_shown: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(target, field) → (place, column title) of each cell of the table the importer could
    not read: a person's fix of the same cell in the registry is not replaced by it."""
    from cds_tracker.app.importing import COLUMN_TITLES, position

    return {
        (p.target, p.field): (
            f"{file_shown}:{position(p, imported.sheets)}",
            COLUMN_TITLES[p.field],
        )
        for p in imported.problems
        if p.target is not None and p.field in COLUMN_TITLES
    }


def check_unread(revision: Revision, file_shown: str, lang: Lang) -> None:
    """Refused, nothing written: a row whose number could not be read and whose text is no
    one target's surely, while the revision would annul a target (that row may be it)."""
    if not (revision.unsure_rows and revision.undecided):
        return
    rows = "\n".join(
        f"{visible_line(row.place)}: "
        + label("unread_row", lang, number=visible_line(row.number),
                cells=visible_line(" | ".join(row.cells)))
        for row in revision.unsure_rows
    )  # fmt: skip
    said = label(
        "revise.unread_refused", lang, count=len(revision.unsure_rows), file=file_shown,
        ids=", ".join(revision.undecided), rows=rows,
    )  # fmt: skip
    raise CdsError(said, hint=label("revise.hint.unread_refused", lang))


def table_marks(table: dict[str, Any]) -> frozenset[str]:
    """The `needs_review` lines the revised table's problems make (app/importing.py `_mark`):
    at its top (a row that became no target, a column missing) and in its targets."""
    lines = {str(line) for line in table.get("needs_review") or ()}
    for group in table.get("groups") or ():
        for target in group.get("targets") or ():
            lines.update(str(line) for line in target.get("needs_review") or ())
    return frozenset(lines)


def marks_written(after: Any, lines: frozenset[str]) -> int:
    """How many of the table's lines (`table_marks`) the revised registry would hold: those the
    revision settled itself (a person's fix kept over a cell unread) are gone; its own marks (an
    uncertain pairing, an indicator to look at again) are no table's problem."""
    held = [*(after.get("needs_review") or ())]
    for group in after.get("groups") or ():
        for target in group.get("targets") or ():
            held += target.get("needs_review") or ()
    return sum(1 for line in held if str(line) in lines)


def marks_refused(path: str, file: str, count: int, lang: Lang) -> CdsError:
    """Nothing written: the revised table has `count` problems that would be written into the
    plan in use as `needs_review` lines, which every command on it then refuses (attack 11: a
    workbook with a copied sheet said "Không có khác biệt" and blocked the plan). Said after
    the preview, whose lines above name each problem at its cell."""
    said = label("revise.marks_refused", lang, path=path, file=file, count=count)
    return CdsError(said, hint=label("revise.hint.marks_refused", lang))
