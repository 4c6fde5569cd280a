"""The fast YAML reading (PyYAML's libyaml, registry/yaml_fast.py) is ruamel's reading, or none.

Whatever `yaml_fast.read` returns must be exactly what ruamel's parse returns (the same values of
the same types, keys in the same order), and a text ruamel refuses must never be read fast: it
defers. Then a registry is accepted, refused and located exactly as before, since everything
after the parse sees the same data; the last tests prove that on whole registries.
"""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_tracker.registry import loading, yaml_fast
from cds_tracker.registry.yamlio import YamlFault, normalise, parse
from test_bad_inputs import CASES, load_case, registry_bytes
from test_yaml_paths import TEXTS

from paths import REGISTRY

DEFER = "defer"


def same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (1, 1.0 and True are not the same here)."""
    if type(a) is not type(b):
        return False
    if type(a) is dict:
        return len(a) == len(b) and all(
            same(ka, kb) and same(va, vb)
            for (ka, va), (kb, vb) in zip(a.items(), b.items(), strict=True)
        )
    if type(a) is list:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is float:
        return repr(a) == repr(b) or (math.isnan(a) and math.isnan(b))
    return bool(a == b)


def fast(text: str) -> Any:
    try:
        return normalise(yaml_fast.read(text), text)
    except (yaml_fast.Defer, YamlFault):
        return DEFER


def ruamel(text: str) -> Any:
    try:
        return parse(text, pure=False)  # ruamel's C parser: what cds read before
    except YamlFault:
        return DEFER  # refused: the fast reading must defer


def agrees(text: str) -> None:
    got = fast(text)
    if got is DEFER:
        return
    expected = ruamel(text)
    assert expected is not DEFER, f"read fast, refused by ruamel: {text!r}"
    assert same(got, expected), f"{text!r}: fast {got!r}, ruamel {expected!r}"


def test_the_table_is_ruamels_own() -> None:
    from ruamel.yaml.resolver import implicit_resolvers

    theirs = {
        tag.rsplit(":", 1)[1]: regexp.pattern
        for versions, tag, regexp, _ in implicit_resolvers
        if (1, 2) in versions and not tag.endswith(":yaml")
    }
    assert theirs == yaml_fast.RUAMEL_1_2


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[name for name, _ in TEXTS])
def test_the_corpus_is_read_as_ruamel_reads_it_or_deferred(name: str, text: str) -> None:
    agrees(text)


def test_registries_in_the_usual_style_take_the_fast_reading(tmp_path: Path) -> None:
    """Else the speed would be lost without a word: the shipped registry and the benchmark's."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from generate import generate

    generate(tmp_path, targets=40, units=6, entries=0)
    generated = (tmp_path / "phu_luc_01.yaml").read_text(encoding="utf-8")
    for text in (REGISTRY.read_text(encoding="utf-8"), generated):
        assert fast(text) is not DEFER
        assert same(fast(text), ruamel(text))


@pytest.mark.parametrize(
    ("text", "deferred"),
    [
        ("a: 1\na: 2\n", True),  # PyYAML keeps the last; ruamel refuses
        ("a: &x [1]\nb: *x\n", True),
        ("base: &b {x: 1}\nt:\n  <<: *b\n", True),
        ("a: yes\nb: on\n", False),  # text in YAML 1.2, for both
        ("%YAML 1.1\n---\na: yes\n", True),
        ("a: 0777\n", True),
        ("a: 1:20\n", False),  # sexagesimal only in YAML 1.1
        ("a: 2023-10-15\n", True),
        ("a: '2023-10-15'\n", False),
        ("a: =\n", True),
        ("a: !!str 12\n", False),
        ("a: !!int '12'\n", True),
        ("a: !custom x\n", True),
        ("? [a]\n: 1\n", True),
        ("a:\tb\n", False),
        ("a: [1, 2.5, -3, true, ~, x]\n", False),
        ("a: |\n  x\n  y\n", False),
    ],
)
def test_where_the_readings_could_differ_it_defers(text: str, deferred: bool) -> None:
    assert (fast(text) is DEFER) is deferred
    agrees(text)


# Raw YAML spellings of scalars: those both read alike, and those YAML 1.1/1.2 (or the two
# libraries) read differently.
SCALARS = [
    "abc", "Phòng Y tế", "Pho\u0300ng", "a b", "yes", "No", "on", "OFF", "y", "n", "true", "True",
    "TRUE", "tRUE", "false", "null", "Null", "~", "", "0", "-0", "+1", "12", "-12", "007",
    "0777", "0o17", "0x1F", "0b101", "1_000", "1:20", "190:20:30", "1.5", "-1.5", "1.", ".5",
    "1e3", "1.0e+3", "+.inf", ".inf", ".NaN", "2023-10-15", "2023-02-30", "2023-1-5 8:00:00",
    "2023-10-15T08:00:00+07:00", "1/1/2023", "=", "<<", '"quoted"', "'single'", '"2023-10-15"',
    '"yes"', "'12'", '"tab\\there"', '"\\u00e9"', "!!str 12", "!!int 12", "!!float 1",
    "!!bool yes", "!!null ''", "!!timestamp 2023-10-15", "!!binary aGk=", "!custom x", "! 12",
    "&a1 x", "*a1", "&a2 12", "*a2", "a #not", "x\ty", "'it''s'",
    "a?b", "?x", "http://x", "a:", "x:y", "-x", r'"it\'s"', "\"a\\\nb\"",
]  # fmt: skip
KEYS = ["id", "name", "a", "yes", "1", '"1"', "null", "<<", "Pho\u0300ng", "'id'", "? x"]


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["# a comment", "---", "%YAML 1.2\n---", ""])))
    _block(draw, lines, "", 0)
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["...", "# end", "---\nb: 1"])))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


