"""The JSON-line reader and the YAML path accept and refuse exactly the same progress entries.

`json_items` may decline a file (None: the YAML path reads it); whenever it does not, YAML must
read the same file as exactly the same data, and a file YAML refuses must never be accepted. Since
entries are checked by one function on that data, equal data means the same entries accepted and
the same refused, which the last test confirms on whole progress loads.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_tracker.progress import lines, reading, typed_lines
from cds_tracker.progress.lines import entry_line, json_items
from cds_tracker.registry.yamlio import YamlFault, parse

# Text that stresses where JSON and YAML differ: quotes, backslashes, separators, comment marks,
# line breaks YAML knows and JSON does not, controls, combining marks (NFC), astral characters.
TRICKY = st.lists(
    st.sampled_from(
        [
            *"aZ09 -_.:#\"\\{}[],'&*!|>%@`",
            "\t",
            "\n",
            "\r",
            "\x00",
            "\x07",
            "\x1b",
            "\x7f",
            "\x85",
            "\xa0",
            "\u2028",
            "\u2029",
            "\ufeff",
            "\ufffe",
            "\u200b",
            "\u202e",
            "e\u0301",
            "é",
            "ệ",
            "\U0001f600",
            "\\u00e9",
            "\\ud83d",
            "\\n",
            '\\"',
            '": ',
            "<<",
            "~",
            "null",
            "true",
            "1e5",
            "NaN",
        ]
    ),
    max_size=8,
).map("".join)
SCALARS = st.one_of(
    TRICKY,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(TRICKY, inner, max_size=3)
    ),
    max_leaves=6,
)
ITEMS = st.dictionaries(
    st.one_of(st.sampled_from(["id", "target", "unit", "note", "values", "date"]), TRICKY),
    VALUES,
    max_size=6,
)


@functools.cache
def shipped_registry() -> Any:
    """Loaded once, and not a test argument: hypothesis would print its 60 kB repr."""
    from cds_tracker.registry.loading import load_registry_bytes

    from paths import REGISTRY

    return load_registry_bytes(REGISTRY.read_bytes(), path=REGISTRY, display=str).registry


def _as_json(item: dict[str, Any], style: int) -> str:
    if style == 0:
        return json.dumps(item, ensure_ascii=False)
    if style == 1:
        return json.dumps(item)  # \\u escapes, surrogate pairs included
    if style == 2:
        return json.dumps(item, separators=(",", ":"))  # YAML-1.2-only adjacency
    return json.dumps(item, separators=(" , ", " : "), ensure_ascii=False)


def _as_yaml(item: dict[str, Any], style: int) -> str:
    """Hand-written styles: block mappings, single quotes, plain scalars, comments."""
    from io import StringIO

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = style == 5
    buffer = StringIO()
    try:
        yaml.dump([item], buffer)
    except Exception:  # not representable: write it as JSON
        return "- " + _as_json(item, 0) + "\n"
    return buffer.getvalue()


@st.composite
def files(draw: st.DrawFn) -> str:
    parts = []
    for item in draw(st.lists(ITEMS, max_size=4)):
        style = draw(st.integers(0, 6))
        if style <= 3:
            parts.append("- " + _as_json(item, style) + draw(st.sampled_from(["", "  ", " # c"])))
            parts.append("\n")
        else:
            parts.append(_as_yaml(item, style))
        parts.append(draw(st.sampled_from(["", "\n", "# comment\n", "---\n", "  \n", "\t\n"])))
    text = "".join(parts)
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


def _yaml(text: str) -> Any:
    try:
        return parse(text)
    except (YamlFault, UnicodeEncodeError):
        return YamlFault


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files())
def test_json_lines_read_what_yaml_reads_or_decline(text: str) -> None:
    fast = json_items(text)
    if fast is None:
        return
    expected = _yaml(text)
    assert expected is not YamlFault, "JSON accepted a file YAML refuses"
    assert fast == (expected or []), "JSON and YAML read different data"
    assert json.dumps(fast) == json.dumps(expected or [])  # int vs float, -0.0, key order


@settings(max_examples=300, deadline=None)
@given(st.lists(ITEMS, max_size=4))
def test_what_cds_writes_takes_the_json_path(items: list[dict[str, Any]]) -> None:
    """The writer's lines are read by JSON (never the slow path) and mean the same as YAML."""
    clean = [i for i in items if _finite(i)]
    text = "# header\n" + "".join(entry_line(i) for i in clean)
    fast = json_items(text)
    assert fast is not None
    assert fast == _yaml(text) or (fast == [] and _yaml(text) is None)


