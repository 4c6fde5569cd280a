"""A registry as data in the shape of data/phu_luc_01.yaml, and that data as YAML text."""

from __future__ import annotations

import io
import re
from typing import Any

from cds_tracker.core import records
from cds_tracker.core.chars import BIDI

ALWAYS_WRITTEN = frozenset({"notes"})  # as the registry writes it, even when empty
_BIDI = re.compile(f"[{BIDI}]")  # embeddings, overrides, isolates and marks (LRM, RLM, ALM)
# What a terminal obeys (sanitize.py's list but line breaks and tabs): a text holding one is
# double-quoted, where YAML escapes it; ruamel would write NEL (\x85) raw in a `|` block.
_QUOTED = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}]")


def record_data(value: Any) -> Any:
    """A record as YAML data: its fields in order, those left at their default omitted (every
    record field is read back as that default), whole numbers without ".0"."""
    if records.is_record(type(value)):
        defaults = value._field_defaults
        data: dict[str, Any] = {}
        for name, item in zip(value._fields, value, strict=True):
            if name not in ALWAYS_WRITTEN and item == defaults.get(name, _REQUIRED):
                continue
            data[name] = record_data(item)
        if isinstance(value, records.Unit) and data.pop("merged", False):
            # written as the file wrote it: `merged` is the record's mark of `merged_into`
            data = {"merged_into" if k == "successor" else k: v for k, v in data.items()}
        return data
    if isinstance(value, tuple | list):
        return [record_data(item) for item in value]
    if isinstance(value, dict):
        return {key: record_data(item) for key, item in value.items()}
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


_REQUIRED = object()  # equal to no value: a required field is always written


def target_data(target: records.Target) -> dict[str, Any]:
    data: dict[str, Any] = record_data(target)
    return data


def registry_data(registry: records.Registry) -> dict[str, Any]:
    data: dict[str, Any] = record_data(registry)
    return data


def to_yaml(data: Any, heading: str = "") -> str:
    """Block-style YAML as people write it: multi-line texts as `|` blocks, no anchors."""
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

    def prepare(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: prepare(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [prepare(item) for item in value]
        if isinstance(value, str) and _QUOTED.search(value):
            return DoubleQuotedScalarString(value)  # escaped by ruamel, bidi marks below
        if isinstance(value, str) and "\n" in value:
            return LiteralScalarString(value)
        return value

    yaml = YAML()
    yaml.width = 4096  # no folding: a folded plain line would end in a space
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.ignore_aliases = lambda *_: True
    buffer = io.StringIO()
    yaml.dump(prepare(data), buffer)
    # ruamel escapes the C0 and C1 controls (ESC, CSI \x9b) but writes bidi marks raw, and
    # a raw U+202E reorders what a terminal or an editor shows (sanitize.py). Each text holding
    # one is double-quoted above, so the mark, wherever it stands, is inside double quotes:
    # written there as the escape \u202E, the text reads back the same, none reaches a screen.
    dumped = _BIDI.sub(lambda found: f"\\u{ord(found.group()):04X}", buffer.getvalue())
    comment = "".join(f"# {line}\n".replace("# \n", "#\n") for line in heading.splitlines())
    return comment + ("\n" if comment else "") + dumped
