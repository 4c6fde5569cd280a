"""A registry's records made without pydantic when their data is certainly valid (issue 14).

pydantic checks a file through the records (`models.py`); importing it and building its
validators costs a cold read of a 1,000-target registry about a tenth of a second, more than
checking the records. For a mapping whose every value is plainly of its field's type and meets
its field's constraints, the record is made here instead: the checks strict pydantic makes (the
exact type, no unknown key, every required field, `Literal` choices, ranges, patterns, and the
constraints' own `Before` and `Check` functions), asked in Python. Anything else, or anything
this module is not sure of (a type it does not know, a pattern over text beyond printable
ASCII, an integer a float field cannot hold exactly, a text with a lone surrogate), gives None:
pydantic checks that record as before and words its errors. So a registry is accepted, refused
and located exactly as before; tests/test_fast_records.py proves that every record made here is
pydantic's (the same values of the same types) and that nothing pydantic refuses is made here.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, Literal

from cds_tracker.core.constraints import AS_TUPLE, Before, Check, Pattern, Range
from cds_tracker.core.records import is_record


class _No(Exception):
    """Not certainly valid: pydantic decides."""


class _Unknown(Exception):
    """A field type this module does not check: the record is always left to pydantic."""


Checker = Callable[[Any], Any]
_SURROGATE = re.compile("[\ud800-\udfff]")
_EXACT = 2**53  # an integer up to this is the same number as a float


def fast_record(model: type[Any], data: Any) -> Any:
    """`data` as a `model` record when it is certainly one; None when pydantic must decide."""
    make = _makers.get(model)
    if make is None:
        make = _makers[model] = _maker(model)
    try:
        return make(data)
    except _No:
        return None


_makers: dict[type[Any], Checker] = {}


def _refuse(data: Any) -> Any:
    raise _No


def _maker(model: type[Any]) -> Checker:
    try:
        return _record(model)
    except _Unknown:
        return _refuse


def _record(model: type[Any]) -> Checker:
    """The maker of one record type from a mapping of its fields (checked as pydantic would)."""
    if is_record(model):  # a named tuple of records.py
        names: tuple[str, ...] = model._fields
        required = frozenset(n for n in names if n not in model._field_defaults)
    elif dataclasses.is_dataclass(model):
        names = tuple(f.name for f in dataclasses.fields(model))
        required = frozenset(
            f.name
            for f in dataclasses.fields(model)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        )
    else:
        raise _Unknown
    hints = typing.get_type_hints(model, include_extras=True)
    checks = {name: _checker(hints[name]) for name in names}

    def make(data: Any) -> Any:
        if type(data) is not dict or not required <= data.keys():
            raise _No
        values = {}
        for key, value in data.items():
            check = checks.get(key) if type(key) is str else None
            if check is None:
                raise _No  # an unknown key (or not a text)
            values[key] = check(value)
        return model(**values)  # missing optional fields take their defaults, as in pydantic

    return make


def _checker(hint: Any) -> Checker:
    """How a value of this field type is checked (and converted, as pydantic converts it)."""
    origin = typing.get_origin(hint)
    if origin is Annotated:
        return _annotated(hint.__origin__, hint.__metadata__)
    if hint is str:
        return _text
    if hint is int:
        return _integer
    if hint is float:
        return _number
    if hint is bool:
        return _boolean
    if origin is Literal:
        return _choice(typing.get_args(hint))
    if origin in (types.UnionType, typing.Union):
        return _optional(typing.get_args(hint))
    if is_record(hint) or (isinstance(hint, type) and dataclasses.is_dataclass(hint)):
        return _record(hint)
    raise _Unknown


def _text(value: Any) -> Any:
    if type(value) is not str or (not value.isascii() and _SURROGATE.search(value)):
        raise _No
    return value


def _integer(value: Any) -> Any:
    if type(value) is not int:  # bool is not an int here, as in strict pydantic
        raise _No
    return value


def _number(value: Any) -> Any:
    if type(value) is float and math.isfinite(value):
        return value
    if type(value) is int and -_EXACT <= value <= _EXACT:
        return float(value)  # strict pydantic takes an int for a float, as a float
    raise _No


def _boolean(value: Any) -> Any:
    if type(value) is not bool:
        raise _No
    return value


def _choice(options: tuple[Any, ...]) -> Checker:
    if not all(type(o) is str for o in options):
        raise _Unknown
    allowed = frozenset(options)

    def check(value: Any) -> Any:
        if type(value) is not str or value not in allowed:
            raise _No
        return value

    return check


def _optional(members: tuple[Any, ...]) -> Checker:
    kinds = [m for m in members if m is not type(None)]
    if len(members) != 2 or len(kinds) != 1:
        raise _Unknown
    inner = _checker(kinds[0])

    def check(value: Any) -> Any:
        return None if value is None else inner(value)

    return check


def _annotated(base: Any, metadata: tuple[Any, ...]) -> Checker:
    """The shapes of `Annotated` the records use, and no other."""
    if metadata == (AS_TUPLE,) and typing.get_origin(base) is tuple:
        item, more = typing.get_args(base)
        if more is not Ellipsis:
            raise _Unknown
        return _sequence(_checker(item))
    inner = _checker(base)
    if base is str and len(metadata) == 1 and isinstance(metadata[0], Pattern):
        return _pattern(metadata[0])
    if base in (int, str) and len(metadata) == 1 and isinstance(metadata[0], Range):
        return _range(inner, metadata[0])
    if base is str and len(metadata) == 1 and isinstance(metadata[0], Check):
        return _checked(inner, metadata[0])
    if (
        base is str
        and len(metadata) == 2
        and isinstance(metadata[0], Before)
        and isinstance(metadata[1], Check)
    ):
        return _before(metadata[0], _checked(inner, metadata[1]))
    raise _Unknown


def _sequence(item: Checker) -> Checker:
    def check(value: Any) -> Any:
        if type(value) is not list:  # a file's list, held as a tuple
            raise _No
        return tuple(map(item, value))

    return check


def _pattern(pattern: Pattern) -> Checker:
    """pydantic asks a pattern with its own engine: only printable ASCII text, on which that
    engine and Python's agree for the records' patterns, is asked here."""

    def check(value: Any) -> Any:
        if type(value) is not str or not (value.isascii() and value.isprintable()):
            raise _No
        if not pattern.accepts(value):
            raise _No
        return value

    return check


def _range(inner: Checker, bounds: Range) -> Checker:
    def check(value: Any) -> Any:
        value = inner(value)
        if type(value) is str:
            if bounds.ge is not None or bounds.le is not None:
                raise _No
            if bounds.min_length is not None and len(value) < bounds.min_length:
                raise _No
            return value
        if bounds.min_length is not None:
            raise _No
        if (bounds.ge is not None and value < bounds.ge) or (
            bounds.le is not None and value > bounds.le
        ):
            raise _No
        return value

    return check


def _checked(inner: Checker, constraint: Check) -> Checker:
    def check(value: Any) -> Any:
        value = inner(value)
        try:
            constraint.check(value)
        except Exception:
            raise _No from None
        return value

    return check


def _before(convert: Before, inner: Checker) -> Checker:
    def check(value: Any) -> Any:
        try:
            converted = convert.convert(value)
        except Exception:
            raise _No from None
        return inner(converted)

    return check
