"""Accepting a well-formed progress entry without pydantic.

Almost every entry is exactly what `cds progress add` wrote. This check recognises those, and only
those, as valid and builds the entry directly; anything it is not sure of goes to the pydantic
check, which gives the located error. It is a fast path, never a second opinion: it reads the
fields, their types and their constraints from the `Entry` record itself (nothing is listed
here), and a test proves that whatever it accepts, the pydantic check accepts as the same entry.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any

from cds_tracker.core.constraints import EmptyByDefault
from cds_tracker.core.entries import Count, Entry

_HINTS = typing.get_type_hints(Entry, include_extras=True)


def base_type(hint: Any) -> Any:
    """The type a field holds, its constraints (`Annotated` metadata) left aside."""
    return hint.__origin__ if typing.get_origin(hint) is typing.Annotated else hint


def _sorted_fields() -> dict[str, list[str]]:
    """Entry's fields by the shape of value they hold; a new shape must be taught here."""
    kinds: dict[str, list[str]] = {
        "text": [],
        "texts": [],
        "numbers": [],
        "counts": [],
        "flag": [],
        "maybe": [],
    }
    for name in Entry._fields:
        base = base_type(_HINTS[name])
        args = typing.get_args(base)
        if base is str or typing.get_origin(base) is typing.Literal:
            kinds["text"].append(name)
        elif base == tuple[str, ...]:
            kinds["texts"].append(name)
        elif base == dict[str, float]:
            kinds["numbers"].append(name)
        elif base == dict[str, Count]:
            kinds["counts"].append(name)
        elif base is bool:
            kinds["flag"].append(name)
        elif set(args) == {str, type(None)}:
            kinds["maybe"].append(name)
        else:  # pragma: no cover - caught by the tests the moment a field is added
            raise TypeError(f"fast_check cannot check Entry.{name}: {base}")
    return kinds


KINDS = _sorted_fields()
_TEXT = tuple(KINDS["text"])
_CHOICES = {
    name: frozenset(typing.get_args(base_type(_HINTS[name])))
    for name in _TEXT
    if typing.get_origin(base_type(_HINTS[name])) is typing.Literal
}
ACCEPTS: tuple[tuple[str, Callable[[Any], bool]], ...] = tuple(
    (name, marker.accepts)
    for name in Entry._fields
    for marker in getattr(_HINTS[name], "__metadata__", ())
    if hasattr(marker, "accepts")
)
EMPTY = {
    name: marker.factory
    for name in Entry._fields
    for marker in getattr(_HINTS[name], "__metadata__", ())
    if isinstance(marker, EmptyByDefault)
}
_DEFAULTS = Entry._field_defaults
_REQUIRED = frozenset(Entry._fields) - Entry._field_defaults.keys() - EMPTY.keys()
_FIELDS = frozenset(Entry._fields)


def fast_entry(item: Any) -> Entry | None:
    """The entry, when `item` is certainly valid; None when the pydantic check must decide."""
    if type(item) is not dict or not _REQUIRED <= item.keys() <= _FIELDS:
        return None
    data = {**_DEFAULTS, **item}
    for name, make in EMPTY.items():
        if name not in item:
            data[name] = make()
    for name in _TEXT:
        if type(data[name]) is not str:
            return None
    for name, choices in _CHOICES.items():
        if data[name] not in choices:
            return None
    for name in KINDS["flag"]:
        if type(data[name]) is not bool:
            return None
    for name in KINDS["maybe"]:
        if data[name] is not None and type(data[name]) is not str:
            return None
    for name in KINDS["texts"]:
        items = data[name]
        if type(items) is not list and type(items) is not tuple:
            return None
        for text in items:
            if type(text) is not str:
                return None
        data[name] = tuple(items)
    for name in KINDS["numbers"]:
        numbers = data[name]
        if type(numbers) is not dict:
            return None
        for key, number in numbers.items():
            if type(key) is not str or (type(number) is not float and type(number) is not int):
                return None
        data[name] = {key: float(number) for key, number in numbers.items()}
    for name in KINDS["counts"]:
        pairs = data[name]
        if type(pairs) is not dict:
            return None
        for key, pair in pairs.items():
            if type(key) is not str or type(pair) not in (list, tuple) or len(pair) != 2:
                return None
            if type(pair[0]) is not int or type(pair[1]) is not int:
                return None
        data[name] = {key: (pair[0], pair[1]) for key, pair in pairs.items()}
    for name, accepts in ACCEPTS:
        if not accepts(data[name]):
            return None
    return Entry(**data)
