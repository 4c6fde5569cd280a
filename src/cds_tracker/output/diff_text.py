"""`cds diff` as text (word changes marked [-removed-]{+added+}, as wdiff does) or as JSON.

The text is for people: a deadline reads "Tháng 6/2024" or "Thường xuyên", not `2024-06` or
`ongoing`; units read as their catalog names and change as whole names (never a fragment of an
id); a day reads dd/mm/yyyy. The JSON keeps the codes and ids (a machine contract).
"""

from __future__ import annotations

import difflib

from cds_tracker.output.sanitize import visible, visible_line
from cds_tracker.output.words import Lang, catalogue, label
from cds_tracker.registry.diff import (
    UNREAD_DUE,
    Cancelled,
    Diff,
    FieldChange,
    Piece,
    TargetChange,
    one_budget,
    word_diff,
)


def field_name(name: str, lang: Lang, kind: str = "field") -> str:
    """A field as a person reads it (output/words_diff.py): a target's by its column title, an
    indicator's with its key, the heading's, the office's and a unit's by their names. A field
    cds does not know (one a person added to the file) is shown as its path there."""
    key = f"diff_{kind}_{name.replace('.', '_')}"
    if key in catalogue():
        return label(key, lang)
    if kind == "field" and name.startswith("indicators."):
        _, indicator, rest = [*name.split(".", 2), ""][:3]
        known = f"diff_indicator_{rest}"
        shown = label(known, lang) if known in catalogue() else rest
        return label("diff_field_indicator", lang, key=indicator, field=shown)
    if kind == "field" and name.startswith("cancelled_before."):  # a window a revision lifted
        _, nth, rest = [*name.split(".", 2), ""][:3]
        known = f"diff_cancelled_before_{rest}"
        shown = label(known, lang) if known in catalogue() else rest
        return label("diff_field_cancelled_before", lang, key=nth, field=shown)
    if kind == "field" and name.startswith("before."):  # a cell as it stood before a revision
        _, nth, rest = [*name.split(".", 2), ""][:3]
        shown = label("diff_before_until", lang) if rest == "until" else field_name(rest, lang)
        return label("diff_field_before", lang, key=nth, field=shown)
    if kind == "field" and name.startswith("lead_before."):  # a lead a revision took it from
        _, nth, rest = [*name.split(".", 2), ""][:3]
        known = f"diff_lead_before_{rest}"
        shown = label(known, lang) if known in catalogue() else rest
        return label("diff_field_lead_before", lang, key=nth, field=shown)
    return name


_MARKS = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
_DAYS = ("cancelled", "carried_on", "valid_from", "valid_to")  # a day, shown dd/mm/yyyy
_SCOPES = {"city": "diff_scope_city", "each": "diff_scope_each"}  # who gives the figure


def marked(change: FieldChange, lang: Lang = "vi", names: dict[str, str] | None = None) -> str:
    """The change in words, its removed and added runs marked."""
    if change.field.endswith(".units") or change.field == "successor":  # ids, said as names
        pieces = _item_diff(_names(change.old, names), _names(change.new, names))
    elif change.field.startswith("indicators.") and change.field.endswith(".scope"):
        old, new = (_words(change.field, text, lang) for text in (change.old, change.new))
        pieces = _item_diff([old] if old else [], [new] if new else [])  # a phrase, kept whole
    else:
        old, new = (_words(change.field, text, lang) for text in (change.old, change.new))
        pieces = word_diff(old, new)
    return visible("".join(_MARKS[op].format(text) for op, text in pieces))


def _words(name: str, text: str, lang: Lang) -> str:
    """A field's code in words: a deadline's month, day or "ongoing", a day as dd/mm/yyyy, a unit's
    kind and a reporting period as the tables say them."""
    from cds_tracker.core.dates import ONGOING, try_parse_date, try_parse_due

    if name.startswith("before."):  # a cell before a revision: said as the cell is
        name = name.split(".", 2)[-1]
        name = "cancelled" if name == "until" else name  # a day
    if name == "deadline.due" and text == UNREAD_DUE:
        return label("diff_due_unread", lang)
    if name == "deadline.due" and text:
        month = try_parse_due(text)  # 10/2024, or a day deadline's 15/10/2024
        return label("ongoing", lang) if text == ONGOING else (month.display() if month else text)
    if name in _DAYS and text and (day := try_parse_date(text)):
        return day.strftime("%d/%m/%Y")
    if name in ("kind", "reporting") and text in catalogue():  # a unit's kind, a period
        return label(text, lang)
    if name.startswith("indicators."):  # an indicator's codes as show says them
        field = name.rsplit(".", 1)[-1]
        if field == "comparator":
            from cds_tracker.output.tables import SIGNS

            return SIGNS.get(text, text)
        if field == "scope" and text in _SCOPES:
            return label(_SCOPES[text], lang)
    return text


