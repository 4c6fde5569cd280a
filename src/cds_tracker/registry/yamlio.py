"""Reading YAML files the way people actually save them, and finding positions in them.

Parsing goes through ruamel's C-backed safe loader because it is several times faster than the
round-trip loader; positions are only needed when something is wrong, so the round-trip tree is
built lazily, for files that have problems. Only the safe loader is used: no tag ever constructs a
Python object.
"""

from __future__ import annotations

import codecs
import functools
import gc
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from cds_tracker.core.errors import Text, msg
from cds_tracker.core.text import nfc

# A document may expand (through aliases) to at most this many nodes: stops "billion laughs".
MAX_NODES = 2_000_000
MAX_FLOW_DEPTH = 100
MAX_BYTES = 20 * 1024 * 1024  # no registry or progress file comes near; refuse, not crawl
_BRACKETS = re.compile(r"[\[\]{}]")

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class Located:
    """A 1-based position with the message of whatever went wrong there."""

    line: int
    col: int
    message: Text
    hint: Text | None = None


class YamlFault(Exception):
    """The file cannot be turned into data at all; carries where and why."""

    def __init__(self, where: Located) -> None:
        super().__init__(str(where.message))
        self.where = where


def decode(raw: bytes) -> str:
    """UTF-8 text (BOM allowed); anything else raises `YamlFault` naming the likely encoding."""
    if len(raw) > MAX_BYTES:
        raise YamlFault(
            Located(
                1,
                1,
                msg(
                    "yaml.too_big",
                    size=f"{len(raw) / 1024 / 1024:.1f}",
                    limit=MAX_BYTES // 1024 // 1024,
                ),
                msg("yaml.hint.too_big"),
            )
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(raw):
        raise YamlFault(Located(1, 1, msg("yaml.utf16"), msg("yaml.hint.save_utf8")))
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, col = _line_col(raw, nul)
        raise YamlFault(Located(line, col, msg("yaml.nul")))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw, exc.start)
        raise YamlFault(
            Located(
                line,
                col,
                msg("yaml.not_utf8", byte=f"0x{raw[exc.start]:02x}"),
                msg("yaml.hint.legacy", encoding=_guess_legacy(raw)),
            )
        ) from None


def _looks_utf16(raw: bytes) -> bool:
    sample = raw[:200]
    return len(sample) >= 4 and sample.count(0) * 3 >= len(sample)


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    prefix = raw[line_start:offset].decode("utf-8", errors="replace")
    return raw.count(b"\n", 0, offset) + 1, len(prefix) + 1


def _guess_legacy(raw: bytes) -> str:
    """Windows-1258 writes tone marks as separate combining bytes; TCVN3 (ABC) precomposes."""
    cp1258_tones = sum(raw.count(bytes([b])) for b in (0xCC, 0xEC, 0xD2, 0xDE, 0xF2))
    high = sum(1 for b in raw if b >= 0x80)
    if high and cp1258_tones * 4 >= high:
        return "Windows-1258 (cp1258)"
    return "TCVN3 (ABC) / Windows-1258 (cp1258)"


def _marked(exc: Exception, text: str) -> Located:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if "duplicate key" in problem or "could not determine a constructor" in problem:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        if "duplicate key" in problem:
            key = problem.split(" with value")[0].removeprefix("found duplicate key").strip()
            return Located(
                line, col, msg("yaml.duplicate_key", key=key), msg("yaml.hint.duplicate_key")
            )
        # Vietnamese names the tag that failed; English keeps the parser's own words.
        tag = found[1] if (found := re.search(r"'([^']*)'", problem)) else "!"
        shown = msg("yaml.bad_tag", tag=tag, detail=problem)
        return Located(line, col, shown, msg("yaml.hint.tags"))
    from cds_tracker.registry.yaml_problems import explain

    return Located(*explain(exc, text))


