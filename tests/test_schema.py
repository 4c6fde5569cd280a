from __future__ import annotations

import json

from cds_tracker.registry.schema import registry_schema, registry_schema_text

from paths import ROOT


def test_committed_schema_is_what_the_models_generate() -> None:
    committed = (ROOT / "data" / "schema" / "registry.schema.json").read_text(encoding="utf-8")
    assert committed == registry_schema_text(), "run: cds schema > data/schema/registry.schema.json"


def test_schema_forbids_unknown_keys_and_describes_units() -> None:
    schema = registry_schema()
    defs = schema["$defs"]
    assert schema["additionalProperties"] is False
    assert defs["Target"]["additionalProperties"] is False
    assert set(defs["Unit"]["properties"]["kind"]["enum"]) >= {"department", "collective", "ward"}
    due = defs["Deadline"]["properties"]["due"]["pattern"]  # a month, a day or ongoing
    assert due == r"^(\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|ongoing)$"
    json.dumps(schema)  # serialisable
