"""A deadline cell read: a month, "Thường xuyên", or why it is none.

Why matters to the person who fixes the table: a formula whose result the file does not hold,
a cell Excel holds as a time, a duration or true/false (never a deadline, though Python would
print it "10:30:00", "3 days, 0:00:00" or "True"), a month or a day that does not exist
("Tháng 13/2024"), or a text that states no month. And a day ("Trước ngày 15/10/2024") that is
not its month's last: the registry holds months (docs/registry-format.md), so such a target
would count late from 01/11/2024, not from 16/10/2024 as the plan means; a person decides.
"""

from __future__ import annotations

import datetime as dt

from cds_tracker.core.dates import (
    ONGOING,
    YearMonth,
    date_flaw,
    deadline_day,
    format_date,
    parse_deadline_text,
)
from cds_tracker.core.errors import Msg

# A deadline whose month or day does not exist: its kind, for the hint (app/importing.py).
_IMPOSSIBLE = {"date.no_such_month": "import_no_month"}
_KINDS = {
    "time": "import_deadline_time",
    "duration": "import_deadline_duration",
    "boolean": "import_deadline_boolean",
}


def read_deadline(
    text: str, kind: str | None = None
) -> tuple[dict[str, str], str | None, Msg | None]:
    """The deadline as the registry writes it, the key of the problem (None when read) and why
    a date written is none. `kind`: "formula" for a formula without a stored result; "time",
    "duration" or "boolean" for a workbook's cell holding such a value (cells.py)."""
    meant = parse_deadline_text(text)
    if isinstance(meant, YearMonth):
        day = deadline_day(text)
        early = day is not None and day != meant.last_day
        return {"text": text, "due": meant.iso()}, "import_day_deadline" if early else None, None
    unread = {"text": text, "due": ONGOING}
    if meant == ONGOING:
        return unread, None, None
    if kind == "formula":
        return unread, "import_formula", None
    if kind is not None:
        return unread, _KINDS[kind], None
    why = date_flaw(text)  # "Tháng 13/2024": there is no month 13 (core/dates.py)
    key = "import_bad_deadline" if why is None else _IMPOSSIBLE.get(why.key, "import_no_day")
    return unread, key, why


def day_values(text: str) -> dict[str, str]:
    """For a day deadline before its month's end: the day after it (when the plan means it
    late) and the first day of the next month (when the registry's month makes it late)."""
    day = deadline_day(text)
    assert day is not None
    month_end = YearMonth(day.year, day.month).last_day
    return {
        "text": text,
        "after": format_date(day + dt.timedelta(days=1)),
        "late": format_date(month_end + dt.timedelta(days=1)),
        "month": f"{day.month:02d}/{day.year}",
    }
