"""The status vocabulary: every status code, once, in the one order people see them in.

Codes are the machine contract (JSON, progress files); display words come from
`output.words.label(code)` and colours and glyphs from `output.styles`.
"""

from __future__ import annotations

from enum import Enum


class StatusCode(str, Enum):
    """A target's status; the members' order is the display order everywhere."""

    DONE = "done"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    LATE = "late"
    ONGOING = "ongoing"
    UNREPORTED = "unreported"  # an ongoing target's part not reported this period


STATUSES: tuple[str, ...] = tuple(code.value for code in StatusCode)
"""All target status codes, in display order."""

FINISHED: frozenset[str] = frozenset({StatusCode.DONE.value, StatusCode.DONE_LATE.value})


class EntryStatusCode(str, Enum):
    """What a unit may report (`cds progress add --status`), in display order."""

    DONE = StatusCode.DONE.value
    IN_PROGRESS = StatusCode.IN_PROGRESS.value
    NOT_STARTED = StatusCode.NOT_STARTED.value


ENTRY_STATUSES: tuple[str, ...] = tuple(code.value for code in EntryStatusCode)


# Other words people use for a status, besides its code and its display words in either language
# (`--status "trễ hạn"`): input only, never shown.
SYNONYMS: dict[str, tuple[str, ...]] = {
    StatusCode.LATE.value: ("trễ hạn", "trễ", "chậm", "overdue"),
    StatusCode.DONE_LATE.value: ("hoàn thành trễ", "hoàn thành chậm", "hoàn thành quá hạn"),
    StatusCode.DONE.value: ("đã hoàn thành",),
}