def _names(ids: str, names: dict[str, str] | None) -> list[str]:
    return [(names or {}).get(i, i) for i in ids.split(", ") if i]


def _item_diff(old: list[str], new: list[str]) -> list[Piece]:
    """Two lists of names, each name kept whole: "A; [-B-]{+C+}"."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        runs = [("=", old[i1:i2])] if op == "equal" else [("-", old[i1:i2]), ("+", new[j1:j2])]
        for kind, items in runs:
            if items:
                if pieces and not (kind == "+" and i2 > i1):  # "[-B-]{+C+}": no "; " between
                    pieces.append(("=", "; "))
                pieces.append((kind, "; ".join(items)))
    return pieces


def _indented(text: str) -> str:
    """A registry text on the terminal: controls shown, a line of its own indented, so no line
    it holds reads as a line of the diff."""
    return visible(text).replace("\n", "\n      ")


def _fields(
    changed: TargetChange | tuple[FieldChange, ...],
    lang: Lang,
    names: dict[str, str] | None = None,
    kind: str = "field",
) -> list[str]:
    lines = []
    items = changed.fields if isinstance(changed, TargetChange) else changed
    for item in items:
        if item.field == "deadline.due" and item.new == UNREAD_DUE:  # a placeholder: unread
            text = next((f.new for f in items if f.field == "deadline.text"), "")
            said = label("diff_deadline_unread", lang, text=visible_line(text))
            lines.append(f"    {field_name(item.field, lang, kind)}: {said}")
            continue
        shown = marked(item, lang, names).replace("\n", "\n      ")
        lines.append(f"    {field_name(item.field, lang, kind)}: {shown}")
    return lines


def _heading(diff: Diff, lang: Lang) -> list[str]:
    """The plan's heading, then the office that sends its letters, each under its name."""
    lines = []
    heading = tuple(c for c in diff.document if not c.field.startswith("office."))
    office = tuple(c for c in diff.document if c.field.startswith("office."))
    if heading:
        lines.append(f"~ {label('diff_heading', lang)}")
        lines += _fields(heading, lang, kind="doc")
    if office:
        lines.append(f"~ {label('diff_office', lang)}")
        lines += _fields(office, lang, kind="doc")
    if diff.titles is not None:
        lines.append(f"~ {label('diff_titles', lang)}: {marked(diff.titles)}")
    return lines


def _title(diff: Diff, old: str, new: str, lang: Lang) -> str:
    """The counts of the lines below: a target annulled before and gone from the new side
    ("x I.2  đã bãi bỏ …, bên mới không có") is removed; every target renumbered (its id, or the
    number the table prints it under, changed) counts under "đánh số lại", and under "sửa" only
    when a field of it changed too: I.1, I.2, I.3 printed as I.2, I.3, I.4, I.2 reworded, are
    "sửa 1; đánh số lại 3"."""
    found = counts(diff)
    title = label(
        "diff_title",
        lang,
        old=visible_line(old),
        new=visible_line(new),
        **{key: found[key] for key in ("added", "removed", "changed")},
    )
    if found["cancelled"]:
        title = title.removesuffix(".") + label(
            "diff_title_cancelled", lang, count=found["cancelled"]
        )
    if found["renumbered"]:
        title = title.removesuffix(".") + label(
            "diff_title_renumbered", lang, count=found["renumbered"]
        )
    if found["moved"]:
        title = title.removesuffix(".") + label("diff_title_moved", lang, count=found["moved"])
    return title


