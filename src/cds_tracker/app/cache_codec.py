"""cds's plain records back from the cache's JSON values: the cache's only format (a record, a
named tuple, is written by msgspec as the list of its fields; a tuple as a list).

Decoding is driven by the record classes' own type hints and builds nothing else: a string, a
number, a list become exactly the declared field types (a `Literal` must be one of its values), a
record class only where a field declares it. A cache file can therefore hold wrong data at worst,
never code; anything that does not fit raises `Damaged` and the cache is rebuilt.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints


class Damaged(ValueError):
    """The cached value does not have the declared shape."""


Decoder = Callable[[Any], Any]
_decoders: dict[Any, Decoder] = {}


def decode(kind: Any, value: Any) -> Any:
    return decoder(kind)(value)


def decoder(kind: Any) -> Decoder:
    """The function that checks and builds a value of type `kind` (made once per type)."""
    found = _decoders.get(kind)
    if found is None:
        found = _decoders[kind] = _make(kind)
    return found


def _exact(kind: type) -> Decoder:
    def check(value: Any) -> Any:
        if type(value) is not kind:
            raise Damaged(f"expected {kind.__name__}")
        return value

    return check


def _number(value: Any) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise Damaged("expected a number")


def _none(value: Any) -> None:
    if value is not None:
        raise Damaged("expected null")


def _make(kind: Any) -> Decoder:  # one branch per kind of type: long, and flat
    if kind is float:
        return _number
    if kind in (str, int, bool):
        return _exact(kind)
    if kind is None or kind is type(None):
        return _none
    origin, args = get_origin(kind), get_args(kind)
    if origin is Literal:
        allowed = frozenset(args)

        def literal(value: Any) -> Any:
            if type(value) is not str or value not in allowed:
                raise Damaged("unexpected value")
            return value

        return literal
    if origin is Union or origin is types.UnionType:
        options = [decoder(arg) for arg in args]

        def union(value: Any) -> Any:
            for option in options:
                try:
                    return option(value)
                except Damaged:
                    continue
            raise Damaged("no type fits")

        return union
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = decoder(args[0])
        return lambda value: tuple(item(v) for v in _list(value))
    if origin is tuple:
        items = [decoder(arg) for arg in args]

        def fixed(value: Any) -> tuple[Any, ...]:
            if type(value) is not list or len(value) != len(items):
                raise Damaged("expected a fixed-length list")
            return tuple(check(v) for check, v in zip(items, value, strict=True))

        return fixed
    if origin is list:
        item = decoder(args[0])
        return lambda value: [item(v) for v in _list(value)]
    if origin is dict:
        key, item = decoder(args[0]), decoder(args[1])

        def mapping(value: Any) -> dict[Any, Any]:
            if type(value) is not dict:
                raise Damaged("expected an object")
            return {key(k): item(v) for k, v in value.items()}

        return mapping
    if isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields"):
        return _record(kind)
    raise TypeError(f"the cache cannot hold {kind!r}")  # a programming error, found by tests


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise Damaged("expected a list")
    return value


def _record(kind: type) -> Decoder:
    """A named tuple from the list of its fields, in order, all present."""
    hints = get_type_hints(kind)
    names: tuple[str, ...] = kind._fields  # type: ignore[attr-defined]
    fields: list[Decoder] = []

    def build(value: Any) -> Any:
        if type(value) is not list or len(value) != len(names):
            raise Damaged(f"expected {len(names)} fields of {kind.__name__}")
        return kind(*(check(v) for check, v in zip(fields, value, strict=True)))

    _decoders[kind] = build  # before the fields: a record may contain its own kind
    fields.extend(decoder(hints[name]) for name in names)
    return build
