"""Units that change over time, as attack 21 found them (plans/don_vi_thay_doi.yaml): a ward
gone before the plan is no part of it, whatever its heirs do later (a21-01); a unit merged into
one already gone is reported (a21-04); a unit gone before the plan is asked of no day of it
(a21-07); a name the changes file adds is said there (a21-08); `units --as-of` names the unit a
ward merged into, then who it is now (the note)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.core.records import Unit
from cds_tracker.output.heirs_shown import on_day
from cds_tracker.registry.importing.writing import to_yaml
from cds_tracker.registry.yamlio import parse

runner = CliRunner()

WARDS = (  # the collective "UBND các phường, xã" of the shipped catalog, less Bắc Sơn
    *("phuong-nam-son", "phuong-trung-son", "phuong-tay-son", "phuong-tan-binh"),
    *("phuong-yen-binh", "xa-dong-son", "xa-quang-son", "xa-yen-son"),
)


def _workspace(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    year: int,
    lead: tuple[str, str],
    due: str,
    changes: str,
) -> None:
    """plans/<year> with one target I.1 led by `lead` (text, unit id), due `due` (yyyy-mm),
    on the shipped catalog, and the workspace's unit changes `changes`."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.setenv("CDS_PLAN", str(year))  # the plan every command below asks
    folder = tmp_path / "plans" / str(year)
    init_registry(folder)
    path = folder / "phu_luc_01.yaml"
    data = parse(path.read_text(encoding="utf-8"))
    data["document"]["year"] = year
    month = f"Tháng {int(due[5:])}/{due[:4]}"
    target = {
        "id": "I.1",
        "number": 1,
        "content": "Ví điện tử ở chợ.",
        "directing": {"text": "", "units": []},
        "lead": {"text": lead[0], "units": [lead[1]]},
        "cooperating": {"text": "", "units": []},
        "deadline": {"text": month, "due": due},
        "notes": "",
    }
    data["groups"] = [{"id": "I", "title": "Dữ liệu số", "targets": [target]}]
    path.write_text(to_yaml(data), encoding="utf-8")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(changes, encoding="utf-8")


def _row(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("| I.1 "))


# a21-01: Bắc Sơn merged into Nam Sơn on 01/07/2024, before the 2025 plan; Nam Sơn merges into
# Trung Sơn on 01/04/2025. The plan asked 8 wards and communes; all 8 finish on 20/03/2025.
TWO_MERGERS = """units:
  - id: phuong-bac-son
    valid_to: 30/06/2024
    merged_into: phuong-nam-son
  - id: phuong-nam-son
    valid_to: 31/03/2025
    merged_into: phuong-trung-son
"""


@pytest.mark.parametrize(("lang", "done"), [("vi", "Hoàn thành (8/8)"), ("en", "Done (8/8)")])
def test_a_ward_gone_before_the_plan_is_no_part_after_its_heir_merges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, done: str
) -> None:
    collective = ("UBND các phường, xã", "ubnd-cac-phuong-xa")
    _workspace(tmp_path, monkeypatch, 2025, collective, "2025-03", TWO_MERGERS)
    for unit in WARDS:
        args = ["progress", "add", "I.1", "--unit", unit]
        added = runner.invoke(app, [*args, "--status", "hoàn thành", "--date", "20/03/2025"])
        assert added.exit_code == 0, added.output
    for day in ("31/03/2025", "01/04/2025", "15/04/2025"):
        shown = runner.invoke(app, ["list", "--as-of", day, "--lang", lang])
        assert shown.exit_code == 0, shown.output
        assert _row(shown.output).split("|")[5].strip() == done, day
    # the parts on 01/04/2025: Trung Sơn's own and the one it took over from Nam Sơn, no third
    parts = runner.invoke(app, ["show", "I.1", "--as-of", "01/04/2025"])
    assert "(8/8 hoàn thành)" in parts.output
    assert "thay UBND phường Nam Sơn" in parts.output
    assert "Bắc Sơn" not in parts.output
    urged = runner.invoke(app, ["remind", "--as-of", "15/04/2025"])
    assert urged.exit_code == 0, urged.output
    assert "Bắc Sơn" not in urged.output and "Kính gửi" not in urged.output
    late = runner.invoke(app, ["late", "--as-of", "15/04/2025", "--by-unit"])
    assert late.exit_code == 0, late.output
    assert "Bắc Sơn" not in late.output and "I.1" not in late.output


