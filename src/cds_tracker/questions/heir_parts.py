"""The parts a unit answers for on a target after it took over merged units' parts: the one rule
behind every command (`show`, `report --unit`, `late --by-unit`, `summary`, `export`, `remind`,
JSON), issue 16.

An heir answers for each part it took over apart (and for its own, when the target asked it
before the merger): two wards merged into a third make two parts of the third, never one. Each
part rests on one report (`Share`):

- a report the heir makes after the merger speaks for every part it answers for (a report that
  lowers a finished part reopens it: `progress add` warns, progress/reopening.py), except that a
  "done" leaves a part already finished by the merger finished on its own day;
- else a part finished by the merger's last day stays finished (a merger erases no report);
- else each part is what its own unit last reported (a merged unit's report made before its
  merger is its own, not the heir's).

A part finished is judged on the day it finished (questions/finished.py, the rule of every
part): the first "done" of the unbroken run of them that the report it rests on ends (a unit
re-sending "hoàn thành", with the evidence, did not finish later); of a report the heir made
after the merger, the first of that run made after the merger.

Of an ongoing target's window, a part is reported when its unit reported in it, or the heir
did (for its own part, or after the merger for any part). A merger before the plan began splits
nothing: the plan asked the heir alone (`split`).

An indicator's figure (questions/figures.py) rests on each part by the same rule, read on the
reports that carry the figure (`figure_shares`): so the city's figure and its coverage count the
parts `show` counts, and a merged ward's figure stays in it after the merger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from cds_tracker.core.tuples import Record
from cds_tracker.registry.succession import TakenOver

if TYPE_CHECKING:
    from cds_tracker.questions.figures import Member

Said = tuple[str, str]  # (status, yyyy-mm-dd)


class Share(Record):
    """One part an heir answers for: whose it was (`part`: the heir itself, or a merged unit),
    the report it rests on (`said`) and who made it (`by`), of an ongoing target the report in
    the window asked about that counts for it (`in_window`), and of a done part the day it
    finished (`finished`, questions/finished.py)."""

    part: str
    said: Said | None = None
    by: str | None = None
    in_window: Said | None = None
    finished: str | None = None


class _History(Protocol):  # what `shares` reads of a target's reports (timeline.py `History`)
    def latest(self, as_of: dt.date) -> dict[str, Said]: ...
    def finished(self, as_of: dt.date, after: str = "") -> dict[str, str]: ...


def split(owes: Mapping[str, TakenOver], plan_start: str = "") -> dict[str, TakenOver]:
    """The heirs whose parts are said apart: those whose merger came in or after the plan's
    year (`plan_start`, yyyy-mm-dd; "" for every one)."""
    return {h: t for h, t in owes.items() if t.until >= plan_start}


def shares(
    heir: str,
    owes: TakenOver,
    latest_on: Mapping[str, Said] | None,
    history: _History,
    as_of: dt.date,
    window: Mapping[str, Said] | None = None,
) -> tuple[Share, ...]:
    """Each part `heir` answers for on `as_of` (`owes`: `taken_over`'s), in catalog order, its
    own first. `latest_on`: each unit's own latest report as of `as_of` (not carried; None to
    ask `history`); `window`: an ongoing target's reports in the window asked about."""
    latest = history.latest(as_of) if latest_on is None else latest_on
    before = history.latest(dt.date.fromisoformat(owes.until))  # each part's own, by the merger
    after = latest.get(heir)
    if after is not None and after[1] <= owes.until:
        after = None  # no report of the heir's since the merger
    found = []
    for part in owes.units:
        said, by = _said(part, heir, before, latest, after)
        seen = None if window is None else _in_window(part, heir, window, owes.until)
        found.append(Share(part, said, by, seen, _finished(history, said, by, owes.until, as_of)))
    return tuple(found)