def _flow_depth(text: str) -> int:
    """An upper bound on flow-collection nesting (quotes ignored, so brackets in text count)."""
    if text.count("[") + text.count("{") <= MAX_FLOW_DEPTH:
        return 0
    depth = deepest = 0
    for bracket in _BRACKETS.findall(text):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def parse(text: str, *, source: str = "<text>", pure: bool | None = None) -> Any:
    """The document as plain Python data, all text NFC; raises `YamlFault` on any YAML error.

    `pure` forces one of ruamel's parsers (tests prove both read every file alike); by default
    the fast reading (`yaml_fast`: exactly ruamel's data, or it defers), then ruamel's C one."""
    if pure is None and _flow_depth(text) <= MAX_FLOW_DEPTH:
        from cds_tracker.registry import yaml_fast

        try:
            return normalise(yaml_fast.read(text), text)
        except (yaml_fast.Defer, YamlFault):
            pass  # ruamel reads it, and says where anything is wrong
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    _check_directives(text)
    # libyaml recurses in C on nested flow collections and crashes the process on very deep ones
    # ("[[[[…"); such a file goes to the pure-Python parser, which fails cleanly instead.
    loader = YAML(typ="safe", pure=_flow_depth(text) > MAX_FLOW_DEPTH if pure is None else pure)
    loader.Constructor = _constructor()
    try:
        data = loader.load(text)
    except MarkedYAMLError as exc:
        raise YamlFault(_marked(exc, text)) from None
    except YAMLError as exc:
        raise YamlFault(Located(1, 1, msg("yaml.unclear", detail=str(exc)))) from None
    except RecursionError:
        raise YamlFault(Located(1, 1, msg("yaml.too_deep"))) from None
    except (AssertionError, ValueError, TypeError, KeyError, IndexError) as exc:
        # The parsers' own checks on what they cannot read (e.g. '%YAML 1.3' in the pure one).
        raise YamlFault(Located(1, 1, msg("yaml.unclear", detail=str(exc)))) from None
    return normalise(data, text)


@functools.cache
def _constructor(kind: str = "safe") -> Any:
    """The safe (or round-trip) constructor, but an unquoted day that does not exist
    (2025-02-30), or an integer past Python's limit on digits (`number: 999…` × 5000), stays
    text: the record's own check then says so at its line and column, not the whole file at 1:1."""
    from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor

    base = SafeConstructor if kind == "safe" else RoundTripConstructor

    class Constructor(base):  # type: ignore[valid-type, misc]
        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError:
                return node.value

        def construct_yaml_int(self, node: Any) -> Any:
            try:
                return super().construct_yaml_int(node)
            except ValueError:
                return node.value

    Constructor.add_constructor("tag:yaml.org,2002:timestamp", Constructor.construct_yaml_timestamp)
    Constructor.add_constructor("tag:yaml.org,2002:int", Constructor.construct_yaml_int)
    return Constructor


_DIRECTIVE = re.compile(r"%YAML\s+(\S*)")
_RESTRICTED_TAG = re.compile(r"!!(omap|pairs|set)\b|tag:yaml\.org,2002:(omap|pairs|set)\b")


def _check_directives(text: str) -> None:
    """Only YAML 1.2: a '%YAML 1.1' line makes libyaml and the pure parser read `yes`, `on`,
    `0777` or `1:20` differently, so the same file would be valid or not by the parser taken."""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not line.startswith("%"):
            return  # directives come before the document, and only there
        found = _DIRECTIVE.match(line)
        if found and found[1] != "1.2":
            raise YamlFault(
                Located(
                    number,
                    1,
                    msg("yaml.version", version=found[1]),
                    msg("yaml.hint.version"),
                )
            )


def _tag_fault(text: str) -> YamlFault:
    """A value built by !!omap, !!pairs or !!set, where cds expects plain mappings and lists."""
    found = _RESTRICTED_TAG.search(text)
    line, col = 1, 1
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        col = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    tag = f"!!{found[1] or found[2]}" if found is not None else "!!"
    return YamlFault(Located(line, col, msg("yaml.tag", tag=tag), msg("yaml.hint.tag")))


