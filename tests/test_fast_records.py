"""A record made without pydantic (registry/fast_records.py) is pydantic's record, or none.

Whenever `fast_record` makes a record, pydantic (registry/models.py) accepts the same data and
makes the same record: the same values of the same types all the way down (80 and 80.0 differ
here). Whenever pydantic refuses, `fast_record` makes nothing, so pydantic still finds and words
every error. The last tests hold that whole registries (the shipped one, the benchmark's, every
registry of the bad-inputs corpus) load to the same result with and without it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import sys
import typing
from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from cds_tracker.core.constraints import AS_TUPLE, Before, Check, Pattern, Range
from cds_tracker.core.records import (
    Assignment,
    Deadline,
    Document,
    Group,
    Indicator,
    Office,
    Plan,
    Target,
    Unit,
    is_record,
)
from cds_tracker.registry import fast_records, loading
from cds_tracker.registry.fast_records import fast_record
from cds_tracker.registry.models import ProgressEntry, validate
from test_bad_inputs import CASES, load_case, registry_bytes

from paths import REGISTRY

MODELS = (Plan, Office, Document, Unit, Assignment, Deadline, Indicator, Target, Group)


def same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down."""
    if type(a) is not type(b):
        return False
    if dataclasses.is_dataclass(a):
        return all(same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, tuple):  # a plain tuple, or a record (a named tuple)
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is float:
        return repr(a) == repr(b)
    return bool(a == b)


def agrees(model: type[Any], data: Any) -> bool:
    """The property; True when the record was made fast (to tell the tests reach that case)."""
    made = fast_record(model, data)
    try:
        checked = validate(model, data)
    except ValidationError:
        assert made is None, (model, data)
        return False
    assert made is None or same(made, checked), (model, data, made, checked)
    return made is not None


# --- generated data: valid values, near misses and wrong types, for each field's type --------

TEXTS = st.sampled_from(
    ["", "x", "Phòng Y tế", "a\u0300", "\ud800", "tab\there", " lead", "2024-05", "ongoing"]
)
ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from([2**53, 2**53 + 1, -(2**60), 10**400 // 10**390]),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXTS,
    st.text(max_size=6),
    st.just([]),
    st.just({}),
    st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)),
    st.just(dt.datetime(2025, 7, 1, 8, 0)),
)
DAYS = st.sampled_from(
    ["2025-07-01", "1/7/2025", "01/07/2025", "2025-7-1", "2025-02-30", "1800-01-01", "07/2025"]
)


