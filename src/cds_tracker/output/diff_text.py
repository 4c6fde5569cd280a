"""`cds diff` as text (word changes marked [-removed-]{+added+}, as wdiff does) or as JSON."""

from __future__ import annotations

import json

from cds_tracker.output.sanitize import json_text, visible, visible_line
from cds_tracker.output.words import Lang, catalogue, label
from cds_tracker.registry.diff import Diff, FieldChange, TargetChange


def field_name(name: str, lang: Lang) -> str:
    """A target field's column title; an indicator's field with its key; any other field (of
    the document or a unit) as its path in the file, which is what a person edits."""
    key = f"diff_field_{name.replace('.', '_')}"
    if key in catalogue():
        return label(key, lang)
    if name.startswith("indicators."):
        _, indicator, rest = [*name.split(".", 2), ""][:3]
        return label("diff_field_indicator", lang, key=indicator, field=rest)
    return name


def marked(change: FieldChange) -> str:
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return visible("".join(marks[op].format(text) for op, text in change.words()))


def _indented(text: str) -> str:
    """A registry text on the terminal: controls shown, a line of its own indented, so no line
    it holds reads as a line of the diff."""
    return visible(text).replace("\n", "\n      ")


def _fields(changed: TargetChange, lang: Lang, prefix: str = "") -> list[str]:
    lines = []
    for item in changed.fields:
        shown = marked(item).replace("\n", "\n      ")
        lines.append(f"    {prefix}{field_name(item.field, lang)}: {shown}")
    return lines


def diff_text(diff: Diff, old: str, new: str, lang: Lang) -> str:
    counts = {"added": len(diff.added), "removed": len(diff.removed), "changed": len(diff.changed)}
    lines = [label("diff_title", lang, old=visible_line(old), new=visible_line(new), **counts)]
    if diff.same:
        lines.append(label("diff_same", lang))
    for change in diff.document:
        lines.append(f"~ document.{change.field}: {marked(change)}")
    if diff.titles is not None:
        lines.append(f"~ catalog.official_titles: {marked(diff.titles)}")
    unit = label("diff_unit", lang)
    for unit_id, name in diff.units_added:
        lines.append(f"+ {unit} {unit_id}  {visible_line(name)}")
    for unit_id, name in diff.units_removed:
        lines.append(f"- {unit} {unit_id}  {visible_line(name)}")
    for changed in diff.units_changed:
        lines.append(f"~ {unit} {changed.id}")
        lines += _fields(changed, lang)
    for target_id, content in diff.added:
        lines.append(f"+ {target_id}  {_indented(content)}")
    for target_id, content in diff.removed:
        lines.append(f"- {target_id}  {_indented(content)}")
    for change in diff.groups:
        lines.append(f"~ {field_name('group', lang)} {change.field}: {marked(change)}")
    for target in diff.changed:
        lines.append(f"~ {target.id}")
        lines += _fields(target, lang)
    return "\n".join(lines) + "\n"


def diff_json(diff: Diff, old: str, new: str) -> str:
    def change(item: FieldChange) -> dict[str, object]:
        return {"old": item.old, "new": item.new, "words": [list(p) for p in item.words()]}

    def fields(items: list[TargetChange]) -> list[dict[str, object]]:
        return [{"id": t.id, "fields": {f.field: change(f) for f in t.fields}} for t in items]

    data = {
        "old": old,
        "new": new,
        "added": [{"id": i, "content": c} for i, c in diff.added],
        "removed": [{"id": i, "content": c} for i, c in diff.removed],
        "changed": fields(diff.changed),
        "groups": {g.field: change(g) for g in diff.groups},
        "document": {d.field: change(d) for d in diff.document},
        "catalog": {
            "official_titles": change(diff.titles) if diff.titles else None,
            "units_added": [{"id": i, "name": n} for i, n in diff.units_added],
            "units_removed": [{"id": i, "name": n} for i, n in diff.units_removed],
            "units_changed": fields(diff.units_changed),
        },
    }
    return json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
