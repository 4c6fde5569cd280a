"""Constraints written beside a record's fields, read by both checkers of a file.

A field of a record in `records.py` or `entries.py` (or a kind of value in `field_types.py`)
says what it accepts with `Annotated` metadata from here:
`Annotated[str, Pattern(...)]`, `Annotated[int, Range(ge=1)]`. The same object answers two
readers: pydantic (through `__get_pydantic_core_schema__`, which imports pydantic only when
pydantic asks) checks a file and gives located errors; the fast entry check calls `accepts` and
needs no pydantic at all. So a rule is written once, and importing the records stays cheap:
the constraints are named tuples (or plain classes), made without compiling methods as a
dataclass would at every start (issue 14).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from cds_tracker.core.tuples import Record


class Pattern:
    """The text must match `regex` (anchored with ^…$), e.g. an id."""

    __slots__ = ("_search", "regex")

    def __init__(self, regex: str) -> None:
        self.regex = regex
        self._search: Callable[[str], object] | None = None

    @property
    def search(self) -> Callable[[str], object]:
        """`search(value)` is a match (truthy) when the text is accepted: a C function, which a
        reader may map over many values at once. Compiled when first asked for: a warm query
        reads checked records from the cache and asks none."""
        if self._search is None:
            # pydantic's `$` is the end of the text; Python's would also allow a final newline.
            self._search = re.compile(self.regex.removesuffix("$") + r"\Z").search
        return self._search

    def __repr__(self) -> str:
        return f"Pattern({self.regex!r})"

    def accepts(self, value: str) -> bool:
        return self.search(value) is not None

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema["pattern"] = self.regex
        return schema


class Range(Record):
    """A number (`ge`/`le`) or a length (`min_length`) within bounds."""

    ge: int | None = None
    le: int | None = None
    min_length: int | None = None

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        for key in ("ge", "le", "min_length"):
            if getattr(self, key) is not None:
                schema[key] = getattr(self, key)
        return schema


class Check(Record):
    """`check(value)` raises ValueError with the message a clerk reads; `pattern` is what the
    JSON Schema promises editors (the check itself may say more than a pattern can)."""

    check: Callable[[Any], object]
    pattern: str | None = None

    def accepts(self, value: Any) -> bool:
        try:
            self.check(value)
        except ValueError:
            return False
        return True

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        def check(value: Any) -> Any:
            self.check(value)
            return value

        return core_schema.no_info_after_validator_function(check, handler(source))

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> Any:
        found = handler(schema)
        if self.pattern is not None:
            found["pattern"] = self.pattern
        return found


class Before(Record):
    """`convert(value)` runs before the field's own check: it turns a form people write (an
    unquoted YAML date, a day-first date) into the one form the record holds, and raises a
    ValueError saying what is wrong with a value it cannot read."""

    convert: Callable[[Any], object]

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(self.convert, handler(source))


class AsTuple:
    """YAML gives lists; records hold tuples (immutable), which strict checking would refuse."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(_tuple_of_list, handler(source))


class EmptyByDefault(Record):
    """A field a file may leave out, meaning empty (a default a tuple record cannot hold)."""

    factory: Callable[[], Any]


def _tuple_of_list(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


AS_TUPLE = AsTuple()
