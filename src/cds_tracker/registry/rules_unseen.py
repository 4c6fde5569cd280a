"""Zero-width and bidi characters, and control characters, in a target's text and cells: said
by `cds validate` (exit 1), not refused by every command that reads the registry.

Pasted from the web or a PDF (or planted), a U+200B makes a text that looks the same as its
revision's differ (it no longer pairs), a cell's unit name look right and never match, and a
bidi control reorders the line. Every output already shows or escapes them (output/sanitize.py),
so a registry holding one still answers; `validate` says where, so a person deletes it. Line
breaks and tabs are the appendix's own: not flagged. Any other control (ESC, BEL, CR… written
in YAML as "\\e", "\\a" inside double quotes) is flagged the same way, in words of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cds_tracker.core.chars import CONTROLS
from cds_tracker.core.errors import Finding, Msg, Problem, msg
from cds_tracker.core.records import Registry
from cds_tracker.core.text import unseen_mark

_CONTROL = re.compile(f"[{CONTROLS}]")


def _found(text: str, field: str, target: str | None) -> Msg | None:
    """What is wrong with `text`: an invisible character, or a control one (U+001B …)."""
    if (mark := unseen_mark(text)) is not None:
        if target is None:
            return msg("rule.document_unseen", field=heading_field(field), character=mark)
        return msg("rule.target_unseen", target=target, field=field, character=mark)
    control = _CONTROL.search(text)
    if control is None:
        return None
    character = f"U+{ord(control.group()):04X}"
    if target is None:
        return msg("rule.document_control", field=heading_field(field), character=character)
    return msg("rule.target_control", target=target, field=field, character=character)


def _hint(said: Msg) -> Msg:
    return msg("rule.hint.control" if said.key.endswith("_control") else "rule.hint.target_unseen")


_CELLS = ("directing", "lead", "cooperating", "deadline")


def unseen_problems(path: Path, registry: Registry, display: str) -> tuple[Problem, ...]:
    """Each target's text or cell holding a zero-width or bidi character, at its line:col."""
    findings = unseen_findings(registry)
    if not findings:
        return ()
    from cds_tracker.core.files import read_regular
    from cds_tracker.registry.loading import locate
    from cds_tracker.registry.yamlio import decode

    return locate(findings, decode(read_regular(path)), display)


def unseen_findings(registry: Registry) -> list[Finding]:
    """`unseen_problems` at their paths in the registry (`cds import` checks what it writes)."""
    findings = []
    document = registry.document
    heading: dict[tuple[str | int, ...], str] = {
        ("document", "appendix"): document.appendix,
        ("document", "title"): document.title,
        ("document", "issuer"): document.issuer,
        ("document", "plan", "reference"): document.plan.reference,
    }
    heading.update({("groups", g, "title"): group.title for g, group in enumerate(registry.groups)})
    for where, text in heading.items():
        field = ".".join(str(part) for part in where)
        if (said := _found(text, field, None)) is not None:
            findings.append(Finding(where, said, _hint(said)))
    for g, group in enumerate(registry.groups):
        for t, target in enumerate(group.targets):
            cells = [
                (("content",), target.content),
                (("notes",), target.notes),
                *(((key, "text"), getattr(target, key).text) for key in _CELLS),
            ]
            for where, text in cells:
                said = _found(text, ".".join(where), target.id)
                if said is not None:
                    findings.append(
                        Finding(
                            ("groups", g, "targets", t, *where), said, _hint(said), target=target.id
                        )
                    )
    return findings


def heading_texts(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(field, text) of a registry's heading lines and group titles, as `validate` names them."""
    document = data.get("document") or {}
    for key in ("appendix", "title", "issuer"):
        yield f"document.{key}", str(document.get(key) or "")
    yield "document.plan.reference", str((document.get("plan") or {}).get("reference") or "")
    for g, group in enumerate(data.get("groups") or ()):
        yield f"groups.{g}.title", str(group.get("title") or "")


def heading_field(field: str) -> Msg:
    """A heading field in the user's words, its path after it for the one who edits the file:
    "tiêu đề phụ lục (document.title)", "tên nhóm II (groups.1.title)"."""
    if field.startswith("groups."):
        index = int(field.split(".")[1])
        return msg("rule.field_group_title", number=_roman(index + 1), field=field)
    return msg(_HEADING_WORDS[field], field=field)


_HEADING_WORDS = {
    "document.appendix": "rule.field_appendix",
    "document.title": "rule.field_title",
    "document.issuer": "rule.field_issuer",
    "document.plan.reference": "rule.field_plan_reference",
}


def _roman(number: int) -> str:
    """A group's numeral as the appendix writes it (groups are numbered I, II, … in order)."""
    said = ""
    for value, letters in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            said, number = said + letters, number - value
    return said
