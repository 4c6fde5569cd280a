"""A city figure counts the parts status counts, an heir's one per part it took over
(questions/heir_parts.py `figure_shares`, the one rule of an heir's parts), on the day of a
merger as after it, cold or from the cache (clerk review 11, finding E).

II.4 of the 2023 plan ("Văn phòng HĐND và UBND thành phố; UBND các phường, xã": 10 parts),
an "each" indicator, online_payment_share ≥ 30%. Bắc Sơn and Nam Sơn merge into Tam Điệp on
01/07/2023. The office reports 7/20 and Nam Sơn 3/10 on 20/06/2023. Hand-computed:

- 30/06 and 01/07: (7 + 3)/(20 + 10) = 10/30 = 33,33%, 2 of 10 parts (Tam Điệp answers for two:
  Nam Sơn's, on its 3/10, and Bắc Sơn's, with none). Before the fix 01/07 read 7/20 = 35%,
  1 of 9: Tam Điệp's two parts were one, dropped while Bắc Sơn had given no figure.
- Tam Điệp reports 12/40 on 15/07: its figure after the merger speaks for both its parts and
  is counted once (it measures the whole ward): (7 + 12)/(20 + 40) = 19/60 = 31,67%, 3 of 10.
- A merger before the plan's year (30/06/2022) splits nothing: Tam Điệp is one part, 9 in
  all; its 5/10 with the office's 7/20: 12/30 = 40%, 2 of 9 (as `show` counts 1/9).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from ward_merger import merger_units

runner = CliRunner()

OFFICE = ("VP HĐND-UBND", "7/20", "hoàn thành")


def _workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, year: int) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CDS_PLAN", "2023")
    monkeypatch.setenv("COLUMNS", "150")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(
        "units:\n" + merger_units(year), encoding="utf-8"
    )


def _report(unit: str, value: str, status: str, day: str) -> None:
    args = ["progress", "add", "II.4", "--unit", unit, "--status", status, "--date", day]
    done = runner.invoke(app, [*args, "--value", f"online_payment_share={value}"])
    assert done.exit_code == 0, done.output


def _figure(day: str, command: str = "show") -> dict[str, Any]:
    args = ["show", "II.4"] if command == "show" else ["summary"]
    shown = runner.invoke(app, [*args, "--as-of", day, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    found = json.loads(shown.stdout)["indicators"]
    if command == "summary":
        found = [i for i in found if i["target"] == "II.4"]
    (figure,) = [i for i in found if i["key"] == "online_payment_share"]
    return dict(figure)


def _line(day: str, lang: str) -> str:
    shown = runner.invoke(app, ["show", "II.4", "--as-of", day, "--lang", lang])
    assert shown.exit_code == 0, shown.output
    lines = (x.strip() for x in shown.stdout.splitlines())
    (line,) = [x for x in lines if x.startswith("→ ") and "%" in x]  # the figure's line
    return line


@pytest.mark.parametrize("cached", [True, False])
def test_a_merged_wards_figure_stays_on_the_merger_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cached: bool
) -> None:
    _workspace(tmp_path, monkeypatch, 2023)
    if not cached:
        monkeypatch.setenv("CDS_NO_CACHE", "1")
    _report(*OFFICE, "20/06/2023")
    _report("Nam Sơn", "3/10", "đang thực hiện", "20/06/2023")
    for day in ("30/06/2023", "01/07/2023", "01/07/2023"):  # the last one warm
        for command in ("show", "summary"):
            figure = _figure(day, command)
            assert figure["value"] == pytest.approx(100 / 3), (day, command)
            assert figure["coverage"] == {"reported": 2, "expected": 10}, (day, command)
            assert figure["verdict"] == "incomplete"
            assert [(m["unit"], m["numerator"], m["denominator"]) for m in figure["members"]] == [
                ("van-phong", 7, 20),
                ("phuong-nam-son", 3, 10),  # said as Nam Sơn's own, made before the merger
            ]
        assert _line(day, "vi") == "→ 33,33% / ≥ 30% — chưa đủ số liệu (2/10 đơn vị)"
        assert _line(day, "en") == "→ 33.33% / ≥ 30% — incomplete (2/10 units)"
    status = runner.invoke(app, ["show", "II.4", "--as-of", "01/07/2023"]).stdout
    assert "Đang thực hiện (1/10)" in status  # the parts the figure counts


def test_the_heirs_figure_after_the_merger_speaks_for_both_its_parts_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _workspace(tmp_path, monkeypatch, 2023)
    _report(*OFFICE, "20/06/2023")
    _report("Nam Sơn", "3/10", "đang thực hiện", "20/06/2023")
    _report("Tam Điệp", "12/40", "đang thực hiện", "15/07/2023")
    for _ in range(2):  # cold, then from the cache
        figure = _figure("20/07/2023")
        assert figure["value"] == pytest.approx(100 * 19 / 60)
        assert figure["coverage"] == {"reported": 3, "expected": 10}
        assert [(m["unit"], m["numerator"], m["denominator"]) for m in figure["members"]] == [
            ("van-phong", 7, 20),
            ("phuong-tam-diep", 12, 40),
        ]
        assert [(p["date"], round(p["value"], 4)) for p in figure["series"]] == [
            ("2023-06-20", 33.3333),
            ("2023-07-15", 31.6667),
        ]
    assert _line("20/07/2023", "vi") == "→ 31,67% / ≥ 30% — chưa đủ số liệu (3/10 đơn vị)"
    assert _line("20/07/2023", "en") == "→ 31.67% / ≥ 30% — incomplete (3/10 units)"


def test_a_merger_before_the_plans_year_is_one_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _workspace(tmp_path, monkeypatch, 2022)
    _report(*OFFICE, "20/06/2023")
    _report("Tam Điệp", "5/10", "đang thực hiện", "20/06/2023")
    for _ in range(2):  # cold, then from the cache
        figure = _figure("01/07/2023", "summary")
        assert figure["value"] == pytest.approx(40.0)
        assert figure["coverage"] == {"reported": 2, "expected": 9}
    assert _line("01/07/2023", "vi") == "→ 40% / ≥ 30% — chưa đủ số liệu (2/9 đơn vị)"
    status = runner.invoke(app, ["show", "II.4", "--as-of", "01/07/2023"]).stdout
    assert "Đang thực hiện (1/9)" in status
