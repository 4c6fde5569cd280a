"""A registry as data in the shape of data/phu_luc_01.yaml, and that data as YAML text."""

from __future__ import annotations

import io
from typing import Any

from cds_tracker.core import records


def document_data(document: records.Document) -> dict[str, Any]:
    plan = document.plan
    return {
        "appendix": document.appendix,
        "title": document.title,
        "plan": {
            "reference": plan.reference,
            "number": plan.number,
            "symbol": plan.symbol,
            "date": plan.date,
        },
        "issuer": document.issuer,
        "year": document.year,
    }


def unit_data(unit: records.Unit) -> dict[str, Any]:
    data: dict[str, Any] = {"id": unit.id, "name": unit.name, "kind": unit.kind}
    if unit.scope is not None:
        data["scope"] = unit.scope
    data["source"] = unit.source
    optional = {
        "note": unit.note,
        "aliases": list(unit.aliases),
        "members": list(unit.members),
        "valid_from": unit.valid_from,
        "valid_to": unit.valid_to,
        "successor": unit.successor,
    }
    data.update({key: value for key, value in optional.items() if value})
    return data


def indicator_data(indicator: records.Indicator) -> dict[str, Any]:
    value: float | int = int(indicator.value) if indicator.value.is_integer() else indicator.value
    return {
        "key": indicator.key,
        "measures": indicator.measures,
        "text": indicator.text,
        "comparator": indicator.comparator,
        "value": value,
        "unit": indicator.unit,
    }


def target_data(target: records.Target) -> dict[str, Any]:
    data: dict[str, Any] = {"id": target.id, "number": target.number, "content": target.content}
    for role in records.ROLES:
        cell = target.assignment(role)
        data[role] = {"text": cell.text, "units": list(cell.units)}
    data["deadline"] = {"text": target.deadline.text, "due": target.deadline.due}
    data["notes"] = target.notes
    if target.indicators:
        data["indicators"] = [indicator_data(i) for i in target.indicators]
    return data


def registry_data(registry: records.Registry) -> dict[str, Any]:
    return {
        "document": document_data(registry.document),
        "catalog": {
            "official_titles": list(registry.catalog.official_titles),
            "units": [unit_data(u) for u in registry.catalog.units],
        },
        "groups": [
            {"id": g.id, "title": g.title, "targets": [target_data(t) for t in g.targets]}
            for g in registry.groups
        ],
    }


def to_yaml(data: Any, heading: str = "") -> str:
    """Block-style YAML as people write it: multi-line texts as `|` blocks, no anchors."""
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import LiteralScalarString

    def prepare(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: prepare(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [prepare(item) for item in value]
        if isinstance(value, str) and "\n" in value:
            return LiteralScalarString(value)
        return value

    yaml = YAML()
    yaml.width = 4096  # no folding: a folded plain line would end in a space
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.ignore_aliases = lambda *_: True
    buffer = io.StringIO()
    yaml.dump(prepare(data), buffer)
    comment = "".join(f"# {line}\n".replace("# \n", "#\n") for line in heading.splitlines())
    return comment + ("\n" if comment else "") + buffer.getvalue()