def counts(diff: Diff) -> dict[str, int]:
    """The targets added, removed, changed (a field of them), annulled, renumbered and moved to
    another group: the one counting of a diff, which its first line says and `import
    --revise`'s last line repeats (app/revising.py: "Đã ghi bản điều chỉnh …: sửa 1, thêm 0,
    bãi bỏ 0"). A target moved to another group (I.5 printed as II.10) counts as moved, not as
    renumbered, and as changed only when a field other than its group changed too."""
    return {
        # annulled before, gone from the other side: removed, or, the plans the other way round
        # (the earlier plan's on the new side), added
        "added": len(diff.added) + sum(c.already for c in diff.cancelled) * diff.backwards,
        "removed": len(diff.removed)
        + sum(c.already for c in diff.cancelled) * (not diff.backwards),
        "changed": sum(1 for t in diff.changed if _own_fields(t)),
        "cancelled": sum(not c.already for c in diff.cancelled),
        "renumbered": sum(1 for t in diff.changed if _moved(diff, t) and not group_move(t)),
        "moved": sum(1 for t in diff.changed if group_move(t)),
    }


def _moved(diff: Diff, target: TargetChange) -> bool:
    return bool(target.was) or target.id in diff.printed


def group_move(target: TargetChange) -> FieldChange | None:
    """The target's change of group (old and new group ids), if it moved to another one."""
    return next((f for f in target.fields if f.field == "group"), None)


def _own_fields(target: TargetChange) -> tuple[FieldChange, ...]:
    """Its changed fields but its group (said on its line: "chuyển từ nhóm I sang nhóm II")."""
    return tuple(f for f in target.fields if f.field != "group")


@one_budget()  # one budget of word matching for the whole diff, not one per field
def diff_text(diff: Diff, old: str, new: str, lang: Lang) -> str:
    lines = [_title(diff, old, new, lang)]
    if diff.same:
        lines.append(label("diff_same", lang))
    if any(diff.no_record):  # two plans before any carry-over: why nothing is paired
        earlier, later = sorted(diff.no_record)
        source = diff.no_record_from or earlier  # carried into a plan between: from that one
        lines.append(label("diff_no_record", lang, earlier=earlier, later=later, source=source))
    lines += _heading(diff, lang)
    if diff.revising:  # a revision of the same plan: what `import --revise` records
        lines.append(label("diff_revising", lang, plan=visible_line(diff.revising)))
    unit = label("diff_unit", lang)
    for unit_id, name in diff.units_added:
        lines.append(f"+ {unit} {unit_id}  {visible_line(name)}")
    for unit_id, name in diff.units_removed:
        lines.append(f"- {unit} {unit_id}  {visible_line(name)}")
    for changed in diff.units_changed:
        lines.append(f"~ {unit} {changed.id}")
        lines += _fields(changed, lang, diff.names, kind="unit")
    annulled = {c.id: c.day for c in diff.cancelled if not c.already}
    for target_id, content in diff.added:  # two plans: a printed number is the new plan's own
        mark = "" if diff.plans else _printed(diff, target_id, lang)
        mark += _annulled(annulled.get(target_id), lang)
        lines.append(f"+ {target_id}{mark}  {_indented(content)}")
    for target_id, content in diff.removed:
        lines.append(f"- {target_id}  {_indented(content)}")
    for target_id, content in diff.finished:  # left behind by the carry-over: not removed
        said = label("diff_finished", lang)
        lines.append(f"= {target_id}  {said}: {_indented(content)}")
    for target_id, content in diff.finished_new:  # the same, the plans the other way round
        said = label("diff_finished_new", lang)
        lines.append(f"= {target_id}  {said}: {_indented(content)}")
    unrecorded = label("diff_unrecorded_new" if diff.backwards else "diff_unrecorded", lang)
    for target_id, content in diff.unrecorded:  # neither removed nor added: not yet known
        lines.append(f"= {target_id}  {unrecorded}: {_indented(content)}")
    for change in diff.groups:
        lines.append(f"~ {field_name('group', lang)} {change.field}: {marked(change)}")
    for change in diff.groups_respelled:  # the same name by carry-over's rule: no change
        old, new = visible_line(change.old), visible_line(change.new)
        said = label("diff_group_respelled", lang, old=old, new=new)
        lines.append(f"= {field_name('group', lang)} {change.field}: {said}")
    for was, now, change in diff.groups_moved:  # numbered anew: moved, not renamed
        title = marked(change) if change.old != change.new else visible_line(change.new)
        lines.append(f"~ {field_name('group', lang)} {was} → {now}: {title}")
    unsure = {new: old for old, new in diff.uncertain}
    for target in diff.changed:
        renumbered = label("diff_renumbered", lang, was=target.was) if target.was else ""
        head = f"{target.id}{renumbered}{_printed(diff, target.id, lang)}"
        if not target.fields and target.id not in unsure:  # a renumbering line, nothing under
            lines.append(f"= {head}  {label('diff_renumbered_only', lang)}")
            continue
        if moved := group_move(target):  # to another group: said, not "only renumbered"
            head += "  " + label("diff_moved_group", lang, old=moved.old, new=moved.new)
        lines.append(f"~ {head}")
        if target.id in unsure:
            lines.append("    " + _unsure(diff, unsure[target.id], target.id, lang))
        lines += _fields(_own_fields(target), lang, names=diff.names)
    lines += _set_apart(diff, lang)
    return "\n".join(lines) + "\n"