@contextmanager
def bulk_load() -> Iterator[None]:
    """Pause the cyclic garbage collector while loading many files.

    Parsing builds millions of small objects and no reference cycles; the collector would keep
    walking the growing heap for nothing (a third of the time on 100,000 entries).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _nfc(text: str) -> str:
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


_PLAIN = (str, int, float, bool, type(None))
_DAY_TYPES = ("date", "datetime")  # unquoted dates: refused later by the schema, by position


def normalise(data: Any, text: str = "") -> Any:
    """NFC every string, in place; refuse documents that aliases expand beyond `MAX_NODES`, and
    values that are not plain (an ordered map, a set, pairs: never walked, never printed).

    Runs over every value of every file, so it avoids copying and checks cheaply first.
    """
    sizes: dict[int, int] = {}  # container id → how many values it expands to (aliases share)

    def walk(node: dict[Any, Any] | list[Any], depth: int) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        if depth > 200:
            raise YamlFault(Located(1, 1, msg("yaml.too_deep_levels", levels=200)))
        size = 1
        pairs = node.items() if type(node) is dict else enumerate(node)
        odd_keys = False
        for key, value in pairs:
            kind = type(value)
            if kind is str:
                fixed = _nfc(value)
                if fixed is not value:
                    node[key] = fixed
                size += 1
            elif kind is dict or kind is list:
                size += walk(value, depth + 1)
            elif _leaf(kind):
                size += 1
            else:
                raise _tag_fault(text)
            if type(key) is str and not key.isascii() and _nfc(key) != key:
                odd_keys = True
        if odd_keys and type(node) is dict:
            items = list(node.items())
            node.clear()
            node.update((_nfc(k) if type(k) is str else k, v) for k, v in items)
        if size > MAX_NODES:
            raise YamlFault(
                Located(
                    1,
                    1,
                    msg("yaml.alias_bomb"),
                    msg("yaml.hint.alias_bomb"),
                )
            )
        sizes[id(node)] = size
        return size

    if type(data) is str:
        return _nfc(data)
    if type(data) is dict or type(data) is list:
        walk(data, 0)
    elif not _leaf(type(data)):
        raise _tag_fault(text)
    return data


def _leaf(kind: type) -> bool:
    return kind in _PLAIN or kind is bytes or kind.__name__ in _DAY_TYPES


class Positions:
    """Line and column of any key or value in a document, from ruamel's round-trip tree."""

    def __init__(self, text: str) -> None:
        from ruamel.yaml import YAML

        try:
            loader = YAML(typ="rt")
            loader.Constructor = _constructor("rt")
            self._tree: Any = loader.load(text)
        except Exception:  # the fast parse succeeded; positions are a courtesy
            self._tree = None

    def locate(self, path: PathKey, *, at_key: bool = False) -> tuple[int, int]:
        """The deepest position along `path` that exists (a missing key points at its parent)."""
        node = self._tree
        best = (1, 1)
        for depth, step in enumerate(path):
            last = depth == len(path) - 1
            lc = getattr(node, "lc", None)
            if lc is None:
                break
            if isinstance(step, str) and isinstance(node, dict):
                key = _find_key(node, step)
                if key is None:
                    break
                try:
                    found = (
                        lc.key(key)
                        if (at_key and last) or _is_collection(node[key])
                        else lc.value(key)
                    )
                except KeyError:
                    found = None
                if found is None:  # a key brought in by a merge (<<: *anchor) has no position
                    break
                line, col = found
                best = (line + 1, col + 1)
                node = node[key]
            elif isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node):
                found = lc.item(step)
                if found is None:
                    break
                line, col = found
                best = (line + 1, col + 1)
                node = node[step]
            else:
                break
        return best


def _find_key(node: dict[Any, Any], step: str) -> Any:
    for wanted in (step, *_SPELLINGS.get(step, ())):
        if wanted in node:
            return wanted
        for key in node:
            if isinstance(key, str) and nfc(key) == wanted:
                return key
    return None


# A field the file may write under another name (registry/unit_changes.spelled_successor): a
# problem with the record's field points at the key the file wrote.
_SPELLINGS = {"successor": ("merged_into",)}


def _is_collection(value: Any) -> bool:
    return isinstance(value, dict | list)
