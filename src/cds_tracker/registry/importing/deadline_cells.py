"""A deadline cell read: a month, "Thường xuyên", or why it is none.

Why matters to the person who fixes the table: a formula whose result the file does not hold,
a cell Excel holds as a time, a duration or true/false (never a deadline, though Python would
print it "10:30:00", "3 days, 0:00:00" or "True"), a month or a day that does not exist
("Tháng 13/2024"), or a text that states no month. A day ("Trước ngày 15/10/2024") is the
registry's day deadline (`due: 2024-10-15`, late from 16/10/2024); a day that ends its month
("30/11/2024") its month (`due: 2024-11`), the same lateness (core/dates.py).
"""

from __future__ import annotations

from cds_tracker.core.dates import (
    ONGOING,
    YearDay,
    YearMonth,
    date_flaw,
)
from cds_tracker.core.deadline_words import parse_deadline_text
from cds_tracker.core.errors import Msg

# A deadline whose month or day does not exist, or a span of years ("Giai đoạn 2023-2025"):
# its kind, for the hint (app/import_problems.py).
_IMPOSSIBLE = {"date.no_such_month": "import_no_month", "date.years_span": "import_deadline_years"}
_KINDS = {
    "time": "import_deadline_time",
    "duration": "import_deadline_duration",
    "boolean": "import_deadline_boolean",
}


def read_deadline(
    text: str, kind: str | None = None, year: int | None = None
) -> tuple[dict[str, str], str | None, Msg | None]:
    """The deadline as the registry writes it, the key of the problem (None when read) and why
    a date written is none. `kind`: "formula" for a formula without a stored result; "time",
    "duration" or "boolean" for a workbook's cell holding such a value (cells.py). `year`: the
    plan's, for a wording without one ("Tháng 6", "Quý III"); None for a carried target's."""
    meant = parse_deadline_text(text, year)
    if isinstance(meant, YearMonth | YearDay):
        return {"text": text, "due": meant.iso()}, None, None
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