def _finite(value: Any) -> bool:
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ('- {"id": "a", "id": "b"}\n', "a repeated key: YAML refuses it"),
        ('- {"n" : "x", "n" : "y\\": z"}\n', "a repeated key spaced from its colon"),
        ('- {"a": {"k": 1, "k": 2}}\n', "a repeated nested key"),
        ('- {"a": NaN}\n', "NaN is text in YAML"),
        ('- {"a": "x\x85y"}\n', "NEL is a line break in YAML"),
        ('- {"a": "\\ud83d\\ude00"}\n', "surrogate escapes are JSON only"),
        ('- {"a":\t1}\n', "a tab"),
        ('- {"a": 1}\r- {"b": 2}\n', "a bare CR is a YAML line break"),
        ('- {"a": 1} # note\n', "a trailing comment"),
        ("- id: x\n  target: y\n", "a block entry written by hand"),
        ('---\n- {"a": 1}\n', "a document marker"),
    ],
)
def test_json_declines(text: str, why: str) -> None:
    assert json_items(text) is None, why


@pytest.mark.parametrize(
    "text",
    [
        '- {"a" : 1, "b":2}\n',  # other spacing: decoded again, checking every key
        '- {"a": "x\\": y", "b": "\\":"}\n',  # '": ' inside texts
        '- {"k": "\\\\ud83d"}\n',  # an escaped backslash before 'ud83d': plain text
        '# c\n\n   \n- {"a": [1, {"b": null}], "t": true, "n": -0, "e": 1e5}\r\n',
    ],
)
def test_json_reads_other_spellings_as_yaml_does(text: str) -> None:
    assert json_items(text) == parse(text)


def test_json_path_normalises_to_nfc_as_yaml_does() -> None:
    decomposed = '- {"note": "Vie\u0302\u0323t"}\n'
    escaped = '- {"note": "Vie\\u0302\\u0323t"}\n'
    assert json_items(decomposed) == json_items(escaped) == [{"note": "Việt"}] == parse(escaped)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "id": st.sampled_from(["aaaaaa111111", "bbbbbb222222", "x", "aaaaaa111111"]),
                "target": st.sampled_from(["III.4", "III.9", "IX.99"]),
                "unit": st.sampled_from(["phong-y-te", "phong-kinh-te"]),
                "status": st.sampled_from(["done", "in_progress", "finished"]),
                "date": st.sampled_from(["2023-10-15", "2023-10-32", "20231015", "2024-01-01"]),
                "written": st.sampled_from(["2023-12-01T08:00:00+07:00", "soon"]),
            },
            optional={
                "values": st.dictionaries(
                    st.sampled_from(["health_facilities_cashless", "nope"]),
                    st.one_of(st.floats(-10, 200), st.integers(-5, 500), st.text(max_size=2)),
                    max_size=2,
                ),
                "note": TRICKY,
                "forced": st.one_of(st.booleans(), st.integers(0, 1)),
            },
        ),
        max_size=5,
    ),
    st.integers(0, 6),
)
def test_the_same_entries_are_accepted_and_refused(
    tmp_path: Path, entries: list[dict[str, Any]], style: int
) -> None:
    registry = shipped_registry()
    path = tmp_path / "progress" / "phong-y-te.yaml"
    path.parent.mkdir(exist_ok=True)
    text = "".join(
        "- " + _as_json(e, style) + "\n" if style <= 3 else _as_yaml(e, style) for e in entries
    )
    path.write_text(text, encoding="utf-8")
    fast = reading.load_progress(registry, [path])
    original, typed = lines.json_items, typed_lines.typed_entries
    try:
        reading.json_items = lambda text, shared=None: None  # type: ignore[assignment]
        typed_lines.typed_entries = lambda raw, shared: None  # type: ignore[assignment]
        slow = reading.load_progress(registry, [path])
    finally:
        reading.json_items, typed_lines.typed_entries = original, typed
    assert fast == slow
