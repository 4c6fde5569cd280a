"""Officials in the directing column ("Trực tiếp chỉ đạo"), as UnitIndex (units.py) reads them.

A title before a unit ("Trưởng phòng Y tế", "Phó Chủ tịch UBND thành phố") names that unit; a
leader's portfolio after it ("… phụ trách khối văn hóa - xã hội") is part of the title. Before
either, a form of address and a person's name ("Đ/c Nguyễn Văn A, Phó Chủ tịch UBND thành phố").
A person named by their portfolio alone ("Đ/c Trần Thị B, phụ trách khối văn hóa - xã hội") is a
leader of the People's Committee: only its chairman and vice-chairmen hold a portfolio of the
committee's work ("phụ trách chung", "phụ trách khối …"), so the cell names the committee of the
plan's level ("UBND thành phố"), when the catalogue has exactly one. A person's name given as an
alias of a unit (with or without "Đ/c") names that unit, a portfolio after it included. The
wordings themselves (forms of address, "Phó", "phụ trách") are in unit_wordings.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from cds_tracker.core.records import Unit
from cds_tracker.core.text import same_tones
from cds_tracker.core.tuples import Record
from cds_tracker.registry.unit_wordings import (
    DEPUTY,
    after_title,
    person_then_portfolio,
    portfolio_end,
    skip_courtesy,
    skip_separators,
    split_portfolio,
)

# The People's Committee of a level (not of a ward, nor a collective "UBND các phường, xã").
# (A text, compiled by `re` when first used: a warm query reads no cell.)
_COMMITTEE = r"(?:ubnd|[uủ]y ban nhân dân) (?:thành phố|tỉnh|huyện|quận|thị xã)\b.*"


# A named tuple, not a dataclass: every warm start makes this class (docs/performance.md).
class UnitRef(Record):
    """One unit named in a cell, with the official's title when the cell names a person."""

    unit_id: str
    text: str
    official: str | None = None
    loose: bool = (
        False  # matched as `find` matches a user's name (abbreviation, accents), not as written
    )


def committee_of(units: Iterable[Unit]) -> str | None:
    """The id of the one unit named (or aliased) as a People's Committee of a level ("UBND
    thành phố", "Ủy ban nhân dân tỉnh"); None when the catalogue has none or several."""
    found = {
        unit.id
        for unit in units
        for name in (unit.name, *unit.aliases)
        if re.fullmatch(_COMMITTEE, same_tones(name).lower())
    }
    return found.pop() if len(found) == 1 else None


class OfficialReading:
    """The officials' part of UnitIndex: it provides `units`, `_titles` (lower case, longest
    first), `_match` and `lookup`."""

    units: dict[str, Unit]
    _titles: list[str]

    @functools.cached_property
    def committee(self) -> str | None:
        """The committee whose leaders hold portfolios (`committee_of`): found when first a cell
        names a person by a portfolio, not at every start."""
        return committee_of(self.units.values())

    def _match(self, low: str, at: int) -> tuple[str, str] | None:
        raise NotImplementedError  # UnitIndex's

    def lookup(self, query: str, *, ids: bool = True) -> Unit | tuple[str, ...]:
        raise NotImplementedError  # UnitIndex's

    def _official_at(self, text: str, low: str, start: int) -> tuple[int, str | None]:
        """Where the unit starts, past a form of address, a person's name and a title ("Đ/c
        Nguyễn Văn A, Phó Chủ tịch UBND …"), and the title ("Phó Chủ tịch") when a known unit
        follows one; else past the form of address alone, and None."""
        i = skip_courtesy(low, start, self._titles)
        titled = i + len(DEPUTY) if low.startswith(DEPUTY, i) else i  # "Phó Chủ tịch"
        for title in self._titles:
            after = titled + len(title) + 1
            if low.startswith(title + " ", titled) and self._match(low, after):
                return after, text[i : titled + len(title)]
        return i, None

    def _person_portfolio(self, text: str, low: str, start: int, i: int) -> UnitRef | None:
        """A person (a form of address skipped from `start` to `i`) named by a portfolio alone:
        "Đ/c Trần Thị B, phụ trách khối văn hóa - xã hội" is the committee's leader of that
        bloc, up to the portfolio's end. None when not so, or the catalogue has no one
        committee."""
        if self.committee is None or i == start:
            return None
        at = person_then_portfolio(low, i)
        stop = self._portfolio_end(low, at) if at is not None else None
        return UnitRef(self.committee, text[start:stop].rstrip()) if stop is not None else None

    def _after_person(self, low: str, start: int, i: int, end: int) -> int | None:
        """Where the portfolio after a person named by an alias ends ("Đ/c Trần Thị B, phụ
        trách khối …": the unit found from `i` to `end`, a form of address before it from
        `start`); None when no portfolio follows, or no form of address said it is a person."""
        if i == start:
            return None
        return self._portfolio_end(low, end + 1 if low.startswith(",", end) else end)

    def _loose(self, said: str) -> UnitRef | None:
        """A name no spelling covers, read as `lookup` reads a user's name ("Phòng VH-TT"),
        after the official's title if it starts with one ("Trưởng phòng VH-TT")."""
        for title in ("", *self._titles):
            split = after_title(said, title) if title else (None, said)
            if split is None:
                continue
            official, rest = split
            unit = self.lookup(rest, ids=False) if rest else ()
            if isinstance(unit, Unit):
                return UnitRef(unit.id, said, official, loose=True)
        return None

    def _portfolio(self, text: str, low: str, start: int, end: int) -> UnitRef | None:
        """An official read as `_loose` reads one, with the portfolio after the unit ("Pho Chu
        tich UBND thanh pho phu trach khoi"): one ref up to the portfolio's end (the next ";",
        past `end`, the next separator, where a portfolio starts); else None. Looks no further
        than `end` unless a portfolio starts there: a long cell stays linear."""
        head, tail = split_portfolio(text[start:end])
        found = self._loose(head.strip()) if tail else None
        if found is None or found.official is None:
            return None
        stop = self._portfolio_end(low, start + len(head))
        return found._replace(text=text[start:stop].rstrip()) if stop is not None else None

    def _portfolio_end(self, low: str, at: int) -> int | None:
        """`portfolio_end`, but a "," before a unit or an official ends it too: "Chủ tịch UBND
        TP phụ trách chung, Phòng Y tế" names Phòng Y tế, while "… phụ trách khối văn hoá, xã
        hội" is one portfolio."""
        stop = portfolio_end(low, at)
        comma = low.find(",", at, stop) if stop is not None else -1
        while stop is not None and comma >= 0:
            after = skip_courtesy(low, skip_separators(low, comma), self._titles)
            after += len(DEPUTY) if low.startswith(DEPUTY, after) else 0
            titled = any(low.startswith(title + " ", after) for title in self._titles)
            if titled or self._match(low, after) is not None:
                return comma
            comma = low.find(",", comma + 1, stop)
        return stop