def _unsure(diff: Diff, old: str, new: str, lang: Lang) -> str:
    """The "?" line: a pair made by likeness, or one of a text on several rows (`tied`)."""
    tied = diff.tied.get((old, new))
    if tied is None:
        return label("diff_uncertain", lang, old=old)
    return label("diff_uncertain_same", lang, old=old, others=same_text_rows(*tied, lang=lang))


def same_text_rows(olds: list[str], news: list[str], lang: Lang) -> str:
    """'I.4 bên mới, I.2 bên cũ': the other rows of a text on several rows."""
    rows = [label("same_text_new", lang, id=visible_line(n)) for n in news]
    rows += [label("same_text_old", lang, id=visible_line(o)) for o in olds]
    return ", ".join(rows)


def _printed(diff: Diff, target_id: str, lang: Lang) -> str:
    """' (bảng in là I.3)': the number the revised table prints the target under, beside the
    id `import --revise` files it under (registry/revision.py `filed_as`)."""
    number = diff.printed.get(target_id)
    return label("diff_printed", lang, number=visible_line(number)) if number else ""


def _why(reason: str, lang: Lang) -> str:
    """': Kế hoạch số 142/KH-BCĐ ngày 15/05/2024' for the reason `import --revise` writes
    ('Bãi bỏ theo văn bản điều chỉnh: Kế hoạch số …'): 'bãi bỏ' is said once, by the line."""
    from cds_tracker.output.words import LANGS

    for said in LANGS:
        head = label("revise_reason", said, source="")
        if reason.startswith(head) and reason[len(head) :].strip():
            return label("diff_cancelled_by", lang, source=reason[len(head) :].strip())
    return f": {reason}" if reason else ""


def _annulled(day: str | None, lang: Lang) -> str:
    """' (bãi bỏ từ 15/05/2024)' beside a target the new plan has but has since cancelled."""
    from cds_tracker.core.dates import try_parse_date

    if day is None:
        return ""
    found = try_parse_date(day)
    return label("diff_added_cancelled", lang, date=found.strftime("%d/%m/%Y") if found else day)


def cancelled_line(item: Cancelled, lang: Lang, backwards: bool = False) -> str:
    """'x II.2  bãi bỏ từ 15/06/2024 theo văn bản điều chỉnh Kế hoạch số …'; `backwards`: two
    plans the other way round, one annulled before is the new side's, not on the old."""
    from cds_tracker.core.dates import try_parse_date

    day = try_parse_date(item.day)
    shown = day.strftime("%d/%m/%Y") if day else item.day
    key = "diff_already_cancelled" if item.already else "diff_cancelled"
    if item.already and backwards:
        key = "diff_already_cancelled_old"
    said = label(key, lang, date=shown) + _why(item.reason, lang)
    return f"x {item.id}  {visible_line(said)}"


def own_revision(diff: Diff, lang: Lang) -> list[str]:
    """Two plans: the new plan's own revision, once and apart from the comparison with the old
    plan (registry/diff_plans.py): its targets annulled since, each with its text (listed
    nowhere else), and the numbers its revised table prints its targets under."""
    own = [c for c in diff.cancelled if c.content]
    printed = list(diff.printed.items()) if diff.plans else []
    if not own and not printed:
        return []
    lines = [label("diff_own_revision_old" if diff.backwards else "diff_own_revision", lang)]
    for item in own:
        lines.append(cancelled_line(item, lang))
        lines.append(f"    {field_name('content', lang)}: {_indented(item.content)}")
    for target_id, number in printed:
        said = label("diff_own_printed", lang, number=visible_line(number))
        lines.append(f"= {target_id}  {said}")
    return lines


