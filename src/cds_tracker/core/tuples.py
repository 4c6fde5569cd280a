"""`Record`: the base of cds's named tuples, the same class `typing.NamedTuple` makes, made cheaply.

Every record class is made at every start, and a warm `cds due` makes some fifty (issue 14).
`typing.NamedTuple` makes each in three costly steps: it checks every field's annotation (under
`from __future__ import annotations`, compiling each annotation's text into a `ForwardRef`),
then `collections.namedtuple` compiles a `__new__` for the class from source text (`eval`), then
builds the class. Together ~1 M instructions a class, a third of what cds added to `import
typer` for a warm `cds due`. Here the methods are written once, on the base, and a class costs
what Python's own class statement costs (~0.2 M instructions, measured in docs/performance.md).

What a class gets is what `typing.NamedTuple` gives it: a tuple subclass without `__dict__`, its
fields in the order annotated, read-only attributes for them (the C getters
`collections.namedtuple` uses), `_fields`, `_field_defaults`, `__match_args__`, `_make`,
`_replace`, `_asdict`, the same `repr`, pickling and copying; its annotations stay as written, for
`typing.get_type_hints`. Type checkers see `typing.NamedTuple` itself. tests/test_tuples.py
holds the two to the same behaviour.
"""

from __future__ import annotations

from collections import _tuplegetter  # type: ignore[attr-defined]  # namedtuple's C getter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

__all__ = ["Record"]

_new = tuple.__new__


class _RecordType(type):
    """Makes a class written `class X(Record)` a named tuple: its annotations are its fields."""

    base: type | None = None  # Record, once made

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> type:
        if bases == (mcs.base,):  # not Record itself, nor a subclass of a record (YearMonth)
            _as_fields(name, namespace)
        return super().__new__(mcs, name, bases, namespace)


def _as_fields(name: str, namespace: dict[str, Any]) -> None:
    fields = tuple(namespace.get("__annotations__", ()))
    defaults: dict[str, Any] = {}
    for index, field in enumerate(fields):
        if field.startswith("_"):
            raise TypeError(f"{name}: a field name cannot start with '_': {field}")
        if field in namespace:
            defaults[field] = namespace[field]
        elif defaults:
            raise TypeError(f"{name}: field {field} without a default follows one with a default")
        namespace[field] = _tuplegetter(index, f"Alias for field number {index}")
    namespace["__slots__"] = ()
    namespace["_fields"] = namespace["__match_args__"] = fields
    namespace["_field_defaults"] = defaults
    namespace["_default_values"] = tuple(defaults.values())  # the last fields', in order


class _Record(tuple[Any, ...], metaclass=_RecordType):
    __slots__ = ()
    if TYPE_CHECKING:  # each class its own (`_as_fields`); no annotation for get_type_hints
        _fields: tuple[str, ...]
        _field_defaults: dict[str, Any]
        _default_values: tuple[Any, ...]

    def __new__(cls, *values: Any, **named: Any) -> Any:
        fields = cls._fields
        if not named:
            left = len(fields) - len(values)
            if not left:
                return _new(cls, values)
            if 0 < left <= len(cls._default_values):  # the last fields left to their defaults
                return _new(cls, values + cls._default_values[-left:])
        elif not values and len(named) == len(fields):  # every field by name (a dict's record)
            try:
                return _new(cls, map(named.__getitem__, fields))
            except KeyError:
                pass  # a name that is no field's: said below
        return _new(cls, _complete(cls, values, named))

    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Any:
        made = _new(cls, iterable)
        if len(made) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(made)}")
        return made

    def _replace(self, /, **changes: Any) -> Any:
        made = self._make(map(changes.pop, self._fields, self))
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return made

    def _asdict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=True))

    def __repr__(self) -> str:
        pairs = zip(self._fields, self, strict=True)
        shown = ", ".join(f"{name}={value!r}" for name, value in pairs)
        return f"{self.__class__.__name__}({shown})"

    def __getnewargs__(self) -> tuple[Any, ...]:
        return tuple(self)


def _complete(cls: Any, values: tuple[Any, ...], named: dict[str, Any]) -> tuple[Any, ...]:
    """The fields of a record made with keywords or defaults, refused as a call would be."""
    fields, defaults, name = cls._fields, cls._field_defaults, cls.__name__
    if len(values) > len(fields):
        raise TypeError(f"{name}() takes {len(fields)} arguments but {len(values)} were given")
    given = dict(zip(fields, values, strict=False))  # the rest named or default
    for field, value in named.items():
        if field not in fields:
            raise TypeError(f"{name}() got an unexpected keyword argument {field!r}")
        if field in given:
            raise TypeError(f"{name}() got multiple values for argument {field!r}")
        given[field] = value
    missing = [field for field in fields if field not in given and field not in defaults]
    if missing:
        raise TypeError(f"{name}() missing required arguments: {', '.join(map(repr, missing))}")
    return tuple(given[field] if field in given else defaults[field] for field in fields)


_RecordType.base = _Record

if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    Record = _Record
