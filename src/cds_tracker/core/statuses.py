"""The status vocabulary: every status code, once, in the one order people see them in.

Codes are the machine contract (JSON, progress files); display words come from
`output.words.label(code)` and colours and glyphs from `output.styles`.
"""

from __future__ import annotations

from collections.abc import Mapping


class StatusCode:
    """A target's status codes, in the display order everywhere. Plain texts, not an enum: each
    is only ever used as its text, and an enum class costs ~1 M instructions to make at every
    start (issue 14)."""

    DONE = "done"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    LATE = "late"
    ONGOING = "ongoing"
    UNREPORTED = "unreported"  # an ongoing target's part not reported this period
    CARRIED_OVER = "carried_over"  # followed in a later plan from the day it was carried
    CANCELLED = "cancelled"  # removed by a revision of the plan after units reported on it


STATUSES: tuple[str, ...] = tuple(
    code for name, code in vars(StatusCode).items() if name.isupper()
)  # in the order written above
"""All target status codes, in display order."""

FINISHED: frozenset[str] = frozenset({StatusCode.DONE, StatusCode.DONE_LATE})
CLOSED: frozenset[str] = frozenset({StatusCode.CARRIED_OVER, StatusCode.CANCELLED})
"""No longer followed in this plan: never urged, never late, never due."""
NOT_IN_FORCE: frozenset[str] = frozenset({StatusCode.CANCELLED})
"""Not among the plan's targets as of the day: a revision removed it. The one rule of every
total (`summary`, `plans`, the footers of `report` and `list`): a cancelled target is counted
apart, never in a total or a share. A carried one stays in: it was this plan's, left unfinished."""


def in_force(counts: Mapping[str, int]) -> dict[str, int]:
    """The counts by status of the targets in force (`NOT_IN_FORCE` left out)."""
    return {code: n for code, n in counts.items() if code not in NOT_IN_FORCE}


def shares(counts: Mapping[str, int], whole: int = 100) -> dict[str, int]:
    """`whole` shared among the counts by size, each rounded down and the spare units given to
    the largest remainders (ties: the first in order), so the shares always add up to `whole`
    (percentages that add up to 100, a bar that fills its width). No counts: all zero."""
    total = sum(counts.values())
    if not total:
        return dict.fromkeys(counts, 0)
    given = {code: n * whole // total for code, n in counts.items()}
    left = {code: n * whole % total for code, n in counts.items()}  # exact: no float ties
    spare = whole - sum(given.values())
    for code in sorted(left, key=lambda c: -left[c])[:spare]:
        given[code] += 1
    return given


def percentages(counts: Mapping[str, int]) -> dict[str, int]:
    """Each count's percentage of the whole, rounded to the nearest whole (a half up): equal
    counts always show equal percentages (a committee reading "2 (7%)" beside "2 (6%)" asks
    which is right), so they may add up to 99 or 101; whoever shows them says so beside them
    (`rounding_gap`). No counts: all zero. `shares` is for what must fill a width (a bar)."""
    total = sum(counts.values())
    if not total:
        return dict.fromkeys(counts, 0)
    return {code: (200 * n + total) // (2 * total) for code, n in counts.items()}


def rounding_gap(percents: Mapping[str, int]) -> int | None:
    """The sum of the percentages shown when rounding took it off 100 (None when it is 100,
    or nothing was counted)."""
    added = sum(percents.values())
    return added if added not in (0, 100) else None


# What a unit may report (`cds progress add --status`), in display order.
ENTRY_STATUSES: tuple[str, ...] = (StatusCode.DONE, StatusCode.IN_PROGRESS, StatusCode.NOT_STARTED)


def shown_statuses(counts: list[dict[str, int]]) -> tuple[str, ...]:
    """The status columns a table of counts shows: every status, bar `carried_over` and
    `cancelled` where no row has any (most plans never have either)."""
    return tuple(s for s in STATUSES if s not in CLOSED or any(c.get(s) for c in counts))


# Other words people use for a status, besides its code and its display words in either language
# (`--status "trễ hạn"`): input only, never shown.
SYNONYMS: dict[str, tuple[str, ...]] = {
    StatusCode.LATE: ("trễ hạn", "trễ", "chậm", "overdue"),
    StatusCode.DONE_LATE: ("hoàn thành trễ", "hoàn thành chậm", "hoàn thành quá hạn"),
    StatusCode.DONE: ("đã hoàn thành",),
    # after the plan's year `unreported` is said of its last window (output/tables.py)
    StatusCode.UNREPORTED: ("chưa báo cáo kỳ cuối", "last period not reported"),
}
