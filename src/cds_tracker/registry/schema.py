"""The JSON Schema of the registry, generated from the records so it can never drift from them."""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "https://cds-tracker.invalid/schema/registry.schema.json"


def registry_schema() -> dict[str, Any]:
    from cds_tracker.core.records import Registry
    from cds_tracker.registry.models import json_schema

    schema = json_schema(Registry)
    unit = schema["$defs"]["Unit"]["properties"]
    # `merged_into` is `successor` spelt as a merger is said (registry/unit_changes.py): one
    # field of the record, two keys a file may write.
    unit["merged_into"] = {**unit["successor"], "title": "Merged Into (= successor)"}
    del unit["merged"]  # the record's mark of `merged_into` written, not a key of the file
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "cds-tracker registry (Phụ lục 01)",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def progress_schema() -> dict[str, Any]:
    from cds_tracker.registry.models import ProgressEntry, json_schema

    schema = json_schema(list[ProgressEntry])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "cds-tracker progress file (one reporting unit)",
        **schema,
    }


def schema_text(kind: str = "registry") -> str:
    schema = progress_schema() if kind == "progress" else registry_schema()
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def registry_schema_text() -> str:
    return schema_text("registry")