def as_one(found: Sequence[Share]) -> str | None:
    """The report an heir's parts (`shares`) stand at taken as one part, as a plan asking the
    heir alone reads them (carried into the next year, a merger before that year splits
    nothing: `split`): "done" when every part is; "in_progress" when one is done or in progress
    and not all are done (work has begun on it: questions/answers.py `overall`'s rule, clerk13
    F5); "not_started" when a part said so and none began; None when no part reported. Bắc Sơn
    done and Nam Sơn never reported: Tam Điệp's part is "in_progress" (clerk15 F3)."""
    said = [share.said[0] for share in found if share.said is not None]
    if said and len(said) == len(found) and all(code == "done" for code in said):
        return "done"
    if any(code in ("done", "in_progress") for code in said):
        return "in_progress"
    return "not_started" if said else None


def _finished(
    history: _History, said: Said | None, by: str | None, until: str, as_of: dt.date
) -> str | None:
    """The day a done part finished: the first "done" of the run of `by`'s reports that `said`
    ends; a report by the merger's last day read as of that day (a part finished by then), one
    after it counted from the merger on (the heir's report speaks for the part from then)."""
    if said is None or said[0] != "done" or by is None:
        return None
    if said[1] <= until:
        return history.finished(dt.date.fromisoformat(until)).get(by, said[1])
    return history.finished(as_of, until).get(by, said[1])


def _said(
    part: str,
    heir: str,
    before: Mapping[str, Said],
    latest: Mapping[str, Said],
    after: Said | None,
) -> tuple[Said | None, str | None]:
    own = before.get(part)
    finished = own is not None and own[0] == "done"
    if after is not None and not (finished and after[0] == "done"):
        return after, heir
    if finished:
        return own, part
    found = latest.get(part)
    return found, (part if found is not None else None)


def figure_shares(
    heir: str, owes: TakenOver, figures: Mapping[str, Member]
) -> tuple[Member | None, ...]:
    """The figure each part `heir` answers for rests on, in `owes.units`' order (`figures`: each
    unit's latest figure). `shares`' rule, read on the reports that carry the figure: the heir's
    own made after the merger speaks for every part; else each part is its own unit's latest (a
    merged unit's, made before its merger: Nam Sơn's 3/10 stays Tam Điệp's part in place of
    Nam Sơn). Unlike a status, a part finished by the merger does not keep its old ward's figure
    beside the heir's later one: the heir's figure measures the whole merged ward, so that
    ward would be counted twice in the city's Σ (the heir's figure is counted once however many
    parts it speaks for: figures.py)."""
    after = figures.get(heir)
    if after is not None and after.date <= owes.until:
        after = None  # no figure of the heir's since the merger
    return tuple(after if after is not None else figures.get(part) for part in owes.units)


def _in_window(part: str, heir: str, window: Mapping[str, Said], until: str) -> Said | None:
    said = window.get(part)
    mine = window.get(heir)
    if said is None and mine is not None and (part == heir or mine[1] > until):
        said = mine
    return said


class Piece(Record):
    """A part of a target as `parts_of` and `status_of` count it: its unit (the heir, for a part
    taken over), the merged unit whose part it took over (`in_place_of`, empty for the unit's
    own), the report it rests on and, of an ongoing target, the one in the window asked about."""

    unit: str
    said: Said | None = None
    in_window: Said | None = None
    in_place_of: tuple[str, ...] = ()
    finished: str | None = None  # done: the day it finished (`Share.finished`)


def pieces(
    units: list[str],
    carried: Mapping[str, Said],
    heirs: Mapping[str, TakenOver],
    history: _History,
    as_of: dt.date,
    window: tuple[Mapping[str, Said], Mapping[str, Said]] | None = None,
) -> list[Piece]:
    """Every part of a target: a unit that took over parts (`heirs`, `split`'s) one per part
    (`shares`), any other unit one, on its latest report (`carried`: `carry_latest`'s).
    `window`: an ongoing target's reports in the window asked about, (carried, each unit's own)."""
    found: list[Piece] = []
    own = history.latest(as_of) if heirs else {}
    for unit in units:
        owes = heirs.get(unit)
        if owes is None:
            seen = window[0].get(unit) if window is not None else None
            found.append(Piece(unit, carried.get(unit), seen))
            continue
        for share in shares(unit, owes, own, history, as_of, window[1] if window else None):
            place = () if share.part == unit else (share.part,)
            found.append(Piece(unit, share.said, share.in_window, place, share.finished))
    return found
