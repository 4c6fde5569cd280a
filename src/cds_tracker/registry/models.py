"""Checking a file through the plain records: pydantic over `core/records.py`, nothing redefined.

The records are stdlib dataclasses carrying their constraints as `Annotated` metadata and their
pydantic configuration (strict: unknown keys are errors, no type coercion) as a plain dict, so
pydantic validates straight into them: what passes *is* the record queries use. The one record
that is a NamedTuple (`Entry`, for the cache's speed) is checked through a dataclass made here
from its own fields, so its fields are still listed only once, in records.py. Rules that span
several records (ids unique, units known, text resolves to the units listed) live in
`rules.py`, where each can report its own located problem.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import typing
from typing import Any, TypeVar

from pydantic import TypeAdapter
from pydantic_core import SchemaValidator

from cds_tracker.core.constraints import EmptyByDefault
from cds_tracker.core.records import STRICT, Entry

R = TypeVar("R")


@functools.cache
def _validator(record: Any) -> SchemaValidator:
    """The pydantic validator of one record type, built once (building costs milliseconds).

    Strict pydantic takes only *instances* of a stdlib dataclass, never the mapping a file
    holds; so every record's own instance check is relaxed, and only that: its fields stay
    strict (no "1" for 1, no unknown keys)."""
    schema = copy.deepcopy(TypeAdapter(record).core_schema)
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
    """`data` as a `record`, or `pydantic.ValidationError` saying what is wrong where."""
    checked: R = _validator(typing.cast(Any, record)).validate_python(data)
    return checked


def json_schema(record: Any) -> dict[str, Any]:
    """What a file holding `record` may contain, for editors (data/schema/*.json)."""
    return TypeAdapter(record).json_schema()


def _entry_fields() -> list[tuple[str, Any, Any]]:
    """Entry's fields as dataclass fields: same names, types, constraints and defaults."""
    hints = typing.get_type_hints(Entry, include_extras=True)
    fields: list[tuple[str, Any, Any]] = []
    for name in Entry._fields:
        hint = hints[name]
        factories = [
            m.factory for m in getattr(hint, "__metadata__", ()) if isinstance(m, EmptyByDefault)
        ]
        if factories:  # before a default: a dataclass may not share one mutable default
            spec = dataclasses.field(default_factory=factories[0])
        elif name in Entry._field_defaults:
            spec = dataclasses.field(default=Entry._field_defaults[name])
        else:
            spec = dataclasses.field()
        fields.append((name, hint, spec))
    return fields


# What a progress file holds, as pydantic sees it (and as the JSON Schema names it).
ProgressEntry: Any = dataclasses.make_dataclass(
    "ProgressEntry",
    _entry_fields(),
    frozen=True,
    namespace={"__pydantic_config__": STRICT, "__doc__": Entry.__doc__},
)


def check_entry(data: Any) -> Entry:
    """One progress entry read from a file (or about to be written), checked."""
    return as_entry(validate(ProgressEntry, data))


def as_entry(checked: Any) -> Entry:
    """A checked `ProgressEntry` as the `Entry` tuple (the same fields, in the same order)."""
    return Entry._make(getattr(checked, name) for name in Entry._fields)
