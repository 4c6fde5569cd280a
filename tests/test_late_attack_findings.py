"""Cases an independent attack found after the hardening work: each exited 3 before its fix."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cds_tracker.cli import app


def _validate(folder: Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["validate", str(folder), "--lang", "en"])
    return result.exit_code, result.output


def test_a_merge_key_bringing_in_a_bad_mapping_is_located(own_registry: Path) -> None:
    path = own_registry / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("id: II.4")
    lead = text.index("lead:", start)
    cooperating = text.index("cooperating:", lead)
    indent = text[text.rindex("\n", 0, lead) + 1 : lead]
    text = (
        text[:lead]
        + f"lead:\n{indent}  <<: {{units: [no-such-unit], text: x}}\n{indent}"
        + text[cooperating:]
    )
    path.write_text(text, encoding="utf-8")
    line = text[:lead].count("\n") + 1
    code, output = _validate(own_registry)
    assert code == 1
    assert f"phu_luc_01.yaml:{line}:{len(indent) + 1}: unknown unit 'no-such-unit'" in output


def test_entry_years_outside_1900_2999_are_refused(own_registry: Path) -> None:
    (own_registry / "progress" / "van-phong.yaml").write_text(
        '- {"id": "aa0000000001", "target": "II.4", "unit": "van-phong", "status": "done", '
        '"date": "9999-12-31", "written": "9999-12-31T23:59:59-07:00"}\n',
        encoding="utf-8",
    )
    code, output = _validate(own_registry)
    assert code == 1
    assert "'9999-12-31': the year must be within 1900–2999" in output
    assert "'9999-12-31T23:59:59-07:00': the year must be within 1900–2999" in output


def test_a_line_break_in_a_value_never_starts_a_line_of_its_own() -> None:
    """A target id with a line feed once printed a forged annotation line under the error."""
    result = CliRunner().invoke(app, ["show", "II.4\n::error::injected", "--lang", "en"])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[0] == "cds: error: unknown target 'II.4␊::error::injected'"
    assert not any(line.startswith("::error") for line in lines)
