"""`cds diff` as text (word changes marked [-removed-]{+added+}, as wdiff does) or as JSON."""

from __future__ import annotations

import json

from cds_tracker.output.sanitize import json_text, visible, visible_line
from cds_tracker.output.words import Lang, label
from cds_tracker.registry.diff import Diff, FieldChange


def field_name(name: str, lang: Lang) -> str:
    return label(f"diff_field_{name.replace('.', '_')}", lang)


def marked(change: FieldChange) -> str:
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return visible("".join(marks[op].format(text) for op, text in change.words()))


def _indented(text: str) -> str:
    """A registry text on the terminal: controls shown, a line of its own indented, so no line
    it holds reads as a line of the diff."""
    return visible(text).replace("\n", "\n      ")


def diff_text(diff: Diff, old: str, new: str, lang: Lang) -> str:
    counts = {"added": len(diff.added), "removed": len(diff.removed), "changed": len(diff.changed)}
    lines = [label("diff_title", lang, old=visible_line(old), new=visible_line(new), **counts)]
    if diff.same:
        lines.append(label("diff_same", lang))
    for target_id, content in diff.added:
        lines.append(f"+ {target_id}  {_indented(content)}")
    for target_id, content in diff.removed:
        lines.append(f"- {target_id}  {_indented(content)}")
    for change in diff.groups:
        lines.append(f"~ {field_name('group', lang)} {change.field}: {marked(change)}")
    for target in diff.changed:
        lines.append(f"~ {target.id}")
        for item in target.fields:
            shown = marked(item).replace("\n", "\n      ")
            lines.append(f"    {field_name(item.field, lang)}: {shown}")
    return "\n".join(lines) + "\n"


def diff_json(diff: Diff, old: str, new: str) -> str:
    def change(item: FieldChange) -> dict[str, object]:
        return {"old": item.old, "new": item.new, "words": [list(p) for p in item.words()]}

    data = {
        "old": old,
        "new": new,
        "added": [{"id": i, "content": c} for i, c in diff.added],
        "removed": [{"id": i, "content": c} for i, c in diff.removed],
        "changed": [
            {"id": t.id, "fields": {f.field: change(f) for f in t.fields}} for t in diff.changed
        ],
        "groups": {g.field: change(g) for g in diff.groups},
    }
    return json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
