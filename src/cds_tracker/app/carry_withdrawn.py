"""A target carry-over carried that turns out to have been finished in the old plan by its carry
day: a part's "hoàn thành" reported late (in January), dated on or before the carry day and
recorded in the old plan as the guide says (clerk20 F2).

The old plan keeps it "Hoàn thành" (questions/status.py `_finished_when_carried`): it left
nothing unfinished there. The copy in the new plan stands for work that never was that plan's:
counted there it would be a second achievement of one work, and its own (the finished day is
the old plan's). Running carry-over again (the hint `progress add` gives) takes it out of the
new plan the way a revision takes a target out: annulled (`cancelled`) from the day it arrived,
with the reason written beside it, so the new plan's registry says what happened and keeps
the copy and its copied reports (nothing a unit reported is deleted), counted apart in every
total ("Bãi bỏ (không tính vào Chỉ tiêu)"), urged nowhere. The old plan's `carried_to` mark
stays: it records the carry-over that ran, and pairs with the copy's `carried_from`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cds_tracker.core.statuses import FINISHED
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.tracker import Tracker


@dataclass(frozen=True)
class Withdrawn:
    origin_id: str  # "IV.4" in the old plan
    new_id: str  # its copy's id in the new plan
    finished: dt.date | None  # the day the old plan's target finished (its last part)
    carried_on: dt.date  # its last day in the old plan
    since: dt.date  # the copy annulled from this day: its arrival, in the new plan's years
    # None: to annul. A copy carry-over annulled before whose origin is unfinished again by its
    # carry day (a correction took back the "hoàn thành"): followed again, its annulment lifted
    lifted: str | None = None  # the reason carry-over wrote then


def withdrawn(source: Tracker, source_name: str, data: Any, year: int) -> list[Withdrawn]:
    """Each copy in the new plan (`data`, its registry as read; `year`, its year) of a target of
    `source` finished by its carry day, not yet annulled there."""
    prefix = f"{source_name}/"
    targets = {t.id: t for _, t in source.registry.targets()}
    found = []
    for group in data.get("groups") or ():
        for copy in group.get("targets") or ():
            origin = str(copy.get("carried_from") or "")
            target = targets.get(origin.removeprefix(prefix)) if origin.startswith(prefix) else None
            if target is None or target.carried_on is None or target.deadline.month is None:
                continue
            carried_on = dt.date.fromisoformat(target.carried_on)
            status = source.status(target, carried_on)  # its last day there: still open
            finished = status.finished if status.code in FINISHED else None
            arrived = carried_on + dt.timedelta(days=1)
            since = max(arrived, dt.date(year, 1, 1))  # a day the plan may annul on
            item = Withdrawn(target.id, str(copy["id"]), finished, carried_on, since)
            written = str(copy.get("cancelled_reason") or "")
            if not copy.get("cancelled"):
                found += [item] if finished is not None else []
            elif finished is None and _ours(written, item, source_name):
                found.append(Withdrawn(**{**vars(item), "lifted": written}))
    return found


def _ours(written: str, item: Withdrawn, source_name: str) -> bool:
    """Whether `written` is the reason carry-over gave when it annulled the copy (any day
    finished): a revision's annulment, or one written by hand, is never lifted here."""
    import re

    template = label("carry_withdrawn_reason", "vi")  # its placeholders unfilled
    values = {"source": source_name, "id": item.origin_id, "carried": _day(item.carried_on)}
    pieces = []
    for part in re.split(r"(\{[a-z]+\})", template):
        name = part[1:-1] if part.startswith("{") else None
        if name is None:
            pieces.append(re.escape(part))
        else:  # the day it finished is any day
            pieces.append(re.escape(values[name]) if name in values else "[0-9/]+")
    pattern = "".join(pieces)
    return re.fullmatch(pattern, written) is not None


def _day(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day is not None else ""


def reason(item: Withdrawn, source_name: str) -> str:
    """The reason written beside `cancelled` (Vietnamese: the registry is a document)."""
    return label(
        "carry_withdrawn_reason",
        "vi",
        source=source_name,
        id=item.origin_id,
        finished=_day(item.finished),
        carried=_day(item.carried_on),
    )


def annul(data: Any, items: Sequence[Withdrawn], source_name: str) -> None:
    """Write `cancelled` and `cancelled_reason` into the copies in `data` (round-trip)."""
    wanted = {item.new_id: item for item in items}
    for group in data.get("groups") or ():
        for copy in group.get("targets") or ():
            item = wanted.get(str(copy.get("id")))
            if item is None:
                continue
            if item.lifted is not None:  # followed again: carry-over's annulment taken back
                if str(copy.get("cancelled_reason") or "") == item.lifted:
                    copy.pop("cancelled", None)
                    copy.pop("cancelled_reason", None)
            elif not copy.get("cancelled"):
                copy["cancelled"] = item.since.strftime("%d/%m/%Y")
                copy["cancelled_reason"] = reason(item, source_name)


def withdrawn_lines(items: Sequence[Withdrawn], source: str, to: str, lang: Lang) -> list[str]:
    """The preview's lines: a title and a line per copy taken out of the new plan."""
    said = []
    for (title, words), chosen in (
        (("carry_withdrawn_title", "carry_withdrawn_line"), [i for i in items if not i.lifted]),
        (("carry_lifted_title", "carry_lifted_line"), [i for i in items if i.lifted]),
    ):
        if chosen:
            said.append(label(title, lang, source=source, to=to))
        for item in chosen:
            days = {"finished": _day(item.finished), "carried": _day(item.carried_on)}
            line = label(
                words,
                lang,
                source=source,
                to=to,
                id=item.origin_id,
                new=item.new_id,
                since=_day(item.since),
                **days,
            )
            said.append(f"- {line}")
    return said


def withdrawn_written(items: Sequence[Withdrawn], source: str, path: str, lang: Lang) -> list[str]:
    """What the write says of them: the copies annulled, the annulments lifted."""
    said = []
    annulled = sum(item.lifted is None for item in items)
    if annulled:
        name = visible_line(source)
        said.append(label("carry_withdrawn_written", lang, count=annulled, source=name, path=path))
    if len(items) > annulled:
        said.append(label("carry_lifted_written", lang, count=len(items) - annulled, path=path))
    return said
