"""Why a carry-over was refused, said per target: the new plan it would have written is checked
like any registry, and its problems name targets by ids that exist in no file yet ("I.5"). A
clerk needs the target as the old plan numbers it ("2023/II.4"), each once, and a hint that
carry-over itself can act on: a unit gone with no successor is given one in the workspace's
changes file, after which carry-over carries its work to that successor."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cds_tracker.core.errors import Msg, Problem, Text, msg
from cds_tracker.questions.carry_over import Proposal
from cds_tracker.registry.unit_changes import FILE_NAME, PLANS


def per_target(problems: Sequence[Problem], proposals: Iterable[Proposal]) -> tuple[Problem, ...]:
    """One problem per carried target (its problems joined, in order), named by its origin and
    its new id; each distinct hint said once, at the first target it concerns. Problems of no
    carried target are kept as they are."""
    origins = {str(p.target.get("id")): p.origin for p in proposals}
    grouped: dict[str | None, list[Problem]] = {}
    kept: list[Problem] = []
    for problem in problems:
        if problem.target in origins:
            grouped.setdefault(problem.target, []).append(problem)
        else:
            kept.append(problem)
    hinted: set[Text] = set()
    found = []
    for target, mine in grouped.items():
        messages = _roles_joined([p.message for p in mine])
        said: Text = messages[-1]
        for message in reversed(messages[:-1]):
            said = msg("carry.problem_and", first=message, then=said)
        hints = [_hint(p.hint) for p in mine if p.hint is not None]
        hint = next((h for h in hints if h not in hinted), None)
        if hint is not None:
            hinted.add(hint)
        line = msg("carry.problem_of", origin=origins[str(target)], new=target, said=said)
        found.append(mine[0]._replace(message=line, hint=hint, excerpt=None))
    return (*found, *kept)


def _hint(hint: Text) -> Text:
    """A gone unit's hint as carry-over can act on it: its successor written in the changes file
    (then carry-over moves the work to it), or its `valid_to` corrected if it still exists."""
    if isinstance(hint, Msg) and hint.key == "rule.hint.gone_no_successor":
        unit = dict(hint.values).get("unit", "")
        return msg("carry.hint.gone_no_successor", unit=unit, path=f"{PLANS}/{FILE_NAME}")
    return hint


def _roles_joined(messages: list[Text]) -> list[Text]:
    """Messages that differ only in the unit's role said once, with the roles joined ("đơn vị
    trực tiếp chỉ đạo, chủ trì 'Phòng Y tế' …"): one unit gone is one fact, however many
    columns of the target name it."""
    joined: dict[object, Text] = {}
    for message in messages:
        if not isinstance(message, Msg) or "role" not in dict(message.values):
            joined[message] = message
            continue
        values = dict(message.values)
        key = (message.key, tuple((k, v) for k, v in message.values if k != "role"))
        before = joined.get(key)
        if isinstance(before, Msg):
            values["role"] = msg(
                "carry.roles_and", first=dict(before.values)["role"], then=values["role"]
            )
        joined[key] = Msg(message.key, tuple(values.items()))
    return list(joined.values())