def _set_apart(diff: Diff, lang: Lang) -> list[str]:
    """Cancelled targets, and those carried from an earlier plan, each in its own section: a
    revised table that no longer lists a carried target has not removed it."""
    from cds_tracker.core.dates import try_parse_date

    lines: list[str] = []
    for item in diff.cancelled:
        if not item.content:  # the new plan's own are said above
            lines.append(cancelled_line(item, lang, diff.backwards))
    for item in diff.annulled_kept:  # a revision leaves it annulled: no change
        day = try_parse_date(item.day)
        shown = day.strftime("%d/%m/%Y") if day else item.day
        lines.append(f"= {item.id}  {label('diff_annulled_kept', lang, date=shown)}")
    for target_id, place, column, text, kept in diff.fix_kept:  # as revise keeps it
        said = label("revise_fix_kept", lang, place=visible_line(place), id=target_id,
                     column=column, kept=visible_line(kept), text=visible_line(text))  # fmt: skip
        lines.append(f"= {said}")
    for target_id, row in diff.unread_kept:  # its row's number unread: paired by its text
        place, number = visible_line(row.place), visible_line(row.number)
        lines.append("= " + label("unread_kept", lang, id=target_id, place=place, number=number))
    for target_id in diff.undecided:  # an unread row may be it: not annulled
        lines.append("? " + label("unread_undecided", lang, id=target_id))
    for row in diff.unread_rows if diff.undecided else ():
        said = label("unread_row", lang, number=visible_line(row.number),
                     cells=visible_line(" | ".join(row.cells)))  # fmt: skip
        lines.append(f"  {visible_line(row.place)}: {said}")
    lines += own_revision(diff, lang)
    if diff.carried_kept:
        lines.append(label("diff_carried_kept", lang, count=len(diff.carried_kept)))
        lines += [f"  {i} ← {_origin(diff, origin)}" for i, origin in diff.carried_kept]
    if diff.carried_in:
        lines.append(label("diff_carried_in", lang, count=len(diff.carried_in)))
        lines += [f"  {i} ← {_origin(diff, origin, i, lang)}" for i, origin in diff.carried_in]
    if diff.carried_annulled:  # carried in, annulled since (a23-07): not followed there
        lines.append(label("diff_carried_annulled", lang, count=len(diff.carried_annulled)))
        lines += [
            f"  {i} ← {_origin(diff, origin, i, lang)}{_annulled(day, lang)}"
            for i, origin, day in diff.carried_annulled
        ]
    if diff.carried_out:  # carried into the new plan, whose side (a table) does not list them
        lines.append(label("diff_carried_out", lang, count=len(diff.carried_out)))
        lines += [f"  {i} → {visible_line(to)}" for i, to in diff.carried_out]
    if diff.carried_out_new:  # the same, the plans the other way round: the old side a table
        lines.append(label("diff_carried_out_new", lang, count=len(diff.carried_out_new)))
        lines += [f"  {i} → {visible_line(to)}" for i, to in diff.carried_out_new]
    if diff.carried_old:  # the plans the other way round: the later plan's, on the old side
        lines.append(label("diff_carried_old", lang, count=len(diff.carried_old)))
        lines += [f"  {i} ← {_origin(diff, origin, i, lang)}" for i, origin in diff.carried_old]
    if diff.carried_annulled_old:  # the plans the other way round: annulled on the old side
        lines.append(label("diff_carried_annulled_old", lang, count=len(diff.carried_annulled_old)))
        lines += [
            f"  {i} ← {_origin(diff, origin, i, lang)}{_annulled(day, lang)}"
            for i, origin, day in diff.carried_annulled_old
        ]
    if diff.carried_ended:  # into a plan between the two, and no further (registry/diff_plans)
        key = "diff_carried_ended_new" if diff.backwards else "diff_carried_ended"
        lines.append(label(key, lang, count=len(diff.carried_ended)))
        lines += [f"  {i} → {visible_line(to)}" for i, to in diff.carried_ended]
    return lines


def _origin(diff: Diff, carried_from: str, target_id: str = "", lang: Lang = "vi") -> str:
    """'I.1 (2024)' for '2024/I.2', as every table cites a carried target's origin (the id,
    which a revised 2024 plan may print for another target, only when the plans are not read),
    and the plans it passed between the two compared, if any (' (qua kế hoạch 2024)')."""
    cited = visible_line(diff.carried_cited.get(carried_from, carried_from))
    passed = diff.carried_via.get(target_id)
    if not passed:
        return cited
    return cited + label("diff_carried_via", lang, plans=visible_line(passed))