# a21-04: Bắc Sơn (to 30/06/2024) merged into Nam Sơn, which had merged into Trung Sơn on
# 01/05/2024 already.
INTO_A_GONE_UNIT = """units:
  - id: phuong-bac-son
    valid_to: 30/06/2024
    merged_into: phuong-nam-son
  - id: phuong-nam-son
    valid_to: 30/04/2024
    merged_into: phuong-trung-son
"""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "vi",
            [
                "plans/don_vi_thay_doi.yaml:4:18: đơn vị kế thừa 'phuong-nam-son' của "
                "'phuong-bac-son' không còn tồn tại vào ngày 01/07/2024, ngày nó nhận việc: đã "
                "sáp nhập vào UBND phường Trung Sơn từ 01/05/2024",
                "  4 |     merged_into: phuong-nam-son",
                "    |                  ^",
                "  gợi ý: ghi đơn vị còn tồn tại ngày 01/07/2024: `merged_into: phuong-trung-son`, "
                "hoặc sửa ngày cuối cùng (`valid_to`) của 'phuong-bac-son'",
                "1 lỗi trong 1 tệp (đã kiểm tra 2 tệp).",
            ],
        ),
        (
            "en",
            [
                "plans/don_vi_thay_doi.yaml:4:18: successor 'phuong-nam-son' of "
                "'phuong-bac-son' no longer exists on 01/07/2024, the day it takes over: merged "
                "into UBND phường Trung Sơn from 01/05/2024",
                "  4 |     merged_into: phuong-nam-son",
                "    |                  ^",
                "  hint: name the unit that existed on 01/07/2024: merged_into: "
                "phuong-trung-son, or correct valid_to of 'phuong-bac-son'",
                "1 problem in 1 file (2 files checked).",
            ],
        ),
    ],
)
def test_merged_into_a_unit_already_merged_away_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: list[str]
) -> None:
    ward = ("UBND phường Bắc Sơn", "phuong-bac-son")
    _workspace(tmp_path, monkeypatch, 2024, ward, "2024-12", INTO_A_GONE_UNIT)
    checked = runner.invoke(app, ["validate", "plans/2024", "--lang", lang])
    assert checked.exit_code == 1
    assert checked.output.splitlines() == expected


def test_an_heir_down_a_chain_takes_over_when_the_last_of_it_ends() -> None:
    """Shown on a day after both ended, the heir took over Bắc Sơn's part on 01/07/2024, the
    day after Bắc Sơn ended, not on 01/05/2024, when Nam Sơn did (a21-04)."""
    units = {
        "b": Unit("b", "Bắc Sơn", "ward", "user", valid_to="2024-06-30", successor="n"),
        "n": Unit("n", "Nam Sơn", "ward", "user", valid_to="2024-04-30", successor="t"),
        "t": Unit("t", "Trung Sơn", "ward", "user"),
    }
    refs = [{"unit": "b", "name": "Bắc Sơn", "official": ""}]
    names = {u: units[u].name for u in units}.__getitem__
    shown = on_day(units, refs, dt.date(2024, 8, 15), names, "vi")
    assert shown == "Trung Sơn (từ 01/07/2024)"
    assert on_day(units, refs, dt.date(2024, 8, 15), names, "en") == "Trung Sơn (from 01/07/2024)"


