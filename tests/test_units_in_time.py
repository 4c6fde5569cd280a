"""Units that change over time, through the commands: validity dates as people write them, the
catalog on a day, and the work of merged wards passing to the ward they became part of."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.loading import load_registry

runner = CliRunner()
BAC_SON = "    - id: phuong-bac-son\n      name: UBND phường Bắc Sơn\n"
NAM_SON = "    - id: phuong-nam-son\n      name: UBND phường Nam Sơn\n"


def _merged(valid_to: str, valid_from: str) -> tuple[tuple[str, str], ...]:
    """Bắc Sơn and Nam Sơn end on `valid_to`; phường Tam Điệp begins on `valid_from`."""
    return (
        (BAC_SON, BAC_SON + f"      valid_to: {valid_to}\n      successor: phuong-tam-diep\n"),
        (NAM_SON, NAM_SON + f"      valid_to: {valid_to}\n      successor: phuong-tam-diep\n"),
        (
            BAC_SON,
            "    - id: phuong-tam-diep\n      name: UBND phường Tam Điệp\n      kind: ward\n"
            f"      source: user\n      valid_from: {valid_from}\n" + BAC_SON,
        ),
    )


@pytest.mark.parametrize(
    ("valid_to", "valid_from"),
    [
        ("2025-06-30", "2025-07-01"),  # a YAML date, unquoted
        ("'2025-06-30'", "'2025-07-01'"),  # quoted, as before
        ("30/06/2025", "01/07/2025"),  # as Vietnamese offices write a day
        ("'30/6/2025'", "1/7/2025"),
    ],
)
def test_validity_days_as_people_write_them(
    write_registry: Callable[..., Path], valid_to: str, valid_from: str
) -> None:
    path = write_registry(*_merged(valid_to, valid_from))
    result = load_registry(path)
    assert list(result.problems) == []
    assert result.registry is not None
    units = {u.id: u for u in result.registry.catalog.units}
    assert (units["phuong-bac-son"].valid_to, units["phuong-tam-diep"].valid_from) == (
        "2025-06-30",
        "2025-07-01",
    )
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0


def test_bad_validity_days_are_located(write_registry: Callable[..., Path], english: None) -> None:
    path = write_registry(*_merged("31/06/2025", "2025-07-01 08:00:00"))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    found = [line for line in result.output.splitlines() if line.startswith(str(path))]
    # Tam Điệp is written above Bắc Sơn (lines 161-165), Bắc Sơn's valid_to is its line 168,
    # Nam Sơn's (after Bắc Sơn's kind, source and two aliases) line 177.
    assert found == [
        f"{path}:165:19: 'valid_from': '2025-07-01 08:00:00' is not a day (dd/mm/yyyy or "
        "yyyy-mm-dd)",
        f"{path}:168:17: 'valid_to': '31/06/2025' is not a day (dd/mm/yyyy or yyyy-mm-dd)",
        f"{path}:177:17: 'valid_to': '31/06/2025' is not a day (dd/mm/yyyy or yyyy-mm-dd)",
    ]
