"""The kinds of value the records' fields hold (records.py, entries.py): the vocabularies (a
unit's kind, a role, a status a unit reports), a YAML list held as a tuple, an id, a day, the
number a plan prints a target under, a document's symbol. Each is an `Annotated` type whose
constraints (`constraints.py`) say what a file may hold and how people may write it, so a value
is checked, and held, the same wherever a record has it.

(No `from __future__ import annotations`, as in records.py: these types are read as objects by
the cache's decoder and pydantic on every run that uses them.)
"""

import datetime as dt
from typing import Annotated, Literal, TypeVar

from cds_tracker.core.constraints import AS_TUPLE, Before, Check, Pattern, Range
from cds_tracker.core.dates import (
    FIRST_YEAR,
    LAST_YEAR,
    check_day,
    date_flaw,
    try_parse_date,
    with_flaw,
)
from cds_tracker.core.errors import MsgError, msg

UnitKind = Literal[
    "city-office",  # Văn phòng HĐND và UBND
    "department",  # a phòng of the city People's Committee, and Thanh tra
    "section",  # a part of a department, e.g. the one-stop desk
    "police",
    "ward",
    "commune",
    "provincial",  # a Sở of the province
    "agency",  # a local branch of a central agency, e.g. the statistics office
    "enterprise",
    "collective",  # stands for its members: "Các phòng, đơn vị", "UBND các phường, xã"
]
UnitSource = Literal["appendix", "decree", "public-record", "user"]
CollectiveScope = Literal["all", "concerned", "subset"]
Comparator = Literal[">", ">=", "=", "<=", "<"]
Role = Literal["directing", "lead", "cooperating"]
EntryStatus = Literal["not_started", "in_progress", "done"]
IndicatorScope = Literal["city", "each"]  # one city-wide figure, or one per part (docs/progress.md)
Reporting = Literal["monthly", "quarterly", "half-yearly", "yearly"]  # an ongoing target's period
ROLES: tuple[Role, ...] = ("directing", "lead", "cooperating")

T = TypeVar("T")
Seq = Annotated[tuple[T, ...], AS_TUPLE]  # a YAML list, held as a tuple
Id = Annotated[str, Pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")]
NonEmpty = Annotated[str, Range(min_length=1)]


def _written_day(value: object) -> object:
    """A unit's valid_from / valid_to as people write it: an unquoted YAML date (2025-07-01),
    'yyyy-mm-dd' or 'dd/mm/yyyy'; held as yyyy-mm-dd. Anything else that is not text is left for
    the text check to refuse."""
    if isinstance(value, dt.datetime):  # a YAML timestamp: a moment, not a day
        raise MsgError(msg("model.not_day", value=value.isoformat(sep=" ")))
    if isinstance(value, dt.date):
        day: dt.date | None = value
    elif isinstance(value, str):
        day = try_parse_date(value)
    else:
        return value
    if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
        said = msg("model.not_day", value=value)
        flaw = date_flaw(value) if isinstance(value, str) else None  # "31/9/2025": 30 days
        if day is not None:  # 9999-12-30: the reason `--as-of` gives
            flaw = msg("date.years", first=FIRST_YEAR, last=LAST_YEAR)
        raise MsgError(with_flaw(said, flaw))
    return day.isoformat()


# A day of a unit's life: written yyyy-mm-dd, dd/mm/yyyy or as a YAML date; held as yyyy-mm-dd.
Day = Annotated[
    str,
    Before(_written_day),
    Check(check_day, pattern=r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})$"),
]


# A document's symbol ("BCĐ", "UBND-VHTT"), without the number the văn thư gives at registration.
_SYMBOL = r"^([^\d\s/][^\s/]*)?$"
# A target's number as a plan prints it, 'II.4': canonical (no leading zero) and bounded, so that
# every reader may take the number after the dot as an int (a table holds at most 9999 rows).
PRINTED = r"[IVXLC]+\.[1-9][0-9]{0,3}"
# A plan's name as `carried_from: 2023/II.4` and `carried_to` write it: one word, no '/' (its
# folder's name under plans/, registry/plan_names.py `referable`).
PLAN_WORD = r"[^/\s]+"


def _written_number(value: object) -> object:
    """A target's number as people may type it, full-width ('Ｉ．２', as some Vietnamese input
    methods give) or spaced ('I. 2', ' I.2 '): held canonical, NFKC without spaces ('I.2'), as a
    day is held yyyy-mm-dd. NFKC only unifies how a character is written ('Ⅱ' is 'II', '２' is
    '2'): a number that is another number stays refused ('I.02', 'I.0')."""
    if not isinstance(value, str) or (value.isascii() and " " not in value):
        return value
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", value).split())


def written_number(value: str) -> str:
    """A number a command is given (`--pair Ｉ．１=I.1`), held as a registry holds it."""
    return str(_written_number(value))


def _printed(value: str) -> None:
    if not Pattern(rf"^{PRINTED}$").accepts(value):
        said = value if len(value) <= 20 else value[:20] + "…"  # not 5000 digits on a line
        raise MsgError(msg("model.not_printed", value=said))


# A number a plan prints a target under ('I.2'), written canonically or as people may type it.
Printed = Annotated[str, Before(_written_number), Check(_printed, pattern=rf"^{PRINTED}$")]


def _symbol(value: str) -> None:
    if not Pattern(_SYMBOL).accepts(value):
        raise MsgError(msg("model.not_symbol", value=value))


Symbol = Annotated[str, Check(_symbol, pattern=_SYMBOL)]