def values(hint: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Mostly values of the type, sometimes anything at all."""
    return st.one_of(_typed(hint, depth), _typed(hint, depth), ANY)


def _typed(hint: Any, depth: int) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(hint)
    if hint is type(None):
        return st.none()
    if origin is Annotated:
        return _annotated(hint.__origin__, hint.__metadata__, depth)
    if hint is str:
        return st.one_of(TEXTS, st.text(max_size=8))
    if hint is int:
        return st.one_of(st.integers(-2, 3000), st.booleans(), st.floats(0, 5))
    if hint is float:
        return st.one_of(st.floats(allow_nan=True), st.integers(), st.sampled_from([80, True]))
    if hint is bool:
        return st.one_of(st.booleans(), st.integers(0, 1))
    if origin is Literal:
        options = typing.get_args(hint)
        return st.one_of(st.sampled_from(options), st.sampled_from([o.upper() for o in options]))
    if origin in (typing.Union, __import__("types").UnionType):
        return st.one_of(st.none(), *(values(m, depth) for m in typing.get_args(hint)))
    if is_record(hint):
        return records(hint, depth + 1)
    raise AssertionError(f"no strategy for {hint!r}")


def _annotated(base: Any, metadata: tuple[Any, ...], depth: int) -> st.SearchStrategy[Any]:
    if metadata == (AS_TUPLE,):
        item = typing.get_args(base)[0]
        listed = st.lists(values(item, depth), max_size=2 if depth else 3)
        return st.one_of(listed, listed.map(tuple))
    found: list[st.SearchStrategy[Any]] = [_typed(base, depth)]
    for marker in metadata:
        if isinstance(marker, Pattern):
            found.append(st.from_regex(marker.regex, fullmatch=True))
        elif isinstance(marker, Check) and marker.pattern is not None:
            found.append(st.from_regex(marker.pattern, fullmatch=True))
        elif isinstance(marker, Range) and marker.ge is not None:
            found.append(st.integers(marker.ge - 1, marker.ge + 3))
        elif isinstance(marker, Before):
            found += [DAYS, st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1))]
    return st.one_of(*found)


def fields_of(model: Any) -> list[tuple[str, bool]]:
    """A record's fields (a named tuple of records.py), each with whether it is required."""
    return [(name, name not in model._field_defaults) for name in model._fields]


def records(model: type[Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """A mapping for `model`: its required fields, some optional ones, now and then a key too
    many or one missing, or no mapping at all."""
    hints = typing.get_type_hints(model, include_extras=True)
    required = {n: values(hints[n], depth) for n, needed in fields_of(model) if needed}
    optional = {n: values(hints[n], depth) for n, needed in fields_of(model) if not needed}
    base = st.fixed_dictionaries(required, optional=optional)
    spoilt = st.tuples(base, st.sampled_from(["extra", "missing", 1])).map(_spoil)
    return st.one_of(base, base, base, spoilt, ANY) if depth < 3 else base


def _spoil(pair: tuple[dict[Any, Any], Any]) -> Any:
    data, how = pair
    data = dict(data)
    if how == "extra":
        data["extra"] = 1
    elif how == "missing" and data:
        data.pop(next(iter(data)))
    else:
        data[how] = "x"  # a key that is not a text
    return data


ASCII = st.characters(codec="ascii")
CHECKED = ["2024-05", "2023-12", "ongoing", "BCĐ", "KH-UBND", "", "phong@tamdiep.gov.vn"]


def valid(hint: Any) -> st.SearchStrategy[Any]:
    """Values of the type that meet its constraints, mostly: records pydantic accepts."""
    origin = typing.get_origin(hint)
    if hint is type(None):
        return st.none()
    if origin is Annotated:
        base, metadata = hint.__origin__, hint.__metadata__
        if metadata == (AS_TUPLE,):
            return st.lists(valid(typing.get_args(base)[0]), max_size=2)
        for marker in metadata:
            if isinstance(marker, Pattern):
                return st.from_regex(marker.regex, fullmatch=True)
            if isinstance(marker, Range) and marker.ge is not None:
                return st.integers(marker.ge, marker.le if marker.le is not None else 3000)
            if isinstance(marker, Range):
                return st.text(min_size=1, max_size=8)
            if isinstance(marker, Before):
                return DAYS
            if isinstance(marker, Check) and marker.pattern is not None:
                # A pattern promises less than the check asks (a month's year, a symbol): what
                # the checks take, and texts of the pattern in ASCII.
                return st.one_of(
                    st.sampled_from(CHECKED),
                    st.from_regex(marker.pattern, fullmatch=True, alphabet=ASCII),
                )
        return valid(base)
    if hint is str:
        return st.text(max_size=8)
    if hint is int:
        return st.integers(0, 100)
    if hint is float:
        return st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-99, 99))
    if hint is bool:
        return st.booleans()
    if origin is Literal:
        return st.sampled_from(typing.get_args(hint))
    if origin in (typing.Union, __import__("types").UnionType):
        return st.one_of(*(valid(m) for m in typing.get_args(hint)))
    assert is_record(hint), hint
    hints = typing.get_type_hints(hint, include_extras=True)
    required = {n: valid(hints[n]) for n, needed in fields_of(hint) if needed}
    optional = {n: valid(hints[n]) for n, needed in fields_of(hint) if not needed}
    return st.fixed_dictionaries(required, optional=optional)


@pytest.mark.parametrize("model", MODELS, ids=[m.__name__ for m in MODELS])
def test_a_record_made_fast_is_pydantics(model: type[Any]) -> None:
    made: list[bool] = []

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(records(model), valid(model)))
    def check(data: Any) -> None:
        made.append(agrees(model, data))

    check()
    assert any(made), "no generated record was made fast: the test would prove nothing"