def _flow(draw: st.DrawFn, depth: int) -> str:
    kind = draw(st.sampled_from(["scalar", "list", "map"] if depth < 2 else ["scalar"]))
    if kind == "scalar":
        return draw(st.sampled_from(SCALARS))
    items = draw(st.lists(st.just(0), max_size=3))
    if kind == "list":
        return "[" + ", ".join(_flow(draw, depth + 1) for _ in items) + "]"
    return (
        "{"
        + ", ".join(f"{draw(st.sampled_from(KEYS))}: {_flow(draw, depth + 1)}" for _ in items)
        + "}"
    )


def _block(draw: st.DrawFn, lines: list[str], indent: str, depth: int) -> None:
    as_list = draw(st.booleans())
    for _ in range(draw(st.integers(1, 3))):
        head = f"{indent}- " if as_list else f"{indent}{draw(st.sampled_from(KEYS))}:"
        style = draw(
            st.sampled_from(
                ["scalar", "flow", "block", "literal"] if depth < 2 else ["scalar", "flow"]
            )
        )
        space = draw(st.sampled_from([" ", " ", "\t"])) if not as_list else ""
        comment = draw(st.sampled_from(["", "", " # note"]))
        if style == "scalar":
            lines.append(f"{head}{space or ' '}{draw(st.sampled_from(SCALARS))}{comment}")
        elif style == "flow":
            lines.append(f"{head}{space or ' '}{_flow(draw, 0)}{comment}")
        elif style == "literal":
            marker = draw(st.sampled_from(["|", ">", "|-", ">+", "|2"]))
            lines.append(f"{head} {marker}{comment}")
            body = draw(
                st.lists(
                    st.sampled_from(["text", "  more", "", "a: b", "# x", "\tt"]),
                    min_size=1,
                    max_size=3,
                )
            )
            lines += [f"{indent}  {b}" if b else "" for b in body]
        else:
            lines.append(f"{head}{comment}")
            _block(draw, lines, indent + draw(st.sampled_from(["  ", "    ", " "])), depth + 1)


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(documents())
def test_generated_documents_are_read_alike_or_deferred(text: str) -> None:
    agrees(text)


def test_many_generated_documents_take_the_fast_reading() -> None:
    """The property above must not pass by deferring everything."""
    read = sum(fast(f"a: {s}\nb: [{s}]\n") is not DEFER for s in SCALARS)
    assert read > len(SCALARS) // 2


# Whole registries, loaded with the fast reading and without it: the same records or the same
# located problems.
def _loaded(raw: bytes, slow: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as patch:
        if slow:
            patch.setattr(yaml_fast, "read", _refuse)
        result = loading.load_registry_bytes(raw, path=Path("r.yaml"), display="r.yaml")
    return result.registry, result.problems


def _refuse(text: str) -> Any:
    raise yaml_fast.Defer


REGISTRY_CASES = [
    case
    for case in CASES
    if isinstance((load_case(case).get("registry") or {}), dict)
    and "generate" not in (load_case(case).get("registry") or {})
]


@pytest.mark.parametrize("case", REGISTRY_CASES, ids=[c.stem for c in REGISTRY_CASES])
def test_registries_load_alike_either_way(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = registry_bytes(load_case(case).get("registry"))
    if raw is None:
        return
    assert _loaded(raw, False, monkeypatch) == _loaded(raw, True, monkeypatch)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("year: 2023", "year: yes"),
        ("year: 2023", "year: 2023.0"),
        ("year: 2023", "year: '2023'"),
        ("year: 2023", "year: 0o3747"),
        ("year: 2023", "year: 2023\n  year: 2024"),
        ("document:", "document: &d"),
        ("document:", "# comment\ndocument:  # trailing"),
    ],
)
def test_edited_registries_load_alike_either_way(
    old: str, new: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = REGISTRY.read_text(encoding="utf-8")
    assert re.search(re.escape(old), text)
    edited = unicodedata.normalize("NFC", text.replace(old, new, 1)).encode()
    assert _loaded(edited, False, monkeypatch) == _loaded(edited, True, monkeypatch)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="-+._0123456789eExXoObBTtrRuUfFaAlLsSnNiI~<=: \t\nZ", max_size=14))
def test_the_one_special_pattern_is_all_of_ruamels(value: str) -> None:
    """`_SPECIAL` joins ruamel's patterns: it matches exactly when one of them does."""
    each = [re.compile(pattern, re.X) for pattern in yaml_fast.RUAMEL_1_2.values()]
    assert bool(yaml_fast._SPECIAL.match(value)) == any(p.match(value) for p in each)
