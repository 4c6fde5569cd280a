"""pydantic's error types in our words: every type pydantic-core can report has a catalogue key,
so no raw code ("greater_than_equal", "invalid_key") reaches a clerk (tests/test_pydantic_words.py
compares this table with pydantic-core's list of types: a new one fails the test until worded).

Most types cannot arise from the registry and progress models (they have no URL, UUID, date or
decimal field); they share a plain message. Those that can are worded with what is allowed: a
number outside its range names the whole range (read from the field's `Range`, core/constraints.py),
with a hint.
"""

from __future__ import annotations

import typing
from collections.abc import Sequence
from typing import Any

from cds_tracker.core.constraints import Range
from cds_tracker.core.errors import Msg, msg
from cds_tracker.core.records import is_record

_KINDS: dict[str, tuple[str, ...]] = {
    "load.want_text": (
        "string_type", "string_unicode", "string_not_ascii", "bytes_type",
        "bytes_invalid_encoding",
    ),
    "load.want_integer": ("int_type", "int_parsing", "int_from_float", "int_parsing_size"),
    "load.want_number": (
        "float_type", "float_parsing", "finite_number", "decimal_type", "decimal_parsing",
        "decimal_max_digits", "decimal_max_places", "decimal_whole_digits", "fraction_type",
        "fraction_parsing", "complex_type", "complex_str_parsing",
    ),
    "load.want_bool": ("bool_type", "bool_parsing"),
    "load.want_list": (
        "list_type", "tuple_type", "set_type", "frozen_set_type", "deque_type", "iterable_type",
        "iteration_error", "named_tuple_type", "set_item_not_hashable",
    ),
    "load.want_mapping": (
        "dict_type", "model_type", "model_attributes_type", "dataclass_type",
        "dataclass_exact_type", "mapping_type", "frozen_dict_type", "ordered_dict_type",
        "counter_type", "arguments_type",
    ),
    "load.want_nonempty": ("string_too_short", "too_short", "bytes_too_short"),
    "load.too_long": ("string_too_long", "too_long", "bytes_too_long", "url_too_long"),
    "load.want_pattern": ("string_pattern_mismatch",),
    "load.out_of_range": (
        "greater_than", "greater_than_equal", "less_than", "less_than_equal", "multiple_of",
    ),
    "load.want_one_of": ("literal_error", "enum"),
    "load.invalid_key": ("invalid_key",),
    "load.recursive": ("recursion_loop", "recursion_depth_exceeded"),
    "load.want_null": ("none_required",),
    "load.missing_value": (
        "missing", "missing_argument", "missing_keyword_only_argument",
        "missing_positional_only_argument",
    ),
    "load.not_allowed_here": (
        "extra_forbidden", "unexpected_keyword_argument", "unexpected_positional_argument",
        "multiple_argument_values", "no_such_attribute", "frozen_field", "frozen_instance",
    ),
    "load.wrong_kind": (
        "date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact",
        "date_past", "date_future", "time_type", "time_parsing", "datetime_type",
        "datetime_parsing", "datetime_object_invalid", "datetime_from_date_parsing",
        "datetime_past", "datetime_future", "timezone_naive", "timezone_aware",
        "timezone_offset", "time_delta_type", "time_delta_parsing", "url_type", "url_parsing",
        "url_syntax_violation", "url_scheme", "uuid_type", "uuid_parsing", "uuid_version",
        "json_invalid", "json_type", "needs_python_object", "is_instance_of", "is_subclass_of",
        "callable_type", "union_tag_invalid", "union_tag_not_found",
    ),
    "load.invalid_value": (
        "value_error", "assertion_error", "get_attribute_error", "default_factory_not_called",
        "missing_sentinel_error", "ellipsis_error",
    ),
}  # fmt: skip
WORDS: dict[str, str] = {kind: key for key, kinds in _KINDS.items() for kind in kinds}
HINTS = {
    "load.out_of_range": "load.hint.range",
    "load.invalid_key": "load.hint.invalid_key",
    "load.recursive": "load.hint.recursive",
}


def pydantic_words(model: type[Any], error: Any) -> tuple[Msg, Msg | None]:
    """The message (without the field's name) and hint for one of pydantic's errors."""
    kind = str(error.get("type", ""))
    key = WORDS.get(kind, "load.invalid_value")
    ctx = error.get("ctx") or {}
    hint = msg(HINTS[key]) if key in HINTS else msg("load.hint.format")
    if key == "load.want_pattern":
        return msg(key, pattern=ctx.get("pattern", "")), None
    if key == "load.want_nonempty" and int(ctx.get("min_length", 1) or 1) > 1:
        return msg("load.too_short", limit=ctx["min_length"]), hint
    if key == "load.too_long":
        return msg(key, limit=ctx.get("max_length", "")), hint
    if key == "load.want_one_of":
        return msg(key, options=str(ctx.get("expected", ""))), hint
    if key == "load.out_of_range":
        return _range(model, error, kind, ctx), hint
    if key.startswith("load.want_") or key in ("load.missing_value", "load.not_allowed_here"):
        return msg(key), None
    return msg(key), hint


def _range(model: type[Any], error: Any, kind: str, ctx: dict[str, Any]) -> Msg:
    bounds = range_at(model, tuple(error.get("loc", ())))
    low = bounds.ge if bounds is not None else ctx.get("ge")
    high = bounds.le if bounds is not None else ctx.get("le")
    value = error.get("input")
    if kind == "greater_than":
        return msg("load.range_above", limit=ctx.get("gt"), value=value)
    if kind == "less_than":
        return msg("load.range_below", limit=ctx.get("lt"), value=value)
    if kind == "multiple_of":
        return msg("load.range_multiple", limit=ctx.get("multiple_of"), value=value)
    if low is not None and high is not None:
        return msg("load.range_both", low=low, high=high, value=value)
    if low is not None:
        return msg("load.range_low", low=low, value=value)
    return msg("load.range_high", high=high, value=value)


def range_at(model: type[Any], loc: Sequence[Any]) -> Range | None:
    """The `Range` annotating the field at `loc` in `model`, if any."""
    current: Any = model
    annotation: Any = None
    for step in loc:
        if isinstance(step, int):
            continue
        if not is_record(current):
            return None
        annotation = typing.get_type_hints(current, include_extras=True).get(str(step))
        if annotation is None:
            return None
        current = _record_in(annotation)
    for extra in getattr(annotation, "__metadata__", ()):
        if isinstance(extra, Range):
            return extra
    return None


def _record_in(annotation: Any) -> Any:
    if is_record(annotation):
        return annotation
    for arg in typing.get_args(annotation):
        found = _record_in(arg)
        if found is not None:
            return found
    return None