def test_the_cases_around_each_check() -> None:
    """Near misses written out: each is either pydantic's record or left to pydantic."""
    unit = {"id": "phong-y-te", "name": "Phòng Y tế", "kind": "department", "source": "appendix"}
    indicator = {"key": "k", "measures": "m", "text": "t", "comparator": ">", "value": 80}
    cases: list[tuple[type[Any], Any]] = [
        (Unit, unit),
        (Unit, {**unit, "id": "Phong"}),
        (Unit, {**unit, "id": "phòng"}),
        (Unit, {**unit, "name": ""}),
        (Unit, {**unit, "kind": "Department"}),
        (Unit, {**unit, "valid_from": "01/07/2025"}),
        (Unit, {**unit, "valid_from": dt.date(2025, 7, 1)}),
        (Unit, {**unit, "valid_from": dt.datetime(2025, 7, 1)}),
        (Unit, {**unit, "valid_from": "2025-02-30"}),
        (Unit, {**unit, "email": "a@b.vn"}),
        (Unit, {**unit, "email": "A <a@b.vn>"}),
        (Unit, {**unit, "aliases": ("x",)}),
        (Unit, {**unit, "aliases": ["x", 1]}),
        (Unit, {**unit, "note": "\ud800"}),
        (Indicator, indicator),
        (Indicator, {**indicator, "value": 80.5}),
        (Indicator, {**indicator, "value": True}),
        (Indicator, {**indicator, "value": 2**53 + 1}),
        (Indicator, {**indicator, "value": math.inf}),
        (Indicator, {**indicator, "value": "80"}),
        (Indicator, {**indicator, "reporter": "phong-y-te"}),
        (Indicator, {**indicator, "reporter": None}),
        (Deadline, {"text": "Tháng 5", "due": "2024-05"}),
        (Deadline, {"text": "Tháng 5", "due": "2024-13"}),
        (Deadline, {"text": "Thường xuyên", "due": "ongoing"}),
        (Plan, {"reference": "r", "number": "1", "symbol": "KH-UBND", "date": ""}),
    ]
    made = [agrees(model, data) for model, data in cases]
    assert made.count(True) >= 10


def test_a_record_type_it_does_not_know_is_left_to_pydantic() -> None:
    """A progress entry has `dict` fields, which are not checked here: always pydantic."""
    entry = {
        "id": "e000001",
        "target": "I.1",
        "unit": "u",
        "status": "done",
        "date": "2024-01-02",
        "written": "2024-01-02T08:00:00+07:00",
    }
    assert fast_record(ProgressEntry, entry) is None
    assert fast_records._makers[ProgressEntry] is fast_records._refuse


# --- whole registries --------------------------------------------------------------------------


def _both(raw: bytes, path: Path) -> tuple[Any, Any]:
    fast = loading.load_registry_bytes(raw, path=path, display=str(path))
    original = loading.fast_record
    loading.fast_record = lambda model, data: None  # type: ignore[assignment]
    try:
        slow = loading.load_registry_bytes(raw, path=path, display=str(path))
    finally:
        loading.fast_record = original
    return fast, slow


def test_the_shipped_and_generated_registries_load_alike(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from generate import generate

    generate(tmp_path, targets=40, units=6, entries=0)
    for path in (REGISTRY, tmp_path / "phu_luc_01.yaml"):
        fast, slow = _both(path.read_bytes(), path)
        assert fast.registry is not None
        assert same(fast.registry, slow.registry)
        assert fast.problems == slow.problems == ()


# Every case with a registry, but the one refused while parsing (100,000 nested brackets, the
# slowest case by far): no record is checked when the text cannot be read.
WITH_REGISTRY = [
    (case.stem, raw)
    for case in CASES
    if (spec := load_case(case).get("registry")) is None or spec.get("generate") != "deep-flow"
    if (raw := registry_bytes(spec)) is not None
]


@pytest.mark.parametrize(("name", "raw"), WITH_REGISTRY, ids=[n for n, _ in WITH_REGISTRY])
def test_a_bad_registry_is_refused_and_located_alike(name: str, raw: bytes, tmp_path: Path) -> None:
    fast, slow = _both(raw, tmp_path / "phu_luc_01.yaml")
    assert fast.problems == slow.problems
    assert (fast.registry is None) == (slow.registry is None)
    if fast.registry is not None:
        assert same(fast.registry, slow.registry)