ONE_MERGER = """units:
  - id: phuong-bac-son
    valid_to: 30/06/2024
    merged_into: phuong-nam-son
"""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "vi",
            [
                "cds: lỗi: UBND phường Bắc Sơn không có phần việc trong kế hoạch này (bắt đầu "
                "ngày 01/01/2025): đã sáp nhập vào UBND phường Nam Sơn từ 01/07/2024",
                '  gợi ý: dùng --unit "UBND phường Nam Sơn"',
            ],
        ),
        (
            "en",
            [
                "cds: error: UBND phường Bắc Sơn has no part in this plan, which began on "
                "01/01/2025: merged into UBND phường Nam Sơn from 01/07/2024",
                '  hint: use --unit "UBND phường Nam Sơn"',
            ],
        ),
    ],
)
def test_a_unit_gone_before_the_plan_is_asked_of_no_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: list[str]
) -> None:
    """No "--as-of sớm hơn" (a21-07): no day of the plan has Bắc Sơn, and a day before the plan
    began must not list the plan's target as its part."""
    collective = ("UBND các phường, xã", "ubnd-cac-phuong-xa")
    _workspace(tmp_path, monkeypatch, 2025, collective, "2025-12", ONE_MERGER)
    for day in ("15/01/2025", "15/06/2024"):
        args = ["report", "--unit", "Phường Bắc Sơn", "--as-of", day]
        asked = runner.invoke(app, [*args, "--lang", lang])
        assert asked.exit_code == 2, asked.output
        assert asked.output.splitlines() == expected, day
    heir = ["report", "--unit", "Phường Nam Sơn", "--as-of", "15/01/2025"]
    assert runner.invoke(app, heir).exit_code == 0


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "vi",
            [
                "cds: lỗi: UBND phường Bắc Sơn không có phần việc trong kế hoạch này (bắt đầu "
                "ngày 01/01/2025): đã sáp nhập vào UBND phường Nam Sơn từ 01/07/2024, rồi sáp "
                "nhập vào UBND phường Trung Sơn từ 01/04/2025",
                '  gợi ý: dùng --unit "UBND phường Trung Sơn"',
            ],
        ),
        (
            "en",
            [
                "cds: error: UBND phường Bắc Sơn has no part in this plan, which began on "
                "01/01/2025: merged into UBND phường Nam Sơn from 01/07/2024, then merged into "
                "UBND phường Trung Sơn from 01/04/2025",
                '  hint: use --unit "UBND phường Trung Sơn"',
            ],
        ),
    ],
)
def test_a_unit_gone_before_the_plan_is_sent_to_who_answers_on_the_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: list[str]
) -> None:
    """After its heir merged in turn, the hint names the heir of the day asked (a21-07)."""
    collective = ("UBND các phường, xã", "ubnd-cac-phuong-xa")
    _workspace(tmp_path, monkeypatch, 2025, collective, "2025-12", TWO_MERGERS)
    args = ["remind", "--unit", "Bắc Sơn", "--as-of", "15/04/2025", "--lang", lang]
    asked = runner.invoke(app, args)
    assert asked.exit_code == 2, asked.output
    assert asked.output.splitlines() == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "vi",
            [
                "plans/don_vi_thay_doi.yaml:3:15: tên 'Phường Nam Sơn' của đơn vị "
                "'phuong-bac-son' đã được đơn vị 'phuong-nam-son' dùng",
                "  3 |     aliases: [Phường Nam Sơn]",
                "    |               ^",
                "  gợi ý: tên này được thêm trong plans/don_vi_thay_doi.yaml: xóa 'Phường Nam Sơn' "
                "khỏi đó, hoặc ghi một tên khác",
                "1 lỗi trong 1 tệp (đã kiểm tra 2 tệp).",
            ],
        ),
        (
            "en",
            [
                "plans/don_vi_thay_doi.yaml:3:15: name 'Phường Nam Sơn' of unit "
                "'phuong-bac-son' is already used by unit 'phuong-nam-son'",
                "  3 |     aliases: [Phường Nam Sơn]",
                "    |               ^",
                "  hint: this name was added in plans/don_vi_thay_doi.yaml: remove 'Phường Nam "
                "Sơn' there, or write another name",
                "1 problem in 1 file (2 files checked).",
            ],
        ),
    ],
)
def test_a_name_clash_the_changes_file_makes_is_said_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: list[str]
) -> None:
    """Bắc Sơn comes before Nam Sơn in the catalog: the clash was said at Nam Sơn's own, correct
    `aliases:` in the plan's catalog (a21-08)."""
    collective = ("UBND các phường, xã", "ubnd-cac-phuong-xa")
    changes = "units:\n  - id: phuong-bac-son\n    aliases: [Phường Nam Sơn]\n"
    _workspace(tmp_path, monkeypatch, 2025, collective, "2025-12", changes)
    checked = runner.invoke(app, ["validate", "plans/2025", "--lang", lang])
    assert checked.exit_code == 1
    assert checked.output.splitlines() == expected


@pytest.mark.parametrize(
    ("lang", "bac", "nam"),
    [
        (
            "vi",
            "đã sáp nhập vào UBND phường Nam Sơn (đến 30/06/2024), nay là UBND phường Trung Sơn",
            "đã sáp nhập vào UBND phường Trung Sơn (đến 31/03/2025)",
        ),
        (
            "en",
            "merged into UBND phường Nam Sơn (until 30/06/2024), now UBND phường Trung Sơn",
            "merged into UBND phường Trung Sơn (until 31/03/2025)",
        ),
    ],
)
def test_units_on_a_day_name_the_unit_merged_into_then_who_it_is_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, bac: str, nam: str
) -> None:
    collective = ("UBND các phường, xã", "ubnd-cac-phuong-xa")
    _workspace(tmp_path, monkeypatch, 2025, collective, "2025-12", TWO_MERGERS)
    monkeypatch.setenv("COLUMNS", "400")
    shown = runner.invoke(app, ["units", "--as-of", "15/04/2025", "--lang", lang])
    assert shown.exit_code == 0, shown.output
    rows = {line.split("|")[1].strip(): line for line in shown.output.splitlines() if "|" in line}
    assert rows["phuong-bac-son"].split("|")[-2].strip() == bac
    assert rows["phuong-nam-son"].split("|")[-2].strip() == nam
