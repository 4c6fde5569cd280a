"""`core.tuples.Record` makes the class `typing.NamedTuple` makes: the same fields, values, errors,
repr, copies, pickles, type hints and decoding, so that a record class's behaviour does not
depend on which of the two made it (issue 14: Record is the cheap one, for start-up)."""

from __future__ import annotations

import copy
import pickle
import typing
from typing import NamedTuple

import msgspec
import pytest

from cds_tracker.core.entries import Entry
from cds_tracker.core.records import Registry, Target, is_record
from cds_tracker.core.tuples import Record


class Typed(NamedTuple):
    """A point."""

    x: int
    y: str = "a"
    z: tuple[int, ...] = ()

    @property
    def twice(self) -> int:
        return self.x * 2


class Made(Record):
    """A point."""

    x: int
    y: str = "a"
    z: tuple[int, ...] = ()

    @property
    def twice(self) -> int:
        return self.x * 2


CALLS = [
    ((1,), {}),
    ((1, "b"), {}),
    ((1, "b", (2,)), {}),
    ((), {"x": 2, "z": (1,)}),
    ((3,), {"z": (4, 5)}),
]
REFUSED = [
    ((), {}),  # x missing
    ((1, "b", (), 4), {}),  # one too many
    ((1,), {"q": 2}),  # no such field
    ((1,), {"x": 2}),  # x twice
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_made_as_named_tuple_makes(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    typed: typing.Any = Typed(*args, **kwargs)
    made: typing.Any = Made(*args, **kwargs)
    assert tuple(made) == tuple(typed)
    assert made == typed  # tuples: equal values
    assert hash(made) == hash(typed)
    assert repr(made) == repr(typed).replace("Typed(", "Made(")
    assert made._asdict() == typed._asdict()
    assert made._replace(y="q") == typed._replace(y="q")
    assert type(made._replace(y="q")) is Made
    assert (made.x, made.y, made.z, made.twice) == (typed.x, typed.y, typed.z, typed.twice)
    assert copy.copy(made) == made and copy.deepcopy(made) == made
    assert type(copy.deepcopy(made)) is Made
    match made:
        case Made(x, y):
            assert (x, y) == (typed.x, typed.y)


@pytest.mark.parametrize(("args", "kwargs"), REFUSED)
def test_refused_as_named_tuple_refuses(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    with pytest.raises(TypeError):
        Typed(*args, **kwargs)
    with pytest.raises(TypeError):
        Made(*args, **kwargs)


def test_the_class_is_a_named_tuple_class() -> None:
    assert Made._fields == Typed._fields == ("x", "y", "z")
    assert Made._field_defaults == Typed._field_defaults == {"y": "a", "z": ()}
    assert Made.__match_args__ == Typed.__match_args__
    assert typing.get_type_hints(Made) == typing.get_type_hints(Typed)
    assert Made.__doc__ == Typed.__doc__ == "A point."
    assert issubclass(Made, tuple) and is_record(Made) and is_record(Typed)
    assert Made._make([1, "b", ()]) == Typed._make([1, "b", ()])
    with pytest.raises(TypeError):
        Made._make([1])
    with pytest.raises(ValueError, match="q"):
        Made(1)._replace(q=1)
    made = Made(1)
    assert not hasattr(made, "__dict__")
    with pytest.raises(AttributeError):
        made.x = 2
    with pytest.raises(AttributeError):
        made.w = 2


def test_a_default_before_a_required_field_is_refused() -> None:
    with pytest.raises(TypeError, match="y"):

        class Wrong(Record):
            x: int = 0
            y: int


def test_pickled_and_decoded_as_named_tuples() -> None:
    entry = Entry("abc123", "I.1", "u", "done", "2024-01-02", "2024-01-02T08:00:00+07:00", {})
    assert pickle.loads(pickle.dumps(entry)) == entry
    assert type(pickle.loads(pickle.dumps(entry))) is Entry
    for kind in (Made, Typed):
        assert msgspec.json.encode(kind(1)) == b'[1,"a",[]]'
        assert msgspec.json.decode(b'[3,"x",[1]]', type=kind) == kind(3, "x", (1,))
        assert msgspec.json.decode(b"[3]", type=kind) == kind(3)


def test_records_with_their_own_new_stay_checked() -> None:
    """A subclass of a record (YearMonth) keeps the record's fields and its own `__new__`."""
    from cds_tracker.core.dates import YearMonth

    assert YearMonth(2024, 2)._fields == ("year", "month")
    assert YearMonth(2024, 2).last_day.day == 29
    with pytest.raises(ValueError, match="month"):
        YearMonth(2024, 13)


def test_the_registry_records_keep_their_field_types() -> None:
    """The cache's decoder and the file checks read these hints (with their constraints)."""
    hints = typing.get_type_hints(Target, include_extras=True)
    assert list(hints) == list(Target._fields)
    assert typing.get_type_hints(Registry)["document"].__name__ == "Document"
