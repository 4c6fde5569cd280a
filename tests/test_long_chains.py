"""A catalog whose units were renamed hundreds of times (issue 16, attack 6): every command that
explains a merged unit says so in one line, exit 1 or 2 as for a short chain, never the internal
error (exit 3) that one message nested per step caused; and the explanation costs a walk of the
chain, not a scan of the catalog at each step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.core.records import Unit
from cds_tracker.output.words import say
from cds_tracker.registry.succession import heir
from cds_tracker.registry.unit_absence import changes_until

runner = CliRunner()
STEPS = 600  # phuong-bac-son → r1 → … → r600, one day each from 02/01/2023


def _changes_file(steps: int) -> str:
    """phuong-bac-son's last day 01/01/2023, r{i} exists on 01/01/2023 + i days only."""
    day0 = dt.date(2023, 1, 1)
    ids = ["phuong-bac-son"] + [f"r{i}" for i in range(1, steps + 1)]
    lines = ["units:"]
    for i, unit in enumerate(ids):
        lines.append(f"  - id: {unit}")
        if i:
            day = (day0 + dt.timedelta(days=i)).isoformat()
            lines += [f"    name: Phường R{i}", "    kind: ward", "    source: user"]
            lines.append(f"    valid_from: {day}")
        if i < steps:
            lines += [f"    valid_to: {(day0 + dt.timedelta(days=i)).isoformat()}"]
            lines += [f"    successor: {ids[i + 1]}"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans/don_vi_thay_doi.yaml").write_text(_changes_file(STEPS), encoding="utf-8")
    return tmp_path


# r600 exists on 01/01/2023 + 600 days = 23/08/2024 only; r599 until 22/08/2024.
VI = (
    "UBND phường Bắc Sơn không còn tồn tại ngày 01/12/2024: đã đổi tên thành Phường R1 từ "
    "02/01/2023, rồi 598 lần đổi tên hay sáp nhập khác, rồi đổi tên thành Phường R600 từ "
    "23/08/2024"
)


def test_an_entry_of_the_first_unit_written_before_the_chain_is_the_last_ones(
    workspace: Path,
) -> None:
    """An entry of phuong-bac-son dated after its last day, in its file: written before the
    chain was recorded (`progress add` refuses it now, in one line: below), so `validate`
    accepts it and it counts for its heir that day, Phường R600 (review 15, a15_09)."""
    progress = workspace / "plans/2023/progress"
    progress.mkdir(exist_ok=True)
    (progress / "phuong-bac-son.yaml").write_text(
        '- {"id": "bbbbbbbbbbbb", "target": "I.1", "unit": "phuong-bac-son", "status": "done", '
        '"date": "2024-12-01", "written": "2024-12-01T10:00:00+07:00"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", "plans/2023"])
    assert (result.exit_code, result.output) == (0, "Hợp lệ: 3 tệp.\n")
    listed = runner.invoke(app, ["--plan", "2023", "show", "I.1", "--as-of", "02/12/2024"])
    assert listed.exit_code == 0, listed.output
    assert "| bbbbbbbbbbbb | 01/12/2024 | I.1      | Phường R600 |" in listed.output


def test_progress_add_and_late_say_the_chain_shortly(workspace: Path) -> None:
    add = ["--plan", "2023", "progress", "add", "I.2", "--unit", "phuong-bac-son"]
    result = runner.invoke(app, [*add, "--status", "done", "--date", "01/12/2024"])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines()[0] == f"cds: lỗi: {VI}"
    result = runner.invoke(app, [*add, "--status", "done", "--date", "01/12/2024", "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines()[0] == (
        "cds: error: UBND phường Bắc Sơn did not exist on 01/12/2024: renamed Phường R1 from "
        "02/01/2023, then 598 more renames or mergers, then renamed Phường R600 from 23/08/2024"
    )
    late = runner.invoke(app, ["--plan", "2023", "late", "--as-of", "01/12/2024"])
    assert late.exit_code == 0, late.output


def _chain(steps: int) -> dict[str, Unit]:
    units = {}
    for i in range(steps + 1):
        day = (dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat()
        units[f"u{i}"] = Unit(
            f"u{i}",
            f"Đơn vị {i}",
            "department",
            "user",
            valid_from=day if i else None,
            valid_to=day if i < steps else None,
            successor=f"u{i + 1}" if i < steps else None,
        )
    return units


def test_three_steps_are_spelled_out_four_are_shortened() -> None:
    three, four = _chain(3), _chain(4)
    assert say(changes_until(three, "u0", "u3"), "en") == (
        "renamed Đơn vị 1 from 02/01/2020, then renamed Đơn vị 2 from 03/01/2020, then "
        "renamed Đơn vị 3 from 04/01/2020"
    )
    assert say(changes_until(four, "u0", "u4", short=True), "vi") == (
        "đổi tên từ 02/01/2020, rồi 2 lần đổi tên hay sáp nhập khác, rồi đổi tên từ 05/01/2020"
    )


class _Counting(Mapping[str, Unit]):
    """A catalog that counts how often it is read whole."""

    def __init__(self, units: dict[str, Unit]) -> None:
        self.units = units
        self.scans = 0

    def __getitem__(self, key: str) -> Unit:
        return self.units[key]

    def __iter__(self) -> Iterator[str]:
        self.scans += 1
        return iter(self.units)

    def __len__(self) -> int:
        return len(self.units)

    def values(self) -> Any:
        self.scans += 1
        return self.units.values()


def test_a_long_chain_reads_the_catalog_once() -> None:
    """290 steps among 2,000 other units, asked about 200 times (200 entries): the catalog is
    scanned once (who has several predecessors), not once per step of each question (58,000
    scans of 2,290 units: 29 s of `validate`)."""
    units = _chain(290) | {
        f"f{i}": Unit(f"f{i}", f"Phụ {i}", "department", "user") for i in range(2000)
    }
    catalog = _Counting(units)
    day = dt.date(2021, 1, 1)
    for _ in range(200):
        last = heir(catalog, "u0", day)
        assert last == "u290"
        said = changes_until(catalog, "u0", last)
    assert catalog.scans == 1
    assert say(said, "en").endswith(
        ", then 288 more renames or mergers, then renamed Đơn vị 290 from 17/10/2020"
    )
