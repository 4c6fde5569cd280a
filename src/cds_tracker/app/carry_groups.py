"""`cds carry-over --group OLD=NEW`: which group of the new plan an origin group's targets go to,
each option checked (usage errors) before anything is proposed."""

from __future__ import annotations

from typing import Any

from cds_tracker.core.errors import UsageError, msg
from cds_tracker.core.text import fold, hidden_character
from cds_tracker.output.sanitize import visible_line


def chosen_groups(
    options: tuple[str, ...], origin: Any, data: Any, source_name: str
) -> dict[str, str]:
    """`--group OLD=NEW` options as origin group id → destination group (id or name): OLD names
    a group of the origin plan by its id ("I") or its name; NEW a group of the new plan, or the
    name of a new one. Each OLD must name a group of the origin plan, and one old group goes
    to one new group: `--group I=II --group I=III` is refused, not settled by the last (usage
    errors)."""
    from cds_tracker.questions.carry_over import find_group

    groups = [{"id": g.id, "title": g.title} for g in origin]
    chosen: dict[str, str] = {}
    numerals: list[tuple[str, str, dict[str, Any]]] = []
    for option in options:
        old, sep, new = option.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise UsageError(
                msg("carry.group_form", value=option), hint=msg("carry.hint.group_form")
            )
        found = find_group(groups, old)
        if found is None:
            names = "; ".join(f"{g['id']}. {g['title']}" for g in groups)
            raise UsageError(
                msg("carry.group_unknown", value=option, plan=source_name, name=old.strip()),
                hint=msg("carry.hint.group_unknown", names=names),
            )
        key, given = str(found["id"]), new.strip()
        hidden = hidden_character(given)  # the rule `validate` applies to group titles
        if hidden is not None:
            raise UsageError(
                msg("carry.group_invisible", value=visible_line(option), character=hidden),
                hint=msg("rule.hint.group_invisible"),
            )
        if key in chosen and fold(chosen[key]) != fold(given):
            raise UsageError(
                msg("carry.group_twice", group=key, first=chosen[key], second=given),
                hint=msg("carry.hint.group_twice", group=key),
            )
        chosen[key] = given
        numerals.append((option, given, found))
    for option, given, found in numerals:  # after the choices are known to agree
        _check_new_numeral(option, given, data, found)
    return chosen


def _check_new_numeral(option: str, given: str, data: Any, old: dict[str, Any]) -> None:
    """NEW written as a group's numeral ("VI") names a group of the new plan: a numeral no
    group has is refused, not made the title of a new group ("VI. VI"); a new group is asked
    for by its name, its numeral comes next after the plan's groups (usage error)."""
    from cds_tracker.questions.carry_over import find_group, is_numeral

    groups = data.get("groups") if isinstance(data, dict) else None
    groups = [g for g in groups or () if isinstance(g, dict)]
    if not is_numeral(given) or find_group(groups, given) is not None:
        return
    names = "; ".join(f"{g.get('id')}. {g.get('title')}" for g in groups)
    raise UsageError(
        msg("carry.group_no_numeral", value=option, name=given.upper()),
        hint=msg("carry.hint.group_no_numeral", names=names, old=old["id"], title=old["title"]),
    )
