"""A report on a target a revision annulled, dated on or after the annulment (`cancelled`,
`cancelled_before`): refused, as the target is no longer followed; --force records it (marked
forced, the status stays "cancelled"), except where the code typed is also the number the
revised plan prints a target in force under, which is the target meant (docs/progress.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cds_tracker.core.errors import UsageError, msg

if TYPE_CHECKING:
    from cds_tracker.questions.tracker import Tracker


def cancelled_forced(
    target: Any,
    day: dt.date,
    force: bool,
    arrived: str | None = None,
    elsewhere: Callable[[str], str] | None = None,
) -> bool:
    """Whether the entry is recorded by --force on a target a revision cancelled on or before
    `day`: no longer followed, so a new report is refused; work done before the cancellation is
    dated before it (docs/progress.md). `validate` accepts such entries, written elsewhere
    before the revision arrived: they never change the status, `cancelled`.
    `arrived`: a carried copy's first day here (yyyy-mm-dd), and `elsewhere` the option naming
    another plan: a copy annulled from that day has no day before the annulment in this plan,
    so the refusal says so (`_from_start`), never "date it before" (a23-10)."""

    since = target.cancelled_since(day.isoformat())
    if since is None:
        return False
    if not force:
        cancelled = dt.date.fromisoformat(since).strftime("%d/%m/%Y")
        if since != target.cancelled:  # a window a later revision closed: in force again after
            _cancelled_between(target, since, day)
        if arrived is not None and target.carried_from is not None and since <= arrived:
            _from_start(target, cancelled, arrived, elsewhere)
        raise UsageError(
            msg("entry.cancelled", target=target.id, date=cancelled),
            hint=msg("entry.hint.cancelled", date=cancelled),
        )
    return True


def refuse_cancelled_number(tracker: Tracker, target: Any, day: dt.date, again: str = "") -> None:
    """Refuse, --force or not, a report dated on or after a target's annulment when the code
    typed is also the number the revised plan prints a target in force under (I.2 dropped, the
    old I.3 printed "2."): the clerk read the number in the revised table or in a letter, and
    that target, not the annulled one, is meant, whether or not the unit had a part in the
    annulled one. The hint names it and never proposes --force, which would file the report on
    the annulled target and leave the meant one late (clerk 11, G). A report meant for the
    annulled target itself is confirmed with --id (then `cancelled_forced`: --force records it).
    `again`: the option choosing this run's registry, in the hint's command (discovery.again)."""
    from cds_tracker.registry.revision import printed_now

    since = target.cancelled_since(day.isoformat())
    if since is None or since != target.cancelled:  # in force, or a window lifted later
        return
    now = printed_now(tracker.registry, target.id)
    if now is None:
        return
    cancelled = dt.date.fromisoformat(since).strftime("%d/%m/%Y")
    revisions = tracker.registry.document.revisions
    plan = revisions[-1] if revisions else None
    name = f"{plan.number}/{plan.symbol}" if plan is not None else ""
    key = "entry.hint.cancelled_printed" if name else "entry.hint.cancelled_printed_plain"
    raise UsageError(
        msg("entry.cancelled", target=target.id, date=cancelled),
        hint=msg(
            key,
            number=target.id,
            now=now,
            plan=name,
            date=cancelled,
            again=f" {again}" if again else "",
        ),
    )


def _from_start(
    target: Any, cancelled: str, arrived: str, elsewhere: Callable[[str], str] | None
) -> None:
    """Refuse a report on a carried copy annulled from its first day here: this plan never
    followed it, so the hint names the plan it came from, for work up to the eve of its
    arrival, and no day of this plan (each is refused the same way: a23-10). When carry-over
    annulled it (app/carry_withdrawn.py, its reason in `cancelled_reason`), the message says
    why: the target was finished there by its carry day."""
    from cds_tracker.progress.carried_away import by_name

    plan, _, old = str(target.carried_from).partition("/")
    last = dt.date.fromisoformat(arrived) - dt.timedelta(days=1)
    said = {
        "target": target.id,
        "date": cancelled,
        "plan": plan,
        "old": old,
        "last": last.strftime("%d/%m/%Y"),
        "option": (elsewhere or by_name)(plan),
    }
    done = _carry_reason(str(target.cancelled_reason or ""), plan)
    key = "entry.cancelled_from_start_done" if done else "entry.cancelled_from_start"
    raise UsageError(msg(key, **said), hint=msg("entry.hint.cancelled_from_start", **said))


def _carry_reason(written: str, plan: str) -> bool:
    """Whether `written` is the reason carry-over gives a copy it annuls as finished in `plan`
    (output/words_carry_left.py `carry_withdrawn_reason`; any target, day)."""
    import re

    from cds_tracker.output.words import label

    pieces = []
    for part in re.split(r"(\{[a-z]+\})", label("carry_withdrawn_reason", "vi")):
        if part == "{source}":
            pieces.append(re.escape(plan))
        else:
            pieces.append(".+" if part.startswith("{") else re.escape(part))
    return re.fullmatch("".join(pieces), written) is not None


def _cancelled_between(target: Any, since: str, day: dt.date) -> None:
    """Refuse a report dated in a cancelled period a later revision lifted (`cancelled_before`)."""
    period = next(p for p in target.cancelled_before if p.since == since)
    back = dt.date.fromisoformat(period.until)
    said = {
        "target": target.id,
        "date": dt.date.fromisoformat(since).strftime("%d/%m/%Y"),
        "last": (back - dt.timedelta(days=1)).strftime("%d/%m/%Y"),
        "back": back.strftime("%d/%m/%Y"),
        "day": day.strftime("%d/%m/%Y"),
    }
    raise UsageError(
        msg("entry.cancelled_between", **said), hint=msg("entry.hint.cancelled_between", **said)
    )
