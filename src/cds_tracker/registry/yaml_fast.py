"""A fast reading of YAML that is either exactly ruamel's reading or no reading at all.

A registry of 1,000 targets is some 60,000 YAML nodes. ruamel's safe loader (C parser, Python
resolver and constructor) takes ~0.4 s for it, a sixth of a cold `cds late` of 100,000 entries;
PyYAML's libyaml binding composes the same nodes in ~0.1 s (ruamel, even with its C parser,
resolves every scalar in Python through a versioned resolver: 2.5× slower to the same nodes),
and the walk below makes plain data of them in ~0.05 s.

The walk promises one thing: whatever it returns is what `yamlio.parse` would have returned
with ruamel (YAML 1.2, the same types, the same values, the same key order). Anything where the
two could disagree raises `Defer` and the caller parses with ruamel, which reports every error
exactly as before:
- a `%` directive (YAML 1.1 resolves yes/no/on/off, 0777, 1:20 otherwise), a deeply nested
  flow collection (libyaml recursion), any libyaml error (ruamel's parser words it), a plain
  scalar with ':' or '?' inside a flow collection (libyaml 0.2 reads it, ruamel's 0.1.7 not);
- any explicit tag but `!!str`, `!!seq`, `!!map` on their own kind; a non-specific `!`;
- an alias of a collection (ruamel's merge keys, alias expansion limits), a `<<` or `=`
  key or value, a key that is not a scalar, a key written twice (ruamel refuses it; PyYAML would
  keep the last one);
- a plain scalar that YAML 1.2 (ruamel's own table, copied below and checked against ruamel's by
  a test) reads as anything but text, unless it is one of the few forms both read alike: `~`,
  `null`, `true`/`false` (three spellings), a decimal integer without leading zeros, a decimal
  fraction. Dates, `0o17`, `0x1f`, `1_000`, `1e3`, `.inf` are left to ruamel.

tests/test_yaml_fast.py proves it over generated documents in many styles: the fast reading
either defers or equals ruamel's, value for value and type for type.
"""

from __future__ import annotations

import functools
import re
from typing import Any

_PLAIN = "?plain"  # the tag our resolver gives a plain (unquoted, untagged) scalar
_ODD = "?odd"  # a scalar with a non-specific tag `!`
_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"

# ruamel.yaml's implicit resolvers for YAML 1.2 (ruamel/yaml/resolver.py), as written there
# (verbose patterns); tests/test_yaml_fast.py checks they are still ruamel's.
RUAMEL_1_2 = {
    "bool": r"""^(?:true|True|TRUE|false|False|FALSE)$""",
    "float": r"""^(?:
         [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
        |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
    "int": r"""^(?:[-+]?0b[0-1_]+
        |[-+]?0o?[0-7_]+
        |[-+]?[0-9_]+
        |[-+]?0x[0-9a-fA-F_]+)$""",
    "merge": r"^(?:<<)$",
    "null": r"""^(?: ~
        |null|Null|NULL
        | )$""",
    "timestamp": r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
        |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
        (?:[Tt]|[ \t]+)[0-9][0-9]?
        :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
        (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
    "value": r"^(?:=)$",
}
# All of them as one pattern (a match of one alternative is a match of its pattern): one
# search for each scalar that might be special, not seven.
_SPECIAL = re.compile("|".join(f"(?:{pattern})" for pattern in RUAMEL_1_2.values()), re.X)
# First characters of any scalar those patterns can match (ruamel looks them up the same way).
_FIRST = frozenset("-+.0123456789tTfFnN~<=")
_WORDS: dict[str, Any] = {
    "~": None,
    "null": None,
    "Null": None,
    "NULL": None,
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")


class Defer(Exception):
    """The fast reading cannot promise ruamel's: parse with ruamel."""


def read(text: str) -> Any:
    """The document as plain data (not yet NFC: `yamlio.normalise` does that for both paths);
    raises `Defer` for anything the fast reading does not promise to read as ruamel does."""
    loader = _loader()
    if loader is None or text.startswith("%") or "\n%" in text:
        raise Defer
    try:
        parser = loader(text)
        try:
            node = parser.get_single_node()
        finally:
            parser.dispose()
        return None if node is None else _Walk().node(node)
    except Defer:
        raise
    except Exception:  # a libyaml error, a recursion too deep: ruamel says what it is
        raise Defer from None


@functools.cache
def _loader() -> Any:
    """PyYAML's libyaml parser with a resolver that only marks plain scalars (the walk resolves
    them); None without libyaml (a pure-Python PyYAML would be no faster than ruamel)."""
    try:
        from yaml import _yaml
        from yaml.nodes import ScalarNode, SequenceNode
    except ImportError:
        return None

    class Loader(_yaml.CParser):
        def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
            if kind is ScalarNode:
                return _PLAIN if implicit[0] else _STR if implicit[1] else _ODD
            return _SEQ if kind is SequenceNode else _MAP

        def descend_resolver(self, parent: Any, index: Any) -> None:
            """No path resolvers: nothing to follow."""

        def ascend_resolver(self) -> None:
            """No path resolvers: nothing to follow."""

    return Loader


class _Walk:
    def __init__(self) -> None:
        self.seen: set[int] = set()

    def node(self, node: Any, flow: bool = False) -> Any:
        """`flow`: inside a flow collection, where ruamel's libyaml (0.1.7) refuses a plain
        scalar with ':' or '?' in it that PyYAML's (0.2.x) reads."""
        kind, tag = node.id, node.tag
        if kind == "scalar":
            if tag == _PLAIN:
                value = node.value
                if flow and (":" in value or "?" in value):
                    raise Defer
                return _plain(value)
            if tag == _STR:
                return node.value
            raise Defer  # another tag
        if id(node) in self.seen:
            raise Defer  # an alias: shared, or merged into a mapping (`<<`)
        self.seen.add(id(node))
        inside = node.flow_style is True
        if kind == "mapping" and tag == _MAP:
            return self.mapping(node.value, inside)
        if kind == "sequence" and tag == _SEQ:
            return [self.node(item, inside) for item in node.value]
        raise Defer  # another tag, or a tag on another kind

    def mapping(self, pairs: list[tuple[Any, Any]], flow: bool) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in pairs:
            if key_node.id != "scalar":
                raise Defer
            key = self.node(key_node, flow)
            if key in result:
                raise Defer  # ruamel refuses a key written twice, and says where
            result[key] = self.node(value_node, flow)
        return result


def _plain(value: str) -> Any:
    if not value:
        return None
    if value[0] not in _FIRST:
        return value
    if value in _WORDS:
        return _WORDS[value]
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    if _SPECIAL.match(value):
        raise Defer
    return value
