"""`cds diff` of a file `cds validate` refuses: said before the diff, exit 1 after it.

A diff compares what two files say; one that is invalid may say it wrongly (a unit the catalog
lacks, a deadline no month has), and the comparison silently took it as written. The rule
(docs/registry-format.md, "Comparing two plans"):

- a registry side (a .yaml, a folder, a plan) is checked as `cds validate FILE` checks the
  registry file itself (its progress files are no part of a diff);
- a problem an import mark announces is expected, not a refusal: the `needs_review` lines
  `cds import` writes and the problems of a target that carries them — the rule `import
  --revise` holds what it writes to (`announced`) — and everything the import of a Word/Excel
  side reports (it marks each so);
- expected problems are listed as such (stderr), the exit code stays 0; any other problem is
  listed as a warning before the diff, the diff printed, then the command fails (exit 1);
- each list is capped at SHOWN problems, then how many more and the command that says them all;
- a registry side whose shape the comparison cannot trust (an item of a list that is no mapping,
  a field of the wrong kind) is refused before it, as `validate` refuses it (`registry_problems`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cds_tracker.core.errors import Msg, Problem
from cds_tracker.core.tuples import Record
from cds_tracker.output.words import Lang, label

if TYPE_CHECKING:
    from pathlib import Path

    from cds_tracker.registry.importing import Imported

SHOWN = 10  # problems listed per side and kind; the others counted


class Checked(Record):
    """What `cds validate` says of one side: `refused` (the problems that make it invalid) and
    `marked` (those an import mark announces), each as lines already in words."""

    shown: str
    refused: tuple[str, ...] = ()
    marked: tuple[str, ...] = ()
    command: str = "validate"  # the command that lists them all: `cds validate` / `cds import`


MARK = "rule.needs_review"  # the finding of a `needs_review` line itself


def announced(problems: Sequence[Problem], data: Any) -> tuple[list[Problem], list[Problem]]:
    """(announced, others): the problems the registry's own import marks announce — the marks
    themselves (`needs_review` lines, the one problem written on purpose) and the problems of a
    target marked for review — and the others, which a mark does not excuse (a revision that is
    the plan itself, revisions out of date order …). The rule `import --revise` holds what it
    writes to (app/revising.py `_check_written`)."""
    reviewed = {str(t.get("id")) for t in _targets(data) if t.get("needs_review")}
    said: list[Problem] = []
    others: list[Problem] = []
    for problem in problems:
        mark = getattr(problem.message, "key", "") == MARK
        (said if mark or problem.target in reviewed else others).append(problem)
    return said, others


def _targets(data: Any) -> list[Any]:
    groups = data.get("groups") if isinstance(data, dict) else None
    return [
        t
        for g in (groups if isinstance(groups, list) else [])
        if isinstance(g, dict) and isinstance(g.get("targets"), list)
        for t in g["targets"]
        if isinstance(t, dict)
    ]


def registry_problems(raw: bytes, path: Path, shown: str) -> tuple[Problem, ...]:
    """A registry file's problems, as `cds validate` finds them (the validating loader), or a
    refusal (exit 1, the problems located as `validate` locates them) when they leave its shape
    untrusted: a group or target that is no mapping, a list that is none, a target without its
    id, a field of the wrong kind (`lead.text: [1, 2]`). The comparison reads the data as a
    registry's; such a side has no targets to compare (it ended in an internal error, a11-02).
    A problem of content (a month 13, a unit the catalogue lacks) leaves the shape: warned."""
    from cds_tracker.app.opening import invalid
    from cds_tracker.registry.loading import load_registry_bytes

    found = load_registry_bytes(raw, path=path, display=shown).problems
    if any(_misshapen(problem) for problem in found):
        raise invalid(shown, found)
    return found


# What the loader says of a record it could not read as one (registry/loading.py `split`) and of
# a value of the wrong kind (registry/pydantic_words.py): the shape the comparison trusts.
_SHAPE = frozenset(
    {
        "load.empty", "load.not_mapping", "load.catalog_not_mapping", "load.group_not_mapping",
        "load.not_list", "load.missing_key", "load.review_not_list", "load.titles_not_list",
    }
)  # fmt: skip
_KIND = frozenset(
    {
        "load.want_text", "load.want_integer", "load.want_number", "load.want_bool",
        "load.want_list", "load.want_mapping", "load.missing_value", "load.wrong_kind",
        "load.recursive", "load.invalid_key",
    }
)  # fmt: skip


def _misshapen(problem: Problem) -> bool:
    said = problem.message
    if not isinstance(said, Msg):
        return False
    if said.key in _SHAPE:
        return True
    kind = dict(said.values).get("problem") if said.key == "load.field" else None
    return isinstance(kind, Msg) and kind.key in _KIND


def registry_side(found: Sequence[Problem], shown: str, data: Any, lang: Lang) -> Checked:
    """A registry file's problems (`registry_problems`), as `cds validate` words them
    (`file:line:col`, the line with a caret, a hint said once)."""
    from cds_tracker.output.problems import problems_text

    if not found:
        return Checked(shown)
    said, others = announced(found, data)
    return Checked(shown, tuple(problems_text(others, lang)), tuple(problems_text(said, lang)))


def table_side(imported: Imported, shown: str, lang: Lang) -> Checked:
    """A Word/Excel side: what its import reports (`file:table:row:column`), each marked by the
    import for a person to decide, so expected."""
    from cds_tracker.app.importing import problems_text

    lines = problems_text(shown, imported.problems, lang, imported.sheets)
    return Checked(shown, marked=tuple(lines), command="import")


def warnings(sides: Sequence[Checked], lang: Lang) -> list[str]:
    """The lines said before the diff (stderr): each side's refused problems under a warning
    that the comparison involves an invalid file, its expected ones under a note."""
    lines: list[str] = []
    for side in sides:
        if side.refused:
            head = label("diff_invalid_side", lang, side=_line(side), count=len(side.refused))
            lines += [head, *_capped(side.refused, side, lang)]
        if side.marked:
            head = label("diff_marked_side", lang, side=_line(side), count=len(side.marked))
            lines += [head, *_capped(side.marked, side, lang)]
    return lines


def _capped(found: Sequence[str], side: Checked, lang: Lang) -> list[str]:
    shown = list(found[:SHOWN])
    if len(found) > SHOWN:
        command = f"cds {side.command} {_line(side)}"
        shown.append(label("diff_more", lang, count=len(found) - SHOWN, command=command))
    return shown


def _line(side: Checked) -> str:
    from cds_tracker.output.sanitize import visible_line

    return visible_line(side.shown)  # a file's name is nobody's command
