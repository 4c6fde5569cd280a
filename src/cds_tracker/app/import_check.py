"""`cds import` never writes a registry its own `validate` refuses without saying so: the text
about to be written is read back and checked by the rules `validate` runs (registry/loading.py
`checked`, rules_unseen.py), and each finding the import has not said already is said at the
table's cell it came from (`file:table:row:column`), a problem (exit 1).

The import's own marks (`needs_review`, refused until a person decides) and what it said at the
same place (an invisible character kept in a cell or a heading line, a cell merged across the
fields it left empty) are not said twice.
"""

from __future__ import annotations

from pathlib import Path

from cds_tracker.registry.importing import CellProblem, Imported

_MARK = "rule.needs_review"  # the import's own marks: said by it, at their cells, already


def refused(text: str, out: Path | None, base: Path, imported: Imported) -> list[CellProblem]:
    """What `validate` would say of `text` (the registry to be written to `out`, or printed:
    then read with the unit changes of the base registry's workspace, as its catalog is that
    registry's own) that the import did not: each at its cell, or at the file."""
    from cds_tracker.registry.loading import checked, registry_of
    from cds_tracker.registry.rules_unseen import unseen_findings
    from cds_tracker.registry.yamlio import parse

    where = out if out is not None else base
    parts, findings, changes = checked(parse(text), where, str(where), filed=out is not None)
    if changes is not None and changes.problems:
        return []  # the workspace's changes file is at fault, not this import: validate says it
    if not findings:  # as validate: the unseen characters once the registry loads
        findings = unseen_findings(registry_of(parts))
    said = _said_paths(imported)
    problems = []
    for finding in findings:
        if getattr(finding.message, "key", None) == _MARK or _prefix(finding.path) in said:
            continue
        table, row, col = _cell(finding.path, imported)
        found = CellProblem(
            table, row, col, "import_validate_refuses", why=finding.message, hint=finding.hint
        )
        problems.append(found)
    return problems


def _prefix(path: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """A finding's place as the import says it: a group's title, a target's field."""
    if path[:1] == ("groups",) and len(path) >= 5 and path[2] == "targets":
        return path[:5]
    return path[:3]


def _said_paths(imported: Imported) -> set[tuple[str | int, ...]]:
    """The places the import's own problems are at: an invisible character in a cell or a
    heading line, kept as written and said (exit 1); the plan's year, when nothing stated it;
    each target's cell of a column the table lacks, said once at its header (attack 22 F6)."""
    at: dict[str, tuple[int, int]] = {}
    said: set[tuple[str | int, ...]] = set()
    for g, group in enumerate(imported.data["groups"]):
        for t, target in enumerate(group["targets"]):
            at[target["id"]] = (g, t)
            said.update(("groups", g, "targets", t, name) for name in imported.absent)
    if "year" in imported.missing:  # written 0 to be filled in, said at the file (importing.py)
        said.add(("document", "year"))  # never "'year': … không phải 0" (attack 22 F6)
    for problem in imported.problems:
        if problem.key == "import_heading_unseen":
            said.add(_prefix(tuple(_part(p) for p in problem.values["field"].split("."))))
        elif problem.target in at and problem.field:
            g, t = at[problem.target]
            said.add(("groups", g, "targets", t, problem.field))
            if problem.key.startswith("import_merged_across"):  # one cell over these fields
                for name in problem.values["fields"].split(", "):
                    said.add(("groups", g, "targets", t, name))
    return said


def _part(text: str) -> str | int:
    return int(text) if text.isdigit() else text


def _cell(path: tuple[str | int, ...], imported: Imported) -> tuple[int, int, int]:
    """The table's cell a registry path came from: a group's row; a target's field at the cell
    that holds it (a unit merged away at the "Đơn vị chủ trì" cell that names it, a deadline at
    its own), what was read from another cell at that one (a period from the note, an
    indicator from the content), else the target's content cell (its row); anything else (the
    heading, the catalog) at the file (0, 0, 0). The one place a finding is located: each kind
    (units ended, successors, officials, deadlines) is said where a person would correct it."""
    groups = imported.data["groups"]
    if path[:1] != ("groups",) or len(path) < 2 or not isinstance(path[1], int):
        return (0, 0, 0)
    if path[1] >= len(groups):
        return (0, 0, 0)
    group = groups[path[1]]
    if len(path) < 4 or path[2] != "targets" or not isinstance(path[3], int):
        table, row = imported.group_rows.get(group["id"], (0, 0))
        return (table, row, 1 if row else 0)
    targets = group["targets"]
    if path[3] >= len(targets):
        return (0, 0, 0)
    target_id = targets[path[3]]["id"]
    field = _READ_FROM.get(str(path[4]), str(path[4])) if len(path) > 4 else "content"
    cell = imported.cells.get(target_id, {}).get(field)
    return cell or imported.places.get(target_id, (0, 0, 0))


# A target's field written from another cell's text: said at that cell.
_READ_FROM = {
    "reporting": "notes",  # "Báo cáo 6 tháng" in the note (importing/reporting_note.py)
    "indicators": "content",  # read from the target's text (importing/figures.py)
    "id": "number",
    "carried_from": "number",  # "I.1 (2023)" in the Stt cell
}
