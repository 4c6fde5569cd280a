"""Checking a file through the plain records: pydantic over `core/records.py` and `core/entries.py`,
nothing redefined.

The records are named tuples carrying their constraints as `Annotated` metadata. Strict pydantic
(unknown keys are errors, no type coercion) checks a file through a stdlib dataclass made here
from each record's own fields ‒ the same names, types, constraints and defaults, a record inside
a record being its own such dataclass ‒ and what passes is then made the record queries use. So
the fields are listed only once, in the records, while the records stay tuples: a warm start
makes their classes at every run, and a dataclass compiles its methods then (~1 ms each,
docs/performance.md). Rules that span several records (ids unique, units known, text resolves
to the units listed) live in `rules.py` (`RULES`), where each can report its own located problem.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import operator
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from pydantic import TypeAdapter
from pydantic_core import SchemaValidator

from cds_tracker.core.constraints import EmptyByDefault
from cds_tracker.core.entries import Entry
from cds_tracker.core.records import STRICT, is_record

R = TypeVar("R")


def field_names(kind: Any) -> list[str]:
    """The names of a record's fields, or of a checked dataclass's (`ProgressEntry`)."""
    if dataclasses.is_dataclass(kind):
        return [f.name for f in dataclasses.fields(kind)]
    return list(kind._fields)


def _record_in(hint: Any) -> tuple[Any, bool] | None:
    """The record class a field holds, and whether it holds a tuple of them (`Seq[...]`); None
    for a field of plain values. (A record holds another as the one, the one or None, or as
    `Seq` of it.)"""
    if is_record(hint):
        return hint, False
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        kinds = [k for k in typing.get_args(hint) if k is not type(None)]
        if len(kinds) == 1 and is_record(kinds[0]):
            return kinds[0], False
    if typing.get_origin(hint) is Annotated:
        inner = typing.get_args(hint)[0]
        args = typing.get_args(inner)
        if typing.get_origin(inner) is tuple and args[1:] == (Ellipsis,) and is_record(args[0]):
            return args[0], True
    return None


@functools.cache
def checked_as(record: Any, name: str | None = None) -> Any:
    """The dataclass pydantic checks a `record` through, named `name` (else as the record): the
    record's fields (names, types with their constraints, defaults; `EmptyByDefault` as a
    factory), a record among them as its own such dataclass, and the record's docstring (the
    JSON Schema's description). A checked dataclass is its own."""
    if dataclasses.is_dataclass(record):
        return record
    hints = typing.get_type_hints(record, include_extras=True)
    fields: list[tuple[str, Any, Any]] = []
    for field in record._fields:
        hint = hints[field]
        held = _record_in(hint)
        if held is not None:
            inner = checked_as(held[0])
            optional = typing.get_origin(hint) in (types.UnionType, typing.Union)
            hint = inner | None if optional else inner  # `Earlier`'s cells: a record or None
            if held[1]:  # Seq[inner]
                many = (types.GenericAlias(tuple, (inner, ...)), *hints[field].__metadata__)
                hint = typing.cast(Any, Annotated)[many]
        factories = [
            m.factory for m in getattr(hint, "__metadata__", ()) if isinstance(m, EmptyByDefault)
        ]
        if factories:  # before a default: a dataclass may not share one mutable default
            spec = dataclasses.field(default_factory=factories[0])
        elif field in record._field_defaults:
            spec = dataclasses.field(default=_checked(record._field_defaults[field]))
        else:
            spec = dataclasses.field()
        fields.append((field, hint, spec))
    made = dataclasses.make_dataclass(
        name or record.__name__,
        fields,
        frozen=True,
        namespace={"__pydantic_config__": STRICT, "__doc__": record.__doc__},
    )
    _RECORD_OF[made] = _as_record_maker(record, hints)
    return made


def _checked(default: Any) -> Any:
    """A record's default (`Office()`) as its checked dataclass, as pydantic and the JSON Schema
    see it."""
    if not is_record(type(default)):
        return default
    kind = checked_as(typing.cast(Any, type(default)))
    return kind(*(_checked(value) for value in default))


# A checked dataclass → the function that makes its record (and the records inside it).
_RECORD_OF: dict[type, Callable[[Any], Any]] = {}


def _as_record_maker(record: Any, hints: dict[str, Any]) -> Callable[[Any], Any]:
    names = record._fields
    get = operator.attrgetter(*names)  # every record has two fields or more: a tuple
    nested = [
        (i, held[1])
        for i, name in enumerate(names)
        if (held := _record_in(hints[name])) is not None
    ]
    if not nested:
        return lambda checked: record._make(get(checked))

    def make(checked: Any) -> Any:
        values = list(get(checked))
        for i, many in nested:
            value = values[i]
            if many:
                values[i] = tuple(map(as_record, value))
            elif value is not None:  # an optional record (`Earlier`'s cells)
                values[i] = as_record(value)
        return record._make(values)

    return make


def as_record(checked: Any) -> Any:
    """A checked dataclass (`checked_as`) as its record, the records inside it too."""
    return _RECORD_OF[type(checked)](checked)


@functools.cache
def _validator(record: Any) -> SchemaValidator:
    """The pydantic validator of one record type, built once (building costs milliseconds).

    Strict pydantic takes only *instances* of a stdlib dataclass, never the mapping a file
    holds; so every record's own instance check is relaxed, and only that: its fields stay
    strict (no "1" for 1, no unknown keys)."""
    schema = copy.deepcopy(TypeAdapter(checked_as(record)).core_schema)
    _mappings_welcome(schema)
    return SchemaValidator(schema)


def _mappings_welcome(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("type") == "dataclass":
            node["strict"] = False
        for value in node.values():
            _mappings_welcome(value)
    elif isinstance(node, list):
        for value in node:
            _mappings_welcome(value)


def validate(record: type[R], data: Any) -> R:
    """`data` as a `record`, or `pydantic.ValidationError` saying what is wrong where. (Given a
    checked dataclass, `ProgressEntry`, the record it checks.)"""
    checked: R = as_record(_validator(typing.cast(Any, record)).validate_python(data))
    return checked


def json_schema(record: Any) -> dict[str, Any]:
    """What a file holding `record` (or a list of checked dataclasses, `list[ProgressEntry]`)
    may contain, for editors (data/schema/*.json)."""
    kind = record if typing.get_origin(record) is list else checked_as(record)
    return TypeAdapter(kind).json_schema()


# What a progress file holds, as pydantic sees it (and as the JSON Schema names it).
ProgressEntry: Any = checked_as(Entry, "ProgressEntry")


def check_entry(data: Any) -> Entry:
    """One progress entry read from a file (or about to be written), checked."""
    return as_entry(validate(ProgressEntry, data))


def as_entry(checked: Any) -> Entry:
    """A checked entry as the `Entry` tuple (the same fields, in the same order; `validate`
    gives one already)."""
    return Entry._make(getattr(checked, name) for name in Entry._fields)
