"""Which of a target's progress entries count on a given day, kept cheaply.

A target's entries are kept as a `Timeline`: parallel columns, oldest first (`in_order`: by day,
then when written, then as written), which the cache stores as six strings per target instead of
one object per entry. Corrections stay in it beside what they correct: as of a day, a correction
replaces its original only once the correction itself is dated on or before that day
(`replaced`), so a view of the past never shows a correction written later. Status (status.py),
figures, histories and reminders all read entries through these rules; `History` is what status
asks of a timeline or of the cache's aggregates (aggregates.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Iterable, Sequence
from typing import Protocol

from cds_tracker.core.dates import utc_order
from cds_tracker.core.entries import Entry
from cds_tracker.core.tuples import Record
from cds_tracker.questions.finished import run_starts
from cds_tracker.questions.periods import Period

_DATE, _CORRECTS = operator.itemgetter(4), operator.itemgetter(12)  # Entry's
_SEP = "\x1f"  # the ASCII unit separator: never in an id, a unit id, a date or a status

Packed = tuple[str, str, str, str, str, str]


def entry_order(entry: Entry) -> tuple[str, float, str, str]:
    """Oldest first: by day, then by when written (in UTC), then by unit and target, so the order
    never depends on which file came first. Entries equal in all four (one unit's reports on one
    target written within one second: a .bat file, a quick re-type) are left in the order given,
    which is the order written: see `in_order`. The one rule of which entry is later; every list,
    status, figure and export orders entries by it."""
    return (entry.date, utc_order(entry.written), entry.unit, entry.target)


# (date, written, unit, target) and the parts of `written` that must agree, taken in C
# (operator's getters run no Python per entry: a cold read sorts 100,000 entries, a target's at
# a time).
_TEXT_ORDER = operator.itemgetter(4, 5, 2, 1)
_WRITTEN = operator.itemgetter(5)
_AT_T = operator.itemgetter(slice(10, 11))
_ZONE = operator.itemgetter(slice(19, None))
_FIRST, _STATUS_DATE = operator.itemgetter(0), operator.itemgetter(2, 1)  # of a visible row


def in_order(entries: Iterable[Entry], by_text: bool | None = None) -> list[Entry]:
    """The entries sorted by `entry_order`, oldest first. The sort is stable: entries it ranks
    equal keep the order given, and every reader gives a unit's entries in its file's order
    (`load_progress` reads each file top to bottom; the cache keeps a target's entries in that
    order and appends what was appended), which is the order they were written: the file is only
    ever appended to, under the writers' lock (docs/progress.md). So of two reports written
    within one second, the one written last is the later, everywhere; never the random id.

    When every `written` differs from the others only in its first 19 characters
    (yyyy-mm-ddThh:mm:ss, fixed width: one zone and one form, as `progress add` writes them;
    the same text after the 19th makes the same width), its text orders as its moment does,
    and the moments are not computed (a tenth of a cold read of 100,000 entries). `by_text`:
    `text_orders` of entries these are among, when already asked (then true of these too);
    None to ask it here."""
    items = list(entries)
    if by_text is None:
        by_text = text_orders(items)
    return sorted(items, key=_TEXT_ORDER if by_text else entry_order)


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """`in_order` reversed: the entry written last first, also among those written within one
    second (a reversed stable sort, not a sort with `reverse=True`, which keeps ties as given)."""
    return in_order(entries)[::-1]


def text_orders(entries: Sequence[Entry]) -> bool:
    """Whether the `written` texts of `entries` order as their moments (see `in_order`); then
    so do those of any of them."""
    written = list(map(_WRITTEN, entries))
    return set(map(_AT_T, written)) <= {"T"} and len(set(map(_ZONE, written))) <= 1


def replaced(corrections: Iterable[tuple[str | None, str]], as_of: dt.date | None) -> set[str]:
    """The ids replaced as of `as_of`: corrected by an entry dated on or before it (any day when
    `as_of` is None). `corrections` gives (id corrected or None, date yyyy-mm-dd) per entry.

    The one rule of corrections over time, used by status, figures, history and reminders."""
    cutoff = as_of.isoformat() if as_of is not None else "9999-12-31"
    return {corrects for corrects, date in corrections if corrects and date <= cutoff}


def corrected_by(entries: Iterable[Entry], as_of: dt.date | None) -> dict[str, str]:
    """Corrected id → the id of the correction that replaces it as of `as_of` (`replaced`):
    what a history marks as corrected."""
    cutoff = as_of.isoformat() if as_of is not None else "9999-12-31"
    return {e.corrects: e.id for e in entries if e.corrects and e.date <= cutoff}


def effective(entries: Iterable[Entry], as_of: dt.date | None = None) -> list[Entry]:
    """Entries minus those corrected as of `as_of` (`replaced`): the history stays, the
    correction counts from its own date on."""
    items = list(entries)
    if not any(map(_CORRECTS, items)):
        return items  # no correction at all (asked in C)
    gone = replaced(zip(map(_CORRECTS, items), map(_DATE, items), strict=True), as_of)
    return [e for e in items if e.id not in gone]


class Timeline(Record):
    """One target's entries, corrections and corrected alike, oldest first (`in_order`);
    `corrects` holds the id an entry corrects, or "" ."""

    ids: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    written: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    corrects: tuple[str, ...] = ()
    # An aggregate's (one row per unit, its latest): the day each unit's run of "done" began
    # (`finished`); () for a timeline of every entry, which finds it from the rows.
    since: tuple[str, ...] = ()

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Timeline:
        rows = in_order(entries)
        return cls(
            tuple(e.id for e in rows),
            tuple(e.unit for e in rows),
            tuple(e.date for e in rows),
            tuple(e.written for e in rows),
            tuple(e.status for e in rows),
            tuple(e.corrects or "" for e in rows),
        )

    def with_entry(self, entry: Entry) -> Timeline:
        """This timeline after `entry` is appended: it slots in by its day, after the entries
        `in_order` ranks equal to it (it was written after them)."""
        columns = (self.ids, self.units, self.dates, self.written, self.statuses, self.corrects)
        rows = list(zip(*columns, strict=True))
        rows.append(
            (entry.id, entry.unit, entry.date, entry.written, entry.status, entry.corrects or "")
        )
        rows.sort(key=lambda row: (row[2], utc_order(row[3]), row[1]))  # one target's: stable
        return Timeline(*(tuple(column) for column in zip(*rows, strict=True)))

    def pack(self) -> Packed:
        return (
            _SEP.join(self.ids),
            _SEP.join(self.units),
            _SEP.join(self.dates),
            _SEP.join(self.written),
            _SEP.join(self.statuses),
            _SEP.join(self.corrects),
        )

    @classmethod
    def unpack(cls, packed: Packed) -> Timeline:
        if not packed[0]:
            return cls()
        ids, units, dates, written, statuses, corrects = (tuple(c.split(_SEP)) for c in packed)
        return cls(ids, units, dates, written, statuses, corrects)

    def visible(self, as_of: dt.date) -> list[tuple[str, str, str]]:
        """(unit, date, status) of the entries that count on `as_of`, oldest first: dated on or
        before it, and not replaced by a correction dated on or before it."""
        cutoff = as_of.isoformat()
        end = bisect.bisect_right(self.dates, cutoff)  # oldest first: nothing later counts
        rows = zip(self.units[:end], self.dates[:end], self.statuses[:end], strict=True)
        if not any(self.corrects[:end]):  # no correction (asked in C), as in every aggregate's
            return list(rows)
        gone = replaced(zip(self.corrects[:end], self.dates[:end], strict=True), as_of)
        return [row for i, row in zip(self.ids[:end], rows, strict=True) if i not in gone]

    def latest(self, as_of: dt.date) -> dict[str, tuple[str, str]]:
        """Each unit's latest (status, date) on or before `as_of` (made in C: a warm summary
        asks it of every target's aggregate)."""
        rows = self.visible(as_of)
        return dict(zip(map(_FIRST, rows), map(_STATUS_DATE, rows), strict=True))

    def latest_within(self, period: Period, as_of: dt.date) -> dict[str, tuple[str, str]]:
        """Each unit's latest (status, date) dated in `period` and on or before `as_of`."""
        first = period.start.isoformat()
        return {
            unit: (status, date)
            for unit, date, status in self.visible(min(as_of, period.end))
            if date >= first
        }

    def finished(self, as_of: dt.date, after: str = "") -> dict[str, str]:
        """Each unit whose latest status on or before `as_of` is done → the day it finished:
        the first "done" of the unbroken run of them its latest report ends (docs/progress.md:
        a unit sending "done" again, with the evidence, did not finish later); with `after`
        (yyyy-mm-dd), the first of that run dated after it (an heir's report for the parts it
        took over counts from the merger on). `latest` keeps the latest report's day for every
        other rule."""
        cutoff = as_of.isoformat()
        if self.since:  # an aggregate's: one row per unit, each on or before any day it covers
            # (never asked `after`: a target with parts taken over reads its entries,
            # `Tracker.timeline_on`; a run begun before `after` would say its latest day)
            rows = zip(self.units, self.dates, self.statuses, self.since, strict=True)
            return {
                u: s if s > after else d
                for u, d, status, s in rows
                if status == "done" and d <= cutoff and d > after
            }
        seen = self.visible(as_of)
        return run_starts([r for r in seen if r[1] > after] if after else seen)


class History(Protocol):
    """What status reads of a target's entries: a `Timeline`, or the cache's aggregates
    (questions/aggregates.py) where they give the same answers."""

    def latest(self, as_of: dt.date) -> dict[str, tuple[str, str]]: ...
    def latest_within(self, period: Period, as_of: dt.date) -> dict[str, tuple[str, str]]: ...
    def finished(self, as_of: dt.date, after: str = "") -> dict[str, str]: ...
